/**
 * Figures that no whole number of informants out of their printed base gives (2019 report Table
 * 5.2, Other, base 15: 43% and 29%; data/ANOMALIES.md item 13) are said to be so wherever they
 * are shown: the caveat is about the figure as printed, not about intervals. Every such figure
 * of the dataset, found from the data (shareMismatch), not from a list: <pioneer-table>'s cell
 * says "see note N" and note N names the figure; a comparison, without `show-intervals`, says it
 * under its bars and in its Table view. A table whose own caveat (SOURCE_CAVEATS: Table 4.6's
 * bases, Table 7.1's 8% of 18) already says it shows that caveat instead, once.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { isReportRow } from '../../src/data/report-rows.js';
import type { ObservationRow } from '../../src/data/types.js';
import { groupLabel, hasSourceCaveat } from '../../src/data/vocabulary.js';
import { shareMismatch } from '../../src/data/wilson.js';
import { cleanup, drawn, mount } from '../helpers.js';

const words = (s: string) => s.replace(/[\s\u00ad]+/g, ' ').trim();
const NOTE = 'No whole number of informants out of ';
const ds = bundledDataset();
const unfit = ds.rows.filter((r) => isReportRow(r) && shareMismatch(r) !== null);
const fig = (r: ObservationRow) => `${r.value}% of ${r.base}`;
const named = (r: ObservationRow) => `${r.measure} ${r.item} ${r.year} ${r.group} ${r.response} (${fig(r)}, ${r.source_table})`;
const dimensionOf = (group: string) => group.slice(0, group.indexOf(':'));

/** The text of the cell of `row` in a table (its column found by its key), and the table's notes. */
function cellOf(root: ShadowRoot, r: ObservationRow): string | undefined {
  const keys = [...root.querySelectorAll<HTMLElement>('thead th[data-column]')].map((th) => th.dataset.column);
  const i = keys.indexOf(`${r.measure}|${r.year}|${r.group}|${r.response}`);
  const td = root.querySelectorAll<HTMLElement>(`tbody tr[data-item="${r.item}"] td`)[i];
  return td ? words(td.innerText) : undefined;
}
const notesOf = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('ol.table-notes li')].map((li) => words(li.innerText).replace(/^\d+\. /, ''));

describe('figures no whole number of informants gives, wherever they are shown', function () {
  this.timeout(120000);
  afterEach(cleanup);

  it('the dataset has such figures, among them 2019 Table 5.2 Other 43% and 29% of 15', () => {
    const other = unfit.filter((r) => r.group === 'organisation:other' && r.source_table === '5.2').map(fig);
    expect(other).to.deep.equal(['43% of 15', '29% of 15']);
  });

  it('<pioneer-table measure year group> marks each cell "see note N", note N names it; where its table\'s own caveat says it, that caveat is shown and no note', async () => {
    const tables = [...new Set(unfit.map((r) => `${r.measure}|${r.year}|${r.group}`))];
    for (const t of tables) {
      const [measure, year, group] = t.split('|');
      const el = await drawn(mount<PioneerTable>(`<pioneer-table measure="${measure}" year="${year}" group="${group}"></pioneer-table>`, 900));
      const root = el.shadowRoot!;
      const notes = notesOf(root);
      const caveat = root.querySelector<HTMLElement>('.source-note')!;
      for (const r of unfit.filter((u) => `${u.measure}|${u.year}|${u.group}` === t)) {
        const cell = cellOf(root, r);
        expect(cell, named(r)).to.be.a('string');
        if (hasSourceCaveat(r)) {
          expect(caveat.getClientRects().length, `${named(r)}: its table's caveat shown`).to.be.greaterThan(0);
          expect(caveat.textContent, named(r)).to.contain('as printed');
          expect(cell, `${named(r)}: not noted again`).to.not.contain('see note');
          continue;
        }
        const n = Number(/\(see note (\d+)\)/.exec(cell!)?.[1]);
        expect(n, `${named(r)}: "${cell}"`).to.be.greaterThan(0);
        expect(notes[n - 1], named(r)).to.contain(NOTE).and.to.contain(`: ${fig(r)})`);
      }
      // The note is shown, not only present.
      for (const li of root.querySelectorAll('ol.table-notes li')) expect(li.getClientRects().length, t).to.be.greaterThan(0);
      // Only the figures found are marked so.
      const marked = notes.findIndex((n) => n.startsWith(NOTE)) + 1;
      const count = [...root.querySelectorAll('td[data-value]')].filter((td) => words(td.textContent!).includes(`(see note ${marked})`)).length;
      expect(count, `${t}: cells marked`).to.equal(marked ? unfit.filter((u) => `${u.measure}|${u.year}|${u.group}` === t && !hasSourceCaveat(u)).length : 0);
      cleanup();
    }
  });

  it('<pioneer-table group="organisation:other"> (barriers, 2019): both of Table 5.2\'s figures of 15, in one note', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019" group="organisation:other"></pioneer-table>'));
    expect(notesOf(el.shadowRoot!)).to.deep.equal([
      'No whole number of informants out of their printed base gives these figures, so fewer may have answered than the base, or the report misprints them; they are shown as printed: ' +
        'Increased demand for existing services (Very significant, Other: 43% of 15); Information governance regulations making it difficult to share patient/ service user information (Very significant, Other: 29% of 15).',
    ]);
    expect(cellOf(el.shadowRoot!, unfit.find((r) => r.group === 'organisation:other' && r.item === 'increased-demand' && r.measure === 'barrier')!)).to.equal('43% (see note 1)');
  });

  it('<pioneer-compare> without show-intervals says it under its bars and in its Table view, of every such figure of a subgroup', async () => {
    const charts = [...new Set(unfit.filter((r) => r.group !== 'all' && !hasSourceCaveat(r)).map((r) => `${r.measure}|${r.year}|${dimensionOf(r.group)}|${r.response}`))];
    expect(charts.length).to.be.greaterThan(3);
    for (const c of charts) {
      const [measure, year, dimension, response] = c.split('|');
      const el = await drawn(mount<PioneerCompare>(`<pioneer-compare measure="${measure}" year="${year}" dimension="${dimension}" response="${response}"></pioneer-compare>`, 720));
      const root = el.shadowRoot!;
      const drawnNotes = words([...root.querySelectorAll('svg text.note')].map((t) => t.textContent).join(' '));
      const these = unfit.filter((r) => `${r.measure}|${r.year}|${dimensionOf(r.group)}|${r.response}` === c && !hasSourceCaveat(r));
      for (const r of these) expect(drawnNotes, `${named(r)}: under the chart`).to.contain(NOTE).and.to.contain(`(${groupLabel(r.group)}: ${fig(r)})`);
      expect(drawnNotes, c).to.not.contain('interval');
      el.mode = 'table';
      await drawn(el);
      const notes = notesOf(root);
      for (const r of these) {
        const n = Number(/\(see note (\d+)\)/.exec(cellOf(root, r) ?? '')?.[1]);
        expect(n, `${named(r)}: its cell in the Table view`).to.be.greaterThan(0);
        expect(notes[n - 1], named(r)).to.contain(NOTE).and.to.contain(`(${groupLabel(r.group)}: ${fig(r)})`);
        // The chart's own words.
        expect(drawnNotes, named(r)).to.contain(notes[n - 1]);
      }
      cleanup();
    }
  });
});
