/**
 * Path-string generators for the two shapes the charts draw: marker symbols and broken
 * lines. Same call signatures and geometry as d3-shape's symbol() and line() for what is
 * used here (symbol areas match d3's exactly), without the ~5 KB gzipped that d3-shape
 * and d3-path add to the embed bundle.
 */

/** A symbol: its path for a given area in square pixels. */
export type SymbolType = (area: number) => string;

const r = (n: number) => Math.round(n * 1000) / 1000;
const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`;
const TAN30 = Math.sqrt(1 / 3);
const SQRT3 = Math.sqrt(3);

export const symbolCircle: SymbolType = (area) => {
  const rad = Math.sqrt(area / Math.PI);
  return `M${r(rad)},0A${r(rad)},${r(rad)},0,1,1,${r(-rad)},0A${r(rad)},${r(rad)},0,1,1,${r(rad)},0Z`;
};

export const symbolSquare: SymbolType = (area) => {
  const h = Math.sqrt(area) / 2;
  return poly([[-h, -h], [h, -h], [h, h], [-h, h]]);
};

export const symbolDiamond: SymbolType = (area) => {
  const y = Math.sqrt(area / (2 * TAN30));
  const x = y * TAN30;
  return poly([[0, -y], [x, 0], [0, y], [-x, 0]]);
};

export const symbolTriangle: SymbolType = (area) => {
  const y = -Math.sqrt(area / (SQRT3 * 3));
  return poly([[0, y * 2], [-SQRT3 * y, -y], [SQRT3 * y, -y]]);
};

export const symbolTriangleDown: SymbolType = (area) => {
  const y = Math.sqrt(area / (SQRT3 * 3));
  return poly([[0, y * 2], [-SQRT3 * y, -y], [SQRT3 * y, -y]]);
};

export const symbolCross: SymbolType = (area) => {
  const a = Math.sqrt(area / 5) / 2;
  return poly([[-3 * a, -a], [-a, -a], [-a, -3 * a], [a, -3 * a], [a, -a], [3 * a, -a], [3 * a, a], [a, a], [a, 3 * a], [-a, 3 * a], [-a, a], [-3 * a, a]]);
};

/** The cross turned 45° (an ×). */
export const symbolTimes: SymbolType = (area) => {
  const a = Math.sqrt(area / 5) / 2;
  const c = Math.SQRT1_2;
  const pts: [number, number][] = [[-3 * a, -a], [-a, -a], [-a, -3 * a], [a, -3 * a], [a, -a], [3 * a, -a], [3 * a, a], [a, a], [a, 3 * a], [-a, 3 * a], [-a, a], [-3 * a, a]];
  return poly(pts.map(([x, y]) => [c * (x - y), c * (x + y)]));
};

/** A five-pointed star (d3-shape's symbolStar geometry). */
export const symbolStar: SymbolType = (area) => {
  const kr = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
  const outer = Math.sqrt(area * 0.8908130915292852);
  const x = Math.sin(Math.PI / 5) * kr * outer;
  const y = -Math.cos(Math.PI / 5) * kr * outer;
  const pts: [number, number][] = [[0, -outer], [x, y]];
  for (let i = 1; i < 5; i++) {
    const a = (2 * Math.PI * i) / 5;
    const c = Math.cos(a);
    const s = Math.sin(a);
    pts.push([s * outer, -c * outer], [c * x - s * y, s * x + c * y]);
  }
  return poly(pts);
};

/** `symbol(type, area)()` → the path string (as d3-shape's symbol generator). */
export const symbol = (type: SymbolType, area = 64) => (): string => type(area);

export interface LineGenerator<T> {
  (data: readonly T[]): string | null;
  x(fn: (d: T) => number): LineGenerator<T>;
  y(fn: (d: T) => number): LineGenerator<T>;
  /** Points for which this is false break the line (gaps are never joined across). */
  defined(fn: (d: T) => boolean): LineGenerator<T>;
}

/** A polyline path generator with gaps (as d3-shape's line() with curveLinear). */
export function line<T>(): LineGenerator<T> {
  let fx = (d: T) => (d as unknown as [number, number])[0];
  let fy = (d: T) => (d as unknown as [number, number])[1];
  let ok = (_d: T) => true;
  const gen = ((data: readonly T[]) => {
    let path = '';
    let drawing = false;
    for (const d of data) {
      if (!ok(d)) {
        drawing = false;
        continue;
      }
      path += `${drawing ? 'L' : 'M'}${r(fx(d))},${r(fy(d))}`;
      drawing = true;
    }
    return path || null;
  }) as LineGenerator<T>;
  gen.x = (fn) => ((fx = fn), gen);
  gen.y = (fn) => ((fy = fn), gen);
  gen.defined = (fn) => ((ok = fn), gen);
  return gen;
}
