/** The library's events. All bubble and cross shadow roots (composed). */
import type { FilterKey, FilterState } from './components/base/filter-state.js';

export interface PioneerSelectDetail {
  /** Which element fired it, e.g. `pioneer-trend`. */
  source: string;
  /** What was activated: an item, a year, a site, a segment. */
  kind: 'item' | 'year' | 'site' | 'segment' | 'point' | 'group';
  measure?: string;
  item?: string;
  year?: number;
  group?: string;
  response?: string;
  site?: string;
}

/** The detail of `pioneer-filter-change`: every key of the filter state, `undefined` where no filter is set. */
export type PioneerFilterChangeDetail = { [K in FilterKey]-?: FilterState[K] | undefined };

/** The library's events by name, with their types. */
interface PioneerEventMap {
  'pioneer-select': CustomEvent<PioneerSelectDetail>;
  'pioneer-filter-change': CustomEvent<PioneerFilterChangeDetail>;
}

// On every event target's map (elements, document, window; an `Element` as `querySelector('#id')`
// gives, a shadow root the composed events cross), so that a listener on the page (the event
// bubbles and is composed) gets its detail typed too. Both events, whichever element a program
// imports: one that imports a chart alone hears the bar's filter changes on the page (the bar
// from the embed, or another program).
declare global {
  interface GlobalEventHandlersEventMap extends PioneerEventMap {}
  interface ElementEventMap extends PioneerEventMap {}
  interface ShadowRootEventMap extends PioneerEventMap {}
}

/** Dispatches a bubbling, composed CustomEvent and returns it. */
export function emit<T>(target: EventTarget, name: string, detail: T): CustomEvent<T> {
  const event = new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, detail });
  target.dispatchEvent(event);
  return event;
}
