/**
 * A table looked up by ids from data: with no prototype, so that a researcher's measure,
 * response or dimension named "constructor" or "toString" finds nothing, not a built-in function.
 * Internal: not part of the package's data API (src/data/index.ts).
 */
export function lookupTable<T extends object>(entries: T): T {
  return Object.assign(Object.create(null) as T, entries);
}

/**
 * `table[key]` when the table has that key of its own: a researcher's measure, response or
 * dimension named "constructor" or "toString" finds nothing, not a built-in function (for the
 * exported vocabulary tables, which keep their prototype).
 */
export function own<T>(table: Readonly<Record<string | number, T>>, key: string | number): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
