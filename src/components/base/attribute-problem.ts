/** What marks an AttributeProblem of any copy of the package on the page (an app's and the embed's). */
const IS_ATTRIBUTE_PROBLEM = Symbol.for('pioneer-viz.attribute-problem');

/**
 * A value as text, whatever a script set: String() throws for an object without a prototype
 * (`Object.create(null)`) or whose toString throws, and a template for a Symbol too.
 */
export function textOf(value: unknown): string {
  for (const text of [String, (v: unknown) => Object.prototype.toString.call(v)]) {
    try {
      return text(value);
    } catch {
      /* the next way, then its type */
    }
  }
  return typeof value;
}

/**
 * The converter of a reflected keyword property (`mode`, `theme`): written back as its text
 * (textOf), so that a value without one is reported by the element's own check, as any other
 * invalid value is, rather than thrown by the reflection inside Lit's update (the old chart
 * would stay, and the page get an unhandled rejection). Read from the attribute as Lit does.
 */
export const keywordReflection = {
  toAttribute: (value: unknown): string | null => (value == null ? null : textOf(value)),
};

/**
 * A keyword's type on an element's property (`mode`, `theme`, `sort`…): as written, Capitalised or
 * in capitals, all of which the element reads (matchOf compares keywords without regard to case,
 * from an attribute or from script alike), so that `el.mode = 'Table'` type-checks as
 * `mode="Table"` does in JSX. Mixed case (`tAbLe`) works too but has no type.
 */
export type Keyword<K extends string> = K | Capitalize<K> | Uppercase<K>;

/** A number as a script may set it, or as its attribute's text: `2019` or `'2019'` (a year, a height). */
export type Numeric = number | `${number}`;

/** Text a message quotes (a value, or one of the valid values), cut to 60 characters: a value of 5,000 would bury the sentence. */
export const shortened = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** An attribute value the element cannot use: shown in place of the chart and warned once. */
export class AttributeProblem extends Error {
  readonly [IS_ATTRIBUTE_PROBLEM] = true;

  /** `instanceof` holds for another copy's AttributeProblem too (a bar of one copy probing a chart of the other). */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && IS_ATTRIBUTE_PROBLEM in value;
  }

  constructor(
    readonly attribute: string,
    readonly value: unknown,
    readonly valid: readonly (string | number)[] | string,
    /** Why a value that exists is not valid here (e.g. with the other filters), said before the valid values. */
    why?: string | null,
  ) {
    const shown = typeof value === 'string' ? shortened(value) : textOf(value);
    // Valid values come from the data or the page too (a custom item's id, a filter bar's id).
    const list = Array.isArray(valid) ? valid.map((v) => shortened(String(v))).join(', ') : valid;
    super(`${attribute}="${shown}" is not valid${why ? `: ${why.replace(/\.$/, '')}` : ''}. Valid values: ${list}.`);
  }
}

/**
 * A boolean attribute is on whenever present, so `diverging="false"` (or no, off, 0) would
 * turn the option on: the problem to report for such a value, else null.
 */
export function booleanWrittenOff(el: Element, attribute: string): AttributeProblem | null {
  const value = el.getAttribute(attribute);
  return value != null && /^\s*(false|no|off|0)\s*$/i.test(value)
    ? new AttributeProblem(attribute, value, `the attribute present to turn it on (${attribute}, or ${attribute}=""); leave it out to turn it off`)
    : null;
}

/**
 * The entry of `valid` a value names: the same value, or (for text) the same text once trimmed
 * and compared without regard to case, as HTML compares its own keyword attributes
 * (`year="ALL"`, `group="organisation:LA"`). Undefined when none.
 */
export function matchOf<T extends string | number>(value: unknown, valid: readonly T[]): T | undefined {
  if (valid.includes(value as T)) return value as T;
  if (typeof value !== 'string') return undefined;
  const folded = value.trim().toLowerCase();
  return valid.find((v) => String(v).toLowerCase() === folded);
}

/** Checks a value against a list (see matchOf); throws AttributeProblem otherwise. */
export function oneOf<T extends string | number>(attribute: string, value: unknown, valid: readonly T[]): T {
  const match = matchOf(value, valid);
  if (match !== undefined) return match;
  throw new AttributeProblem(attribute, value, valid);
}

/** Parses a year attribute within the valid years; `keywords` the element also takes (handled by the caller), named with them in the message. */
export function yearIn(attribute: string, value: unknown, valid: readonly number[], keywords: readonly string[] = []): number {
  // Written in digits: Number() would also take "0x7E3" or "2.019e3" for 2019.
  const text = String(value ?? '').trim();
  const n = typeof value === 'number' ? value : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (text !== '' && Number.isInteger(n) && valid.includes(n)) return n;
  throw new AttributeProblem(attribute, value, [...valid, ...keywords]);
}

/**
 * Splits a list attribute: entries separated by commas, spaces or both (`items="a, b"`,
 * `items="a b"`), as HTML's own token lists take spaces. No id or keyword holds a space. A
 * property given an array (a framework's binding, `:controls="['year', 'wave']"`) is the list
 * of its entries.
 */
export const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map((v) => textOf(v ?? '')).join(',') : textOf(value ?? '')).split(/[\s,]+/).filter(Boolean);

/**
 * A list attribute (listOf) of entries of `valid`, each matched as `oneOf` matches
 * (`items="Financial-Constraints"` names `financial-constraints`); throws AttributeProblem
 * naming the first entry that is none of them. Empty when the attribute is.
 */
export function listIn<T extends string>(attribute: string, value: unknown, valid: readonly T[]): T[] {
  return listOf(value).map((entry) => {
    const match = matchOf(entry, valid);
    if (match === undefined) throw new AttributeProblem(attribute, entry, valid);
    return match;
  });
}
