import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, focusedKey, inCard, insideBox as inside, mount, onPhoneWindow, overlapArea as area, roundedBox as rounded, shownOf, tabIntoChart } from '../helpers.js';

// A chart in a box of the page that scrolls (a CMS's `overflow: auto` panel, a sidebar of fixed
// height, a dialog's body), used by the keyboard. The tooltip is `position: absolute` in the
// chart's plot, so the panel cuts off what of it lies past the panel's edges. Placed against the
// window, not the panel, the keyboard's tooltips went where the panel hid them: on the map in a
// 300 px tall panel, Cheshire's wholly under the panel's foot; on the trend in a panel narrower
// than it, 2019's joined-up care's three quarters past its right edge; on the phone's trend with
// 28 px text, from the window's top, over the panel's edge and its point.

type Chart = PioneerChart<unknown>;

const tipOf = (el: Chart) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;

/**
 * Visits every mark of a keyboard-focused chart by its arrow keys, run by run (Up to the first
 * run, then in each run Left to its start and Right to its end, then Down), calling `visit` with
 * each mark's key while it has the focus; returns how many marks it visited.
 */
async function eachMarkByArrows(el: Chart, visit: (key: string) => void): Promise<number> {
  const seen = new Set<string>();
  const press = async (key: string) => {
    const before = focusedKey(el);
    await sendKeys({ press: key });
    return focusedKey(el) !== before;
  };
  await sendKeys({ press: 'Home' });
  while (await press('ArrowUp'));
  do {
    while (await press('ArrowLeft'));
    do {
      const key = focusedKey(el);
      if (!seen.has(key)) visit(key);
      seen.add(key);
    } while (await press('ArrowRight'));
  } while (await press('ArrowDown'));
  return seen.size;
}

/**
 * Tabs into the chart in `panel` and visits every mark by the arrows: each stays in view in the
 * panel, and its tooltip, with its text, lies whole in the part of the panel shown, off the mark.
 */
async function expectSeenInPanel(panel: HTMLElement, el: Chart): Promise<void> {
  await drawn(el);
  panel.scrollIntoView({ block: 'start' });
  await tabIntoChart(el);
  const wrong: string[] = [];
  const visited = await eachMarkByArrows(el, (key) => {
    const tip = tipOf(el);
    expect(tip.hidden, key).to.equal(false);
    expect(tip.textContent, key).to.equal(el.marks.find((m) => m.key === key)!.label);
    const mark = el.shadowRoot!.querySelector(`svg [data-key="${CSS.escape(key)}"]`)!.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    const shown = shownOf(panel);
    if (!inside(mark, shown)) wrong.push(`${key}: the mark (${rounded(mark)}) out of the panel's shown part (${rounded(shown)})`);
    if (!inside(t, shown)) wrong.push(`${key}: the tooltip (${rounded(t)}) out of the panel's shown part (${rounded(shown)})`);
    if (area(t, mark) > 0) wrong.push(`${key}: the tooltip (${rounded(t)}) over its mark (${rounded(mark)})`);
  });
  expect(visited, 'marks visited').to.equal(el.marks.length);
  expect(wrong).to.deep.equal([]);
}

const CHARTS: [string, string, number][] = [
  ['<barrier-stack>', '<barrier-stack measure="barrier" year="2019"></barrier-stack>', 640],
  ['<pioneer-trend>', '<pioneer-trend></pioneer-trend>', 640],
  ['<site-map> (the map)', '<site-map year="2019" layout="map"></site-map>', 640],
  ['<site-map> (the tiles, at 320 px)', '<site-map year="2019" layout="grid"></site-map>', 320],
  ['<pioneer-compare>', '<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>', 640],
];

describe("a chart's keyboard tooltips in a panel of the page that scrolls", () => {
  afterEach(cleanup);

  for (const [name, markup, width] of CHARTS) {
    it(`${name} in a panel 300 px tall: every mark's tooltip is in the part of the panel shown, off its mark`, async () => {
      const panel = mount<HTMLDivElement>(`<div style="height: 300px; overflow: auto">${markup}</div>`, width);
      await expectSeenInPanel(panel, panel.firstElementChild as Chart);
    });

    it(`${name} in a panel narrower than the chart (overflow-x: auto): every mark's tooltip is in the part of the panel shown, off its mark`, async () => {
      const panel = mount<HTMLDivElement>(`<div style="overflow-x: auto">${markup.replace('>', ` style="display: block; width: ${width}px">`)}</div>`, Math.round(width * 0.6));
      await expectSeenInPanel(panel, panel.firstElementChild as Chart);
    });
  }

  // A CMS's zoomed preview card: the panel drawn at 0.6 of its size by a transform on the card.
  // Measured at its layout size, 300 px tall, not the 180 px it is drawn, the panel put 9 of the
  // map's 25 keyboard tooltips and 6 of the trend's partly past its foot.
  for (const [name, markup] of CHARTS.filter(([name]) => /trend|the map/.test(name))) {
    it(`${name} in a panel 300 px tall in a card scaled to 0.6 by a transform: every mark's tooltip is in the part of the panel shown, off its mark`, async () => {
      const card = mount<HTMLDivElement>(`<div style="transform: scale(0.6); transform-origin: 0 0"><div style="height: 300px; overflow: auto">${markup}</div></div>`, 640);
      await expectSeenInPanel(card.firstElementChild as HTMLElement, card.firstElementChild!.firstElementChild as Chart);
    });
  }

  it("the map slotted into a panel's shadow root, whose box scrolls, inside another element's: every tooltip is in the part of the panel shown", async () => {
    const map = inCard<Chart>('<site-map year="2019" layout="map"></site-map>', 'height: 300px; overflow: auto', 640);
    await expectSeenInPanel(map.parentElement!.shadowRoot!.firstElementChild as HTMLElement, map);
  });

  // A modal dialog is in the top layer, fixed to the window, but its body still cuts off what
  // overflows it, the tooltip in the chart included: 10 of the map's 25 tooltips were cut off.
  it("the map in a modal dialog 300 px tall, whose body scrolls: every tooltip is in the part of the dialog shown", async () => {
    const dialog = mount<HTMLDialogElement>('<dialog style="height: 300px; width: 640px; padding: 0"><div><site-map year="2019" layout="map"></site-map></div></dialog>', 640);
    dialog.showModal();
    try {
      await expectSeenInPanel(dialog, dialog.querySelector('site-map') as Chart);
    } finally {
      dialog.close();
    }
  });
});

describe("a trend's keyboard tooltips with large text (28 px) on a phone, in a panel that scrolls (320 by 568 px window, the panel 480 px tall)", () => {
  onPhoneWindow();

  // 2019's community MDTs: a tooltip 407 px tall over a point mid-panel. Every place in the panel
  // was over the point; the page, not the panel, was scrolled for room, which moved nothing, and
  // the tooltip went from the window's top, 22 px above the panel's, over the point. Now the
  // panel scrolls, and it goes above the point or under it.
  for (const measure of ['mdt-established', 'role-change', '']) {
    it(`${measure ? `measure="${measure}"` : 'the default trend'}: every mark's tooltip is whole in the panel's shown part and off its mark, where the panel holds both`, async () => {
      const panel = mount<HTMLDivElement>(
        `<div style="height: 480px; overflow: auto"><pioneer-trend ${measure ? `measure="${measure}"` : ''} style="--pioneer-font-size: 28px"></pioneer-trend></div>`,
        320,
      );
      const el = await drawn(panel.firstElementChild as Chart);
      panel.scrollIntoView({ block: 'start' });
      await tabIntoChart(el);
      const wrong: string[] = [];
      const visited = await eachMarkByArrows(el, (key) => {
        const mark = el.shadowRoot!.querySelector(`svg [data-key="${CSS.escape(key)}"]`)!.getBoundingClientRect();
        const t = tipOf(el).getBoundingClientRect();
        const shown = shownOf(panel);
        if (!inside(t, shown)) wrong.push(`${key}: the tooltip (${rounded(t)}) out of the panel's shown part (${rounded(shown)})`);
        // The reach round the point (12 px) kept clear as well, where the panel has room for it.
        if (area(t, mark) > 0 && t.height + mark.height + 24 <= shown.bottom - shown.top) wrong.push(`${key}: the tooltip (${rounded(t)}) over its mark (${rounded(mark)})`);
      });
      expect(visited, 'marks visited').to.equal(el.marks.length);
      expect(wrong).to.deep.equal([]);
    });
  }
});
