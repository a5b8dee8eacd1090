import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, focusedKey, mount, tabIntoChart } from '../helpers.js';
import { centreOf, glide, pause } from '../hover-paths.js';

// A hovered tooltip takes the pointer (it must stay under it: WCAG 1.4.13), and in the plot it
// lies over other marks (the stacked bars': the row above) or beside its own (the trend's, 8 px
// above its point, within a pointer's reach of it). A click on it there let it go and did no
// more: no mark selected (no pioneer-select), none focused; the same click with no tooltip in
// the way selects the mark. With the chart focused, the press on the tooltip took the focus from
// it, which let the tooltip go at once: the click reached neither it nor the mark.

type Chart = PioneerChart<unknown>;
type Point = [number, number];

const tipOf = (el: Chart) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
const distance = (p: Point, r: DOMRect) => Math.hypot(Math.max(r.left - p[0], 0, p[0] - r.right), Math.max(r.top - p[1], 0, p[1] - r.bottom));

/**
 * The mark a click at p would be on with the tooltip out of the way, as the chart finds it: the
 * one drawn there, or else the nearest within 12 px; null on text or off the plot.
 */
function markBeneath(el: Chart, p: Point): string | null {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const below = el.shadowRoot!.elementsFromPoint(...p).find((n) => !tipOf(el).contains(n));
  if (!below || !svg.contains(below) || below.closest('text')) return null;
  const on = below.closest('[data-key]');
  if (on) return on.getAttribute('data-key');
  let [best, bestD]: [string | null, number] = [null, 12];
  for (const m of svg.querySelectorAll('[data-key]')) {
    const d = distance(p, m.getBoundingClientRect());
    if (d <= bestD) [best, bestD] = [m.getAttribute('data-key'), d];
  }
  return best;
}

/** What a reader sees after a click at p: the marks it selected (pioneer-select), the mark focused, the tooltip, and whether the chart has the focus. */
async function clickAt(el: Chart, p: Point) {
  const selected: string[] = [];
  const on = (e: Event) => selected.push(JSON.stringify((e as CustomEvent).detail));
  el.addEventListener('pioneer-select', on);
  await sendMouse({ type: 'click', position: p });
  await pause(50);
  el.removeEventListener('pioneer-select', on);
  const tip = tipOf(el);
  return { selected, focused: focusedKey(el), tooltip: tip.hidden ? null : tip.textContent, chartFocused: el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('svg') };
}

async function mounted(markup: string): Promise<Chart> {
  const el = await drawn(mount<Chart>(markup, 640));
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
  return el;
}

/**
 * The first mark (from the `start`th) whose hovered tooltip lies over a point 2 px inside it
 * where `wanted` says the mark beneath is one to click: the pointer left resting on that mark,
 * its tooltip shown.
 */
async function hoverOver(el: Chart, start: number, wanted: (beneath: string, hovered: string) => boolean) {
  const marks = [...el.shadowRoot!.querySelectorAll('svg [data-key]')].slice(start);
  for (const m of marks) {
    const key = m.getAttribute('data-key')!;
    const from = centreOf(m.getBoundingClientRect());
    await sendMouse({ type: 'move', position: [0, 0] });
    await sendMouse({ type: 'move', position: from });
    const tip = tipOf(el);
    if (tip.hidden) continue;
    const t = tip.getBoundingClientRect();
    for (let y = Math.round(t.bottom) - 2; y >= t.top + 2; y -= 2) {
      for (let x = Math.round(t.left) + 2; x <= t.right - 2; x += 2) {
        const beneath = markBeneath(el, [x, y]);
        if (beneath && el.shadowRoot!.elementFromPoint(x, y) === tip && wanted(beneath, key)) {
          return { key, from, at: [x, y] as Point, beneath, label: tip.textContent };
        }
      }
    }
  }
  throw new Error('no tooltip over such a mark');
}

const CASES: [string, string, number, string, (beneath: string, hovered: string) => boolean][] = [
  ['<barrier-stack>', '<barrier-stack measure="barrier" year="2019"></barrier-stack>', 8, 'another mark (a segment of the bar above)', (b, h) => b !== h],
  ['<pioneer-trend>', '<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>', 0, 'its own mark (the point it is of, within reach)', (b, h) => b === h],
];

describe('a click on a hovered tooltip over the plot', function () {
  this.timeout(120000);
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  for (const [name, markup, start, what, wanted] of CASES) {
    for (const focused of [false, true]) {
      it(`${name}: a click on a hovered tooltip over ${what}${focused ? ', the chart focused by a click before' : ''} selects and focuses the mark beneath, as the same click with no tooltip there does; a drag over its text selects nothing`, async () => {
        const svgOf = (el: Chart) => el.shadowRoot!.querySelector('svg')!;
        /** The chart, focused by a click on its first mark where asked; the pointer then at rest on the hovered tooltip over the mark wanted. */
        const hovered = async () => {
          const el = await mounted(markup);
          if (focused) await sendMouse({ type: 'click', position: centreOf(svgOf(el).querySelector('[data-key]')!.getBoundingClientRect()) });
          const found = await hoverOver(el, start, wanted);
          await pause(200);
          await glide(found.from, found.at);
          expect(tipOf(el).textContent, 'the tooltip still shown under the pointer').to.equal(found.label);
          expect(el.shadowRoot!.activeElement === svgOf(el), 'the chart focused').to.equal(focused);
          return { el, ...found };
        };
        let { el, at, beneath } = await hovered();
        const onTip = await clickAt(el, at);
        // The same chart, the same click with no tooltip there. (The mouse's move there shows the
        // tooltip of the mark within reach, which can lie under it: it lets this pointer through.)
        cleanup();
        await sendMouse({ type: 'move', position: [0, 0] });
        el = await mounted(markup);
        const through = new CSSStyleSheet();
        through.replaceSync('.tooltip { pointer-events: none !important; }');
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, through];
        if (focused) await sendMouse({ type: 'click', position: centreOf(svgOf(el).querySelector('[data-key]')!.getBoundingClientRect()) });
        await sendMouse({ type: 'move', position: [0, 0] });
        await pause(500);
        const plain = await clickAt(el, at);
        expect(plain.selected, 'a plain click selects one mark').to.have.length(1);
        expect(plain.focused, 'a plain click focuses the mark beneath').to.equal(beneath);
        expect(onTip).to.deep.equal(plain);
        // A drag across its text, to copy a figure, ends in a click on it: it selects nothing,
        // and the tooltip stays.
        cleanup();
        await sendMouse({ type: 'move', position: [0, 0] });
        let label: string | null;
        ({ el, at, label } = await hovered());
        const selected: string[] = [];
        el.addEventListener('pioneer-select', (e) => selected.push(JSON.stringify((e as CustomEvent).detail)));
        await sendMouse({ type: 'down' });
        await glide(at, [at[0] + 24, at[1]]);
        await sendMouse({ type: 'up' });
        await pause(50);
        expect(selected, 'selected by a drag').to.deep.equal([]);
        expect(tipOf(el).textContent, 'the tooltip still shown after a drag').to.equal(label);
        expect(tipOf(el).hidden, 'the tooltip hidden after a drag').to.equal(false);
      });
    }
  }
});

// A press on the tooltip (it takes no focus itself) took the focus from the chart to the page: a
// drag across its text, to copy a figure, left the tooltip shown and the chart unfocused, so the
// arrow keys scrolled the page rather than moving between the marks. Then, with the chart focused
// on one mark (by the keyboard, or a click) and the tooltip another's (hovered), the focus came
// back on the tooltip's mark: a keyboard reader lost their place among the marks.
describe('a drag across a hovered tooltip\'s text', function () {
  this.timeout(60000);
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  const HOW = { keys: 'the chart focused by the keyboard on a mark, another\'s tooltip hovered', click: 'the chart focused by a click on a mark, another\'s tooltip hovered', none: 'the chart not focused' };
  for (const [name, markup, start] of CASES) {
    for (const focused of ['keys', 'click', 'none'] as const) {
      it(`${name}, ${HOW[focused]}: the text stays selected, the tooltip shown, and the chart has the focus on ${focused === 'none' ? 'the tooltip\'s mark' : 'the mark it had'}, where an arrow key moves on from`, async () => {
        const el = await mounted(markup);
        const svg = el.shadowRoot!.querySelector('svg')!;
        let first = '';
        if (focused === 'click') {
          await sendMouse({ type: 'click', position: centreOf(svg.querySelector('[data-key]')!.getBoundingClientRect()) });
          // Its tooltip gone with the pointer (a pointer from it to another mark keeps it on its way there).
          await sendMouse({ type: 'move', position: [0, 0] });
          await pause(600);
        }
        if (focused === 'keys') {
          await tabIntoChart(el);
          first = focusedKey(el);
          await sendKeys({ press: 'ArrowRight' });
          expect(focusedKey(el), 'moved on with the keyboard').to.not.equal(first);
        }
        // The mark focused before the press, if any.
        const had = focused === 'none' ? null : focusedKey(el);
        const { from, at: onTip, label, key: hovered } = await hoverOver(el, start, (_, h) => h !== had);
        const tipText = (m: (typeof el.marks)[number]) => m.tip ?? m.label;
        expect(tipText(el.marks.find((m) => m.key === hovered)!), 'the tooltip is the hovered mark\'s').to.equal(label);
        await pause(200);
        await glide(from, onTip);
        // Then along it to its first line of text, 4 px in.
        const text = document.createRange();
        text.selectNodeContents(tipOf(el));
        const line = text.getClientRects()[0];
        const at: Point = [Math.round(line.left) + 4, Math.round((line.top + line.bottom) / 2)];
        await glide(onTip, at);
        expect(tipOf(el).textContent, 'the tooltip under the pointer').to.equal(label);
        await sendMouse({ type: 'down' });
        await glide(at, [at[0] + 40, at[1]]);
        await sendMouse({ type: 'up' });
        await pause(50);
        const selected = document.getSelection()!.toString();
        expect(selected.length, 'text selected by the drag').to.be.greaterThan(1);
        expect(label, 'the text selected is the tooltip\'s').to.contain(selected);
        expect(tipOf(el).hidden, 'the tooltip still shown').to.equal(false);
        expect(tipOf(el).textContent, 'the tooltip\'s text').to.equal(label);
        expect(el.shadowRoot!.activeElement === svg, 'the chart focused after the drag').to.equal(true);
        const key = had ?? hovered;
        expect(focusedKey(el), 'the mark focused').to.equal(key);
        // From there: back to the first with the keyboard's, on to another with the others'.
        await sendKeys({ press: focused === 'keys' ? 'ArrowLeft' : 'ArrowRight' });
        const next = focusedKey(el);
        if (focused === 'keys') expect(next, 'an arrow moves back to the first mark').to.equal(first);
        else expect(next, 'an arrow moves to another mark').to.not.equal(key);
        expect(tipOf(el).textContent, 'the tooltip of the mark moved to').to.equal(tipText(el.marks.find((m) => m.key === next)!));
      });
    }
  }
});
