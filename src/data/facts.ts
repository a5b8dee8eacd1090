/**
 * Values worked out once per dataset object and key: the query layer's facts (years, groups,
 * responses, items per measure) and what components derive from a dataset, under keys of their
 * own (`site-map:…`). Internal: not part of the package's data API (src/data/index.ts).
 */
import type { Dataset } from './dataset.js';

const facts = new WeakMap<Dataset, Map<string, unknown>>();

/** The value of `key` for `ds`, computed on first ask. It is shared: callers must not change it. */
export function datasetFact<T>(ds: Dataset, key: string, compute: () => T): T {
  let known = facts.get(ds);
  if (!known) facts.set(ds, (known = new Map()));
  if (!known.has(key)) known.set(key, compute());
  return known.get(key) as T;
}
