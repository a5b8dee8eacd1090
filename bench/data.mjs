// The numbers every library in the benchmark draws. All four get exactly these.
//
// 1. The stacked bars: the 2020 report's Table 5.2 (16 barriers × 4 responses) read from the
//    build's own export, dist/data/observations.json, in the order <barrier-stack> draws them
//    (most "very significant" first, ties in questionnaire order). The update switches to the
//    2019 report's Table 5.1 (13 barriers), as `year="2019"` does for <barrier-stack>.
// 2. The trend: an explicit, fixed SYNTHETIC table (8 items × 2016–2020, values invented for the
//    benchmark, with missing values so that lines must break). The bundled data has no 8 items
//    with five published years (the 2016 and 2020 objective figures were printed only as charts),
//    so the benchmark uses this table rather than real figures with gaps only at the ends.
//    The update swaps in a second fixed table with other values and other gaps.
import { readFileSync } from 'node:fs';

export const RESPONSES = ['very', 'fairly', 'not', 'dont-know'];
export const RESPONSE_LABELS = { very: 'Very significant', fairly: 'Fairly significant', not: 'Not significant', 'dont-know': "Don't know" };
/** The fills <barrier-stack> uses for these responses (src/renderers/shared/response-style.ts). */
export const RESPONSE_COLORS = { very: '#08519C', fairly: '#7DB7E0', not: '#FDB47A', 'dont-know': '#A8A8A8' };
/** Okabe–Ito, the series colours of <pioneer-trend>. */
export const SERIES_COLORS = ['#0072B2', '#B88000', '#009E73', '#CC79A7', '#3892CB', '#D55E00', '#000000', '#756E00'];

export const YEARS = [2016, 2017, 2018, 2019, 2020];

/** Synthetic benchmark data: NOT from the reports. null = missing (a gap in the line). */
const TREND_A = {
  A: [42, 45, 48, null, 55],
  B: [38, 40, 44, 47, 47],
  C: [30, null, 35, 39, 41],
  D: [25, 27, 26, 30, null],
  E: [60, 58, 57, 52, 50],
  F: [null, 20, 24, 28, 33],
  G: [15, 18, null, 22, 26],
  H: [50, 49, 53, 56, 58],
};
const TREND_B = {
  A: [40, null, 50, 53, 57],
  B: [35, 41, 43, 49, null],
  C: [33, 34, 36, null, 44],
  D: [28, 25, null, 31, 34],
  E: [62, 59, 55, 54, 49],
  F: [18, null, 26, 27, 35],
  G: [null, 16, 21, 24, 27],
  H: [47, 52, 51, null, 60],
};

function trendTable(values) {
  const series = Object.entries(values).map(([k, v]) => ({
    item: `bench-${k.toLowerCase()}`,
    label: `Item ${k} (synthetic)`,
    values: v,
  }));
  // The same numbers in the export row format, for <pioneer-trend>'s `data` property
  // (a missing value is an absent row, which is how the export format says "not published").
  const rows = series.flatMap((s) =>
    s.values.flatMap((value, i) =>
      value == null
        ? []
        : [{
            measure: 'objective', item: s.item, item_label: s.label, year: YEARS[i], group: 'all', response: 'selected',
            value, unit: 'percent', base: 100, source_survey: 2020, source_table: 'synthetic benchmark data',
          }],
    ),
  );
  // Long format (one record per item and year, value null where missing) for Plot and Vega-Lite.
  const long = series.flatMap((s) => s.values.map((value, i) => ({ item: s.item, label: s.label, year: YEARS[i], value })));
  return { years: YEARS, series, rows, long };
}

function stackTable(all, year) {
  const rows = all.filter((r) => r.measure === 'barrier' && r.year === year && r.group === 'all');
  const order = [...new Set(rows.map((r) => r.item))];
  const items = order.map((item, i) => {
    const cells = Object.fromEntries(rows.filter((r) => r.item === item).map((r) => [r.response, r.value]));
    return { item, label: rows.find((r) => r.item === item).item_label.replace(/\s+/g, ' ').replace(/\.$/, ''), order: i, ...cells };
  });
  items.sort((a, b) => b.very - a.very || a.order - b.order);
  const tables = [...new Set(rows.map((r) => `${r.source_survey} report Table ${r.source_table}`))];
  // Long format for Plot and Vega-Lite: one record per item and response.
  const long = items.flatMap((it) =>
    RESPONSES.map((r, ri) => ({ item: it.item, label: it.label, response: RESPONSE_LABELS[r], ro: ri, value: it[r] })),
  );
  return { year, tables, items, long };
}

export function benchData(observationsPath) {
  const all = JSON.parse(readFileSync(observationsPath, 'utf8'));
  const stack2020 = stackTable(all, 2020);
  const stack2019 = stackTable(all, 2019);
  if (stack2020.items.length !== 16 || stack2020.items.some((i) => RESPONSES.some((r) => typeof i[r] !== 'number'))) {
    throw new Error(`bench: expected 16 barriers × 4 responses for 2020 in ${observationsPath}, got ${stack2020.items.length}`);
  }
  return {
    responses: RESPONSES,
    responseLabels: RESPONSE_LABELS,
    responseColors: RESPONSE_COLORS,
    seriesColors: SERIES_COLORS,
    stack: { first: stack2020, update: stack2019 },
    trend: { first: trendTable(TREND_A), update: trendTable(TREND_B) },
  };
}
