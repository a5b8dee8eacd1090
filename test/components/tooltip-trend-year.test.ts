import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { cleanup, drawn, mount, tabIntoChart } from '../helpers.js';

// Barriers, CCG/NHS: in 2019 three barriers tie at 36% and are set side by side, over the 32%
// and the 29% of the same year. Centred over a tied point, the keyboard's tooltip went under
// it (no room above, at the top of the plot) and hid those two.
const MARKUP = '<pioneer-trend measure="barrier" group="organisation:ccg-nhs"></pioneer-trend>';

const focusedKey = (el: PioneerTrend) => el.shadowRoot!.querySelector('svg .focused')?.getAttribute('data-key') ?? '';
const tipOf = (el: PioneerTrend) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
const area = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Moves the keyboard's focus to the mark `key` (`item|year`): Up to the first line, Down to the item's, Left and Right to the year. */
async function keyTo(el: PioneerTrend, key: string): Promise<void> {
  const item = key.split('|')[0];
  for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowUp' });
  for (let i = 0; i < 10 && !focusedKey(el).startsWith(`${item}|`); i++) await sendKeys({ press: 'ArrowDown' });
  for (let i = 0; i < 6 && focusedKey(el) !== key; i++) await sendKeys({ press: 'ArrowLeft' });
  for (let i = 0; i < 6 && focusedKey(el) !== key; i++) await sendKeys({ press: 'ArrowRight' });
  expect(focusedKey(el)).to.equal(key);
}

/** The chart at `width` px, the keyboard in it; its 2019 points. */
async function chart(width: number): Promise<{ el: PioneerTrend; points: Element[] }> {
  const el = await drawn(mount<PioneerTrend>(MARKUP, width));
  el.scrollIntoView({ block: 'start' });
  await tabIntoChart(el);
  const points = [...el.shadowRoot!.querySelectorAll('svg [data-key$="|2019"]')];
  expect(points.length, '2019 points').to.equal(5);
  return { el, points };
}

/** Whether the tooltip lies whole in the plot and in the window. */
function expectInside(el: PioneerTrend, what: string): void {
  const tip = tipOf(el);
  const t = tip.getBoundingClientRect();
  const plot = tip.parentElement!.getBoundingClientRect();
  expect(t.left, `${what}: left`).to.be.at.least(Math.max(plot.left, 0) - 0.5);
  expect(t.right, `${what}: right`).to.be.at.most(Math.min(plot.right, document.documentElement.clientWidth) + 0.5);
  expect(t.top, `${what}: top`).to.be.at.least(Math.max(plot.top, 0) - 0.5);
  expect(t.bottom, `${what}: bottom`).to.be.at.most(Math.min(plot.bottom, document.documentElement.clientHeight) + 0.5);
}

describe("a trend point's keyboard tooltip beside its year's points", () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  it('at 700 px it covers none of the other 2019 points, tied side by side or under them (36%, 32%, 29%), nor the point it names', async () => {
    const { el, points } = await chart(700);
    for (const point of points) {
      const key = point.getAttribute('data-key')!;
      await keyTo(el, key);
      const tip = tipOf(el);
      expect(tip.hidden, key).to.equal(false);
      const t = tip.getBoundingClientRect();
      const covered = points.filter((o) => o !== point && area(t, o.getBoundingClientRect()) > 0).map((o) => o.getAttribute('data-key'));
      expect(covered, `the tooltip of ${key} covers`).to.deep.equal([]);
      expect(area(t, point.getBoundingClientRect()), `the tooltip of ${key} over its point`).to.equal(0);
      expectInside(el, key);
    }
  });

  for (const width of [480, 320]) {
    it(`at ${width} px it stays whole in the plot (beside the year's points where they leave room, else over or under the point as before)`, async () => {
      const { el, points } = await chart(width);
      for (const point of points) {
        const key = point.getAttribute('data-key')!;
        await keyTo(el, key);
        expect(tipOf(el).hidden, key).to.equal(false);
        expectInside(el, key);
        expect(area(tipOf(el).getBoundingClientRect(), point.getBoundingClientRect()), `the tooltip of ${key} over its point`).to.equal(0);
      }
    });
  }

  it('on a chart partly out of the window, it is not put where the window cuts it off', async () => {
    const el = await drawn(mount<PioneerTrend>(MARKUP, 700));
    el.parentElement!.style.marginLeft = '-250px';
    await drawn(el);
    el.scrollIntoView({ block: 'start' });
    await tabIntoChart(el);
    await keyTo(el, 'financial-constraints|2018|gap');
    const t = tipOf(el).getBoundingClientRect();
    expect(tipOf(el).hidden).to.equal(false);
    expect(t.left, 'the tooltip\'s left edge').to.be.at.least(0);
  });

  it('shown by the pointer, it is still centred over (or under) the point, where the pointer reaches it straight', async () => {
    const el = await drawn(mount<PioneerTrend>(MARKUP, 700));
    el.scrollIntoView({ block: 'start' });
    const point = el.shadowRoot!.querySelector('svg [data-key="financial-savings|2019"]')!;
    const p = point.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(p.left + p.width / 2), Math.round(p.top + p.height / 2)] });
    const tip = tipOf(el);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal(el.marks.find((m) => m.key === 'financial-savings|2019')!.label);
    const t = tip.getBoundingClientRect();
    expect((t.left + t.right) / 2).to.be.closeTo(p.left + p.width / 2, 2);
    expect(t.bottom <= p.top || t.top >= p.bottom, 'above or below the point').to.equal(true);
  });
});
