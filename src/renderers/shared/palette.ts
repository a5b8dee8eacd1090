/**
 * Colour schemes readable with colour-vision deficiency (Okabe–Ito), exposed as CSS
 * custom properties so a page can theme them: `--pioneer-color-1` … `--pioneer-color-8`.
 * Renderers use `var(--pioneer-color-N, fallback)` so the SVG carries its own defaults.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

export const seriesColor = (i: number): string => `var(--pioneer-color-${(i % 8) + 1}, ${OKABE_ITO[i % 8]})`;

/** Sequential-ish scale for ordered responses, most emphatic darkest. */
export const ORDINAL_BLUES = ['#08306B', '#2171B5', '#6BAED6', '#C6DBEF', '#E5E5E5'];
export const responseColor = (i: number, n: number, neutralLast = true): string => {
  if (neutralLast && i === n - 1) return `var(--pioneer-response-neutral, #BDBDBD)`;
  const ramp = ['#08306B', '#2171B5', '#6BAED6', '#C6DBEF'];
  return `var(--pioneer-response-${i + 1}, ${ramp[Math.min(i, ramp.length - 1)]})`;
};

/** Marker shapes (d3-shape symbol names) so series never differ by colour alone. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye', 'circle'] as const;
