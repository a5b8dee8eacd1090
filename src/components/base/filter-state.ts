/**
 * The state a <pioneer-filters> bar holds and the contract between it and the charts it
 * drives. Each chart class declares `static filterAttributes`: which filter keys it takes
 * and the attribute each one sets. A key mapped to `group` sets `group="<key>:<value>"`
 * (one published breakdown at a time); other keys set the named attribute to the value.
 */
export interface FilterState {
  year?: number;
  measure?: string;
  wave?: string;
  deprivation?: string;
  organisation?: string;
  tenure?: string;
}

export type FilterKey = keyof FilterState;

export const FILTER_KEYS: readonly FilterKey[] = ['measure', 'year', 'wave', 'deprivation', 'organisation', 'tenure'];

/** Filter keys that are subgroup dimensions of the data (`group="dimension:value"`). */
export const GROUP_DIMENSIONS: readonly FilterKey[] = ['organisation', 'tenure', 'deprivation', 'wave'];

export type FilterAttributes = Partial<Record<FilterKey, string>>;
