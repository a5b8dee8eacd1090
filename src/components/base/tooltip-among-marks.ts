import { placeTooltip } from './tooltip-placement.js';

/**
 * Places a chart's tooltip among its marks as drawn (placeTooltip), for a chart whose marks crowd
 * (the map's sites), and returns its top-left corner in client px. It goes in the part of the plot
 * (`plotBox`) the window shows, where it fits there (else anywhere in the plot); it covers the
 * fewest other marks (`[data-key]`), then the fewest entries of the legend (the key to the marks
 * it leaves in view); the `reach` px around the mark, where a pointer still reaches the mark,
 * stay clear, so a pointer there is on the mark, not the tooltip. `hovered`: shown by the pointer,
 * so kept where the pointer goes straight onto it from the mark.
 */
export function placeAmongMarks(tip: HTMLElement, markEl: Element, plotBox: DOMRect, hovered: boolean, reach: number): { left: number; top: number } {
  const boxes = (els: Iterable<Element>) => [...els].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
  const svg = markEl.closest('svg')!;
  const others = boxes([...svg.querySelectorAll('[data-key]')].filter((el) => el !== markEl && !el.contains(markEl) && !markEl.contains(el)));
  // Its drawn size, to the fraction of a pixel (offsetWidth rounds, and a tooltip against the
  // window's edge would stick out by the rest).
  const { width, height } = tip.getBoundingClientRect();
  const page = tip.ownerDocument.documentElement;
  const seen = {
    left: Math.max(plotBox.left, 0),
    top: Math.max(plotBox.top, 0),
    right: Math.min(plotBox.right, page.clientWidth || Infinity),
    bottom: Math.min(plotBox.bottom, page.clientHeight || Infinity),
  };
  const fits = seen.right - seen.left >= width && seen.bottom - seen.top >= height;
  return placeTooltip({
    mark: markEl.getBoundingClientRect(),
    size: { width, height },
    bounds: fits ? seen : plotBox,
    others,
    avoid: boxes(svg.querySelectorAll('[part~="legend"] > *')),
    gap: reach,
    hovered,
  });
}
