/**
 * Where a trend point's tooltip goes when the keyboard shows it: beside its year's column of
 * marks (the year's points, tied ones set side by side, and its gap markers), to the right or
 * left of them all, never over one of them. Centred over the point, as the other charts place
 * it, it hid the points of the same year under it (barriers, CCG/NHS, 2019: three tied at 36%
 * put the tooltip under them, over the 32% and the 29%).
 *
 * Returns the tooltip's top-left corner in client px, or null for the chart's own placement
 * (centred over the mark, else under it): shown by hovering (the pointer goes straight from the
 * mark onto it, over no other mark), where neither side of the column has room for it in the
 * part of the plot the window shows (a phone's width), or where that placement covers none of
 * the year's marks and fewer of the others than any place beside the column.
 */
import { overlaps, shownPart, type Box } from '../base/boxes.js';

/** Px between the heights tried beside the column. */
const STEP = 4;

export function besideYear(tip: HTMLElement, markEl: Element, plotBox: DOMRect, hovered: boolean, reach: number): { left: number; top: number } | null {
  const svg = markEl.closest('svg');
  if (hovered || !svg) return null;
  // A mark's key is `item|year` (a gap's `item|year|gap`).
  const yearOf = (el: Element) => el.getAttribute('data-key')?.split('|')[1];
  const year = yearOf(markEl);
  const mark = markEl.getBoundingClientRect();
  const column: Box[] = [mark];
  const others: Box[] = [];
  for (const el of svg.querySelectorAll('[data-key]')) {
    const r = el.getBoundingClientRect();
    if (el !== markEl && (r.width > 0 || r.height > 0)) (yearOf(el) === year ? column : others).push(r);
  }
  const { width: w, height: h } = tip.getBoundingClientRect();
  // In the plot, within the part of it the window shows.
  const page = tip.ownerDocument.documentElement;
  const bounds = shownPart(plotBox, page.clientWidth, page.clientHeight);
  if (bounds.bottom - bounds.top < h) return null;
  const cx = (mark.left + mark.right) / 2;
  const cy = (mark.top + mark.bottom) / 2;
  const covering = (box: Box, boxes: readonly Box[]) => boxes.filter((o) => overlaps(box, o)).length;
  // Level with the point: centred on it, or slid up or down (the point's middle still within
  // its height) to cover fewer of the other years' points; `reach` px clear of the column, so
  // the focus outline shows whole and the pointer near a point is on the point.
  const centred = Math.max(bounds.top, Math.min(bounds.bottom - h, cy - h / 2));
  const tops = [centred];
  for (let t = Math.max(bounds.top, cy - h + STEP); t <= Math.min(bounds.bottom - h, cy - STEP); t += STEP) tops.push(t);
  const sides = [Math.max(...column.map((b) => b.right)) + reach, Math.min(...column.map((b) => b.left)) - reach - w];
  let best: { left: number; top: number; covered: number; rank: number } | null = null;
  for (const left of sides) {
    if (left < bounds.left || left + w > bounds.right) continue;
    for (const top of tops) {
      const covered = covering({ left, top, right: left + w, bottom: top + h }, others);
      // The fewest marks covered; then the nearest the point (the right side first of equals).
      const rank = covered * 1e6 + Math.abs(top - centred) + Math.max(left - cx, cx - left - w, 0);
      if (!best || rank < best.rank) best = { left, top, covered, rank };
    }
  }
  if (!best) return null;
  if (best.covered) {
    // The chart's own place (as showTooltip puts it, roughly): taken where it covers none of
    // the year's points and fewer marks in all.
    const left = Math.max(plotBox.left, Math.min(plotBox.right - w, cx - w / 2));
    const above = cy - h - 8;
    const top = above < Math.max(plotBox.top, 0) ? Math.max(cy, mark.bottom) + 8 : above;
    const box = { left, top, right: left + w, bottom: top + h };
    // Not where the window cuts it off (a chart partly out of view): beside the column, it is in view.
    const inView = box.left >= bounds.left && box.right <= bounds.right;
    if (inView && !covering(box, column.slice(1)) && covering(box, others) < best.covered) return null;
  }
  return { left: best.left, top: best.top };
}
