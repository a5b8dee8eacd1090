// The Actions panel logs what the elements fire (pioneer-select, pioneer-filter-change…), with
// each event's detail, as a page's listener gets it. The events bubble out of their shadow roots
// (composed), so one listener per event name on the story's canvas hears every element in it.
// The names are read from the manifest, so an element's new event is logged without a change here.
import { useEffect } from 'storybook/preview-api';
import { action } from 'storybook/actions';

interface ManifestLike {
  modules?: { declarations?: { events?: { name?: string }[] }[] }[];
}

export function eventNamesOf(manifest: ManifestLike): string[] {
  const names = new Set<string>();
  for (const m of manifest.modules ?? []) for (const d of m.declarations ?? []) for (const e of d.events ?? []) if (e.name) names.add(e.name);
  return [...names].sort();
}

export function logEventsOf(names: readonly string[]) {
  return (storyFn: () => unknown, context: { canvasElement?: HTMLElement }) => {
    const root = context.canvasElement;
    useEffect(() => {
      if (!root) return undefined;
      const listeners = names.map((name) => {
        const log = action(name);
        const listener = (event: Event) => log((event as CustomEvent).detail);
        root.addEventListener(name, listener);
        return [name, listener] as const;
      });
      return () => listeners.forEach(([name, listener]) => root.removeEventListener(name, listener));
    }, [root]);
    return storyFn();
  };
}
