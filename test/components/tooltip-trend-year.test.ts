import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { HOVER_DWELL_MS } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount, onPhoneWindow, tabIntoChart } from '../helpers.js';
import { ON_TOOLTIP_MS, pause } from '../hover-paths.js';

// Barriers, CCG/NHS: in 2019 three barriers tie at 36% and are set side by side, over the 32%
// and the 29% of the same year. Centred over a tied point, the keyboard's tooltip went under
// it (no room above, at the top of the plot) and hid those two.
const MARKUP = '<pioneer-trend measure="barrier" group="organisation:ccg-nhs"></pioneer-trend>';

const focusedKey = (el: PioneerTrend) => el.shadowRoot!.querySelector('svg .focused')?.getAttribute('data-key') ?? '';

/**
 * Presses `key` up to `most` times, until a press leaves the focus where it was (at the first or
 * last line or year): a press costs a frame, and those past the end moved nothing.
 */
async function pressToEnd(el: PioneerTrend, key: string, most: number): Promise<void> {
  for (let i = 0; i < most; i++) {
    const before = focusedKey(el);
    await sendKeys({ press: key });
    if (focusedKey(el) === before) return;
  }
}

/**
 * Visits every mark of a keyboard-focused trend by its arrow keys (from the top line's first
 * year, line by line), calling `visit` once with each mark's key while that mark has the focus
 * (its tooltip showing); returns how many marks it visited.
 */
async function eachMarkByKeys(el: PioneerTrend, visit: (key: string) => void): Promise<number> {
  const seen = new Set<string>();
  await pressToEnd(el, 'ArrowUp', 12);
  for (let line = 0; line < 12 && seen.size < el.marks.length; line++) {
    await pressToEnd(el, 'ArrowLeft', 6);
    for (let year = 0; year < 6; year++) {
      const key = focusedKey(el);
      if (!seen.has(key)) {
        seen.add(key);
        visit(key);
      }
      await sendKeys({ press: 'ArrowRight' });
      // At the line's last year: the presses left would move nothing.
      if (focusedKey(el) === key) break;
    }
    await sendKeys({ press: 'ArrowDown' });
  }
  return seen.size;
}

const tipOf = (el: PioneerTrend) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
const area = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Moves the keyboard's focus to the mark `key` (`item|year`): Up to the first line, Down to the item's, Left and Right to the year. */
async function keyTo(el: PioneerTrend, key: string): Promise<void> {
  const item = key.split('|')[0];
  await pressToEnd(el, 'ArrowUp', 10);
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

/** The chart's axis labels (years, percentages) the tooltip covers, by their text. */
const labelsCovered = (el: PioneerTrend, t: DOMRect) =>
  [...el.shadowRoot!.querySelectorAll('svg .x-axis text, svg .y-axis text')].filter((l) => area(t, l.getBoundingClientRect()) > 0).map((l) => l.textContent);
/** The marks (points and gap markers) the tooltip covers, by their keys. */
const marksCovered = (el: PioneerTrend, t: DOMRect) =>
  [...el.shadowRoot!.querySelectorAll('svg [data-key]')].filter((m) => area(t, m.getBoundingClientRect()) > 0).map((m) => m.getAttribute('data-key'));

/** The chart `markup` at `width` px, scrolled to the window's top, the keyboard in it. */
async function keyboardChart(markup: string, width: number): Promise<PioneerTrend> {
  const el = await drawn(mount<PioneerTrend>(markup, width));
  el.scrollIntoView({ block: 'start' });
  await tabIntoChart(el);
  return el;
}

describe("a trend point's tooltip where no place beside its year's points is free", () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  it("at 320 px a gap's tooltip stays in the plot, over none of the years under it nor the key (it went 161 px below the plot)", async () => {
    const el = await keyboardChart('<pioneer-trend measure="facilitator"></pioneer-trend>', 320);
    const key = 'local-leadership|2016|gap';
    await keyTo(el, key);
    const t = tipOf(el).getBoundingClientRect();
    const legend = el.shadowRoot!.querySelector('[part~="legend"]')!.getBoundingClientRect();
    expect(tipOf(el).hidden).to.equal(false);
    expect(labelsCovered(el, t), 'axis labels covered').to.deep.equal([]);
    expect(area(t, legend), 'over the key').to.equal(0);
    expect(marksCovered(el, t), 'its marker covered').not.to.include(key);
    expectInside(el, key);
  });

  it("with large text (28 px) a 2019 point's tooltip, too wide for the right of the year's points, is not put over the y axis's labels", async () => {
    const el = await keyboardChart('<pioneer-trend measure="barrier" group="organisation:ccg-nhs" style="--pioneer-font-size: 28px"></pioneer-trend>', 700);
    const points = [...el.shadowRoot!.querySelectorAll('svg [data-key$="|2019"]')].map((p) => p.getAttribute('data-key')!);
    expect(points.length, '2019 points').to.equal(5);
    for (const key of points) {
      await keyTo(el, key);
      const t = tipOf(el).getBoundingClientRect();
      expect(labelsCovered(el, t), `axis labels under the tooltip of ${key}`).to.deep.equal([]);
      expect(marksCovered(el, t).filter((k) => k!.includes('|2019')), `2019 marks under the tooltip of ${key}`).to.deep.equal([]);
      expectInside(el, key);
    }
  });

  it("at 480 px the 2018 objectives' tooltips cover no axis labels (they went over the 40% to 80%, and 2017's points) and no other points", async () => {
    const el = await keyboardChart('<pioneer-trend measure="objective"></pioneer-trend>', 480);
    const points = [...el.shadowRoot!.querySelectorAll('svg [data-key$="|2018"]')].map((p) => p.getAttribute('data-key')!);
    expect(points.length, '2018 points').to.equal(5);
    for (const key of points) {
      await keyTo(el, key);
      const t = tipOf(el).getBoundingClientRect();
      expect(labelsCovered(el, t), `axis labels under the tooltip of ${key}`).to.deep.equal([]);
      expect(marksCovered(el, t), `marks under the tooltip of ${key}`).to.deep.equal([]);
      expectInside(el, key);
    }
  });

  it("at 320 px a hovered gap's tooltip goes above its marker, in the plot, not under it over the years and the key; the pointer reaches it straight up", async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="facilitator"></pioneer-trend>', 320));
    el.scrollIntoView({ block: 'start' });
    const key = 'local-leadership|2016|gap';
    const p = el.shadowRoot!.querySelector(`svg [data-key="${key}"]`)!.getBoundingClientRect();
    const x = Math.round(p.left + p.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(p.top + p.height / 2)] });
    const tip = tipOf(el);
    expect(tip.hidden).to.equal(false);
    // A gap's tooltip is its `tip` (its label, read out, also gives the printed base in full).
    const mark = el.marks.find((m) => m.key === key)!;
    expect(tip.textContent).to.equal(mark.tip ?? mark.label);
    const t = tip.getBoundingClientRect();
    const legend = el.shadowRoot!.querySelector('[part~="legend"]')!.getBoundingClientRect();
    expect(labelsCovered(el, t).filter((l) => /^20\d\d$/.test(l!)), 'years covered').to.deep.equal([]);
    expect(area(t, legend), 'over the key').to.equal(0);
    expect(t.bottom, 'above the marker').to.be.at.most(p.top);
    expectInside(el, key);
    // Seen (rested on past HOVER_DWELL_MS), then straight up onto it: it stays, over the
    // neighbouring gap markers the pointer passes (the safe path to it).
    await new Promise((done) => setTimeout(done, HOVER_DWELL_MS * 3));
    for (let y = Math.round(p.top); y > t.bottom - 4; y -= 3) await sendMouse({ type: 'move', position: [x, y] });
    expect(tip.hidden, 'on the tooltip').to.equal(false);
    expect(tip.textContent).to.equal(mark.tip ?? mark.label);
    // It stays as the pointer rests on it.
    await pause(ON_TOOLTIP_MS);
    expect(tip.hidden, 'the pointer resting on the tooltip').to.equal(false);
    expect(tip.textContent).to.equal(mark.tip ?? mark.label);
  });
});

describe("a gap's tooltip anchor", () => {
  afterEach(cleanup);

  // A gap's marker sits in the strip under the 0 line; its anchor (el.marks, where the chart's
  // own placement puts its tooltip) was on the 0 line, 17 px above the marker (32 px with 28 px
  // text), outside the marker's box.
  for (const [measure, style] of [
    ['objective', ''],
    ['progress', ''],
    ['progress', '--pioneer-font-size: 28px'],
  ]) {
    it(`is on its marker (${measure}${style ? ', 28 px text' : ''}; 2016 and 2017 gaps)`, async () => {
      const el = await drawn(mount<PioneerTrend>(`<pioneer-trend measure="${measure}" style="${style}"></pioneer-trend>`, 640));
      const svg = el.shadowRoot!.querySelector('svg')!;
      const s = svg.getBoundingClientRect();
      const unit = s.width / svg.viewBox.baseVal.width;
      const gaps = el.marks.filter((m) => /\|201[67]\|gap$/.test(m.key));
      expect(gaps.length, '2016 and 2017 gaps').to.be.at.least(measure === 'objective' ? 5 : 10);
      for (const m of gaps) {
        const g = svg.querySelector(`[data-key="${CSS.escape(m.key)}"]`)!.getBoundingClientRect();
        const [x, y] = [s.left + m.anchor[0] * unit, s.top + m.anchor[1] * unit];
        expect(x, `${m.key}: anchor across its marker`).to.be.within(g.left, g.right);
        expect(y, `${m.key}: anchor down its marker (${g.top.toFixed(1)} to ${g.bottom.toFixed(1)})`).to.be.within(g.top, g.bottom);
      }
    });
  }
});

describe("a trend point's keyboard tooltip with large text (28 px), where every place in the plot hides an axis label", () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  // At 480 to 640 px a tooltip is up to 428 by 342 px (a gap's reason), in a plot 332 px tall
  // whose left 100 px are the percentages and "no value" and whose foot is the years: kept in
  // the plot, 25 of 25 objectives' tooltips at 480 px went over labels, and every progress
  // gap's went over the years or the percentages (the tallest also below the window).
  for (const measure of ['objective', 'progress']) {
    for (const width of [480, 560, 640]) {
      it(`${measure} at ${width} px: every year's tooltip covers no axis label and lies whole in the element's box, in the window`, async () => {
        const el = await keyboardChart(`<pioneer-trend measure="${measure}" style="--pioneer-font-size: 28px"></pioneer-trend>`, width);
        const labels = [...el.shadowRoot!.querySelectorAll('svg text')];
        expect(labels.map((l) => l.textContent)).to.include.members(['0%', '2016', '2020', 'no value']);
        const visited = await eachMarkByKeys(el, (key) => {
          const tip = tipOf(el);
          expect(tip.hidden, key).to.equal(false);
          const t = tip.getBoundingClientRect();
          const host = el.getBoundingClientRect();
          const page = document.documentElement;
          const covered = labels.filter((l) => area(t, l.getBoundingClientRect()) > 0).map((l) => l.textContent);
          expect(covered, `labels under the tooltip of ${key}`).to.deep.equal([]);
          expect(marksCovered(el, t), `the tooltip of ${key} over its mark`).not.to.include(key);
          expect(t.left, `${key}: left`).to.be.at.least(Math.max(host.left, 0) - 0.5);
          expect(t.right, `${key}: right`).to.be.at.most(Math.min(host.right, page.clientWidth) + 0.5);
          expect(t.top, `${key}: top`).to.be.at.least(Math.max(host.top, 0) - 0.5);
          expect(t.bottom, `${key}: bottom`).to.be.at.most(Math.min(host.bottom, page.clientHeight) + 0.5);
        });
        expect(visited, 'marks visited').to.equal(el.marks.length);
      });
    }
  }

  // Over the Chart/Table and Download buttons, a keyboard tooltip (which the pointer has no need
  // to reach) took their clicks: a click there closed it and pressed nothing.
  it('a keyboard tooltip over the chart\'s buttons lets their clicks through to them', async () => {
    const el = await keyboardChart('<pioneer-trend measure="objective" style="--pioneer-font-size: 28px"></pioneer-trend>', 480);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.closest('.plot') && b.getBoundingClientRect().width > 0);
    let over = 0;
    await pressToEnd(el, 'ArrowUp', 12);
    await pressToEnd(el, 'ArrowLeft', 6);
    for (let step = 0; step < el.marks.length; step++) {
      const t = tipOf(el).getBoundingClientRect();
      for (const button of buttons) {
        const b = button.getBoundingClientRect();
        const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
        if (x < t.left || x > t.right || y < t.top || y > t.bottom) continue;
        over++;
        const hit = el.shadowRoot!.elementFromPoint(x, y);
        expect(hit && button.contains(hit), `${focusedKey(el)}: the click at the middle of "${button.textContent!.trim()}" goes to it`).to.equal(true);
      }
      await sendKeys({ press: step % 6 === 5 ? 'ArrowDown' : 'ArrowRight' });
    }
    expect(over, 'tooltips over a button').to.be.greaterThan(0);
  });
});

describe("a trend's keyboard tooltips with large text (28 px) on a phone (the chart 320 px wide in a 320 by 568 px window)", () => {
  onPhoneWindow();

  // A gap's reason is up to 320 by 503 px; its marker, at the plot's foot, the focus brings to
  // the window's foot, where the part of the plot above it is shorter than the tooltip and every
  // place in the element's box hides a label: it went under the marker, past the window's foot
  // (22 of the 40 progress tooltips, up to 410 px; 14 of 25 facilitators', up to 441 px; 1 of the
  // default trend's 25, 250 px; all 5 of MDTs established and of role change), its end unread.
  // Where every place in the window was over the point (the 2019 MDTs', 407 px tall, mid-window),
  // the page scrolls for it; by whole px, or a 2020 role change's went over its point.
  for (const measure of ['', 'progress', 'facilitator', 'mdt-established', 'role-change']) {
    it(`${measure ? `measure="${measure}"` : 'the default trend'}: every mark's tooltip shows its whole text inside the window, not over the mark`, async () => {
      const el = await keyboardChart(`<pioneer-trend ${measure ? `measure="${measure}"` : ''} style="--pioneer-font-size: 28px"></pioneer-trend>`, 320);
      expect(el.getBoundingClientRect().width, "the chart's width").to.equal(320);
      const outside: string[] = [];
      const visited = await eachMarkByKeys(el, (key) => {
        const tip = tipOf(el);
        expect(tip.hidden, key).to.equal(false);
        const mark = el.marks.find((m) => m.key === key)!;
        expect(tip.textContent, `${key}: its text`).to.equal(mark.tip ?? mark.label);
        const t = tip.getBoundingClientRect();
        if (t.left < -0.5 || t.top < -0.5 || t.right > innerWidth + 0.5 || t.bottom > innerHeight + 0.5) {
          outside.push(`${key} (${[t.left, t.top, t.right, t.bottom].map((v) => Math.round(v)).join(', ')})`);
        }
        expect(marksCovered(el, t), `the tooltip of ${key} over its mark`).not.to.include(key);
      });
      expect(visited, 'marks visited').to.equal(el.marks.length);
      expect(outside, `tooltips not wholly inside the ${innerWidth} by ${innerHeight} px window`).to.deep.equal([]);
    });
  }
});
