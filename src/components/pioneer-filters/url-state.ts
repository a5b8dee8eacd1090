/**
 * A filter state in a page's query string, and back. Pure: strings in, strings out.
 *
 * Each bar owns the parameters named after its keys, prefixed with its id and a dot
 * (`?dashboard.year=2019&dashboard.organisation=la`), so several bars can share one URL
 * and a bar never touches parameters that are not its own. A bar without an id uses the
 * bare key names (`?year=2019`). A control the reader cleared while the author's default
 * sets it is written as `all`, so a shared URL gives exactly the same view.
 */
import { CLEARED, FILTER_KEYS, type FilterKey, type FilterState } from '../base/filter-state.js';

/** The parameter prefix of a bar: `id.`, or none without an id. */
export function urlPrefix(id: string | null | undefined): string {
  const trimmed = (id ?? '').trim();
  return trimmed ? `${trimmed}.` : '';
}

/** The raw values of a bar's parameters in a query string (`CLEARED` kept as is), only the keys present. */
export function readFilterQuery(search: string, prefix: string, keys: readonly FilterKey[] = FILTER_KEYS): Partial<Record<FilterKey, string>> {
  const params = new URLSearchParams(search);
  const out: Partial<Record<FilterKey, string>> = {};
  for (const key of keys) {
    const value = params.get(`${prefix}${key}`);
    if (value !== null) out[key] = value;
  }
  return out;
}

/**
 * The choice a parameter's value makes, as the bar takes it: trimmed, in any case, empty being
 * `all` (CLEARED). Two values of one choice are one value (`?year=all&year=` is All, once).
 */
export function queryChoice(value: string): string {
  return value.trim().toLowerCase() || CLEARED;
}

/**
 * The bar's parameters given more than once with values of different choices
 * (`?year=2019&year=2020`; not `?year=all&year=` nor `?year=LA&year=%20la`: queryChoice), each
 * with its values in the order given. Only the keys so given.
 */
export function repeatedFilterQuery(search: string, prefix: string, keys: readonly FilterKey[] = FILTER_KEYS): Partial<Record<FilterKey, string[]>> {
  const params = new URLSearchParams(search);
  const out: Partial<Record<FilterKey, string[]>> = {};
  for (const key of keys) {
    const values = params.getAll(`${prefix}${key}`);
    if (new Set(values.map(queryChoice)).size > 1) out[key] = values;
  }
  return out;
}

/**
 * The query string with the bar's parameters set from `state` (other parameters kept, in
 * order). A key is written when set, written as `all` when cleared while `defaults` sets
 * it, and removed otherwise. Returns `''` or a string starting with `?`.
 */
export function writeFilterQuery(
  search: string,
  prefix: string,
  state: FilterState,
  keys: readonly FilterKey[],
  defaults: FilterState = {},
): string {
  const params = new URLSearchParams(search);
  for (const key of FILTER_KEYS) {
    const name = `${prefix}${key}`;
    const value = keys.includes(key) ? state[key] : undefined;
    // Only what differs from the bar's own attributes: a bar at its defaults adds nothing to
    // the address (another bar's change on the page leaves it as it was).
    const fallback = defaults[key];
    if (value != null && value !== '') {
      if (fallback != null && String(fallback) === String(value)) params.delete(name);
      else params.set(name, String(value));
    } else if (keys.includes(key) && fallback != null) params.set(name, CLEARED);
    else params.delete(name);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The filter state a query string describes, over `defaults` (CLEARED clears a key). Year is
 * parsed; other values stay strings. A parameter given twice with different values
 * (repeatedFilterQuery) sets neither: the key is unset, as an invalid value leaves it.
 */
export function stateFromQuery(search: string, prefix: string, keys: readonly FilterKey[], defaults: FilterState = {}): FilterState {
  const raw = readFilterQuery(search, prefix, keys);
  const repeated = repeatedFilterQuery(search, prefix, keys);
  const state: FilterState = { ...defaults };
  for (const key of keys) {
    const value = raw[key];
    if (value === undefined) continue;
    if (repeated[key] || queryChoice(value) === CLEARED) state[key] = undefined;
    else if (key === 'year') state.year = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    else state[key] = value;
  }
  return state;
}

/** True when two states set the same keys to the same values. */
export function sameState(a: FilterState, b: FilterState): boolean {
  return FILTER_KEYS.every((k) => (a[k] ?? undefined) === (b[k] ?? undefined) || (Number.isNaN(a[k]) && Number.isNaN(b[k])));
}
