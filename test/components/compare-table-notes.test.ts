/**
 * <pioneer-compare>'s Table view, and the table printed under or in place of the chart, give the
 * notes the chart draws under its bars about its figures, as numbered notes under the table (the
 * trend's and the stacked bars' mechanism): which figures no whole number of informants out of
 * their printed base gives (each of their cells says "see note N" after its figure, in text), the order of the
 * rows where they are sorted by a gap, the small bases, the intervals' method and the groups the
 * report's table does not publish. Figures from the 2019 report's Tables 5.2, 5.3, 7.1 and 4.6;
 * the cells expected are those the chart's Data (CSV) notes.
 */
import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import { parseCsv } from '../../src/data/csv.js';
import { cleanup, drawn, mount, seenText } from '../helpers.js';
import { squashed } from '../printed-pdf.js';

const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const compare = (attrs: string, width = 720) => drawn(mount<PioneerCompare>(`<pioneer-compare ${attrs}></pioneer-compare>`, width));
/** The chart's notes under its bars, their wrapped lines joined. */
const chartNotes = (el: PioneerCompare) => words([...el.shadowRoot!.querySelectorAll('svg text.note')].map((t) => t.textContent).join(' '));
/** The notes under the table, in order (note 1 first). */
const tableNotes = (el: PioneerCompare) => [...el.shadowRoot!.querySelectorAll('ol.table-notes li')].map((li) => words(seenText(li)));
/** Each figure's cell that points to a note: `item|column heading` → its text. */
function notedCells(el: PioneerCompare): Record<string, string> {
  const root = el.shadowRoot!;
  const out: Record<string, string> = {};
  for (const td of root.querySelectorAll<HTMLElement>('table.data-table td[data-value]')) {
    if (words(td.textContent!).includes('see note')) out[`${td.closest('tr')!.getAttribute('data-item')}|${td.dataset.heading}`] = words(td.textContent!);
  }
  return out;
}
/** The figures whose CSV row notes that no whole number of informants gives them, as `item|group`. */
const csvUnfit = (el: PioneerCompare) => parseCsv(el.toCsv()).records.filter((r) => r.note.includes('no whole number of informants')).map((r) => `${r.item}|${r.group}`);

const TABLE_52 = 'measure="barrier" dimension="organisation" show-intervals sort="gap"';
const UNFIT_52 = 'No whole number of informants out of their printed base gives these figures, so fewer may have answered than the base, or the report misprints them; their intervals use the base as printed: Increased demand for existing services (Other: 43% of 15); Information governance regulations making it difficult to share patient/ service user information (Other: 29% of 15).';
const SORT_52 = 'Sorted by the gap between CCG/NHS and local authority, largest first.';

/** What Table 5.2's table (show-intervals, sort="gap") must show, wherever it is shown: the marked cells, and the notes they and the rows' order lead to. */
function expectTable52(el: PioneerCompare, what: string): void {
  const notes = tableNotes(el);
  const unfit = notes.indexOf(UNFIT_52) + 1;
  expect(unfit, `${what}: the no-whole-number note`).to.be.greaterThan(0);
  expect(notedCells(el), `${what}: the cells marked, and only those`).to.deep.equal({
    'increased-demand|Very significant, Other': `43% (n=15) 95% CI 22–67% (see note ${unfit})`,
    'information-governance|Very significant, Other': `29% (n=15) 95% CI 12–54% (see note ${unfit})`,
  });
  expect(notes, what).to.include(SORT_52);
  expect(notes, what).to.include('95% CI: 95% confidence interval (Wilson score interval from the percentage and its base).');
  expect(notes, what).to.include(
    "Small base: fewer than 30 informants in CCG/NHS, local authority and other (this chart's cut-off, not the report's). The report warns that with its few informants the numbers in its sub-groups are small, so comparisons between them need to be treated with caution.",
  );
  // Shown, not only present: the notes, and the marked cells.
  for (const li of el.shadowRoot!.querySelectorAll('ol.table-notes li')) expect(li.getClientRects().length, `${what}: ${li.textContent}`).to.be.greaterThan(0);
  for (const td of el.shadowRoot!.querySelectorAll('td[data-value]')) if (td.textContent!.includes('see note')) expect((td as HTMLElement).innerText, what).to.contain('see note');
}

describe("<pioneer-compare>'s table: the chart's notes on its figures", function () {
  // The print tests save PDFs: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  afterEach(cleanup);

  it('Table 5.2 with intervals, sorted by gap: the two figures of Other that no whole number of 15 gives say "see note N" in their cells, and note N, the sort, the small bases and the intervals\' method are under the table, as under the chart', async () => {
    const el = await compare(TABLE_52);
    // The chart says them (its notes), and its CSV marks those two figures.
    expect(chartNotes(el)).to.contain(UNFIT_52).and.to.contain(SORT_52);
    expect(csvUnfit(el)).to.deep.equal(['increased-demand|organisation:other', 'information-governance|organisation:other']);
    const drawnOrder = [...el.shadowRoot!.querySelectorAll('g.row')].map((g) => g.getAttribute('data-item'));
    el.mode = 'table';
    await drawn(el);
    expectTable52(el, 'Table view');
    // The table's rows are in the chart's order: its sort note is true of it.
    expect([...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-item'))).to.deep.equal(drawnOrder);
    // A screen reader meets the mark in the cell, after its figure, and the notes in their list.
    type Ax = { role?: string; name?: string; children?: Ax[] };
    const flat = (n: Ax): Ax[] => [n, ...(n.children ?? []).flatMap(flat)];
    const nodes = flat((await a11ySnapshot({})) as unknown as Ax);
    const names = nodes.map((n) => words(n.name ?? ''));
    const row = names.indexOf('Information governance regulations making it difficult to share patient/ service user information');
    expect(row, 'the row heading').to.be.greaterThan(0);
    const next = names.findIndex((n, i) => i > row && n === 'Working out realistic financial savings that could be achieved');
    expect(squashed(names.slice(row + 1, next).join(''))).to.equal(squashed('14% (n=28) 95% CI 6–31% 19% (n=21) 95% CI 8–40% 29% (n=15) 95% CI 12–54% (see note 3)'));
    // The notes, each one text (Chromium's tree, its uninteresting nodes left out, has no list
    // roles; their numbers are the list's), in the order of their numbers.
    const at = tableNotes(el).map((n) => names.indexOf(n));
    expect(at.every((i) => i > next), 'each note after the rows').to.equal(true);
    expect(at, 'in order').to.deep.equal([...at].sort((a, b) => a - b));
    expect(tableNotes(el).indexOf(UNFIT_52) + 1, 'the note the cell names').to.equal(3);
  });

  it('on paper: the Table view printed (emulated print media), the table printed under the chart (print-table) and the table printed in place of a chart too small for the page (read from the PDF) each mark the cells and give the notes', async () => {
    const table = await compare(`${TABLE_52} mode="table"`);
    const under = await compare(`${TABLE_52} print-table`);
    await emulateMedia({ media: 'print' });
    try {
      expectTable52(table, 'Table view in print');
      expectTable52(under, 'print-table in print');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    cleanup();
    // A 280 px column: the chart would print its text too small, so its table prints in its place.
    const narrow = await compare(TABLE_52, 280);
    let inPlace = false;
    const read = () => (inPlace = Boolean(narrow.shadowRoot!.querySelector('.paper-note')));
    window.addEventListener('beforeprint', read);
    let pages: string[];
    try {
      pages = ((await executeServerCommand('print-to-pdf')) as unknown as { pages: string[] }).pages;
    } finally {
      window.removeEventListener('beforeprint', read);
    }
    expect(inPlace, 'printed as a table').to.equal(true);
    const printed = squashed(pages.join(''));
    for (const cell of ['43%(n=15)95%CI22–67%(seenote3)', '29%(n=15)95%CI12–54%(seenote3)']) expect(printed, cell).to.contain(cell);
    for (const note of [UNFIT_52, SORT_52]) expect(printed, note).to.contain(squashed(note));
  });

  it("other comparisons: each note the chart draws on its figures is under its table (Table 5.3's 27% of 34, sorted; Table 7.1's group not published; Table 4.6's small base), and none that its cells say already", async () => {
    const cases: { attrs: string; cells: Record<string, string>; notes: string[] }[] = [
      {
        attrs: 'measure="barrier" dimension="deprivation" show-intervals sort="gap"',
        cells: { 'increased-demand|Very significant, Less deprived sites': '27% (n=34) 95% CI 15–44% (see note 2)' },
        notes: [
          '95% CI: 95% confidence interval (Wilson score interval from the percentage and its base).',
          'No whole number of informants out of its printed base gives this figure, so fewer may have answered than the base, or the report misprints it; its interval uses the base as printed: Increased demand for existing services (Less deprived sites: 27% of 34).',
          'Sorted by the gap between less deprived sites and more deprived sites, largest first.',
        ],
      },
      {
        attrs: 'measure="priority" dimension="organisation" show-intervals',
        cells: {},
        notes: [
          "Small base: fewer than 30 informants in CCG/NHS and local authority (this chart's cut-off, not the report's). The report warns that with its few informants the numbers in its sub-groups are small, so comparisons between them need to be treated with caution.",
          '95% CI: 95% confidence interval (Wilson score interval from the percentage and its base).',
          'Other (organisation type): not published separately in Table 7.1 of the 2019 report.',
        ],
      },
      {
        // Its bases are off throughout: its own caveat under the table says so, as under the chart.
        attrs: 'measure="progress" dimension="tenure"',
        cells: {},
        notes: ["Small base: fewer than 30 informants in 5+ years in post (this chart's cut-off, not the report's). The report warns that with its few informants the numbers in its sub-groups are small, so comparisons between them need to be treated with caution."],
      },
    ];
    for (const { attrs, cells, notes } of cases) {
      const el = await compare(attrs);
      const said = chartNotes(el);
      el.mode = 'table';
      await drawn(el);
      expect(tableNotes(el), attrs).to.deep.equal(notes);
      expect(notedCells(el), attrs).to.deep.equal(cells);
      // Each the chart's own words, but for those worded for a table (no whiskers, no legend's mark).
      for (const n of notes.filter((t) => !/^(95% CI|Small base)/.test(t))) expect(said, attrs).to.contain(n);
      cleanup();
    }
    // Without intervals the chart says the same of the figures no whole number gives (they are
    // shown as printed: the caveat is the figures', not the intervals'), as does its table.
    const plain = await compare('measure="barrier" dimension="organisation" mode="table"');
    const unfit = tableNotes(plain).indexOf(UNFIT_52.replace('their intervals use the base as printed', 'they are shown as printed')) + 1;
    expect(unfit, tableNotes(plain).join(' | ')).to.be.greaterThan(0);
    expect(notedCells(plain)).to.deep.equal({
      'increased-demand|Very significant, Other': `43% (n=15) (see note ${unfit})`,
      'information-governance|Very significant, Other': `29% (n=15) (see note ${unfit})`,
    });
  });
});
