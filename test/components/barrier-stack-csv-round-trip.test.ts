/**
 * <barrier-stack>'s Data (CSV) download read back through `src` (as CSV, or as the same rows in
 * JSON) or `data`, for a group that publishes only some responses (2019: only 'Very
 * significant' barriers and 'Very important' facilitators by organisation type, tenure and
 * deprivation; only 'Substantial or some' progress): the chart drawn from its own file shows and
 * says what the chart did, its note on the responses the group does not publish with it, and no
 * claim that the drawn percentages "add up to 0–57% rather than 100%" (they are not meant to).
 * The note comes from the file (a gap row per item and unpublished response, the note its
 * reason), never worked out again from the bundled data for rows that may be a researcher's; a
 * file of the earlier format (no such rows) still reads as it did.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { formatCsv, parseCsv } from '../../src/data/csv.js';
import { OBSERVATION_COLUMNS } from '../../src/data/types.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { chartOfFile, chartOfRows, descriptionAndTable, readBack } from '../read-back.js';

const LA = 'measure="barrier" year="2019" group="organisation:la"';
const LA_NOTE =
  "Only ‘Very significant’ is published for local authority in 2019 (2019 report Table 5.2): the other responses (fairly significant, not significant, don't know) are not published for this group, so each bar is that percentage of the group's informants on a 0–100% scale.";
/** The false claim the chart made of its own file: single responses "adding up" to less than 100%. */
const SUM_CLAIM = /rather than 100%/;

const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const notes = (el: BarrierStack) => [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => words(n.textContent)).filter(Boolean);

/** The chart of a file (`src`, at a blob address) or of rows (`data`), drawn. */
const fromFile = (attributes: string, text: string, ext: 'csv' | 'json') => chartOfFile<BarrierStack>('barrier-stack', attributes, text, ext);
const fromRows = (attributes: string, rows: readonly object[]) => chartOfRows<BarrierStack>('barrier-stack', attributes, rows);

const bundled = (attributes: string) => drawn(mount<BarrierStack>(`<barrier-stack ${attributes}></barrier-stack>`, 720));

/** What a reader sees and hears of the chart: its title, marks, notes, summary, long description, and Table view with its notes. */
async function shown(el: BarrierStack) {
  const root = el.shadowRoot!;
  const chart = { message: el.message, title: words(root.querySelector('[part="title"]')?.textContent), marks: el.marks.map((m) => m.label), notes: notes(el), summary: el.summary };
  return { ...chart, ...(await descriptionAndTable(el, () => notes(el))) };
}

describe('<barrier-stack>: its CSV read back, for a group that publishes only some responses', () => {
  afterEach(cleanup);

  it('as src (CSV or JSON) or data, shows and says what the chart did, its note on the unpublished responses with it and no sum line, and downloads the same file again', async () => {
    const first = await bundled(LA);
    expect(notes(first)).to.include(LA_NOTE);
    const csv = first.toCsv();
    const before = await shown(first);
    expect(before.title).to.equal("Barriers to integration (‘Very significant’), 2019 — Local authority");
    expect([...before.notes, ...before.tableNotes].some((n) => SUM_CLAIM.test(n))).to.equal(false);
    for (const [how, again] of await readBack<BarrierStack>('barrier-stack', LA, csv)) {
      expect(again.message, how).to.equal(null);
      const after = await shown(again);
      expect(after.notes, how).to.include(LA_NOTE);
      expect([...after.notes, ...after.tableNotes].filter((n) => SUM_CLAIM.test(n)), how).to.deep.equal([]);
      expect(after, how).to.deep.equal(before);
      expect(again.toCsv(), how).to.equal(csv);
    }
  });

  it('does so for every measure and group of 2019 with unpublished responses (barriers, facilitators, progress)', async () => {
    const groups = ['organisation:ccg-nhs', 'organisation:la', 'organisation:other', 'tenure:under-5', 'tenure:5-plus', 'deprivation:less', 'deprivation:more'];
    for (const measure of ['barrier', 'facilitator', 'progress']) {
      for (const group of groups) {
        const attributes = `measure="${measure}" year="2019" group="${group}"`;
        const first = await bundled(attributes);
        const said = notes(first).filter((n) => n.includes('are not published for this group'));
        expect(said, attributes).to.have.length(1);
        const csv = first.toCsv();
        const before = await shown(first);
        const again = await fromRows(attributes, parseCsv(csv).records);
        const after = await shown(again);
        expect(after.notes, attributes).to.include(said[0]);
        expect([...after.notes, ...after.tableNotes].filter((n) => SUM_CLAIM.test(n)), attributes).to.deep.equal([]);
        expect(after, attributes).to.deep.equal(before);
        expect(again.toCsv(), attributes).to.equal(csv);
        cleanup();
      }
    }
  });

  it('gives the note in the file as one row per item and unpublished response, after the item\'s figure: no value, base or source, the note as its reason', async () => {
    const el = await bundled(LA);
    const records = parseCsv(el.toCsv()).records;
    const items = [...new Set(records.map((r) => r.item))];
    expect(items).to.have.length(el.marks.length);
    expect(records.map((r) => `${r.item}|${r.response}`)).to.deep.equal(items.flatMap((i) => ['very', 'fairly', 'not', 'dont-know'].map((r) => `${i}|${r}`)));
    const gaps = records.filter((r) => r.value === '');
    expect(gaps).to.have.length(items.length * 3);
    for (const g of gaps) {
      // In the unit of the figures drawn (percent), as a gap of a drawn response is: no blank cell to guess at.
      expect([g.measure, g.year, g.group, g.value, g.unit, g.base, g.source_survey, g.source_table, g.note], `${g.item} ${g.response}`).to.deep.equal(
        ['barrier', '2019', 'organisation:la', '', 'percent', '', '', '', LA_NOTE]);
    }
    // The figures are as before: the gap rows are the only rows added.
    expect(records.filter((r) => r.value !== '').map((r) => r.response)).to.deep.equal(items.map(() => 'very'));
  });

  it("says the file's own note, not one worked out from the bundled data; a file of the earlier format (no such rows) reads as before, with no note made up", async () => {
    const csv = (await bundled(LA)).toCsv();
    const records = parseCsv(csv).records;
    // A researcher's words for the responses: said as the file gives them, as text (never markup).
    const own = 'Local authorities were asked only whether each barrier was <b>very</b> significant.';
    const edited = await fromRows(LA, records.map((r) => (r.value === '' ? { ...r, note: own } : r)));
    expect(edited.message).to.equal(null);
    expect(notes(edited)).to.include(own);
    expect(edited.shadowRoot!.querySelector('.note b')).to.equal(null);
    expect(notes(edited).some((n) => n.includes('not published for this group'))).to.equal(false);
    expect(notes(edited).some((n) => SUM_CLAIM.test(n))).to.equal(false);
    expect(parseCsv(edited.toCsv()).records.filter((r) => r.value === '').map((r) => r.note)).to.deep.equal(records.filter((r) => r.value === '').map(() => own));
    // Words for one response of its own: each note named with the responses it is given for.
    const dontKnow = 'Not asked of this group.';
    const mixed = await fromRows(LA, records.map((r) => (r.value === '' && r.response === 'dont-know' ? { ...r, note: dontKnow } : r)));
    expect(notes(mixed)).to.include.members([`‘Fairly significant’, ‘Not significant’: ${LA_NOTE}`, `‘Don't know’: ${dontKnow}`]);
    // A file of the earlier format: the same figures, no gap rows. It draws the same bars and
    // says nothing of responses the file does not mention.
    const oldFile = formatCsv(records.filter((r) => r.value !== ''), [...OBSERVATION_COLUMNS, 'note']);
    const fromOld = await fromFile(LA, oldFile, 'csv');
    const withNote = await fromFile(LA, csv, 'csv');
    expect(fromOld.message).to.equal(null);
    expect(fromOld.marks.map((m) => m.label)).to.deep.equal(withNote.marks.map((m) => m.label));
    expect(notes(fromOld).some((n) => n.includes('not published'))).to.equal(false);
    // Nor that its single responses "add up to 0–57% rather than 100%", rounded by the report:
    // it says what the file gives, one response, and what each bar is then.
    expect(notes(fromOld).filter((n) => SUM_CLAIM.test(n) || /add up/.test(n))).to.deep.equal([]);
    expect(notes(fromOld)).to.include("The data gives no response but ‘Very significant’, so each bar is that percentage of the group's informants on a 0–100% scale.");
    expect(words(fromOld.shadowRoot!.querySelector('[part="title"]')?.textContent)).to.equal("Barriers to integration (‘Very significant’), 2019 — Local authority");
    // The reports' figures with a response left out (a researcher's cut of the file) add up to
    // less than rounding explains: said as given, not as the report's rounding.
    const all2020 = parseCsv((await bundled('year="2020"')).toCsv()).records.filter((r) => r.year === '2020' && r.response !== 'dont-know');
    const cut = await fromRows('year="2020"', all2020);
    expect(notes(cut).filter((n) => /add up/.test(n))).to.deep.equal(['Percentages are as given in the data: 16 bars add up to 89–98% rather than 100%.']);
    expect(parseCsv(fromOld.toCsv()).records.filter((r) => r.value === '')).to.deep.equal([]);
    expect(notes(withNote)).to.include(LA_NOTE);
  });

  it("with a compare year, a researcher's group publishing one response in both years keeps its note read back, and no sum line", async () => {
    // 2020 and 2021: every response for all informants, 'very' alone for local authorities.
    const RESPONSES: [string, number][] = [['very', 40], ['fairly', 37], ['not', 12], ['dont-know', 11]];
    const row = (item: string, year: number, group: string, response: string, value: number) => ({
      measure: 'barrier', item, item_label: `Barrier ${item.toUpperCase()}`, year, group, response, value, unit: 'percent', base: group === 'all' ? 52 : 20, source_survey: year, source_table: '3',
    });
    const rows = ['a', 'b', 'c'].flatMap((item, i) => [2020, 2021].flatMap((year) => [
      ...RESPONSES.map(([response, value]) => row(item, year, 'all', response, value)),
      row(item, year, 'organisation:la', 'very', 30 + 10 * i + year - 2020),
    ]));
    const attributes = 'measure="barrier" year="2021" compare-year="2020" group="organisation:la"';
    const first = await fromRows(attributes, rows);
    expect(first.message).to.equal(null);
    const said = notes(first).filter((n) => n.startsWith("Only ‘Very significant’ is published for local authority in 2021"));
    expect(said).to.have.length(1);
    const csv = first.toCsv();
    const before = await shown(first);
    const again = await fromFile(attributes, csv, 'csv');
    expect(again.message).to.equal(null);
    const after = await shown(again);
    expect(after.notes).to.include(said[0]);
    expect([...after.notes, ...after.tableNotes].filter((n) => SUM_CLAIM.test(n))).to.deep.equal([]);
    expect(after).to.deep.equal(before);
    expect(again.toCsv()).to.equal(csv);
  });
});

describe('<barrier-stack>: its CSV read back, of items not drawn in both years', () => {
  afterEach(cleanup);

  const COMPARE = 'year="2019" compare-year="2020"';
  /** What is shown, the items its summary lists as new sorted by name. */
  const inAnyOrder = <T extends object>(seen: T): T =>
    JSON.parse(JSON.stringify(seen).replace(/(New in \d+: )([^.]*)\./g, (_, lead: string, list: string) => `${lead}${list.split('; ').sort().join('; ')}.`)) as T;
  const COMPARE_ONLY =
    'Asked in 2020 only, not shown: Time required to deal with Covid-19 pandemic; Diversion of staff resources to deal with Covid-19 pandemic; Financial resources required to deal with Covid-19 pandemic.';

  it('with a later compare year, says the items asked in it only, from the figures the file gives them (not drawn, not in the Table view)', async () => {
    const first = await bundled(COMPARE);
    expect(notes(first)).to.include(COMPARE_ONLY);
    const csv = first.toCsv();
    const before = await shown(first);
    for (const [how, again] of await readBack<BarrierStack>('barrier-stack', COMPARE, csv)) {
      expect(again.message, how).to.equal(null);
      const after = await shown(again);
      expect(after.notes, how).to.include(COMPARE_ONLY);
      expect(after, how).to.deep.equal(before);
      expect(again.toCsv(), how).to.equal(csv);
    }
    // Their 2020 figures are last in the file, each saying why it is there; no bar or table row is theirs.
    const extra = parseCsv(csv).records.filter((r) => r.note.includes('not drawn'));
    expect([...new Set(extra.map((r) => `${r.year}|${r.note}`))]).to.deep.equal(['2020|base not printed for this figure; the report gives the bases of its Table 5.2 as 52–54; not drawn: asked in 2020 only (named under the chart)']);
    expect(extra).to.have.length(12);
    expect(first.marks.some((m) => extra.some((r) => m.key.startsWith(`${r.item}|`)))).to.equal(false);
    expect(before.table).not.to.contain('Covid-19');
  });

  it('of one year, marks the items new that year as the chart did, from the rows the file gives them in the year before; a file of the earlier format reads as before', async () => {
    // A researcher's rows too: barrier D new in 2021 for local authorities.
    const row = (item: string, year: number, response: string, value: number) => ({
      measure: 'barrier', item, item_label: `Barrier ${item.toUpperCase()}`, year, group: 'organisation:la', response, value, unit: 'percent', base: 20, source_survey: year, source_table: '3',
    });
    const researchers = ['a', 'b', 'c', 'd'].flatMap((item, i) => [2020, 2021].flatMap((year) =>
      item === 'd' && year === 2020 ? [] : [row(item, year, 'very', 40 - 5 * i), row(item, year, 'fairly', 30), row(item, year, 'not', 20 + 5 * i), row(item, year, 'dont-know', 10)]));
    for (const attributes of ['year="2020"', 'year="2021" group="organisation:la"']) {
      const first = attributes.includes('2021') ? await fromRows(attributes, researchers) : await bundled(attributes);
      const badges = (el: BarrierStack) => [...el.shadowRoot!.querySelectorAll('g.row[data-new]')].map((g) => `${g.getAttribute('data-item')} ${g.getAttribute('data-new')}`);
      const csv = first.toCsv();
      const before = await shown(first);
      for (const [how, again] of await readBack<BarrierStack>('barrier-stack', attributes, csv)) {
        const at = `${attributes}, ${how}`;
        expect(again.message, at).to.equal(null);
        expect(badges(again), at).to.deep.equal(badges(first));
        // (The file keeps the drawn order, not the questionnaire's, which the summary lists new items in.)
        expect(inAnyOrder(await shown(again)), at).to.deep.equal(inAnyOrder(before));
        expect(again.toCsv(), at).to.equal(csv);
      }
      if (attributes.includes('2021')) {
        expect(badges(first)).to.deep.equal(['d 2021']);
        expect(parseCsv(csv).records.filter((r) => r.year === '2020').map((r) => `${r.item} ${r.response}: ${r.note}`)).to.deep.equal(
          ['very', 'fairly', 'not', 'dont-know'].map((r) => `d ${r}: Not asked in 2020: new in 2021.`));
        // Rows of the year before for every item say the question was not asked then: no item is new against it.
        const records = parseCsv(csv).records;
        const everyItem = [...records, ...['a', 'b', 'c'].map((item) => ({ ...records.find((r) => r.year === '2020')!, item, item_label: `Barrier ${item.toUpperCase()}` }))];
        expect(badges(await fromRows(attributes, everyItem))).to.deep.equal([]);
      } else {
        expect(badges(first)).to.have.length(3);
        // The earlier format: the year's figures alone. Nothing in it says an item is new.
        const old = formatCsv(parseCsv(csv).records.filter((r) => r.year === '2020'), [...OBSERVATION_COLUMNS, 'note']);
        const fromOld = await fromFile(attributes, old, 'csv');
        expect(fromOld.message).to.equal(null);
        expect(badges(fromOld)).to.deep.equal([]);
        expect(fromOld.marks.map((m) => m.label.replace(/ \(new in 2020\)/, ''))).to.deep.equal(first.marks.map((m) => m.label.replace(/ \(new in 2020\)/, '')));
      }
      cleanup();
    }
  });
});
