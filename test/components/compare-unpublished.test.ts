/**
 * <pioneer-compare>'s cells with no figure ("no figure" in the chart): each is a gap of the
 * chart's result, so its Data (CSV) has a row for it (no value or base, the reason as its note)
 * and its Table view gives the reason in the cell. The bundled reports' comparison tables
 * (2019 Tables 4.2–7.2) print every cell of the groups they have columns for, so the cells come
 * from a researcher's rows: three 2021 barriers by organisation type, two figures left out.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import { parseCsv } from '../../src/data/csv.js';
import { cleanup, drawn, mount, tableGapCells, tabIntoChart } from '../helpers.js';

const GROUPS = ['organisation:ccg-nhs', 'organisation:la', 'organisation:other'];
const VALUES: Record<string, number[]> = { a: [40, 55, 30], b: [25, 0, 20], c: [60, 45, 0] };
/** The figures left out: Barrier B for local authorities, Barrier C for Other. */
const LEFT_OUT = ['b|organisation:la', 'c|organisation:other'];
// Bases of which every figure is a whole number of informants (the CSV notes nothing of them).
const BASES = [40, 20, 10];
const rows2021 = Object.entries(VALUES).flatMap(([item, values], i) =>
  GROUPS.map((group, gi) => ({
    measure: 'barrier', item, item_label: `Barrier ${item.toUpperCase()}`, year: 2021, group, response: 'very',
    value: values[gi], unit: 'percent', base: BASES[gi], source_survey: 2021, source_table: '3', order: i,
  })).filter((r) => !LEFT_OUT.includes(`${r.item}|${r.group}`)).map(({ order: _order, ...r }) => r));

const NO_FIGURE = 'Not in the data.';

async function compareOf(data: readonly object[]): Promise<PioneerCompare> {
  const el = mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation" year="2021"></pioneer-compare>', 720);
  el.data = data;
  return drawn(el);
}
/** The cells the chart draws with "no figure", as `item|group`, in drawn order. */
const unpublishedDrawn = (el: PioneerCompare) =>
  [...el.shadowRoot!.querySelectorAll('g.bar-group')]
    .filter((g) => g.querySelector('text.value')!.textContent === 'no figure')
    .map((g) => g.querySelector('rect.bar')!.getAttribute('data-key'));
const notes = (el: PioneerCompare) => [...el.shadowRoot!.querySelectorAll('text.note')].map((t) => t.textContent).join(' ');

describe('<pioneer-compare>: a cell drawn with "no figure"', () => {
  afterEach(cleanup);

  it('is a keyboard stop, but not the one the keyboard starts on: Tab and Home go to the first figure', async () => {
    const rows = rows2021.filter((r) => !(r.item === 'a' && r.group === 'organisation:ccg-nhs'));
    const el = await compareOf(rows);
    expect(el.marks[0].label, 'the first cell in drawn order has no figure').to.equal(`Barrier A, CCG/NHS (n=40): no figure. ${NO_FIGURE}`);
    const live = () => el.shadowRoot!.querySelector('.live')!.textContent!;
    await tabIntoChart(el);
    expect(live()).to.equal(el.marks[1].label);
    expect(live()).to.match(/^Barrier A, Local authority \(n=20\): 55%/);
    await sendKeys({ press: 'ArrowLeft' });
    expect(live()).to.equal(el.marks[0].label);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Home' });
    expect(live()).to.equal(el.marks[1].label);
  });

  it('is one row of the Data (CSV), with no value or base and the reason the chart\'s notes give, in the order the chart draws its bars', async () => {
    const el = await compareOf(rows2021);
    expect(el.message).to.equal(null);
    expect(unpublishedDrawn(el)).to.deep.equal(LEFT_OUT);
    const records = parseCsv(el.toCsv()).records;
    const gaps = records.filter((r) => r.value === '');
    expect(gaps.map((r) => `${r.item}|${r.group}`), 'one row per "no figure" cell drawn').to.deep.equal(unpublishedDrawn(el));
    for (const g of gaps) {
      expect([g.measure, g.year, g.response, g.item_label, g.value, g.base, g.note], `${g.item} ${g.group}`).to.deep.equal(
        ['barrier', '2021', 'very', `Barrier ${g.item.toUpperCase()}`, '', '', NO_FIGURE]);
    }
    // The chart says why under its bars, with the same words, and which cells it means.
    expect(notes(el)).to.contain('Not in the data: Barrier B (Local authority); Barrier C (Other).');
    // The cell says the fact ("no figure", not a report's "not published" it cannot know), and
    // its name and its row's give it with the reason.
    const cellOf = (key: string) => el.shadowRoot!.querySelector(`rect.bar[data-key="${key}"]`)!.closest('g')!;
    expect(cellOf('b|organisation:la').querySelector('text.value')!.textContent).to.equal('no figure');
    expect(el.marks.find((m) => m.key === 'b|organisation:la')!.label).to.equal(`Barrier B, Local authority (n=20): no figure. ${NO_FIGURE}`);
    expect(el.shadowRoot!.querySelector('g.row[data-item="b"]')!.getAttribute('aria-label')).to.contain('Local authority no figure');
    // Every row in the order the bars are drawn, a cell with no figure in its place.
    const bars = [...el.shadowRoot!.querySelectorAll('rect.bar')].map((b) => b.getAttribute('data-key'));
    expect(records.map((r) => `${r.item}|${r.group}`)).to.deep.equal(bars);
    // The published figures are the data's, as they were.
    const figures = records.filter((r) => r.value !== '');
    expect(figures.map((r) => [r.item, r.group, r.value, r.base, r.source_table, r.note].join('|'))).to.deep.equal(
      rows2021.map((r) => [r.item, r.group, r.value, r.base, r.source_table, ''].join('|')));
    // The reports' Table 5.2 has no such cell: its CSV is its 39 figures, as printed, and no gap row.
    const table52 = await drawn(mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>', 720));
    expect(unpublishedDrawn(table52)).to.deep.equal([]);
    const printed = parseCsv(table52.toCsv()).records;
    expect(printed).to.have.length(39);
    expect(printed.filter((r) => r.value === '')).to.deep.equal([]);
    const fin = printed.filter((r) => r.item === 'financial-constraints').map((r) => `${r.group} ${r.value} ${r.base}`);
    expect(fin).to.deep.equal(['organisation:ccg-nhs 36 28', 'organisation:la 57 21', 'organisation:other 40 15']);
  });

  it("is a gap of the Table view, its cell giving the reason (not the dataset's word for a whole item)", async () => {
    const el = await compareOf(rows2021);
    // Each a gap, its reason what a screen reader hears and the dash's tooltip.
    expect(await tableGapCells(el, [['b', 1], ['c', 2]])).to.deep.equal([{ cell: 'b 1', absent: true, spoken: NO_FIGURE, title: NO_FIGURE }, { cell: 'c 2', absent: true, spoken: NO_FIGURE, title: NO_FIGURE }]);
    const table = el.shadowRoot!.querySelector('table.data-table')!;
    // The figures beside them are the data's.
    expect([...table.querySelectorAll('tr[data-item="b"] td')].map((td) => td.getAttribute('data-value'))).to.deep.equal(['25', null, '20']);
  });

  it('read back from its CSV stays a cell with no figure, with the same reason (never a value, never an error), and downloads the same file again', async () => {
    const first = await compareOf(rows2021);
    const csv = first.toCsv();
    const again = await compareOf(parseCsv(csv).records);
    expect(again.message).to.equal(null);
    expect(unpublishedDrawn(again)).to.deep.equal(LEFT_OUT);
    for (const key of LEFT_OUT) expect(again.shadowRoot!.querySelector(`rect.bar[data-key="${key}"]`)!.hasAttribute('data-value'), key).to.equal(false);
    expect(again.marks.map((m) => m.label)).to.deep.equal(first.marks.map((m) => m.label));
    expect(notes(again)).to.equal(notes(first));
    expect(again.toCsv()).to.equal(csv);
    // The same file given as src, as a page gives it.
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const fromFile = mount<PioneerCompare>(`<pioneer-compare measure="barrier" dimension="organisation" year="2021" src="${url}#data.csv"></pioneer-compare>`, 720);
    const t0 = performance.now();
    while (!fromFile.marks.length && !fromFile.message && performance.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 20));
    await drawn(fromFile);
    URL.revokeObjectURL(url);
    expect(fromFile.message).to.equal(null);
    expect(unpublishedDrawn(fromFile)).to.deep.equal(LEFT_OUT);
    expect(fromFile.toCsv()).to.equal(csv);
    // A file's own reason for a cell is the one the chart and its CSV give.
    const why = 'Suppressed: fewer than 5 informants answered.';
    const records = parseCsv(csv).records.map((r) => (r.item === 'b' && r.group === 'organisation:la' ? { ...r, note: why } : r));
    const own = await compareOf(records);
    expect(notes(own)).to.contain(`Suppressed: fewer than 5 informants answered: Barrier B (Local authority).`);
    expect(parseCsv(own.toCsv()).records.filter((r) => r.value === '').map((r) => r.note)).to.deep.equal([why, NO_FIGURE]);
  });

  it('sorted by the gap between two groups, an item with no figure for one of them goes last, and its CSV row stays where its bar is drawn', async () => {
    const el = mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation" year="2021" sort="gap" gap-groups="organisation:ccg-nhs organisation:la"></pioneer-compare>', 720);
    el.data = rows2021;
    await drawn(el);
    expect(el.message).to.equal(null);
    // Gaps between NHS and LA: a 15, c 15 (b has no LA figure): a and c in questionnaire order, then b.
    const order = [...new Set([...el.shadowRoot!.querySelectorAll('rect.bar')].sort((x, y) => x.getBoundingClientRect().top - y.getBoundingClientRect().top).map((b) => b.getAttribute('data-item')))];
    expect(order).to.deep.equal(['a', 'c', 'b']);
    const records = parseCsv(el.toCsv()).records;
    const bars = [...el.shadowRoot!.querySelectorAll('rect.bar')].map((b) => b.getAttribute('data-key'));
    expect(records.map((r) => `${r.item}|${r.group}`)).to.deep.equal(bars);
    expect(records.filter((r) => r.value === '').map((r) => `${r.item}|${r.group}`)).to.deep.equal(['c|organisation:other', 'b|organisation:la']);
  });
});
