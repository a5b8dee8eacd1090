/**
 * A size option as a number to lay out with: `value` where it is a finite number, else
 * `fallback` (NaN from a failed measurement, Infinity from a division by zero, or nothing
 * given). `Math.max` alone lets NaN through into every coordinate.
 */
export const finiteOr = <F extends number | undefined>(value: number | undefined, fallback: F): number | F =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** Index `i` into a cycle of `n` (a palette, a set of markers), negative indices included. */
export const cycle = (i: number, n: number): number => ((Math.trunc(i) % n) + n) % n || 0;

/**
 * Throws a RangeError naming a figure that is not a finite number (NaN from a failed parse):
 * drawn, it would become NaN coordinates and a "NaN%" label, or break the summary.
 */
export function assertFigures(renderer: string, rows: Iterable<{ value: number; item?: string; response?: string; year?: number } | null | undefined>): void {
  for (const r of rows) {
    if (r && !Number.isFinite(r.value)) {
      throw new RangeError(`${renderer}: the figure of ${[r.item, r.year, r.response].filter((p) => p != null).join(', ') || 'a row'} is ${String(r.value)}, not a number.`);
    }
  }
}
