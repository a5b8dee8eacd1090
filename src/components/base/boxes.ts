/**
 * Boxes as getBoundingClientRect gives them, for placing a tooltip: the map's among its sites
 * (tooltip-placement.ts) and the trend's beside its year (tooltip-beside-year.ts). A module of
 * its own, so that the trend takes these and not the map's search.
 */

/** A box as getBoundingClientRect gives it (a DOMRect will do). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The part of the plot the window shows (its box clipped to the window's `width` and `height`; 0: not known): where a tooltip is seen whole. */
export const shownPart = (plot: Box, width: number, height: number): Box => ({
  left: Math.max(plot.left, 0),
  top: Math.max(plot.top, 0),
  right: Math.min(plot.right, width || Infinity),
  bottom: Math.min(plot.bottom, height || Infinity),
});
