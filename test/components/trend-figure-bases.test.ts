/**
 * The years a report shows only in a chart (the 2019 report's Figures 4.1, 5.1 and 6.1) have no
 * value, but the report prints their bases under each figure ("Bases: 2016=97; 2017=98; …"): the
 * trend's Table view, its Data (CSV) download and its long description give each gap year's
 * base and the figure it is printed under, never a value. Every base expected below is read from
 * the report's own text (../shared/seeds/), not from data/.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { parseCsv } from '../../src/data/csv.js';
import { seedText } from '../data/util.js';
import { cleanup, drawn, mount, tableGapCells } from '../helpers.js';
import { descriptionAndTable, readBack } from '../read-back.js';

/** The "Bases: 2016=97; …" line printed after a figure's heading in a report's text, as year → base; null where none follows before the next heading. */
function basesUnder(text: string, figure: string): Map<number, number> | null {
  // The heading, not a sentence that starts "Figure 6.1 shows …": its number is followed by a colon or its title's quote.
  const heading = new RegExp(`^\\W*Figure ${figure.replace('.', '\\.')}(?::|\\s+['‘])`, 'm').exec(text);
  expect(heading, `Figure ${figure}'s heading`).to.not.equal(null);
  const after = text.slice(heading!.index + heading![0].length);
  const next = /^\W*(?:Figure|Table) \d|^#/m.exec(after)?.index ?? after.length;
  const line = /^Bases: (.*)$/m.exec(after.slice(0, next));
  return line ? new Map([...line[1].matchAll(/(\d{4})=(\d+)/g)].map(([, y, n]) => [Number(y), Number(n)])) : null;
}

const headingMetas = (el: PioneerTrend) => [...el.shadowRoot!.querySelectorAll('thead .col-meta')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());

// A trend of each figure, of an item whose 2016–2018 values (and for progress, 2019) are only in it.
const FIGURES = [
  { figure: '4.1', attrs: 'measure="progress" items="joined-up"', item: 'joined-up' },
  { figure: '5.1', attrs: 'measure="barrier" response="very" items="financial-constraints"', item: 'financial-constraints' },
  { figure: '6.1', attrs: 'measure="facilitator" response="very" items="working-relationships"', item: 'working-relationships' },
];

describe('<pioneer-trend>: the bases a report prints under a figure whose values it does not', () => {
  afterEach(cleanup);

  for (const { figure, attrs, item } of FIGURES) {
    it(`2019 report Figure ${figure}: each gap year's Table view column, cell, CSV row and long description give the printed base, no value`, async () => {
      const bases = basesUnder(await seedText(2019), figure)!;
      expect([...bases.keys()], `years under Figure ${figure}`).to.deep.equal([2016, 2017, 2018, 2019]);
      const el = await drawn(mount<PioneerTrend>(`<pioneer-trend ${attrs}></pioneer-trend>`, 900));
      const csv = parseCsv(el.toCsv()).records;
      const where = `2019 report Figure ${figure}`;
      const gapYears: number[] = [];
      for (const [year, n] of bases) {
        const line = csv.find((r) => r.year === String(year))!;
        if (line.value !== '') {
          // A year with a printed value (2019 of Tables 5.1 and 6.1): its table prints the same base.
          expect(line.base, `${year}: the table's base is the figure's`).to.equal(String(n));
          continue;
        }
        gapYears.push(year);
        expect([line.value, line.base, line.source_survey, line.source_table], `CSV ${year}`).to.deep.equal(['', String(n), '2019', `figure:${figure}`]);
      }
      expect(gapYears.length, 'gap years').to.be.at.least(3);
      const columns = gapYears.map((y) => y - 2016);
      const cells = await tableGapCells(el, columns.map((c) => [item, c] as const));
      const metas = headingMetas(el);
      gapYears.forEach((year, k) => {
        const base = `base ${bases.get(year)}; ${where}`;
        expect(cells[k].absent, `${year} is a gap`).to.equal(true);
        expect(metas[columns[k]], `${year}'s heading`).to.match(new RegExp(`^${base}; `));
        expect(cells[k].spoken, `${year}'s cell`).to.match(new RegExp(`\\(${base}\\)\\.$`));
      });
      el.mode = 'chart';
      await el.updateComplete;
      const { description } = await descriptionAndTable(el, () => []);
      // Each gap year's base, in order, in the runs of years it says together ("bases 98 and 80 respectively, …").
      const said = [...description.matchAll(new RegExp(`bases? ([\\d, and]+?)(?: respectively)?, ${where.replace('.', '\\.')}\\)`, 'g'))].flatMap((m) => m[1].split(/, | and /).map(Number));
      expect(said).to.deep.equal(gapYears.map((y) => bases.get(y)));
    });
  }

  it('the 2020 report prints no bases under its Figures 4.1–4.3: its 2020 gap years give none', async () => {
    const text = await seedText(2020);
    for (const figure of ['4.1', '4.2', '4.3']) expect(basesUnder(text, figure), `2020 report Figure ${figure}`).to.equal(null);
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress" items="joined-up"></pioneer-trend>', 900));
    const line = parseCsv(el.toCsv()).records.find((r) => r.year === '2020')!;
    expect([line.value, line.base, line.source_table]).to.deep.equal(['', '', 'figure:4.1']);
    expect(headingMetas(el)).to.satisfy((m: string[]) => !/base/.test(m[4] ?? ''));
  });

  it('read back from its Data (CSV) download, the chart gives the same bases in its Table view', async () => {
    const bases = basesUnder(await seedText(2019), '5.1')!;
    const el = await drawn(mount<PioneerTrend>(`<pioneer-trend ${FIGURES[1].attrs}></pioneer-trend>`, 720));
    for (const [how, back] of await readBack<PioneerTrend>('pioneer-trend', FIGURES[1].attrs, el.toCsv())) {
      back.mode = 'table';
      await back.updateComplete;
      expect(headingMetas(back).slice(0, 3), how).to.deep.equal([2016, 2017, 2018].map((y) => `base ${bases.get(y)}; 2019 report Figure 5.1; see note 1`));
    }
  });
});
