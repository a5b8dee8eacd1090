import { html, css, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { max } from 'd3-array';
import { customElement } from '../../define.js';
import type { Dataset } from '../../data/dataset.js';
import type { ObservationRow } from '../../data/types.js';
import { givenYears, groupGapText, groupsOf, itemsOf, orderGroups, notAskedText, responsesOf, rowsOf, series as seriesOf, surveyYearsOf, yearSpan, type SeriesPoint } from '../../data/query.js';
import { groupLabel, measureLabel, responseLabel } from '../../data/vocabulary.js';
import { fromReports } from '../../data/report-rows.js';
import { NO_VALUE_NOTE, hasValues, renderTrend, seriesMarker, type TrendSeries } from '../../renderers/trend.js';
import { andList, displayLabel, midSentence } from '../../renderers/shared/format.js';
import { swatchStyles } from '../base/swatch-styles.js';
import type { RenderResult } from '../../renderers/shared/types.js';
import { AttributeProblem, listIn, oneOf } from '../base/attribute-problem.js';
import { measureIn } from '../base/measure-attribute.js';
import { PioneerChart } from '../base/pioneer-chart.js';
import type { FilterAttributes } from '../base/filter-state.js';
import { lookupTable } from '../../data/lookup-table.js';
import { besideYear } from './tooltip-beside-year.js';
import { unbroken } from '../base/unbroken.js';

interface TrendView {
  measure: string;
  response: string;
  group: string;
  series: TrendSeries[];
  /** Items with published values that the default selection (the top five) leaves out. */
  /** Items with figures the default selection leaves out; `tied`: ties with the last one shown. */
  notShown: { item: string; label: string; tied?: boolean }[];
  /** The year the default selection ranks items by. */
  rankYear: number | null;
  /** Set when custom data has no all-informant rows of the measure (a group asked for is refused instead). */
  unpublishedGroup: boolean;
  unit: 'percent' | 'count';
  /** The years the axis runs across: the data's (2016–2020 for the reports). */
  years: number[];
}

/**
 * Default response per measure: the one the reports chart over time, or for role change the
 * one the 2020 report's key findings cite (two-thirds said their role had changed).
 */
const DEFAULT_RESPONSE: Record<string, string> = lookupTable({
  barrier: 'very',
  facilitator: 'very',
  progress: 'substantial-or-some',
  'role-change': 'yes',
});

const DEFAULT_ITEM_COUNT = 5;
/** The most lines drawn by default: the palette's colours and marker shapes (ties with the fifth included). */
const MAX_SERIES = 8;
/** The items the default selection leaves out are named in a note up to this many, else counted. */
const MAX_NAMED_NOT_SHOWN = 5;

/**
 * A line chart across the survey years (2016–2020) of one or more items of a measure.
 * Years that the reports do not publish as numbers are gaps, and the chart says why.
 *
 * @summary Trend of a measure across survey years.
 * @unusedInherited summary
 * @csspart legend - The legend of toggle buttons.
 * @cssprop --pioneer-color-1 - First line's colour (`--pioneer-color-2` … `-8` follow; Okabe–Ito's hues by default).
 */
@customElement('pioneer-trend')
export class PioneerTrend extends PioneerChart<TrendView> {
  static styles = [
    PioneerChart.styles,
    css`
      .legend { display: flex; flex-wrap: wrap; gap: 0.3em 0.5em; list-style: none; margin: 0.5em 0 0; padding: 0; }
      .legend button {
        display: inline-flex; align-items: center; gap: 0.4em; font: inherit; font-size: 0.85em; color: inherit;
        background: none; border: 1px solid var(--_grid); border-radius: 3px; padding: 0.15em 0.5em; margin: 0; cursor: pointer;
        text-align: left; min-height: 24px; max-width: 100%; overflow-wrap: anywhere;
      }
      /* A key turned off is still a button (a press turns its line back on): its text stays at
         4.5:1 in the muted colour, struck through (55% opacity on the whole key left it 3.9:1). */
      .legend button[aria-pressed='false'] { color: var(--_muted); text-decoration: line-through; }
      .legend button[aria-pressed='false'] .swatch { opacity: 0.55; }
      /* Server-rendered, before the script runs: a key, not yet a control. */
      .legend button[data-inert-without-script] { cursor: default; }
      .legend .no-value { color: var(--_muted); }
      /* The key: a piece of the line with the series' marker, so it matches its line by shape too. */
      .swatch.key { width: 1.5em; height: 1em; flex: none; overflow: visible; forced-color-adjust: none; }
      ${swatchStyles}
      /* Forced colours draw every line and point in the system colours: so do the keys (their marker's shape tells the series apart). */
      @media (forced-colors: active) {
        .swatch.key { color: CanvasText; }
        /* Edged as the system's buttons are: the grid's GrayText reads as disabled there. */
        .legend button { border-color: ButtonText; }
        .swatch.key path[fill='currentColor'] { fill: Canvas; stroke: CanvasText; stroke-width: 1.5px; }
      }
      /* On paper the series are greys (the lightest 3:1 on white): a gap's dashed 1.5px outline
         would print faint, so it prints solid and heavier (hollow still says "no value"). */
      @media print {
        svg .gap-mark { stroke-dasharray: none; stroke-width: 2px; }
      }
      /* Marks move to their new places only in a chart in the window (in-view.ts). */
      .in-view svg .line { transition: d 0.3s; }
      .in-view svg .point { transition: transform 0.3s; }
    `,
  ];

  protected override readonly markRun = 'line';

  /**
   * Shown by the keyboard, the tooltip goes beside its year's points, not over them (tied
   * points set side by side put it over the lower ones of the year); by the pointer, and where
   * neither side has room, over or under the point as on other charts (tooltip-beside-year.ts).
   */
  protected override readonly placeTooltip = besideYear;

  static filterAttributes: FilterAttributes = { measure: 'measure', organisation: 'group', tenure: 'group', deprivation: 'group', wave: 'group' };

  /** The measure to chart, e.g. `objective`, `barrier`, `sample-wave`. */
  @property() measure: string | null | undefined = 'objective';

  /** Item ids, separated by commas or spaces; default the top five by latest value, and any tied with the fifth (up to eight lines), plus items published only as a figure. */
  @property() items: string | readonly string[] | null | undefined = '';

  /** The response to chart; default per measure (`very` for barriers and facilitators, `substantial-or-some` for progress, `yes` for role change, else the first). */
  @property() response: string | null | undefined = '';

  /** A published subgroup: `all`, `organisation:la`, `tenure:5-plus`, `deprivation:more`, …; a group the measure is not published for is refused, naming those it is. */
  @property() group: string | null | undefined = 'all';

  @state() private hiddenItems = new Set<string>();

  protected computeView(ds: Dataset): TrendView {
    const measure = measureIn(ds, this.measure);
    const responses = responsesOf(ds, measure);
    const response = this.response ? oneOf('response', this.response, responses) : (DEFAULT_RESPONSE[measure] && responses.includes(DEFAULT_RESPONSE[measure]) ? DEFAULT_RESPONSE[measure] : responses[0]);
    // `all` and the groups the data has for any measure (a group it has for another measure is
    // valid here, and says its figures are not published); not every label the library knows (wave:1, …).
    const knownGroups = orderGroups([...new Set(['all', ...ds.rows.map((r) => r.group)])]);
    const group = oneOf('group', this.group ?? 'all', knownGroups);
    const all = itemsOf(ds, measure);
    const asked = listIn('items', this.items, all.map((i) => i.item));
    const published = rowsOf(ds, measure).filter((r) => r.group === group && r.response === response);
    const unpublishedGroup = published.length === 0;
    // A group the author (or a filter bar) asked for that has no figures of this measure and
    // response: an empty plot would read as none, so it is refused as the stacked bars refuse
    // one, naming the groups that are published. Custom data without all-informant rows keeps
    // its default group, and says so in its note.
    if (unpublishedGroup && group !== 'all') {
      const publishedGroups = orderGroups([...new Set(rowsOf(ds, measure).filter((r) => r.response === response).map((r) => r.group))]);
      const what = `${measure}${response === 'selected' || response === 'count' ? '' : `, ${response}`}`;
      throw new AttributeProblem('group', this.group, publishedGroups.length ? `${publishedGroups.join(', ')} (the groups published for ${what})` : `none (no group is published for ${what})`);
    }
    const years = surveyYearsOf(ds);
    const candidates = (asked.length ? all.filter((i) => asked.includes(i.item)) : all).map((info) => ({
      info,
      points: seriesOf(ds, measure, info.item, response, group, years),
    }));
    let chosen = candidates;
    let notShown: TrendView['notShown'] = [];
    let rankYear: number | null = null;
    if (!asked.length && !unpublishedGroup) {
      // The top five by value in the latest year with figures (items without one after, by
      // their own latest value); then every item the reports show only as a chart for this
      // response and group (no published value in any year): drawn as its gaps, never dropped.
      rankYear = max(published, (r) => r.year)!;
      const latestOf = (points: readonly SeriesPoint[]) => [...points].reverse().find((p) => p.row)?.row ?? null;
      const ranked = candidates
        .filter((c) => hasValues(c))
        .map((c) => ({ c, latest: latestOf(c.points)! }))
        .sort((a, b) => Number(b.latest.year === rankYear) - Number(a.latest.year === rankYear) || b.latest.value - a.latest.value);
      const chartedOnly = candidates.filter((c) => !hasValues(c) && c.points.some((p) => p.missing));
      // Items tied with the fifth are shown too (which of them would be left out is arbitrary),
      // as long as the lines, the charted-only ones included, stay within the eight the palette
      // and markers tell apart; ties left out beyond that are named in the note.
      const tie = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => (a.latest.year === rankYear) === (b.latest.year === rankYear) && a.latest.value === b.latest.value;
      let count = Math.min(DEFAULT_ITEM_COUNT, ranked.length);
      while (count < ranked.length && count + chartedOnly.length < MAX_SERIES && tie(ranked[count], ranked[count - 1])) count++;
      chosen = [...ranked.slice(0, count).map((d) => d.c), ...chartedOnly];
      notShown = ranked.slice(count).map((d) => ({ item: d.c.info.item, label: d.c.info.label, tied: tie(d, ranked[count - 1]) }));
    }
    const series = chosen.map(({ info, points }, i) => ({ item: info.item, label: info.label, colorIndex: i, points }));
    // A group the reports do not publish still gets the measure's unit (its rows for other groups).
    const unit = (published[0] ?? rowsOf(ds, measure).find((r) => r.response === response))?.unit ?? 'percent';
    return { measure, response, group, series, notShown, rankYear, unpublishedGroup, unit, years };
  }

  /** Lines hidden with the key's buttons (not drawn, nor in the CSV) end the files' names: `…-hidden-integration`. */
  protected override fileNameExtras(): string[] {
    const hidden = this.view?.series.filter((s) => this.hiddenItems.has(s.item)).map((s) => s.item) ?? [];
    return hidden.length ? ['hidden', ...hidden] : [];
  }

  protected titleOf(view: TrendView): string {
    const resp = view.response === 'selected' || view.response === 'count' ? '' : ` — ${responseLabel(view.measure, view.response)}`;
    const grp = view.group === 'all' ? '' : ` (${groupLabel(view.group)})`;
    return `${measureLabel(view.measure)}${resp}${grp}, by survey year`;
  }

  protected draw(svg: SVGSVGElement, view: TrendView, width: number): RenderResult {
    const visible = view.unpublishedGroup ? [] : view.series.filter((s) => !this.hiddenItems.has(s.item));
    const result = renderTrend(svg, visible, {
      width,
      height: this.drawHeight,
      years: view.years,
      unit: view.unit,
      // The bundled counts are all of key informants (Tables 3.1–3.5).
      yTitle: view.unit === 'count' ? 'Number of informants' : undefined,
      countNoun: view.unit === 'count' ? ['informant', 'informants'] : undefined,
      subject: this.titleOf(view),
      fontSize: this.fontSize,
      labelLang: this.labelLang,
    });
    // Every line hidden by the reader: the values are there, the summary must not say otherwise.
    if (!visible.length && view.series.length && !view.unpublishedGroup) {
      const n = view.series.length;
      result.summary = `${this.titleOf(view)}: ${n === 1 ? 'its line is' : `all ${n} lines are`} hidden; show ${n === 1 ? 'it' : 'them'} with the buttons under the chart.`;
    }
    return result;
  }

  /** The figures of the lines drawn (none for a group the reports do not publish, none of a line the reader hid), as draw() draws them. */
  protected drawnRows(view: TrendView): (ObservationRow | null)[] {
    return view.unpublishedGroup ? [] : view.series.filter((s) => !this.hiddenItems.has(s.item)).flatMap((s) => s.points.map((p) => p.row));
  }

  protected notesOf(view: TrendView): TemplateResult {
    if (view.unpublishedGroup) {
      return html`<p class="note" part="note">
        ${measureLabel(view.measure)} (${responseLabel(view.measure, view.response)}) is not published for
        ${groupLabel(view.group)}; published groups: ${groupsOf(this.resolveDataset().dataset!, view.measure).map(groupLabel).join(', ')}.
      </p>`;
    }
    // Worded for the chart, or (`t`) for its table: "No line is drawn for …" under a table printed in its place named nothing on paper.
    const gapNote = (t: boolean) => [this._gapNote(view, t), this._notShownNote(view)].filter(Boolean).join(' ');
    return html`<ul class="legend drawing-only" part="legend" aria-label="Lines (press to show or hide)">
        ${view.series.map((s) => {
          // A series with no value in any year keys as its gap markers do: hollow, dashed, no line.
          const empty = !hasValues(s);
          return html`<li>
            <button type="button" aria-pressed=${String(!this.hiddenItems.has(s.item))} data-item=${s.item} tabindex=${isServer ? '-1' : nothing} aria-disabled=${isServer ? 'true' : nothing} ?data-inert-without-script=${isServer} @click=${() => this._toggle(s.item)}>
              <svg class="swatch key c${(s.colorIndex % 8) + 1}" viewBox="-12 -8 24 16" aria-hidden="true">
                ${empty
                  ? svg`<path d=${seriesMarker(s.colorIndex)} fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.5"></path>`
                  : svg`<line x1="-12" x2="12" stroke="currentColor" stroke-width="2"></line><path d=${seriesMarker(s.colorIndex)} fill="currentColor"></path>`}
              </svg>
              <span lang=${this.labelLang ?? nothing}>${unbroken(displayLabel(s.label))}</span>${empty ? html` <span class="no-value">(${NO_VALUE_NOTE})</span>` : ''}
            </button>
          </li>`;
        })}
      </ul>
      ${gapNote(false) ? this.wordedNote('note', gapNote) : ''}`;
  }

  /**
   * Says how many items with figures the default top five leaves out (naming up to five), and
   * which of them tie with the last line shown (left out only where more than eight would be drawn).
   */
  private _notShownNote(view: TrendView): string {
    const left = view.notShown;
    if (!left.length) return '';
    const n = view.series.filter(hasValues).length;
    const shown = `Showing the ${n} of ${n + left.length} items highest in ${view.rankYear}`;
    const tied = left.filter((i) => i.tied).length;
    const tieNote = tied ? ` (${tied === 1 ? 'one of them ties' : `${tied} of them tie`} with the last item shown)` : '';
    return left.length <= MAX_NAMED_NOT_SHOWN
      ? `${shown}; not shown: ${left.map((i) => displayLabel(i.label)).join('; ')}${tieNote}.`
      : `${shown}; ${left.length} others are not shown${tieNote}.`;
  }

  /**
   * One sentence per reason: figure-only years first, then years simply not published. Where two
   * figure-only reasons share a year (an item the data notes apart), each but the one of the most
   * items names its items: "Gaps in 2016, 2017 and 2018 for Having local providers …: shown only …" (the
   * reason mid-sentence after the colon: its capital lowered, a name's kept).
   */
  private _gapNote(view: TrendView, table: boolean): string {
    const figureOnly = new Map<string, { years: Set<number>; names: Set<string> }>();
    const notPublished = new Map<number, Set<string>>();
    for (const s of view.series) {
      for (const p of s.points) {
        if (p.row) continue;
        if (p.missing) {
          const gap = figureOnly.get(p.missing.reason) ?? { years: new Set<number>(), names: new Set<string>() };
          gap.years.add(p.year);
          gap.names.add(displayLabel(s.label));
          figureOnly.set(p.missing.reason, gap);
        } else {
          const items = notPublished.get(p.year) ?? new Set<string>();
          notPublished.set(p.year, items.add(s.item));
        }
      }
    }
    const gaps = [...figureOnly].map(([reason, { years, names }]) => ({ reason, years: [...years].sort(), names: [...names] }));
    const named = (g: (typeof gaps)[number]) => {
      const sharing = gaps.filter((o) => o !== g && o.years.some((y) => g.years.includes(y)));
      return sharing.length > 0 && sharing.some((o) => o.names.length >= g.names.length);
    };
    const sentences = gaps
      .sort((a, b) => a.years[0] - b.years[0] || b.names.length - a.names.length)
      .map((g) => `Gaps in ${andList(g.years)}${named(g) ? ` for ${g.names.join('; ')}` : ''}: ${midSentence(g.reason)}`);
    const empty = view.series.filter((s) => !hasValues(s));
    if (empty.length) {
      const names = empty.map((s) => displayLabel(s.label)).join('; ');
      sentences.push(
        table
          ? `No published value in any year: ${names}.`
          : empty.length === 1
          ? `No line is drawn for ${names}, which has no published value in any year.`
          : `No line is drawn for ${empty.length} items, which have no published value in any year: ${names}.`,
      );
    }
    if (notPublished.size) {
      const years = [...notPublished.keys()].sort();
      if (years.every((y) => notPublished.get(y)!.size === view.series.length)) {
        // Years outside those the reports give the measure for at all (a question first asked in
        // 2020, a table that starts in 2017): say which years those are.
        const ds = this.resolveDataset().dataset;
        const given = ds ? givenYears(ds, view.measure) : [];
        const outside = given.length > 0 && years.every((y) => y < given[0] || y > given[given.length - 1]);
        // Years a report says the question was not asked: said, with where (of the reports'
        // own figures only: a researcher's survey is not theirs).
        const reports = ds ? fromReports(ds) : false;
        const notAsked = reports ? notAskedText(view.measure, years) : null;
        const asked = notAsked ? `; ${notAsked}` : '';
        // A group's years the reports give the measure for but not the group: said of these two
        // reports (the earlier surveys' reports gave some groups), with the reasons they print.
        const group = reports && !outside && view.group !== 'all' ? groupGapText(view.group, years) : null;
        sentences.push(
          group === null
            ? `No figures were published for ${andList(years)}${outside ? `: ${reports ? 'the reports give' : 'the data gives'} this measure for ${yearSpan(given)}${asked}` : ''}.`
            : `The 2019 and 2020 reports give no figures for this group for ${andList(years)}.${group && ` ${group}`}`,
        );
      } else {
        sentences.push(...this._itemGapSentences(view, notPublished));
      }
    }
    return sentences.join(' ');
  }

  /**
   * Which items lack a figure in which years (not figure-only: none at all), named, items with
   * the same years together: "First reported in 2020, so no figure for 2016–2019: Lack of time
   * due to Covid-19; …" where every gap comes before the item's first year in the reports (a
   * figure or a figure-only value), else "No figure published for 2018: …".
   */
  private _itemGapSentences(view: TrendView, notPublished: ReadonlyMap<number, ReadonlySet<string>>): string[] {
    const byYears = new Map<string, { years: number[]; first: number | null; names: string[] }>();
    for (const s of view.series) {
      const years = [...notPublished.keys()].filter((y) => notPublished.get(y)!.has(s.item)).sort();
      if (!years.length || !hasValues(s)) continue;
      const reported = s.points.filter((p) => p.row || p.missing).map((p) => p.year);
      const first = reported.length ? Math.min(...reported) : null;
      const before = first !== null && years.every((y) => y < first) ? first : null;
      const key = `${years.join(',')}|${before}`;
      const entry = byYears.get(key) ?? { years, first: before, names: [] };
      entry.names.push(displayLabel(s.label));
      byYears.set(key, entry);
    }
    const span = (years: number[]) => (years.length === 1 ? String(years[0]) : yearSpan(years));
    return [...byYears.values()].map(({ years, first, names }) =>
      first !== null
        ? `First reported in ${first}, so no figure for ${span(years)}: ${names.join('; ')}.`
        : `No figure published for ${span(years)}: ${names.join('; ')}.`,
    );
  }

  /** The item of the legend button that had the focus when this update began. */
  private _legendFocus: string | null = null;

  protected willUpdate(changed: PropertyValues): void {
    this._legendFocus = legendButton(this.shadowRoot?.activeElement)?.dataset.item ?? null;
    super.willUpdate(changed);
  }

  /**
   * The legend's buttons are reused by position, so new lines (other filters, history Back)
   * would silently rename the focused button: the focus follows its line to its new place, and
   * where the line is gone the button keeps the focus and the live region says what it is now.
   */
  protected updated(): void {
    super.updated();
    const item = this._legendFocus;
    this._legendFocus = null;
    if (item == null) return;
    const active = this.shadowRoot?.activeElement;
    const onButton = legendButton(active);
    if (onButton?.dataset.item === item) return;
    // Focus elsewhere is the reader's own move; none (its button removed) is ours to restore.
    if (!onButton && !(active == null && this.ownerDocument.activeElement === this.ownerDocument.body)) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.legend button')];
    const same = buttons.find((b) => b.dataset.item === item);
    if (same) {
      same.focus();
      return;
    }
    const target = onButton ?? buttons[buttons.length - 1];
    if (!target) return;
    if (!onButton) target.focus();
    const live = this.renderRoot.querySelector('.live');
    const label = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (live) live.textContent = `The lines changed. This button is now ${label}, ${target.getAttribute('aria-pressed') === 'true' ? 'shown' : 'hidden'}.`;
  }

  private _toggle(item: string): void {
    const next = new Set(this.hiddenItems);
    if (next.has(item)) next.delete(item);
    else next.add(item);
    this.hiddenItems = next;
  }
}

/** The element if it is one of a trend legend's buttons (the server's DOM has no HTMLElement class to test against). */
const legendButton = (el: Element | null | undefined): HTMLElement | null =>
  el && typeof el.matches === 'function' && el.matches('.legend button') ? (el as HTMLElement) : null;

declare global {
  interface HTMLElementTagNameMap {
    'pioneer-trend': PioneerTrend;
  }
}
