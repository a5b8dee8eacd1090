/**
 * The pointer's safe path from a hovered mark to its tooltip, as menus keep a submenu open while
 * the pointer crosses other items on its way there: every point between where the pointer left
 * the mark and the tooltip (the convex hull of that point and the tooltip's box: the triangle to
 * its near edge, and the box itself). A pointer there is on its way to the tooltip, so the marks
 * it crosses do not take the tooltip over (WCAG 1.4.13: hoverable).
 *
 * Pure geometry, in client px: tested with plain numbers.
 */

import type { Box } from './tooltip-placement.js';

type Point = readonly [number, number];

/**
 * How far (px) outside the hull a point still counts as on the path: a hand's curve, and the
 * rounding of the pointer's position to whole px, which a narrow triangle (a small tooltip far
 * from the mark) would otherwise not allow.
 */
export const PATH_SLACK = 4;

/** z of the cross product (b − a) × (p − a): positive where p is left of a→b (counterclockwise). */
const cross = (a: Point, b: Point, p: Point): number => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);

/** Distance from p to the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The convex hull of the points, counterclockwise (Andrew's monotone chain; a handful of points). */
function hull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const half = (pts: Point[]) => {
    const out: Point[] = [];
    for (const p of pts) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half(sorted.reverse())];
}

/**
 * Whether point p is on the safe path from `from` (where the pointer left the mark) to the
 * tooltip's box `to`: inside the hull of that point and the box, or within `slack` px of it.
 */
export function onSafePath(from: Point, to: Box, p: Point, slack = PATH_SLACK): boolean {
  const corners: Point[] = [[to.left, to.top], [to.right, to.top], [to.right, to.bottom], [to.left, to.bottom]];
  const polygon = hull([from, ...corners]);
  // A box with no area in line with the exit point has no inside: the path is its lines.
  if (polygon.length < 3) return Math.min(...corners.map((c, i) => Math.min(toSegment(p, c, corners[(i + 1) % 4]), toSegment(p, from, c)))) <= slack;
  let inside = true;
  let nearest = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    const [a, b] = [polygon[i], polygon[(i + 1) % polygon.length]];
    if (cross(a, b, p) < 0) inside = false;
    nearest = Math.min(nearest, toSegment(p, a, b));
  }
  return inside || nearest <= slack;
}
