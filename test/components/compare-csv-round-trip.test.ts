/**
 * <pioneer-compare>'s Data (CSV) download read back through `src` (as CSV, or as the same rows in
 * JSON) or `data`: the chart drawn from its own file shows and says what the chart did, its note
 * on a group the table does not publish separately (2019 Table 7.1: no column for Other
 * organisation types) with it. The note comes from the file (a gap row per item of that group,
 * the note its reason), never worked out again from the bundled data for rows that may be a
 * researcher's; a file of the earlier format (no such rows) still reads as it did.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import { formatCsv, parseCsv } from '../../src/data/csv.js';
import { OBSERVATION_COLUMNS } from '../../src/data/types.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { chartOfFile, chartOfRows, descriptionAndTable, readBack } from '../read-back.js';

const ATTRS = 'measure="priority"';
const NOTE = 'Other (organisation type): not published separately in Table 7.1 of the 2019 report.';

const notes = (el: PioneerCompare) => [...el.shadowRoot!.querySelectorAll('text.note')].map((t) => t.textContent).join(' ');
const gapLabels = (el: PioneerCompare) => [...el.shadowRoot!.querySelectorAll('text.value')].map((t) => t.textContent);

/** The chart of a file (`src`, at a blob address) or of rows (`data`), drawn. */
const fromFile = (text: string, ext: 'csv' | 'json') => chartOfFile<PioneerCompare>('pioneer-compare', ATTRS, text, ext);
const fromRows = (rows: readonly object[]) => chartOfRows<PioneerCompare>('pioneer-compare', ATTRS, rows);

/** What a reader sees and hears of the chart: its marks, bars' labels, notes, summary, Table view and long description. */
async function shown(el: PioneerCompare) {
  const chart = { message: el.message, marks: el.marks.map((m) => m.label), values: gapLabels(el), notes: notes(el), summary: el.summary };
  const { description, table } = await descriptionAndTable(el, () => []);
  return { ...chart, description, table };
}

describe('<pioneer-compare>: its CSV read back', () => {
  afterEach(cleanup);

  it('as src (CSV or JSON) or data, shows and says what the chart did, its note on the group the table does not publish with it, and downloads the same file again', async () => {
    const first = await drawn(mount<PioneerCompare>(`<pioneer-compare ${ATTRS}></pioneer-compare>`, 720));
    expect(notes(first)).to.contain(NOTE);
    const csv = first.toCsv();
    const before = await shown(first);
    expect(before.description).to.contain('Continue implementation');
    expect(before.table).to.contain('Continue implementation');
    for (const [how, again] of await readBack<PioneerCompare>('pioneer-compare', ATTRS, csv)) {
      expect(again.message, how).to.equal(null);
      expect(notes(again), how).to.contain(NOTE);
      expect(await shown(again), how).to.deep.equal(before);
      expect(again.toCsv(), how).to.equal(csv);
    }
  });

  it('gives the note in the file as one row per item of the group, after its figures: no value, base or source, the note as its reason', async () => {
    const el = await drawn(mount<PioneerCompare>(`<pioneer-compare ${ATTRS}></pioneer-compare>`, 720));
    const records = parseCsv(el.toCsv()).records;
    const items = [...new Set(records.filter((r) => r.value !== '').map((r) => r.item))];
    expect(records.map((r) => `${r.item}|${r.group}`)).to.deep.equal(items.flatMap((i) => ['organisation:ccg-nhs', 'organisation:la', 'organisation:other'].map((g) => `${i}|${g}`)));
    const gaps = records.filter((r) => r.value === '');
    expect(gaps).to.have.length(items.length);
    for (const g of gaps) {
      expect([g.measure, g.year, g.group, g.response, g.value, g.unit, g.base, g.source_survey, g.source_table, g.note], g.item).to.deep.equal(
        ['priority', '2019', 'organisation:other', 'selected', '', 'percent', '', '', '', NOTE]);
    }
  });

  it("says the file's own note, not one worked out from the bundled data; a file of the earlier format (no such rows) reads as before, with no note made up", async () => {
    const csv = (await drawn(mount<PioneerCompare>(`<pioneer-compare ${ATTRS}></pioneer-compare>`, 720))).toCsv();
    const records = parseCsv(csv).records;
    // A researcher's words for the group: said as the file gives them (named with the group where they do not name it).
    const own = 'Merged with Local authority in this survey.';
    const edited = await fromRows(records.map((r) => (r.value === '' ? { ...r, note: own } : r)));
    expect(edited.message).to.equal(null);
    expect(notes(edited)).to.contain(`Other (organisation type): ${own}`);
    expect(notes(edited)).not.to.contain('not published separately');
    expect(parseCsv(edited.toCsv()).records.filter((r) => r.value === '').map((r) => r.note)).to.deep.equal(records.filter((r) => r.value === '').map(() => own));
    // A file of the earlier format: the same figures, no gap rows. It draws the same bars and
    // says nothing of a group the file does not mention.
    const old = records.filter((r) => r.value !== '');
    const oldFile = formatCsv(old, [...OBSERVATION_COLUMNS, 'note']);
    expect(oldFile.split('\r\n').slice(1, -1)).to.deep.equal(csv.split('\r\n').filter((l) => l.startsWith('priority,') && !l.includes(NOTE)));
    const fromOld = await fromFile(oldFile, 'csv');
    expect(fromOld.message).to.equal(null);
    const withNote = await fromFile(csv, 'csv');
    expect(fromOld.marks.map((m) => m.label)).to.deep.equal(withNote.marks.map((m) => m.label));
    expect(notes(fromOld)).not.to.contain('not published separately');
    expect(notes(withNote)).to.contain(NOTE);
  });
});
