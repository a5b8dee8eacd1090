// The keyboard tooltip placement as it was before the ring search (commit 0d1406d), verbatim but for
// this note: the reference the ring search must match place for place (tooltip-placement-ring.test.ts),
// and the "before" of test/bench/tooltip-keyboard.bench.ts. It tries every place of the grid.
// Frozen: it must never follow changes to src/components/base/tooltip-placement.ts; a change to
// where tooltips go changes this reference on purpose, in its own commit, with the reason.
/**
 * Where a tooltip goes on a chart whose marks crowd (the map's sites: London, the North West),
 * so that it hides as few of them as it can and never the mark it speaks of.
 *
 * Pure geometry: boxes in, a top-left corner out, all in one space (the element measures client
 * px). No DOM, so it is tested with plain numbers. Hovered, a few hundred box comparisons a
 * move; by the keyboard, a grid of places across the plot, most passed over unseen: about a
 * millisecond for the map's 25 sites (5 under a loaded machine's load).
 */

/** A box as getBoundingClientRect gives it (a DOMRect will do). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface TooltipPlacementInput {
  /** The mark the tooltip speaks of: never covered, nor the `gap` around it. */
  mark: Box;
  /**
   * The tooltip's size; or its sizes as its text may wrap (widest first), of which it takes the
   * one that covers the fewest marks (then legend entries; then lies nearest the mark; then the first).
   */
  size: Size | readonly Size[];
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
  /** Which of the sizes it takes (0 for a single size). */
  sizeIndex: number;
}

/** How far along the mark's side a tooltip beside it may slide: this many places from one end to the other. */
const SLIDES = 9;
/**
 * The least length of side a tooltip beside the mark shares with its gap, for the pointer to
 * cross straight over (a finger's width, WCAG 2.5.8's 24 px), not round a corner.
 */
const SHARED = 24;
/** Px between the places tried across the bounds for a keyboard's tooltip. */
const GRID = 8;
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
 * The tooltip's top-left corner (and size, of those given). Candidates: beside the mark (above,
 * below, right, left; centred on it, or slid along that side as far as it still borders the
 * mark's gap) and, unless hovered, the bounds' corners, the middles of their sides and every
 * GRID px between (on a map, the sea near the site); each moved inside the bounds. The winner
 * leaves the mark (and its gap) clear; hovered, it borders the gap and the pointer's way to it
 * is clear; it covers the fewest other marks, then the fewest of `avoid`; among equals it lies
 * nearest the mark (the eye and the pointer have least far to go: a keyboard's tooltip goes to
 * the sea near its site, not the far corner), then has the earlier size, and then comes first
 * in the order above, which starts centred over the mark as other charts' tooltips are.
 * Hovered, about 45 places a size; by the keyboard, some thousands on a phone's map (one per
 * GRID px square; most passed over once a free place near the mark is found), each against
 * every mark: a few milliseconds for the map's 25 sites.
 */
export function placeTooltip({ size, mark, bounds, others, avoid = [], ...rest }: TooltipPlacementInput): TooltipPlacement {
  const sizes = Array.isArray(size) ? size : [size as Size];
  if (!sizes.length) throw new RangeError('placeTooltip: give the tooltip at least one size.');
  // Plain copies of the boxes: a DOMRect's sides are getters, slow read some hundred thousand times.
  const plain = ({ left, top, right, bottom }: Box): Box => ({ left, top, right, bottom });
  const boxes = { mark: plain(mark), bounds: plain(bounds), others: others.map(plain), avoid: avoid.map(plain), ...rest };
  let best: TooltipPlacement | null = null;
  let bestRank = Infinity;
  sizes.forEach((s, sizeIndex) => {
    const { placement, rank } = placeSized(s, boxes);
    if (rank < bestRank) {
      best = { ...placement, sizeIndex };
      bestRank = rank;
    }
  });
  return best!;
}

/** The best place for a tooltip of one size, and its rank (lower is better). */
function placeSized(
  { width: w, height: h }: Size,
  { mark, bounds, others, avoid = [], gap = 8, hovered = false }: Omit<TooltipPlacementInput, 'size'>,
): { placement: Omit<TooltipPlacement, 'sizeIndex'>; rank: number } {
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
  if (!hovered) {
    candidates.push([minX, minY], [midX, minY], [maxX, minY], [minX, midY], [maxX, midY], [minX, maxY], [midX, maxY], [maxX, maxY]);
    // And every GRID px across the bounds: the free place nearest the mark, not only its sides
    // and the bounds' corners (on a narrow map the corners are a screen away, over the legend).
    for (const y of steps(minY, maxY, Math.max(2, Math.ceil((maxY - minY) / GRID) + 1))) {
      for (const x of steps(minX, maxX, Math.max(2, Math.ceil((maxX - minX) / GRID) + 1))) candidates.push([x, y]);
    }
  }
  // The rank of a place, lower the better: whether it covers the mark, whether the pointer
  // can't reach it, how many marks and then legend entries it covers, and its distance (in half
  // px: within half a pixel is equal), compared in that order, as one number.
  const [M, L, D] = [others.length + 1, avoid.length + 1, 1e7];
  const rankOf = (coversMark: boolean, unreachable: boolean, covered: number, avoided: number, distance: number) =>
    (((+coversMark * 2 + +unreachable) * M + covered) * L + avoided) * D + Math.min(Math.round(distance * 2), D - 1);
  let best: Omit<TooltipPlacement, 'sizeIndex'> | null = null;
  let bestRank = Infinity;
  for (const [x0, y0] of candidates) {
    // Inside the bounds (at their left or top edge where the tooltip is the larger).
    const left = Math.max(minX, Math.min(maxX, x0));
    const top = Math.max(minY, Math.min(maxY, y0));
    const box: Box = { left, top, right: left + w, bottom: top + h };
    const coversMark = overlaps(box, clear);
    const distance = distanceTo(cx, cy, box);
    // Hovered, it borders the mark's gap; the first equal place stays the winner.
    const mayReach = !hovered || (!coversMark && borders(box, clear));
    // No better than the best even if it covers nothing (most of the grid, once a free place
    // near the mark is found): passed over without counting.
    if (rankOf(coversMark, !mayReach, 0, 0, distance) >= bestRank) continue;
    // Its marks counted until it covers more than the best place.
    let covered = 0;
    let beaten = false;
    for (const o of others) {
      if (overlaps(box, o) && rankOf(coversMark, !mayReach, ++covered, 0, distance) >= bestRank) {
        beaten = true;
        break;
      }
    }
    if (beaten) continue;
    let avoided = 0;
    for (const o of avoid) if (overlaps(box, o)) avoided++;
    let rank = rankOf(coversMark, !mayReach, covered, avoided, distance);
    if (rank >= bestRank) continue;
    // And the pointer reaches it straight from the mark, at its nearest point and at the middle
    // of the side it shares with the mark's gap (checked last: the costliest test).
    if (
      hovered &&
      mayReach &&
      !(
        straightReach(mark, clamp(cx, left, box.right), clamp(cy, top, box.bottom), others, gap) &&
        straightReach(
          mark,
          clamp((Math.max(left, clear.left) + Math.min(box.right, clear.right)) / 2, left, box.right),
          clamp((Math.max(top, clear.top) + Math.min(box.bottom, clear.bottom)) / 2, top, box.bottom),
          others,
          gap,
        )
      )
    ) {
      rank = rankOf(coversMark, true, covered, avoided, distance);
      if (rank >= bestRank) continue;
    }
    best = { left, top, covered, coversMark };
    bestRank = rank;
  }
  return { placement: best!, rank: bestRank };
}
