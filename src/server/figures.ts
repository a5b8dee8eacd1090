/**
 * The charts of the two reports that the dataset supports, each named after its report table
 * (`2019-table-5.1-barriers`). Prose-only figures and single-column tables without a chart
 * (MDT initiatives, the 2020 report's text figures) are left out.
 */
export interface ReportFigure {
  /** File name without extension. */
  name: string;
  tag: 'barrier-stack' | 'pioneer-trend' | 'site-map' | 'pioneer-compare';
  attributes: Record<string, string>;
}

const compare = (table: string, measure: string, noun: string, dimensions: string[]): ReportFigure[] =>
  dimensions.map((dimension) => ({
    name: `2019-table-${table}-${noun}-by-${dimension}`,
    tag: 'pioneer-compare',
    attributes: { measure, dimension, year: '2019' },
  }));

/** The sample: the sites map of that year. */
const sitesMap = (year: number): ReportFigure => ({ name: `${year}-table-3.1-sites-map`, tag: 'site-map', attributes: { year: String(year) } });

/**
 * The sample by wave, organisation, job and tenure across the survey years: once, under the 2020
 * report, whose Tables 3.2–3.5 have every year 2016–2020 (the 2019 report's stop at 2019; a
 * trend drawn for it would be the same chart, with 2020 in it).
 */
const sampleTrends: ReportFigure[] = [
  { name: '2020-table-3.2-informants-by-wave', tag: 'pioneer-trend', attributes: { measure: 'sample-wave' } },
  { name: '2020-table-3.3-informants-by-organisation', tag: 'pioneer-trend', attributes: { measure: 'sample-organisation' } },
  { name: '2020-table-3.4-informants-by-job', tag: 'pioneer-trend', attributes: { measure: 'sample-job' } },
  { name: '2020-table-3.5-informants-by-tenure', tag: 'pioneer-trend', attributes: { measure: 'sample-tenure' } },
];

/** Every chart of the 2019 and 2020 reports, in report order. */
export const REPORT_FIGURES: readonly ReportFigure[] = [
  sitesMap(2019),
  { name: '2019-table-4.1-objectives', tag: 'pioneer-trend', attributes: { measure: 'objective', response: 'selected' } },
  ...compare('4.2', 'objective', 'objectives', ['organisation']),
  ...compare('4.3', 'objective', 'objectives', ['tenure', 'deprivation']),
  { name: '2019-table-4.4-progress', tag: 'barrier-stack', attributes: { measure: 'progress', year: '2019' } },
  ...compare('4.5', 'progress', 'progress', ['organisation']),
  ...compare('4.6', 'progress', 'progress', ['tenure', 'deprivation']),
  { name: '2019-table-5.1-barriers', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2019' } },
  ...compare('5.2', 'barrier', 'barriers', ['organisation']),
  ...compare('5.3', 'barrier', 'barriers', ['tenure', 'deprivation']),
  { name: '2019-table-6.1-facilitators', tag: 'barrier-stack', attributes: { measure: 'facilitator', year: '2019' } },
  ...compare('6.2', 'facilitator', 'facilitators', ['organisation']),
  ...compare('6.3', 'facilitator', 'facilitators', ['tenure', 'deprivation']),
  ...compare('7.1', 'priority', 'priorities', ['organisation']),
  ...compare('7.2', 'challenge', 'challenges', ['organisation']),
  sitesMap(2020),
  ...sampleTrends,
  { name: '2020-table-5.1-covid-effects', tag: 'barrier-stack', attributes: { measure: 'covid-effect', year: '2020' } },
  { name: '2020-table-5.2-barriers', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2020' } },
  { name: '2020-table-5.2-barriers-compared-with-2019', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2020', 'compare-year': '2019' } },
];
