import { LitElement, css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../define.js';
import { bundledDataset } from '../../data/bundled.js';
import type { Dataset } from '../../data/dataset.js';
import { emit, type PioneerFilterChangeDetail as FilterChangeDetail } from '../../events.js';
import { AttributeProblem, booleanWrittenOff, keywordReflection, listOf, matchOf, shortened, textOf, type Keyword, type Numeric } from '../base/attribute-problem.js';
import { chartStyles } from '../base/chart-styles.js';
import { restoreDefaults } from '../base/attribute-defaults.js';
import { warnAbout } from '../base/console-warning.js';
import { misspeltSentences, tellOuterChart, unquoteAttributes, unwatchLateAttributes, watchLateAttributes } from '../base/misspelt-attributes.js';
import {
  CLEARED,
  FILTER_KEYS,
  GROUP_DIMENSIONS,
  MEASURE_DEPENDENT_ATTRIBUTES,
  barSaysMessage,
  drivingBar,
  isCleared,
  namedBarIds,
  type FilterAttributes,
  type FilterKey,
  type FilterState,
} from '../base/filter-state.js';
import { declaresAttribute, isReflected, probeChart, type ProbeResult, type ProbeValue } from './chart-probe.js';
import { andList, inBrackets, midSentence } from '../../renderers/shared/format.js';
import { measureLabel } from '../../data/vocabulary.js';
import {
  CONTROL_LABELS,
  DEFAULT_CONTROLS,
  choiceLabel,
  filterOptions,
  filterUniverse,
  unavailableSummary,
  type ControlModel,
  type LinkedChartInfo,
} from './filter-options.js';
import { readFilterQuery, repeatedFilterQuery, sameState, stateFromQuery, urlPrefix, writeFilterQuery } from './url-state.js';
import { renderRootIn, restyleAdopted } from '../base/restyle-adopted.js';
import { unbroken } from '../base/unbroken.js';
import { pressOnlyWithin } from '../base/margin-taps.js';

/** How long the filter bar waits for a reader's changes to stop before saying the last of them. */
const ANNOUNCE_QUIET_MS = 700;

/** The detail of `pioneer-filter-change` (events.ts, where every element's program gets it typed on the page). */
export type PioneerFilterChangeDetail = FilterChangeDetail;

/** The filters in the order `pioneer-filter-change` gives them in its detail. */
const DETAIL_KEYS: readonly FilterKey[] = ['year', 'measure', 'wave', 'deprivation', 'organisation', 'tenure'];

/** Each filter of `from` (the bar, a state) in the detail's order, passed through `as`. */
const pickFilters = (from: Partial<Record<FilterKey, unknown>>, as = (v: unknown): unknown => v): FilterChangeDetail =>
  Object.fromEntries(DETAIL_KEYS.map((k) => [k, as(from[k])])) as FilterChangeDetail;

/** A chart class: anything whose constructor declares `static filterAttributes`. */
type ChartConstructor = { filterAttributes: FilterAttributes };

/** The filter keys a chart declares, or null when the element is not a (defined) chart. */
function filterAttributesOf(el: Element): FilterAttributes | null {
  const attrs = (el.constructor as Partial<ChartConstructor>).filterAttributes;
  return attrs && typeof attrs === 'object' ? attrs : null;
}

/**
 * The chart's dataset. The base class resolves it (bundled, `data` or `src`) in a
 * protected method; it is called here through a structural type so that the bar offers
 * what the chart really draws from, custom data included.
 */
function datasetOf(el: Element): Dataset {
  try {
    const resolved = (el as unknown as { resolveDataset?: () => { dataset: Dataset | null } }).resolveDataset?.();
    if (resolved?.dataset) return resolved.dataset;
  } catch {
    /* fall back to the bundled data */
  }
  return bundledDataset();
}

/** The bars now in a document, told when a custom element they may be waiting for is defined. */
const connectedBars = new Set<PioneerFilters>();
const awaitedTags = new Set<string>();

/** A custom element not yet defined may be a chart: every bar looks again once it is. */
function awaitDefinition(el: Element): void {
  const name = el.localName;
  if (!name.includes('-') || awaitedTags.has(name) || customElements.get(name)) return;
  awaitedTags.add(name);
  customElements.whenDefined(name).then(() => {
    awaitedTags.delete(name);
    for (const bar of connectedBars) bar.requestUpdate();
  });
}

/** The bar's boolean attributes: present = on, whatever the value. */
const BOOLEAN_ATTRIBUTES = ['sync-url'];

/** An element's attributes as one string (ids, classes and styles aside), to tell alike charts. */
const attributeSignature = (el: Element): string =>
  [...el.attributes]
    .filter((a) => !['id', 'class', 'style', 'slot', 'filters'].includes(a.name))
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join('&');

const camel = (attr: string) => attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** What a chart's attribute held before any filter bar first set it: restored when the filter is cleared. */
interface Original {
  attribute: string | null;
  property: unknown;
  /**
   * What a bar last left in the attribute (null: removed). Holding anything else, the attribute
   * was written by the page since (a chart moved out and given its own value in the same task):
   * the page's value is not undone.
   */
  written: string | null;
}
const originals = new WeakMap<Element, Map<string, Original>>();

function originalOf(el: Element, attr: string): Original | undefined {
  return originals.get(el)?.get(attr);
}

function rememberOriginal(el: Element, attr: string): void {
  let map = originals.get(el);
  if (!map) originals.set(el, (map = new Map()));
  if (!map.has(attr)) map.set(attr, { attribute: el.getAttribute(attr), property: (el as unknown as Record<string, unknown>)[camel(attr)], written: null });
}

/** The author's value a restore would give back: none if no bar set the attribute, or the page has written it since. */
function restorable(el: Element, attr: string): Original | undefined {
  const original = originalOf(el, attr);
  return original && el.getAttribute(attr) === original.written ? original : undefined;
}

/** A write that gives an attribute back what the author had set (nothing, if no bar ever set it). */
const RESTORE = Symbol('restore');
/** What applying a state does to one attribute: set it, remove it (null), or restore the author's. */
type Write = string | null | typeof RESTORE;

/** The attribute a chart takes its measure through, if it takes one from a bar. */
function measureAttributeOf(keys: FilterAttributes): string | null {
  return keys.measure && keys.measure !== 'group' ? keys.measure : null;
}

/** The chart's own measure: what its measure attribute (or property) held before any bar set it. */
function ownMeasureOf(el: Element, attr: string): string | null {
  const original = originalOf(el, attr);
  const own = original ? (original.attribute ?? original.property) : (el.getAttribute(attr) ?? (el as unknown as Record<string, unknown>)[camel(attr)]);
  // Measures are lower-case ids, and a chart takes its measure in any case (`measure="Barrier"`).
  return typeof own === 'string' && own.trim() ? own.trim().toLowerCase() : null;
}

/** The chart's own year: its year attribute as the author set it (before any bar), if a year. */
function ownYearOf(el: Element, keys: FilterAttributes): number | null {
  const own = Number(authoredAttribute(el, typeof keys.year === 'string' ? keys.year : 'year') ?? Number.NaN);
  return Number.isInteger(own) ? own : null;
}

/** An attribute as the author set it (before any bar changed it), or null. */
function authoredAttribute(el: Element, attr: string): string | null {
  const original = originalOf(el, attr);
  return original ? original.attribute : el.getAttribute(attr);
}

/** Characters past which a control's note is too long to be its description (read at each focus). */
const LONG_NOTE = 200;

/** A value of the bar's attributes or URL that no data has, and where its message is in the list. */
type UnknownValue = { at: number; key: FilterKey; name: string; shown: string };

/**
 * The message for a URL parameter given more than once with different values: its values and
 * that none is used, then the valid values, as AttributeProblem lists them.
 */
function repeatedParameterMessage(parameter: string, values: readonly string[], valid: readonly string[] | string): string {
  const quoted = values.map((v) => `"${shortened(v)}"`);
  const given = quoted.length === 2 ? `twice (${quoted.join(' and ')})` : `${quoted.length} times (${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]})`;
  const list = Array.isArray(valid) ? valid.map((v) => shortened(v)).join(', ') : valid;
  return `URL parameter ${parameter} is given ${given}, so ${quoted.length === 2 ? 'neither' : 'none'} is used; give it once. Valid values: ${list}.`;
}

/** What the chart's attributes would hold after the writes, for probeChart. */
function probeValues(el: Element, writes: ReadonlyMap<string, Write>): Map<string, ProbeValue> {
  const values = new Map<string, ProbeValue>();
  for (const [attr, write] of writes) {
    if (write !== RESTORE) values.set(attr, { attribute: write });
    else {
      const original = restorable(el, attr);
      if (original) values.set(attr, original.attribute !== null ? { attribute: original.attribute } : { property: original.property });
    }
  }
  return values;
}

/**
 * The writes that apply a filter state to a chart, following the contract of filter-state.ts:
 * only the keys the bar controls and the chart declares; keys mapped to `group` set
 * `group="<key>:<value>"` (the first set one, in GROUP_DIMENSIONS order) or `group="all"`;
 * other keys set their attribute, and a cleared key restores what the author had set.
 *
 * When the state gives the chart another measure than its own, the measure-dependent
 * attributes the author set (`items`, `response`, … see MEASURE_DEPENDENT_ATTRIBUTES) keep
 * only the values the chart accepts for that measure, and are removed when none is left:
 * a trend of two objectives shows the top barriers under "Barriers", not an error. Back
 * on its own measure, the chart gets the author's values again. With `check` (or when
 * narrowing), also returns why the chart could not then show its view (probeChart: its own
 * validation, run without touching it); otherwise `problem` is null.
 */
function filterWrites(el: Element, state: FilterState, controls: readonly FilterKey[], check = false): { writes: Map<string, Write>; problem: ProbeResult } {
  const writes = new Map<string, Write>();
  const keys = filterAttributesOf(el);
  if (!keys) return { writes, problem: null };
  const groupKeys = GROUP_DIMENSIONS.filter((k) => keys[k] === 'group' && controls.includes(k));
  if (groupKeys.length) {
    const chosen = groupKeys.find((k) => state[k] != null);
    writes.set('group', chosen ? `${chosen}:${state[chosen]}` : 'all');
  }
  for (const key of controls) {
    const attr = keys[key];
    if (!attr || attr === 'group') continue;
    const value = state[key];
    writes.set(attr, value != null ? String(value) : RESTORE);
  }
  const measureAttr = measureAttributeOf(keys);
  const measure = measureAttr ? writes.get(measureAttr) : undefined;
  const foreign = typeof measure === 'string' && measure !== ownMeasureOf(el, measureAttr!);
  const dependent = MEASURE_DEPENDENT_ATTRIBUTES.filter((a) => a !== measureAttr && declaresAttribute(el, a));
  for (const attr of dependent) {
    const authored = authoredAttribute(el, attr);
    if (!foreign) writes.set(attr, RESTORE);
    else if (authored !== null) writes.set(attr, authored);
  }
  if (!foreign && !check) return { writes, problem: null };
  const dataset = datasetOf(el);
  let problem = probeChart(el, probeValues(el, writes), dataset);
  // Narrows one rejected attribute at a time, to the values the chart lists as valid.
  for (let guard = 0; foreign && problem?.attribute && guard < 2 * dependent.length; guard++) {
    const attr = problem.attribute;
    const now = writes.get(attr);
    if (!dependent.includes(attr) || typeof now !== 'string') break;
    const valid = Array.isArray(problem.valid) ? problem.valid.map(String) : [];
    const asked = listOf(now);
    const kept = asked.filter((v) => matchOf(v, valid) !== undefined);
    writes.set(attr, kept.length && kept.length < asked.length ? kept.join(',') : null);
    problem = probeChart(el, probeValues(el, writes), dataset);
  }
  return { writes, problem };
}

/**
 * Sets a chart's attributes from a filter state (see filterWrites). Writes only what
 * differs, so applying the same state twice changes nothing.
 */
export function applyFilterState(el: Element, state: FilterState, controls: readonly FilterKey[]): boolean {
  let changed = false;
  for (const [attr, write] of filterWrites(el, state, controls).writes) {
    if (write === RESTORE ? restoreAttr(el, attr) : setAttr(el, attr, write)) changed = true;
  }
  return changed;
}

/** Sets (or, for null, removes) an attribute, remembering the author's value first; true if it changed. */
function setAttr(el: Element, attr: string, value: string | null): boolean {
  rememberOriginal(el, attr);
  originalOf(el, attr)!.written = value;
  if (el.getAttribute(attr) === value) return false;
  if (value === null) el.removeAttribute(attr);
  else el.setAttribute(attr, value);
  return true;
}

function restoreAttr(el: Element, attr: string): boolean {
  const original = restorable(el, attr);
  if (!original) {
    // Never set by a bar, or written by the page since: its value stays, and is the author's from now on.
    originals.get(el)?.delete(attr);
    return false;
  }
  original.written = original.attribute;
  if (original.attribute !== null) {
    if (el.getAttribute(attr) === original.attribute) return false;
    el.setAttribute(attr, original.attribute);
    return true;
  }
  if (!el.hasAttribute(attr)) return false;
  el.removeAttribute(attr);
  // Removing an attribute sets a Lit property to null; put back the property's own default.
  (el as unknown as Record<string, unknown>)[camel(attr)] = original.property;
  return true;
}

/** The survey year a linked chart shows (its `shownYear`), or null: a chart of every year, or not a pioneer-viz chart. */
function shownYearOf(el: Element): number | null {
  const year = (el as { shownYear?: unknown }).shownYear;
  return typeof year === 'number' ? year : null;
}

/**
 * What a linked chart shows, for the status line: `message`, the message it shows in place of
 * figures (its `message`), else `year`, the survey year of its figures (its `shownYear`; null: a
 * chart of every year). `figures`: it shows figures (false while they load, and for an element
 * that is not a pioneer-viz chart).
 */
interface Shown {
  readonly year: number | null;
  readonly message: string | null;
  readonly figures: boolean;
}

function shownOf(el: Element): Shown {
  const { message, summary } = el as { message?: unknown; summary?: unknown };
  const shown = typeof message === 'string' && message.trim() ? message.trim() : null;
  return { year: shownYearOf(el), message: shown, figures: !shown && typeof summary === 'string' && summary !== '' };
}

/** Each linked chart's Shown. */
const shownOfAll = (charts: readonly Element[]): Map<Element, Shown> => new Map(charts.map((el) => [el, shownOf(el)]));

/** A pioneer-viz chart that shows neither figures nor a message yet: its file loads, or it waits for its width. */
function undrawn(el: Element): boolean {
  const { summary } = el as { summary?: unknown };
  return summary === '' && !shownOf(el).message;
}

/** Frames the status line waits at most for linked charts to draw (undrawn) before it speaks. */
const DRAW_WAIT_FRAMES = 12;

/**
 * Waits for `charts`' updates, then, a frame at a time (DRAW_WAIT_FRAMES at most), for each to
 * show figures or a message: a chart taken from its message to figures gets its plot's box in
 * that update and draws once the box is measured, a frame or so later (later still on a busy
 * page). The status line said before that would miss the change ("shows figures again"). A
 * chart hidden (no width) or whose file is slow is given up on: the line is not held back.
 */
async function shownOrGivenUp(charts: readonly Element[]): Promise<void> {
  for (let frame = 0; ; frame++) {
    await Promise.allSettled(charts.map((el) => (el as Partial<ReactiveElement>).updateComplete));
    if (frame >= DRAW_WAIT_FRAMES || !charts.some(undrawn)) return;
    // A frame, or 50 ms where frames do not come (a tab in the background).
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 50);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/**
 * What each chart showed before changes not said yet (`unsaid`, null if none), else before this
 * one (`from`): the charts of `from`, each as `unsaid` has it where it has it.
 */
function withUnsaid(unsaid: ReadonlyMap<Element, Shown> | null, from: ReadonlyMap<Element, Shown>): ReadonlyMap<Element, Shown> {
  return unsaid ? new Map([...from].map(([el, shown]) => [el, unsaid.get(el) ?? shown])) : from;
}

/**
 * What each chart showed when the status line last spoke (`said`), for a change said with the
 * one before it (options stepped through): a chart that showed neither figures nor a message
 * then (undrawn, given up on) is taken as it showed just before this change (`before`), so
 * that its going to a message since it drew is still said.
 */
function sinceSaid(said: ReadonlyMap<Element, Shown>, before: ReadonlyMap<Element, Shown>): Map<Element, Shown> {
  return new Map([...before].map(([el, shown]) => {
    const then = said.get(el);
    return [el, then && (then.figures || then.message) ? then : shown];
  }));
}

/**
 * Marks `charts` as ones whose next message the status line says (barSaysMessage), and forgets
 * the marks once their updates are done: a chart the change did not update takes no mark to a
 * later change of its own.
 */
function markSaidMessages(charts: readonly Element[]): void {
  for (const el of charts) barSaysMessage.add(el);
  void Promise.allSettled(charts.map((el) => (el as Partial<ReactiveElement>).updateComplete)).then(() => {
    for (const el of charts) barSaysMessage.delete(el);
  });
}

/**
 * A chart's message as the status line says it: its first sentence, without its full stop
 * (`year="2018" is not valid`), shortened if long ("…").
 */
const messageWords = (message: string): string => shortened(message.split(/(?<=[.!?])\s+(?=[A-Z])/)[0].replace(/\s+/g, ' ').replace(/[.!?]+$/, ''));

/** The subject of a status line sentence about `count` charts of kind `kind` named `name` (chartName's): "The stacked bar chart", "2 stacked bar charts". */
function subject(kind: string, name: string, count: number): string {
  const who = count === 1 ? name : `${count} ${pluralName(kind, name)}`;
  return `${who[0].toUpperCase()}${who.slice(1)}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * Each chart's name for a status line sentence about it alone: a name that several linked
 * charts share is told apart by its place among them on the page ("the second stacked bar
 * chart"), so that sentences about two of them are not heard as about one.
 */
function oneByOne(names: ReadonlyMap<Element, string>): Map<Element, string> {
  const byName = new Map<string, Element[]>();
  for (const [el, name] of names) byName.set(name, [...(byName.get(name) ?? []), el]);
  const nth = new Map<Element, string>();
  for (const [name, els] of byName) {
    els.forEach((el, i) => {
      const ordinal = ORDINALS[i] ?? `${i + 1}th`;
      nth.set(el, els.length < 2 ? name : name.startsWith('the ') ? `the ${ordinal} ${name.slice(4)}` : `${name} (the ${ordinal})`);
    });
  }
  return nth;
}

/** What a reader calls each kind of chart, in reasons ("the comparison chart cannot show 2020"). */
const CHART_NAMES: Record<string, string> = {
  'barrier-stack': 'the stacked bar chart',
  'pioneer-trend': 'the trend chart',
  'pioneer-compare': 'the comparison chart',
  'site-map': 'the map',
  'pioneer-table': 'the table',
};

/** CHART_NAMES for several charts of a kind, without "the": "2 stacked bar charts". */
const CHART_PLURALS: Record<string, string> = {
  'barrier-stack': 'stacked bar charts',
  'pioneer-trend': 'trend charts',
  'pioneer-compare': 'comparison charts',
  'site-map': 'maps',
  'pioneer-table': 'tables',
};

/** `name` (chartName's, of a chart of kind `kind`) for several charts: "stacked bar charts of barriers to integration", "charts “Barriers”". */
function pluralName(kind: string, name: string): string {
  const one = CHART_NAMES[kind] ?? 'a linked chart';
  if (name.startsWith(one)) return `${CHART_PLURALS[kind] ?? 'linked charts'}${name.slice(one.length)}`;
  return name.replace(/^the chart /, 'charts ');
}

/**
 * A chart's name for reasons: its accessible name if the author gave one, else what it is,
 * with its measure where the bar links another chart of its kind ("the stacked bar chart of
 * facilitators of integration"), so two stacked bar charts are not both "the stacked bar chart".
 */
function chartName(el: Element, measure: string | null = null): string {
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return `the chart “${label}”`;
  const kind = CHART_NAMES[el.localName] ?? 'a linked chart';
  return measure ? `${kind} of ${measureLabel(measure).toLowerCase()}` : kind;
}

/** The label of one valid value a chart lists for the attribute of `key`. */
function validLabel(key: FilterKey, value: string | number): string | null {
  const v = String(value);
  if (key === 'year' || key === 'measure') return choiceLabel(key, v);
  if (v === 'all' || !v.includes(':')) return null;
  const [dim, val] = v.split(':');
  return (GROUP_DIMENSIONS as readonly string[]).includes(dim) ? choiceLabel(dim as FilterKey, val) : null;
}

/**
 * A probe's problem in a reader's words, to follow the chart's name: "shows only 2019 and 2020"
 * (the value judged), "cannot show local authority (only …)" (another filter's value, in
 * this combination), "cannot show it with its other settings". Values are listed as a sentence
 * lists them (andList), and named as they read mid-sentence (midSentence), as the charts' own texts do.
 */
function readerReason(problem: NonNullable<ProbeResult>, keys: FilterAttributes, state: FilterState, judged?: FilterKey): string {
  const takes = (k: FilterKey) => state[k] != null && (keys[k] === problem.attribute || (problem.attribute === 'group' && keys[k] === 'group'));
  const key = judged && takes(judged) ? judged : FILTER_KEYS.find(takes);
  if (!key) return problem.attribute === null ? 'cannot show it' : 'cannot show it with its other settings';
  const labels = Array.isArray(problem.valid) ? [...new Set(problem.valid.map((v) => validLabel(key, v)).filter((l): l is string => !!l))] : [];
  const only = labels.length && labels.length <= 6 ? andList(labels.map(midSentence)) : null;
  if (key === judged) return only ? `shows only ${only}` : 'cannot show it';
  const what = midSentence(choiceLabel(key, String(state[key])));
  return only ? `cannot show ${what} (only ${only})` : `cannot show ${what}`;
}

/** A year attribute: digits, or "all" (no year chosen, as the messages offer); anything else is kept as NaN for the message. */
const yearConverter = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null || isCleared(value) ? undefined : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN,
  toAttribute: (value: number | undefined): string | null => (value == null ? null : String(value)),
};

/** A control's note lines as sentences after its label: each after the first starts with a capital ("…; not published as numbers. The trend chart does not follow this filter"). */
const sentences = (lines: readonly string[]): string => lines.map((l, i) => (i ? l.charAt(0).toUpperCase() + l.slice(1) : l)).join('. ');

/**
 * A bar of labelled, native controls (survey year, Pioneer wave, deprivation, organisation
 * type, years in post, measure) that drives every chart linked to it: the charts inside it,
 * and the charts anywhere in the same document (or shadow root) whose `filters` attribute
 * names its `id` (a chart with a `filters` attribute follows only the bars it names).
 * Charts added later are picked up. It offers only the choices every linked chart that
 * takes the control can show (by the data, and by the chart's own validation); a missing
 * choice is shown disabled with the reason, and every reason is listed in a note. A value
 * from the attributes or the URL that a linked chart cannot show is reported, not applied. A measure from the
 * bar keeps only the `items`, `response`… of a chart that belong to it (the author's come
 * back with the chart's own measure). A chart whose `filters` names no bar says so.
 *
 * The state attributes (`year`, `organisation`, …) set the initial view (and the view
 * "Reset" returns to); the properties of the same names hold the live state. With
 * `sync-url`, the state lives in the page's query string (parameters prefixed with the
 * bar's `id` and a dot): each change adds a history entry and the back button steps back.
 *
 * @summary Linked filters for a set of charts.
 * @slot - Charts (and any other content) inside the bar; charts here are linked to it.
 * @fires {CustomEvent<PioneerFilterChangeDetail>} pioneer-filter-change - When the reader changes a filter (a control, Reset, or back/forward with `sync-url`); `detail` is the whole filter state.
 * @csspart root - The box holding the controls, notes and messages (not the slotted charts).
 * @csspart bar - The row of controls.
 * @csspart field - One label with its control.
 * @csspart label - A control's label.
 * @csspart select - A control.
 * @csspart reset - The Reset button.
 * @csspart notes - The list of why choices are missing.
 * @csspart message - The message shown when an attribute is invalid.
 * @cssprop --pioneer-font-family - Font of all text.
 * @cssprop --pioneer-font-size - Base font size (default 0.875 of the reader's default text size: 14px at the browsers' usual 16px; an `em` here is of that default, not of the page's text); a change redraws the charts, their labels laid out for it.
 * @cssprop --pioneer-letter-spacing - Letter spacing of the text (default normal; a page's own letter-spacing does not reach it), e.g. 0.12em for WCAG 1.4.12; charts lay their labels out for it.
 * @cssprop --pioneer-word-spacing - Word spacing of the text (default normal), e.g. 0.16em.
 * @cssprop --pioneer-line-height - Line height of the text outside the chart's SVG (default 1.35), e.g. 1.5.
 * @cssprop --pioneer-text-color - Text colour.
 * @cssprop --pioneer-muted-color - Notes and borders.
 * @cssprop --pioneer-focus-color - Focus outline.
 * @cssprop --pioneer-control-background - Background of the controls.
 * @cssprop --pioneer-background - Background of the bar.
 * @cssprop --pioneer-color-scheme - Colour scheme of the selects' lists and scrollbars: `light`, or `dark` in the dark theme; set `dark` where the page's own colours make the bar dark.
 */
@customElement('pioneer-filters')
export class PioneerFilters extends LitElement {
  static styles = [
    chartStyles,
    css`
      /* Typography: .root shares the charts' figure rules (chart-styles.ts). */
      /* The line .root (an inline-block on screen: chart-styles.ts) sits on: 0 high and unindented,
         as a chart's host's is. */
      .type { font-size: medium; line-height: 0; text-indent: 0; }
      .root { position: static; }
      @media print { .root { display: block; width: auto; } }
      .bar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5em 1em; }
      .field { display: flex; flex-direction: column; gap: 0.2em; flex: 0 1 14em; min-width: 8em; max-width: 100%; }
      /* Wide enough for "Each chart's own measure" (its choice when nothing is chosen) in full. */
      .field[data-key='measure'] { flex-basis: 17em; }
      label { font-size: 0.85em; font-weight: 600; color: var(--_text); }
      select {
        font: inherit; letter-spacing: inherit; word-spacing: inherit; color: var(--_text); background: var(--_control-bg); border: 1px solid var(--_muted);
        border-radius: 3px; padding: 0.2em 1.6em 0.2em 0.4em; min-height: 28px; width: 100%; margin: 0; text-overflow: ellipsis;
        /* Drawn by the bar, not the browser: a browser's own select keeps its choice on one line
           and cuts it short where it is wider than the control ("Each chart's own measure" in 200%
           text at 320 px, "Progress in meeting objectives/outcomes" in a row); this one wraps it
           onto as many lines as it needs (WCAG 1.4.10, 1.4.4). Its arrow is drawn here, in the
           text's colour, so forced colours draw it in theirs. */
        appearance: none; white-space: normal; overflow-wrap: anywhere; height: auto;
        background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
        background-position: right 0.85em center, right 0.5em center; background-size: 0.35em 0.35em; background-repeat: no-repeat;
      }
      /* Inside its box, as the charts' rings are (chart-styles): a select at the window's edge kept only three sides of a ring outside it. */
      select:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; box-shadow: inset 0 0 0 4px var(--_bg); }
      select:disabled { opacity: 0.7; cursor: not-allowed; }
      .reset { min-height: 28px; }
      .notes { list-style: none; margin: 0.4em 0 0; padding: 0; color: var(--_muted); font-size: 0.85em; }
      .notes li { margin: 0.1em 0 0; }
      .notes .control { font-weight: 600; }
      .message p { margin: 0; }
      .message p + p { margin-top: 0.3em; }
      .content { margin-top: 0.75em; }
      :host(:empty) .content { display: none; }
      /* A CMS that turns line breaks into <br> (WordPress's wpautop) puts one between charts
         pasted on lines of their own: each was a blank line between them. */
      ::slotted(br) { display: none; }
      .print-summary { display: none; }
      @media print {
        .bar, .notes, .live { display: none; }
        /* It says which filters the charts below it show: it stays on their page. */
        .print-summary { display: block; margin: 0; font-size: 0.9em; break-after: avoid; }
      }
    `,
  ];

  // Every property says `| undefined`: a script unsets one so, which is its default again (see PioneerChart).
  /** Controls to show, in order, separated by commas or spaces: year, measure, wave, deprivation, organisation, tenure. Default `year,organisation,tenure,deprivation`. */
  @property() controls: string | readonly string[] | null | undefined = DEFAULT_CONTROLS.join(',');

  /** Survey year (2016–2020 in the bundled data); unset (or `all`) = each chart's own. */
  @property({ converter: yearConverter }) year?: Numeric | Keyword<'all'> | undefined;

  /** Measure id, e.g. `barrier`; unset = each chart's own. */
  @property() measure?: string | null | undefined;

  /** Pioneer wave: `1` or `2`; unset = all. */
  @property() wave?: string | number | null | undefined;

  /** Deprivation category of the sites: `less` or `more`; unset = all. */
  @property() deprivation?: string | null | undefined;

  /** Organisation type: `ccg-nhs`, `la` or `other`; unset = all. */
  @property() organisation?: string | null | undefined;

  /** Years in post: `under-5` or `5-plus`; unset = all. */
  @property() tenure?: string | null | undefined;

  /**
   * Keep the filter state in the page's query string (shareable, back button steps through
   * changes). Not reflected: reflecting would overwrite `sync-url="false"`, which is reported.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl: boolean | undefined = false;

  /** Accessible name of the group of controls. Default `Filters`. */
  @property() label: string | null | undefined = 'Filters';

  /** The bar's accessible name: its label, where a script set one with text ('Filters' for another value). */
  private _groupName(): string {
    const label: unknown = this.label;
    return (typeof label === 'string' || typeof label === 'number' ? String(label).trim() : '') || 'Filters';
  }

  /** `auto` (default: follows prefers-color-scheme), `light` or `dark`. */
  @property({ reflect: true, useDefault: true, converter: keywordReflection }) theme: Keyword<'auto' | 'light' | 'dark'> | undefined = 'auto';

  /** The controls shown (valid ones, in the author's order). */
  private _controlKeys: FilterKey[] = [...DEFAULT_CONTROLS];
  /** The valid state applied to the charts. */
  private _current: FilterState = {};
  /** The valid state of the attributes alone (what Reset returns to). */
  private defaults: FilterState = {};
  private _models: ControlModel[] = [];
  private _linked: Element[] = [];
  private _problems: string[] = [];
  /** The problems warned, by value (see the end of refresh), and how many charts the bar had then. */
  private _warned = new Map<string, string>();
  private _warnedWith = 0;
  /** Raw values of the keys whose current value came from the URL (for messages). */
  private _fromUrl: Partial<Record<FilterKey, string>> = {};
  /** The bar's URL parameters given more than once with different values, each with its values: none applied (repeatedFilterQuery). */
  private _repeatedInUrl: Partial<Record<FilterKey, string[]>> = {};
  private _urlLoaded = false;
  /** The keys the reader set with a control since the last load, Reset or history step: dropped last when values conflict. */
  private _chosen = new Set<FilterKey>();
  /**
   * Why the state last changed, for what `updated` does: a reader's change pushes a history
   * entry and fires the event; back/forward fires the event; loading from the URL does
   * neither; a change by script (null) replaces the URL's parameters.
   */
  private _origin: 'user' | 'history' | 'url' | null = null;
  private _observer?: MutationObserver;
  private _observedRoot?: Node;
  /**
   * Watches the linked charts' own attributes: a page script that changes one (a stack's
   * `year`) can make a choice of the bar one that chart cannot show; the bar then looks again,
   * rather than leave the chart with an error the reader never caused. The attributes the bar
   * itself writes, and reflected ones, are not watched (its own writes would answer each other).
   */
  private _chartObserver = new MutationObserver((records) => {
    if (records.some((r) => r.attributeName && this._watchesAttribute(r.target as Element, r.attributeName))) this.requestUpdate();
  });
  private _settled = false;

  /** The filter state now applied to the linked charts (only valid values of shown controls). */
  get filterState(): FilterState {
    return { ...this._current };
  }

  /** The charts this bar drives now. */
  get linkedCharts(): Element[] {
    return [...this._linked];
  }

  /** The messages shown for invalid attributes (empty when all are valid). */
  get messages(): string[] {
    return [...this._problems];
  }

  /** Returns every control to the view the attributes describe (firing `pioneer-filter-change`). */
  reset(): void {
    // A parameter given twice set nothing, so the state may not change: its message and the
    // address still go.
    if (Object.keys(this._repeatedInUrl).length) this.requestUpdate();
    this._fromUrl = {};
    this._repeatedInUrl = {};
    this._chosen.clear();
    this.assign(this._attributeState());
    this._origin = 'user';
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = renderRootIn(this, () => super.createRenderRoot());
    pressOnlyWithin(root, this);
    return root;
  }

  /** Moved into another document (an iframe's) or back: styled again for it (restyleAdopted). */
  adoptedCallback(): void {
    restyleAdopted(this);
  }

  connectedCallback(): void {
    super.connectedCallback();
    this._curlyNotes.push(...unquoteAttributes(this, (this.constructor as typeof LitElement).observedAttributes));
    tellOuterChart(this);
    // Its attributes are checked as it renders: an unknown one set later renders it again.
    watchLateAttributes(this, (this.constructor as typeof LitElement).observedAttributes, this._checkLateAttribute);
    window.addEventListener('popstate', this._onPopState);
    connectedBars.add(this);
    this.observe();
    this.requestUpdate();
  }

  /** Values this bar found in curly quotes and set again without them (unquoteAttributes). */
  private _curlyNotes: string[] = [];
  /** What the check of its attribute names said last: a change of another attribute (a page's class) that says nothing new renders nothing. */
  private _lateSentences = '';
  private _checkLateAttribute = (): void => {
    const now = misspeltSentences(this, (this.constructor as typeof LitElement).observedAttributes).join(' ');
    if (now === this._lateSentences) return;
    this._lateSentences = now;
    this.requestUpdate();
  };

  disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLateAttributes(this);
    window.removeEventListener('popstate', this._onPopState);
    connectedBars.delete(this);
    this._observer?.disconnect();
    this._chartObserver.disconnect();
    this.link([]);
    this._observedRoot = undefined;
    clearTimeout(this._announceTimer);
  }

  /**
   * The bars of this bar's document or shadow root that sync the URL without an id (this one
   * too, if it does; `sync-url="false"` does not). The bar's document observer updates it when
   * another comes or goes.
   */
  private _sharingUrl(): PioneerFilters[] {
    const syncs = (b: Element) => !b.id && b.hasAttribute('sync-url') && !booleanWrittenOff(b, 'sync-url');
    if (!syncs(this)) return [];
    const root = this.getRootNode() as ParentNode;
    return [...(root.querySelectorAll?.('pioneer-filters[sync-url]:not([id])') ?? [])].filter((b): b is PioneerFilters => b instanceof PioneerFilters && syncs(b));
  }

  /** The filter bars of this bar's document or shadow root with its id, in page order. */
  private _barsWithMyId(): Element[] {
    const root = this.getRootNode() as ParentNode;
    return this.id && root.querySelectorAll ? [...root.querySelectorAll('pioneer-filters')].filter((b) => b.id === this.id) : [];
  }

  /**
   * Problems with the bar's own attributes that would otherwise pass in silence: one that looks
   * like a misspelling of one the bar has (`yaer="2019"`), and an id another filter bar of the
   * page has too (a chart naming it would follow one of them, the reader not knowing which).
   */
  private _attributeProblems(problems: string[]): void {
    const known = (this.constructor as typeof LitElement).observedAttributes;
    for (const sentence of misspeltSentences(this, known)) problems.push(`${sentence} Its attributes: ${known.join(', ')}.`);
    problems.push(...this._curlyNotes);
    const same = this._barsWithMyId();
    if (same.length > 1) {
      const id = shortened(this.id);
      problems.push(
        `id="${id}": ${same.length} <pioneer-filters> on this page have this id, and charts with filters="${id}" follow the first of them only${same[0] === this ? '' : ', not this one'}. Give each filter bar its own id.`,
      );
    }
  }

  /** Makes `charts` the ones this bar drives, each knowing it (drivingBar). */
  private link(charts: Element[]): void {
    for (const el of this._linked) {
      if (charts.includes(el)) continue;
      if (drivingBar.get(el) === this) drivingBar.delete(el);
      // A chart that leaves the bar (moved out, or into another bar; its filters id changed)
      // gets its author's attributes back, rather than keep a choice no control of its new
      // place can undo; a bar that drives it now applies its own choices again. An attribute
      // the page wrote since the bar did (moving the chart and setting it in one task, before
      // this update) keeps the page's value (restoreAttr).
      for (const attr of originals.get(el)?.keys() ?? []) restoreAttr(el, attr);
      // Forgotten once given back: the author may change them before the chart joins a bar again.
      originals.delete(el);
      drivingBar.get(el)?.requestUpdate();
    }
    for (const el of charts) drivingBar.set(el, this);
    this._linked = charts;
  }

  /** Watches the bar's document (or shadow root) for charts arriving, leaving or changing link or measure. */
  private observe(): void {
    const root = this.getRootNode();
    if (root === this._observedRoot) return;
    this._observer?.disconnect();
    const isElement = (n: Node) => n.nodeType === Node.ELEMENT_NODE;
    this._observer ??= new MutationObserver((records) => {
      const relevant = records.some((r) =>
        r.type === 'childList'
          ? [...r.addedNodes].some(isElement) || [...r.removedNodes].some(isElement)
          : // A bar whose reader has chosen a measure ignores measure changes: two bars setting
            // one chart's measure would otherwise answer each other's writes for ever. Without
            // a choice, it writes none, and a script's (a framework's attribute binding) counts.
            !(r.attributeName === 'measure' && this._controlKeys.includes('measure') && this._current.measure != null),
      );
      if (relevant) this.requestUpdate();
    });
    if (root instanceof Document || root instanceof ShadowRoot) {
      this._observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['filters', 'id', 'measure', 'src'] });
      this._observedRoot = root;
    }
  }

  /** Whether a change of this attribute on linked chart `el` can change what the bar may offer. */
  private _watchesAttribute(el: Element, attribute: string): boolean {
    if (!this._linked.includes(el) || !declaresAttribute(el, attribute) || isReflected(el, attribute)) return false;
    const keys = filterAttributesOf(el);
    if (!keys) return false;
    const written = new Set<string>();
    for (const key of this._controlKeys) if (keys[key]) written.add(keys[key]!);
    if (this._controlKeys.includes('measure')) for (const a of MEASURE_DEPENDENT_ATTRIBUTES) written.add(a);
    // `filters` and `measure` are the document observer's.
    return !written.has(attribute) && attribute !== 'filters' && attribute !== 'measure';
  }

  /** The raw state of the attributes. */
  private _attributeState(): FilterState {
    const state: FilterState = {};
    for (const key of FILTER_KEYS) {
      const value = this.getAttribute(key);
      if (value === null) continue;
      if (key === 'year') state.year = yearConverter.fromAttribute(value);
      else state[key] = value;
    }
    return state;
  }

  /** The raw live state of the properties. */
  private _rawState(): FilterState {
    // A value a script set without text of its own (a Symbol, an object) is taken as its text,
    // which no choice matches: the bar says so, as of any other value it does not have.
    // (A year or a wave as text, as from `wave = 1` in script: validated, matched as text, next.)
    return pickFilters(this, (v) => (v == null ? undefined : typeof v === 'string' || typeof v === 'number' ? v : textOf(v)));
  }

  private assign(state: FilterState): void {
    Object.assign(this, pickFilters(state));
  }

  /** The charts linked to this bar: inside it (nearest bar) unless they name bars in `filters`, or naming its id. */
  private _findLinked(): Element[] {
    const out: Element[] = [];
    const seen = new Set<Element>();
    // Of bars sharing an id, the first in the page drives the charts naming it (see _attributeProblems).
    const ownsId = !!this.id && this._barsWithMyId()[0] === this;
    const consider = (el: Element) => {
      if (seen.has(el)) return;
      seen.add(el);
      if (!filterAttributesOf(el)) {
        awaitDefinition(el);
        return;
      }
      const named = namedBarIds(el);
      const linked = named ? ownsId && named.includes(this.id) : el.parentElement?.closest('pioneer-filters') === this;
      if (linked) out.push(el);
    };
    for (const el of this.querySelectorAll('*')) consider(el);
    const root = this.getRootNode();
    if (this.id && (root instanceof Document || root instanceof ShadowRoot)) {
      for (const el of root.querySelectorAll('[filters]')) consider(el);
    }
    return out;
  }

  /**
   * One entry per distinct (keys, measure, dataset, element and attributes, which decide
   * the choices it can show), so 200 alike charts cost as much as one.
   */
  private _chartInfos(barMeasure?: FilterState['measure']): LinkedChartInfo[] {
    const infos = new Map<Dataset, Map<string, LinkedChartInfo>>();
    const names = this._chartNames(barMeasure);
    for (const el of this._linked) {
      const keys = filterAttributesOf(el)!;
      const measure = ownMeasureOf(el, measureAttributeOf(keys) ?? 'measure');
      const dataset = datasetOf(el);
      let byKey = infos.get(dataset);
      if (!byKey) infos.set(dataset, (byKey = new Map()));
      const id = `${JSON.stringify(keys)}|${measure}|${el.localName}|${attributeSignature(el)}`;
      if (!byKey.has(id)) byKey.set(id, { keys, measure, year: ownYearOf(el, keys), dataset, name: names.get(el)!, problemUnder: this._problemUnder(el, keys), subgroups: Boolean((el.constructor as { subgroups?: boolean }).subgroups) });
    }
    return [...infos.values()].flatMap((m) => [...m.values()]);
  }

  /**
   * Each linked chart's name for reasons and the status line. Kinds of chart linked showing
   * more than one measure are named with theirs (`barMeasure` where the bar sets them one,
   * else their own), so two stacked bar charts are not both "the stacked bar chart".
   */
  private _chartNames(barMeasure?: FilterState['measure']): Map<Element, string> {
    const shownMeasure = (el: Element): string => {
      const attr = measureAttributeOf(filterAttributesOf(el)!);
      return String(attr && barMeasure ? barMeasure : ownMeasureOf(el, attr ?? 'measure'));
    };
    const measuresByKind = new Map<string, Set<string>>();
    for (const el of this._linked) {
      const set = measuresByKind.get(el.localName) ?? new Set<string>();
      measuresByKind.set(el.localName, set.add(shownMeasure(el)));
    }
    return new Map(this._linked.map((el) => [el, chartName(el, (measuresByKind.get(el.localName)?.size ?? 0) > 1 ? shownMeasure(el) : null)]));
  }

  /**
   * Why chart `el` could not show its view were the bar's state `state` (its values
   * applied as applyFilterState would, measure-dependent attributes narrowed), in a
   * reader's words after the chart's name ("shows only 2019"), or null. `key`
   * is the control being judged. Remembered per state for this update.
   */
  private _problemUnder(el: Element, keys: FilterAttributes): (state: FilterState, key?: FilterKey) => string | null {
    const controls = this._controlKeys;
    const memo = new Map<string, string | null>();
    return (state, key) => {
      const id = `${key ?? ''}|${FILTER_KEYS.map((k) => state[k] ?? '').join('|')}`;
      let reason = memo.get(id);
      if (reason !== undefined) return reason;
      const { problem } = filterWrites(el, state, controls, true);
      reason = problem ? readerReason(problem, keys, state, key) : null;
      memo.set(id, reason);
      return reason;
    };
  }

  protected willUpdate(): void {
    restoreDefaults(this);
    const problems: string[] = [];
    this._attributeProblems(problems);
    this._controlKeys = this._parseControls(problems);
    const syncUrl = this._urlSyncOn(problems);
    // Checked at every update, and each such bar is told when another comes or goes (see
    // _sharingUrl): the first bar of a page is checked before the parser reaches the second.
    if (syncUrl && this._sharingUrl().length > 1) {
      problems.push('sync-url: several filter bars on this page sync the URL without an id, so they share its parameters; give each bar an id.');
    }
    if (syncUrl && !this._urlLoaded) {
      this._urlLoaded = true;
      this._loadFromUrl(false);
    }
    this.link(this._findLinked());
    const raw = this._rawState();
    const charts = this._chartInfos(raw.measure);
    const datasets = charts.length ? [...new Set(charts.map((c) => c.dataset))] : [bundledDataset()];
    const universe = new Map(FILTER_KEYS.map((k) => [k, filterUniverse(k, datasets)]));
    const unknown: UnknownValue[] = [];
    const live = this._restrict(this.validate(raw, universe, problems, true, unknown), charts, problems, true);
    // A value the data does not have at all lists the choices the controls offer (those every
    // linked chart can show), as a value a chart cannot show does, not every value in the data.
    const offeredValid = (key: FilterKey) => {
      const model = live.models.find((m) => m.key === key);
      return this._validValues(key, model ? model.choices.filter((c) => c.available).map((c) => c.value) : universe.get(key) ?? []);
    };
    for (const { at, key, name, shown } of unknown) problems[at] = new AttributeProblem(name, shown, offeredValid(key)).message;
    // A URL parameter given twice with different values sets neither (stateFromQuery), as an
    // invalid value sets nothing: which one the link meant is not the bar's to guess.
    for (const key of this._controlKeys) {
      const values = this._repeatedInUrl[key];
      if (!values || raw[key] != null) continue;
      problems.push(repeatedParameterMessage(`${urlPrefix(this.id)}${key}`, values, offeredValid(key)));
    }
    this._current = live.state;
    this.defaults = this._restrict(this.validate(this._attributeState(), universe, [], false), charts, [], false).state;
    this._models = live.models;
    // Warned once per value: a value still not valid is not warned again when only the why or the
    // valid values change (the reader chose another filter). But when the bar has found its
    // charts since (the first check may run before they are upgraded, against every value in
    // the data), a changed message is warned again, so the console says what the page says.
    // While the page is still being parsed (the script in a classic tag before the bar), the
    // bar's charts may not be in it yet: the warnings wait until it is, so that the console says
    // once what the page says then, not first what every value in the data allows.
    this._problems = problems;
    if (this.ownerDocument.readyState === 'loading') {
      this.ownerDocument.addEventListener('DOMContentLoaded', this._onParsed, { once: true });
      return;
    }
    const warnKey = (p: string) => p.replace(/^(.*?" is not valid)[:.].*$/s, '$1').replace(/ Valid values: .*$/s, '');
    const relinked = charts.length !== this._warnedWith;
    for (const p of problems) {
      const said = this._warned.get(warnKey(p));
      if (said === undefined || (relinked && said !== p)) warnAbout(this, p);
    }
    this._warned = new Map(problems.map((p) => [warnKey(p), p]));
    this._warnedWith = charts.length;
  }

  /**
   * Whether the URL is synced: `sync-url` present, unless written as `sync-url="false"`
   * (or no, off, 0), which a boolean attribute would take as on: that gives the message,
   * and the URL is not synced.
   */
  private _urlSyncOn(problems: string[]): boolean | undefined {
    let off = false;
    for (const name of BOOLEAN_ATTRIBUTES) {
      const problem = booleanWrittenOff(this, name);
      if (problem) {
        problems.push(problem.message);
        if (name === 'sync-url') off = true;
      }
    }
    return this.syncUrl && !off;
  }

  /** A boolean attribute written again ("false" → "no") leaves its property true: look again. */
  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value && BOOLEAN_ATTRIBUTES.includes(name)) this.requestUpdate();
  }

  /**
   * A value set by attribute or URL that a linked chart cannot show is not applied (that
   * chart would show an error, or empty axes, the reader never caused): it gives the message
   * naming the attribute (or parameter) and the values the controls offer, and the key
   * stays unset. One value at a time, breakdowns first and the reader's own choices last,
   * since dropping one can make another available. Returns the state and the models of the controls under it.
   */
  private _restrict(state: FilterState, charts: readonly LinkedChartInfo[], problems: string[], live: boolean): { state: FilterState; models: ControlModel[] } {
    const next: FilterState = { ...state };
    const order = [...FILTER_KEYS].reverse();
    if (live) order.sort((a, b) => Number(this._chosen.has(a)) - Number(this._chosen.has(b)));
    for (;;) {
      const models = filterOptions({ charts, state: next, controls: this._controlKeys, fallback: bundledDataset() });
      const blocked = order
        .map((key) => models.find((m) => m.key === key))
        .find((m) => m && next[m.key] != null && m.choices.some((c) => c.value === String(next[m.key]) && !c.available));
      if (!blocked) return { state: next, models };
      const key = blocked.key;
      const value = String(next[key]!);
      const reason = blocked.choices.find((c) => c.value === value)?.reason;
      if (live && this._chosen.has(key) && this._fromUrl[key] === undefined) {
        // The reader's own choice, which a linked chart can no longer show (its attributes
        // changed since): said in the bar's words, not as an attribute the reader never wrote.
        problems.push(`${CONTROL_LABELS[key]}: ${choiceLabel(key, value)} is no longer available${reason ? ` ${inBrackets(midSentence(reason))}` : ''}, so that filter is off.`);
      } else {
        // A value the data has, which the other filters or the linked charts rule out: says why
        // ("…="la" is not valid: … for 2020. Valid values: all."), or the list alone reads as wrong.
        const { name, shown } = this._nameOf(key, next[key]!, live);
        problems.push(new AttributeProblem(name, shown, this._validValues(key, blocked.choices.filter((c) => c.available).map((c) => c.value)), reason).message);
      }
      delete next[key];
    }
  }

  /** The valid values of a key's attribute: the choices, and `all` for a breakdown or year (the "All …" choice). */
  private _validValues(key: FilterKey, values: readonly string[]): readonly string[] | string {
    if (key !== 'measure') return [...values, CLEARED];
    // Linked charts whose data share no measure (one given custom rows of its own) leave none to
    // choose: said so, not "Valid values: .".
    return values.length ? [...values] : 'none: no measure is in the data of every linked chart';
  }

  /** How a message names a key's value: the URL parameter it came from, or the attribute. */
  private _nameOf(key: FilterKey, value: string | number, live: boolean): { name: string; shown: string } {
    const fromUrl = live ? this._fromUrl[key] : undefined;
    const name = fromUrl !== undefined ? `URL parameter ${urlPrefix(this.id)}${key}` : key;
    // (textOf: a script may have set any value, one without text of its own too.)
    const shown = fromUrl ?? (key === 'year' ? (this.getAttribute('year') ?? textOf(value)) : textOf(value));
    return { name, shown };
  }

  private _parseControls(problems: string[]): FilterKey[] {
    const names = listOf(this.controls);
    const keys: FilterKey[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const key = matchOf(name, FILTER_KEYS);
      if (key === undefined) unknown.push(name);
      else if (!keys.includes(key)) keys.push(key);
    }
    // One message for all unknown names (AttributeProblem shortens a long value).
    if (unknown.length) problems.push(new AttributeProblem('controls', unknown.join(','), FILTER_KEYS).message);
    if (!names.length) problems.push(new AttributeProblem('controls', this.controls ?? '', FILTER_KEYS).message);
    if (matchOf(this.theme, ['auto', 'light', 'dark']) === undefined) problems.push(new AttributeProblem('theme', this.theme, ['auto', 'light', 'dark']).message);
    return keys.length ? keys : [...DEFAULT_CONTROLS];
  }

  /** The valid part of a raw state; each invalid value adds a message naming the attribute (or URL parameter) and the valid values. */
  private validate(raw: FilterState, universe: Map<FilterKey, string[]>, problems: string[], live: boolean, unknown?: UnknownValue[]): FilterState {
    const state: FilterState = {};
    for (const key of FILTER_KEYS) {
      const value = raw[key];
      if (value == null || isCleared(value)) continue;
      const { name, shown } = this._nameOf(key, value, live);
      if (!this._controlKeys.includes(key)) {
        problems.push(`${name}="${shortened(shown)}" has no effect: ${key} is not among controls (${this._controlKeys.join(', ')}).`);
        continue;
      }
      const valid = universe.get(key) ?? [];
      const match = matchOf(textOf(value), valid);
      if (match === undefined) {
        unknown?.push({ at: problems.length, key, name, shown });
        problems.push(new AttributeProblem(name, shown, this._validValues(key, valid)).message);
        continue;
      }
      if (key === 'year') state.year = Number(match);
      else state[key] = match;
    }
    return state;
  }

  /** Reads the bar's parameters from the URL over the attributes' state. */
  private _loadFromUrl(fromHistory: boolean): void {
    const prefix = urlPrefix(this.id);
    const keys = this._controlKeys;
    const raw = readFilterQuery(location.search, prefix, keys);
    if (!fromHistory && !Object.keys(raw).length) return;
    const next = stateFromQuery(location.search, prefix, keys, this._attributeState());
    this._fromUrl = raw;
    const repeated = repeatedFilterQuery(location.search, prefix, keys);
    // Back to an address with a parameter given twice (or away from one), the state may be the
    // same (it sets nothing): its message comes (or goes) all the same, the address as it is
    // (origin 'url': not rewritten, no filter change to announce).
    const repeatedChanged = JSON.stringify(repeated) !== JSON.stringify(this._repeatedInUrl);
    this._repeatedInUrl = repeated;
    this._chosen.clear();
    if (sameState(next, this._rawState())) {
      if (repeatedChanged) {
        this._origin = 'url';
        this.requestUpdate();
      }
      return;
    }
    this.assign(next);
    this._origin = fromHistory ? 'history' : 'url';
  }

  /** The page parsed: the bar checks again, with its charts, and warns (see willUpdate). */
  private _onParsed = (): void => this.requestUpdate();

  private _onPopState = (): void => {
    if (!this._urlSyncOn([])) return;
    this._loadFromUrl(true);
  };

  protected updated(): void {
    // Each select shows the state applied: the reader's choice changes a select under its
    // bindings, which then see no change to write back when the bar turns that choice off in
    // the same update (two choices made in one task).
    for (const select of this.renderRoot.querySelectorAll('select')) {
      const value = this._current[select.name as FilterKey];
      const shown = value == null ? '' : String(value);
      if (select.value !== shown) select.value = shown;
    }
    // The year each chart showed, or its message, where the status line will speak (a reader's
    // change): a chart left to choose its own may choose another under a filter (the latest year
    // published for the group), or go to its message or back to figures, which the line then
    // says. Not read on the bar's other updates.
    const origin = this._origin;
    const shownBefore = origin === 'user' || origin === 'history' ? shownOfAll(this._linked) : null;
    const changed = this._linked.filter((el) => applyFilterState(el, this._current, this._controlKeys));
    // The bar's own writes above are delivered too, and ignored (_watchesAttribute).
    this._chartObserver.disconnect();
    for (const el of this._linked) this._chartObserver.observe(el, { attributes: true });
    this._origin = null;
    if (shownBefore) {
      if (origin === 'user' && this._urlSyncOn([])) this._writeUrl('push');
      this._announce(changed, shownBefore);
      emit<PioneerFilterChangeDetail>(this, 'pioneer-filter-change', this.detail());
    } else if (origin === null && this._settled) {
      // A change by script, or a filter the bar turned off because a linked chart changed
      // underneath (its own property unchanged): the address follows the state now applied
      // (_writeUrl writes nothing when it already holds it).
      if (this._urlSyncOn([])) this._writeUrl('replace');
      // The status line said the filters as the reader left them: no longer so, it is emptied
      // (a filter turned off says so in the bar's message, an alert), not left to be read.
      const status = this.renderRoot.querySelector('.live');
      if (status?.textContent && this._filterWords() !== this._saidWords) status.textContent = '';
    }
    this._settled = true;
  }

  /**
   * Tells screen-reader users how many linked charts changed (`changed`, just now: they have
   * not updated yet), what the filters now are, which chart now shows another year than
   * before, and which now shows a message in place of its figures or figures again
   * (`shownBefore`: what each chart showed before the change), once the charts have taken the
   * change.
   */
  private _announce(changed: readonly Element[], shownBefore: ReadonlyMap<Element, Shown>): void {
    const status = this.renderRoot.querySelector('.live');
    if (!status) return;
    const asked = ++this._announcements;
    // A reader stepping through a select's options with the arrow keys changes the filter at
    // every press (Chromium and Firefox on Windows and Linux), and hears each option from the
    // select itself: a change of the same control within moments of the last is said once the
    // presses stop, for the choice they stop at, not once per option passed.
    clearTimeout(this._announceTimer);
    const now = performance.now();
    const key = this._changedKey;
    this._changedKey = null;
    const stepping = key !== null && key === this._announcedKey && now - this._announcedAt < ANNOUNCE_QUIET_MS;
    this._announcedAt = now;
    this._announcedKey = key;
    // Options stepped through are said as one change: from what the charts showed when last
    // said (sinceSaid). So is a change made before the last one was said (its announcement is
    // dropped for this one): from what the charts showed before that one, or a chart it sent
    // to its message (marked below, so without an alert) would be said by neither.
    const from = withUnsaid(this._unsaidFrom, stepping ? sinceSaid(this._shownSaid, shownBefore) : shownBefore);
    this._unsaidFrom = from;
    // A chart that showed figures then and now goes to its message is said so by the line
    // (_messagesShown): it shows that message without an alert, heard once (barSaysMessage).
    markSaidMessages(changed.filter((el) => from.get(el)?.figures));
    // Said from the state applied when it is said: a change put off that the bar has
    // since turned off is not said as applied.
    const say = async () => {
      await shownOrGivenUp(this._linked);
      // A later change has its own announcement.
      if (asked !== this._announcements) return;
      this._unsaidFrom = null;
      const charts = changed.length;
      const count = charts === 0 ? 'No chart changed' : `${charts} chart${charts === 1 ? '' : 's'} updated`;
      this._saidWords = this._filterWords();
      const now = shownOfAll(this._linked);
      const names = this._chartNames(this._current.measure);
      const single = oneByOne(names);
      status.textContent = `${count}. ${this._saidWords}.${this._movedYears(from, now, names, single)}${this._messagesShown(from, now, names, single)}`;
      this._shownSaid = now;
    };
    if (stepping) this._announceTimer = setTimeout(say, ANNOUNCE_QUIET_MS);
    else void say();
  }

  /** Announcements asked for: one said late (after the charts' updates) is dropped for a later one. */
  private _announcements = 0;

  /** What each linked chart showed before the changes not said yet (null: none waits to be said). */
  private _unsaidFrom: ReadonlyMap<Element, Shown> | null = null;

  /** What each linked chart showed when the status line last spoke. */
  private _shownSaid: ReadonlyMap<Element, Shown> = new Map();

  /**
   * " The stacked bar chart now shows 2019, not 2020.": each linked chart that shows another
   * year now (`now`) than before (`before`) while the bar leaves the year to each chart (a year
   * the reader chose is in the filters said already); empty if none.
   */
  private _movedYears(before: ReadonlyMap<Element, Shown>, now: ReadonlyMap<Element, Shown>, names: ReadonlyMap<Element, string>, single: ReadonlyMap<Element, string>): string {
    if (this._current.year != null) return '';
    // Charts of one name that moved alike are said once: "2 stacked bar charts now show 2019,
    // not 2020."; one alone by its own name (`single`: "The second stacked bar chart …").
    const moved = new Map<string, { name: string; el: Element; before: number; year: number; count: number }>();
    for (const el of this._linked) {
      const year = now.get(el)?.year;
      const was = before.get(el)?.year;
      if (year == null || was == null || year === was) continue;
      const name = names.get(el)!;
      const said = JSON.stringify([name, was, year]);
      const entry = moved.get(said) ?? { name, el, before: was, year, count: 0 };
      entry.count++;
      moved.set(said, entry);
    }
    return [...moved.values()].map(({ name, el, before, year, count }) => ` ${subject(el.localName, count === 1 ? single.get(el)! : name, count)} now show${count === 1 ? 's' : ''} ${year}, not ${before}.`).join('');
  }

  /**
   * " The stacked bar chart now shows a message: year="2018" is not valid.": each linked chart
   * that showed figures before (`before`) and a message in their place now (`now`); " The
   * stacked bar chart shows figures again, for 2019." (its year, if of one): each that showed a
   * message and shows figures now. Empty if none.
   */
  private _messagesShown(before: ReadonlyMap<Element, Shown>, now: ReadonlyMap<Element, Shown>, names: ReadonlyMap<Element, string>, single: ReadonlyMap<Element, string>): string {
    // Charts of one name that changed alike are said once: "2 stacked bar charts show figures again, for 2019."
    const changed = new Map<string, { name: string; el: Element; message: string | null; year: number | null; count: number }>();
    for (const el of this._linked) {
      const was = before.get(el);
      const is = now.get(el);
      if (!was || !is) continue;
      const message = was.figures && is.message ? messageWords(is.message) : null;
      if (message === null && !(was.message && is.figures)) continue;
      const name = names.get(el)!;
      const said = JSON.stringify([name, message, is.year]);
      const entry = changed.get(said) ?? { name, el, message, year: is.year, count: 0 };
      entry.count++;
      changed.set(said, entry);
    }
    return [...changed.values()]
      .map(({ name, el, message, year, count }) => {
        const who = subject(el.localName, count === 1 ? single.get(el)! : name, count);
        if (message !== null) return ` ${who} now show${count === 1 ? 's' : ''} a message: ${message}${message.endsWith('…') ? '' : '.'}`;
        return ` ${who} show${count === 1 ? 's' : ''} figures again${year == null ? '' : `, for ${year}`}.`;
      })
      .join('');
  }

  /** The filters applied, as the status line and the printed page say them: "Survey year: 2019; Organisation type: Local authority", or `none` where no filter is set. */
  private _filterWords(none = 'No filters'): string {
    const parts = this._controlKeys.filter((k) => this._current[k] != null).map((k) => `${CONTROL_LABELS[k]}: ${choiceLabel(k, String(this._current[k]))}`);
    return parts.length ? parts.join('; ') : none;
  }

  /** The filters the status line last said. */
  private _saidWords = '';

  /** The control the reader changed last (null: Reset, back/forward), and when its change was said or put off. */
  private _changedKey: FilterKey | null = null;
  private _announcedKey: FilterKey | null = null;
  private _announcedAt = -Infinity;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;

  private detail(): PioneerFilterChangeDetail {
    return pickFilters(this._current);
  }

  private _writeUrl(how: 'push' | 'replace'): void {
    const search = writeFilterQuery(location.search, urlPrefix(this.id), this._current, this._controlKeys, this.defaults);
    if (search === location.search) return;
    // An absolute address: a relative one would be resolved against the page's <base href>,
    // which may name another origin (the browser then refuses the change).
    const url = new URL(location.href);
    url.search = search;
    try {
      if (how === 'push') history.pushState(history.state, '', url.href);
      else history.replaceState(history.state, '', url.href);
    } catch (e) {
      // E.g. a sandboxed frame: the filters still work, the address just does not follow.
      if (!this._urlWarned) warnAbout(this, `sync-url could not write the filters into the page's address (${(e as Error)?.message ?? e}); the charts still follow the filters.`);
      this._urlWarned = true;
    }
  }

  /** Whether the console has been told that the address cannot be written. */
  private _urlWarned = false;

  private _onChange(key: FilterKey, e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    delete this._fromUrl[key];
    delete this._repeatedInUrl[key];
    if (value === '') this._chosen.delete(key);
    else this._chosen.add(key);
    const next: FilterState = { ...this._rawState(), [key]: value === '' ? undefined : key === 'year' ? Number(value) : value };
    this.assign(next);
    this._origin = 'user';
    this._changedKey = key;
  }

  private _onReset = (): void => {
    this.reset();
  };

  protected render(): TemplateResult {
    const notes = this._models.map((m) => ({ key: m.key, label: m.label, lines: this.notesOf(m) })).filter((n) => n.lines.length);
    // A control's description is its note, read at each focus; a long one (the measures: a
    // reason per measure) is told in one line instead, since each disabled option says why.
    const described = new Map(notes.map((n) => [n.key, `${n.label}: ${sentences(n.lines)}.`.length > LONG_NOTE ? 'short' : 'note'] as const));
    // .type holds the reader's default text size (the bar's text is 0.875 of it, as a chart's);
    // the slotted page content, outside it, keeps the page's own. No text between the two: under
    // a page's white-space: pre (inherited by the host) it was empty lines over the content.
    return html`<div class="type"><div class="root" part="root" lang="en">
      <div class="bar" part="bar" role="group" aria-label=${this._groupName()}>
        ${this._models.map((m) => this._controlTemplate(m, described.get(m.key)))}
        <button type="button" class="reset" part="reset" @click=${this._onReset}>Reset</button>
      </div>
      ${notes.length
        ? html`<ul class="notes" part="notes">
            ${notes.map((n) => html`<li id=${`note-${n.key}`} data-key=${n.key}>
              <span class="control">${n.label}:</span>${unbroken(` ${sentences(n.lines)}.`)}
            </li>`)}
          </ul>`
        : nothing}
      ${this._problems.length
        ? html`<div class="message" part="message" role="alert">${this._problems.map((p) => html`<p>${p}</p>`)}</div>`
        : nothing}
      <p class="live sr-only" role="status"></p>
      <p class="print-summary">${this._printSummary()}</p>
      </div></div><div class="content"><slot></slot></div>`;
  }

  /** "Survey year: 2019; Organisation type: Local authority": what the printed page shows in place of the controls. */
  private _printSummary(): string {
    return `Filters — ${this._filterWords('none')}.`;
  }

  /** The visible notes of a control: why it does nothing, or which choices are missing and why. */
  private notesOf(m: ControlModel): string[] {
    if (m.note) return [m.note.replace(/\.$/, '')];
    const lines = unavailableSummary(m);
    const first = GROUP_DIMENSIONS.find((d) => this._current[d] != null);
    if (first && first !== m.key && this._current[m.key] != null && GROUP_DIMENSIONS.includes(m.key)) {
      lines.push(`charts that show one breakdown at a time show ${CONTROL_LABELS[first].toLowerCase()} instead`);
    }
    // Chosen, it changes some charts and not others: the others are named, so that a chart
    // left as it was is not taken for one that follows the choice.
    if (this._current[m.key] != null && m.ignoredBy.length) {
      lines.push(`${andList(m.ignoredBy)} ${m.ignoredBy.length > 1 ? 'do' : 'does'} not follow this filter`);
    }
    return lines;
  }

  private _controlTemplate(m: ControlModel, described: 'note' | 'short' | undefined): TemplateResult {
    const id = `control-${m.key}`;
    const unavailable = m.choices.filter((c) => !c.available).length;
    const current = this._current[m.key];
    const value = current == null ? '' : String(current);
    return html`<div class="field" part="field" data-key=${m.key}>
      <label part="label" for=${id}>${m.label}</label>
      <select id=${id} name=${m.key} part="select" ?disabled=${m.charts === 0 && this._linked.length > 0} aria-describedby=${described === 'note' ? `note-${m.key}` : described === 'short' ? `short-${m.key}` : nothing} @change=${(e: Event) => this._onChange(m.key, e)}>
        <option value="" .selected=${value === ''}>${m.emptyLabel}</option>
        ${m.choices.map(
          // The text alone inside the option: spaces around it were read as part of its name (" 2019 ").
          (c) => html`<option value=${c.value} ?disabled=${!c.available} .selected=${value === c.value}>${c.available ? c.label : `${c.label} ${inBrackets(midSentence(c.short ?? c.reason ?? ''))}`}</option>`,
        )}
      </select>
      ${described === 'short'
        ? html`<span id=${`short-${m.key}`} hidden>${unavailable} of ${m.choices.length} choices unavailable; each says why, and the list under the bar gives every reason.</span>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pioneer-filters': PioneerFilters;
  }
}
