/**
 * A table at a phone's width (320 px): a year's heading gives its base and source, and for a
 * year of gaps points to the note under the table that says why ("see note 1"). With the reason
 * in the heading, a column (8em wide on screen) took up to 21 lines for it (the progress trend's
 * 2016). Nothing is lost: each gap's reason is in the note its cell leads to, its base and
 * figure in its heading (beside its dash where its heading does not speak for it: a note of its
 * own), and a screen reader is given all of it in the cell. The reasons, bases
 * and figures expected are the chart's Data (CSV) download's, not the table's own.
 */
import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { parseCsv } from '../../src/data/csv.js';
import { groupsOf, measuresOf, responsesOf } from '../../src/data/query.js';
import { drawn, mount, cleanup, onPhoneWindow, seenText } from '../helpers.js';
import { headingLines } from '../table-headings.js';

/**
 * The most lines a heading takes at 320 px: 10, the facilitators' 2020 ("Very important, 2020",
 * "base not printed; 2020 report Figure 4.3; see note 2, unless marked otherwise"), and 9 a
 * group's 2019 ("Very significant, 2019, Less deprived sites", its base and table); 21 with a
 * gap's reason in it.
 */
const MOST_LINES = 10;

const ds = bundledDataset();
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every trend of the reports at 320 px (each measure, response and group of the whole sample, deprivation, organisation type and time in post), and every <pioneer-table> of a measure and group, of all its responses and of each. */
function* tables(): Generator<string> {
  const groups = (measure: string) => ['all', ...groupsOf(ds, measure).filter((g) => /^(deprivation|organisation|tenure):/.test(g))];
  for (const measure of measuresOf(ds)) {
    for (const response of responsesOf(ds, measure)) {
      for (const group of groups(measure)) {
        // A group the reports do not give for the response is refused (a message, no table).
        if (ds.rows.some((r) => r.measure === measure && r.response === response && r.group === group)) yield `<pioneer-trend measure="${measure}" response="${response}" group="${group}" mode="table"></pioneer-trend>`;
      }
    }
    for (const response of ['', ...responsesOf(ds, measure)]) {
      for (const group of groups(measure)) yield `<pioneer-table measure="${measure}" responses="${response}" group="${group}"></pioneer-table>`;
    }
  }
}

/** A reason as a note says it, once for every year it is given for: "No figure published: …" for "No figure published for 2016: …". */
const asNoted = (reason: string) => reason.replace(/^(No figure published) for \d{4}:/, '$1:');

/**
 * What the table gives for each gap of the chart's Data (CSV) download: the cell's text for
 * screen readers, its column's headings (the year's over it too, where the table has two
 * heading rows) and the note the cell leads to (the number beside its dash, else its heading's "see note N").
 */
function gapsInTable(el: PioneerChart<unknown>) {
  const root = el.shadowRoot!;
  const columns = [...root.querySelectorAll('thead th[data-column]')].map((th) => th.getAttribute('data-column'));
  const notes = [...root.querySelectorAll('ol.table-notes li')].map((li) => words(seenText(li)));
  const lines = parseCsv(el.toCsv()).records.filter((r) => r.value === '');
  return {
    notes,
    gaps: lines.map((line) => {
      const at = columns.indexOf(`${line.measure}|${line.year}|${line.group}|${line.response}`);
      const td = root.querySelectorAll(`tr[data-item="${line.item}"] td`)[at];
      const ids = td?.getAttribute('headers')?.split(' ');
      const headings = words((ids ? ids.slice(1).map((id) => root.getElementById(id)!) : [root.querySelectorAll('thead th[data-column]')[at]]).map((th) => th.textContent).join(' '));
      const note = Number(td?.querySelector('.note-ref')?.textContent ?? /see note (\d+)/.exec(headings)?.[1]);
      const marked = !!td?.querySelector('.note-ref');
      return { line, at: `${line.item} ${line.year}`, absent: !!td?.classList.contains('absent'), spoken: words(td?.querySelector('.sr-only')?.textContent ?? ''), shown: words(td?.querySelector('[aria-hidden]')?.textContent ?? ''), marked, headings, note: notes[note - 1] };
    }),
  };
}

describe('a table at 320 px: short headings, each gap year\'s reason in a note', function () {
  this.timeout(120000);
  onPhoneWindow();

  it(`every trend's Table view and every <pioneer-table>: no heading over ${MOST_LINES} lines; each gap's reason in the note its cell leads to, said once, its base and figure in its heading or beside its dash, no heading giving a base its cells have not`, async () => {
    let tallest = { lines: 0, text: '', markup: '' };
    let count = 0;
    const problems: string[] = [];
    for (const markup of tables()) {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, 320));
      await el.updateComplete;
      expect(el.message, markup).to.equal(null);
      count++;
      for (const h of headingLines(el)) if (h.lines > tallest.lines) tallest = { ...h, markup };
      const { notes, gaps } = gapsInTable(el);
      if (new Set(notes).size < notes.length) problems.push(`${markup}: a note said twice`);
      for (const g of gaps) {
        const reason = g.line.note;
        if (!g.absent) problems.push(`${markup} ${g.at}: no empty cell`);
        else if (g.note !== asNoted(reason)) problems.push(`${markup} ${g.at}: leads to note "${g.note}", not "${asNoted(reason)}"`);
        // A screen reader hears the reason in the cell, after it any base its figure prints.
        if (!g.spoken.startsWith(reason.replace(/\.$/, ''))) problems.push(`${markup} ${g.at}: says "${g.spoken}"`);
        // Never two brackets side by side ("…in 2016) (base 97; …)."): a base after a reason's own bracket is a sentence of its own.
        if (/\) \(/.test(g.spoken)) problems.push(`${markup} ${g.at}: two brackets side by side in "${g.spoken}"`);
        const figure = g.line.source_table.replace(/^figure:/, 'Figure ');
        const printed = `base ${g.line.base}; ${g.line.source_survey} report ${figure}`;
        // The base its figure prints, and the figure, where a reader looks for them: in its
        // heading where that speaks for it (no note of its own beside its dash), else beside its dash.
        if (g.line.base && !((g.marked ? g.shown : g.headings).includes(printed) && g.spoken.toLowerCase().includes(printed.toLowerCase()))) problems.push(`${markup} ${g.at}: "${printed}" not in its ${g.marked ? 'cell' : 'heading'} "${g.marked ? g.shown : g.headings}" and for screen readers`);
        // A heading that speaks for the cell gives no base but the one its figure prints: the
        // barriers' 2016, mostly items asked in 2020 only, was headed "base 97; 2019 report
        // Figure 5.1", which only its figure-only items have.
        const headed = /base [^;]*; [^;]*(?=; see note)/.exec(g.headings)?.[0];
        const own = /^figure:/.test(g.line.source_table) ? `base ${g.line.base || 'not printed'}; ${g.line.source_survey} report ${figure}` : undefined;
        if (!g.marked && headed !== own) problems.push(`${markup} ${g.at}: its heading "${g.headings}" gives "${headed}", its figure prints "${own ?? 'none'}"`);
      }
      cleanup();
    }
    expect(count, 'tables').to.be.greaterThan(200);
    expect(tallest.lines, `tallest heading: ${tallest.text} (${tallest.markup})`).to.be.at.most(MOST_LINES);
    expect(problems.slice(0, 5), `${problems.length} problems`).to.deep.equal([]);
  });

  it('the progress trend\'s Table view: a screen reader is given each gap year\'s reason and base in its cell, not only its heading\'s note number', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="progress" response="substantial-or-some" items="joined-up" mode="table"></pioneer-trend>', 320));
    const { gaps } = gapsInTable(el);
    expect(gaps.map((g) => g.line.year)).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
    // The accessibility tree as a screen reader has it (Chromium's, its uninteresting nodes left
    // out: a cell's text is its name, the dash beside it hidden), the item's row heading first.
    type Ax = { role?: string; name?: string; children?: Ax[] };
    const flat = (n: Ax): Ax[] => [n, ...(n.children ?? []).flatMap(flat)];
    const names = flat((await a11ySnapshot({})) as unknown as Ax).map((n) => words(n.name ?? ''));
    const row = names.indexOf(words(el.shadowRoot!.querySelector('tbody th')!.textContent!));
    expect(row, 'the row heading').to.be.greaterThan(0);
    expect(names.slice(row + 1, row + 1 + gaps.length)).to.deep.equal(gaps.map((g) => g.spoken));
    for (const g of gaps) expect(g.spoken, g.at).to.match(/^Shown only in Figure 4\.1 of the (2019|2020) report/);
    expect(gaps.slice(0, 4).map((g) => /(?:\(b|\)\. B)ase (\d+); 2019 report Figure 4\.1\)?\.$/.exec(g.spoken)?.[1])).to.deep.equal(['97', '98', '80', '67']);
  });

  it('the progress trend\'s Table view printed in a 320 px column: each heading prints with its note\'s number, and every reason once, in the notes', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="progress" response="substantial-or-some" mode="table"></pioneer-trend>', 320));
    const { notes, gaps } = gapsInTable(el);
    const squashed = (s: string) => s.replace(/[\s\u00ad]+/g, '');
    const pdf = (await executeServerCommand('print-to-pdf')) as unknown as { pages: string[] };
    const printed = squashed(pdf.pages.join(''));
    const reasons = [...new Set(gaps.map((g) => asNoted(g.line.note)))];
    expect(reasons).to.have.length(4);
    // And one note on figures: the 2019 report's 53% of 67 for reducing costs, no whole number of them.
    const unfit = notes.filter((n) => n.startsWith('No whole number of informants'));
    expect(unfit).to.have.length(1);
    expect(printed.split(squashed(unfit[0])).length - 1, unfit[0]).to.equal(1);
    expect(notes.filter((n) => !unfit.includes(n))).to.have.members(reasons);
    for (const reason of reasons) expect(printed.split(squashed(reason)).length - 1, reason).to.equal(1);
    const metas = [...el.shadowRoot!.querySelectorAll('thead .col-meta')].map((m) => words(m.textContent!));
    expect(metas.filter((m) => /see note \d$/.test(m))).to.have.length(4);
    for (const meta of metas) expect(printed, meta).to.include(squashed(meta));
  });
});
