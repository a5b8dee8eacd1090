import type { ObservationRow } from '../../data/types.js';
import type { PioneerSelectDetail } from '../../events.js';

/** A focusable, announceable mark that a renderer drew (`data-key` on its element). */
export interface ChartMark {
  key: string;
  /** What a screen reader hears and the tooltip shows, e.g. "Barnsley: 7 informants in 2019". */
  label: string;
  /** What the tooltip shows instead, where it is shorter than `label` (a trend's gap: without the printed base, too tall for a phone's plot). */
  tip?: string;
  /** Tooltip anchor in SVG user units. */
  anchor: [number, number];
  /** Sent with pioneer-select when the mark is activated. */
  detail: Omit<PioneerSelectDetail, 'source'>;
  /** Index of the series/row the mark belongs to (for up/down keyboard moves). */
  series: number;
  /** Set on a mark with no figure (a gap, whose label says why): the keyboard does not start on one. */
  gap?: boolean;
}

/** What every renderer returns: the marks it drew and the figures it showed. */
export interface RenderResult {
  marks: ChartMark[];
  /** The observation rows the chart shows (for the table view, CSV export, source line). */
  rows: ObservationRow[];
  /** One-sentence text summary built from the data. */
  summary: string;
  /** Values the chart shows as missing, each with why (the table view gives the reason in its cell). */
  gaps?: GapCell[];
  /**
   * Set where `options.height` asked for less than the chart needs at this width (its rows'
   * labels would overlap): the height it was drawn at instead.
   */
  heightNeeded?: number;
  /** The key an exported figure draws, for a chart whose legend is HTML outside its SVG (the trend's). */
  key?: KeyEntry[];
  /**
   * Notes drawn in the chart (a comparison's, in its SVG) that its Table view gives too, in a
   * table's words, after its numbered notes ("Sorted by the gap …"; what no whole number of
   * informants gives): each figure of a note's `rows` says "see note N" in its cell. The
   * chart's element adds them to its table (tableModel's `figureNotes`).
   */
  tableNotes?: TableNote[];
}

/** A note under a chart's table (RenderResult.tableNotes), and the figures it concerns, if any. */
export interface TableNote {
  text: string;
  rows?: readonly ObservationRow[];
}

/** One entry of an exported figure's key: the series' whole label, its colour and its marker. */
export interface KeyEntry {
  label: string;
  /** A colour, or `var(--pioneer-color-N, #hex)` as the marks are drawn with. */
  color: string;
  /** The marker's path, centred on 0,0. */
  marker: string;
  /** A series with no value in any year: keyed as its gap markers are drawn (hollow, dashed, no line). */
  hollow?: boolean;
}

/** A base n a report prints for a value it does not, and where: under its "Figure 4.1"; `n` null where the figure prints none. */
export interface PrintedBase {
  n: number | null;
  source: string;
}

/** A value a chart shows as a gap: where the rows would have it (a row's key and label), and why it is not there. */
export type GapCell = Pick<ObservationRow, 'measure' | 'item' | 'item_label' | 'year' | 'group' | 'response'> & {
  /** e.g. "Shown only in Figure 4.1 of the 2019 report …; not published as numbers." */
  reason: string;
  /**
   * The base printed under the figure that shows it, and which figure (`source`: "2019 report
   * Figure 4.1"): the report gives the base of a year it charts without printing its value.
   */
  printedBase?: PrintedBase;
  /**
   * Where the chart draws it among its result's `rows`: how many of them come before it (a
   * comparison's cell with no figure, among its item's groups). Left out: in its series, by year.
   */
  rowsBefore?: number;
};

/** The document an SVG lives in: renderers never reach for the global `document`. */
export function docOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}
