/**
 * Every printed total equals the sum of its rows (Tables 3.1–3.5 of both reports, each survey
 * year), and the 2020 report's 2016–2019 columns equal the 2019 report's figures.
 *
 * The 2019 report's Tables 3.1–3.4 are in the bundled data (source_survey 2019). The 2020
 * report's 2020 column is in the bundled data (source_survey 2020); its 2016–2019 columns are
 * kept only in data/crosscheck-2020.csv, which this test fetches from the test server.
 */
import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import { keyOf } from '../../src/data/dataset.js';
import type { ObservationRow } from '../../src/data/types.js';
import { fetchRows, sum } from './util.js';

const ds = bundledDataset();
const SAMPLE = ['sample-site', 'sample-wave', 'sample-organisation', 'sample-job'] as const;
const TABLE_OF: Record<(typeof SAMPLE)[number], string> = {
  'sample-site': '3.1',
  'sample-wave': '3.2',
  'sample-organisation': '3.3',
  'sample-job': '3.4',
};
/** The year columns each report prints in Tables 3.1–3.4. */
const REPORT_YEARS: Record<number, number[]> = { 2019: [2016, 2017, 2018, 2019], 2020: [2016, 2017, 2018, 2019, 2020] };
/** The Total row of Table 3.1 as printed (2019 report: 98 105 85 67; 2020 report: 98 105 85 67 58). */
const PRINTED_TOTALS: Record<number, number[]> = { 2019: [98, 105, 85, 67], 2020: [98, 105, 85, 67, 58] };

let crosscheck: ObservationRow[] = [];
/** All the cells of Tables 3.1–3.5 that one report prints. */
let report: Record<number, ObservationRow[]> = {};

before(async () => {
  crosscheck = await fetchRows('/data/crosscheck-2020.csv');
  const sampleRows = ds.rows.filter((r) => r.measure.startsWith('sample-') && /^\d/.test(r.source_table));
  report = {
    2019: sampleRows.filter((r) => r.source_survey === 2019),
    2020: [...sampleRows.filter((r) => r.source_survey === 2020), ...crosscheck],
  };
});

const cells = (survey: number, measure: string, year: number) =>
  report[survey].filter((r) => r.measure === measure && r.year === year && r.group === 'all' && r.response === 'count');

describe('data: printed totals', () => {
  for (const survey of [2019, 2020]) {
    describe(`${survey} report`, () => {
      REPORT_YEARS[survey].forEach((year, i) => {
        it(`Table 3.1, ${year}: the 25 site rows sum to the printed Total (${PRINTED_TOTALS[survey][i]})`, () => {
          const rows = cells(survey, 'sample-site', year);
          const total = rows.filter((r) => r.item === 'total');
          expect(total, 'one Total row').to.have.length(1);
          expect(total[0].value).to.equal(PRINTED_TOTALS[survey][i]);
          expect(total[0].source_table).to.equal('3.1');
          const sites = rows.filter((r) => r.item !== 'total');
          expect(sites).to.have.length(25);
          expect(sum(sites)).to.equal(total[0].value);
        });

        for (const measure of ['sample-wave', 'sample-organisation', 'sample-job'] as const) {
          it(`Table ${TABLE_OF[measure]}, ${year}: rows sum to the Table 3.1 Total (the table prints no total row)`, () => {
            const rows = cells(survey, measure, year);
            expect(rows.length).to.be.greaterThan(1);
            expect(rows.every((r) => r.source_table === TABLE_OF[measure])).to.equal(true);
            expect(rows.some((r) => r.item === 'total')).to.equal(false);
            expect(sum(rows)).to.equal(PRINTED_TOTALS[survey][i]);
          });
        }

        it(`Table 3.1 wave column, ${year}: site rows grouped by wave equal Table 3.2`, () => {
          const sites = cells(survey, 'sample-site', year).filter((r) => r.item !== 'total');
          const waveOf = new Map(ds.sites.map((s) => [s.id, s.wave]));
          for (const wave of [1, 2]) {
            const bySites = sum(sites.filter((r) => waveOf.get(r.item) === wave));
            const printed = cells(survey, 'sample-wave', year).find((r) => r.item === `wave-${wave}`);
            expect(bySites, `wave ${wave}`).to.equal(printed?.value);
          }
        });
      });

      it('Table 3.5: years in the area (a) and in the current post (b) each sum to the sample', () => {
        const year = survey;
        const rows = report[survey].filter((r) => r.measure === 'sample-tenure' && r.year === year && r.response === 'count');
        expect(rows.every((r) => r.source_table === '3.5')).to.equal(true);
        const a = rows.filter((r) => r.item.startsWith('area-'));
        const b = rows.filter((r) => r.item.startsWith('post-'));
        expect(a).to.have.length(6);
        expect(b).to.have.length(6);
        const total = PRINTED_TOTALS[survey][PRINTED_TOTALS[survey].length - 1];
        expect(sum(a)).to.equal(total);
        // 2020 report, Table 3.5 footnote 1 on "b) Current post": "Two cases are missing."
        expect(sum(b)).to.equal(survey === 2020 ? total - 2 : total);
      });

      it('the Table 3.1 totals equal the questionnaires analysed in surveys.json', () => {
        REPORT_YEARS[survey].forEach((year, i) => {
          expect(ds.surveys.find((s) => s.year === year)?.questionnaires, String(year)).to.equal(PRINTED_TOTALS[survey][i]);
        });
      });
    });
  }
});

describe('data: the 2020 report agrees with the 2019 report (Tables 3.1–3.4, 2016–2019)', () => {
  it('crosscheck-2020.csv holds the 2016–2019 columns of the 2020 report and nothing else', () => {
    expect(crosscheck).to.have.length(164); // (25 sites + Total) × 4 + 2 waves × 4 + 4 organisations × 4 + 9 jobs × 4
    for (const r of crosscheck) {
      expect(r.source_survey).to.equal(2020);
      expect(r.year).to.be.within(2016, 2019);
      expect(SAMPLE as readonly string[]).to.include(r.measure);
      expect(r.source_table).to.equal(TABLE_OF[r.measure as (typeof SAMPLE)[number]]);
    }
  });

  it('every 2016–2019 cell of the 2020 report equals the 2019 report’s figure in the bundled data', () => {
    const byKey = new Map(ds.rows.map((r) => [keyOf(r), r]));
    const differ: string[] = [];
    for (const c of crosscheck) {
      const r = byKey.get(keyOf(c));
      expect(r, `no 2019-report row for ${keyOf(c)}`).to.not.equal(undefined);
      expect(r!.source_survey).to.equal(2019);
      expect(r!.source_table).to.equal(c.source_table);
      if (r!.value !== c.value) differ.push(`${keyOf(c)}: 2019 report ${r!.value}, 2020 report ${c.value}`);
    }
    expect(differ).to.deep.equal([]);
  });

  it('the 2019 report prints no 2016–2019 cell of Tables 3.1–3.4 that the 2020 report lacks', () => {
    const keys = new Set(crosscheck.map(keyOf));
    const only2019 = report[2019].filter((r) => r.measure !== 'sample-tenure' && !keys.has(keyOf(r))).map(keyOf);
    expect(only2019).to.deep.equal([]);
  });

  it('the bundled data keeps one row per figure: the 2016–2019 sample columns come from the 2019 report only', () => {
    const sample2020 = ds.rows.filter((r) => r.measure.startsWith('sample-') && r.source_survey === 2020);
    expect(sample2020.length).to.be.greaterThan(0);
    expect(sample2020.filter((r) => r.year !== 2020).map(keyOf)).to.deep.equal([]);
    const sample2019 = ds.rows.filter((r) => r.measure.startsWith('sample-') && r.source_survey === 2019);
    expect(sample2019.every((r) => r.year >= 2016 && r.year <= 2019)).to.equal(true);
  });
});
