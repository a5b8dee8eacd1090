// What an app that installed pioneer-viz writes, type-checked against the built package (its
// "exports" and dist/types) under the strictest settings apps use: scripts/check-exports.mjs
// runs tsc on this file after every build. Imports go through the package name, as in an app.
import 'pioneer-viz/barrier-stack';
import 'pioneer-viz/filters';
import 'pioneer-viz/embed';
import 'pioneer-viz/embed-hydrate';
import { BarrierStack, PioneerCompare, PioneerTrend, PioneerTable, PioneerFilters, SiteMap, type FilterState, type PioneerSelectDetail, type PioneerFilterChangeDetail, type StackItem, type CompareData } from 'pioneer-viz';
import { bundledDataset, distribution, parseCsv, publishedSeries, validateRows, wilsonInterval, type ObservationRow } from 'pioneer-viz/data';
import { renderBarrierStack, renderTrend } from 'pioneer-viz/renderers';
import { renderToHtml } from 'pioneer-viz/server';

const stack: BarrierStack = document.createElement('barrier-stack');
stack.setAttribute('measure', 'barrier');
const rows: ObservationRow[] = [];
stack.data = rows;
// An address as a bundler gives one (`new URL('./figures.csv', import.meta.url)`), as the chart
// fetches it and as JSX's src takes it.
const trend: PioneerTrend = document.createElement('pioneer-trend');
trend.src = new URL('figures.csv', location.href);
trend.src = 'figures.csv';
// The table's year as a number, as every other chart's (or `all`, its every year).
const table: PioneerTable = document.createElement('pioneer-table');
table.year = 2019;
table.year = 'all';
// A script unsets an optional property with undefined (as removing its attribute does), also
// under exactOptionalPropertyTypes.
stack.compareYear = undefined;
stack.year = undefined;
stack.height = undefined;
trend.src = undefined;
const map: SiteMap = document.createElement('site-map');
map.wave = undefined;
map.deprivation = undefined;
const filterBar: PioneerFilters = document.createElement('pioneer-filters');
filterBar.year = undefined;
filterBar.organisation = undefined;
// Every other property too: undefined is its default again (README, "Removed"), under `strict`.
stack.mode = undefined;
stack.theme = undefined;
stack.printTable = undefined;
stack.noControls = undefined;
stack.measure = undefined;
stack.group = undefined;
stack.sort = undefined;
stack.diverging = undefined;
trend.measure = undefined;
trend.items = undefined;
trend.response = undefined;
trend.group = undefined;
table.measure = undefined;
table.year = undefined;
table.group = undefined;
table.responses = undefined;
table.items = undefined;
map.colorBy = undefined;
map.layout = undefined;
filterBar.controls = undefined;
filterBar.syncUrl = undefined;
filterBar.label = undefined;
filterBar.theme = undefined;
// A removed attribute leaves its property null (as Lit reads a missing attribute) until the next
// update draws the default, for good where the default is unset (`src`, `height`, a map's
// `deprivation`, a filter bar's choices): the type says so, and a script may unset with null too.
stack.src = null;
stack.height = null;
stack.measure = null;
stack.group = null;
stack.sort = null;
trend.measure = null;
trend.items = null;
trend.response = null;
trend.group = null;
table.measure = null;
table.group = null;
table.responses = null;
table.items = null;
map.colorBy = null;
map.deprivation = null;
map.layout = null;
filterBar.controls = null;
filterBar.measure = null;
filterBar.wave = null;
filterBar.deprivation = null;
filterBar.organisation = null;
filterBar.tenure = null;
filterBar.label = null;
// @ts-expect-error: `stack.sort` reads null after `removeAttribute('sort')`
const shownSort: string | undefined = stack.sort;
void shownSort;

// What an element draws from script as from its attribute, its property takes: keywords in any
// case (`mode="Table"`), a year or a height as a number or its text, and `all` where it is a
// choice (a table's every year, a filter bar's or a map's every wave).
const compare: PioneerCompare = document.createElement('pioneer-compare');
stack.mode = 'Table';
stack.theme = 'DARK';
stack.sort = 'Questionnaire';
stack.measure = 'Facilitator';
stack.year = '2019';
stack.compareYear = 2019;
trend.height = '480';
trend.height = 480;
table.year = 'ALL';
table.year = '2019';
map.layout = 'Grid';
map.colorBy = 'DEPRIVATION';
map.year = '2019';
map.wave = 'all';
map.wave = '1';
map.deprivation = 'More';
compare.dimension = undefined;
compare.measure = undefined;
compare.response = undefined;
compare.year = undefined;
compare.items = undefined;
compare.sort = undefined;
compare.gapGroups = undefined;
compare.showIntervals = undefined;
compare.measure = null;
compare.response = null;
compare.year = null;
compare.items = null;
compare.sort = null;
compare.gapGroups = null;
compare.sort = 'Gap';
compare.year = '2019';
filterBar.year = 'all';
filterBar.year = '2019';
filterBar.wave = 1;
filterBar.theme = 'Dark';
// What an element says is not valid is a type error, on the property as in JSX.
// @ts-expect-error: mode is chart or table
stack.mode = 'graph';
// @ts-expect-error: the stacked bars draw one year (`all` is not valid)
stack.year = 'all';
// @ts-expect-error: the stacked bars sort by severity, questionnaire or alphabetical
stack.sort = 'gap';
// @ts-expect-error: not a measure the stacked bars draw (it has no stacked answers)
stack.measure = 'objective';
// @ts-expect-error: the comparison sorts by questionnaire or gap
compare.sort = 'severity';
// @ts-expect-error: the comparison draws one year (`all` is not valid)
compare.year = 'all';
// @ts-expect-error: the map draws one year's informants (`all` is not valid)
map.year = 'all';
// @ts-expect-error: wave is 1 or 2
map.wave = 3;
// @ts-expect-error: layout is auto, map or grid
map.layout = 'tiles';
// @ts-expect-error: theme is auto, light or dark
filterBar.theme = 'sepia';
// @ts-expect-error: the comparison's sort is questionnaire or gap, also once it took undefined
compare.sort = 'alphabetical';
// @ts-expect-error: layout is auto, map or grid
map.layout = 'Tiles';
// @ts-expect-error: a boolean property takes true, false or undefined, not its attribute's text
stack.diverging = 'true';
// @ts-expect-error: a chart's theme is auto, light or dark
trend.theme = 'sepia';
// An unset property reads undefined until the next update draws the default: the type says so.
// @ts-expect-error: `stack.mode` may be undefined
const shownMode: 'chart' | 'table' | 'Chart' | 'Table' | 'CHART' | 'TABLE' = stack.mode;
void shownMode;

// The events are typed on elements, the document and the window alike.
stack.addEventListener('pioneer-select', (e) => {
  const detail: PioneerSelectDetail = e.detail;
  void detail.item;
});
document.addEventListener('pioneer-filter-change', (e) => {
  // The filter bar's detail is a FilterState (also under exactOptionalPropertyTypes).
  const state: FilterState = e.detail;
  void state.year;
});
window.addEventListener('pioneer-select', (e) => void e.detail.year);
// On an Element (`querySelector('#id')` gives one) and on a shadow root (the events are composed).
document.querySelector('#filters')?.addEventListener('pioneer-filter-change', (e) => void e.detail.year);
document.createElement('div').attachShadow({ mode: 'open' }).addEventListener('pioneer-select', (e) => void e.detail.item);

const points = publishedSeries('objective', 'quality-of-care', 'selected');
const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
renderTrend(svg, [{ item: 'quality-of-care', label: 'Quality of care', points: [...points], colorIndex: 0 }], { width: 640 });
// The renderer only reads a series' points: a readonly array (one kept frozen, or shared) is taken.
const keptPoints: readonly typeof points[number][] = Object.freeze(points);
renderTrend(svg, [{ item: 'quality-of-care', label: 'Quality of care', points: keptPoints, colorIndex: 0 }], { width: 640 });
// The renderers' documented examples, and the types the root gives for them.
const d = distribution(bundledDataset(), 'barrier', 2019);
const items: StackItem[] = d.items.map((i) => ({ ...i, bars: [{ year: 2019, cells: i.cells }] }));
renderBarrierStack(svg, items, { width: 640, measure: 'barrier', responses: d.responses });
const interval = wilsonInterval(48, 64);
void interval.low;
// Rows to check as an app has them: parsed JSON (any), a CSV's records, arrays typed or not.
const text = 'measure,item,year,group,response,value\n';
validateRows(JSON.parse('[]'));
validateRows(parseCsv(text).records);
validateRows(rows);
validateRows([] as unknown[]);
validateRows([] as object[]);
validateRows([] as Record<string, unknown>[]);
validateRows([] as readonly Record<string, string>[]);
// @ts-expect-error: the CSV's parse result, not its rows (`.records`)
validateRows(parseCsv(text));
const noCompare: CompareData | null = null;
const change: PioneerFilterChangeDetail | null = null;
void noCompare;
void change;
const html: string = renderToHtml('barrier-stack', { measure: 'barrier', year: '2019' }, { width: 680 });
void html;
// @ts-expect-error a misspelt element is a type error, not a UsageError at run time
renderToHtml('barrier-stak', {}, { width: 680 });
