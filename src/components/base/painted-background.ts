/**
 * The colour painted behind an element: its own background colour or that of the nearest
 * ancestor that has one (through shadow roots to their hosts), as a CSS colour, with the
 * element that paints it. `Canvas` (the window's own background, painted by none) when nothing
 * up to the root paints one; null when an image, a gradient or a partly transparent colour
 * shows through first, which no one colour can stand in for.
 *
 * For content that must cover what scrolls beneath it (the table's pinned item column) on a
 * chart whose `--pioneer-background` is transparent: the column then takes the page's colour.
 */
export function paintedBackground(el: Element): { color: string; by: Element | null } | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const cs = view.getComputedStyle(node);
    if (cs.backgroundImage && cs.backgroundImage !== 'none') return null;
    const alpha = alphaOf(cs.backgroundColor);
    if (alpha >= 1) return { color: cs.backgroundColor, by: node };
    if (alpha > 0) return null;
  }
  return { color: 'Canvas', by: null };
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
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
