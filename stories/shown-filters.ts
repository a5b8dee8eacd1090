import { FILTER_KEYS } from '../src/components/base/filter-state.js';
import { listOf } from '../src/components/base/attribute-problem.js';

/**
 * A filter-bar story's Controls offer a filter (year, measure, wave…) only if the story's bar
 * shows it. The bar applies a choice only for a control it shows, so a year chosen in the
 * Controls panel of a bar showing organisation, tenure and deprivation did nothing to its
 * charts: the bar only said it had no effect. Such a row keeps its description (which says so)
 * and shows a dash, as an attribute no story sets does (only-story-controls.ts).
 *
 * The rows follow the bar's `controls` as the reader changes it: the enhancer below sets them
 * from the story's own `controls` (its initial args, as every enhancer sees them), and the
 * Controls panel's add-on (.storybook/manager.ts) sets them again from the current `controls`
 * whenever the args change (in the panel, by a link's `&args=controls:…`, by its reset). A
 * reader who types `year` into `controls` gets the bar's year select, and the year row's too.
 */
interface ArgTypeLike {
  control?: unknown;
  [key: string]: unknown;
}

/**
 * `argTypes` with the row of each filter that `controls` (the bar's attribute: entries separated
 * by spaces or commas) leaves out showing a dash, and the others their control. A dashed row keeps
 * its control's type, labels and bounds under `disable`, so showing it again gives it back whole.
 * The same object when no row changes (the panel's add-on then updates nothing).
 */
export function showingFilters<T extends ArgTypeLike>(argTypes: Record<string, T>, controls: string): Record<string, T> {
  const shown = new Set(listOf(controls));
  let out = argTypes;
  for (const key of FILTER_KEYS) {
    const argType = argTypes[key];
    if (!argType) continue;
    const control = typeof argType.control === 'string' ? { type: argType.control } : (argType.control as Record<string, unknown> | undefined) ?? {};
    const disable = !shown.has(key);
    if (Boolean(control.disable) === disable) continue;
    if (out === argTypes) out = { ...argTypes };
    out[key] = { ...argType, control: { ...control, disable } };
  }
  return out;
}

/** The arg types enhancer: a filter bar's story (`<pioneer-filters>`, the one element with `controls`) as its own `controls` shows it. */
export function onlyShownFilters(context: { component?: unknown; initialArgs: Record<string, unknown>; argTypes: Record<string, ArgTypeLike> }): Record<string, ArgTypeLike> {
  const { component, initialArgs, argTypes } = context;
  if (component !== 'pioneer-filters' || typeof initialArgs.controls !== 'string') return argTypes;
  return showingFilters(argTypes, initialArgs.controls);
}
