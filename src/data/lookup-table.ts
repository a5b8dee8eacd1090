/**
 * A table looked up by ids from data: with no prototype, so that a researcher's measure,
 * response or dimension named "constructor" or "toString" finds nothing, not a built-in function.
 * Internal: not part of the package's data API (src/data/index.ts).
 */
export function lookupTable<T extends object>(entries: T): T {
  return Object.assign(Object.create(null) as T, entries);
}
