/**
 * Validates a dataset someone else supplies in the export shape (objects as in
 * observations.json, or records parsed from observations.csv). Returns every problem
 * with its row and field, and the rows that passed.
 */
import { keyOf } from './dataset.js';
import type { MissingRow, ObservationRow } from './types.js';
import { OBSERVATION_COLUMNS } from './types.js';
import { RESPONSE_ORDER } from './vocabulary.js';
import { own } from './lookup-table.js';
import { matchedBrackets } from './brackets.js';

export interface ValidationProblem {
  /** 1-based row number in the supplied data (for CSV: the data row, header excluded). */
  row: number;
  field: string;
  message: string;
}

export interface ValidationResult {
  /** Rows with no problem, normalised to ObservationRow. */
  rows: ObservationRow[];
  /**
   * Gap rows (an empty `value` and a `note` saying why, as a chart's Data (CSV) download writes
   * the gaps it draws): not figures; each is a value the charts draw as a gap, its note the
   * reason. `source_table` (the figure a report shows it in, where it names one) becomes
   * `source_figure`; `source_survey` is NaN where not given.
   */
  gaps: MissingRow[];
  problems: ValidationProblem[];
}

const REQUIRED = OBSERVATION_COLUMNS.filter((c) => c !== 'base' && c !== 'item_label');
/** Columns a gap row may leave blank: it has no figure, and may have no source. */
const GAP_OPTIONAL: readonly string[] = ['value', 'unit', 'source_survey', 'source_table'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GROUP = /^(?:all|[a-z0-9-]+:[a-z0-9-]+)$/;
const SAMPLE_RESPONSES = ['count', 'share'];

/**
 * Numbers written as text (a CSV's fields, JSON strings) are read only in plain decimals: digits,
 * a minus sign and a decimal part (44, 12.5, -3). Number() would also read "0x32" as 50, "0b1",
 * "0o7", "Infinity", " 44 " and "5e1"; exponents are refused too, as no report prints one and the
 * export writes every percent and count without one, while a spreadsheet's Scientific format
 * writes only the digits it shows (1234 as "1.23E+03"). Years and bases are whole: digits, with a
 * decimal part of zeros allowed ("64.0": pandas writes a whole-number column that has an empty
 * cell, as a gap row's base and source survey are, as decimals).
 */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const WHOLE = /^\d+(?:\.0+)?$/;
const PLAIN = 'write it in plain decimals: digits, a minus sign and a decimal point if need be, e.g. 44 or 12.5';

/** A number as it is (a row of numbers), or text in the given syntax; anything else is NaN. */
function toNumber(v: unknown, syntax: RegExp = DECIMAL): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && syntax.test(v)) return Number(v);
  return NaN;
}

/**
 * Checks each row; a row with any problem is left out of `rows`. Typed as an array of anything
 * (parsed JSON, `any`, `object[]`, CSV records), so that passing what is not one, such as
 * `parseCsv(text)` without its `.records`, is a type error; a non-array from plain JavaScript
 * is still a problem, "expected an array of rows".
 */
export function validateRows(input: readonly unknown[]): ValidationResult {
  const problems: ValidationProblem[] = [];
  if (!Array.isArray(input)) {
    return { rows: [], gaps: [], problems: [{ row: 0, field: '(data)', message: 'expected an array of rows' }] };
  }
  if (input.length === 0) {
    return { rows: [], gaps: [], problems: [{ row: 0, field: '(data)', message: 'the dataset has no rows' }] };
  }
  const rows: ObservationRow[] = [];
  const gaps: MissingRow[] = [];
  const seen = new Map<string, number>();
  // Every index, the empty slots of a sparse array too (forEach skips them: `new Array(3)` would pass as no rows).
  Array.from(input).forEach((raw, i) => {
    const n = i + 1;
    const before = problems.length;
    const add = (field: string, message: string) => problems.push({ row: n, field, message });
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      add('(row)', 'expected an object');
      return;
    }
    const r = raw as Record<string, unknown>;
    const str = (c: string) => (r[c] == null ? '' : String(r[c]));
    // Empty: absent, '' or null (JSON's empty cell: pandas' to_json, d3.autoType), for every column alike.
    const blank = (c: string) => !(c in r) || r[c] === '' || r[c] == null;
    // No value, and a note saying why: a gap (its unit and source may be blank too).
    const gap = blank('value') && str('note').trim() !== '';
    for (const c of REQUIRED) if (blank(c) && !(gap && GAP_OPTIONAL.includes(c))) add(c, 'missing');
    const measure = str('measure');
    const response = str('response');
    if (measure && !ID.test(measure)) add('measure', `"${measure}" is not a kebab-case id`);
    if (str('item') && !ID.test(str('item'))) add('item', `"${str('item')}" is not a kebab-case id`);
    const group = str('group');
    if (group && !GROUP.test(group)) add('group', `"${group}" is not "all" or "dimension:value"`);
    const year = toNumber(r.year, WHOLE);
    if (!blank('year') && (!Number.isInteger(year) || year < 1900 || year > 2100)) add('year', `"${str('year')}" is not a year (a whole number from 1900 to 2100, e.g. 2019)`);
    const value = toNumber(r.value);
    if (!blank('value') && !Number.isFinite(value)) add('value', `"${str('value')}" is not a number (${PLAIN})`);
    const unit = str('unit');
    if (unit && unit !== 'percent' && unit !== 'count') add('unit', `"${unit}" is not percent or count`);
    if (unit === 'percent' && Number.isFinite(value) && (value < 0 || value > 100)) add('value', `${value} is outside 0–100 for a percent`);
    if (unit === 'count' && Number.isFinite(value) && value < 0) add('value', `${value} is a negative count`);
    // A base counts informants: a whole number, 1 or more; none (empty, null) where the report
    // prints none (a chart's download gives a table's printed range of bases, 52–54, in its note).
    const baseRaw = r.base;
    const base = baseRaw === '' || baseRaw == null ? null : toNumber(baseRaw, WHOLE);
    if (base !== null && (!Number.isInteger(base) || base < 1)) add('base', `"${String(baseRaw)}" is not a base n (a whole number of informants, 1 or more, e.g. 64; or empty where none is printed)`);
    const known = measure.startsWith('sample-') ? SAMPLE_RESPONSES : own(RESPONSE_ORDER, measure);
    if (known && response && !known.includes(response)) add('response', `"${response}" is not a response of ${measure} (${known.join(', ')})`);
    const survey = toNumber(r.source_survey, WHOLE);
    if (!blank('source_survey') && !Number.isInteger(survey)) add('source_survey', `"${str('source_survey')}" is not a year (a whole number, e.g. 2020)`);
    if (problems.length > before) return;
    // A second row (figure or gap) of the same key.
    const seenBefore = (k: MissingRow | ObservationRow): boolean => {
      const key = keyOf(k);
      const first = seen.get(key);
      if (first !== undefined) add('(key)', `duplicates row ${first} (${key})`);
      else seen.set(key, n);
      return first !== undefined;
    };
    if (gap) {
      // Its note, with a bracket left open closed (matchedBrackets): the charts say it before
      // other words ("Suppressed (see section 4): Barrier A (Local authority).").
      const missing: MissingRow = { measure, item: str('item'), year, group, response, source_survey: survey, source_figure: str('source_table'), reason: matchedBrackets(str('note').trim()), item_label: str('item_label') || str('item'), base };
      if (seenBefore(missing)) return;
      gaps.push(missing);
      return;
    }
    const row: ObservationRow = {
      measure, item: str('item'), item_label: str('item_label') || str('item'), year, group, response, value,
      unit: unit as ObservationRow['unit'], base, source_survey: survey, source_table: str('source_table'),
    };
    if (seenBefore(row)) return;
    rows.push(row);
  });
  return { rows, gaps, problems };
}

/** "row 3, value: 140 is outside 0–100 for a percent" for the first few problems. */
export function describeProblems(problems: readonly ValidationProblem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => (p.row ? `row ${p.row}, ${p.field}: ${p.message}` : `${p.field}: ${p.message}`));
  const more = problems.length > max ? ` (and ${problems.length - max} more)` : '';
  return shown.join('; ') + more;
}
