/**
 * The places of a grid (columns at `lefts`, rows at `tops`: a box's top-left corners) in rings
 * outward from a point, for a search that ends as soon as nothing farther out can do better than
 * what it found (placeTooltip's keyboard places): on a phone's map most of some thousands of
 * places are then never looked at, and nothing is sorted but the columns and the rows.
 *
 * Columns are ranked by how far a box of `size` in them lies from the point across (0 where it
 * spans the point), rows by how far down; ring k holds the places whose column or row is the
 * k-th of its rank, the other no farther. Every place of ring k or later lies at least
 * ringNearest(k) from the point (the lesser of the k-th column's and the k-th row's distance),
 * which never falls as k grows; a search stops at the first ring too far to matter.
 */
export interface GridRings {
  /** Column and row indices, nearest first. */
  columns: number[];
  rows: number[];
  /** How far across a box in each column lies from the point; how far down in each row. */
  across: number[];
  down: number[];
  /** How many rings. */
  count: number;
}

export function gridRings(lefts: readonly number[], tops: readonly number[], point: { x: number; y: number }, size: { width: number; height: number }): GridRings {
  // The sums distanceTo does (placeTooltip), for the same numbers: Math.hypot(across, down) is
  // a place's distance to the bit.
  const across = lefts.map((left) => Math.max(left - point.x, 0, point.x - (left + size.width)));
  const down = tops.map((top) => Math.max(top - point.y, 0, point.y - (top + size.height)));
  const byNearness = (away: number[]) => away.map((_, i) => i).sort((a, b) => away[a] - away[b] || a - b);
  return { columns: byNearness(across), rows: byNearness(down), across, down, count: Math.max(lefts.length, tops.length) };
}

/** The least distance from the point of a place in ring k or any later one. */
export function ringNearest({ columns, rows, across, down }: GridRings, k: number): number {
  return Math.min(k < columns.length ? across[columns[k]] : Infinity, k < rows.length ? down[rows[k]] : Infinity);
}

/** Visits each place of ring k once, as (column, row), in no particular order within the ring. */
export function forEachInRing({ columns, rows }: GridRings, k: number, visit: (column: number, row: number) => void): void {
  // The k-th column with the rows up to the k-th, then the k-th row with the columns before it.
  if (k < columns.length) for (let r = 0; r <= Math.min(k, rows.length - 1); r++) visit(columns[k], rows[r]);
  if (k < rows.length) for (let c = 0; c < Math.min(k, columns.length); c++) visit(columns[c], rows[k]);
}
