import { getCustomElements } from '@storybook/web-components';
import { nothing } from 'lit';
import { MEASURES, RESPONSES } from '../src/data/generated/vocabulary.js';
import { measureLabel, YEARS } from '../src/data/vocabulary.js';

/**
 * Arg types shared by the charts' stories.
 *
 * A shared link keeps an arg only if its value matches Storybook's URL check
 * /^[a-zA-Z0-9 _-]*$/ (a number, `!true`… aside): any other value is dropped with a warning and
 * the chart opens with the story's default. So no arg value here holds a ':' or a ',':
 * - a subgroup (`organisation:la`) is chosen by a URL-safe key (`organisation-la`) that
 *   `mapping` turns into the element's value, with `control.labels` as the names shown;
 * - a list (`items`, `responses`, `gap-groups`, the filter bar's `controls`) is written with
 *   spaces between its entries, which the elements accept as they accept commas.
 */

/** The published subgroups: URL-safe key → the element's `group` value. */
const GROUPS: Record<string, string> = {
  all: 'all',
  'organisation-ccg-nhs': 'organisation:ccg-nhs',
  'organisation-la': 'organisation:la',
  'organisation-other': 'organisation:other',
  'tenure-under-5': 'tenure:under-5',
  'tenure-5-plus': 'tenure:5-plus',
  'deprivation-less': 'deprivation:less',
  'deprivation-more': 'deprivation:more',
};
const GROUP_LABELS: Record<string, string> = {
  all: 'All informants',
  'organisation-ccg-nhs': 'Organisation: CCG/NHS',
  'organisation-la': 'Organisation: local authority',
  'organisation-other': 'Organisation: other',
  'tenure-under-5': 'Years in post: under 5',
  'tenure-5-plus': 'Years in post: 5 or more',
  'deprivation-less': 'Sites: less deprived',
  'deprivation-more': 'Sites: more deprived',
};

/**
 * An attribute's description in the element's manifest (its JSDoc), as set by .storybook/preview.ts
 * before any story loads: an arg type's own description replaces it, so one that adds to it
 * starts from it rather than from a copy (a shared copy lost the trend's last sentence).
 */
export function manifestDescription(tag: string, attribute: string): string {
  const manifest = getCustomElements() as { modules?: { declarations?: { tagName?: string; attributes?: { name: string; description?: string }[] }[] }[] } | undefined;
  const declaration = manifest?.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return declaration?.attributes?.find((a) => a.name === attribute)?.description?.trim() ?? '';
}

/**
 * `group` of element `tag`: a select of URL-safe keys (`organisation-la`) mapped to the element's
 * values (`organisation:la`), described as the element describes it, and how a link writes it.
 */
export function groupArgType(tag: string) {
  return {
    control: { type: 'select' as const, labels: GROUP_LABELS },
    options: Object.keys(GROUPS),
    mapping: GROUPS,
    description: [
      manifestDescription(tag, 'group'),
      'In a link (`&args=group:organisation-la`) the subgroup is written with a hyphen for the colon, which Storybook would drop.',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/**
 * `measure`: a select of `options` (default every measure of the data), each named as the reports
 * title it, with its id (what a page writes). A story's Controls keep those its chart takes with
 * its other args (valid-options.ts): a hand-kept short list hid the trend's and table's priorities,
 * challenges, multidisciplinary teams and Covid-19 questions from a researcher.
 */
export function measureArgType(options: readonly string[] = MEASURES) {
  const labels = Object.fromEntries(options.map((m) => [m, m ? `${measureLabel(m)} (${m})` : "Each chart's own"]));
  return { control: { type: 'select' as const, labels }, options: [...options] };
}

/**
 * A select (or row of radio buttons) of `options` after an empty choice, which writes no attribute
 * (the element's default) and is named `empty` in the control rather than shown blank.
 */
export function choiceArgType(type: 'select' | 'inline-radio', options: readonly string[], empty: string, description?: string) {
  return { control: { type, labels: { '': empty } }, options: ['', ...options], ...(description === undefined ? {} : { description }) };
}

/**
 * `response`: a select of every response id of the data, empty first (the chart's own). A
 * story's Controls keep those its chart takes with its measure (valid-options.ts), so a
 * researcher sees which there are rather than typing one in a text box.
 */
export const responseArgType = (empty: string) => choiceArgType('select', RESPONSES, empty);

/** `year`: a select of the survey years, empty first (the chart's own); trimmed as `response` is. */
export const yearArgType = (empty: string) => choiceArgType('select', YEARS.map(String), empty);

/** A free-text list attribute: its description, saying how to separate the entries. */
export function listArgType(what: string) {
  return {
    control: 'text' as const,
    description: `${what} Separate entries with spaces (commas work on the element too, but a link with a comma loses the value).`,
  };
}

/** The attributes every chart has, with the controls the manifest's descriptions go with. */
export const themeArgType = { control: 'inline-radio' as const, options: ['auto', 'light', 'dark'] };
export const modeArgType = { control: 'inline-radio' as const, options: ['chart', 'table'] };
// Typed in the docs table as the control takes it (the manifest's attribute types are all text, for links: manifest-for-storybook.ts).
export const heightArgType = { control: { type: 'number' as const, min: 0, step: 10 }, table: { type: { summary: 'number (px)' } } };
export const srcArgType = { control: 'text' as const };
export const flagArgType = { control: 'boolean' as const };

/**
 * The arg types of what every drawn chart shares (the base element's attributes, and the
 * story's box width), spread into each chart's `argTypes`.
 */
export const langArgType = { control: 'text' as const };
export const filtersArgType = { control: 'text' as const };

export const chartArgTypes = {
  src: srcArgType,
  lang: langArgType,
  filters: filtersArgType,
  height: heightArgType,
  mode: modeArgType,
  theme: themeArgType,
  'print-table': flagArgType,
  'no-controls': flagArgType,
  width: { control: { type: 'range' as const, min: 280, max: 1400, step: 10 }, description: 'Width of the box around the chart (story only, not an attribute).' },
};

/**
 * An attribute's value, or `nothing` (no attribute) when it is unset or empty; a `height` of 0
 * (the number control cleared to 0) is none too, and so is the "0" a shared link gives for it
 * (Storybook reads a link's values as text: the link drew the message for height="0").
 */
export function orNothing<T>(value: T | null | undefined | ''): T | typeof nothing {
  return value === undefined || value === null || value === '' || value === 0 || (value as unknown) === '0' ? nothing : (value as T);
}

/** An attribute's value, or `nothing` when it is the element's default (a cleaner "Show code"). */
export function unlessDefault<T>(value: T | null | undefined, fallback: T): T | typeof nothing {
  return value === undefined || value === null || value === '' || value === fallback ? nothing : value;
}
