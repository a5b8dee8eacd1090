import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../define.js';
import type { Dataset } from '../../data/dataset.js';
import { datasetFact } from '../../data/facts.js';
import { isReportRow } from '../../data/report-rows.js';
import { rowsOf, sitesOf, yearsOf, type SiteWithInformants } from '../../data/query.js';
import type { ObservationRow } from '../../data/types.js';
import { PRINTED_DEPRIVATION_GROUPS, sourceLabel, YEARS } from '../../data/vocabulary.js';
import { autoSiteLayout, renderSiteMap, SITE_MAP_DEFAULTS, SITE_TILES, siteGroups, type SiteColorBy, type SiteLayout } from '../../renderers/site-map.js';
import type { RenderResult } from '../../renderers/shared/types.js';
import { formatValue, inBrackets, tableName } from '../../renderers/shared/format.js';
import { AttributeProblem, oneOf, yearIn, type Keyword, type Numeric } from '../base/attribute-problem.js';
import type { TableModel, Worded } from '../base/data-table.js';
import { isCleared, type FilterAttributes } from '../base/filter-state.js';
import { PioneerChart } from '../base/pioneer-chart.js';
import { placeAmongMarks, placeBesideMarks } from '../base/tooltip-among-marks.js';
import { own } from '../../data/lookup-table.js';

interface SiteMapView {
  /** The sites shown (after the wave and deprivation filters). */
  sites: SiteWithInformants[];
  year: number;
  colorBy: SiteColorBy;
  /** As chosen: `auto` is the map or the grid by the width drawn at (see _drawnLayout). */
  layout: SiteLayout | 'auto';
  wave: 1 | 2 | null;
  deprivation: 'more' | 'less' | null;
  /** Largest count of any site in any year: one size scale across years and filters. */
  maxCount: number;
  /**
   * The rows behind every number the map shows, its Table view and its CSV: the count of each
   * site shown in every year (its label lists them all), each year's printed total where every
   * site is shown, and the year's rows for sites not on the map (its note names them).
   */
  rows: ObservationRow[];
  /** Where each site's count of each year is printed, e.g. "barnsley|2020" → "2020 report Table 3.1". */
  yearSources: Map<string, string>;
  /** Informants of the year in all: the table's printed total (all sites shown), or the sum of the sites shown. */
  total: { count: number; printed: ObservationRow | null } | null;
  /** Rows of the year for sites the map does not have (custom data): named under the map, not drawn. */
  unplaced: ObservationRow[];
}

/** Attribute text to a number; empty or `all` means "not set", anything else non-numeric is NaN (reported as typed). */
const optionalNumber = {
  fromAttribute: (value: string | null): number | undefined => {
    // Removed: unset. Written empty (`wave=""`), it is checked, as every attribute is.
    if (value == null || isCleared(value)) return undefined;
    const v = value.trim();
    return /^\d+$/.test(v) ? Number(v) : Number.NaN;
  },
  toAttribute: (value: number | undefined): string | null => (value == null ? null : String(value)),
};

/**
 * The year: as optionalNumber, but `all` is not taken for "not set": the map shows one year's
 * informants, so `year="all"` would silently draw the latest. It is reported with the years.
 */
const yearConverter = {
  ...optionalNumber,
  fromAttribute: (value: string | null): number | undefined => (isCleared(value) ? Number.NaN : optionalNumber.fromAttribute(value)),
};

/**
 * Where each site's count of each year is printed (the marks' labels list every year's count).
 * Worked out once per dataset: a filter bar's probes build a view for every choice it checks.
 */
const yearSourcesOf = (ds: Dataset): Map<string, string> =>
  datasetFact(ds, 'site-map:year-sources', () => {
    const sources = new Map<string, string>();
    for (const r of rowsOf(ds, 'sample-site')) if (r.group === 'all' && r.response === 'count') sources.set(`${r.item}|${r.year}`, tableName(r));
    return sources;
  });

/**
 * The rows behind every number the map shows, in year order (each year's as the data gives
 * them): every year's count of the sites shown, which their labels list; each year's printed
 * total where the map gives its year's (every site shown), so that a file of them drawn at
 * another of its years gives that year's too; and the year's sites not on the map, which its
 * note names (`unplaced`). A file of the year's rows only (an older download) draws as before.
 */
function rowsBehind(counts: readonly ObservationRow[], shown: ReadonlySet<string>, totals: boolean, unplaced: readonly ObservationRow[]): ObservationRow[] {
  const extra = new Set(unplaced);
  const behind = counts.filter((r) => shown.has(r.item) || (totals && r.item === 'total') || extra.has(r));
  return behind.map((r, i) => ({ r, i })).sort((a, b) => a.r.year - b.r.year || a.i - b.i).map(({ r }) => r);
}

/**
 * Under a Table view of more years than the map draws: which it draws, and why the others are
 * there (each site's tooltip gives them). It said they were "those each site's label gives",
 * and a printed map, or the tile grid, shows no label to a reader. A table printed without the
 * map (`alone`) says only that its years are more than the title's: it spoke of a map not on the paper.
 */
const yearsNote = (year: number, alone: boolean): string =>
  alone ? `The table gives each site's count in every year, not only ${year}.` : `The map draws the counts of ${year}; the table gives each site's count in every year, as its tooltip does.`;

/**
 * Said after the summary (the chart's accessible name, and the long description's first line)
 * and in the notes where the grid is drawn for want of width, not chosen: a reader told of a map
 * of England hears why there is none.
 */
const autoGridText = `Shown as tiles: at this width the map's marks would be too small and close to tell apart or tap; from ${SITE_MAP_DEFAULTS.mapMinWidth} px wide it is a map.`;

/** The dark theme's land and site colours. */
const darkSiteTokens = css`
  --_land: var(--pioneer-land-color, #3b3b3b);
  --_site-wave-1: var(--pioneer-site-wave-1, #56B4E9);
  --_site-wave-2: var(--pioneer-site-wave-2, #E69F00);
  --_site-more-deprived: var(--pioneer-site-more-deprived, #F07A30);
  --_site-less-deprived: var(--pioneer-site-less-deprived, #56B4E9);
`;

/**
 * The 25 Integrated Care Pioneer sites on a map of England: one mark per site at its
 * (approximate) location, coloured and shaped by wave or deprivation category, its area
 * proportional to the key informants who answered from that site in `year`. A site with no
 * informant that year is drawn hollow. Marks that would overlap (London) are moved apart
 * with a line to their true location. Narrower than 560 px (a phone), where those marks would be
 * too small and crowded to tell apart or tap, it shows equal tiles arranged roughly by geography
 * instead, each with its site's code and count; `layout` chooses one of the two at any width.
 *
 * @summary Pioneer sites on a map of England, sized by informants.
 * @unusedInherited summary
 * @csspart land - The land outline (an SVG group).
 * @csspart sites - The group of site marks (or tiles).
 * @csspart site - Each site mark (map) or tile box (grid).
 * @csspart legend - The legend (an SVG group).
 * @csspart note - The notes under the map.
 * @cssprop --pioneer-site-wave-1 - Colour of wave 1 sites (default #0072B2, #56B4E9 in the dark theme; drawn as circles).
 * @cssprop --pioneer-site-wave-2 - Colour of wave 2 sites (default #9A6A00, #E69F00 in the dark theme; drawn as squares).
 * @cssprop --pioneer-site-more-deprived - Colour of more deprived sites (default #BF5500, #F07A30 in the dark theme; squares).
 * @cssprop --pioneer-site-less-deprived - Colour of less deprived sites (default #2C7BB6, #56B4E9 in the dark theme; circles).
 * @cssprop --pioneer-land-color - Fill of the land (default #e3e3e3; #3b3b3b in the dark theme).
 * @cssprop --pioneer-leader-color - Leader lines and true-location dots (default the muted text colour).
 * @cssprop --pioneer-background - Background behind marks (separating strokes, hollow tiles; default #fff).
 * @fires pioneer-select - When a site is activated (click, Enter or Space): `detail` is `{ kind: 'site', site, year }`.
 */
@customElement('site-map')
export class SiteMap extends PioneerChart<SiteMapView> {
  static styles = [
    PioneerChart.styles,
    css`
      /* Each default contrasts at least 3:1 with the land and the background of its theme
         (WCAG 1.4.11): the renderer's darkened Okabe–Ito hues on light land, and under the
         dark theme these, the originals, on dark land. */
      :host { --_land: var(--pioneer-land-color, #e3e3e3); }
      /* Dark on screens only: paper is white, so print keeps the light theme's colours. */
      @media screen {
        :host([theme~='dark' i]) { ${darkSiteTokens} }
      }
      @media screen and (prefers-color-scheme: dark) {
        :host(:not([theme~='light' i])) { ${darkSiteTokens} }
      }
      /* Marks move to their new places only in a chart in the window (in-view.ts). */
      .in-view svg .site,
      .in-view svg .tile,
      .in-view svg .leader path,
      .in-view svg .leader circle {
        transition: transform 0.4s ease, d 0.4s ease, cx 0.4s ease, cy 0.4s ease;
      }
      @media (forced-colors: active) {
        /* The base draws every mark as Canvas; keep filled and hollow sites apart. */
        svg path.site-mark.filled { fill: CanvasText; }
        /* The land is the background, its coast outlined (a theme's land could be as light or
           dark as the marks); the keys of the sites with informants are filled as those marks are. */
        :host { --_land: Canvas !important; }
        svg path.land { stroke: CanvasText; stroke-width: 1px; vector-effect: non-scaling-stroke; }
        svg g.legend-item[data-legend^='cat-'] path { fill: CanvasText; }
        svg g.legend-item[data-legend='hollow'] path { stroke: CanvasText; }
      }
      /* On a narrow map the tooltip's text wraps to under half its width (not 18em, 60% of a
         phone's map), so it fits beside a site or in the sea near it instead of over other sites. */
      .tooltip { max-width: min(18em, 45%); }
      svg .site { cursor: pointer; }
      svg .tile { cursor: pointer; }
      svg g.tile.focused { stroke: none; }
      svg g.tile.focused rect { stroke: var(--_focus); stroke-width: 3px; }
    `,
  ];

  static filterAttributes: FilterAttributes = { year: 'year', wave: 'wave', deprivation: 'deprivation' };

  /** Its rows of sites are the keyboard's, not drawn: Left and Right go on to the next row. */
  protected override readonly runsWrap = true;

  /**
   * Its sites crowd (London, the North West): the tooltip goes where it hides the fewest of
   * them, often the sea, and never over the site it names (WCAG 2.4.11). On the grid, whose
   * tiles leave no sea between them, right beside its tile (above or below it, to its side or,
   * by the keyboard, round its corner, within 16 px of it), over as few other tiles' codes and
   * counts as it can: the eye, or a magnifier, goes straight from the tile to it.
   */
  protected override readonly placeTooltip = (tip: HTMLElement, markEl: Element, plotBox: DOMRect, hovered: boolean, reach: number) =>
    (markEl.classList.contains('tile') ? placeBesideMarks : placeAmongMarks)(tip, markEl, plotBox, hovered, reach);

  /** `wave` or `deprivation`: the category that sets each mark's colour and shape. */
  @property({ attribute: 'color-by' }) colorBy: Keyword<'wave' | 'deprivation'> | null | undefined = 'wave';

  /** The survey year whose informants size the marks (2016–2020); default the latest. One year only: `all` is reported, not drawn. */
  @property({ converter: yearConverter }) year?: Numeric | undefined;

  /** Show only the sites of wave `1` or `2`; default (or `all`) both. */
  @property({ converter: optionalNumber }) wave?: 1 | 2 | '1' | '2' | Keyword<'all'> | undefined;

  /** Show only the `more` or `less` deprived sites (the 2019 report's categories); default (or `all`) both. */
  @property() deprivation?: Keyword<'more' | 'less' | 'all'> | null | undefined;

  /**
   * `auto` (default): the map where the chart is 560 px wide or more, else the grid (the notes
   * and the long description then say why). `map`: the map at any width. `grid`: equal tiles
   * arranged roughly by geography, each with its site's code and count, at any width.
   */
  @property() layout: Keyword<'auto' | 'map' | 'grid'> | null | undefined = 'auto';

  /** The layout drawn last (`auto` resolved by its width), which the notes describe; null before a draw. */
  private _drawnLayout: SiteLayout | null = null;

  /** The layout the notes describe: as chosen, or for `auto` the one drawn (before a draw, the one its width gives). */
  private _layoutOf(view: SiteMapView): SiteLayout {
    if (view.layout !== 'auto') return view.layout;
    return this._drawnLayout ?? autoSiteLayout(this.width > 0 ? this.width : Infinity);
  }

  protected computeView(ds: Dataset): SiteMapView {
    const colorBy = oneOf('color-by', (this.colorBy as string | null) ?? 'wave', ['wave', 'deprivation'] as const);
    const layout = oneOf('layout', (this.layout as string | null) ?? 'auto', ['auto', 'map', 'grid'] as const);
    const published = yearsOf(ds, 'sample-site');
    // Custom rows without the informants per site: 25 sites drawn as "no informants" would be
    // read as a finding; say what the map needs instead.
    if (!published.length && ds.rows.length) throw new Error('the data has no informants per site (rows of measure sample-site), which the map draws.');
    const years = published.length ? published : [...YEARS];
    const year = this.year == null ? years[years.length - 1] : yearIn('year', this.raw('year', this.year), years);
    let wave: 1 | 2 | null = null;
    // Unset or `all` (as the attribute's converter reads it, so from script too): every wave.
    if (this.wave != null && !isCleared(this.wave)) wave = oneOf('wave', this.raw('wave', this.wave), [1, 2] as const);
    // Unset or `all`: every site. Written empty (`deprivation=""`), it is checked, as year and wave are.
    const deprivation = this.deprivation == null || isCleared(this.deprivation) ? null : oneOf('deprivation', this.deprivation, ['more', 'less'] as const);
    const all = sitesOf(ds);
    const sites = sitesOf(ds, { wave, deprivation });
    const maxCount = Math.max(1, ...all.flatMap((s) => Object.values(s.informants)));
    const ids = new Set(sites.map((s) => s.id));
    const counts = rowsOf(ds, 'sample-site').filter((r) => r.group === 'all' && r.response === 'count');
    const yearRows = counts.filter((r) => r.year === year);
    // Custom rows for sites the map does not have are named, never dropped in silence; with no
    // Pioneer site among them, the map would draw 25 sites without figures: refused instead.
    const known = new Set(all.map((s) => s.id));
    const unplaced = yearRows.filter((r) => r.item !== 'total' && !known.has(r.item));
    if (unplaced.length && !yearRows.some((r) => known.has(r.item))) {
      throw new Error(`the map draws the 25 Pioneer sites, and the data's sites for ${year} are none of them ${inBrackets(unplaced.map((r) => r.item_label || r.item).join('; '))}. Show their counts with <pioneer-table measure="sample-site">.`);
    }
    // The printed total row where every site is shown; a subset's own sum where each of its
    // sites has a printed count (no total where one is missing: it would be too small).
    const printed = wave == null && deprivation == null ? yearRows.find((r) => r.item === 'total') ?? null : null;
    const shown = sites.map((s) => s.informants[year]);
    const total = printed
      ? { count: printed.value, printed }
      : sites.length && shown.every((c) => c !== undefined)
        ? { count: shown.reduce((a, c) => a + c!, 0), printed: null }
        : null;
    const rows = rowsBehind(counts, ids, wave == null && deprivation == null, unplaced);
    return { sites, year, colorBy, layout, wave, deprivation, maxCount, rows, total, yearSources: yearSourcesOf(ds), unplaced };
  }

  /** The value as typed for a message: a NaN property came from text that is not a number. */
  private raw(attribute: string, value: unknown): unknown {
    if (!Number.isNaN(value)) return value;
    const text = this.getAttribute(attribute);
    if (text == null) throw new AttributeProblem(attribute, value, attribute === 'wave' ? [1, 2] : 'a survey year');
    return text;
  }

  /** The grid (asked for, or drawn for a narrow chart) ends its chart files' names: `…-grid.svg`; the map, as printed, adds nothing. */
  protected override fileNameExtras(file: 'csv' | 'svg' | 'png'): string[] {
    return this.view && file !== 'csv' && this._layoutOf(this.view) === 'grid' ? ['grid'] : [];
  }

  protected titleOf(view: SiteMapView): string {
    const filters = [view.wave ? `wave ${view.wave}` : '', view.deprivation ? `${view.deprivation} deprived` : ''].filter(Boolean).join(', ');
    // "by wave" only where the colours tell more than one wave apart (not for wave 1's sites
    // alone), or where both filters are set: "(wave 1, more deprived)" does not say which the colours show.
    const oneKind = !(view.wave && view.deprivation) && (view.colorBy === 'wave' ? view.wave : view.deprivation) != null;
    const by = oneKind ? '' : ` by ${view.colorBy === 'wave' ? 'wave' : 'deprivation'}`;
    return `Pioneer sites${filters ? ` (${filters})` : ''}${by}: key informants in ${view.year}`;
  }

  protected draw(svg: SVGSVGElement, view: SiteMapView, width: number): RenderResult {
    const filters = [view.wave ? `wave ${view.wave}` : '', view.deprivation ? `${view.deprivation} deprived` : ''].filter(Boolean);
    const layout = view.layout === 'auto' ? autoSiteLayout(width) : view.layout;
    // The notes describe the layout drawn: a new width that changes it renders them again.
    if (layout !== this._drawnLayout) {
      this._drawnLayout = layout;
      if (this.isConnected) this.requestUpdate();
    }
    const result = renderSiteMap(svg, view.sites, {
      width,
      height: this.drawHeight,
      year: view.year,
      colorBy: view.colorBy,
      layout,
      maxCount: view.maxCount,
      rows: view.rows,
      yearSources: view.yearSources,
      fontSize: this.fontSize,
      subject: filters.length ? `Pioneer sites (${filters.join(', ')})` : 'Pioneer sites',
    });
    return view.layout === 'auto' && layout === 'grid' ? { ...result, summary: `${result.summary} ${autoGridText}` } : result;
  }

  /**
   * The Table view (and the long description, and a printed table) names each site's groups
   * ("Barnsley (Wave 1, more deprived)"), which the map shows by colour and shape, and the
   * sites it names under the map as not on it. Its columns are every year the sites' labels
   * give a count for, which a note under it says, the year drawn among them.
   */
  protected override tableModelOf(result: RenderResult): TableModel {
    const model = super.tableModelOf(result);
    const sites = new Map(this.view?.sites.map((site) => [site.id, site]) ?? []);
    const unplaced = new Set(this.view?.unplaced.map((r) => r.item));
    const years = new Set(model.columns.map((c) => c.year));
    // Printed without the map (in its place on any page or, without print-table, on a page turned
    // sideways alone; or as the Table view left on screen), the table speaks of no map: none is on
    // the paper. Printed under it upright and in its place sideways (print-table), it has both
    // words, print CSS showing the page's.
    const alone = this.tableOnPaper || (this.paper && this.tableMode) || (this.tableInLandscape && !this.printTable);
    const say = (map: string, table: string): Worded => (alone ? table : this.tableInLandscape ? [map, table] : map);
    return {
      ...model,
      rows: model.rows.map((r) => {
        const site = sites.get(r.item);
        if (site) return { ...r, labelNote: siteGroups(site) };
        return unplaced.has(r.item) ? { ...r, labelNote: say('not on the map', 'not a Pioneer site') } : r;
      }),
      notes: this.view && years.size > 1 ? [...model.notes, say(yearsNote(this.view.year, false), yearsNote(this.view.year, true))] : model.notes,
    };
  }

  /**
   * A filtered map's marks are sized against the largest count of any site in any year (one
   * scale across filters): where that count is a site's not shown, its CSV gives that row too,
   * after the rows shown, so that the file read back sizes its marks alike. Not in the Table view.
   */
  protected override csvContextRows(): ReturnType<PioneerChart<SiteMapView>['csvContextRows']> {
    const view = this.view;
    const ds = this.resolveDataset().dataset;
    if (!view || !ds || view.rows.some((r) => r.item !== 'total' && r.value === view.maxCount)) return [];
    const known = new Set(sitesOf(ds).map((s) => s.id));
    const largest = rowsOf(ds, 'sample-site').find((r) => r.group === 'all' && r.response === 'count' && known.has(r.item) && r.value === view.maxCount);
    return largest ? [{ row: largest, why: 'not shown on this map: the largest count of any site in any year, which the marks\' sizes are scaled to' }] : [];
  }

  /** The CSV names each site's wave and deprivation group (the 2019 report's), as the Table view does. */
  protected override csvExtra(): ReturnType<PioneerChart<SiteMapView>['csvExtra']> {
    // Every site's (a row not shown, the count the sizes are scaled to, is named with its groups too).
    const ds = this.resolveDataset().dataset;
    const sites = new Map((ds ? sitesOf(ds) : []).map((site) => [site.id, site]));
    return {
      columns: ['site_wave', 'site_deprivation'],
      valuesOf: (row) => {
        const site = sites.get(row.item);
        return { site_wave: site?.wave ?? '', site_deprivation: site?.deprivation ?? '' };
      },
    };
  }

  protected notesOf(view: SiteMapView): TemplateResult {
    const total = html`${this._totalNote(view)}${view.unplaced.length
      ? // Worded for a table printed without the map (in its place, or as the Table view); on screen, as the map's (wordedNote).
        this.wordedNote('note unplaced', (t) => `Not ${t ? '' : 'on the map (not '}Pioneer sites${t ? '' : ')'}: ${view.unplaced.map((r) => `${r.item_label || r.item} (${formatValue(r.value, r.unit)})`).join('; ')}.`, this.paper && this.tableMode)
      : nothing}`;
    // What the drawing needs said (where marks are, the outline's source, the tiles' codes) is
    // hidden under the Table view, which lists the sites by name; a figure downloaded from it
    // (the drawing, with the notes under it: toSvg) still says it.
    const drawingOnly = this.tableMode;
    const layout = this._layoutOf(view);
    if (layout === 'map') {
      return html`${total}<p class="note drawing-only" part="note" ?hidden=${drawingOnly}>Locations are approximate centres of the areas the sites cover; marks that would overlap are moved apart, with a line to their location. Map outline: Natural Earth.</p>`;
    }
    // The grid draws no outline; its tiles carry codes, so the key to the codes is on the page
    // (and in print), not only in each tile's tooltip.
    const codes = view.sites
      .map((s) => ({ code: SITE_TILES[s.id]?.code, name: s.name }))
      .filter((d): d is { code: string; name: string } => d.code != null)
      .sort((a, b) => a.code.localeCompare(b.code, 'en'));
    return html`${total}<p class="note drawing-only" part="note" ?hidden=${drawingOnly}>Tiles are arranged roughly by geography, not to scale.${view.layout === 'auto' ? ` ${autoGridText}` : ''}</p>
      <p class="note tile-key drawing-only" part="note" ?hidden=${drawingOnly}>Tile codes: ${codes.map((d, i) => html`${i ? '; ' : ''}<b>${d.code}</b> ${d.name}`)}.</p>`;
  }

  /** "58 key informants in all in 2020 (the total row of Table 3.1, 2020 report)." — or the sum of the sites shown. */
  private _totalNote(view: SiteMapView): TemplateResult | string {
    const t = view.total;
    if (!t) return '';
    const informants = `${t.count} key informant${t.count === 1 ? '' : 's'}`;
    const text = t.printed
      ? `${informants} in all in ${view.year} (the total row of ${sourceLabel(t.printed.source_table)}, ${isReportRow(t.printed) ? `${t.printed.source_survey} report` : `survey ${t.printed.source_survey}`}).`
      : `${informants} in ${view.year} at the ${view.sites.length} site${view.sites.length === 1 ? '' : 's'} shown (the sum of their counts).${this._groupSizeNote(view)}`;
    return html`<p class="note total" part="note">${text}</p>`;
  }

  /**
   * Where the report prints its own count for the deprivation group shown, and the sites' sum
   * differs (2019: 35 / 32 printed, 33 / 34 summed), both are said: the sum is not corrected.
   */
  private _groupSizeNote(view: SiteMapView): string {
    const printed = own(PRINTED_DEPRIVATION_GROUPS, view.year);
    if (!printed || !view.deprivation || view.wave != null || !view.total) return '';
    const counted = view.rows.filter((r) => r.year === view.year);
    if (!counted.length || counted.some((r) => r.source_survey !== printed.survey || !isReportRow(r))) return '';
    const count = printed[view.deprivation];
    if (count === view.total.count) return '';
    return ` The ${printed.survey} report counts ${count} informants in the ${view.deprivation} deprived group (${printed.where}), and does not say why its site counts add up to ${view.total.count}.`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-map': SiteMap;
  }
}
