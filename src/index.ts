export * from './data/index.js';
export * from './events.js';
export { renderTrend, type TrendOptions, type TrendSeries } from './renderers/trend.js';
export type { ChartMark, RenderResult } from './renderers/shared/types.js';
export { PioneerChart } from './components/base/pioneer-chart.js';
export { AttributeProblem } from './components/base/attribute-problem.js';
export { PioneerTrend } from './components/pioneer-trend/pioneer-trend.js';
