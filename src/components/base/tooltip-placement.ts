/**
 * Where a tooltip goes on a chart whose marks crowd (the map's sites: London, the North West),
 * so that it hides as few of them as it can and never the mark it speaks of.
 *
 * Pure geometry: boxes in, a top-left corner out, all in one space (the element measures client
 * px). No DOM, so it is tested with plain numbers and costs a few hundred box comparisons a move.
 */

/** A box as getBoundingClientRect gives it (a DOMRect will do). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TooltipPlacementInput {
  /** The mark the tooltip speaks of: never covered, nor the `gap` around it. */
  mark: Box;
  /** The tooltip's size. */
  size: { width: number; height: number };
  /** Where the tooltip must stay (the plot, within the window where it fits). */
  bounds: Box;
  /** The other marks: covered as few as possible. */
  others: readonly Box[];
  /** Other things to leave in view where no more marks are covered for it (the legend's entries). */
  avoid?: readonly Box[];
  /**
   * Space kept clear around the mark (default 8): its focus outline shows whole, and the pointer
   * near the mark (which still reaches it) is not on the tooltip instead.
   */
  gap?: number;
  /**
   * Shown by hovering (default false): the tooltip then borders the mark's gap, so the pointer
   * goes straight from the mark onto it without passing another mark, which would show that
   * mark's tooltip instead (WCAG 1.4.13: hoverable). Shown by the keyboard, it may go farther
   * (a corner of the bounds, over the sea) where that covers fewer marks.
   */
  hovered?: boolean;
}

export interface TooltipPlacement {
  left: number;
  top: number;
  /** How many of `others` the tooltip covers there. */
  covered: number;
  /** Whether it covers the mark or its gap (only where no place in the bounds leaves them clear). */
  coversMark: boolean;
}

/** How far along the mark's side a tooltip beside it may slide: this many places from one end to the other. */
const SLIDES = 9;
/**
 * The least length of side a tooltip beside the mark shares with its gap, for the pointer to
 * cross straight over (a finger's width, WCAG 2.5.8's 24 px), not round a corner.
 */
const SHARED = 24;
/** Px between the points checked on the pointer's way from the mark to a hovered tooltip (straightReach). */
const PATH_STEP = 3;

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Distance from point (x, y) to the nearest point of box b (0 inside it). */
const distanceTo = (x: number, y: number, b: Box): number =>
  Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));

/** Whether box b lies against a side of box c (not over it), sharing at least SHARED px of it. */
const borders = (b: Box, c: Box): boolean => {
  const dx = Math.max(c.left - b.right, b.left - c.right);
  const dy = Math.max(c.top - b.bottom, b.top - c.bottom);
  const sharedX = Math.min(b.right, c.right) - Math.max(b.left, c.left);
  const sharedY = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
  return (Math.abs(dy) <= 0.5 && sharedX >= Math.min(SHARED, c.right - c.left)) || (Math.abs(dx) <= 0.5 && sharedY >= Math.min(SHARED, c.bottom - c.top));
};

/**
 * Whether the pointer, going straight from the mark's centre to the point (tx, ty) of the
 * tooltip, stays nearer the mark than any other mark within reach (`gap`) of it: a mark it
 * passed nearer to (or as near: the later drawn wins a tie) would take the tooltip over on the
 * way. Checked every PATH_STEP px.
 */
const straightReach = (mark: Box, tx: number, ty: number, others: readonly Box[], gap: number): boolean => {
  const cx = (mark.left + mark.right) / 2;
  const cy = (mark.top + mark.bottom) / 2;
  const n = Math.ceil(Math.hypot(tx - cx, ty - cy) / PATH_STEP);
  for (let i = 1; i <= n; i++) {
    const x = cx + ((tx - cx) * i) / n;
    const y = cy + ((ty - cy) * i) / n;
    const own = distanceTo(x, y, mark);
    for (const o of others) {
      const d = distanceTo(x, y, o);
      if (d <= gap && d <= own) return false;
    }
  }
  return true;
};

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** n evenly spaced values from a to b (a alone where n is 1). */
const steps = (a: number, b: number, n: number): number[] => Array.from({ length: n }, (_, i) => (n > 1 ? a + ((b - a) * i) / (n - 1) : a));

/**
 * The tooltip's top-left corner. Candidates: beside the mark (above, below, right, left; centred
 * on it, or slid along that side as far as it still borders the mark's gap) and, unless hovered,
 * the bounds' corners and the middles of their sides (on a map, the sea); each moved inside the
 * bounds. The winner leaves the mark (and its gap) clear; hovered, it borders the gap and the
 * pointer's way to it is clear; it covers the fewest other marks, then the fewest of `avoid`;
 * among equals it lies nearest the mark (the eye and the pointer have least far to go), and then
 * first in the order above, which starts centred over the mark as other charts' tooltips are.
 * About 45 places, each against every mark: well under a millisecond for the map's 25 sites.
 */
export function placeTooltip({ mark, size, bounds, others, avoid = [], gap = 8, hovered = false }: TooltipPlacementInput): TooltipPlacement {
  const { width: w, height: h } = size;
  const cx = (mark.left + mark.right) / 2;
  const cy = (mark.top + mark.bottom) / 2;
  const clear: Box = { left: mark.left - gap, top: mark.top - gap, right: mark.right + gap, bottom: mark.bottom + gap };
  // Along the top and bottom sides: centred first, then from the leftmost place still sharing
  // SHARED px of the side to the rightmost; the same down the left and right sides.
  const xs = [cx - w / 2, ...steps(clear.left + SHARED - w, clear.right - SHARED, SLIDES)];
  const ys = [cy - h / 2, ...steps(clear.top + SHARED - h, clear.bottom - SHARED, SLIDES)];
  const [minX, maxX, minY, maxY] = [bounds.left, bounds.right - w, bounds.top, bounds.bottom - h];
  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;
  const candidates: [number, number][] = [
    ...xs.map((x): [number, number] => [x, clear.top - h]),
    ...xs.map((x): [number, number] => [x, clear.bottom]),
    ...ys.map((y): [number, number] => [clear.right, y]),
    ...ys.map((y): [number, number] => [clear.left - w, y]),
  ];
  if (!hovered) candidates.push([minX, minY], [midX, minY], [maxX, minY], [minX, midY], [maxX, midY], [minX, maxY], [midX, maxY], [maxX, maxY]);
  let best: TooltipPlacement | null = null;
  let bestRank: number[] = [];
  for (const [x0, y0] of candidates) {
    // Inside the bounds (at their left or top edge where the tooltip is the larger).
    const left = Math.max(minX, Math.min(maxX, x0));
    const top = Math.max(minY, Math.min(maxY, y0));
    const box: Box = { left, top, right: left + w, bottom: top + h };
    const coversMark = overlaps(box, clear);
    let covered = 0;
    for (const o of others) if (overlaps(box, o)) covered++;
    // Hovered: the pointer reaches it straight from the mark, at its nearest point and at the
    // middle of the side it shares with the mark's gap.
    const reachable =
      !hovered ||
      (!coversMark &&
        borders(box, clear) &&
        straightReach(mark, clamp(cx, left, box.right), clamp(cy, top, box.bottom), others, gap) &&
        straightReach(
          mark,
          clamp((Math.max(left, clear.left) + Math.min(box.right, clear.right)) / 2, left, box.right),
          clamp((Math.max(top, clear.top) + Math.min(box.bottom, clear.bottom)) / 2, top, box.bottom),
          others,
          gap,
        ));
    let avoided = 0;
    for (const o of avoid) if (overlaps(box, o)) avoided++;
    // Lower is better, compared in order; distances within half a pixel are equal.
    const rank = [+coversMark, +!reachable, covered, avoided, Math.round(distanceTo(cx, cy, box) * 2)];
    const i = rank.findIndex((r, k) => r !== bestRank[k]);
    if (!best || (i >= 0 && rank[i] < bestRank[i])) {
      best = { left, top, covered, coversMark };
      bestRank = rank;
    }
  }
  return best!;
}
