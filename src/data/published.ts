/**
 * Typed access to the bundled figures: measures and item ids are literal unions
 * generated from data/, so `published('barrier', 'finacial-constraints', 2019, 'very')` is a
 * type error rather than an empty chart; so is a response the measure does not have
 * (`'selected'` for a barrier).
 */
import { bundledDataset } from './bundled.js';
import type { Group, ItemId, Measure, ResponseOf } from './generated/vocabulary.js';
import { figure, series, type SeriesPoint } from './query.js';
import type { ObservationRow } from './types.js';

/** One published figure of the bundled data, or undefined where none is printed. */
export function published<M extends Measure>(
  measure: M,
  item: ItemId<M>,
  year: number,
  response: ResponseOf<M>,
  group: Group | 'all' = 'all',
): ObservationRow | undefined {
  return figure(bundledDataset(), measure, item, year, group, response);
}

/** One item's published values across 2016–2020, with the reason for each missing year. */
export function publishedSeries<M extends Measure>(measure: M, item: ItemId<M>, response: ResponseOf<M>, group: Group | 'all' = 'all'): SeriesPoint[] {
  return series(bundledDataset(), measure, item, response, group);
}
