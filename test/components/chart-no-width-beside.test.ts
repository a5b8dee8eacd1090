import { expect } from '@esm-bundle/chai';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { captureWarnings, cleanup, mount } from '../helpers.js';

// A chart laid out 0 px wide keeps its title, its Download button and the note saying why it
// draws nothing (chart-no-width.test.ts); on screen they stood up to 24em wide out of the 0 px
// box, over the text of whatever sat beside it (a flex row's next item, the next grid cell).

type Chart = PioneerChart<unknown>;
const NOTE = 'This chart is laid out 0 px wide, so it has nowhere to draw. Give it, or the box it is in, a width.';
const TEXT = 'Text beside the chart, which a reader should be able to read whole. '.repeat(4);

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** Points across each line of the neighbour's text where something else is on top of it (the chart). */
function coveredPoints(neighbour: Element): string[] {
  const range = document.createRange();
  range.selectNodeContents(neighbour);
  const covered: string[] = [];
  for (const r of range.getClientRects()) {
    for (let x = r.left + 2; x < r.right - 1; x += 6) {
      const y = (r.top + r.bottom) / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && !neighbour.contains(hit)) covered.push(`${Math.round(x)},${Math.round(y)}: <${hit.localName}>`);
    }
  }
  return covered;
}

/** The names of the accessibility tree (the note read out wherever it is shown). */
async function names(): Promise<string[]> {
  const out: string[] = [];
  const walk = (n: { name?: string; children?: unknown[] }) => {
    if (n.name) out.push(n.name);
    (n.children as (typeof n)[] | undefined)?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as { children?: unknown[] });
  return out;
}

/** Three ways a page gives a chart's box no width beside its text: the chart's markup in each. */
const LAYOUTS: [string, (chart: string) => string][] = [
  ['a flex row, squeezed to nothing', (chart) => `<div style="display: flex"><div style="flex: 0 0 0; min-width: 0">${chart}</div><p style="margin: 0">${TEXT}</p></div>`],
  ['a grid cell of 0 px, the next 1em on', (chart) => `<div style="display: grid; grid-template-columns: 0 1fr; column-gap: 1em">${chart}<p style="margin: 0">${TEXT}</p></div>`],
  ['a flex row, the text 260 px on', (chart) => `<div style="display: flex"><div style="width: 0; flex: none">${chart}</div><p style="margin: 0 0 0 260px">${TEXT}</p></div>`],
];

describe('a chart laid out 0 px wide beside text', function () {
  this.timeout(20000);
  afterEach(cleanup);

  for (const [name, layout] of LAYOUTS) {
    it(`in ${name}: its title, note and Download button cover none of the text beside it; the note is still read out`, async () => {
      const box = mount<HTMLDivElement>(layout('<pioneer-trend measure="objective"></pioneer-trend>'), 700);
      const el = box.querySelector<Chart>('pioneer-trend')!;
      const neighbour = box.querySelector('p')!;
      for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('figure[data-no-width]'); i++) await frames(1);
      await frames(2);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="size-note"]')!.textContent).to.equal(NOTE);
      expect(el.getBoundingClientRect().width, 'the chart').to.equal(0);
      expect(coveredPoints(neighbour), 'the text beside it, covered').to.deep.equal([]);
      expect(await names(), 'read out').to.include(NOTE);
      if (name.includes('260 px')) {
        // Room beside it: title and note shown whole there, each wrapped to it.
        const room = neighbour.getBoundingClientRect().left - el.getBoundingClientRect().left;
        for (const part of ['.title', '[part="size-note"]']) {
          const shown = root.querySelector(part)!.getBoundingClientRect();
          expect(shown.width, part).to.be.greaterThan(100);
          expect(shown.right, part).to.be.at.most(el.getBoundingClientRect().left + room + 0.5);
          // Seen there (not clipped): what is at its last line's end is the chart.
          expect(document.elementFromPoint(shown.right - 4, shown.bottom - 6), `${part} seen`).to.equal(el);
        }
        // As tall as what it shows there.
        expect(el.getBoundingClientRect().bottom, 'the chart\'s foot').to.be.closeTo(root.querySelector('[part="size-note"]')!.getBoundingClientRect().bottom, 1);
      } else {
        // Nothing seen, and no height: its row as tall as the text beside it (the title and note,
        // wrapped to 12em out of sight, left about 130 px of blank under it).
        expect(root.querySelector('figure')!.getBoundingClientRect().height, 'the chart\'s height').to.equal(0);
        expect(box.firstElementChild!.getBoundingClientRect().height, 'the row\'s height').to.equal(neighbour.getBoundingClientRect().height);
      }
      // Its Download button is seen where it fits beside the box; where it does not, it is not
      // reached either (a focus ring over the text beside it, or no one's to see).
      const download = root.querySelector<HTMLElement>('.menu > button')!;
      expect(download.checkVisibility({ visibilityProperty: true }), 'its Download button seen').to.equal(name.includes('260 px'));
      // Given a width, it is as tall as its drawing again.
      el.style.width = '300px';
      for (let i = 0; i < 20 && root.querySelector('figure[data-no-width]'); i++) await frames(1);
      expect(root.querySelector('figure')!.getBoundingClientRect().height, 'drawn').to.be.above(root.querySelector('svg')!.getBoundingClientRect().height).and.above(200);
    });
  }
});

// A chart showing a message in place of its drawing (a bad attribute, a group the measure is not
// published for) had no data-no-width: laid out 0 px wide, its message wrapped a letter a line,
// about 1,500 px tall, its letters standing over the text beside it.
describe('a message in place of a chart laid out 0 px wide beside text', function () {
  this.timeout(20000);
  afterEach(cleanup);

  const messages: [string, string][] = [
    ['measure="nonsense"', 'measure="nonsense" is not valid. Valid values: sample-site,'],
    ['measure="sample-wave" group="organisation:la"', 'group="organisation:la" is not valid. Valid values: all (the groups published for sample-wave).'],
  ];
  // The two flex rows: squeezed to nothing, and the text 260 px on.
  const layouts = [LAYOUTS[0], LAYOUTS[2]];
  for (const [attrs, message] of messages) {
    for (const [name, layout] of layouts) {
      it(`${attrs}, in ${name}: the message covers none of the text beside it, is shown whole in the room beside it if any, and is still read out and warned of once`, async () => {
        let el!: Chart;
        let box!: HTMLDivElement;
        const warnings = await captureWarnings(async () => {
          box = mount<HTMLDivElement>(layout(`<pioneer-trend ${attrs}></pioneer-trend>`), 700);
          el = box.querySelector<Chart>('pioneer-trend')!;
          for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('figure[data-no-width]'); i++) await frames(1);
          await frames(2);
        });
        const root = el.shadowRoot!;
        const neighbour = box.querySelector('p')!;
        const shown = root.querySelector<HTMLElement>('.message')!;
        expect(shown.textContent, 'the message').to.contain(message);
        expect(el.getBoundingClientRect().width, 'the chart').to.equal(0);
        expect(coveredPoints(neighbour), 'the text beside it, covered').to.deep.equal([]);
        // Read out, as an alert, as at any width.
        expect(shown.getAttribute('role')).to.equal('alert');
        expect((await names()).some((n) => n.includes(message)), 'read out').to.equal(true);
        const figure = root.querySelector('figure')!;
        if (name.includes('260 px')) {
          const room = neighbour.getBoundingClientRect().left - el.getBoundingClientRect().left;
          const at = shown.getBoundingClientRect();
          expect(at.width, 'the message\'s width').to.be.greaterThan(100);
          expect(at.right, 'the message\'s right edge').to.be.at.most(el.getBoundingClientRect().left + room + 0.5);
          expect(at.height, 'the message\'s height').to.be.below(400);
          expect(document.elementFromPoint(at.left + 20, at.bottom - 12), 'the message seen').to.equal(el);
        } else {
          expect(figure.getBoundingClientRect().height, 'the chart\'s height').to.equal(0);
          expect(box.firstElementChild!.getBoundingClientRect().height, 'the row\'s height').to.equal(neighbour.getBoundingClientRect().height);
        }
        // The console: the message once, nothing of its width (the message says why nothing is drawn).
        const later = await captureWarnings(() => new Promise((r) => setTimeout(r, 1100)));
        expect([...warnings, ...later].filter((w) => w.includes(message)), 'the message warned').to.have.length(1);
        expect([...warnings, ...later].filter((w) => w.includes('0 px wide')), 'a width warned of').to.deep.equal([]);
        // Given a width, its message is as wide as that.
        el.style.width = '300px';
        for (let i = 0; i < 20 && figure.hasAttribute('data-no-width'); i++) await frames(1);
        expect(Math.round(shown.getBoundingClientRect().width), 'the message, given 300 px').to.equal(300);
      });
    }
  }
});

// The note on a misspelt attribute (`mesure` for `measure`: ignored, the chart drawn as without it)
// is kept as the title is: wrapped in the width beside a 0 px box, clipped to it, and nothing of it
// seen where that is under 12em. Shown beside the box, it covered the text beside it unwrapped.
describe('a note on a misspelt attribute on a chart laid out 0 px wide beside text', function () {
  this.timeout(20000);
  afterEach(cleanup);

  for (const [name, layout] of LAYOUTS) {
    it(`<barrier-stack mesure="barrier">, in ${name}: the note covers none of the text beside it, is shown whole in the room beside it if any, and is read out`, async () => {
      let el!: Chart;
      let box!: HTMLDivElement;
      const warnings = await captureWarnings(async () => {
        box = mount<HTMLDivElement>(layout('<barrier-stack mesure="barrier"></barrier-stack>'), 700);
        el = box.querySelector<Chart>('barrier-stack')!;
        for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('figure[data-no-width]'); i++) await frames(1);
        await frames(2);
      });
      const root = el.shadowRoot!;
      const neighbour = box.querySelector('p')!;
      const note = root.querySelector<HTMLElement>('[part="attribute-note"]')!;
      const text = note.textContent!;
      expect(text, 'the note').to.contain('mesure');
      expect(warnings.filter((w) => w.includes('mesure')), 'warned of once').to.have.length(1);
      expect(el.getBoundingClientRect().width, 'the chart').to.equal(0);
      expect(coveredPoints(neighbour), 'the text beside it, covered').to.deep.equal([]);
      expect(await names(), 'read out').to.include(text);
      if (name.includes('260 px')) {
        // Room beside it: the note shown there whole, wrapped to it, a few lines tall.
        const room = neighbour.getBoundingClientRect().left - el.getBoundingClientRect().left;
        const at = note.getBoundingClientRect();
        expect(at.width, 'the note\'s width').to.be.greaterThan(100);
        expect(at.left, 'the note\'s left edge').to.be.at.least(el.getBoundingClientRect().left - 0.5);
        expect(at.right, 'the note\'s right edge').to.be.at.most(el.getBoundingClientRect().left + room + 0.5);
        expect(at.height, 'the note\'s height').to.be.below(400);
        // Seen there (not clipped): what is at its first and last lines is the chart.
        expect(document.elementFromPoint(at.left + 20, at.top + 6), 'the note\'s first line seen').to.equal(el);
        expect(document.elementFromPoint(at.left + 20, at.bottom - 6), 'the note\'s last line seen').to.equal(el);
        // Wrapped to that room: a few lines, not one line running on nor a word a line.
        const range = document.createRange();
        range.selectNodeContents(note);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        expect(lines.size, 'lines').to.be.within(2, 12);
        expect(el.getBoundingClientRect().bottom, 'the chart\'s foot, under the note').to.be.at.least(at.bottom - 1);
      } else {
        // Nothing seen, and no height.
        expect(root.querySelector('figure')!.getBoundingClientRect().height, 'the chart\'s height').to.equal(0);
        expect(box.firstElementChild!.getBoundingClientRect().height, 'the row\'s height').to.equal(neighbour.getBoundingClientRect().height);
      }
      // Given a width, the note is as wide as that.
      el.style.width = '300px';
      for (let i = 0; i < 20 && root.querySelector('figure[data-no-width]'); i++) await frames(1);
      expect(Math.round(note.getBoundingClientRect().width), 'the note, given 300 px').to.equal(300);
    });
  }
});
