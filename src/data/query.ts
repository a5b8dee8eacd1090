/**
 * Pure selectors over a Dataset: what the charts ask for. No DOM, no state.
 */
import { indexOf, type Dataset } from './dataset.js';
import { datasetFact } from './facts.js';
import { shareMismatch } from './wilson.js';
import { fromReports, isReportRow } from './report-rows.js';
import type { MissingRow, ObservationRow, Site } from './types.js';
import { andList, DASH_REPORT, DERIVED_RESPONSES, GROUP_LABELS, GROUP_NOT_BEFORE_2019, NO_GROUPS_2020, NOT_ASKED, RESPONSE_ORDER, YEARS, REPORTS, SOURCE_CAVEATS, groupLabel, hasSourceCaveat, itemLabel, midSentence, printedAsDash, responseLabel, sourceLabel, tableBaseRangeText } from './vocabulary.js';
import { own } from './lookup-table.js';

export interface ItemInfo {
  item: string;
  /** The label as printed (the latest report's wording where they differ). */
  label: string;
  /** Position in the questionnaire (first printed order). */
  order: number;
}

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

// Facts about a dataset (its years, groups, responses, items per measure) are worked out once
// per dataset object and question (datasetFact): a page of charts asks the same ones many
// times. Callers get their own copy of each list.

/** Rows of one measure (empty for an unknown measure). */
export function rowsOf(ds: Dataset, measure: string): readonly ObservationRow[] {
  return indexOf(ds).byMeasure.get(measure) ?? [];
}

/** The measures in the dataset, in order of first appearance. */
export function measuresOf(ds: Dataset): string[] {
  return [...indexOf(ds).byMeasure.keys()];
}

/**
 * The valid values of a measure attribute when the data has no measure (measuresOf is empty):
 * what it lacks, rather than "Valid values: ." — no figures, or only gaps (rows with no value).
 */
export function noFiguresText(ds: Dataset): string {
  return `none in this data (it has no figures${ds.missing.length ? ', only gaps' : ''})`;
}

/**
 * Why a measure named in the data is not among its measures: the data gives only gaps for it
 * (in any case and with spaces around it, as an attribute is matched). Null for any other.
 */
export function onlyGapsOf(ds: Dataset, measure: unknown): string | null {
  if (typeof measure !== 'string') return null;
  const folded = measure.trim().toLowerCase();
  const gap = ds.missing.find((m) => m.measure.toLowerCase() === folded && !rowsOf(ds, m.measure).length);
  return gap ? `the data has no figures of ${gap.measure}, only gaps` : null;
}

/** The items of a measure in questionnaire order, optionally only those asked in `year`. */
export function itemsOf(ds: Dataset, measure: string, year?: number): ItemInfo[] {
  return datasetFact(ds, `items|${measure}|${year}`, () => scanItems(ds, measure, year)).map((i) => ({ ...i }));
}

function scanItems(ds: Dataset, measure: string, year?: number): ItemInfo[] {
  const seen = new Map<string, ItemInfo>();
  for (const r of rowsOf(ds, measure)) {
    if (r.item === 'total') continue;
    if (year !== undefined && r.year !== year) continue;
    const info = seen.get(r.item);
    if (!info) seen.set(r.item, { item: r.item, label: itemLabel(measure, r.item, r.item_label), order: seen.size });
    else if (r.year >= 2020) info.label = itemLabel(measure, r.item, r.item_label);
  }
  // A file's gap rows (a chart's download) give their item's label as the chart does: an item
  // with gaps only is listed with it, and a gap of a later report gives its wording, as a row does.
  for (const m of ds.missing) {
    if (m.measure !== measure || m.item === 'total' || (year !== undefined && m.year !== year)) continue;
    const info = seen.get(m.item);
    if (!info) seen.set(m.item, { item: m.item, label: m.item_label || m.item, order: seen.size });
    else if (m.year >= 2020 && m.item_label) info.label = m.item_label;
  }
  return [...seen.values()];
}

/**
 * The first survey year each item of a measure was asked in: published as a figure, or shown
 * only as a chart (a missing-value record). An item is new in a year when this is that year.
 */
export function firstAskedOf(ds: Dataset, measure: string): ReadonlyMap<string, number> {
  return datasetFact(ds, `first-asked|${measure}`, () => {
    const first = new Map<string, number>();
    const see = (item: string, year: number) => {
      const known = first.get(item);
      if (known === undefined || year < known) first.set(item, year);
    };
    for (const r of rowsOf(ds, measure)) see(r.item, r.year);
    for (const m of ds.missing) if (m.measure === measure && isCharted(m)) see(m.item, m.year);
    return first;
  });
}

/** The responses of a measure, in questionnaire order (known scales first). */
export function responsesOf(ds: Dataset, measure: string): string[] {
  return [...datasetFact(ds, `responses|${measure}`, () => inResponseOrder(measure, unique(rowsOf(ds, measure).map((r) => r.response))))];
}

/** Responses of a measure in questionnaire order: its known scale's first, then others as found. */
function inResponseOrder(measure: string, present: readonly string[]): string[] {
  const known = own(RESPONSE_ORDER, measure) ?? [];
  return [...known.filter((r) => present.includes(r)), ...present.filter((r) => !known.includes(r))];
}

/** Years with at least one figure for the measure (and group, if given), ascending. */
export function yearsOf(ds: Dataset, measure: string, group?: string): number[] {
  return [
    ...datasetFact(ds, `years|${measure}|${group}`, () =>
      unique(rowsOf(ds, measure).filter((r) => group === undefined || r.group === group).map((r) => r.year)).sort((a, b) => a - b),
    ),
  ];
}

/**
 * Every survey year from the dataset's first to its last (any measure, its figures and its
 * chart-only values), gaps included: 2016–2020 for the reports; a dataset of later waves gets
 * its own years. The years a trend's axis runs across.
 */
export function surveyYearsOf(ds: Dataset): number[] {
  return [
    ...datasetFact(ds, 'survey-years', () => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const r of [...ds.rows, ...ds.missing]) {
        if (!Number.isInteger(r.year)) continue;
        lo = Math.min(lo, r.year);
        hi = Math.max(hi, r.year);
      }
      return lo > hi ? [...YEARS] : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    }),
  ];
}

/** Groups with figures for the measure (and year, if given), `all` first. */
export function groupsOf(ds: Dataset, measure: string, year?: number): string[] {
  return [
    ...datasetFact(ds, `groups|${measure}|${year}`, () => orderGroups(unique(rowsOf(ds, measure).filter((r) => year === undefined || r.year === year).map((r) => r.group)))),
  ];
}

/**
 * Groups in a stable order, whatever the rows' order: the vocabulary's (all; CCG/NHS, LA,
 * Other; under 5, 5+; less, more; the waves), then others as found.
 */
export function orderGroups(groups: readonly string[]): string[] {
  const known = Object.keys(GROUP_LABELS);
  const rank = (g: string) => (known.includes(g) ? known.indexOf(g) : known.length);
  return [...groups].sort((a, b) => rank(a) - rank(b));
}

export interface DistributionItem extends ItemInfo {
  /** The published figure for each response (absent where not published). */
  cells: Record<string, ObservationRow | undefined>;
}

export interface Distribution {
  measure: string;
  year: number;
  group: string;
  /** Stackable responses published for this group (derived totals excluded), in order. */
  responses: string[];
  /**
   * Responses of the measure that this group does not publish: those of the measure's rows with
   * no figure for the group that year, and those a file gives the group gap rows alone for that
   * year (a stacked bar chart's CSV notes its unpublished responses so, each with the chart's note).
   */
  unpublished: string[];
  items: DistributionItem[];
}

/**
 * The response distribution per item for a measure, year and group. Worked out once per
 * dataset and question (a filter bar asks each linked chart about every choice it offers); each
 * call returns its own copy, which the caller may change.
 */
export function distribution(ds: Dataset, measure: string, year: number, group = 'all'): Distribution {
  const d = datasetFact(ds, `distribution|${measure}|${year}|${group}`, () => scanDistribution(ds, measure, year, group));
  return { ...d, responses: [...d.responses], unpublished: [...d.unpublished], items: d.items.map((i) => ({ ...i, cells: { ...i.cells } })) };
}

function scanDistribution(ds: Dataset, measure: string, year: number, group: string): Distribution {
  const rows = rowsOf(ds, measure).filter((r) => r.year === year && r.group === group && r.item !== 'total');
  const derived = own(DERIVED_RESPONSES, measure) ?? [];
  const all = inResponseOrder(measure, unique([...responsesOf(ds, measure), ...gapResponsesOf(ds, measure, year, group)])).filter((r) => !derived.includes(r));
  const publishedSet = new Set(rows.map((r) => r.response));
  const responses = all.filter((r) => publishedSet.has(r));
  const unpublished = all.filter((r) => !publishedSet.has(r));
  const items = new Map<string, DistributionItem>();
  const order = new Map(itemsOf(ds, measure).map((i) => [i.item, i.order]));
  for (const r of rows) {
    let it = items.get(r.item);
    if (!it) items.set(r.item, (it = { item: r.item, label: itemLabel(measure, r.item, r.item_label), order: order.get(r.item) ?? 0, cells: {} }));
    it.cells[r.response] = r;
  }
  return { measure, year, group, responses, unpublished, items: [...items.values()].sort((a, b) => a.order - b.order) };
}

/**
 * The responses a dataset's gap rows give a group in a year (items' totals aside): with no figure
 * of the group that year, such a response is one the group does not publish. The reports' own
 * gap rows (values shown only as charts) add none their rows lack; a file of an earlier format
 * (no gap rows for unpublished responses) none.
 */
function gapResponsesOf(ds: Dataset, measure: string, year: number, group: string): string[] {
  return unique(ds.missing.filter((m) => m.measure === measure && m.year === year && m.group === group && m.item !== 'total').map((m) => m.response));
}

export interface SeriesPoint {
  year: number;
  /** The published figure, or null where there is none. */
  row: ObservationRow | null;
  /** Why there is no figure (null when there is one). */
  reason: string | null;
  /** The missing-value record where the reports show the value only as a chart. */
  missing: MissingRow | null;
}

/**
 * Whether a missing-value record is a value shown only as a chart (it names its figure), not a
 * gap a file states with its reason alone (a gap row of a chart's Data (CSV) download with no
 * source: a year not published at all).
 */
export const isCharted = (m: MissingRow): boolean => m.source_figure !== '';

/**
 * The years the reports give a measure (or one item of it) for at all: those with a printed
 * figure or a figure shown only as a chart, in any group.
 */
export function givenYears(ds: Dataset, measure: string, item?: string, response?: string): number[] {
  return [...(givenYearsIndex(ds, measure).get(`${item ?? ''}|${response ?? ''}`) ?? [])];
}

/**
 * The years of a measure's figures (printed or shown only as a chart) under every key givenYears
 * asks by ("item|response", "item|", "|response", "|"), in one pass over the measure's rows per
 * dataset: asked for each gap of each item, a scan per question made a trend of a researcher's
 * 150,000 rows take minutes.
 */
function givenYearsIndex(ds: Dataset, measure: string): Map<string, number[]> {
  return datasetFact(ds, `given|${measure}`, () => {
    const sets = new Map<string, Set<number>>();
    const add = (key: string, year: number) => {
      const set = sets.get(key);
      if (set) set.add(year);
      else sets.set(key, new Set([year]));
    };
    for (const rows of [rowsOf(ds, measure), ds.missing.filter(isCharted)]) {
      for (const r of rows) {
        if (r.measure !== measure) continue;
        add(`${r.item}|${r.response}`, r.year);
        add(`${r.item}|`, r.year);
        add(`|${r.response}`, r.year);
        add('|', r.year);
      }
    }
    const index = new Map<string, number[]>();
    for (const [key, years] of sets) index.set(key, [...years].sort((a, b) => a - b));
    return index;
  });
}

/** Years as a reader says them: "2020 only", "2017–2019", "2016 and 2018–2020". */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 1) return `${years[0]} only`;
  const runs: number[][] = [];
  for (const y of years) {
    const run = runs[runs.length - 1];
    if (run && y === run[run.length - 1] + 1) run.push(y);
    else runs.push([y]);
  }
  return andList(runs.map((r) => (r.length > 1 ? `${r[0]}–${r[r.length - 1]}` : r[0])));
}

/** "the question was not asked in 2016 (the 2019 report, section 4)" for those of `years` a report says so of (NOT_ASKED), else null. */
export function notAskedText(measure: string, years: readonly number[]): string | null {
  const asked = own(NOT_ASKED, measure) ?? {};
  const notAsked = years.filter((y) => asked[y]);
  if (!notAsked.length) return null;
  return `the question was not asked in ${andList(notAsked)} (${unique(notAsked.map((y) => asked[y])).join('; ')})`;
}

/**
 * The reports' reasons a group (not 'all') has no figures in `years` ("The comparison by
 * deprivation was first made for the 2019 report (…)"), sentences; '' where they give none (time
 * in post before 2019).
 */
export function groupGapText(group: string, years: readonly number[]): string {
  const kind = group.split(':')[0];
  const before = years.some((y) => y < 2019) ? own(GROUP_NOT_BEFORE_2019, kind) : undefined;
  return [before, years.includes(2020) ? NO_GROUPS_2020 : ''].filter(Boolean).join(' ');
}

/**
 * Why a year of an item has no figure, when the reports show none (not even as a chart): the
 * measure is not given that year, the group is not, the response is not (the trend figures give
 * 'very significant' barriers for 2016–2018, the other answers only from 2019), or the item is not.
 */
export function absentReason(ds: Dataset, measure: string, item: string, year: number, group: string, response?: string): string {
  // Asked for every gap of every line a trend or a filter bar's probe draws: worked out once.
  return datasetFact(ds, `absent|${measure}|${item}|${year}|${group}|${response ?? ''}`, () => absentReasonOf(ds, measure, item, year, group, response));
}

function absentReasonOf(ds: Dataset, measure: string, item: string, year: number, group: string, response?: string): string {
  // Said of the reports for their own figures; of "the data" for a researcher's.
  const reports = fromReports(ds);
  const none = reports ? `No figure published for ${year}` : `No figure in the data for ${year}`;
  const give = reports ? 'the reports give' : 'the data gives';
  const given = givenYears(ds, measure);
  if (!given.length) return `${none}.`;
  const notAsked = given.includes(year) || !reports ? null : notAskedText(measure, [year]);
  if (notAsked) return `${none}: ${notAsked}.`;
  if (!given.includes(year)) {
    return year < given[0] || year > given[given.length - 1]
      ? `${none}: ${give} this measure for ${yearSpan(given)}.`
      : `${none}: ${give} no figures for this measure that year.`;
  }
  if (group !== 'all') {
    const forGroup = yearsOf(ds, measure, group);
    if (!forGroup.includes(year)) {
      return forGroup.length
        ? `${none}: ${give} this measure for ${midSentence(groupLabel(group))} in ${yearSpan(forGroup)}.`
        : `${none}: ${give} no figures of this measure for ${midSentence(groupLabel(group))}.`;
    }
  }
  // An item not given that year in any answer (first asked later): said of the item.
  const forAnyAnswer = givenYears(ds, measure, item);
  if (response !== undefined && forAnyAnswer.length && !forAnyAnswer.includes(year)) {
    return `${none}: ${give} this item for ${yearSpan(forAnyAnswer)}.`;
  }
  if (response !== undefined) {
    const forResponse = givenYears(ds, measure, undefined, response);
    const answer = `‘${responseLabel(measure, response)}’`;
    if (!forResponse.includes(year)) {
      return forResponse.length
        ? `${none}: ${give} ${answer} figures of this measure for ${yearSpan(forResponse)}.`
        : `${none}: ${give} no ${answer} figures of this measure.`;
    }
  }
  // Said of the item, unless this response of it is given in fewer years than the item is.
  const forItem = givenYears(ds, measure, item, response);
  if (response === undefined || String(forItem) === String(forAnyAnswer)) {
    return forItem.length
      ? `${none}: ${give} this item for ${yearSpan(forItem)}.`
      : `${none}: ${give} no figures for this item.`;
  }
  const answer = `‘${responseLabel(measure, response)}’`;
  return forItem.length
    ? `${none}: ${give} this item's ${answer} figure for ${yearSpan(forItem)}.`
    : `${none}: ${give} no ${answer} figure for this item.`;
}

/** One item's values across the survey years, with the reason for each absent year. */
export function series(
  ds: Dataset,
  measure: string,
  item: string,
  response: string,
  group = 'all',
  years: readonly number[] = YEARS,
): SeriesPoint[] {
  const { byKey, missingByKey } = indexOf(ds);
  return years.map((year) => {
    const key = `${measure}|${item}|${year}|${group}|${response}`;
    const row = byKey.get(key) ?? null;
    if (row) return { year, row, reason: null, missing: null };
    // A gap row of a file (no figure named) gives its reason; it is no value shown as a chart.
    const gap = missingByKey.get(key);
    const missing = gap && isCharted(gap) ? gap : null;
    return { year, row: null, missing, reason: gap ? gap.reason : absentReason(ds, measure, item, year, group, response) };
  });
}

/** One published figure by its key, or undefined. */
export function figure(
  ds: Dataset,
  measure: string,
  item: string,
  year: number,
  group = 'all',
  response = 'selected',
): ObservationRow | undefined {
  return indexOf(ds).byKey.get(`${measure}|${item}|${year}|${group}|${response}`);
}

export interface SiteWithInformants extends Site {
  /** Informants per survey year (from the sample-site rows); absent years are not published. */
  informants: Record<number, number>;
}

export interface SiteFilter {
  wave?: 1 | 2 | null;
  deprivation?: 'more' | 'less' | null;
}

/** The sites, filtered by wave and deprivation, each with its informants per year. */
export function sitesOf(ds: Dataset, filter: SiteFilter = {}): SiteWithInformants[] {
  const counts = new Map<string, Record<number, number>>();
  for (const r of rowsOf(ds, 'sample-site')) {
    if (r.group !== 'all' || r.response !== 'count') continue;
    let c = counts.get(r.item);
    if (!c) counts.set(r.item, (c = {}));
    c[r.year] = r.value;
  }
  return ds.sites
    .filter((s) => (filter.wave == null || s.wave === filter.wave) && (filter.deprivation == null || s.deprivation === filter.deprivation))
    .map((s) => ({ ...s, informants: counts.get(s.id) ?? {} }));
}

/** What the reports' tables behind these rows get wrong about themselves (SOURCE_CAVEATS), one sentence each. */
export function sourceCaveats(rows: readonly ObservationRow[]): string[] {
  const caveats = SOURCE_CAVEATS.filter((c) => rows.some((r) => hasSourceCaveat(r, c))).map((c) => c.text);
  const dashes = rows.filter(printedAsDash);
  if (dashes.length) {
    const tables = unique(dashes.map((r) => sourceLabel(r.source_table)));
    // What one informant would make of the largest base among them: 0 is the only value a base
    // allows where one informant would print as at least 1% (at least 0.5%).
    const bases = dashes.map((r) => r.base);
    const largest = bases.every((b): b is number => b != null && b > 0) ? Math.max(...bases) : null;
    const one = largest !== null && 100 / largest >= 0.5 ? `, the only value ${dashes.length === 1 ? 'its base allows' : 'their bases allow'} (one informant of ${largest} would be ${(100 / largest).toFixed(1)}%)` : '';
    const cells = dashes.length === 1 ? 'a figure shown here' : `${dashes.length} figures shown here`;
    // Named as SOURCE_CAVEATS name their reports ("The 2019 report's Table 4.1 …").
    caveats.push(
      `The ${DASH_REPORT} report prints a dash ("-") for ${cells} (${tables.join(', ')}), and does not say what a dash means. ` +
        `${dashes.length === 1 ? 'It is' : 'Each is'} shown as 0%${one}.`,
    );
  }
  return caveats;
}

/**
 * What a file of figures must say of a row that its columns cannot (the `note` column of a
 * chart's Data (CSV) download), as the chart says it under the chart: a base the report does
 * not print for the figure (with its table's range, where it prints one), a figure it prints as
 * a dash. Empty for most rows.
 */
export function rowNote(row: ObservationRow): string {
  const notes: string[] = [];
  if (row.base == null && row.unit === 'percent') {
    const range = tableBaseRangeText(row);
    notes.push(range ? `base not printed for this figure; the report gives the bases of its ${sourceLabel(row.source_table)} as ${range}` : 'base not printed');
  }
  if (printedAsDash(row)) notes.push(`printed as a dash ("-") in the ${DASH_REPORT} report, which does not say what a dash means; shown as 0`);
  const mismatch = shareMismatch(row);
  if (mismatch) notes.push(`${mismatch}: fewer may have answered than the printed base, or the figure is misprinted; both are as printed`);
  return notes.join('; ');
}


/** "Source: PIRU key informant survey 2019, Table 5.1; base 64" for a set of rows. */
export function sourceLine(rows: readonly ObservationRow[]): string {
  if (!rows.length) return '';
  // Reports in the order their rows come (a comparison's own year first).
  const byReport = new Map<number, ObservationRow[]>();
  for (const r of rows) {
    const list = byReport.get(r.source_survey);
    if (list) list.push(r);
    else byReport.set(r.source_survey, [r]);
  }
  // A report's name for its own rows; other rows (a researcher's survey) by their survey's year.
  const named = (survey: number, rs: readonly ObservationRow[]) =>
    `${(rs.every(isReportRow) && own(REPORTS, String(survey))?.short) || `survey ${survey}`}, ${unique(rs.map((r) => sourceLabel(r.source_table))).join(', ')}`;
  // One report: its bases close the line. Several: each report's bases follow its tables, so a
  // base is never read as another year's.
  if (byReport.size === 1) return `Source: ${named(rows[0].source_survey, rows)}${basesText(rows, '; ')}`;
  return `Source: ${[...byReport].map(([survey, rs]) => `${named(survey, rs)}${basesText(rs, ', ')}`).join('; ')}`;
}

/**
 * "; base 64", "; bases 28, 21, 15" (largest first), "; bases 105 (2017), 85 (2018), 67 (2019)"
 * when each year of the rows has its own base, "; bases 52–54" for a table that prints one range
 * for all its rows; "not printed" where a percentage's report prints none. `sep` leads.
 */
function basesText(rows: readonly ObservationRow[], sep: string): string {
  const printed = rows.filter((r) => r.base != null);
  const years = unique(printed.map((r) => r.year)).sort((a, b) => a - b);
  const baseOfYear = years.map((y) => unique(printed.filter((r) => r.year === y).map((r) => r.base!)));
  const byYear = years.length > 1 && baseOfYear.every((b) => b.length === 1) && unique(baseOfYear.map((b) => b[0])).length > 1;
  const bases: (number | string)[] = byYear
    ? years.map((y, i) => `${baseOfYear[i][0]} (${y})`)
    : unique(printed.map((r) => r.base!)).sort((a, b) => b - a);
  // Rows of a table that prints one range of bases for all its rows: that range.
  for (const r of rows) {
    const range = r.base == null ? tableBaseRangeText(r) : undefined;
    if (range && !bases.includes(range)) bases.push(range);
  }
  // A percentage whose report prints no base (role change, the MDT questions, …) says so, as
  // its tooltip and table do, rather than leaving the line without one.
  const unprinted = rows.some((r) => r.unit === 'percent' && r.base == null && !tableBaseRangeText(r));
  if (unprinted && !bases.length) bases.push('not printed');
  else if (unprinted) bases.push('some not printed');
  const single = bases.length === 1 && (typeof bases[0] === 'number' || bases[0] === 'not printed');
  return bases.length === 0 ? '' : single ? `${sep}base ${bases[0]}` : `${sep}bases ${bases.join(', ')}`;
}

/** The full citation of each report the rows come from (rows not the reports' are cited by their survey's year). */
export function citationOf(rows: readonly ObservationRow[]): string {
  // In the source line's order: the report of the figures drawn first.
  const surveys = unique(rows.map((r) => String(r.source_survey)));
  const lines = surveys.map((s) => {
    const of = rows.filter((r) => String(r.source_survey) === s);
    const tables = unique(of.map((r) => r.source_table));
    const cite = (of.every(isReportRow) && own(REPORTS, s)?.citation) || `Survey ${s}.`;
    // After the citation's full stop, a sentence: "Text of section 4.", not "text of section 4.".
    const where = unique(tables.map(sourceLabel)).join(', ');
    return `${cite} ${where.charAt(0).toUpperCase()}${where.slice(1)}.`;
  });
  return lines.join('\n');
}
