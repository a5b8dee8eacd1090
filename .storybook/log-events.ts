// The Actions panel logs what the elements fire (pioneer-select, pioneer-filter-change…), with
// each event's detail, as a page's listener gets it. The events bubble out of their shadow roots
// (composed), so one listener per event name on the preview's document hears every element, from
// the moment the preview loads: a listener added by a decorator's effect came after the story
// had drawn, and missed what a reader (or a check) did in between.
// The names are read from the manifest, so an element's new event is logged without a change here.
import { action } from 'storybook/actions';

interface ManifestLike {
  modules?: { declarations?: { events?: { name?: string }[] }[] }[];
}

export function eventNamesOf(manifest: ManifestLike): string[] {
  const names = new Set<string>();
  for (const m of manifest.modules ?? []) for (const d of m.declarations ?? []) for (const e of d.events ?? []) if (e.name) names.add(e.name);
  return [...names].sort();
}

/** Where the listeners of the last call are kept: preview.ts runs again on each hot update of the dev server. */
const LISTENING = Symbol.for('pioneer-viz.storybook.logged-events');
type Listening = { target: EventTarget; listeners: [string, EventListener][] };

/** Logs each event named in `names` that reaches `target` to the Actions panel, replacing an earlier call's listeners. */
export function logEvents(target: EventTarget, names: readonly string[]): void {
  const store = globalThis as unknown as Record<symbol, Listening | undefined>;
  const earlier = store[LISTENING];
  if (earlier) for (const [name, listener] of earlier.listeners) earlier.target.removeEventListener(name, listener);
  const listeners = names.map((name): [string, EventListener] => {
    const log = action(name);
    return [name, (event: Event) => log((event as CustomEvent).detail)];
  });
  for (const [name, listener] of listeners) target.addEventListener(name, listener);
  store[LISTENING] = { target, listeners };
}
