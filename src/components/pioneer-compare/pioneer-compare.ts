import { css, isServer, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../define.js';
import { gapReasonOf, type Dataset } from '../../data/dataset.js';
import { itemsOf, measuresOf, noFiguresText, onlyGapsOf, orderGroups, responsesOf, rowsOf } from '../../data/query.js';
import type { ObservationRow } from '../../data/types.js';
import { groupLabel, itemLabel, measureLabel, responseLabel } from '../../data/vocabulary.js';
import { compareSummary, formatInterval, renderCompare, type CompareData, type CompareGroup, type CompareItem, type CompareSort } from '../../renderers/compare.js';
import type { GapCell, RenderResult } from '../../renderers/shared/types.js';
import { AttributeProblem, listIn, listOf, matchOf, oneOf, yearIn, type Keyword, type Numeric } from '../base/attribute-problem.js';
import type { TableModel } from '../base/data-table.js';
import type { FilterAttributes } from '../base/filter-state.js';
import { PioneerChart } from '../base/pioneer-chart.js';
import { lookupTable } from '../../data/lookup-table.js';
import { wilsonIntervalOf } from '../../data/wilson.js';

interface CompareView {
  data: CompareData;
  dimension: string;
  sort: CompareSort;
  gapGroups: [string, string] | undefined;
  /** As set: undefined (unset) draws none, as false does. */
  showIntervals: boolean | undefined;
  /** Notes drawn under the chart (groups of the dimension that this table does not publish). */
  notes: string[];
  /** The groups of the dimension that this table does not publish, with the reason for each item (its CSV's gap rows). */
  unpublished: { group: string; reasons: ReadonlyMap<string, string> }[];
}

/** A percentage to one decimal, or more where one would round to another whole percent than `v` does (47.497, not 47.5). */
function roundsAsShown(v: number): string {
  for (let digits = 1; digits < 6; digits++) {
    const text = v.toFixed(digits);
    if (Math.round(Number(text)) === Math.round(v)) return text;
  }
  return String(v);
}

/** Default response per measure: the one the reports' comparison tables print. */
const DEFAULT_RESPONSE: Record<string, string> = lookupTable({
  barrier: 'very',
  facilitator: 'very',
  progress: 'substantial-or-some',
});

/** The published subgroup dimensions, in the order the reports present them. */
const DIMENSION_ORDER = ['organisation', 'tenure', 'deprivation'];

/** How a dimension reads in a title: "by organisation type". */
const DIMENSION_LABELS: Record<string, string> = lookupTable({
  organisation: 'organisation type',
  tenure: 'years in current job',
  deprivation: 'level of deprivation',
  wave: 'Pioneer wave',
});

/** Why a group has no figure for an item, where no gap row of the data says. */
const NO_FIGURE = 'Not in the data.';

const dimensionOf = (group: string) => (group.includes(':') ? group.slice(0, group.indexOf(':')) : '');
const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/**
 * Grouped horizontal bars comparing subgroups of informants on one measure and response:
 * CCG/NHS vs local authority vs other organisations, under 5 vs 5+ years in post, or less
 * vs more deprived sites — the comparison tables of the 2019 report (Tables 4.2, 4.3, 4.5,
 * 4.6, 5.2, 5.3, 6.2, 6.3, 7.1 and 7.2). Every group is named with its base n; a base under
 * 30 (this chart's cut-off; the report warns of its small groups without one) carries a visible small-base caution. Optional 95% Wilson score
 * intervals, and a sort by the gap between two groups.
 *
 * @summary Subgroup comparison (grouped bars) of one measure and response.
 * @example <pioneer-compare measure="barrier" dimension="organisation" show-intervals sort="gap"></pioneer-compare>
 * @cssprop --pioneer-color-1 - Colour of the first group (solid bars).
 * @cssprop --pioneer-color-2 - Colour of the second group (hatched bars).
 * @cssprop --pioneer-color-3 - Colour of the third group (dotted bars).
 * @csspart summary - The sentence under the chart saying what it shows: the largest gap between two groups, with its 95% interval.
 * @fires pioneer-select - When a user activates a bar; `detail` is `{ kind: 'group', measure, item, year, group, response }`.
 */
@customElement('pioneer-compare')
export class PioneerCompare extends PioneerChart<CompareView> {
  static styles = [
    PioneerChart.styles,
    css`
      /* Marks move to their new places only in a chart in the window (in-view.ts). */
      .in-view svg rect.bar { transition: width 0.3s, y 0.3s; }
      .in-view svg .interval line { transition: x1 0.3s, x2 0.3s; }
      svg .legend-label .caution { fill: var(--_text); }
      @media (forced-colors: active) {
        svg .interval line, svg .legend-entry rect { forced-color-adjust: none; stroke: CanvasText; }
        /* Colours give way to system colours; the textures keep the groups apart. */
        svg pattern rect { fill: Canvas; }
        svg pattern path { stroke: CanvasText; stroke-opacity: 1; }
        svg pattern circle { fill: CanvasText; fill-opacity: 1; }
        /* Textures drawn as ink (for paper, and on a server-rendered page) as the patterns' are. */
        svg path.bar-ink[stroke], svg path.swatch-ink[stroke] { forced-color-adjust: none; stroke: CanvasText; stroke-opacity: 1; }
        svg path.bar-ink:not([stroke]), svg path.swatch-ink:not([stroke]) { forced-color-adjust: none; fill: CanvasText; fill-opacity: 1; }
        svg rect.bar.group-1, svg rect.swatch.group-1 { fill: url(#pioneer-compare-g1); }
        svg rect.bar.group-2, svg rect.swatch.group-2 { fill: url(#pioneer-compare-g2); }
        svg rect.bar.group-3, svg rect.swatch.group-3 { fill: url(#pioneer-compare-g3); }
        svg rect.swatch.group-0 { fill: Canvas; }
      }
    `,
  ];

  /** Redrawn for paper whatever its width: its textures are printed as lines, not patterns. */
  protected static readonly drawsForPaper = true;

  static filterAttributes: FilterAttributes = { year: 'year', measure: 'measure' };

  /** Its figures are subgroups' (a filter bar gives its own reasons for the years and measures it cannot show, not the all-informant figures'). */
  static readonly subgroups = true;

  /** Which subgroups to compare: `organisation` (CCG/NHS, LA, other), `tenure` (under 5 / 5+ years in post) or `deprivation` (less / more deprived); default `organisation` where published, else the first published. */
  @property() dimension: string | null | undefined = null;

  /** The measure: `barrier` (default), `facilitator`, `objective`, `progress`, `priority` or `challenge` — any measure with published subgroup figures. */
  @property() measure: string | null | undefined = 'barrier';

  /** The response compared; default `very` for barriers and facilitators, `substantial-or-some` for progress, else `selected`. */
  @property() response: string | null | undefined = '';

  /** The survey year; default 2019 (the year of the comparison tables), else the latest with subgroup figures. */
  @property() year: Numeric | '' | null | undefined = '';

  /** Item ids to show, separated by commas or spaces; default all the items of the table. */
  @property() items: string | readonly string[] | null | undefined = '';

  /** `questionnaire` (default) or `gap`: by the absolute difference between the two `gap-groups`, largest first. */
  @property() sort: Keyword<'questionnaire' | 'gap'> | null | undefined = 'questionnaire';

  /** The two groups `sort="gap"` compares, as values of the dimension with a space between, e.g. `ccg-nhs la` (a comma, or the full `organisation:ccg-nhs`, also do); default the first two groups. */
  @property({ attribute: 'gap-groups' }) gapGroups: string | readonly string[] | null | undefined = '';

  /** Draw 95% confidence intervals (Wilson score, from each percentage and its base) as whiskers. */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'show-intervals' }) showIntervals: boolean | undefined = false;

  protected override yearOf(view: CompareView): number {
    return view.data.year;
  }

  protected computeView(ds: Dataset): CompareView {
    // Measures with published subgroup percentages.
    const isGroupRow = (r: ObservationRow) => r.group !== 'all' && dimensionOf(r.group) !== '' && r.unit === 'percent' && r.item !== 'total';
    const present = measuresOf(ds);
    const measures = present.filter((m) => rowsOf(ds, m).some(isGroupRow));
    if (matchOf(this.measure, measures) === undefined) {
      // A measure the data has, but not by subgroup (custom rows of all informants alone), is
      // said so; and where no measure is, what the data lacks, not "Valid values: .".
      const named = matchOf(this.measure, present);
      const dimension = this.dimension == null ? undefined : matchOf(this.dimension, Object.keys(DIMENSION_LABELS));
      const why = named !== undefined ? `the data has no rows of ${named} by ${dimension ? DIMENSION_LABELS[dimension] : 'subgroup'}` : present.length ? onlyGapsOf(ds, this.measure) : null;
      const valid = measures.length
        ? measures
        : present.length
          ? 'none in this data (it has no percentages by subgroup, such as organisation:la, which the comparison draws)'
          : noFiguresText(ds);
      throw new AttributeProblem('measure', this.measure, valid, why);
    }
    const measure = oneOf('measure', this.measure, measures);
    const measureRows = rowsOf(ds, measure).filter(isGroupRow);

    const years = unique(measureRows.map((r) => r.year)).sort((a, b) => a - b);
    const yearText = String(this.year ?? '').trim();
    const year = yearText === '' ? (years.includes(2019) ? 2019 : years[years.length - 1]) : yearIn('year', this.year, years);
    const yearRows = measureRows.filter((r) => r.year === year);

    const dims = unique(yearRows.map((r) => dimensionOf(r.group))).sort((a, b) => {
      const ra = DIMENSION_ORDER.indexOf(a);
      const rb = DIMENSION_ORDER.indexOf(b);
      return (ra < 0 ? 99 : ra) - (rb < 0 ? 99 : rb);
    });
    const dimension = this.dimension != null ? oneOf('dimension', this.dimension, dims) : dims[0];
    const dimRows = yearRows.filter((r) => dimensionOf(r.group) === dimension);

    const responses = responsesOf(ds, measure).filter((resp) => dimRows.some((r) => r.response === resp));
    const preferred = DEFAULT_RESPONSE[measure] ?? 'selected';
    const response = this.response ? oneOf('response', this.response, responses) : responses.includes(preferred) ? preferred : responses[0];
    const rows = dimRows.filter((r) => r.response === response);

    const groupIds = orderGroups(unique(rows.map((r) => r.group)));
    const groups: CompareGroup[] = groupIds.map((id) => ({ id, label: groupLabel(id) }));

    // Items in questionnaire order, labelled as printed in this table.
    const order = new Map(itemsOf(ds, measure).map((i) => [i.item, i.order]));
    const byItem = new Map<string, CompareItem & { cells: Record<string, ObservationRow | undefined> }>();
    for (const r of rows) {
      let it = byItem.get(r.item);
      if (!it) byItem.set(r.item, (it = { item: r.item, label: itemLabel(measure, r.item, r.item_label), order: order.get(r.item) ?? byItem.size, cells: {} }));
      it.cells[r.group] = r;
    }
    let items = [...byItem.values()].sort((a, b) => a.order - b.order);
    const asked = listIn('items', this.items, items.map((i) => i.item));
    if (asked.length) items = items.filter((i) => asked.includes(i.item));
    // Why a group has no figure for an item: a gap row's reason (a file's, as its CSV wrote it),
    // else the plain fact; the chart's notes, Table view and CSV give it. (absentReason speaks of
    // an item's years, which a cell of a year the item has figures for would contradict.)
    items = items.map((it) => {
      const absent = groupIds.filter((g) => !it.cells[g]);
      if (!absent.length) return it;
      const reasons = Object.fromEntries(absent.map((g) => [g, gapReasonOf(ds, { measure, item: it.item, year, group: g, response }, NO_FIGURE)]));
      return { ...it, reasons };
    });

    const sort = oneOf('sort', this.sort ?? 'questionnaire', ['questionnaire', 'gap'] as const);
    const gapGroups = this._parseGapGroups(dimension, groupIds);

    // Groups of the same dimension that this table does not publish: those other tables of the
    // year publish, and those a file gives gap rows alone for (its CSV's rows of such a group,
    // each with the note the chart gave: said again as the file words it, not worked out anew).
    // Named with its dimension: a bare "Other" read as the item of that name (Table 7.1 has one).
    const named = (g: string) => `${groupLabel(g)} (${DIMENSION_LABELS[dimension] ?? dimension})`;
    const known = ds.rows.filter((r) => r.year === year && dimensionOf(r.group) === dimension).map((r) => r.group);
    const given = new Map<string, Map<string, string>>();
    for (const m of ds.missing) {
      if (m.measure !== measure || m.year !== year || m.response !== response || dimensionOf(m.group) !== dimension || groupIds.includes(m.group)) continue;
      if (!given.has(m.group)) given.set(m.group, new Map());
      given.get(m.group)!.set(m.item, m.reason);
    }
    const tables = unique(rows.map((r) => r.source_table)).map((t) => (/^\d/.test(t) ? `Table ${t}` : t));
    const unpublished = orderGroups(unique([...known, ...given.keys()]).filter((g) => !groupIds.includes(g))).map((group) => {
      const reasons = given.get(group) ?? new Map(items.map((it) => [it.item, `${named(group)}: not published separately${tables.length ? ` in ${tables.join(', ')}` : ''} of the ${rows[0]?.source_survey ?? year} report.`]));
      return { group, reasons, notes: unique(reasons.values()).map((why) => (why.startsWith(`${named(group)}:`) ? why : `${named(group)}: ${why}`)) };
    });

    return {
      data: { measure, response, year, groups, items },
      dimension,
      sort,
      gapGroups,
      showIntervals: this.showIntervals,
      notes: unpublished.flatMap((u) => u.notes),
      unpublished: unpublished.map(({ group, reasons }) => ({ group, reasons })),
    };
  }

  /**
   * Its CSV gives each group the table does not publish (said under the chart) a gap row per item
   * it has a reason for, after the item's figures, the note its reason: the file read back says it again.
   */
  protected override csvNotedGaps(): GapCell[] {
    const view = this.view;
    if (!view) return [];
    const { measure, year, response, items } = view.data;
    const rows = this.result?.rows ?? [];
    return items.flatMap((it) => {
      const last = rows.map((r) => r.item).lastIndexOf(it.item);
      return view.unpublished.flatMap(({ group, reasons }) => {
        const reason = reasons.get(it.item);
        return reason ? [{ measure, item: it.item, item_label: it.label, year, group, response, reason, rowsBefore: last < 0 ? undefined : last + 1 }] : [];
      });
    });
  }

  /** Parses `gap-groups`: two distinct groups of the dimension, written in full or as values. */
  private _parseGapGroups(dimension: string, groupIds: readonly string[]): [string, string] | undefined {
    const asked = listOf(this.gapGroups);
    if (!asked.length) return groupIds.length >= 2 ? [groupIds[0], groupIds[1]] : undefined;
    const ids = asked.map((g) => (g.includes(':') ? g : `${dimension}:${g}`)).map((g) => matchOf(g, groupIds) ?? g);
    const valid = ids.length === 2 && ids[0] !== ids[1] && ids.every((g) => groupIds.includes(g));
    if (!valid) {
      // Suggested as values with a space between (`ccg-nhs la`): the form a shared Storybook link
      // keeps (it drops a value holding ':' or ','), and the shortest to write on the element.
      const values = groupIds.map((g) => (g.startsWith(`${dimension}:`) ? g.slice(dimension.length + 1) : g));
      const pairs = values.flatMap((a, i) => values.slice(i + 1).map((b) => `"${a} ${b}"`));
      throw new AttributeProblem(
        'gap-groups',
        this.gapGroups,
        pairs.length ? `two different groups of ${groupIds.join(', ')}, written as values with a space between them, e.g. ${pairs.join(' or ')}` : 'none (fewer than two groups are published)',
      );
    }
    return [ids[0], ids[1]];
  }

  /** Intervals drawn (and in the CSV), and the order by two groups' gap, end the files' names: `…-intervals`, `…-gap-ccg-nhs-la`. */
  protected override fileNameExtras(): string[] {
    const view = this.view;
    if (!view) return [];
    const gap = view.sort === 'gap' && view.gapGroups ? [['gap', ...view.gapGroups.map((g) => g.slice(g.indexOf(':') + 1))].join(' ')] : [];
    return [...(view.showIntervals ? ['intervals'] : []), ...gap];
  }

  protected titleOf(view: CompareView): string {
    const { measure, response, year } = view.data;
    const resp = response === 'selected' ? '' : ` — ${responseLabel(measure, response)}`;
    return `${measureLabel(measure)}${resp}, by ${DIMENSION_LABELS[view.dimension] ?? view.dimension} (${year})`;
  }

  /**
   * The summary under the chart, on screen and on paper (as the stacked bars have theirs): the
   * largest gap between the two gap groups, with the 95% interval of that gap, is otherwise
   * only in the chart's accessible name and its exported files' descriptions.
   */
  protected notesOf(view: CompareView): TemplateResult {
    // The same sentence as the chart's accessible name (both with the renderer's default small base and z).
    return this.summaryTemplate(compareSummary(view.data, { gapGroups: view.gapGroups, subject: this.titleOf(view) }));
  }

  /**
   * The Table view (and the long description, and a printed table) gives each figure's 95%
   * interval where the chart draws one (`show-intervals`), as the chart's marks say it. The
   * notes the chart draws on its figures (result.tableNotes: what no whole number of informants
   * gives, with intervals or without, the sort, the small bases…), in its SVG, which the table view hides and a table
   * printed in its place leaves out, follow the table's own, numbered (tableModel); each figure a note
   * concerns says "see note N" after its n and interval ("43% (n=15) 95% CI 22–67% (see note 3)"),
   * in text, on screen and on paper (not in the long description, read beside the chart's notes).
   */
  protected override tableModelOf(result: RenderResult): TableModel {
    const model = super.tableModelOf(result);
    if (!this.view?.showIntervals) return model;
    const intervalText = (row: ObservationRow | undefined) => {
      if (!row || row.unit !== 'percent') return undefined;
      const interval = wilsonIntervalOf(row);
      return interval ? formatInterval(interval) : row.base == null ? 'no interval: base not printed' : 'no interval';
    };
    return { ...model, rows: model.rows.map((r) => ({ ...r, extras: r.cells.map(intervalText) })) };
  }

  /**
   * Where the chart draws intervals (`show-intervals`), the Data (CSV) download gives each
   * figure's 95% interval too, in percent (computed from its percentage and base, as the
   * whiskers are; blank where there is none: a gap, a base not printed): to one decimal, or as
   * many more as it takes to round to the whole percent the chart says (47.497 is written so,
   * not 47.5, which would be read as 48 where the chart says 47).
   */
  protected override csvExtra(): ReturnType<PioneerChart<CompareView>['csvExtra']> {
    if (!this.view?.showIntervals) return null;
    return {
      columns: ['ci95_low', 'ci95_high'],
      valuesOf: (line) => {
        const interval = typeof line.value === 'number' && typeof line.base === 'number' ? wilsonIntervalOf({ value: line.value, unit: String(line.unit), base: line.base }) : null;
        return interval ? { ci95_low: roundsAsShown(interval.low), ci95_high: roundsAsShown(interval.high) } : { ci95_low: '', ci95_high: '' };
      },
    };
  }

  protected draw(svg: SVGSVGElement, view: CompareView, width: number): RenderResult {
    // The font size of the SVG (set on the inner figure, so page rules on the host cannot change it).
    const fontSize = this.fontSize;
    return renderCompare(svg, view.data, {
      width,
      height: this.drawHeight,
      showIntervals: view.showIntervals,
      sort: view.sort,
      gapGroups: view.gapGroups,
      subject: this.titleOf(view),
      notes: view.notes,
      // Printed with its table under it, the chart leaves to the table's notes (which its cells
      // point to) what they say: drawn as well, each printed twice. Not a server's drawing for
      // paper, which is the page's on screen too, where the table under it is not shown.
      notesInTable: !isServer && this.paper && this.printTable === true && !this.tableMode,
      fontSize,
      labelLang: this.labelLang,
      // Its shadow root keeps the ids its own; the forced-colours rules above name them.
      idPrefix: 'pioneer-compare',
      paper: this.paper,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pioneer-compare': PioneerCompare;
  }
}
