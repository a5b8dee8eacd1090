import { unsafeCSS } from 'lit';
import { SERIES_COLORS } from '../../renderers/shared/palette.js';

/**
 * `.swatch.c1` … `.swatch.c8`: legend keys in the series colours (as `color`, for a key drawn
 * in currentColor), as classes rather than inline style attributes, so charts show under a
 * strict Content-Security-Policy.
 */
export const swatchStyles = unsafeCSS(
  SERIES_COLORS.map((c, i) => `.swatch.c${i + 1} { color: var(--pioneer-color-${i + 1}, ${c}); }`).join('\n'),
);
