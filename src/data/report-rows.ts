/**
 * Which rows are the reports' own: the bundled dataset's, by identity (bundled.ts marks them as
 * it decodes them; a chart given rows equal to them, e.g. the package's own CSV through `src`,
 * takes the bundled rows in their place). What the library says of the PIRU reports (their
 * names and references, a question not asked, a table's printed range of bases, a dash, a
 * table's own errors) is said of these rows only: a researcher's figures of another survey are
 * never attributed to them.
 */
import { datasetFact } from './facts.js';
import { pageSingleton } from '../page-singleton.js';
import { keyOf, type Dataset } from './dataset.js';
import { OBSERVATION_COLUMNS, type MissingRow, type ObservationRow } from './types.js';

/**
 * One set for every copy of the package in the page or process: a server app that imports an
 * element module and `pioneer-viz/server` (two copies) draws with the first copy's class and
 * rows, and names their source with the other's functions.
 */
const reportRows = pageSingleton('report-rows', () => new WeakSet<object>());

/** Marks rows as the reports' (the bundled dataset's). */
export function markReportRows(rows: Iterable<object>): void {
  for (const r of rows) reportRows.add(r);
}

/** Whether a row is one of the reports' own figures. */
export function isReportRow(row: object): boolean {
  return reportRows.has(row);
}

/** Whether every row of the dataset is the reports' (the bundled dataset, or rows taken from it). */
export function fromReports(ds: Dataset): boolean {
  return datasetFact(ds, 'from-reports', () => ds.rows.length > 0 && ds.rows.every(isReportRow));
}

/**
 * `rows` with each row equal in every column to one of the reports' (`reports`, the bundled
 * dataset) replaced by that row: the package's own CSV or JSON given to a chart is still the
 * reports' figures, named and cited as such.
 */
export function withReportRows(rows: readonly ObservationRow[], reports: Dataset): ObservationRow[] {
  const index = datasetFact(reports, 'report-row-index', () => new Map(reports.rows.map((r) => [rowKey(r), r])));
  return rows.map((r) => index.get(rowKey(r)) ?? r);
}

const rowKey = (r: ObservationRow): string => OBSERVATION_COLUMNS.map((c) => String(r[c] ?? '')).join('\u0001');

/**
 * Marks each of `gaps` that is one of the reports' (`reports`, the bundled dataset): the same
 * value, charted in the same report's figure with the same printed base (a chart's Data (CSV) gap
 * row read back). Its base is still named as the report's ("2019 report Figure 5.1"); its reason
 * stays the file's. A researcher's gap row is never the reports'.
 */
export function markReportGaps(gaps: readonly MissingRow[], reports: Dataset): void {
  // (Rows of figures alone, as most are, have none to look up.)
  if (!gaps.length) return;
  const keys = new Set(reports.missing.map(gapKey));
  markReportRows(gaps.filter((g) => keys.has(gapKey(g))));
}

const gapKey = (m: MissingRow): string => `${keyOf(m)}|${m.source_survey}|${m.source_figure}|${m.base ?? ''}`;
