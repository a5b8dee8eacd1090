import type { MissingRow, ObservationRow, Site, Survey } from './types.js';

/**
 * A dataset: the observation rows, the explicitly missing year-values, and (for the
 * bundled data) the sites and surveys. Elements receive one of these, either the
 * bundled dataset or one built from a custom `data` / `src`.
 */
export interface Dataset {
  readonly rows: readonly ObservationRow[];
  readonly missing: readonly MissingRow[];
  readonly sites: readonly Site[];
  readonly surveys: readonly Survey[];
}

/**
 * A dataset of observation rows (and optionally the figure-only values, the sites and the
 * surveys), indexed for the query layer. The rows are taken as they are: check rows of
 * unknown origin with `validateRows` first (the elements' `data` property does).
 */
export function createDataset(
  rows: readonly ObservationRow[],
  missing: readonly MissingRow[] = [],
  sites: readonly Site[] = [],
  surveys: readonly Survey[] = [],
): Dataset {
  return { rows, missing, sites, surveys };
}

/** The unique key of a figure: measure|item|year|group|response. */
export function keyOf(r: Pick<ObservationRow, 'measure' | 'item' | 'year' | 'group' | 'response'>): string {
  return `${r.measure}|${r.item}|${r.year}|${r.group}|${r.response}`;
}

interface DatasetIndex {
  byKey: Map<string, ObservationRow>;
  missingByKey: Map<string, MissingRow>;
  byMeasure: Map<string, ObservationRow[]>;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** Indexes a dataset once (cached per dataset object). */
export function indexOf(ds: Dataset): DatasetIndex {
  let idx = indexes.get(ds);
  if (!idx) {
    const byKey = new Map<string, ObservationRow>();
    const byMeasure = new Map<string, ObservationRow[]>();
    for (const r of ds.rows) {
      byKey.set(keyOf(r), r);
      let list = byMeasure.get(r.measure);
      if (!list) byMeasure.set(r.measure, (list = []));
      list.push(r);
    }
    const missingByKey = new Map<string, MissingRow>();
    for (const m of ds.missing) missingByKey.set(keyOf(m), m);
    idx = { byKey, missingByKey, byMeasure };
    indexes.set(ds, idx);
  }
  return idx;
}

/**
 * Why the dataset has no figure for `cell`: the reason of its gap row (a report's, or a file's as
 * its CSV wrote it), else `otherwise` (the plain fact, in the chart's words).
 */
export function gapReasonOf(ds: Dataset, cell: Pick<ObservationRow, 'measure' | 'item' | 'year' | 'group' | 'response'>, otherwise: string): string {
  return indexOf(ds).missingByKey.get(keyOf(cell))?.reason || otherwise;
}
