/**
 * <site-map>'s Data (CSV) download read back through `src` (as CSV, or as the same rows in JSON)
 * or `data`: the map drawn from its own file shows and says what the map did. Each site's label
 * lists its count of every year, so the file holds every year's count of the sites shown (not
 * the year drawn only); the total note cites the report's total row, so the file holds each
 * year's total row; a site not on the map is named under it with its count, so the file holds
 * its row. A file of one year's rows (an older download, or a researcher's) still draws as it did.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/site-map/site-map.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { formatCsv, parseCsv } from '../../src/data/csv.js';
import { OBSERVATION_COLUMNS } from '../../src/data/types.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { chartOfFile, chartOfRows, descriptionAndTable, readBack } from '../read-back.js';

const TOTAL_2020 = '58 key informants in all in 2020 (the total row of Table 3.1, 2020 report).';
const SOUTH_TYNESIDE_2020 =
  'South Tyneside — Wave 1, more deprived; 2 informants in 2020 (informants 2016: 6, 2017: 4, 2018: 6, 2019: 4, from 2019 report Table 3.1; 2020: 2, from 2020 report Table 3.1)';

const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const notes = (el: SiteMap) => [...el.shadowRoot!.querySelectorAll('[part="note"]')].filter((n) => n.getClientRects().length > 0).map((n) => words(n.textContent)).filter(Boolean);
const label = (el: SiteMap, site: string) => el.marks.find((m) => m.key === site)?.label;

/** The chart of a file (`src`, at a blob address) or of rows (`data`), drawn. */
const fromFile = (attributes: string, text: string, ext: 'csv' | 'json') => chartOfFile<SiteMap>('site-map', attributes, text, ext);
const fromRows = (attributes: string, rows: readonly object[]) => chartOfRows<SiteMap>('site-map', attributes, rows);

/**
 * What a reader sees and hears of the map: its title, the marks' labels and sizes, the legend,
 * the notes, summary and source, the long description, and the Table view with its notes.
 */
async function shown(el: SiteMap) {
  const root = el.shadowRoot!;
  const chart = {
    message: el.message,
    title: words(root.querySelector('[part="title"]')?.textContent),
    marks: el.marks.map((m) => m.label),
    sizes: [...root.querySelectorAll('path.site')].map((m) => m.getAttribute('data-reach')),
    legend: words(root.querySelector('g.legend')?.textContent),
    notes: notes(el),
    summary: el.summary,
    source: words(root.querySelector('.source')?.textContent),
  };
  return { ...chart, ...(await descriptionAndTable(el, () => [...notes(el), words(root.querySelector('.table-notes')?.textContent)])) };
}

describe('<site-map>: its CSV read back', () => {
  afterEach(cleanup);

  it("as src (CSV or JSON) or data, labels each site with every year's count and cites the total row, as the map did, and downloads the same file again", async () => {
    for (const attributes of ['', 'year="2019" layout="grid"', 'year="2019" deprivation="less"']) {
      const first = await drawn(mount<SiteMap>(`<site-map ${attributes}></site-map>`, 720));
      const before = await shown(first);
      if (!attributes) {
        expect(label(first, 'south-tyneside')).to.equal(SOUTH_TYNESIDE_2020);
        expect(before.notes).to.include(TOTAL_2020);
      }
      const csv = first.toCsv();
      for (const [how, again] of await readBack<SiteMap>('site-map', attributes, csv)) {
        const at = `${attributes || 'default'}, ${how}`;
        expect(again.message, at).to.equal(null);
        if (!attributes) {
          expect(label(again, 'south-tyneside'), at).to.equal(SOUTH_TYNESIDE_2020);
          expect(notes(again), at).to.include(TOTAL_2020);
        }
        expect(await shown(again), at).to.deep.equal(before);
        expect(again.toCsv(), at).to.equal(csv);
      }
      cleanup();
    }
  });

  it("drawn from its file at another of the file's years, says what the map says of that year (its labels, its printed total)", async () => {
    const csv = (await drawn(mount<SiteMap>('<site-map></site-map>', 720))).toCsv();
    const bundled = await shown(await drawn(mount<SiteMap>('<site-map year="2017"></site-map>', 720)));
    expect(bundled.notes).to.include('105 key informants in all in 2017 (the total row of Table 3.1, 2019 report).');
    const again = await fromFile('year="2017"', csv, 'csv');
    expect(again.message).to.equal(null);
    const after = await shown(again);
    // The Table view of the 2017 map gives its own years' note; the rest is the same.
    expect({ ...after, tableNotes: [] }).to.deep.equal({ ...bundled, tableNotes: [] });
    expect(after.tableNotes.join(' ')).to.contain("The map draws the counts of 2017; the table gives each site's count in every year, as its tooltip does.");
  });

  it('names a site not on the map (a researcher\'s row) with its count, read back from its own file too', async () => {
    const records = parseCsv((await drawn(mount<SiteMap>('<site-map></site-map>', 720))).toCsv()).records;
    const hull = { ...records.find((r) => r.item === 'barnsley' && r.year === '2020')!, item: 'hull', item_label: 'Hull', value: '4', site_wave: '', site_deprivation: '' };
    const own = await fromRows('', [...records, hull]);
    const unplaced = 'Not on the map (not Pioneer sites): Hull (4).';
    expect(own.message).to.equal(null);
    expect(notes(own)).to.include(unplaced);
    const before = await shown(own);
    const csv = own.toCsv();
    for (const [how, again] of await readBack<SiteMap>('site-map', '', csv)) {
      expect(notes(again), how).to.include(unplaced);
      expect(await shown(again), how).to.deep.equal(before);
    }
    // Its row, of the year drawn only (the note gives no other), is in the file and in the Table view.
    expect(parseCsv(csv).records.filter((r) => r.item === 'hull').map((r) => `${r.year}: ${r.value}`)).to.deep.equal(['2020: 4']);
    expect(before.table).to.contain('Hull (not on the map)');
  });

  it("holds every year's count the labels give and each year's total row; a file of one year's rows (an older download) draws as it did, with that year only", async () => {
    const csv = (await drawn(mount<SiteMap>('<site-map year="2019"></site-map>', 720))).toCsv();
    const records = parseCsv(csv).records;
    expect([...new Set(records.map((r) => r.year))]).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
    expect(records.filter((r) => r.item === 'total').map((r) => `${r.year}: ${r.value} (${r.source_survey} Table ${r.source_table})`)).to.deep.equal([
      '2016: 98 (2019 Table 3.1)', '2017: 105 (2019 Table 3.1)', '2018: 85 (2019 Table 3.1)', '2019: 67 (2019 Table 3.1)', '2020: 58 (2020 Table 3.1)',
    ]);
    for (const r of records.filter((r) => r.item !== 'total')) expect(r.site_wave, r.item).to.match(/^[12]$/);
    // The older format: the year's rows of the sites only (no other year, no total row).
    const old = records.filter((r) => r.year === '2019' && r.item !== 'total');
    expect(old).to.have.length(25);
    const fromOld = await fromFile('year="2019"', formatCsv(old, [...OBSERVATION_COLUMNS, 'site_wave', 'site_deprivation', 'note']), 'csv');
    expect(fromOld.message).to.equal(null);
    expect(label(fromOld, 'barnsley')).to.equal('Barnsley — Wave 1, more deprived; 7 informants in 2019 (informants 2019: 7, from 2019 report Table 3.1)');
    const after = await shown(fromOld);
    // The sum of the file's counts (it has no total row), which is 67 here too.
    expect(after.notes).to.include('67 key informants in 2019 at the 25 sites shown (the sum of their counts).');
    expect(after.summary).to.equal((await shown(await drawn(mount<SiteMap>('<site-map year="2019"></site-map>', 720)))).summary);
    // Its table is of the one year: no note on years the map does not draw.
    expect(after.table).to.contain('Barnsley (Wave 1, more deprived) 7');
    expect(after.tableNotes.join(' ')).not.to.contain('The map draws the counts');
    expect(parseCsv(fromOld.toCsv()).records.map((r) => `${r.item}|${r.year}|${r.value}`)).to.deep.equal(old.map((r) => `${r.item}|${r.year}|${r.value}`));
  });

  it("filtered, sizes its marks read back by the largest count of any site, as the map did: the file gives that site's row though it is not shown", async () => {
    for (const attributes of ['wave="2"', 'wave="2" year="2017" layout="grid"', 'deprivation="less"']) {
      const first = await drawn(mount<SiteMap>(`<site-map ${attributes}></site-map>`, 720));
      const before = await shown(first);
      const csv = first.toCsv();
      for (const [how, again] of await readBack<SiteMap>('site-map', attributes, csv)) {
        const at = `${attributes}, ${how}`;
        expect(again.message, at).to.equal(null);
        expect(await shown(again), at).to.deep.equal(before);
        expect(again.toCsv(), at).to.equal(csv);
      }
      cleanup();
    }
    // Wave 2's largest count is 14; the marks are scaled to 17, a wave 1 site's: its row is last,
    // saying why, and it is not in the Table view.
    const map = await drawn(mount<SiteMap>('<site-map wave="2"></site-map>', 720));
    const records = parseCsv(map.toCsv()).records;
    const last = records[records.length - 1];
    expect([last.value, last.site_wave, last.note]).to.deep.equal(['17', '1', "not shown on this map: the largest count of any site in any year, which the marks' sizes are scaled to"]);
    expect(Math.max(...records.slice(0, -1).map((r) => Number(r.value)))).to.equal(14);
    expect((await shown(map)).table).not.to.contain(last.item_label);
    // A file without it (an older download) sizes the marks by its own largest count, as before.
    const fromOld = await fromFile('wave="2"', formatCsv(records.slice(0, -1), [...OBSERVATION_COLUMNS, 'site_wave', 'site_deprivation', 'note']), 'csv');
    const reach = (el: SiteMap) => [...el.shadowRoot!.querySelectorAll('path.site')].map((m) => Number(m.getAttribute('data-reach')));
    expect(Math.max(...reach(fromOld))).to.be.greaterThan(Math.max(...reach(map)));
  });
});
