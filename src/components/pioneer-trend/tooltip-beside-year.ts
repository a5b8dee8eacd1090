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
 * other years' marks. It stays in the plot, so it never covers the key under it: put under a
 * gap marker at 320 px as the other charts put theirs, it went 161 px below the plot, over the
 * years and the key; with large text (28 px) a tooltip too wide for the right of the 2019
 * column went left of it, over the 20%, 30% and 40%; at 480 px the 2018 objectives' went over
 * the 80% and the 60%.
 *
 * Returns the tooltip's top-left corner in client px, or null for the chart's own placement
 * (centred over the mark, else under it): shown by hovering (the pointer goes straight from the
 * mark onto it, over no other mark; a gap marker's goes above it where under it is out of the
 * plot: hoveredGap), or where the plot's part in the window is too small for it.
 */
import { overlaps, shownPart, type Box } from '../base/boxes.js';

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

/**
 * A hovered gap marker's tooltip: right above the marker (the pointer goes straight up onto
 * it), where the chart's own place would put it under the marker and out of the plot, over the
 * years and the key (at 320 px, 161 px below the plot). The chart anchors a gap's tooltip on the
 * 0 line, above the strip of markers, and that leaves less room above it than the marker has.
 * Else null: the chart's own place, as for every hovered point.
 */
function hoveredGap(tip: HTMLElement, markEl: Element, plotBox: DOMRect, reach: number): { left: number; top: number } | null {
  const mark = markEl.getBoundingClientRect();
  const { width: w, height: h } = tip.getBoundingClientRect();
  const top = mark.top - reach - h;
  const fits = markEl.getAttribute('data-key')?.endsWith('|gap') && mark.bottom + reach + h > plotBox.bottom && top >= Math.max(plotBox.top, 0);
  return fits ? { left: Math.max(plotBox.left, Math.min(plotBox.right - w, (mark.left + mark.right - w) / 2)), top } : null;
}

export function besideYear(tip: HTMLElement, markEl: Element, plotBox: DOMRect, hovered: boolean, reach: number): { left: number; top: number } | null {
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
  const { width: w, height: h } = tip.getBoundingClientRect();
  // In the plot, within the part of it the window shows.
  const page = tip.ownerDocument.documentElement;
  const bounds = shownPart(plotBox, page.clientWidth, page.clientHeight);
  if (bounds.bottom - bounds.top < h) return null;
  const cx = (mark.left + mark.right) / 2;
  const cy = (mark.top + mark.bottom) / 2;
  // `reach` px round the point stay clear, so the focus outline shows whole and the pointer
  // near a point is on the point.
  const clear: Box = { left: mark.left - reach, top: mark.top - reach, right: mark.right + reach, bottom: mark.bottom + reach };
  const covering = (box: Box, boxes: readonly Box[]) => boxes.filter((o) => overlaps(box, o)).length;
  // What a place hides, as one number: labels, then the year's marks, then the other years'.
  const hides = (box: Box) => (covering(box, labels) * MORE + covering(box, column)) * MORE + covering(box, others);
  const best = { left: 0, top: 0, rank: Infinity };
  /** Ranks the place (left, top) against the best: what it hides, then how far it is (`far`) from the point. */
  const tryAt = (left: number, top: number, far: (box: Box) => number) => {
    const box = { left, top, right: left + w, bottom: top + h };
    const inside = left >= bounds.left - 0.5 && box.right <= bounds.right + 0.5 && top >= bounds.top - 0.5 && box.bottom <= bounds.bottom + 0.5;
    if (!inside || overlaps(box, clear)) return;
    const rank = hides(box) * MORE * MORE + far(box);
    if (rank < best.rank) Object.assign(best, { left, top, rank });
  };
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
  const near = (box: Box) => Math.hypot(Math.max(box.left - cx, 0, cx - box.right), Math.max(box.top - cy, 0, cy - box.bottom));
  const centre = Math.max(bounds.left, Math.min(bounds.right - w, cx - w / 2));
  tryAt(centre, clear.top - h, near);
  tryAt(centre, clear.bottom, near);
  const lefts = across(bounds.left, bounds.right - w);
  for (const top of across(bounds.top, bounds.bottom - h)) for (const left of lefts) tryAt(left, top, near);
  return best.rank < Infinity ? { left: best.left, top: best.top } : null;
}
