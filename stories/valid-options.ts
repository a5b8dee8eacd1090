import { probeChart, declaresAttribute, type ProbeValue } from '../src/components/pioneer-filters/chart-probe.js';
import { bundledDataset } from '../src/data/bundled.js';

/**
 * Each story's Controls offer only the choices its chart accepts with the story's other args.
 *
 * A meta lists every value an attribute takes somewhere (all the measures, every survey year),
 * but many hold only with some of the others: barriers are published for 2019 and 2020 only,
 * the effects of Covid-19 for 2020 only, `compare-year` must differ from `year`, a subgroup is
 * published for some measures only. A researcher picking one of those in a story met a "not
 * valid" message instead of a chart. So, for each story, every option of a select or radio is
 * put to the chart's own validation (probeChart: its computeView, on a stand-in, as the filter
 * bar asks before offering a choice) with the story's other args, and the options it refuses are
 * left out of that story's control. No list of valid values is kept here: it is the chart's.
 *
 * A story whose own args are refused (a deliberate bad input, there to show its message) keeps
 * the meta's options; so does an element with no view of its own (the filter bar).
 */

interface ArgTypeLike {
  options?: readonly unknown[];
  mapping?: Record<string, unknown>;
  [key: string]: unknown;
}

interface EnhancerContext {
  component?: unknown;
  initialArgs: Record<string, unknown>;
  argTypes: Record<string, ArgTypeLike>;
  parameters?: { controls?: { disable?: boolean } };
}

/** What the story's render writes for an arg (args are named as the attributes): null for no attribute. */
function attributeOf(argType: ArgTypeLike | undefined, arg: unknown): string | null {
  const value = argType?.mapping && typeof arg === 'string' && arg in argType.mapping ? argType.mapping[arg] : arg;
  // The renders leave out an empty value, a 0 height and a false flag; a true flag is present.
  if (value === undefined || value === null || value === '' || value === 0 || value === false) return null;
  return value === true ? '' : String(value);
}

/** The story's chart with its args written as attributes (never connected, never drawn). */
function chartOf(tag: string, args: Record<string, unknown>, argTypes: Record<string, ArgTypeLike>): Element {
  const el = document.createElement(tag);
  for (const [name, arg] of Object.entries(args)) {
    if (!declaresAttribute(el, name)) continue;
    const value = attributeOf(argTypes[name], arg);
    if (value !== null) el.setAttribute(name, value);
  }
  return el;
}

/** An argTypesEnhancer (see .storybook/preview.ts): the story's argTypes, each option list kept to what its chart accepts. */
export function offerValidOptions(context: EnhancerContext): Record<string, ArgTypeLike> {
  const { component, initialArgs, argTypes } = context;
  if (typeof component !== 'string' || !customElements.get(component) || context.parameters?.controls?.disable) return argTypes;
  const dataset = bundledDataset();
  const el = chartOf(component, initialArgs, argTypes);
  // A deliberate bad input (or an element with no view to check): its controls stay as the meta lists them.
  if (probeChart(el, new Map(), dataset) !== null) return argTypes;
  const out = { ...argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    if (!argType.options || !declaresAttribute(el, name)) continue;
    const accepted = argType.options.filter((option) => {
      const values = new Map<string, ProbeValue>([[name, { attribute: attributeOf(argType, option) }]]);
      return probeChart(el, values, dataset) === null;
    });
    if (accepted.length < argType.options.length) out[name] = { ...argType, options: accepted };
  }
  return out;
}
