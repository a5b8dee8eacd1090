/**
 * Node entry (built to dist/node/render.js): charts without a browser — standalone SVG and PNG
 * files, server-rendered HTML, and the list of the reports' figures. Used by bin/pioneer-viz.mjs.
 */
export { CHART_TAGS, TABLE_TAGS, UsageError, attributesOf, chartSvgFile, createChartElement, renderServerChart, type ChartTag, type ServerChart } from './charts.js';
export { svgToPng, type PngOptions } from './png.js';
export { MissingPackageError } from './missing-package.js';
export { renderToHtml, type SsrOptions } from './ssr.js';
export { styleSources } from './csp.js';
export { REPORT_FIGURES, type ReportFigure } from './figures.js';
