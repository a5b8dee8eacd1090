/**
 * The state a <pioneer-filters> bar holds and the contract between it and the charts it
 * drives. Each chart class declares `static filterAttributes`: which filter keys it takes
 * and the attribute each one sets. A key mapped to `group` sets `group="<key>:<value>"`
 * (one published breakdown at a time); other keys set the named attribute to the value.
 * A chart names the bars it follows in its `filters` attribute; a name that matches no bar
 * is reported on the chart (filterLinkProblem), as any invalid attribute is.
 */
import { AttributeProblem, listOf, shortened } from './attribute-problem.js';
import { pageSingleton } from '../../page-singleton.js';

/** A filter bar's state; a key that is off is absent or undefined (an app under exactOptionalPropertyTypes gets both). */
export interface FilterState {
  year?: number | undefined;
  measure?: string | undefined;
  wave?: string | undefined;
  deprivation?: string | undefined;
  organisation?: string | undefined;
  tenure?: string | undefined;
}

export type FilterKey = keyof FilterState;

export const FILTER_KEYS: readonly FilterKey[] = ['measure', 'year', 'wave', 'deprivation', 'organisation', 'tenure'];

/** Filter keys that are subgroup dimensions of the data (`group="dimension:value"`). */
export const GROUP_DIMENSIONS: readonly FilterKey[] = ['organisation', 'tenure', 'deprivation', 'wave'];

export type FilterAttributes = Partial<Record<FilterKey, string>>;

/** The value that sets no filter: a bar's "All …" choice, written for a control the reader cleared; `all` on a chart too (`deprivation="all"`). */
export const CLEARED = 'all';

/** Whether a value clears its key: `all`, trimmed, in any case (`year="ALL"`). */
export const isCleared = (value: unknown): boolean => typeof value === 'string' && value.trim().toLowerCase() === CLEARED;

/**
 * Attributes whose valid values depend on the measure (item ids, responses, breakdowns
 * published for it). A bar that sets a chart's measure to another than the author's keeps
 * only the values the chart accepts for the new measure (dropping the attribute when none
 * is left) and gives the author's back when the chart returns to its own measure.
 */
export const MEASURE_DEPENDENT_ATTRIBUTES: readonly string[] = ['items', 'response', 'responses', 'dimension', 'gap-groups'];

/**
 * The bar that drives each linked chart, set by <pioneer-filters> as it links one. A chart
 * asks it whether the bar is about to look at it again (a page script changed one of the
 * chart's attributes): the bar may then turn off the filter that no longer fits. One map for
 * the page: a bar of one copy of the package may drive a chart of another.
 */
export const drivingBar = pageSingleton('driving-bar', () => new WeakMap<Element, { readonly isUpdatePending: boolean; readonly updateComplete: Promise<boolean>; requestUpdate(): void }>());

/**
 * The linked charts whose next message a bar's status line says: a reader's choice in the bar
 * (or back/forward) changed them while they showed figures, and the line that follows says
 * "The stacked bar chart now shows a message: …". Such a chart shows that message as a plain
 * paragraph, not an alert (role="alert"), so that a screen reader says it once, from the line.
 * Each chart takes its mark at its next update; the bar forgets a mark no update took. One set
 * for the page, as drivingBar.
 */
export const barSaysMessage = pageSingleton('bar-says-message', () => new WeakSet<Element>());

/** The bar ids a chart names in its `filters` attribute (space- or comma-separated), or null when it names none. */
export function namedBarIds(el: Element): string[] | null {
  const value = el.getAttribute('filters');
  if (value === null || !value.trim()) return null;
  return listOf(value);
}

/** What a chart needs from the link checks below: to be asked to update. */
interface Updatable extends Element {
  requestUpdate(): void;
}

/** The message each chart last got from filterLinkProblem ('' for none). */
const reported = new WeakMap<Element, string>();

/**
 * Why a chart's `filters` attribute links it to no bar: an AttributeProblem naming
 * `filters` and the ids of the <pioneer-filters> elements in the chart's document (or
 * shadow root), or saying there are none. Null when the chart names no bar, when every id
 * it names exists (defined as an element yet or not), when it is not in a document, and
 * while the page is still loading (a bar further down may not be parsed yet: the charts
 * are checked again on DOMContentLoaded, see watchFilterLink).
 */
export function filterLinkProblem(el: Element): AttributeProblem | null {
  const problem = linkProblemOf(el);
  reported.set(el, problem?.message ?? '');
  return problem;
}

function linkProblemOf(el: Element): AttributeProblem | null {
  const named = namedBarIds(el);
  if (!named || !el.isConnected || el.ownerDocument.readyState === 'loading') return null;
  const root = el.getRootNode() as Document | ShadowRoot;
  const bars = [...root.querySelectorAll('pioneer-filters')];
  const ids = [...new Set(bars.map((b) => b.id).filter(Boolean))];
  const unknown = named.filter((id) => !ids.includes(id));
  if (!unknown.length) return null;
  // An id with a space or comma cannot be named (filters="…" is a list): not offered.
  const nameable = ids.filter((id) => !/[\s,]/.test(id));
  const nameless = bars.length === 1 ? 'has no id' : 'have no id';
  const valid = nameable.length
    ? nameable
    : bars.length
      ? `none: the <pioneer-filters> here ${ids.length ? `${nameless} a chart can name (an id without spaces or commas; ` : `${nameless} (`}give ${bars.length === 1 ? 'it' : 'one'} id="${shortened(unknown[0])}")`
      : 'none: there is no <pioneer-filters> here';
  return new AttributeProblem('filters', unknown.join(' '), valid);
}

/** The charts being watched, per document or shadow root, with the observer of that root. */
const watchers = new Map<Node, { charts: Set<Updatable>; observer: MutationObserver | null }>();
let waitingForLoad = false;

/** Asks every watched chart of `roots` whose link problem changed since it last rendered to update. */
function recheck(roots: Iterable<Node>): void {
  for (const root of roots) {
    for (const chart of watchers.get(root)?.charts ?? []) {
      const was = reported.get(chart);
      // A chart that names no bar and never showed a link problem needs no look.
      if (!was && !chart.hasAttribute('filters')) continue;
      if ((linkProblemOf(chart)?.message ?? '') !== (was ?? '')) chart.requestUpdate();
    }
  }
}

/**
 * Keeps a connected chart's link message current: it is checked again once the page has
 * loaded and whenever, in its document or shadow root, elements are added or removed or an
 * `id` or `filters` attribute changes (a bar added, renamed or removed later; a typo fixed).
 * One MutationObserver per root, released when its last chart leaves.
 */
export function watchFilterLink(chart: Updatable): void {
  const root = chart.getRootNode();
  let entry = watchers.get(root);
  if (!entry) {
    const observer =
      typeof MutationObserver === 'function' && (root instanceof Document || root instanceof ShadowRoot)
        ? new MutationObserver(() => recheck([root]))
        : null;
    observer?.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id', 'filters'] });
    watchers.set(root, (entry = { charts: new Set(), observer }));
  }
  entry.charts.add(chart);
  const doc = chart.ownerDocument;
  if (doc.readyState === 'loading' && !waitingForLoad) {
    waitingForLoad = true;
    doc.addEventListener(
      'DOMContentLoaded',
      () => {
        waitingForLoad = false;
        recheck([...watchers.keys()]);
      },
      { once: true },
    );
  }
}

/** Stops watching a chart that left its document. */
export function unwatchFilterLink(chart: Updatable): void {
  for (const [root, entry] of watchers) {
    if (!entry.charts.delete(chart) || entry.charts.size) continue;
    entry.observer?.disconnect();
    watchers.delete(root);
  }
}
