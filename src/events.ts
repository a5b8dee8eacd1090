/** The library's events. All bubble and cross shadow roots (composed). */

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

// On every event target's map (elements, document, window), so that a listener on the page
// (the event bubbles and is composed) gets its detail typed too.
declare global {
  interface GlobalEventHandlersEventMap {
    'pioneer-select': CustomEvent<PioneerSelectDetail>;
  }
}

/** Dispatches a bubbling, composed CustomEvent and returns it. */
export function emit<T>(target: EventTarget, name: string, detail: T): CustomEvent<T> {
  const event = new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, detail });
  target.dispatchEvent(event);
  return event;
}
