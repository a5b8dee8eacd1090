/**
 * Wilson score intervals for the published percentages: how far a percentage of a small
 * base could move by chance alone. The reports print a percentage and its base, not the
 * count, so the interval is computed from the proportion `percent / 100` and the base n.
 *
 * For a proportion p of n and the normal quantile z (1.96 for 95%), the Wilson score
 * interval is
 *
 *   (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)
 *
 * Unlike the simple p ± z·√(p(1−p)/n) it never leaves 0–100% and stays sensible at 0% and
 * 100% and for the small bases (15–41) of the reports' subgroup tables.
 */

/** A confidence interval in percent (0–100). */
export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95% interval. */
export const Z_95 = 1.96;

/**
 * The Wilson score interval of `percent` (0–100) of `base` informants, in percent.
 * `z` defaults to 1.96 (95%). Throws a RangeError when the percent is outside 0–100, the
 * base is not a positive finite number, or z is not positive: there is no interval to give.
 *
 * @example wilsonInterval(44, 64) // ≈ { low: 32.5, high: 56.2 }
 */
export function wilsonInterval(percent: number, base: number, z: number = Z_95): Interval {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new RangeError(`percent must be within 0–100 (got ${percent})`);
  if (!Number.isFinite(base) || base <= 0) throw new RangeError(`base must be a positive number (got ${base})`);
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be a positive number (got ${z})`);
  const p = percent / 100;
  const z2 = z * z;
  const denominator = 1 + z2 / base;
  const centre = (p + z2 / (2 * base)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / base + z2 / (4 * base * base))) / denominator;
  // Clamp away floating-point dust at the ends (p = 0 gives a low of -1e-17, not 0).
  return { low: Math.max(0, (centre - half) * 100), high: Math.min(100, (centre + half) * 100) };
}

/**
 * The Wilson interval of a published figure, or null where none can be computed: the
 * figure is not a percentage, its base is not printed (null), or its value lies outside
 * 0–100 (a rounded total). Never throws.
 */
export function wilsonIntervalOf(
  row: { value: number; unit: string; base: number | null | undefined },
  z: number = Z_95,
): Interval | null {
  if (row.unit !== 'percent' || row.base == null || !(row.base > 0)) return null;
  if (!(row.value >= 0 && row.value <= 100)) return null;
  return wilsonInterval(row.value, row.base, z);
}

/**
 * The 95% (or other z) interval of the difference `a − b` between two percentages of separate
 * groups, in percentage points: Newcombe's hybrid score interval (method 10 of Newcombe 1998),
 * from each percentage's Wilson interval,
 *
 *   low  = d − √((pa − la)² + (ub − pb)²),   high = d + √((ua − pa)² + (pb − lb)²)
 *
 * Two intervals that overlap do not show that the groups are alike; this interval is the one
 * that says whether a gap could be chance alone (it includes 0) or not. Null where either
 * figure has no interval (see wilsonIntervalOf).
 *
 * @example differenceInterval({ value: 41, unit: 'percent', base: 39 }, { value: 16, unit: 'percent', base: 25 }) // ≈ { low: 1.7, high: 43.3 }
 */
export function differenceInterval(
  a: { value: number; unit: string; base: number | null | undefined },
  b: { value: number; unit: string; base: number | null | undefined },
  z: number = Z_95,
): Interval | null {
  const ia = wilsonIntervalOf(a, z);
  const ib = wilsonIntervalOf(b, z);
  if (!ia || !ib) return null;
  const d = a.value - b.value;
  return {
    low: d - Math.hypot(a.value - ia.low, ib.high - b.value),
    high: d + Math.hypot(ia.high - a.value, b.value - ib.low),
  };
}

/**
 * The whole numbers of informants out of `base` whose share, rounded to the printed figure's
 * own decimals, is `percent`. Empty where none is: then the printed base cannot be the number
 * who answered (see shareMismatch).
 *
 * @example countsFor(44, 64) // [28] (28 of 64 is 43.75%)
 * @example countsFor(53, 67) // [] (35 of 67 is 52.2%, 36 of 67 is 53.7%)
 */
export function countsFor(percent: number, base: number): number[] {
  if (!Number.isFinite(percent) || !(base > 0) || !Number.isInteger(base)) return [];
  const decimals = (String(percent).split('.')[1] ?? '').length;
  const half = 0.5 / 10 ** decimals + 1e-9;
  const out: number[] = [];
  for (let k = Math.max(0, Math.floor(((percent - half) * base) / 100)); k <= base && (100 * k) / base <= percent + half; k++) {
    if (Math.abs((100 * k) / base - percent) <= half) out.push(k);
  }
  return out;
}

/**
 * "53% of 67 is no whole number of informants (35 of 67 is 52.2%, 36 of 67 is 53.7%)" for a
 * percentage its printed base, a whole number, cannot give (countsFor), else null: fewer answered than the base
 * (an item's non-response), or the figure is misprinted (data/ANOMALIES.md item 13), so an
 * interval drawn from them uses a base the figure does not fit.
 */
export function shareMismatch(row: { value: number; unit: string; base: number | null | undefined }): string | null {
  const { value, base } = row;
  // A base that is no whole number (custom data) counts no informants: nothing to judge.
  if (row.unit !== 'percent' || base == null || !(base > 0) || !Number.isInteger(base) || !(value >= 0 && value <= 100) || countsFor(value, base).length) return null;
  const below = Math.floor((value * base) / 100);
  const share = (k: number) => `${k} of ${base} is ${((100 * k) / base).toFixed(1)}%`;
  const near = [below, below + 1].filter((k) => k >= 0 && k <= base).map(share);
  return `${value}% of ${base} is no whole number of informants (${near.join(', ')})`;
}
