import { seenArea, shownPart, type Box } from './boxes.js';
import { placeTooltip, type Size, type TooltipPlacement, type TooltipPlacementInput } from './tooltip-placement.js';

/**
 * The widths the tooltip's text may wrap to (its max-width), tried in this order, a later one
 * taken only where it does better (placeTooltip's sizes): the stylesheet's (the map's: 45% of a
 * narrow map); narrower, taller ones, which on a narrow map fit between the sites (beside a
 * site, where the pointer reaches it, or in the sea near it) where a wider one covers some; and
 * last 18em, a large map's, which above or below a site in a crowd is sometimes the only place
 * the pointer reaches. Never under 9em (about 16 characters a line), nor wider than the chart
 * (WCAG 1.4.10: the text reflows in it, nothing cut off).
 */
const WRAPS = ['', 'min(18em, 35%)', 'min(18em, 100%, max(25%, 9em))', 'min(18em, 100%)'];

/**
 * How far from its tile (px from its edge) the keyboard's tooltip on the grid may go: past the
 * pointer's reach round the tile (12 px), where that keeps a neighbouring tile's code or count
 * in view, but still beside its tile, so the eye or a magnifier goes straight from one to the other.
 */
const BESIDE_WITHIN = 16;

/**
 * Places a chart's tooltip among its marks as drawn (placeTooltip), for a chart whose marks crowd
 * (the map's sites), and returns its top-left corner in client px. It goes in the part of the plot
 * (`plotBox`) the window shows, and any box around the chart that cuts off what overflows it
 * (seenArea), where it fits there (else anywhere in the plot); it covers the fewest other marks
 * (`[data-key]`), then the fewest entries of the legend (the key to the marks it leaves in
 * view); the `reach` px around the mark, where a pointer still reaches the mark,
 * stay clear, so a pointer there is on the mark, not the tooltip. `hovered`: shown by the pointer,
 * so kept where the pointer goes straight onto it from the mark.
 */
export const placeAmongMarks = amongMarks(placeTooltip, measureWraps);

/**
 * placeAmongMarks for marks packed edge to edge (the grid's tiles): the tooltip goes right beside
 * its mark (above or below it, or to its side), by the keyboard too, never over it; where it
 * covers the fewest other marks' text (a tile's code and count), then the fewest of their boxes
 * and of the legend's entries. Searched across the plot, as placeAmongMarks, the keyboard's
 * tooltip went to the free cells of the grid: up to 263 px from its tile at 320 px wide. By the
 * keyboard, anywhere from the gap to BESIDE_WITHIN px off its tile, round its corners too: kept
 * bordering the gap as a hovered one is, it covered 100 other tiles' codes and counts over the
 * 25 tiles at 320 px wide (54 at 400 px, 38 at 480 px); now 86, 48 and 35.
 */
export const placeBesideMarks = amongMarks(placeTooltip, measureWraps, true);

/**
 * placeAmongMarks with its search (`search`: placeTooltip) and its tooltip's sizes at the wraps
 * (`sizesOf`: measureWraps, all measured at every call) given: the frozen copy of it before the
 * ring search (test/bench/tooltip-among-marks-before.ts) gives the search of then, and shares
 * all the rest.
 */
export function amongMarks(
  search: (input: TooltipPlacementInput) => TooltipPlacement,
  sizesOf: (tip: HTMLElement) => Size[],
  beside = false,
): (tip: HTMLElement, markEl: Element, plotBox: DOMRect, hovered: boolean, reach: number) => { left: number; top: number } {
  return (tip, markEl, plotBox, hovered, reach) => {
    const boxes = (els: Iterable<Element>) => [...els].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
    const svg = markEl.closest('svg')!;
    const otherEls = [...svg.querySelectorAll('[data-key]')].filter((el) => el !== markEl && !el.contains(markEl) && !markEl.contains(el));
    const marks = boxes(otherEls);
    // Beside: what a tooltip there must leave in view is the other marks' text (a tile's code
    // and count, shown), which the tooltip near its tile can keep clear of; their boxes next.
    const others = beside ? boxes(otherEls.flatMap((el) => [...el.querySelectorAll('text')])) : marks;
    const legend = boxes(svg.querySelectorAll('[part~="legend"] > *'));
    const sizes = sizesOf(tip);
    const area = seenArea(tip);
    const seen = shownPart(plotBox, area);
    // The wraps that fit there (each size once: on a wide chart some are the same); if none
    // does, or every place there covers the mark (a small scrolling panel: off the mark, though
    // partly cut off, as before), all of them anywhere in the plot.
    const distinct = WRAPS.map((_, i) => i).filter((i) => sizes.findIndex((s) => Math.abs(s.width - sizes[i].width) < 0.5 && Math.abs(s.height - sizes[i].height) < 0.5) === i);
    const fitting = distinct.filter((i) => seen.right - seen.left >= sizes[i].width && seen.bottom - seen.top >= sizes[i].height);
    const place = (tried: number[], bounds: Box) =>
      search({
        mark: markEl.getBoundingClientRect(),
        size: tried.map((i) => sizes[i]),
        bounds,
        others,
        avoid: beside ? [...marks, ...legend] : legend,
        gap: reach,
        hovered,
        ...(beside ? { beside, marks, within: Math.max(reach, BESIDE_WITHIN) } : {}),
      });
    let tried = fitting.length ? fitting : distinct;
    let placed = place(tried, fitting.length ? seen : plotBox);
    // A plot too short to keep the mark clear in it (the grid drawn 156 px wide, at 200% zoom
    // on a phone): still in view, over the chart's title, buttons or notes above or below it,
    // rather than in a column of a few letters a line taller than the window (up to 606 px in
    // 370), whose end a pan to read it lets go.
    const column = { left: seen.left, right: seen.right, top: area.top, bottom: area.bottom };
    const inView = distinct.filter((i) => column.right - column.left >= sizes[i].width && column.bottom - column.top >= sizes[i].height);
    if (placed.coversMark && fitting.length && inView.length) {
      placed = place((tried = inView), column);
      // Nowhere in view off the mark (a tile mid-window, 370 px tall): the shortest of those
      // wraps beside the mark, as little past the window's edge as the room allows.
      if (placed.coversMark) {
        const i = inView.reduce((a, b) => (sizes[b].height < sizes[a].height ? b : a));
        const mark = markEl.getBoundingClientRect();
        const h = sizes[i].height + reach;
        placed = place((tried = [i]), { ...column, top: Math.min(column.top, mark.top - h), bottom: Math.max(column.bottom, mark.bottom + h) });
      }
    }
    if (placed.coversMark && fitting.length) placed = place((tried = distinct), plotBox);
    tip.style.maxWidth = WRAPS[tried[placed.sizeIndex]];
    return placed;
  };
}

/** Its drawn size at each of WRAPS, to the fraction of a pixel (offsetWidth rounds, and a tooltip against the window's edge would stick out by the rest). */
export function measureWraps(tip: HTMLElement): Size[] {
  return WRAPS.map((mw) => {
    tip.style.maxWidth = mw;
    const { width, height } = tip.getBoundingClientRect();
    return { width, height };
  });
}
