/**
 * Whether a chart is in the window: only then do its marks move to their new places (a year
 * changed, a filter). A chart off screen gains nothing from a transition, and on a page of
 * 50 stacked-bar charts, most below the fold, the style and layout work of all their
 * transitions left the page about 3 frames in the 0.7 s after a year change.
 */

/** A chart, told whether it is in the window (at once on being watched, then on each change). */
export interface InViewWatcher extends Element {
  setInView(inView: boolean): void;
}

/**
 * One observer for every chart (as for their sizes), made from the first chart's window: with no
 * root, it tells of charts in an iframe's document too, against the window the reader sees.
 */
let observer: IntersectionObserver | undefined;

/** Watches a chart; false where the browser has no IntersectionObserver (nothing is watched). */
export function watchInView(chart: InViewWatcher): boolean {
  if (typeof IntersectionObserver !== 'function') return false;
  observer ??= new IntersectionObserver((entries) => {
    // In order: a chart that came and went within one frame ends as its last entry says.
    for (const entry of entries) (entry.target as InViewWatcher).setInView(entry.isIntersecting);
  });
  observer.observe(chart);
  return true;
}

export function unwatchInView(chart: Element): void {
  observer?.unobserve(chart);
}
