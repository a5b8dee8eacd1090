import { FILTER_KEYS } from '../src/components/base/filter-state.js';

/**
 * A filter-bar story's Controls offer a filter (year, measure, wave…) only if the story's bar
 * shows it. The bar applies a choice only for a control it shows, so a year chosen in the
 * Controls panel of a bar showing organisation, tenure and deprivation did nothing to its
 * charts: the bar only said it had no effect. Such a row keeps its description (which says so)
 * and shows a dash, as an attribute no story sets does (only-story-controls.ts).
 *
 * Read from the story's own `controls` (its initial args, as every enhancer sees them): a reader
 * who types another filter into `controls` gets it in the bar itself, whose own control acts.
 */
interface ArgTypeLike {
  control?: unknown;
  [key: string]: unknown;
}

export function onlyShownFilters(context: { component?: unknown; initialArgs: Record<string, unknown>; argTypes: Record<string, ArgTypeLike> }): Record<string, ArgTypeLike> {
  const { component, initialArgs, argTypes } = context;
  if (component !== 'pioneer-filters' || typeof initialArgs.controls !== 'string') return argTypes;
  // As the bar reads it: entries separated by spaces or commas.
  const shown = new Set(initialArgs.controls.split(/[\s,]+/).filter(Boolean));
  const out = { ...argTypes };
  for (const key of FILTER_KEYS) {
    if (key in out && !shown.has(key)) out[key] = { ...out[key], control: { disable: true } };
  }
  return out;
}
