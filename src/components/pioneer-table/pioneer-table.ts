import { property } from 'lit/decorators.js';
import { customElement } from '../../define.js';
import type { Dataset } from '../../data/dataset.js';
import { groupsOf, isCharted, itemsOf, responsesOf, rowsOf, yearsOf, sourceLine } from '../../data/query.js';
import type { ObservationRow } from '../../data/types.js';
import { groupLabel, measureLabel } from '../../data/vocabulary.js';
import type { GapCell, RenderResult } from '../../renderers/shared/types.js';
import { printedBaseOf } from '../../renderers/shared/format.js';
import { listIn, oneOf, yearIn, type Keyword, type Numeric } from '../base/attribute-problem.js';
import { measureIn } from '../base/measure-attribute.js';
import { isCleared, type FilterAttributes } from '../base/filter-state.js';
import { PioneerChart } from '../base/pioneer-chart.js';

interface TableView {
  measure: string;
  year: number | null;
  group: string;
  rows: ObservationRow[];
  /** Year-values of the same selection that the reports show only as charts (or a file's gap rows state), with why. */
  gaps: GapCell[];
  /** How many of the gaps are values shown only as charts. */
  charted: number;
}

/**
 * An accessible HTML table of published figures, with base n and source table for every
 * column: the same table every chart shows in its Table view, usable on its own.
 *
 * @summary Table of published figures for a measure, year and group.
 * @csspart table - The table element.
 * @csspart table-host - The box holding the table.
 * @csspart controls - The Download menu (`no-controls` leaves it out).
 * @csspart note - A note under the table (why a value is missing, what is not shown, the file still loading).
 * @cssprop --pioneer-grid-color - The rules between the table's rows.
 * @cssprop --pioneer-focus-color - Outline of the focused button or table.
 * @unusedInherited mode, height, print-table, plot, svg, tooltip, size-note, summary, description, pioneer-select, --pioneer-tooltip-background, --pioneer-tooltip-color
 */
@customElement('pioneer-table')
export class PioneerTable extends PioneerChart<TableView> {
  static filterAttributes: FilterAttributes = { year: 'year', measure: 'measure', organisation: 'group', tenure: 'group', deprivation: 'group', wave: 'group' };

  /** A table is always a table, as tall as its rows, and prints as one (see @unusedInherited). */
  static unusedAttributes: readonly string[] = ['mode', 'height', 'print-table'];

  /** The measure, e.g. `barrier`, `objective`, `sample-site`. */
  @property() measure: string | null | undefined = 'barrier';

  /** A survey year (`2019` or `'2019'`); default (or `all`) every year the measure has. */
  @property() year: Numeric | Keyword<'all'> | null | undefined = null;

  /** A published subgroup (`all`, `organisation:la`, …). */
  @property() group: string | null | undefined = 'all';

  /** Responses to keep, separated by commas or spaces; default all. */
  @property() responses: string | readonly string[] | null | undefined = '';

  /** Item ids to keep, separated by commas or spaces; default all. */
  @property() items: string | readonly string[] | null | undefined = '';

  protected get tableOnly(): boolean {
    return true;
  }

  protected computeView(ds: Dataset): TableView {
    const measure = measureIn(ds, this.measure);
    // `all` (any case) is every year, as a filter bar's year of that name is.
    const year = this.year == null || isCleared(this.year) ? null : yearIn('year', this.year, yearsOf(ds, measure), ['all']);
    const group = oneOf('group', this.group ?? 'all', groupsOf(ds, measure, year ?? undefined));
    const validResponses = responsesOf(ds, measure);
    const responses = listIn('responses', this.responses, validResponses);
    const items = listIn('items', this.items, [...new Set(rowsOf(ds, measure).map((r) => r.item))]);
    const kept = (r: { year: number; group: string; response: string; item: string }) =>
      (year === null || r.year === year) &&
      r.group === group &&
      (!responses.length || responses.includes(r.response)) &&
      (!items.length || items.includes(r.item));
    const rows = rowsOf(ds, measure).filter(kept);
    // The values the reports only chart are gaps with their reason, as in a chart's Table view.
    const gaps = ds.missing.filter((m) => m.measure === measure && kept(m));
    const labels = new Map(itemsOf(ds, measure).map((i) => [i.item, i.label]));
    return {
      measure,
      year,
      group,
      rows,
      charted: gaps.filter(isCharted).length,
      gaps: gaps.map((m) => ({ measure, item: m.item, item_label: labels.get(m.item) ?? m.item, year: m.year, group: m.group, response: m.response, reason: m.reason, printedBase: printedBaseOf(m) })),
    };
  }

  protected titleOf(view: TableView): string {
    const parts = [measureLabel(view.measure)];
    if (view.year !== null) parts.push(String(view.year));
    if (view.group !== 'all') parts.push(groupLabel(view.group));
    return parts.join(', ');
  }

  /**
   * Always `''`, with a console warning naming the element: a table has no drawing to save as an
   * SVG (nor as a PNG, which is drawn from it), so its Download menu offers neither. Its figures
   * are in `toCsv()`; a drawing of them is a chart element's `toSvg()` (`<barrier-stack>`,
   * `<pioneer-trend>`, `<pioneer-compare>`, `<site-map>`).
   */
  override toSvg(): string {
    this.warn("toSvg() gives no SVG: a table has no drawing. Its figures are in toCsv(); for a drawing, use a chart element's toSvg() (<barrier-stack>, <pioneer-trend>, <pioneer-compare>, <site-map>).");
    return '';
  }

  protected draw(_svg: SVGSVGElement, view: TableView): RenderResult {
    const { rows, gaps, charted: n } = view;
    const charted = n ? ` ${n} more ${n === 1 ? 'value is' : 'values are'} shown only as charts in the reports, with no figure printed.` : '';
    return { marks: [], rows, gaps, summary: `${this.titleOf(view)}: ${rows.length} published figure${rows.length === 1 ? '' : 's'}.${charted} ${sourceLine(rows)}` };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pioneer-table': PioneerTable;
  }
}
