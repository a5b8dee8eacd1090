import { layoutParent } from './boxes.js';

/**
 * The colour painted behind an element: its own background colour or that of the nearest box
 * around it that has one (up the composed tree, layoutParent: a card's box around the slot it is
 * in, not the card), as a CSS colour, with the element that paints it. `Canvas` (the window's
 * own background, painted by none) when nothing up to the root paints one; null when an image, a
 * gradient or a partly transparent colour shows through first, which no one colour can stand in
 * for.
 *
 * For content that must cover what scrolls beneath it (the table's pinned item column) on a
 * chart whose `--pioneer-background` is transparent: the column then takes the page's colour.
 */
export function paintedBackground(el: Element): { color: string; by: Element | null } | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  for (let node: Element | null | undefined = el; node; node = layoutParent(node)) {
    const cs = view.getComputedStyle(node);
    if (cs.backgroundImage && cs.backgroundImage !== 'none') return null;
    const alpha = alphaOf(cs.backgroundColor);
    if (alpha >= 1) return { color: cs.backgroundColor, by: node };
    if (alpha > 0) return null;
  }
  return { color: 'Canvas', by: null };
}

/** The alpha of a computed colour: `rgb(…)` 1, `rgba(…, a)` a, `transparent` 0; other forms (`color(…)`) read their `/ a`, else 1. */
function alphaOf(color: string): number {
  if (!color || color === 'transparent') return 0;
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\s*\)$/.exec(color);
  if (rgba) return Number(rgba[1]);
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
  return 1;
}

/** Relative luminance (WCAG) of a computed `rgb(…)`/`rgba(…)` colour; null for another form. */
export function luminanceOf(color: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The colours of a downloaded figure of a chart drawn in light text on a dark background (the
 * dark theme, or a page's own colours): its background as painted (the dark theme's where none
 * behind the chart is a plain dark colour), its text and muted colours. Undefined for text
 * darker than its background: the file keeps paper's colours.
 */
export function darkExportColors(figure: Element): { background: string; text: string; muted: string } | undefined {
  const cs = getComputedStyle(figure);
  const text = luminanceOf(cs.color);
  if (text === null) return undefined;
  const behind = paintedBackground(figure);
  const bg = behind ? luminanceOf(behind.color) : null;
  // Light on dark: text lighter than the background painted behind it (a mid-grey brand text
  // on navy is), or, with none found, text nearer white than black.
  if (bg !== null ? text <= bg : text <= 0.5) return undefined;
  return {
    background: behind && bg !== null && bg < 0.2 ? behind.color : '#161616',
    text: cs.color,
    muted: cs.getPropertyValue('--_muted').trim() || cs.color,
  };
}
