// The keyboard tooltip placement as it was before the ring search (commit 0d1406d): the reference
// the ring search must match place for place (tooltip-placement-ring.test.ts), and the "before" of
// test/bench/tooltip-keyboard.bench.ts. It tries every place of the grid.
// Frozen: its search (placeTooltip and placeSized below, verbatim but for the ranking's call) must
// never follow changes to src/components/base/tooltip-placement.ts; a change to where tooltips go
// changes this reference on purpose, in its own commit, with the reason. What both searches share
// and the ring search did not change comes from src: the types, the constants (the places tried),
// the geometry (overlaps, distanceTo, borders, straightReach, clamp, steps) and the ranking. A
// change there moves both alike, which the ring tests do not see: the site map's own tests (how far
// from its site, how many sites covered) do.
import {
  GRID,
  SHARED,
  SLIDES,
  borders,
  clamp,
  distanceTo,
  overlaps,
  ranking,
  steps,
  straightReach,
  type Box,
  type Size,
  type TooltipPlacement,
  type TooltipPlacementInput,
} from '../../src/components/base/tooltip-placement.js';

export type { Box, Size, TooltipPlacement, TooltipPlacementInput };

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
  // The rank of a place, lower the better (ranking: what it covers, then its distance).
  const rankOf = ranking(others.length, avoid.length);
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
