/**
 * One published figure: a row of `dist/data/observations.csv`. The same shape is the
 * `data` property every element accepts, so custom datasets and the bundled one are
 * handled by the same code.
 */
export interface ObservationRow {
  /** What was asked, e.g. `barrier`, `objective`, `sample-site`. */
  measure: string;
  /** Stable kebab-case id of the row, e.g. `financial-constraints`. */
  item: string;
  /** The row label exactly as printed in the source table. */
  item_label: string;
  /** The survey year the figure describes. */
  year: number;
  /** `all` or `dimension:value`, e.g. `organisation:la`. */
  group: string;
  /** The answer category, e.g. `very`, `selected`, `count`. */
  response: string;
  /** The number printed. */
  value: number;
  unit: 'percent' | 'count';
  /** The base n printed for the column; null where the report prints none. */
  base: number | null;
  /** Which report: 2019 (fourth survey) or 2020 (fifth survey). For custom data, any year. */
  source_survey: number;
  /** Table number as printed (`5.1`) or a slug (`mdt-initiatives`, `text:5-facilitators`). */
  source_table: string;
}

/** A year-value that a report shows only as a chart: absent, with the reason. */
export interface MissingRow {
  measure: string;
  item: string;
  year: number;
  group: string;
  response: string;
  source_survey: number;
  source_figure: string;
  reason: string;
  /** The base n printed under the figure for that year (2019 report: "Bases: 2016=97; …"); absent or null where none is printed. */
  base?: number | null;
  /** The item's label, as a file's gap row gives it (for an item with no figure in the file). */
  item_label?: string;
}

export interface Site {
  id: string;
  name: string;
  /** The 2020 report's spelling where it differs. */
  alias: string;
  wave: 1 | 2;
  deprivation: 'more' | 'less' | null;
  lat: number;
  lon: number;
  /** Projected position in the bundled map frame (0..1000 × 0..height), computed at build time. */
  x: number;
  y: number;
  /** Where the location comes from (in dist/data/sites.csv; empty in the bundled data). */
  location_note: string;
}

export interface Survey {
  year: number;
  fieldwork: string | null;
  questionnaires: number | null;
  invited: number | null;
  response_rate: number | null;
  report: string;
  source: string;
}

/** The export columns, in order. A public contract. */
export const OBSERVATION_COLUMNS = [
  'measure', 'item', 'item_label', 'year', 'group', 'response', 'value', 'unit', 'base',
  'source_survey', 'source_table',
] as const;
