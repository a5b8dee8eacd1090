/**
 * Boxes as getBoundingClientRect gives them, for placing a tooltip: the map's among its sites
 * (tooltip-placement.ts) and the trend's beside its year (tooltip-beside-year.ts), and the part
 * of the window a chart is seen in (seenArea). A module of its own, so that the trend takes these
 * and not the map's search.
 */

/**
 * The element `el` is laid out in, up the composed tree: the slot it is assigned to (a card's,
 * in the card's shadow root), else its parent, else its shadow root's host; none past the page's
 * root. What is around a chart on screen and on paper (seenArea, paper-fit.ts,
 * painted-background.ts) is found this way: a card's box around its slot paints, clips and sizes
 * a chart put in the card, as its light-tree parent (the card) need not.
 */
export const layoutParent = (el: Element): Element | null | undefined => el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host;

/** A box as getBoundingClientRect gives it (a DOMRect will do). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The part of `plot` in `seen` (seenArea: the part of the window where the plot can show): where a tooltip is seen whole. */
export const shownPart = (plot: Box, seen: Box): Box => ({
  left: Math.max(plot.left, seen.left),
  top: Math.max(plot.top, seen.top),
  right: Math.min(plot.right, seen.right),
  bottom: Math.min(plot.bottom, seen.bottom),
});

/** Where a chart is seen from, for placing its tooltip: a box of the window, and what to scroll for more room in it. */
export interface Seen extends Box {
  /** The nearest box around the chart that scrolls up and down (a panel's `overflow: auto`), else the page. */
  scroller: Element;
}

/**
 * The part of the window `el` shows in (its size unknown, 0: no edge), less what each box around
 * it cuts off (overflow other than visible: a page's scrolling panel, a sidebar of fixed height, a
 * dialog's body), up the composed tree (through slots and shadow roots) to the page's body, or to
 * a box fixed to the window, which those around it do not cut. A tooltip placed past it is cut
 * off unseen. On a plain page it is the window, as before. A box scaled by a transform is taken
 * at the size it is drawn (in a 300 px tall panel scaled to 0.6, 9 of the map's 25 keyboard
 * tooltips and 6 of the trend's went past its foot, placed as if it were 300 px tall). A page's
 * scroll padding (`html { scroll-padding-top: 4rem }`, which README asks of a page with a sticky
 * header) is taken off the window's edges: what is under the header is not seen.
 */
export function seenArea(el: Element): Seen {
  const doc = el.ownerDocument;
  const page = doc.documentElement;
  const seen = { left: 0, top: 0, right: page.clientWidth || Infinity, bottom: page.clientHeight || Infinity } as Seen;
  let fixed = false;
  for (let node: Element | null | undefined = el; (node = layoutParent(node)) && node !== doc.body && node !== page; ) {
    const { overflowX, overflowY, position } = getComputedStyle(node);
    // Its padding box, in client px: its layout px times the scale it is drawn at (a CMS's
    // zoomed preview card scaled by a transform; 1 where it is not).
    const r = node.getBoundingClientRect();
    const sx = r.width / (node as HTMLElement).offsetWidth || 1;
    const sy = r.height / (node as HTMLElement).offsetHeight || 1;
    const left = r.left + node.clientLeft * sx;
    const top = r.top + node.clientTop * sy;
    if (overflowX !== 'visible') {
      seen.left = Math.max(seen.left, left);
      seen.right = Math.min(seen.right, left + node.clientWidth * sx);
    }
    if (overflowY !== 'visible') {
      seen.top = Math.max(seen.top, top);
      seen.bottom = Math.min(seen.bottom, top + node.clientHeight * sy);
    }
    if (!seen.scroller && /auto|scroll/.test(overflowY) && node.scrollHeight > node.clientHeight) seen.scroller = node;
    if ((fixed = position === 'fixed')) break;
  }
  // (Not in a box fixed to the window, a dialog, which is over the page's header.)
  if (!fixed) {
    const css = getComputedStyle(page);
    const padding = (value: string) => parseFloat(value) * (value.endsWith('%') ? page.clientHeight / 100 : 1) || 0;
    seen.top = Math.max(seen.top, padding(css.scrollPaddingTop));
    seen.bottom = Math.min(seen.bottom, page.clientHeight - padding(css.scrollPaddingBottom) || Infinity);
  }
  seen.scroller ??= doc.scrollingElement ?? page;
  return seen;
}
