// A chart printed with its table under it (print-table) prints each of its notes once: the notes
// the chart gives (drawn in a comparison's SVG, HTML under a trend's plot) are not printed again
// under its table. Its figures' "(see note N)" still name a note that is printed. Read from the
// PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { squashed } from '../printed-pdf.js';

type Pdf = { pages: string[] };
const words = (s: string) => s.replace(/[\s\u00ad]+/g, ' ').trim();
const times = (text: string, part: string) => text.split(part).length - 1;

/** The notes a chart gives, as printed: a comparison's drawn in its SVG (their lines joined), the HTML notes under a chart, and its table's. */
function notesOf(el: PioneerChart<unknown>): string[] {
  const root = el.shadowRoot!;
  const drawnLines = [...root.querySelectorAll('svg text.note')].map((t) => t.textContent!);
  // A drawn note's lines, joined back into its sentences (each ends with a full stop).
  const drawnNotes = words(drawnLines.join(' ')).split(/(?<=\.) (?=[A-Z⚠])/).filter(Boolean);
  // (Not the note a table printed in the chart's place on a page turned sideways gives: on an upright page, as here, it does not print.)
  // (Nor the line on figures no whole number of informants gives, .unfit: the table's note names
  // them, printed in its place; print-unfit-line.test.ts sees that it is not printed.)
  const html = [...root.querySelectorAll<HTMLElement>('[part="note"]:not([hidden], .off, .unfit)')].map((n) => words(n.textContent!)).filter(Boolean);
  const table = [...root.querySelectorAll<HTMLElement>('ol.table-notes li')].map((li) => words(li.textContent!));
  return [...new Set([...drawnNotes, ...html, ...table])];
}

describe('a chart printed with its table under it: each note once', function () {
  // Each test saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(120000);
  afterEach(cleanup);

  for (const markup of [
    // 2019 Table 5.2 sorted by a gap, with intervals: the small bases, the intervals, the figures no whole number of 15 gives, the sort.
    '<pioneer-compare measure="barrier" dimension="organisation" show-intervals sort="gap" print-table></pioneer-compare>',
    // Without intervals: the small bases and the figures of 15.
    '<pioneer-compare measure="barrier" dimension="organisation" print-table></pioneer-compare>',
    // Table 7.1: a group the table does not publish.
    '<pioneer-compare measure="priority" dimension="organisation" print-table></pioneer-compare>',
    // The progress trend: its gap years' reasons, under the plot and under the table.
    '<pioneer-trend measure="progress" items="reducing-costs" print-table></pioneer-trend>',
    // Gap years some of whose cells give another reason (the facilitators asked in 2020 only).
    '<pioneer-trend measure="facilitator" print-table></pioneer-trend>',
    // The stacked bars: their notes under the plot (a year's dashes, what the bars add up to).
    '<barrier-stack measure="barrier" year="2019" compare-year="2020" print-table></barrier-stack>',
  ]) {
    it(`${markup}: saved as PDF, each note is printed once, and each "(see note N)" names a note printed`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, 680));
      // The notes as drawn for paper (the page told it is printing, as Save as PDF tells it below).
      window.dispatchEvent(new Event('beforeprint'));
      const notes = notesOf(el);
      window.dispatchEvent(new Event('afterprint'));
      expect(notes.length, 'notes to find').to.be.greaterThan(1);
      const pages = ((await executeServerCommand('print-to-pdf')) as unknown as Pdf).pages;
      const printed = squashed(pages.join(''));
      expect(printed, 'the table printed').to.include('Item');
      const counts = Object.fromEntries(notes.map((n) => [n, times(printed, squashed(n))]));
      expect(Object.entries(counts).filter(([, n]) => n !== 1), 'notes not printed once').to.deep.equal([]);
      // Each note a figure points to is printed, under its number.
      const refs = [...new Set([...printed.matchAll(/\(seenote(\d+)\)|seenote(\d+)/g)].map((m) => Number(m[1] ?? m[2])))];
      const listed = [...el.shadowRoot!.querySelectorAll<HTMLElement>('ol.table-notes li')];
      for (const n of refs) {
        const li = listed[n - 1];
        expect(li, `note ${n} pointed to`).to.not.equal(undefined);
        expect(times(printed, squashed(li.textContent!)), `note ${n} printed`).to.equal(1);
        // … with one number: its marker's, not the copy-only number in its text as well
        // (table-copy.test.ts), which paper does not print ("1. 1.").
        const note = squashed(li.textContent!.replace(/^\d+\.\s/, ''));
        expect(times(printed, `${n}.${note}`), `note ${n} printed with its number`).to.equal(1);
        expect(times(printed, `${n}.${n}.${note}`), `note ${n} printed with its number twice`).to.equal(0);
      }
    });
  }
});

// Printed with its table under it, a comparison left its notes to the table's: "Small base:
// fewer than 30 informants in CCG/NHS, …" (the key's "⚠ small base" in its own words) and "95%
// CI: 95% confidence interval (Wilson …)", which named nothing drawn: its whiskers were on the
// paper, said nowhere to be those intervals. The drawing says so in a line of its own, naming
// the table's; the method is said once, in the table. On a page turned sideways, where its table
// prints alone (in its place), that line is not printed, with the drawing.
describe('a comparison printed with its table under it: its whiskers named on the paper', function () {
  this.timeout(120000);
  afterEach(cleanup);

  it('<pioneer-compare show-intervals print-table> in 680 px: upright, a line under the chart says what the whiskers are; the table\'s notes say the rest, once', async () => {
    await drawn(mount<PioneerChart<unknown>>('<pioneer-compare measure="barrier" dimension="organisation" show-intervals sort="gap" print-table></pioneer-compare>', 680));
    const whiskers = squashed("Whiskers: each figure's 95% CI, given in the table.");
    const upright = squashed(((await executeServerCommand('print-to-pdf')) as unknown as Pdf).pages.join(''));
    expect(times(upright, whiskers), 'upright: the whiskers named').to.equal(1);
    expect(times(upright, squashed('95% CI: 95% confidence interval (Wilson score interval from the percentage and its base).')), 'upright: the intervals explained').to.equal(1);
    expect(times(upright, 'Wilsonscore'), 'upright: the method said once').to.equal(1);
    expect(times(upright, '⚠smallbase'), "upright: the key's cautions").to.equal(3);
    expect(times(upright, squashed('Small base: fewer than 30 informants in CCG/NHS, local authority and other')), 'upright: the small bases explained').to.equal(1);
    const sideways = squashed(((await executeServerCommand('print-to-pdf', { landscape: true })) as unknown as Pdf).pages.join(''));
    expect(sideways, 'sideways: printed as its table').not.to.include('⚠smallbase');
    expect(sideways, 'sideways: the whiskers, not printed').not.to.include('Whiskers');
    expect(times(sideways, 'Wilsonscore'), 'sideways: the method said once').to.equal(1);
  });
});
