/**
 * Typed access to the bundled figures: measures and item ids are literal unions
 * generated from data/, so `published('barrier', 'finacial-constraints', 2019, 'very')` is a
 * type error rather than an empty chart; so is a response the measure does not have
 * (`'selected'` for a barrier). From a script without types, such a call finds nothing, as it
 * would have no figure, and a console warning names the argument and what it takes.
 */
import { bundledDataset } from './bundled.js';
import { GROUPS, MEASURES, type Group, type ItemId, type Measure, type ResponseOf } from './generated/vocabulary.js';
import { figure, rowsOf, series, type SeriesPoint } from './query.js';
import type { ObservationRow } from './types.js';

const warned = new Set<string>();

/**
 * Why `fn`'s arguments name no figure of the bundled data, argument by argument (a measure, an
 * item or response of another measure, a group), warned once each; null when they are all known.
 */
function unknownArgument(fn: string, measure: string, item: string, response: string, group: string): string | null {
  const ds = bundledDataset();
  const of = (key: 'item' | 'response') => [...new Set([...rowsOf(ds, measure), ...ds.missing.filter((m) => m.measure === measure)].map((r) => r[key]))];
  const wrong = (name: string, value: string, valid: readonly string[], what = '') => (valid.includes(value) ? null : `${fn}(): ${name} ${JSON.stringify(value)} is not ${what || `a ${name}`} of the bundled data. Valid values: ${valid.join(', ')}.`);
  const problem =
    wrong('measure', measure, MEASURES) ??
    wrong('item', item, of('item'), `an item of ${measure}`) ??
    wrong('response', response, of('response'), `a response of ${measure}`) ??
    wrong('group', group, GROUPS);
  if (problem && !warned.has(problem)) {
    warned.add(problem);
    console.warn(`pioneer-viz: ${problem}`);
  }
  return problem;
}

/** One published figure of the bundled data, or undefined where none is printed. */
export function published<M extends Measure>(
  measure: M,
  item: ItemId<M>,
  year: number,
  response: ResponseOf<M>,
  group: Group | 'all' = 'all',
): ObservationRow | undefined {
  if (unknownArgument('published', measure, item, response, group)) return undefined;
  return figure(bundledDataset(), measure, item, year, group, response);
}

/** One item's published values across 2016–2020, with the reason for each missing year. */
export function publishedSeries<M extends Measure>(measure: M, item: ItemId<M>, response: ResponseOf<M>, group: Group | 'all' = 'all'): SeriesPoint[] {
  const problem = unknownArgument('publishedSeries', measure, item, response, group);
  const points = series(bundledDataset(), measure, item, response, group);
  // Each year's reason is the argument's, not "no figures for this item".
  return problem ? points.map((p) => ({ ...p, row: null, missing: null, reason: problem })) : points;
}
