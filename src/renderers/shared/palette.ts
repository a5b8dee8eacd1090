/**
 * Colour schemes readable with colour-vision deficiency (Okabe–Ito), exposed as CSS
 * custom properties so a page can theme them: `--pioneer-color-1` … `--pioneer-color-8`.
 * Renderers use `var(--pioneer-color-N, fallback)` so the SVG carries its own defaults.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

export const seriesColor = (i: number): string => `var(--pioneer-color-${(i % 8) + 1}, ${OKABE_ITO[i % 8]})`;
