/**
 * Where a tooltip goes on a chart whose marks crowd (the map's sites: London, the North West),
 * so that it hides as few of them as it can and never the mark it speaks of.
 *
 * Pure geometry: boxes in, a top-left corner out, all in one space (the element measures client
 * px). No DOM, so it is tested with plain numbers. Hovered, a few hundred box comparisons a
 * move; by the keyboard, a grid of places across the plot searched outward from the mark, most
 * never looked at: a few tenths of a millisecond for the map's 25 sites on a loaded machine.
 */
import { forEachInRing, gridRings, ringNearest, type GridRings } from './grid-rings.js';
import { SpanMasks } from './span-masks.js';

import { overlaps, type Box } from './boxes.js';

export { overlaps, shownPart, type Box } from './boxes.js';

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
  /** The other marks (or the parts of them to keep in view: see `marks`): covered as few as possible. */
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
  /**
   * Only beside the mark (default false), by the keyboard too: above or below it, or to its
   * side, as a hovered tooltip goes, for marks packed edge to edge (the grid's tiles), where the
   * free place nearest the mark may be a screen away and a reader following the focus with a
   * magnifier loses the way from the tile to its tooltip. Nothing is lost: a place anywhere that
   * leaves the mark clear lies wholly above, below or to one side of it, as one beside it does.
   */
  beside?: boolean;
  /**
   * Kept `beside` the mark by the keyboard, how far from the mark the tooltip may go (default
   * `gap`, where it borders the gap as a hovered one does): as far as this from the mark's edge,
   * past its gap and round its corners, where that covers fewer of `others` (a neighbouring
   * tile's code or count just past the gap's edge). No pointer goes to it, so it need not border
   * the gap.
   */
  within?: number;
  /**
   * The other marks whole, where `others` are only the parts of them to keep in view (a tile's
   * code and count): the pointer's way to a hovered tooltip is checked against these, which
   * the pointer finds (default `others`).
   */
  marks?: readonly Box[];
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

// The constants, geometry and ranking below are exported for the frozen copy of the search
// before the rings (test/components/tooltip-placement-reference.ts), which shares them.

/** How far along the mark's side a tooltip beside it may slide: this many places from one end to the other. */
export const SLIDES = 9;
/**
 * The least length of side a tooltip beside the mark shares with its gap, for the pointer to
 * cross straight over (a finger's width, WCAG 2.5.8's 24 px), not round a corner.
 */
export const SHARED = 24;
/** Px between the places tried across the bounds for a keyboard's tooltip. */
export const GRID = 8;
/**
 * Px by which a place past the gap (`within`) clears the box it keeps in view: the element's
 * layout rounds its place (to 1/64 px in Chromium), which must not bring it back over the box.
 */
const CLEARS = 0.1;
/** Px between the points checked on the pointer's way from the mark to a hovered tooltip (straightReach). */
const PATH_STEP = 3;

/** Distance from point (x, y) to the nearest point of box b (0 inside it). */
export const distanceTo = (x: number, y: number, b: Box): number =>
  Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));

/** Whether box b lies against a side of box c (not over it), sharing at least SHARED px of it. */
export const borders = (b: Box, c: Box): boolean => {
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
export const straightReach = (mark: Box, tx: number, ty: number, others: readonly Box[], gap: number): boolean => {
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

export const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** Distance between the nearest points of boxes a and b (0 where they overlap or touch). */
const apart = (a: Box, b: Box): number => Math.hypot(Math.max(a.left - b.right, b.left - a.right, 0), Math.max(a.top - b.bottom, b.top - a.bottom, 0));

/**
 * The places of a tooltip (w by h) from the mark's gap out to `within` px from the mark (the
 * band round it, corners too) and inside the bounds (its top-left corner from minX, minY to
 * maxX, maxY), where what it covers changes: how many of `boxes` a place covers changes only
 * where an edge of the tooltip passes an edge of a box, so trying the places just clear of each
 * box nearby (by CLEARS), and the band's and the bounds' edges, finds the fewest any place in
 * the band covers; and with them the places nearest the mark (centred on it, against its gap),
 * which win among equals. Each once, and only those in the band.
 */
function bandPlaces(w: number, h: number, mark: Box, clear: Box, within: number, boxes: readonly Box[], [minX, maxX, minY, maxY]: readonly number[]): [number, number][] {
  // The band's outer edge a little inside `within`, which the element's rounding keeps.
  const far = within - CLEARS;
  const near = boxes.filter((b) => b.right > mark.left - far - w && b.left < mark.right + far + w && b.bottom > mark.top - far - h && b.top < mark.bottom + far + h);
  const cx = (mark.left + mark.right) / 2;
  const cy = (mark.top + mark.bottom) / 2;
  // Each once, inside the bounds.
  const lefts = [...new Set([cx - w / 2, cx - w, cx, clear.left - w, clear.right, mark.left - far - w, mark.right + far, ...near.flatMap((b) => [b.left - w - CLEARS, b.right + CLEARS])].map((x) => clamp(x, minX, maxX)))];
  const tops = [...new Set([cy - h / 2, cy - h, cy, clear.top - h, clear.bottom, mark.top - far - h, mark.bottom + far, ...near.flatMap((b) => [b.top - h - CLEARS, b.bottom + CLEARS])].map((y) => clamp(y, minY, maxY)))];
  // A place in the band lies wholly above or below the gap (its top in a strip `within` -
  // `gap` px deep), or wholly to one side of it: those rows with every column, those columns
  // with every row. Round a corner, also the farthest out along the row or column still within reach.
  const rows = tops.filter((y) => (y + h <= clear.top && y + h >= mark.top - far) || (y >= clear.bottom && y <= mark.bottom + far));
  const columns = lefts.filter((x) => (x + w <= clear.left && x + w >= mark.left - far) || (x >= clear.right && x <= mark.right + far));
  const reach = (d: number) => Math.sqrt(Math.max(0, far * far - d * d));
  const places: [number, number][] = [];
  const add = (x: number, y: number) => {
    const [left, top] = [clamp(x, minX, maxX), clamp(y, minY, maxY)];
    const box: Box = { left, top, right: left + w, bottom: top + h };
    if (!overlaps(box, clear) && apart(box, mark) <= within) places.push([left, top]);
  };
  for (const top of rows) {
    const dy = Math.max(mark.top - top - h, top - mark.bottom, 0);
    for (const left of [...lefts, mark.left - w - reach(dy), mark.right + reach(dy)]) add(left, top);
  }
  for (const left of columns) {
    const dx = Math.max(mark.left - left - w, left - mark.right, 0);
    for (const top of [...tops, mark.top - h - reach(dx), mark.bottom + reach(dx)]) add(left, top);
  }
  return places;
}

/** n evenly spaced values from a to b (a alone where n is 1). */
export const steps = (a: number, b: number, n: number): number[] => Array.from({ length: n }, (_, i) => (n > 1 ? a + ((b - a) * i) / (n - 1) : a));

/**
 * The tooltip's top-left corner (and size, of those given). Candidates: beside the mark (above,
 * below, right, left; centred on it, or slid along that side as far as it still borders the
 * mark's gap) and, unless hovered or kept `beside` it, the bounds' corners, the middles of their
 * sides and every GRID px between (on a map, the sea near the site); kept `beside` it by the
 * keyboard, also the band from its gap out to `within` px from it, round its corners too
 * (bandPlaces); each moved inside the bounds. The winner
 * leaves the mark (and its gap) clear; hovered, it borders the gap and the pointer's way to it
 * is clear; it covers the fewest other marks, then the fewest of `avoid`; among equals it lies
 * nearest the mark (the eye and the pointer have least far to go: a keyboard's tooltip goes to
 * the sea near its site, not the far corner), then has the earlier size, and then comes first
 * in the order above, which starts centred over the mark as other charts' tooltips are.
 * Hovered, about 45 places a size. By the keyboard, the grid too (some thousands of places a
 * size on a phone's map): searched in rings outward from the mark, the sizes' rings taken
 * nearest first, until no place farther out can rank better than the best found (soon, where a
 * free place lies near the mark), each place's marks counted from its column's and its row's
 * (SpanMasks). For the map's 25 sites of 2019 about 0.1 to 0.2 ms a tooltip, where trying
 * every place against every site took 0.6 to 1.3 ms (test/bench/tooltip-keyboard.bench.ts).
 */
export function placeTooltip({ size, mark, bounds, others, avoid = [], ...rest }: TooltipPlacementInput): TooltipPlacement {
  const sizes = Array.isArray(size) ? size : [size as Size];
  if (!sizes.length) throw new RangeError('placeTooltip: give the tooltip at least one size.');
  // Plain copies of the boxes: a DOMRect's sides are getters, slow read some hundred thousand times.
  const plain = ({ left, top, right, bottom }: Box): Box => ({ left, top, right, bottom });
  const boxes = { ...rest, mark: plain(mark), bounds: plain(bounds), others: others.map(plain), avoid: avoid.map(plain), marks: rest.marks?.map(plain) };
  const best: Best = { placement: null, rank: Infinity, sizeIndex: Infinity, order: Infinity };
  const rankOf = ranking(others.length, avoid.length);
  // Beside the mark and at the bounds' corners, every size; then the grids, ring by ring, the
  // nearest ring of any size first.
  const grids = sizes.map((s, sizeIndex) => placeBeside(s, sizeIndex, boxes, rankOf, best));
  const searches = grids.filter((g): g is GridSearch => g !== null).map((g) => ({ ...g, k: 0 }));
  for (;;) {
    let next: (typeof searches)[number] | null = null;
    let nearest = Infinity;
    for (const g of searches) {
      const n = g.k < g.rings.count ? ringNearest(g.rings, g.k) : Infinity;
      if (n < nearest || (!next && g.k < g.rings.count)) [next, nearest] = [g, n];
    }
    // A ring whose places are all farther than the best place (by more than rounding) ends the
    // search: the rank puts distance after what is covered, and a farther place covers at least
    // nothing. As far, a place may still win a tie by its size or its order.
    if (!next || rankOf(false, false, 0, 0, Math.max(0, nearest - 1e-9)) > best.rank) break;
    forEachInRing(next.rings, next.k++, next.visit);
  }
  return best.placement!;
}

/** The best place so far, of all sizes: the lowest rank, then the earliest size, then the first in order. */
interface Best {
  placement: TooltipPlacement | null;
  rank: number;
  sizeIndex: number;
  order: number;
}

const beats = (best: Best, rank: number, sizeIndex: number, order: number): boolean =>
  rank < best.rank || (rank === best.rank && (sizeIndex < best.sizeIndex || (sizeIndex === best.sizeIndex && order < best.order)));

export type RankOf = (coversMark: boolean, unreachable: boolean, covered: number, avoided: number, distance: number) => number;

/**
 * The rank of a place, lower the better: whether it covers the mark, whether the pointer can't
 * reach it, how many marks and then legend entries it covers, and its distance (in half px:
 * within half a pixel is equal), compared in that order, as one number.
 */
export function ranking(marks: number, avoided: number): RankOf {
  const [M, L, D] = [marks + 1, avoided + 1, 1e7];
  return (coversMark, unreachable, covered, avoided, distance) =>
    (((+coversMark * 2 + +unreachable) * M + covered) * L + avoided) * D + Math.min(Math.round(distance * 2), D - 1);
}

/** A size's grid of places, ring by ring: `visit` ranks a place (column, row) against the best. */
interface GridSearch {
  rings: GridRings;
  visit: (column: number, row: number) => void;
}

/**
 * Tries the places beside the mark (and, by the keyboard, the bounds' corners) for a tooltip of
 * one size, against the best of all sizes; by the keyboard, returns the search of its grid.
 */
function placeBeside(
  { width: w, height: h }: Size,
  sizeIndex: number,
  { mark, bounds, others, avoid = [], gap = 8, hovered = false, beside = false, within = gap, marks = others }: Omit<TooltipPlacementInput, 'size'>,
  rankOf: RankOf,
  best: Best,
): GridSearch | null {
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
  if (!hovered && !beside) candidates.push([minX, minY], [midX, minY], [maxX, minY], [minX, midY], [maxX, midY], [minX, maxY], [midX, maxY], [maxX, maxY]);
  // By the keyboard, beside the mark, also the band past its gap, out to `within` (after the
  // places above: among equals, those win).
  if (!hovered && beside && within > gap) candidates.push(...bandPlaces(w, h, mark, clear, within, [...others, ...avoid], [minX, maxX, minY, maxY]));
  candidates.forEach(([x0, y0], order) => {
    // Inside the bounds (at their left or top edge where the tooltip is the larger).
    const left = Math.max(minX, Math.min(maxX, x0));
    const top = Math.max(minY, Math.min(maxY, y0));
    const box: Box = { left, top, right: left + w, bottom: top + h };
    const coversMark = overlaps(box, clear);
    const distance = distanceTo(cx, cy, box);
    // Hovered, it borders the mark's gap; the first equal place stays the winner.
    const mayReach = !hovered || (!coversMark && borders(box, clear));
    // No better than the best even if it covers nothing: passed over without counting.
    if (!beats(best, rankOf(coversMark, !mayReach, 0, 0, distance), sizeIndex, order)) return;
    // Its marks counted until it covers more than the best place.
    let covered = 0;
    for (const o of others) if (overlaps(box, o) && !beats(best, rankOf(coversMark, !mayReach, ++covered, 0, distance), sizeIndex, order)) return;
    let avoided = 0;
    for (const o of avoid) if (overlaps(box, o)) avoided++;
    let rank = rankOf(coversMark, !mayReach, covered, avoided, distance);
    if (!beats(best, rank, sizeIndex, order)) return;
    // And the pointer reaches it straight from the mark, at its nearest point and at the middle
    // of the side it shares with the mark's gap (checked last: the costliest test).
    if (
      hovered &&
      mayReach &&
      !(
        straightReach(mark, clamp(cx, left, box.right), clamp(cy, top, box.bottom), marks, gap) &&
        straightReach(
          mark,
          clamp((Math.max(left, clear.left) + Math.min(box.right, clear.right)) / 2, left, box.right),
          clamp((Math.max(top, clear.top) + Math.min(box.bottom, clear.bottom)) / 2, top, box.bottom),
          marks,
          gap,
        )
      )
    ) {
      rank = rankOf(coversMark, true, covered, avoided, distance);
      if (!beats(best, rank, sizeIndex, order)) return;
    }
    Object.assign(best, { placement: { left, top, covered, coversMark, sizeIndex }, rank, sizeIndex, order });
  });
  if (hovered || beside) return null;
  // And every GRID px across the bounds (after the places above, row by row): the free place
  // nearest the mark, not only its sides and the bounds' corners (on a narrow map the corners
  // are a screen away, over the legend). By the keyboard, never pointed at: all reachable.
  const lefts = steps(minX, maxX, Math.max(2, Math.ceil((maxX - minX) / GRID) + 1)).map((x) => Math.max(minX, Math.min(maxX, x)));
  const tops = steps(minY, maxY, Math.max(2, Math.ceil((maxY - minY) / GRID) + 1)).map((y) => Math.max(minY, Math.min(maxY, y)));
  const across = (boxes: readonly Box[]) => new SpanMasks(lefts, w, boxes.map((b) => b.left), boxes.map((b) => b.right));
  const down = (boxes: readonly Box[]) => new SpanMasks(tops, h, boxes.map((b) => b.top), boxes.map((b) => b.bottom));
  const [marksAcross, marksDown, avoidAcross, avoidDown, clearAcross, clearDown] = [across(others), down(others), across(avoid), down(avoid), across([clear]), down([clear])];
  const rings = gridRings(lefts, tops, { x: cx, y: cy }, { width: w, height: h });
  const first = candidates.length;
  return {
    rings,
    visit: (column, row) => {
      const coversMark = clearAcross.shared(column, clearDown, row) > 0;
      const covered = marksAcross.shared(column, marksDown, row);
      const avoided = avoidAcross.shared(column, avoidDown, row);
      // Its distance (a Math.hypot, the dearest part) only where what it covers is no worse.
      if (rankOf(coversMark, false, covered, avoided, 0) > best.rank) return;
      const rank = rankOf(coversMark, false, covered, avoided, Math.hypot(rings.across[column], rings.down[row]));
      const order = first + row * lefts.length + column;
      if (!beats(best, rank, sizeIndex, order)) return;
      Object.assign(best, { placement: { left: lefts[column], top: tops[row], covered, coversMark, sizeIndex }, rank, sizeIndex, order });
    },
  };
}
