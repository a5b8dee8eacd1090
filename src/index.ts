/**
 * The package root (`pioneer-viz`): every element (registered on import), the data and its
 * query layer (as `pioneer-viz/data`), the renderers (as `pioneer-viz/renderers`) and the
 * events, with their types. An app that needs only the data or a renderer imports that subpath,
 * which registers no element.
 */
export * from './data/index.js';
export * from './renderers/index.js';
export * from './events.js';
export { PioneerChart } from './components/base/pioneer-chart.js';
export { AttributeProblem } from './components/base/attribute-problem.js';
export { PioneerTrend } from './components/pioneer-trend/pioneer-trend.js';
export { SiteMap } from './components/site-map/site-map.js';
export { PioneerTable } from './components/pioneer-table/pioneer-table.js';
export { tableModel, type TableModel } from './components/base/data-table.js';
export type { FilterState, FilterKey } from './components/base/filter-state.js';
export { BarrierStack } from './components/barrier-stack/barrier-stack.js';
export { PioneerCompare } from './components/pioneer-compare/pioneer-compare.js';
export { PioneerFilters, type PioneerFilterChangeDetail } from './components/pioneer-filters/pioneer-filters.js';
