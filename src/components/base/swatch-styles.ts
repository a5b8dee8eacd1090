import { unsafeCSS } from 'lit';
import { SERIES_COLORS, seriesColor } from '../../renderers/shared/palette.js';

/**
 * `.swatch.c1` … `.swatch.c8`: legend keys in the series colours (as `color`, for a key drawn
 * in currentColor), as classes rather than inline style attributes, so charts show under a
 * strict Content-Security-Policy. The same colours as the lines (seriesColor), the dark theme's included.
 */
export const swatchStyles = unsafeCSS(
  SERIES_COLORS.map((_c, i) => `.swatch.c${i + 1} { color: ${seriesColor(i)}; }`).join('\n'),
);
