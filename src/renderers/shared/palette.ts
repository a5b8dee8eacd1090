import { cycle } from './numbers.js';

/**
 * The series colours: Okabe–Ito's hues (readable with colour-vision deficiency), with the
 * three light ones darkened (orange #E69F00 → #B88000, sky blue #56B4E9 → #3892CB, yellow
 * #F0E442 → #756E00) so that every line and marker contrasts at least 3:1 with both the
 * light (#ffffff) and the dark (#161616) background, as WCAG 2.2 SC 1.4.11 asks of the
 * graphics a reader needs (the originals give 2.25:1, 2.31:1 and 1.32:1 on white).
 * Exposed as CSS custom properties so a page can theme them: `--pioneer-color-1` … `-8`.
 * Renderers use `var(--pioneer-color-N, fallback)` so the SVG carries its own defaults.
 */
export const SERIES_COLORS = ['#0072B2', '#B88000', '#009E73', '#CC79A7', '#3892CB', '#D55E00', '#000000', '#756E00'];

/** The colour of a small label drawn on each series colour: black or white, whichever passes 4.5:1. */
export const SERIES_TEXT = ['#ffffff', '#000000', '#000000', '#000000', '#000000', '#000000', '#ffffff', '#ffffff'];

/**
 * The 7th default, black, would vanish on a dark background: the element's dark theme sets
 * `--_color-7` in its place, under a page's own `--pioneer-color-7`.
 */
export const seriesColor = (i: number): string => {
  const n = cycle(i, 8);
  return `var(--pioneer-color-${n + 1}, ${n === 6 ? `var(--_color-7, ${SERIES_COLORS[6]})` : SERIES_COLORS[n]})`;
};
