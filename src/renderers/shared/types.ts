import type { ObservationRow } from '../../data/types.js';
import type { PioneerSelectDetail } from '../../events.js';

/** A focusable, announceable mark that a renderer drew (`data-key` on its element). */
export interface ChartMark {
  key: string;
  /** What a screen reader hears and the tooltip shows, e.g. "Barnsley: 7 informants in 2019". */
  label: string;
  /** Tooltip anchor in SVG user units. */
  anchor: [number, number];
  /** Sent with pioneer-select when the mark is activated. */
  detail: Omit<PioneerSelectDetail, 'source'>;
  /** Index of the series/row the mark belongs to (for up/down keyboard moves). */
  series: number;
}

/** What every renderer returns: the marks it drew and the figures it showed. */
export interface RenderResult {
  marks: ChartMark[];
  /** The observation rows the chart shows (for the table view, CSV export, source line). */
  rows: ObservationRow[];
  /** One-sentence text summary built from the data. */
  summary: string;
}

/** The document an SVG lives in: renderers never reach for the global `document`. */
export function docOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}
