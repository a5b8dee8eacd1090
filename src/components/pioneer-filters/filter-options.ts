/**
 * Which choices a <pioneer-filters> bar offers, and why each missing one is missing.
 * Pure: a function of the linked charts (their declared filter keys, measure and data)
 * and the current filter state. No DOM.
 *
 * A choice is available only when every linked chart that takes that control can show it
 * with the other filters as they are (faceted: each control is judged with the others
 * fixed): one a chart cannot show (a comparison for 2020, a stacked bar chart by wave)
 * would replace that chart with an error, or empty axes, the reader never caused. A chart
 * in error under the other filters already restricts nothing (not the bar's doing). An
 * unavailable choice carries the reasons in full, in words a reader understands, built
 * from the data: "not published in the 2020 report", "the reports publish one breakdown at
 * a time", or the reason the dataset records for a year shown only as a figure; else what
 * the chart's own validation says ("the comparison chart shows only 2019",
 * see LinkedChartInfo.problemUnder). With several charts taking a control, each reason
 * names its chart ("the stacked bar chart: not published for 2020").
 */
import type { Dataset } from '../../data/dataset.js';
import { GROUP_LABELS, YEARS, groupLabel, measureLabel } from '../../data/vocabulary.js';
import { GROUP_DIMENSIONS, type FilterAttributes, type FilterKey, type FilterState } from '../base/filter-state.js';
import { andList, midSentence } from '../../renderers/shared/format.js';
import { lookupTable } from '../../data/lookup-table.js';

/** What the bar knows about one linked chart. */
export interface LinkedChartInfo {
  /** The chart class's `static filterAttributes`. */
  keys: FilterAttributes;
  /** The chart's own measure (as the author set it, before any filter bar), if it has one. */
  measure?: string | null;
  /** The chart's own year (as the author set it, before any filter bar), if it has one. */
  year?: number | null;
  /** The data the chart draws from (bundled, custom `data` or `src`). */
  dataset: Dataset;
  /**
   * Why the chart could not show its view under a bar state (the chart's own validation,
   * asked without touching it), in a reader's words, or null. Absent: the chart is taken
   * to show whatever the data publishes.
   */
  problemUnder?: (state: FilterState, key?: FilterKey) => string | null;
  /** What a reader calls the chart ("the stacked bar chart"), for reasons. */
  name?: string;
  /**
   * The chart shows subgroup figures (the comparison): the reasons the data records for
   * missing all-informant figures ("shown only in Figure 5.1") are not its reasons, so its
   * own check speaks for it ("shows only 2019").
   */
  subgroups?: boolean;
}

/** One choice of a control. */
export interface FilterChoice {
  /** The value as it appears in the state, attributes and URL (`2019`, `la`, `1`). */
  value: string;
  /** What a reader sees. */
  label: string;
  /** False when a linked chart that takes the control cannot show it with the other filters as they are. */
  available: boolean;
  /** Why it is unavailable, every reason in full (null when available). */
  reason: string | null;
  /** The reason shortened for the option itself (the first one, and how many more the note lists). */
  short: string | null;
}

/** One control of the bar: its choices, and whether any linked chart responds to it. */
export interface ControlModel {
  key: FilterKey;
  /** The visible label of the control. */
  label: string;
  /** The label of the "no filter" choice (value ""). */
  emptyLabel: string;
  choices: FilterChoice[];
  /** How many linked charts respond to this control. */
  charts: number;
  /** Why the whole control has no effect (no linked chart takes it), or null. */
  note: string | null;
  /** What the linked charts that do not take the control are called ("the comparison chart"), when others do. */
  ignoredBy: string[];
}

/** The controls a bar shows when the author does not list them. */
export const DEFAULT_CONTROLS: readonly FilterKey[] = ['year', 'organisation', 'tenure', 'deprivation'];

/** The visible label of each control. */
export const CONTROL_LABELS: Record<FilterKey, string> = {
  year: 'Survey year',
  measure: 'Measure',
  wave: 'Pioneer wave',
  deprivation: 'Deprivation',
  organisation: 'Organisation type',
  tenure: 'Years in post',
};

/** The label of each control's "no filter" choice. */
export const EMPTY_LABELS: Record<FilterKey, string> = {
  year: "Each chart's own year",
  measure: "Each chart's own measure",
  wave: 'All waves',
  deprivation: 'All sites',
  organisation: 'All organisation types',
  tenure: 'Any years in post',
};

/** The noun of a breakdown, for reasons ("no breakdown by Pioneer wave"). */
const DIMENSION_NOUNS: Record<string, string> = lookupTable({
  wave: 'Pioneer wave',
  deprivation: 'deprivation',
  organisation: 'organisation type',
  tenure: 'years in post',
});

interface MeasureSummary {
  years: Set<number>;
  /** group → years with figures for it. */
  groups: Map<string, Set<number>>;
  /** year → the reports (source_survey) its figures come from. */
  reports: Map<number, Set<number>>;
}

interface DatasetSummary {
  measures: string[];
  byMeasure: Map<string, MeasureSummary>;
  years: Set<number>;
  /**
   * `${measure}|${year}` → the recorded reason a figure is missing, as it reads mid-sentence: the
   * bar says every reason after a colon or in brackets ("2016, 2017: shown only in Figure 5.1 …",
   * "the stacked bar chart: shown only …", "year="2016" is not valid: shown only …"), so the
   * capital that only starts the data's sentence is lowered, and a name's kept (midSentence).
   */
  missing: Map<string, string>;
  waves: Set<string>;
  deprivations: Set<string>;
  /** survey year → the report that covers it. */
  surveyReports: Map<number, string>;
}

const summaries = new WeakMap<Dataset, DatasetSummary>();

/** Summarises a dataset once (cached per dataset object). */
function summaryOf(ds: Dataset): DatasetSummary {
  let s = summaries.get(ds);
  if (s) return s;
  const byMeasure = new Map<string, MeasureSummary>();
  const years = new Set<number>();
  for (const r of ds.rows) {
    let m = byMeasure.get(r.measure);
    if (!m) byMeasure.set(r.measure, (m = { years: new Set(), groups: new Map(), reports: new Map() }));
    m.years.add(r.year);
    years.add(r.year);
    let g = m.groups.get(r.group);
    if (!g) m.groups.set(r.group, (g = new Set()));
    g.add(r.year);
    let rep = m.reports.get(r.year);
    if (!rep) m.reports.set(r.year, (rep = new Set()));
    rep.add(r.source_survey);
  }
  const missing = new Map<string, string>();
  for (const m of ds.missing) {
    const key = `${m.measure}|${m.year}`;
    if (!missing.has(key)) missing.set(key, midSentence(m.reason));
  }
  s = {
    measures: [...byMeasure.keys()],
    byMeasure,
    years,
    missing,
    waves: new Set(ds.sites.map((x) => String(x.wave))),
    deprivations: new Set(ds.sites.map((x) => x.deprivation).filter((d): d is 'more' | 'less' => d != null)),
    surveyReports: new Map(ds.surveys.map((x) => [x.year, x.report])),
  };
  summaries.set(ds, s);
  return s;
}

/** Every value a key can take in these datasets (the valid values of its attribute), in display order. */
export function filterUniverse(key: FilterKey, datasets: readonly Dataset[]): string[] {
  const out = new Set<string>();
  if (key === 'year') {
    // The datasets' own years (2016–2020 for the reports; a dataset of later waves, its own).
    const ys = new Set<number>(datasets.length ? [] : YEARS);
    for (const ds of datasets) for (const y of summaryOf(ds).years) ys.add(y);
    return [...ys].sort((a, b) => a - b).map(String);
  }
  if (key === 'measure') {
    for (const ds of datasets) for (const m of summaryOf(ds).measures) out.add(m);
    return [...out];
  }
  const prefix = `${key}:`;
  for (const g of Object.keys(GROUP_LABELS)) if (g.startsWith(prefix)) out.add(g.slice(prefix.length));
  for (const ds of datasets) {
    const s = summaryOf(ds);
    for (const m of s.byMeasure.values()) for (const g of m.groups.keys()) if (g.startsWith(prefix)) out.add(g.slice(prefix.length));
    if (key === 'wave') for (const w of [...s.waves].sort()) out.add(w);
    if (key === 'deprivation') for (const d of [...s.deprivations].sort()) out.add(d);
  }
  return [...out];
}

/** The label a reader sees for a value of a key. */
export function choiceLabel(key: FilterKey, value: string): string {
  if (key === 'year') return value;
  if (key === 'measure') return measureLabel(value);
  return groupLabel(`${key}:${value}`);
}

/** The measure a chart shows under the state: the bar's, if the chart takes it, else its own. */
function measureFor(c: LinkedChartInfo, state: FilterState): string | undefined {
  if (c.keys.measure && state.measure != null) return state.measure;
  return c.measure ?? undefined;
}

/** The year a chart shows under the state, if the bar sets it or the chart has its own. */
function yearFor(c: LinkedChartInfo, state: FilterState): number | undefined {
  return c.keys.year && state.year != null ? state.year : (c.year ?? undefined);
}

/** The group (`dimension:value`) a chart shows under the state, if the bar sets one. */
function groupFor(c: LinkedChartInfo, state: FilterState): string | undefined {
  const k = GROUP_DIMENSIONS.find((d) => c.keys[d] === 'group' && state[d] != null);
  return k ? `${k}:${state[k]}` : undefined;
}

/** The report a year's figures of a measure come from ("2020"), if known. */
function reportOf(s: DatasetSummary, measure: string | undefined, year: number): string | undefined {
  const reps = measure ? s.byMeasure.get(measure)?.reports.get(year) : undefined;
  if (reps?.size) return String(Math.max(...reps));
  return s.surveyReports.get(year);
}

const list = (ys: Iterable<number>) => andList([...ys].sort((a, b) => a - b));

/** Why `group` is not published for `measure` in `year` (both known to be absent). */
function groupYearReason(s: DatasetSummary, measure: string, group: string, year: number): string {
  const dim = group.split(':')[0];
  const report = reportOf(s, measure, year);
  const m = s.byMeasure.get(measure)!;
  const reportHasDim =
    report !== undefined &&
    [...m.groups].some(([g, ys]) => g.startsWith(`${dim}:`) && [...ys].some((y) => m.reports.get(y)?.has(Number(report))));
  if (report !== undefined && !reportHasDim) return `not published in the ${report} report`;
  const ys = m.groups.get(group);
  return ys?.size ? `not published for ${year} (only ${list(ys)})` : `not published for ${year}`;
}

/** Null when chart `c` can show `year`, else the reason. */
function yearReason(c: LinkedChartInfo, state: FilterState, year: number): string | null {
  const s = summaryOf(c.dataset);
  const measure = measureFor(c, state);
  if (!measure) return s.years.has(year) ? null : `no figures for ${year}`;
  const m = s.byMeasure.get(measure);
  if (!m) return `${midSentence(measureLabel(measure))} is not in the data`;
  if (!m.years.has(year)) return s.missing.get(`${measure}|${year}`) ?? `${midSentence(measureLabel(measure))}: no figures for ${year}`;
  const group = groupFor(c, state);
  if (group && !m.groups.get(group)?.has(year)) return `${midSentence(groupLabel(group))}: ${groupYearReason(s, measure, group, year)}`;
  return null;
}

/** Null when chart `c` can show `measure`, else the reason. */
function measureReason(c: LinkedChartInfo, state: FilterState, measure: string): string | null {
  const s = summaryOf(c.dataset);
  const m = s.byMeasure.get(measure);
  if (!m) return 'not in the data of the linked charts';
  const year = yearFor(c, state);
  if (year !== undefined && !m.years.has(year)) return s.missing.get(`${measure}|${year}`) ?? `not published for ${year}`;
  const group = groupFor(c, state);
  if (group) {
    const ys = m.groups.get(group);
    if (!ys) return `not published for ${midSentence(groupLabel(group))}`;
    if (year !== undefined && !ys.has(year)) return `${midSentence(groupLabel(group))}: ${groupYearReason(s, measure, group, year)}`;
  }
  return null;
}

/** Null when chart `c` can show value `value` of breakdown `key`, else the reason. */
function groupReason(c: LinkedChartInfo, state: FilterState, key: FilterKey, value: string): string | null {
  const s = summaryOf(c.dataset);
  if (c.keys[key] !== 'group') {
    // A chart that filters sites by this key (e.g. <site-map wave>): any value some site has.
    const sites = key === 'wave' ? s.waves : key === 'deprivation' ? s.deprivations : null;
    if (sites?.size && !sites.has(value)) return `no Pioneer site in ${midSentence(choiceLabel(key, value))}`;
    return null;
  }
  const other = GROUP_DIMENSIONS.find((d) => d !== key && state[d] != null && c.keys[d] === 'group');
  if (other) return `the reports publish one breakdown at a time; set ${CONTROL_LABELS[other]} to “${EMPTY_LABELS[other]}” first`;
  const measure = measureFor(c, state);
  if (!measure) return null;
  const m = s.byMeasure.get(measure);
  if (!m) return `${midSentence(measureLabel(measure))} is not in the data`;
  const group = `${key}:${value}`;
  const ys = m.groups.get(group);
  const year = yearFor(c, state);
  if (ys && (year === undefined || ys.has(year))) return null;
  if (!ys) {
    const anyOfDim = [...m.groups.keys()].some((g) => g.startsWith(`${key}:`));
    // The measure mid-sentence ("of barriers to integration"), as chartName names it.
    const named = midSentence(measureLabel(measure));
    return anyOfDim ? `not published for ${named}` : `the reports publish no breakdown of ${named} by ${DIMENSION_NOUNS[key] ?? key}`;
  }
  return groupYearReason(s, measure, group, year!);
}

/**
 * Why chart `c` could not show its view with `value` of `key` from the bar, by its own
 * validation (null when it can, or when it cannot show its view even without that value:
 * that is not the bar's doing).
 */
function probeProblem(c: LinkedChartInfo, others: FilterState, key: FilterKey, value: string): string | null {
  if (!c.problemUnder || c.problemUnder(others, key) !== null) return null;
  return c.problemUnder({ ...others, [key]: key === 'year' ? Number(value) : value }, key);
}

function reasonFor(c: LinkedChartInfo, state: FilterState, key: FilterKey, value: string): string | null {
  if (key === 'year') return yearReason(c, state, Number(value));
  if (key === 'measure') return measureReason(c, state, value);
  return groupReason(c, state, key, value);
}

/** A reason without its trailing full stop. */
const bare = (r: string) => r.trim().replace(/\.+$/, '');

/**
 * The reasons of the charts that cannot show a choice, in full, one per distinct reason: the
 * reason alone when one chart takes the control, else after the charts it concerns ("the
 * stacked bar chart: not published for 2020", "the comparison chart shows only 2019").
 */
function reasonGroups(blocked: readonly { name?: string; reason: string; probe: boolean }[], named: boolean): string[] {
  const byReason = new Map<string, { names: string[]; probe: boolean }>();
  for (const b of blocked) {
    const r = bare(b.reason);
    const entry = byReason.get(r) ?? { names: [], probe: b.probe };
    const name = b.name ?? 'a linked chart';
    if (!entry.names.includes(name)) entry.names.push(name);
    byReason.set(r, entry);
  }
  return [...byReason]
    .map(([reason, { names, probe }]) => {
      const who = andList(names);
      // A chart's own reason is a verb phrase ("shows only 2019"): said of several, "show only 2019".
      if (probe) return `${who} ${names.length > 1 ? reason.replace(/^shows\b/, 'show') : reason}`;
      return named ? `${who}: ${reason}` : reason;
    });
}

export interface FilterOptionsInput {
  /** The charts linked to the bar. */
  charts: readonly LinkedChartInfo[];
  /** The current (valid) filter state. */
  state: FilterState;
  /** The controls the bar shows. */
  controls: readonly FilterKey[];
  /** The data to list choices from when no chart is linked (the bundled dataset). */
  fallback: Dataset;
}

/** The model of every control: choices, availability and reasons. */
export function filterOptions({ charts, state, controls, fallback }: FilterOptionsInput): ControlModel[] {
  const datasets = charts.length ? [...new Set(charts.map((c) => c.dataset))] : [fallback];
  return controls.map((key) => {
    const takers = charts.filter((c) => c.keys[key]);
    // Each control is judged with the others as they are, so its own value does not restrict itself.
    const others: FilterState = { ...state, [key]: undefined };
    // A chart in error under the other filters already is not the bar's doing, and restricts nothing.
    const judges = takers.filter((c) => !c.problemUnder || c.problemUnder(others, key) === null);
    // With several charts taking the control, each reason says which chart it concerns.
    const named = judges.length > 1;
    const choices = filterUniverse(key, datasets).map((value): FilterChoice => {
      const label = choiceLabel(key, value);
      const blocked: { name?: string; reason: string; probe: boolean }[] = [];
      for (const c of judges) {
        // A reason from the data reads better than the chart's own validation, and wins.
        const r = c.subgroups ? null : reasonFor(c, others, key, value);
        if (r !== null) {
          blocked.push({ name: c.name, reason: r, probe: false });
          continue;
        }
        const problem = probeProblem(c, others, key, value);
        if (problem !== null) blocked.push({ name: c.name, reason: problem, probe: true });
      }
      if (!blocked.length) return { value, label, available: true, reason: null, short: null };
      const groups = reasonGroups(blocked, named);
      const reason = groups.join('; ');
      const rest = groups.length - 1;
      const short = rest > 0 ? `${groups[0]}; ${rest} more reason${rest > 1 ? 's' : ''} in the note below` : reason;
      return { value, label, available: false, reason, short };
    });
    let note: string | null = null;
    if (!charts.length) note = 'No chart is linked to this filter bar yet.';
    else if (!takers.length) note = `None of the linked charts responds to ${CONTROL_LABELS[key].toLowerCase()}.`;
    const ignoredBy = takers.length ? [...new Set(charts.filter((c) => !c.keys[key]).map((c) => c.name ?? 'a linked chart'))] : [];
    return { key, label: CONTROL_LABELS[key], emptyLabel: EMPTY_LABELS[key], choices, charts: takers.length, note, ignoredBy };
  });
}

/**
 * A control's unavailable choices grouped by reason, for the visible note: the reason alone
 * when no choice is available ("not published in the 2020 report"), else the choices and the
 * reason ("2016, 2017, 2018: shown only in Figure 5.1 …"; long lists shortened, every choice
 * still carries its reason in the control itself).
 */
export function unavailableSummary(model: ControlModel): string[] {
  const byReason = new Map<string, string[]>();
  for (const c of model.choices) {
    if (c.available) continue;
    const labels = byReason.get(c.reason ?? '') ?? [];
    labels.push(c.label);
    byReason.set(c.reason ?? '', labels);
  }
  if (byReason.size === 1 && model.choices.every((c) => !c.available)) return [...byReason.keys()];
  return [...byReason].map(([reason, labels]) => {
    const shown = labels.length > 4 ? `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more` : andList(labels);
    return `${shown}: ${reason}`;
  });
}
