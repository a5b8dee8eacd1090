/**
 * The two scales the renderers need, linear and point, with d3-scale's call signatures
 * (domain, range, nice, ticks) but without its interpolators: d3-scale pulls in
 * d3-interpolate, d3-color and d3-format (~8 KB gzipped) for features no chart here uses.
 * Tick and nice steps come from d3-array, so ticks match d3-scale's exactly.
 */
import { nice as niceExtent, ticks as tickValues } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly number[]): LinearScale;
  range(): [number, number];
  range(range: readonly number[]): LinearScale;
  /** Extends the domain to round tick values (as d3-scale's linear.nice). */
  nice(count?: number): LinearScale;
  /** About `count` round values within the domain (as d3-scale's linear.ticks). */
  ticks(count?: number): number[];
}

export function scaleLinear(): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  const scale = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0))) as LinearScale;
  scale.domain = ((d?: readonly number[]) => {
    if (!d) return [d0, d1];
    d0 = +d[0];
    d1 = +d[d.length - 1];
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [r0, r1];
    r0 = +r[0];
    r1 = +r[r.length - 1];
    return scale;
  }) as LinearScale['range'];
  scale.nice = (count = 10) => {
    const [a, b] = d0 <= d1 ? [d0, d1] : [d1, d0];
    const [na, nb] = niceExtent(a, b, count);
    if (d0 <= d1) [d0, d1] = [na, nb];
    else [d0, d1] = [nb, na];
    return scale;
  };
  scale.ticks = (count = 10) => tickValues(Math.min(d0, d1), Math.max(d0, d1), count);
  return scale;
}

export interface PointScale<T> {
  (value: T): number | undefined;
  domain(): T[];
  domain(domain: readonly T[]): PointScale<T>;
  range(): [number, number];
  range(range: readonly number[]): PointScale<T>;
  /** Distance between adjacent points. */
  step(): number;
}

/** Evenly spaced points for an ordinal domain, ends on the range ends (padding 0). */
export function scalePoint<T>(): PointScale<T> {
  let values: T[] = [];
  let r0 = 0;
  let r1 = 1;
  const step = () => (values.length > 1 ? (r1 - r0) / (values.length - 1) : 0);
  const scale = ((v: T) => {
    const i = values.indexOf(v);
    return i < 0 ? undefined : values.length === 1 ? (r0 + r1) / 2 : r0 + i * step();
  }) as PointScale<T>;
  scale.domain = ((d?: readonly T[]) => {
    if (!d) return values.slice();
    values = [...d];
    return scale;
  }) as PointScale<T>['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [r0, r1];
    r0 = +r[0];
    r1 = +r[r.length - 1];
    return scale;
  }) as PointScale<T>['range'];
  scale.step = step;
  return scale;
}
