/**
 * The pure renderers on their own (`pioneer-viz/renderers`): each draws into an SVG element
 * you give it, from data you give it, and registers no element. Import the elements (or the
 * package root) for charts with their shell, table, keyboard access and downloads.
 */
export { renderBarrierStack, barrierStackSummary, sortStackItems, type BarrierStackOptions, type StackBar, type StackItem, type StackSort } from './barrier-stack.js';
export { renderTrend, trendSummary, type TrendOptions, type TrendSeries } from './trend.js';
export { renderSiteMap, renderSiteGrid, siteSummary, type SiteMapOptions, type SiteColorBy, type SiteLayout } from './site-map.js';
export { renderCompare, type CompareData, type CompareGroup, type CompareItem, type CompareOptions, type CompareSort } from './compare.js';
export type { ChartMark, RenderResult } from './shared/types.js';
