// An app still on `moduleResolution: "node"` (node10), which reads no "exports": each subpath's
// types come from package.json "typesVersions" (scripts/check-exports.mjs checks this file too).
import 'pioneer-viz/embed';
import { PioneerTrend } from 'pioneer-viz/trend';
import { BarrierStack } from 'pioneer-viz/barrier-stack';
import { PioneerFilters } from 'pioneer-viz/filters';
import { PioneerCompare } from 'pioneer-viz/compare';
import { SiteMap } from 'pioneer-viz/site-map';
import { PioneerTable } from 'pioneer-viz/table';
import { renderTrend } from 'pioneer-viz/renderers';
import { bundledDataset, type ObservationRow } from 'pioneer-viz/data';

const elements = [PioneerTrend, BarrierStack, PioneerFilters, PioneerCompare, SiteMap, PioneerTable];
const rows: readonly ObservationRow[] = bundledDataset().rows;
const trend: PioneerTrend = document.createElement('pioneer-trend');
trend.data = rows;
void elements;
void renderTrend;
