/**
 * WCAG 2.2 relative luminance and contrast ratio of sRGB colours, given as `#rgb`, `#rrggbb`
 * or the `rgb(r, g, b)` (or `color(srgb …)`) that `getComputedStyle` reports.
 */

/** [r, g, b] in 0–255, or null for a colour this does not read (a keyword, a var(), …). */
export function parseColor(color: string): [number, number, number] | null {
  const c = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((h) => h + h).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(c);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  // What a relative colour (rgb(from …)) computes to.
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(c);
  return srgb ? ([1, 2, 3].map((i) => Math.round(Number(srgb[i]) * 255)) as [number, number, number]) : null;
}

/** Relative luminance (0 black … 1 white). */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of two colours (1 … 21), or NaN if either cannot be read. */
export function contrastRatio(a: string, b: string): number {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return NaN;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
