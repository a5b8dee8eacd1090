import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { arrowSteps, cleanup, disclosureButton, drawn, focusedKey, insideBox, isOpen, mount, overlapArea, roundedBox, shownOf, tabIntoChart } from '../helpers.js';
import { centreOf, glide, ON_TOOLTIP_MS, pause } from '../hover-paths.js';

// A chart at the foot of the window, or of a panel of the page that scrolls (`overflow: auto`),
// its top row of marks just in view: a reader scrolled there and steps along the row with the
// arrow keys, or points at a mark. The chart's own place for a tooltip is above its mark, and
// below it where the plot has no room above (the top row); below, past the foot, it was cut
// off: at 320 px the stacked bars' 4 of 52 (the top row) and the comparison's 1 of 39, at 640 px
// 8 of 52 and 3 of 39, in the window and in a 300 px tall panel alike.

type Chart = PioneerChart<unknown>;

const CHARTS: [string, string][] = [
  ['<barrier-stack>', '<barrier-stack measure="barrier" year="2019"></barrier-stack>'],
  ['<pioneer-compare>', '<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>'],
];

const tipOf = (el: Chart) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
const markOf = (el: Chart, key: string) => el.shadowRoot!.querySelector(`svg [data-key="${CSS.escape(key)}"]`)!;

/** Scrolls the panel (else the page) so that the mark lies just inside the foot of what it shows. */
function toFoot(mark: Element, panel?: HTMLElement): void {
  panel?.scrollIntoView({ block: 'start' });
  const by = mark.getBoundingClientRect().bottom - (shownOf(panel).bottom - 2);
  if (panel) panel.scrollTop += by;
  else window.scrollBy(0, by);
}

/** What is wrong with the tooltip shown for `key`: partly out of what the panel (else the window) shows, or over its mark. */
function wrongWith(el: Chart, key: string, panel?: HTMLElement): string[] {
  const [tip, mark, shown] = [tipOf(el), markOf(el, key).getBoundingClientRect(), shownOf(panel)];
  const t = tip.getBoundingClientRect();
  const wrong: string[] = [];
  if (tip.hidden || tip.textContent !== el.marks.find((m) => m.key === key)!.label) wrong.push(`${key}: its tooltip not shown`);
  if (!insideBox(mark, shown)) wrong.push(`${key}: the mark (${roundedBox(mark)}) out of view (${roundedBox(shown)})`);
  if (!insideBox(t, shown)) wrong.push(`${key}: the tooltip (${roundedBox(t)}) partly out of view (${roundedBox(shown)}), its mark at ${roundedBox(mark)}`);
  if (overlapArea(t, mark) > 0) wrong.push(`${key}: the tooltip (${roundedBox(t)}) over its mark (${roundedBox(mark)})`);
  return wrong;
}

/** Mounts the chart at 'the window' (room above and below it on the page) or in 'a panel' `tall` px tall that scrolls; returns it and the panel. */
async function mounted(markup: string, where: string, width: number, tall = 300): Promise<[Chart, HTMLElement | undefined]> {
  const room = where === 'a panel' ? tall : document.documentElement.clientHeight;
  const spaced = `<div style="height: ${room}px"></div>${markup}<div style="height: ${room}px"></div>`;
  const outer = mount<HTMLElement>(where === 'a panel' ? `<div style="height: ${tall}px; overflow: auto">${spaced}</div>` : `<div>${spaced}</div>`, width);
  const el = await drawn(outer.querySelector<Chart>('barrier-stack, pioneer-compare')!);
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
  return [el, where === 'a panel' ? outer : undefined];
}

/**
 * The chart at 320 px at the foot of the window (focused by a click on its first bar, then its
 * Download menu opened, where asked), the pointer on a bar of its top row (`from`; the first such) whose hovered tooltip lies over
 * the Download button: `at`, a point of the button under the tooltip, 2 px inside both; `t`, the
 * tooltip's box; `label`, what it says.
 */
async function hoveredOverDownload(markup: string, menuOpen = false, focused = false) {
  const [el] = await mounted(markup, 'the window', 320);
  const marks = [...el.shadowRoot!.querySelectorAll('svg [data-key]')];
  toFoot(marks[0]);
  const button = disclosureButton(el, 'menu');
  if (focused) await sendMouse({ type: 'click', position: centreOf(marks[0].getBoundingClientRect()) });
  if (menuOpen) await sendMouse({ type: 'click', position: centreOf(button.getBoundingClientRect()) });
  for (const mark of marks.filter((m) => Math.abs(m.getBoundingClientRect().top - marks[0].getBoundingClientRect().top) < 1)) {
    const key = mark.getAttribute('data-key')!;
    await sendMouse({ type: 'move', position: [0, 0] });
    const from = centreOf(mark.getBoundingClientRect());
    await sendMouse({ type: 'move', position: from });
    if (tipOf(el).hidden) continue;
    expect(wrongWith(el, key)).to.deep.equal([]);
    const [t, b] = [tipOf(el).getBoundingClientRect(), button.getBoundingClientRect()];
    const at = centreOf({ left: Math.max(t.left, b.left) + 2, top: Math.max(t.top, b.top) + 2, right: Math.min(t.right, b.right) - 2, bottom: Math.min(t.bottom, b.bottom) - 2 });
    if (overlapArea(t, b) > 0 && el.shadowRoot!.elementFromPoint(...at) === tipOf(el)) return { el, from, at, t, label: el.marks.find((m) => m.key === key)!.label };
  }
  throw new Error('no tooltip of the top row over the Download button');
}

/** Each chart's arrow presses that visit its marks (arrowSteps), found once: a run of them costs a frame a press. */
const stepsOf: Record<string, [press: string, key: string][]> = {};

describe("a chart's tooltips at the foot of the window or of a panel that scrolls", function () {
  this.timeout(120000);
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  for (const [name, markup] of CHARTS) {
    for (const where of ['the window', 'a panel']) {
      for (const width of [320, 640]) {
        it(`${name} at ${width} px at the foot of ${where}: every mark, stepped onto by the arrow keys just inside the foot, has its tooltip whole in view and off the mark`, async () => {
          const [el, panel] = await mounted(markup, where, width);
          await tabIntoChart(el);
          // The presses found on this chart's first run, here at any width and in the window or a
          // panel alike (each press below must still land where it did, and every mark be visited).
          const steps = (stepsOf[name] ??= await arrowSteps(el));
          await sendKeys({ press: 'End' });
          const wrong: string[] = [];
          const seen = new Set<string>();
          for (const [press, key] of steps) {
            // The mark stepped onto is in view, so the page does not scroll to it.
            toFoot(markOf(el, key), panel);
            await sendKeys({ press });
            expect(focusedKey(el), press).to.equal(key);
            if (!seen.has(key)) wrong.push(...wrongWith(el, key, panel));
            seen.add(key);
          }
          expect(seen.size, 'marks visited').to.equal(el.marks.length);
          expect(wrong).to.deep.equal([]);
        });
      }
    }

    it(`${name} at 320 px at the foot of the window: the top row's hovered tooltips are whole in view, off the mark, and the pointer reaches each straight from its mark after a look at it, and it stays as the pointer rests on it`, async () => {
      const [el] = await mounted(markup, 'the window', 320);
      const row = [...el.shadowRoot!.querySelectorAll('svg [data-key]')].filter((m) => Math.abs(m.getBoundingClientRect().top - el.shadowRoot!.querySelector('svg [data-key]')!.getBoundingClientRect().top) < 1);
      const wrong: string[] = [];
      for (const m of row) {
        const key = m.getAttribute('data-key')!;
        toFoot(m);
        await sendMouse({ type: 'move', position: [0, 0] });
        const from = centreOf(m.getBoundingClientRect());
        await sendMouse({ type: 'move', position: from });
        wrong.push(...wrongWith(el, key));
        // The reader sees where it is, then goes to it.
        await pause(200);
        await glide(from, centreOf(tipOf(el).getBoundingClientRect()));
        if (tipOf(el).hidden || tipOf(el).textContent !== el.marks.find((k) => k.key === key)!.label) wrong.push(`${key}: the tooltip lost on the pointer's way to it`);
        else {
          await pause(ON_TOOLTIP_MS);
          if (tipOf(el).hidden || tipOf(el).textContent !== el.marks.find((k) => k.key === key)!.label) wrong.push(`${key}: the tooltip gone as the pointer rested on it`);
        }
        await sendKeys({ press: 'Escape' });
      }
      expect(row.length, 'marks in the top row').to.be.greaterThan(0);
      expect(wrong).to.deep.equal([]);
    });

    // Above its bar at the foot, the hovered tooltip covers the chart's buttons (at 320 px the
    // first bar's, 48% of Download). It must stay under the pointer (WCAG 1.4.13: hoverable), so
    // it cannot let the pointer through as a keyboard's does; it took the click meant for the
    // button under it, and pressed nothing.
    it(`${name} at 320 px at the foot of the window: a click on the top row's hovered tooltip, where it covers the Download button, opens the menu and lets the tooltip go`, async () => {
      const { el, from, at, t, label } = await hoveredOverDownload(markup);
      await pause(200);
      await glide(from, at);
      expect(tipOf(el).textContent, 'the tooltip still shown under the pointer').to.equal(label);
      // A drag across its text, to copy a figure, ends in a click on it too: it presses nothing.
      await sendMouse({ type: 'down' });
      await glide(at, [Math.round(t.left + 4), at[1]]);
      await sendMouse({ type: 'up' });
      expect(isOpen(el, 'menu'), 'no menu after a selection').to.equal(false);
      expect(tipOf(el).hidden, 'the tooltip still shown after a selection').to.equal(false);
      await sendMouse({ type: 'click', position: at });
      expect(isOpen(el, 'menu'), 'the menu open').to.equal(true);
      expect(tipOf(el).hidden, 'the tooltip gone').to.equal(true);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    // The chart focused (a bar clicked before), the press on the tooltip took the focus from it,
    // which let the tooltip go: the click under the press went to neither it nor the button.
    it(`${name} at 320 px at the foot of the window, the chart focused by a click on a bar: a click on the top row's hovered tooltip, where it covers the Download button, opens the menu`, async () => {
      const { el, from, at, label } = await hoveredOverDownload(markup, false, true);
      await pause(200);
      await glide(from, at);
      expect(tipOf(el).textContent, 'the tooltip still shown under the pointer').to.equal(label);
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('svg'), 'the chart focused').to.equal(true);
      await sendMouse({ type: 'down' });
      const shownPressed = !tipOf(el).hidden;
      await sendMouse({ type: 'up' });
      expect(isOpen(el, 'menu'), 'the menu open').to.equal(true);
      expect(shownPressed, 'the tooltip shown while pressed').to.equal(true);
      expect(tipOf(el).hidden, 'the tooltip gone').to.equal(true);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    // With the menu open, the press on the tooltip counted as one outside the menu, which closed
    // it, and the click it passed on to Download then opened it again. (The comparison's menu,
    // open, covers the way to its tooltip over Download.)
    if (name === '<barrier-stack>') it(`${name} at 320 px at the foot of the window, the Download menu open: a click on the hovered tooltip where it covers the Download button closes the menu, as a click on the button does`, async () => {
      const { el, from, at, label } = await hoveredOverDownload(markup, true);
      await pause(200);
      await glide(from, at);
      expect(tipOf(el).textContent, 'the tooltip shown under the pointer').to.equal(label);
      expect(el.shadowRoot!.elementFromPoint(...at) === tipOf(el), 'the tooltip on top there').to.equal(true);
      expect(isOpen(el, 'menu'), 'the menu still open').to.equal(true);
      await sendMouse({ type: 'click', position: at });
      expect(isOpen(el, 'menu'), 'the menu closed').to.equal(false);
      expect(tipOf(el).hidden, 'the tooltip gone').to.equal(true);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    // In a panel 110 px tall at 320 px, a top-row tooltip (92 px tall, 108 the comparison's) fits
    // whole neither above its bar (the panel's top in the way) nor beside it (the bar spans the
    // plot): it stayed below, past the panel's foot, none of it seen (one of the stacked bars'
    // four, the comparison's one). Above, 8 px off its bar, 82% and 80% of it are seen.
    it(`${name} at 320 px at the foot of a panel 110 px tall: a hovered top-row tooltip seen whole nowhere goes where the most of it is seen, above its bar, not below out of sight`, async () => {
      const [el, panel] = await mounted(markup, 'a panel', 320, 110);
      const row = [...el.shadowRoot!.querySelectorAll('svg [data-key]')].filter((m) => Math.abs(m.getBoundingClientRect().top - el.shadowRoot!.querySelector('svg [data-key]')!.getBoundingClientRect().top) < 1);
      const seen: string[] = [];
      for (const m of row) {
        toFoot(m, panel);
        await sendMouse({ type: 'move', position: [0, 0] });
        await pause(450);
        await sendMouse({ type: 'move', position: centreOf(m.getBoundingClientRect()) });
        const [t, mark, shown] = [tipOf(el).getBoundingClientRect(), m.getBoundingClientRect(), shownOf(panel)];
        const part = overlapArea(t, shown) / (t.width * t.height);
        if (part < 0.75 || overlapArea(t, mark) > 0) seen.push(`${m.getAttribute('data-key')}: ${Math.round(part * 100)}% of its tooltip (${roundedBox(t)}) seen in ${roundedBox(shown)}, its mark at ${roundedBox(mark)}`);
      }
      expect(row.length, 'marks in the top row').to.be.greaterThan(0);
      expect(seen).to.deep.equal([]);
    });
  }
});
