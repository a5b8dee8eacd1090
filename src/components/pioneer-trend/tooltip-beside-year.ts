/**
 * Where a trend point's tooltip goes when the keyboard shows it: beside its year's column of
 * marks (the year's points, tied ones set side by side, and its gap markers), to the right or
 * left of them all, never over one of them. Centred over the point, as the other charts place
 * it, it hid the points of the same year under it (barriers, CCG/NHS, 2019: three tied at 36%
 * put the tooltip under them, over the 32% and the 29%).
 *
 * Where every place beside the column hides something (an axis's labels, other years' points),
 * or neither side has room (a phone's width), it goes where it hides least in the part of the
 * plot the window shows: over or under the point, or anywhere else in it, nearest the point of
 * equals. What it hides is counted in this order: the axes' labels and the chart's other text
 * (the years, the percentages: without them no point can be read), the year's other marks, the
 * other years' marks. It stays in the plot where some place there hides no label, so it never
 * covers the key under it: put under a gap marker at 320 px as the other charts put theirs, it
 * went 161 px below the plot, over the years and the key; with large text (28 px) a tooltip too
 * wide for the right of the 2019 column went left of it, over the 20%, 30% and 40%; at 480 px
 * the 2018 objectives' went over the 80% and the 60%.
 *
 * Where every place in the plot hides a label (28 px text at 480 to 640 px: a tooltip up to 428
 * by 342 px, in a plot 332 px tall whose left 100 px are the percentages and whose foot is the
 * years), it leaves the plot for a place in the element's own box, in the window, that hides no
 * label: over the title and buttons above the plot, or the key under it (these count after the
 * year's marks, before the other years': a reader sees them again once it goes). Where no place
 * at its width hides no label, it is made as narrow as the room right of the percentages
 * (taller) and tried again; where that finds none either (a phone's width), it stays in the
 * plot as before.
 *
 * Where neither is found (28 px text at 320 to 400 px, a gap's marker at the window's foot: the
 * plot's part in the window shorter than the tooltip, and every place in the element's box over
 * a label), it goes anywhere in the element's part of the window, else anywhere in the window,
 * never over the point, hiding the fewest labels: not, as before, the chart's own place under
 * the marker, past the window's foot. Where every place in the window is over the point, but the
 * window would hold both, the page scrolls for it (once: `scrolled`, placed again after it).
 * "The window" is its part the chart shows in: in a box that cuts off what overflows it (a
 * scrolling panel, a dialog's body: seenArea), the box's part, and the box scrolls, not the page.
 *
 * Returns the tooltip's top-left corner in client px, or null for the chart's own placement
 * (centred over the mark, else under it): shown by hovering (the pointer goes straight from the
 * mark onto it, over no other mark; a gap marker's goes above it where under it is out of the
 * plot: hoveredGap).
 */
import { overlaps, seenArea, shownPart, type Box } from '../base/boxes.js';

/** Px between the heights tried beside the column. */
const STEP = 4;
/** Px between the places tried across the plot, where every place beside the column hides something. */
const GRID = 8;
/** Weighs a count of what a place hides above every count after it (there are never this many marks). */
const MORE = 1e3;

/** The boxes of `els` as drawn (those with no size are not drawn). */
const drawnBoxes = (els: Iterable<Element>): Box[] => [...els].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);

/** From `lo` to `hi` (both included) every GRID px; none where `hi` is less. */
function across(lo: number, hi: number): number[] {
  const at: number[] = [];
  for (let v = lo; v < hi; v += GRID) at.push(v);
  if (hi >= lo) at.push(hi);
  return at;
}

/** How many of `boxes` the box covers. */
const coveringIn = (box: Box, boxes: readonly Box[]): number => boxes.filter((o) => overlaps(box, o)).length;

/**
 * A hovered gap marker's tooltip: right above the marker (the pointer goes straight up onto
 * it), where the chart's own place would put it under the marker and out of the plot, over the
 * years and the key (at 320 px, 161 px below the plot). Clear of the marker by the pointer's
 * reach, as a keyboard's tooltip is. Else null: the chart's own place, as for every hovered point.
 */
function hoveredGap(tip: HTMLElement, markEl: Element, plotBox: DOMRect, reach: number): { left: number; top: number } | null {
  const mark = markEl.getBoundingClientRect();
  const { width: w, height: h } = tip.getBoundingClientRect();
  const top = mark.top - reach - h;
  const fits = markEl.getAttribute('data-key')?.endsWith('|gap') && mark.bottom + reach + h > plotBox.bottom && top >= Math.max(plotBox.top, 0);
  return fits ? { left: Math.max(plotBox.left, Math.min(plotBox.right - w, (mark.left + mark.right - w) / 2)), top } : null;
}

export function besideYear(
  tip: HTMLElement,
  markEl: Element,
  plotBox: DOMRect,
  hovered: boolean,
  reach: number,
  scrolled = false,
): { left: number; top: number } | null {
  // A narrower width given to an earlier tooltip (below) is let go.
  tip.style.maxWidth = '';
  const svg = markEl.closest('svg');
  if (hovered) return hoveredGap(tip, markEl, plotBox, reach);
  if (!svg) return null;
  // A mark's key is `item|year` (a gap's `item|year|gap`).
  const yearOf = (el: Element) => el.getAttribute('data-key')?.split('|')[1];
  const year = yearOf(markEl);
  const mark = markEl.getBoundingClientRect();
  const column: Box[] = [];
  const others: Box[] = [];
  for (const el of svg.querySelectorAll('[data-key]')) {
    const r = el.getBoundingClientRect();
    if (el !== markEl && (r.width > 0 || r.height > 0)) (yearOf(el) === year ? column : others).push(r);
  }
  const labels = drawnBoxes(svg.querySelectorAll('text'));
  let { width: w, height: h } = tip.getBoundingClientRect();
  // In the plot, within the part of it the window shows (and any box around the chart that cuts
  // off what overflows it: a scrolling panel, seenArea).
  const seen = seenArea(tip);
  let bounds = shownPart(plotBox, seen);
  const cx = (mark.left + mark.right) / 2;
  const cy = (mark.top + mark.bottom) / 2;
  // `reach` px round the point stay clear, so the focus outline shows whole and the pointer
  // near a point is on the point.
  const clear: Box = { left: mark.left - reach, top: mark.top - reach, right: mark.right + reach, bottom: mark.bottom + reach };
  // What a place hides, as one number: labels, then the year's marks, then the other years'.
  let hides = (box: Box) => (coveringIn(box, labels) * MORE + coveringIn(box, column)) * MORE + coveringIn(box, others);
  const best = { left: 0, top: 0, rank: Infinity };
  /** Ranks the place (left, top) against the best: what it hides, then how far it is (`far`) from the point. */
  const tryAt = (left: number, top: number, far: (box: Box) => number) => {
    const box = { left, top, right: left + w, bottom: top + h };
    const inside = left >= bounds.left - 0.5 && box.right <= bounds.right + 0.5 && top >= bounds.top - 0.5 && box.bottom <= bounds.bottom + 0.5;
    if (!inside || overlaps(box, clear)) return;
    const rank = hides(box) * MORE * MORE + far(box);
    if (rank < best.rank) Object.assign(best, { left, top, rank });
  };
  const near = (box: Box) => Math.hypot(Math.max(box.left - cx, 0, cx - box.right), Math.max(box.top - cy, 0, cy - box.bottom));
  /** Every GRID px across the bounds. */
  const tryAcross = () => {
    const lefts = across(bounds.left, bounds.right - w);
    for (const top of across(bounds.top, bounds.bottom - h)) for (const left of lefts) tryAt(left, top, near);
  };
  // Where the plot's part in the window is too short for it, only the element's box (below).
  if (bounds.bottom - bounds.top >= h) {
    // Beside the column, level with the point: centred on it, or slid up or down (the point's
    // middle still within its height) to hide less; the right side first of equals.
    const centred = Math.max(bounds.top, Math.min(bounds.bottom - h, cy - h / 2));
    const tops = [centred];
    for (let t = Math.max(bounds.top, cy - h + STEP); t <= Math.min(bounds.bottom - h, cy - STEP); t += STEP) tops.push(t);
    const sides = [Math.max(mark.right, ...column.map((b) => b.right)) + reach, Math.min(mark.left, ...column.map((b) => b.left)) - reach - w];
    for (const left of sides) for (const top of tops) tryAt(left, top, () => Math.abs(top - centred) + Math.max(left - cx, cx - left - w, 0));
    if (best.rank < MORE * MORE) return { left: best.left, top: best.top };
    // Else over or under the point (the chart's own places), then anywhere in the plot: the least
    // hidden, nearest the point.
    const centre = Math.max(bounds.left, Math.min(bounds.right - w, cx - w / 2));
    tryAt(centre, clear.top - h, near);
    tryAt(centre, clear.bottom, near);
    tryAcross();
    // A place that hides no label (a rank under MORE⁴).
    if (best.rank < MORE ** 4) return { left: best.left, top: best.top };
  }
  // Every place in the plot hides a label: a place in the element's box, in the window, that
  // hides none; what it hides counted as above, the element's title, buttons and notes after
  // the year's marks.
  const inPlot = { ...best };
  const root = tip.getRootNode();
  const host = root instanceof ShadowRoot ? root.host.getBoundingClientRect() : plotBox;
  // The element's title, buttons and notes (not the plot's own).
  const parts =
    root instanceof ShadowRoot
      ? [...root.querySelectorAll('figcaption, button, p')].filter((el) => !el.closest('.plot')).map((el) => el.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1)
      : [];
  if (root instanceof ShadowRoot) {
    bounds = shownPart(host, seen);
    hides = (box) => (coveringIn(box, labels) ? Infinity : (coveringIn(box, column) * MORE + coveringIn(box, parts)) * MORE + coveringIn(box, others));
    best.rank = Infinity;
    tryAcross();
    // None at its width: as narrow as the room right of the y axis's labels (the percentages, "no value").
    const room = bounds.right - Math.max(bounds.left, ...drawnBoxes(svg.querySelectorAll('.y-axis text, .gap-strip-label')).map((b) => b.right)) - 1;
    if (best.rank === Infinity && room > 0 && room < w) {
      // In the tooltip's own px: client px scaled as the plot is (a chart narrower than its smallest drawing, a CSS zoom).
      tip.style.maxWidth = `${plotBox.width ? (room * tip.parentElement!.offsetWidth) / plotBox.width : room}px`;
      ({ width: w, height: h } = tip.getBoundingClientRect());
      tryAcross();
    }
    if (best.rank < Infinity) return { left: best.left, top: best.top };
    tip.style.maxWidth = '';
  }
  if (inPlot.rank < Infinity) return { left: inPlot.left, top: inPlot.top };
  // Neither (28 px text at 320 to 400 px: a gap's reason up to 320 by 503 px, its marker at the
  // plot's foot, which the focus brings to the window's lower edge): anywhere in the element's
  // part of the window, else anywhere in the window, never over the point; what it hides counted
  // as in the plot, the element's title, buttons and notes with the year's marks. Left to the
  // chart's own place (under the marker), 22 of the 40 progress tooltips at 320 by 568 px ran up
  // to 410 px past the window's foot, their ends unread.
  ({ width: w, height: h } = tip.getBoundingClientRect());
  hides = (box) => (coveringIn(box, labels) * MORE + coveringIn(box, column) + coveringIn(box, parts)) * MORE + coveringIn(box, others);
  best.rank = Infinity;
  for (const within of [host, seen]) {
    bounds = shownPart(within, seen);
    tryAcross();
    if (best.rank < Infinity) return { left: best.left, top: best.top };
  }
  // Over the point wherever it goes, though the window would hold both (28 px text at 320 by 568
  // px: the 2019 point of community MDTs established, its reach 250 px under the window's top and
  // 285 px over its foot, its tooltip 407 px tall): the page scrolls the shorter way for the
  // tooltip to go above the point or under it, as the focus scrolls a mark into view, and it is
  // placed again.
  // In a box that scrolls (a panel's `overflow: auto`), that box scrolls, the page's scrolling
  // would not move the chart in it.
  const { scroller } = seen;
  if (!scrolled && h + clear.bottom - clear.top <= seen.bottom - seen.top) {
    // Whole px (the page scrolls by whole px: short of a fraction, the tooltip would not fit);
    // only as far as the page goes (near its end, the other way).
    const ways = [Math.max(1, Math.ceil(clear.bottom + h - seen.bottom)), -Math.max(1, Math.ceil(h - clear.top + seen.top))];
    const [by] = ways.filter((d) => (d > 0 ? d <= scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop : -d <= scroller.scrollTop)).sort((a, b) => Math.abs(a) - Math.abs(b));
    if (by) scroller.scrollBy(0, by);
    const now = (tip.parentElement ?? tip).getBoundingClientRect();
    const [dx, dy] = [now.left - plotBox.left, now.top - plotBox.top];
    const at = dx || dy ? besideYear(tip, markEl, now, hovered, reach, true) : null;
    // In the client px of before the scroll, as the chart measured the plot's box.
    if (at) return { left: at.left - dx, top: at.top - dy };
  }
  // Taller than the window (or over the point wherever it goes): from the window's top, or a
  // scrolling panel's, its first lines in view and the rest a scroll of the page or panel away
  // (the keyboard's tooltip stays while the focus does, and moves with the page); a tooltip cut
  // to the window's height would scroll in its own box, which no pointer or key reaches.
  return { left: Math.max(bounds.left, Math.min(bounds.right - w, cx - w / 2)), top: bounds.top };
}
