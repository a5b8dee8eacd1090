/**
 * renderSiteMap(svg, sites, options): the Pioneer sites on a map of England, one mark per
 * site at its location, coloured (and shaped) by wave or deprivation, its AREA proportional
 * to the informants of one survey year. A site with no informant that year is drawn hollow.
 * Marks that would overlap (the five London sites) are pushed apart by a few rounds of
 * relaxation, each with a leader line back to its true location.
 *
 * `layout: 'grid'` draws the same sites as equal tiles arranged roughly by geography
 * (`SITE_TILES`, a hand-authored layout) for small spaces.
 *
 * A site without a deprivation category (`deprivation: null`) is drawn as a grey diamond,
 * "Not classified", coloured by `--pioneer-site-unclassified`. None of the 25 sites lacks one,
 * so `<site-map>` never draws it (nor documents it); a page drawing sites of its own can.
 */
import { finiteOr } from './shared/numbers.js';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, type SymbolType } from './shared/shapes.js';
import type { SiteWithInformants } from '../data/query.js';
import type { ObservationRow } from '../data/types.js';
import { MAP_SHAPE } from '../data/generated/map-shape.js';
import { attr, byAttribute, byIndex, join, layer, svgElement, text } from './shared/dom.js';
import { flowLayout } from './shared/flow.js';
import type { ChartMark, RenderResult } from './shared/types.js';
import { andList, inBrackets, tableName } from './shared/format.js';
import { textSpacing, wrapText } from './shared/text-width.js';

/** An outline in its own frame (0..width × 0..height) as an SVG path; site x/y are in the same frame. */
export interface MapShape {
  width: number;
  height: number;
  path: string;
}

/** A tile of the grid layout: column, row (from the top left) and a short label. */
export interface SiteTile {
  col: number;
  row: number;
  code: string;
}

export type SiteColorBy = 'wave' | 'deprivation';
export type SiteLayout = 'map' | 'grid';

export interface SiteMapOptions {
  /** Width in px (required). */
  width: number;
  /**
   * Height in px; the map (or grid) is scaled to fit inside it with its legend. Default: the
   * map's own aspect at the full width, the whole chart capped at 760 px tall (then the
   * legend goes beside the map).
   */
  height?: number;
  /** The survey year whose informants size the marks; default the latest year any site has a count for. */
  year?: number;
  /** `wave` (default) or `deprivation`: the category that sets each mark's colour and shape. */
  colorBy?: SiteColorBy;
  /** The chart's font size in px: the legend's text is 12/14 of it (12 px at the default 14). */
  fontSize?: number;
  /** `map` (default) or `grid` (equal tiles arranged roughly by geography). */
  layout?: SiteLayout;
  /**
   * The informant count drawn at the largest mark size; default the largest count of the
   * given sites in any year, so sizes compare across years. Pass the same value for
   * filtered subsets to keep one scale.
   */
  maxCount?: number;
  /** The outline to draw; default the bundled England outline `MAP_SHAPE` (Natural Earth). */
  shape?: MapShape;
  /**
   * An empty part of the shape's frame (in frame units) where the legend may go when it
   * fits; default the North Sea corner of the bundled outline, `[[700, 0], [1000, 320]]`.
   * `null` never puts the legend inside the map.
   */
  legendInset?: [[number, number], [number, number]] | null;
  /** The published rows behind the counts, returned as `RenderResult.rows` (for the source line); default none. */
  rows?: readonly ObservationRow[];
  /**
   * Where each site's count of each year is printed, keyed "site|year" ("barnsley|2020" → "2020
   * report Table 3.1"), for the marks' labels, which list every year's count; default none (a
   * label then names the table of the year drawn, from `rows`).
   */
  yearSources?: ReadonlyMap<string, string>;
  /** What the sites are called in the summary, e.g. "wave 2 Pioneer sites"; default "Pioneer sites". */
  subject?: string;
  /** Grid tiles by site id; default `SITE_TILES`. Sites without a tile get the nearest free cell to their map position. */
  tiles?: Readonly<Record<string, SiteTile>>;
}

export const SITE_MAP_DEFAULTS = {
  maxHeight: 760,
  /** The map is never drawn shorter than this (px, the width allowing): a smaller `height` is not used. */
  minMapHeight: 160,
  padding: 8,
  /** Smallest gap between two marks after relaxation, px. */
  markGap: 1.5,
  /** Largest mark radius as a fraction of the map's scale (frame units), clamped to px limits. */
  radiusPerScale: 36,
  minMaxRadius: 8,
  maxMaxRadius: 24,
  /** Smallest radius of a hollow (no informant) mark, px. */
  hollowMinRadius: 3.5,
  relaxIterations: 400,
  /** Rounds (of the above) in which marks are also pulled back towards their true location. */
  attractIterations: 120,
  attraction: 0.04,
  /**
   * The least width (px) at which `<site-map>`'s `layout="auto"` draws the map; narrower, the
   * grid (see `autoSiteLayout`).
   */
  mapMinWidth: 560,
  tileMax: 76,
  /** The smallest grid tile, px (WCAG 2.5.8's target size), the width allowing. */
  minTile: 24,
  legendFontSize: 12,
  legendInset: [[700, 0], [1000, 320]] as [[number, number], [number, number]],
} as const;

/**
 * The layout to draw at `width` px where none is chosen: the map from `mapMinWidth` (560 px) up,
 * the grid below it. Narrower, the map shrinks with the width and its sites crowd: measured on
 * the 2019 counts, no two sites' centres are under 16 px apart from 560 px up (only the London,
 * Yorkshire and Nottingham sites' under 24 px), but 2 sites are at 480 px, 7 at 400 and 9 at
 * 320, where the marks are 4.7 to 14 px across (a finger's target is 24 px, WCAG 2.5.8). The grid there has
 * tiles of 40 px and more, its codes and counts 12 px, and every site's count printed.
 */
export const autoSiteLayout = (width: number): SiteLayout => (width >= SITE_MAP_DEFAULTS.mapMinWidth ? 'map' : 'grid');

/**
 * An approximate, hand-authored tile layout of the 25 Pioneer sites (7 columns × 8 rows):
 * north at the top, London as one row with Greenwich and Kent beneath, the South West under
 * Worcestershire. Relative positions only; it is not to scale. Seven columns, not eight (no
 * column for Cornwall alone), so that a phone's 320 px has tiles of 40 px, their text 12 px.
 */
export const SITE_TILES: Readonly<Record<string, SiteTile>> = {
  'south-tyneside': { col: 2, row: 0, code: 'STY' },
  'blackpool-and-fylde-coast': { col: 0, row: 1, code: 'BFC' },
  'airedale-wharfedale-and-craven': { col: 1, row: 1, code: 'AWC' },
  leeds: { col: 2, row: 1, code: 'LDS' },
  'vale-of-york': { col: 3, row: 1, code: 'VOY' },
  'greater-manchester': { col: 1, row: 2, code: 'GM' },
  wakefield: { col: 2, row: 2, code: 'WAK' },
  cheshire: { col: 0, row: 3, code: 'CHE' },
  barnsley: { col: 2, row: 3, code: 'BAR' },
  'nottingham-county': { col: 3, row: 3, code: 'NTS' },
  'staffordshire-and-stoke': { col: 1, row: 4, code: 'STS' },
  sheffield: { col: 2, row: 4, code: 'SHF' },
  'nottingham-city': { col: 3, row: 4, code: 'NCY' },
  'west-norfolk': { col: 5, row: 4, code: 'WNO' },
  worcestershire: { col: 1, row: 5, code: 'WOR' },
  'north-west-london': { col: 2, row: 5, code: 'NWL' },
  camden: { col: 3, row: 5, code: 'CAM' },
  islington: { col: 4, row: 5, code: 'ISL' },
  'east-london-wel': { col: 5, row: 5, code: 'WEL' },
  southend: { col: 6, row: 5, code: 'SEN' },
  'south-somerset': { col: 1, row: 6, code: 'SSO' },
  greenwich: { col: 5, row: 6, code: 'GRE' },
  kent: { col: 6, row: 6, code: 'KEN' },
  cornwall: { col: 0, row: 7, code: 'COR' },
  'south-devon-and-torbay': { col: 1, row: 7, code: 'SDT' },
};

/** A category of the colour encoding: colour (a themable CSS variable), marker shape and legend text. */
export interface SiteCategory {
  id: string;
  label: string;
  color: string;
  shape: 'circle' | 'square' | 'diamond';
}

const SYMBOLS: Record<SiteCategory['shape'], SymbolType> = { circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond };
/** Circumradius of a d3 symbol of area 1, per shape (a shape of area A reaches √A times this from its centre). */
const REACH: Record<SiteCategory['shape'], number> = { circle: 1 / Math.sqrt(Math.PI), square: Math.SQRT1_2, diamond: Math.sqrt(1 / (2 * Math.tan(Math.PI / 6))) };

/**
 * Colours, two or three per encoding, with a different marker shape per category so colour is
 * never the only cue. Okabe–Ito hues darkened until each contrasts at least 3:1 with the land
 * (#e3e3e3) and the background it sits on (WCAG 1.4.11); under its dark theme the element's
 * stylesheet sets the lighter originals through `--_site-…` (see components/site-map).
 */
const siteColor = (name: string, light: string) => `var(--_site-${name}, var(--pioneer-site-${name}, ${light}))`;

export const SITE_CATEGORIES: Record<SiteColorBy, readonly SiteCategory[]> = {
  wave: [
    { id: '1', label: 'Wave 1', color: siteColor('wave-1', '#0072B2'), shape: 'circle' },
    { id: '2', label: 'Wave 2', color: siteColor('wave-2', '#9A6A00'), shape: 'square' },
  ],
  deprivation: [
    { id: 'more', label: 'More deprived', color: siteColor('more-deprived', '#BF5500'), shape: 'square' },
    { id: 'less', label: 'Less deprived', color: siteColor('less-deprived', '#2C7BB6'), shape: 'circle' },
    { id: 'none', label: 'Not classified', color: siteColor('unclassified', '#6E6E6E'), shape: 'diamond' },
  ],
};

/** The category of a site under an encoding. */
export function categoryOf(site: SiteWithInformants, colorBy: SiteColorBy): SiteCategory {
  const cats = SITE_CATEGORIES[colorBy];
  const id = colorBy === 'wave' ? String(site.wave) : (site.deprivation ?? 'none');
  return cats.find((c) => c.id === id) ?? cats[cats.length - 1];
}

const DEPRIVATION_TEXT = { more: 'more deprived', less: 'less deprived' } as const;

/** The groups a site is in, which the map's colours and shapes show: "Wave 1, more deprived". */
export function siteGroups(site: Pick<SiteWithInformants, 'wave' | 'deprivation'>): string {
  return `Wave ${site.wave}, ${site.deprivation ? DEPRIVATION_TEXT[site.deprivation] : 'deprivation not classified'}`;
}

/**
 * "Barnsley — Wave 1, more deprived; 7 informants in 2019 (informants 2016: 3, 2017: 2, 2018: 5,
 * 2019: 7, 2020: 1)". With `sourceOf` (where each year's count of the site is printed), each run
 * of years names its table: "(informants 2016: 3, …, 2019: 7, from 2019 report Table 3.1; 2020: 1,
 * from 2020 report Table 3.1)".
 */
export function siteLabel(site: SiteWithInformants, year: number, sourceOf?: (year: number) => string | undefined): string {
  const years = Object.keys(site.informants).map(Number).sort((a, b) => a - b);
  const sources = years.map((y) => sourceOf?.(y));
  const all = years
    .map((y, i) => {
      const source = sources[i];
      const last = i === years.length - 1;
      const endsRun = source && (last || sources[i + 1] !== source);
      return `${y}: ${site.informants[y]}${endsRun ? `, from ${source}${last ? '' : ';'}` : last ? '' : ','}`;
    })
    .join(' ');
  return `${site.name} — ${siteGroups(site)}; ${countText(site.informants[year], year)}${all ? ` ${inBrackets(`informants ${all}`)}` : ''}`;
}

/** A site's label with where its count is printed: "…; 2019 report Table 3.1". */
const withSource = (label: string, source: string | undefined): string => (source ? `${label}; ${source}` : label);

function countText(n: number | undefined, year: number): string {
  if (n === undefined) return `informants in ${year} not published`;
  if (n === 0) return `no informants in ${year}`;
  return `${n} informant${n === 1 ? '' : 's'} in ${year}`;
}

/**
 * "25 Pioneer sites (wave 1: 14, wave 2: 11); in 2019, 22 had at least one informant (none
 * from A, B and C); most: Barnsley and Leeds (7)." The sites of each category `colorBy` colours
 * are counted, as the key shows them, where there are two or more (a reader told the colours by
 * the key alone would count them in the table).
 */
export function siteSummary(sites: readonly SiteWithInformants[], year: number, subject = 'Pioneer sites', colorBy?: SiteColorBy): string {
  const n = sites.length;
  if (!n) return `No ${subject} match the filters.`;
  const shown = colorBy ? presentCategories(sites, colorBy) : [];
  const byCategory = shown[1] ? ` (${shown.map(({ category, n }) => `${category.label.toLowerCase()}: ${n}`).join(', ')})` : '';
  const counts = sites.map((s) => ({ s, c: s.informants[year] }));
  const published = counts.filter((d) => d.c !== undefined);
  if (!published.length) return `${n} ${subject}${byCategory}; informants in ${year} not published.`;
  const withAny = published.filter((d) => d.c! > 0);
  const none = published.filter((d) => d.c === 0).map((d) => d.s.name);
  let text = `${n} ${subject}${byCategory}; in ${year}, ${withAny.length} had at least one informant`;
  if (none.length && none.length <= 4) text += ` ${inBrackets(`none from ${andList(none)}`)}`;
  const max = Math.max(...published.map((d) => d.c!));
  if (max > 0) text += `; most: ${andList(published.filter((d) => d.c === max).map((d) => d.s.name))} (${max})`;
  return `${text}.`;
}

/** The latest year any of the sites has a count for (undefined when none has). */
export function latestSiteYear(sites: readonly SiteWithInformants[]): number | undefined {
  const years = sites.flatMap((s) => Object.keys(s.informants).map(Number));
  return years.length ? Math.max(...years) : undefined;
}

/** A tile for every site: the given layout, else the nearest free cell to the site's map position. */
export function tilesFor(
  sites: readonly SiteWithInformants[],
  tiles: Readonly<Record<string, SiteTile>> = SITE_TILES,
  shape: MapShape = MAP_SHAPE,
): Map<string, SiteTile> {
  const out = new Map<string, SiteTile>();
  const used = new Set<string>();
  for (const s of sites) {
    const t = tiles[s.id];
    if (t && !used.has(`${t.col},${t.row}`)) {
      out.set(s.id, t);
      used.add(`${t.col},${t.row}`);
    }
  }
  const known = Object.values(tiles);
  const cols = Math.max(8, ...known.map((t) => t.col + 1));
  const rows = Math.max(8, ...known.map((t) => t.row + 1));
  for (const s of sites) {
    if (out.has(s.id)) continue;
    // A site without a map position (x, y not numbers) starts its search below the layout's rows.
    const placed = Number.isFinite(s.x) && Number.isFinite(s.y);
    const c0 = placed ? Math.round((s.x / shape.width) * (cols - 1)) : 0;
    const r0 = placed ? Math.round((s.y / shape.height) * (rows - 1)) : rows;
    let best: [number, number] = [c0, r0];
    for (let radius = 0; radius < cols + rows; radius++) {
      const ring: [number, number][] = [];
      for (let dc = -radius; dc <= radius; dc++) {
        for (let dr = -radius; dr <= radius; dr++) {
          if (Math.max(Math.abs(dc), Math.abs(dr)) !== radius) continue;
          const c = c0 + dc;
          const r = r0 + dr;
          if (c >= 0 && r >= 0 && !used.has(`${c},${r}`)) ring.push([c, r]);
        }
      }
      if (ring.length) {
        ring.sort((a, b) => Math.hypot(a[0] - c0, a[1] - r0) - Math.hypot(b[0] - c0, b[1] - r0));
        best = ring[0];
        break;
      }
    }
    used.add(`${best[0]},${best[1]}`);
    out.set(s.id, { col: best[0], row: best[1], code: s.name.replace(/[^A-Za-z ]/g, '').split(/\s+/).map((w) => w[0]).join('').slice(0, 3).toUpperCase() });
  }
  return out;
}

interface Placed {
  site: SiteWithInformants;
  category: SiteCategory;
  count: number | undefined;
  hollow: boolean;
  /** Symbol area in px². */
  area: number;
  /** Distance from the centre to the outermost point of the shape, px. */
  reach: number;
  /** True location. */
  x0: number;
  y0: number;
  /** Drawn location (after relaxation). */
  x: number;
  y: number;
  tile: SiteTile;
}

const LEADER_COLOR = 'var(--pioneer-leader-color, var(--_muted, #595959))';

/** Draws (or updates) the site map or grid in `svgEl` and returns its marks and summary. */
export function renderSiteMap(svgEl: SVGSVGElement, sites: readonly SiteWithInformants[], options: SiteMapOptions): RenderResult {
  // The legend's text size against its 12 px at a 14 px chart font.
  const legendScale = Math.max(0.5, (options.fontSize ?? 14) / 14) || 1;
  const width = Math.max(200, finiteOr(options.width, 200));
  const fixedHeight = options.height != null && Number.isFinite(options.height) && options.height > 0 ? Math.max(120, options.height) : undefined;
  const colorBy = options.colorBy ?? 'wave';
  if (!Object.hasOwn(SITE_CATEGORIES, colorBy)) throw new RangeError(`renderSiteMap: colorBy "${String(colorBy)}" is not one of ${Object.keys(SITE_CATEGORIES).join(', ')}.`);
  const layout = options.layout ?? 'map';
  const shape = options.shape ?? MAP_SHAPE;
  const year = options.year ?? latestSiteYear(sites) ?? new Date().getFullYear();
  const maxCount = Math.max(1, options.maxCount ?? Math.max(1, ...sites.flatMap((s) => Object.values(s.informants))));
  const tiles = tilesFor(sites, options.tiles ?? SITE_TILES, shape);

  // Keyboard order: by tile row (north to south), then column; Up/Down move between rows.
  const ordered = [...sites].sort((a, b) => {
    const ta = tiles.get(a.id)!;
    const tb = tiles.get(b.id)!;
    return ta.row - tb.row || ta.col - tb.col || a.id.localeCompare(b.id, 'en');
  });
  const rowIndex = [...new Set(ordered.map((s) => tiles.get(s.id)!.row))];

  const height =
    layout === 'grid'
      ? drawGrid(svgEl, ordered, tiles, { width, height: fixedHeight, year, colorBy, legendScale })
      : drawMap(svgEl, ordered, tiles, { width, height: fixedHeight, year, colorBy, legendScale, maxCount, shape, inset: options.legendInset === undefined ? SITE_MAP_DEFAULTS.legendInset : options.legendInset });
  attr(svgEl, 'viewBox', `0 0 ${width} ${height}`);
  // Text and shapes without a colour of their own take the text colour around the SVG (the
  // page's, or the element's CSS), not black: drawn into an app's SVG on a dark page they read.
  attr(svgEl, 'fill', 'currentColor');
  attr(svgEl, 'width', width);
  attr(svgEl, 'height', height);
  // Paint order, whatever order the layers were created in (e.g. after switching layout): the
  // layers last, in this order (moved only when they are not already so).
  const layers = ['land', 'leaders', 'sites', 'tiles', 'legend'].map((name) => svgEl.querySelector(`:scope > g.${name}`)).filter((g) => g !== null);
  if (!endsWith(svgEl, layers)) for (const g of layers) svgEl.appendChild(g);

  // Where each site's count for the year is printed, for its label (as every other chart's marks
  // say); where the table of every year is known, each year's count names its own.
  const yearSource = options.yearSources;
  let labelOf: (site: SiteWithInformants) => string;
  if (yearSource?.size) labelOf = (site) => siteLabel(site, year, (y) => yearSource.get(`${site.id}|${y}`));
  else {
    const sourceOf = new Map<string, string>();
    for (const r of options.rows ?? []) if (r.year === year && r.measure === 'sample-site' && !sourceOf.has(r.item)) sourceOf.set(r.item, tableName(r));
    labelOf = (site) => withSource(siteLabel(site, year), sourceOf.get(site.id));
  }
  const marks: ChartMark[] = ordered.map((site) => {
    const el = svgEl.querySelector<SVGElement>(`[data-key="${cssEscape(site.id)}"]`);
    const ax = Number(el?.getAttribute('data-cx') ?? 0);
    const ay = Number(el?.getAttribute('data-cy') ?? 0) - Number(el?.getAttribute('data-reach') ?? 0);
    return {
      key: site.id,
      label: labelOf(site),
      anchor: [ax, ay],
      detail: { kind: 'site', site: site.id, year },
      series: rowIndex.indexOf(tiles.get(site.id)!.row),
    };
  });
  const heightNeeded = fixedHeight !== undefined && height > (options.height ?? 0) + 0.5 ? height : undefined;
  return { marks, rows: [...(options.rows ?? [])], summary: siteSummary(sites, year, options.subject, colorBy), heightNeeded };
}

/** The grid layout: `renderSiteMap` with `layout: 'grid'`. */
export const renderSiteGrid = (svgEl: SVGSVGElement, sites: readonly SiteWithInformants[], options: Omit<SiteMapOptions, 'layout'>): RenderResult =>
  renderSiteMap(svgEl, sites, { ...options, layout: 'grid' });

/** Whether the last element children of `parent` are `nodes`, in this order. */
function endsWith(parent: Element, nodes: readonly Element[]): boolean {
  let el = parent.lastElementChild;
  for (let i = nodes.length - 1; i >= 0; i--, el = el.previousElementSibling) if (el !== nodes[i]) return false;
  return true;
}

const cssEscape = (s: string): string => s.replace(/["\\]/g, '\\$&');

// ---- map ---------------------------------------------------------------------------

interface MapLayout {
  width: number;
  height?: number;
  year: number;
  colorBy: SiteColorBy;
  /** The legend's text size against its own at a 14 px chart font. */
  legendScale: number;
  maxCount: number;
  shape: MapShape;
  inset: [[number, number], [number, number]] | null;
}

function drawMap(svg: SVGSVGElement, sites: SiteWithInformants[], tiles: Map<string, SiteTile>, o: MapLayout): number {
  const d = SITE_MAP_DEFAULTS;
  const pad = d.padding;
  removeLayers(svg, ['tiles']);
  const innerW = o.width - 2 * pad;
  const present = presentCategories(sites, o.colorBy);
  // The groups of the sites with no informant that year, each of which the key draws hollow.
  const hollow = present.filter(({ category }) => sites.some((site) => !site.informants[o.year] && categoryOf(site, o.colorBy).id === category.id)).map((c) => c.category);

  // Scale: the full width at the map's own aspect, within the height (given, or capped).
  const fitScale = (availH: number, availW = innerW) => Math.max(0.05, Math.min(availW / o.shape.width, availH / o.shape.height));
  const radiusFor = (s: number) => Math.max(d.minMaxRadius, Math.min(d.maxMaxRadius, s * d.radiusPerScale));
  const areaPerInformant = (s: number) => (Math.PI * radiusFor(s) ** 2) / o.maxCount;
  const legendFor = (s: number, anyLeader: boolean) =>
    legendItems(present, o.year, { kind: 'map', sizes: sizeKeyValues(o.maxCount), areaPerInformant: areaPerInformant(s), leader: anyLeader, hollow }, o.legendScale, innerW);

  // A height too small for the map and its legend is not used: the map keeps a legible size
  // (minScale) and the drawing its height, which the result's heightNeeded then says.
  const minScale = fitScale(d.minMapHeight);
  let scale = Math.max(minScale, fitScale((o.height ?? d.maxHeight) - 2 * pad));
  let placed = placeMarks(sites, tiles, scale, 0, 0, o, areaPerInformant(scale));
  let anyLeader = placed.some(isDisplaced);
  let items = legendFor(scale, anyLeader);
  let stack = stackSize(items);
  let mapW = o.shape.width * scale;
  let mapH = o.shape.height * scale;
  let placement: 'right' | 'inset' | 'below';
  const gap = 16;
  if (innerW - mapW >= stack.width + gap && stack.height <= (o.height ?? d.maxHeight) - 2 * pad) placement = 'right';
  else if (o.inset && stack.width <= (o.inset[1][0] - o.inset[0][0]) * scale && stack.height <= (o.inset[1][1] - o.inset[0][1]) * scale) placement = 'inset';
  else placement = 'below';

  // Under the map, the legend flows as wide as the map (240 px at least), or as its widest entry
  // (enlarged text: "No informants in 2019" at 200%), within the chart's width.
  const flowWidth = () => Math.min(innerW, Math.max(mapW, 240, stackSize(items).width));
  let flow = flowLayout(items, flowWidth(), 16, 6);
  const budget = (o.height ?? d.maxHeight) - 2 * pad - 8;
  if (placement === 'below' && mapH + flow.height > budget) {
    // Make room under the map for the legend; the marks (and so the legend's size key) shrink a little.
    for (let k = 0; k < 2; k++) {
      scale = Math.max(minScale, fitScale(budget - flow.height));
      placed = placeMarks(sites, tiles, scale, 0, 0, o, areaPerInformant(scale));
      anyLeader = placed.some(isDisplaced);
      items = legendFor(scale, anyLeader);
      mapW = o.shape.width * scale;
      mapH = o.shape.height * scale;
      flow = flowLayout(items, flowWidth(), 16, 6);
    }
  }

  // Position the block: the map (and a legend at its right) centred in the width.
  const blockW = placement === 'right' ? mapW + gap + stack.width : mapW;
  const mapX = pad + Math.max(0, (innerW - blockW) / 2);
  const mapY = pad;
  for (const p of placed) {
    p.x += mapX;
    p.y += mapY;
    p.x0 += mapX;
    p.y0 += mapY;
  }
  let legendX: number;
  let legendY: number;
  let positions: [number, number][];
  let total: number;
  if (placement === 'right') {
    legendX = mapX + mapW + gap;
    legendY = mapY;
    positions = stackPositions(items);
    total = Math.max(mapH, stack.height) + 2 * pad;
  } else if (placement === 'inset') {
    legendX = mapX + o.inset![0][0] * scale + ((o.inset![1][0] - o.inset![0][0]) * scale - stack.width);
    legendY = mapY + o.inset![0][1] * scale;
    positions = stackPositions(items);
    total = mapH + 2 * pad;
  } else {
    legendX = Math.min(mapX, Math.max(pad, o.width - pad - flowWidth()));
    legendY = mapY + mapH + 8;
    positions = flow.positions;
    total = mapH + 8 + flow.height + 2 * pad;
  }
  const height = Math.max(o.height ?? 0, Math.ceil(total));

  // Land.
  const land = layer(svg, 'land');
  attr(land, 'aria-hidden', 'true');
  attr(land, 'part', 'land');
  const landTransform = `translate(${round(mapX)},${round(mapY)}) scale(${round(scale, 5)})`;
  join(land, 'land', [o.shape], byIndex, landPrototype, (path, s) => {
    attr(path, 'd', s.path);
    attr(path, 'transform', landTransform);
  });

  // Leader lines from each displaced mark back to its true location.
  const leaders = layer(svg, 'leaders');
  attr(leaders, 'aria-hidden', 'true');
  join(leaders, 'leader', placed.filter(isDisplaced), siteKey, leaderPrototype, (g, p) => {
    // A path rather than a line, so that its ends move with the marks (CSS transitions animate `d`).
    attr(g.firstElementChild!, 'd', `M${round(p.x0, 3)},${round(p.y0, 3)}L${round(p.x, 3)},${round(p.y, 3)}`);
    const dot = g.lastElementChild!;
    attr(dot, 'cx', round(p.x0));
    attr(dot, 'cy', round(p.y0));
  });

  // The marks: larger first so that a smaller one is never hidden.
  const drawOrder = [...placed].sort((a, b) => b.area - a.area || a.site.id.localeCompare(b.site.id, 'en'));
  const sitesLayer = layer(svg, 'sites');
  attr(sitesLayer, 'part', 'sites');
  join(sitesLayer, 'site', drawOrder, siteKey, sitePrototype, (path, p) => {
    attr(path, 'class', `site site-mark ${p.hollow ? 'hollow' : 'filled'}`);
    attr(path, 'data-key', p.site.id);
    attr(path, 'data-category', p.category.id);
    attr(path, 'data-shape', p.category.shape);
    attr(path, 'data-count', p.count === undefined ? '' : p.count);
    attr(path, 'data-area', round(p.area, 3));
    attr(path, 'data-reach', round(p.reach, 3));
    attr(path, 'data-cx', round(p.x, 3));
    attr(path, 'data-cy', round(p.y, 3));
    attr(path, 'transform', `translate(${round(p.x, 3)},${round(p.y, 3)})`);
    attr(path, 'd', symbol(SYMBOLS[p.category.shape], p.area)());
    attr(path, 'fill', p.hollow ? 'none' : p.category.color);
    attr(path, 'stroke', p.hollow ? p.category.color : 'var(--_bg, var(--pioneer-background, #fff))');
    attr(path, 'stroke-width', p.hollow ? 1.75 : 1);
  });

  drawLegend(svg, items, positions, legendX, legendY);
  return height;
}

const isDisplaced = (p: Placed): boolean => Math.hypot(p.x - p.x0, p.y - p.y0) > Math.max(1, p.reach * 0.5);

/** Sizes the marks and pushes overlapping ones apart (positions relative to the map's origin). */
function placeMarks(
  sites: SiteWithInformants[],
  tiles: Map<string, SiteTile>,
  scale: number,
  ox: number,
  oy: number,
  o: MapLayout,
  areaPerInformant: number,
): Placed[] {
  const d = SITE_MAP_DEFAULTS;
  const hollowArea = Math.max(areaPerInformant, Math.PI * d.hollowMinRadius ** 2);
  const placed: Placed[] = sites.map((site) => {
    const category = categoryOf(site, o.colorBy);
    const count = site.informants[o.year];
    const hollow = !count;
    const area = hollow ? hollowArea : count * areaPerInformant;
    if (!Number.isFinite(site.x) || !Number.isFinite(site.y)) {
      throw new RangeError(`renderSiteMap: ${site.name} has no map position (x ${String(site.x)}, y ${String(site.y)}); give both in the map shape's units, or draw layout "grid".`);
    }
    const x0 = ox + site.x * scale;
    const y0 = oy + site.y * scale;
    return { site, category, count, hollow, area, reach: Math.sqrt(area) * REACH[category.shape], x0, y0, x: x0, y: y0, tile: tiles.get(site.id)! };
  });
  relax(placed, [ox, oy, ox + o.shape.width * scale, oy + o.shape.height * scale]);
  return placed;
}

/**
 * Simple relaxation: overlapping pairs are pushed apart along the line between their
 * centres, with a weak pull back to the true location in the first rounds; then pushes
 * alone until no pair overlaps. Deterministic (sites in a fixed order).
 */
function relax(nodes: Placed[], [x0, y0, x1, y1]: [number, number, number, number]): void {
  const d = SITE_MAP_DEFAULTS;
  const clamp = (n: Placed) => {
    n.x = Math.max(x0 + n.reach, Math.min(x1 - n.reach, n.x));
    n.y = Math.max(y0 + n.reach, Math.min(y1 - n.reach, n.y));
  };
  for (let it = 0; it < d.relaxIterations; it++) {
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let dist = Math.hypot(dx, dy);
        const min = a.reach + b.reach + d.markGap;
        if (dist >= min) continue;
        overlaps++;
        if (dist < 1e-6) {
          // Coincident: separate along a direction fixed by the pair's order.
          const angle = (i * 137.5 + j * 57.3) * (Math.PI / 180);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          dist = 1;
        }
        // A little past touching, so the last rounds converge quickly.
        const push = ((min - Math.hypot(b.x - a.x, b.y - a.y)) / 2 + 0.05) / dist;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
    }
    if (it < d.attractIterations) {
      for (const n of nodes) {
        n.x += (n.x0 - n.x) * d.attraction;
        n.y += (n.y0 - n.y) * d.attraction;
      }
    } else if (!overlaps) {
      break;
    }
    nodes.forEach(clamp);
  }
}

// ---- grid --------------------------------------------------------------------------

interface GridLayout {
  width: number;
  height?: number;
  year: number;
  colorBy: SiteColorBy;
  /** The legend's text size against its own at a 14 px chart font. */
  legendScale: number;
}

function drawGrid(svg: SVGSVGElement, sites: SiteWithInformants[], tiles: Map<string, SiteTile>, o: GridLayout): number {
  const d = SITE_MAP_DEFAULTS;
  const pad = d.padding;
  removeLayers(svg, ['land', 'leaders', 'sites']);
  const innerW = o.width - 2 * pad;
  const all = [...tiles.values()];
  const cols = Math.max(1, ...all.map((t) => t.col + 1));
  const rows = Math.max(1, ...all.map((t) => t.row + 1));
  const present = presentCategories(sites, o.colorBy);
  const gap = 16;

  // Tiles never smaller than a finger (24 px, the width allowing): a smaller `height` is not used.
  const minStep = Math.min(d.minTile, innerW / cols);
  // Larger text (the chart's font size) may take larger tiles, the width allowing.
  let step = Math.max(minStep, Math.min(d.tileMax * Math.max(1, o.legendScale), innerW / cols, o.height !== undefined ? (o.height - 2 * pad) / rows : Infinity));
  let items = legendItems(present, o.year, { kind: 'grid', showCounts: step >= 34 }, o.legendScale, innerW);
  const stack = stackSize(items);
  let placement: 'right' | 'below' = innerW - cols * step >= stack.width + gap ? 'right' : 'below';
  let flow = flowLayout(items, innerW, 16, 6);
  if (placement === 'below' && o.height !== undefined) {
    step = Math.max(minStep, Math.min(step, (o.height - 2 * pad - flow.height - 8) / rows));
    items = legendItems(present, o.year, { kind: 'grid', showCounts: step >= 34 }, o.legendScale, innerW);
    flow = flowLayout(items, innerW, 16, 6);
  }
  if (placement === 'right' && innerW - cols * step < stackSize(items).width + gap) placement = 'below';
  const tileGap = Math.max(2, Math.round(step * 0.08));
  const size = step - tileGap;
  const gridW = cols * step - tileGap;
  const gridH = rows * step - tileGap;
  const blockW = placement === 'right' ? gridW + gap + stack.width : gridW;
  const gx = pad + Math.max(0, (innerW - blockW) / 2);
  const gy = pad;
  const showCounts = step >= 34;
  const codeSize = tileTextSize(size, o.legendScale);

  const data = sites.map((site) => {
    const tile = tiles.get(site.id)!;
    const count = site.informants[o.year];
    return { site, tile, count, hollow: !count, category: categoryOf(site, o.colorBy), x: gx + tile.col * step, y: gy + tile.row * step };
  });
  const tilesLayer = layer(svg, 'tiles');
  attr(tilesLayer, 'part', 'sites');
  // What every tile shares at this size.
  const side = round(size, 3);
  const reach = round(size / 2, 3);
  const rx = Math.min(4, size * 0.1);
  const markerAt = round(Math.max(5, size * 0.16), 2);
  const markerTransform = `translate(${markerAt},${markerAt})`;
  const markerArea = Math.max(12, (size * 0.14) ** 2);
  const textX = round(size / 2, 2);
  const codeY = round(showCounts ? size * 0.5 : size / 2 + codeSize * 0.35, 2);
  const codeFont = `${round(codeSize, 1)}px`;
  // A line (1.2 em) under the code: their text boxes (ascent to descent, 1.16 em) just clear.
  const countY = round(size * 0.5 + codeSize * 1.2, 2);
  join(tilesLayer, 'tile', data, siteKey, tilePrototype, (g, t) => {
    attr(g, 'class', `tile ${t.hollow ? 'hollow' : 'filled'}`);
    attr(g, 'data-key', t.site.id);
    attr(g, 'data-category', t.category.id);
    attr(g, 'data-count', t.count === undefined ? '' : t.count);
    attr(g, 'data-cx', round(t.x + size / 2, 3));
    attr(g, 'data-cy', round(t.y + size / 2, 3));
    attr(g, 'data-reach', reach);
    attr(g, 'transform', `translate(${round(t.x, 3)},${round(t.y, 3)})`);
    // The prototype's children, in order: box, marker, code, count.
    const box = g.firstElementChild!;
    attr(box, 'width', side);
    attr(box, 'height', side);
    attr(box, 'rx', rx);
    attr(box, 'fill', t.hollow ? 'var(--_bg, var(--pioneer-background, #fff))' : t.category.color);
    attr(box, 'fill-opacity', t.hollow ? 1 : 0.3);
    attr(box, 'stroke', t.category.color);
    attr(box, 'stroke-dasharray', t.hollow ? '3 2' : null);
    const marker = box.nextElementSibling!;
    attr(marker, 'transform', markerTransform);
    attr(marker, 'd', symbol(SYMBOLS[t.category.shape], markerArea)());
    attr(marker, 'fill', t.hollow ? 'none' : t.category.color);
    attr(marker, 'stroke', t.category.color);
    const code = marker.nextElementSibling!;
    attr(code, 'x', textX);
    attr(code, 'y', codeY);
    fontSize(code, codeFont);
    text(code, t.tile.code);
    const count = code.nextElementSibling!;
    attr(count, 'x', textX);
    attr(count, 'y', countY);
    // As large as the code (not 0.9 of it, under the legend's 12 px on a phone): the figure is read too.
    fontSize(count, codeFont);
    attr(count, 'display', showCounts ? null : 'none');
    text(count, t.count === undefined ? '–' : String(t.count));
  });

  let legendX: number;
  let legendY: number;
  let positions: [number, number][];
  let total: number;
  if (placement === 'right') {
    legendX = gx + gridW + gap;
    legendY = gy;
    positions = stackPositions(items);
    total = Math.max(gridH, stackSize(items).height) + 2 * pad;
  } else {
    legendX = pad;
    legendY = gy + gridH + 8;
    positions = flow.positions;
    total = gridH + 8 + flow.height + 2 * pad;
  }
  drawLegend(svg, items, positions, legendX, legendY);
  return Math.max(o.height ?? 0, Math.ceil(total));
}

/**
 * The size (px) of a tile's code and count, `k` the chart's font size against 14 px: they follow
 * it (15 px at 14 px text), within their tiles (0.3 of a tile), and are never smaller than the
 * legend's text (12 px at 14 px) in a tile of three times that or more (36 px: a phone's 290 px),
 * which holds the two lines under its marker.
 */
function tileTextSize(size: number, k: number): number {
  const fitted = size * 0.3;
  return Math.max(8, Math.min(15 * k, size < 36 * k ? fitted : Math.max(12 * k, fitted)));
}

// ---- legend ------------------------------------------------------------------------

interface LegendItem {
  key: string;
  /** Its size as drawn (after `scale`). */
  width: number;
  height: number;
  /** Builds the entry's content (detached), in its own frame. */
  draw: (doc: Document) => Element[];
  /** Drawn scaled by this (its text follows the chart's font size); the size key is not (its circles are the marks' areas). */
  scale?: number;
}

/** An entry of text and small keys, scaled as a whole by `k` with the chart's font size. */
const scaled = (item: LegendItem, k: number): LegendItem => (k === 1 ? item : { ...item, width: item.width * k, height: item.height * k, scale: k });

type LegendSpec =
  | { kind: 'map'; sizes: number[]; areaPerInformant: number; leader: boolean; hollow: SiteCategory[] }
  | { kind: 'grid'; showCounts: boolean };

const FONT = SITE_MAP_DEFAULTS.legendFontSize;
const ROW = 18;
/** A rough text width with the text's spacing (no layout engine is assumed: the renderer also runs detached). */
const textWidth = (text: string): number => {
  const { letter, word } = textSpacing();
  return text.length * (FONT * 0.62 + letter) + (text.split(' ').length - 1) * word;
};

function presentCategories(sites: readonly SiteWithInformants[], colorBy: SiteColorBy): { category: SiteCategory; n: number }[] {
  return SITE_CATEGORIES[colorBy]
    .map((category) => ({ category, n: sites.filter((s) => categoryOf(s, colorBy).id === category.id).length }))
    .filter((c) => c.n > 0);
}

/** Values for the size key: 1 and round numbers up to the largest count. */
function sizeKeyValues(maxCount: number): number[] {
  if (maxCount >= 10) return [1, 5, 10];
  if (maxCount >= 5) return [1, 3, 5];
  return [...new Set([1, maxCount])];
}

/**
 * The legend's entries; `k` scales their text with the chart's font size. `room`: the chart's
 * inner width (px), which an entry's label wraps to fit where it is wider.
 */
function legendItems(present: { category: SiteCategory; n: number }[], year: number, spec: LegendSpec, k: number, room: number): LegendItem[] {
  // A swatch (14 px wide a shape) and its label (14 px a line, as the leader's entry).
  const swatched = (key: string, label: string, swatch: (doc: Document) => SVGElement[], shapes = 1): LegendItem => {
    const at = 14 * shapes + 6;
    // Where one line would be wider than the chart (a reader's large text on a phone), wrapped at spaces.
    const lines = wrapText(label, room / k - at, FONT);
    return scaled({
      key,
      width: at + Math.max(...lines.map(textWidth)),
      height: ROW + 14 * (lines.length - 1),
      draw: (doc) => [...swatch(doc), ...lines.map((t, i) => legendText(doc, at, 9 + i * 14, t))],
    }, k);
  };
  const items: LegendItem[] = present.map(({ category, n }) =>
    // Sites, not informants (the size key beside it counts informants).
    swatched(`cat-${category.id}`, `${category.label} (${n} site${n === 1 ? '' : 's'})`, (doc) => [
      svgElement(doc, 'path', { transform: 'translate(7,9)', d: symbol(SYMBOLS[category.shape], 90)(), fill: category.color, stroke: 'none' }),
    ]),
  );
  // On the map an empty site is its group's shape drawn hollow, so the key draws each such shape
  // hollow (a hollow circle alone, read as "a circle's group, no informants", left the 2019
  // map's hollow squares, in greyscale, matching no entry); a map with none, a hollow circle.
  const muted = 'var(--_muted, var(--pioneer-muted-color, #595959))';
  const hollow = spec.kind === 'map' && spec.hollow.length ? spec.hollow : [{ shape: 'circle' as const, color: muted }];
  items.push(swatched('hollow', `No informants in ${year}`, (doc) =>
    spec.kind === 'grid'
      ? [svgElement(doc, 'rect', { x: 1, y: 3, width: 12, height: 12, rx: 1.5, fill: 'none', stroke: muted, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' })]
      : hollow.map(({ shape, color }, i) =>
          svgElement(doc, 'path', { transform: `translate(${7 + 14 * i},9)`, d: symbol(SYMBOLS[shape], 64)(), fill: 'none', stroke: color, 'stroke-width': 1.75, 'data-shape': shape })),
    spec.kind === 'grid' ? 1 : hollow.length));
  if (spec.kind === 'map') {
    const title = [`Informants in ${year}`, '(mark area)'];
    const radii = spec.sizes.map((v) => Math.sqrt((v * spec.areaPerInformant) / Math.PI));
    // The circles are the marks' own areas; only the text (and the room it takes) follows the font size.
    const keyW = radii.reduce((w, r) => w + Math.max(2 * r, 14 * k) + 10, 0);
    const maxR = Math.max(...radii);
    items.push({
      key: 'size',
      width: Math.max(keyW, ...title.map((t) => textWidth(t) * k)),
      height: (2 * 14 + 4) * k + 2 * maxR + 14 * k,
      draw: (doc) => {
        const out = title.map((t, i) => legendText(doc, 0, (7 + i * 14) * k, t, {}, k));
        let x = 0;
        spec.sizes.forEach((v, i) => {
          const r = radii[i];
          const w = Math.max(2 * r, 14 * k);
          const cy = 32 * k + maxR;
          out.push(
            svgElement(doc, 'circle', { cx: x + w / 2, cy, r, fill: 'none', stroke: 'var(--_muted, var(--pioneer-muted-color, #595959))' }),
            legendText(doc, x + w / 2, cy + maxR + 8 * k, String(v), { 'text-anchor': 'middle' }, k),
          );
          x += w + 10;
        });
        return out;
      },
    });
    if (spec.leader) {
      const said = ['Moved apart; line to', 'true location'];
      const lines = said.every((t) => textWidth(t) <= room / k - 22) ? said : wrapText(said.join(' '), room / k - 22, FONT);
      items.push(scaled({
        key: 'leader',
        width: 22 + Math.max(...lines.map(textWidth)),
        height: ROW + 14 * (lines.length - 1),
        draw: (doc) => [
          svgElement(doc, 'line', { x1: 2, y1: 9, x2: 16, y2: 9, stroke: LEADER_COLOR }),
          svgElement(doc, 'circle', { cx: 2, cy: 9, r: 1.75, fill: LEADER_COLOR }),
          ...lines.map((t, i) => legendText(doc, 22, 9 + i * 14, t)),
        ],
      }, k));
    }
  } else {
    if (spec.showCounts) {
      // Wrapped as the entries above are, where one line would be wider than the chart.
      const lines = wrapText(`Number: informants in ${year}`, room / k, FONT);
      items.push(scaled({
        key: 'grid-note',
        width: Math.max(...lines.map(textWidth)),
        height: ROW + 14 * (lines.length - 1),
        draw: (doc) => lines.map((t, i) => legendText(doc, 0, 9 + i * 14, t)),
      }, k));
    }
  }
  return items;
}

function legendText(doc: Document, x: number, y: number, label: string, attributes: Readonly<Record<string, string | number>> = {}, k = 1): SVGElement {
  const el = svgElement(doc, 'text', { x, y, dy: '0.32em' });
  fontSize(el, `${round(FONT * k, 2)}px`);
  for (const name in attributes) el.setAttribute(name, String(attributes[name]));
  el.textContent = label;
  return el;
}

function stackSize(items: LegendItem[]): { width: number; height: number } {
  return { width: Math.max(0, ...items.map((i) => i.width)), height: items.reduce((h, i) => h + i.height + 4, 0) };
}

function stackPositions(items: LegendItem[]): [number, number][] {
  let y = 0;
  return items.map((i) => {
    const p: [number, number] = [0, y];
    y += i.height + 4;
    return p;
  });
}

function drawLegend(svg: SVGSVGElement, items: LegendItem[], positions: [number, number][], x: number, y: number): void {
  const legend = layer(svg, 'legend');
  attr(legend, 'part', 'legend');
  attr(legend, 'aria-hidden', 'true');
  attr(legend, 'transform', `translate(${round(x)},${round(y)})`);
  join(legend, 'legend-item', items, byLegendKey, legendItemPrototype, (g, item, k) => {
    attr(g, 'transform', `translate(${round(positions[k][0])},${round(positions[k][1])})${item.scale ? ` scale(${round(item.scale, 4)})` : ''}`);
    // Legend entries are rebuilt whole (they hold no focus or transition state); the new
    // content replaces the old only when it differs, so an unchanged redraw writes nothing.
    const content = item.draw(g.ownerDocument);
    if (!sameNodes(g.childNodes, content)) g.replaceChildren(...content);
  });
}

/** Whether `nodes` are equal, one to one, to `elements` (same tags, attributes and content). */
function sameNodes(nodes: NodeListOf<ChildNode>, elements: readonly Element[]): boolean {
  return nodes.length === elements.length && elements.every((el, i) => el.isEqualNode(nodes[i]));
}

function removeLayers(svg: SVGSVGElement, classes: string[]): void {
  for (const c of classes) svg.querySelector(`:scope > g.${c}`)?.remove();
}

/**
 * Sets the font size unless it already is `value`: an attribute, as the other charts' sizes are,
 * not a `style` (a server-rendered page under a Content-Security-Policy without inline styles
 * would drop a style attribute, and its text take the chart's size).
 */
function fontSize(el: Element, value: string): void {
  attr(el, 'font-size', value);
}

// ---- prototypes --------------------------------------------------------------------
// Each node's constant attributes; the joins above write only what depends on the data.

const landPrototype = (doc: Document) => svgElement(doc, 'path', { class: 'land', fill: 'var(--_land, var(--pioneer-land-color, #e3e3e3))', stroke: 'none' });

const leaderPrototype = (doc: Document) =>
  svgElement(doc, 'g', { class: 'leader' }, [
    svgElement(doc, 'path', { class: 'leader-line', fill: 'none', stroke: LEADER_COLOR, 'stroke-width': 1 }),
    svgElement(doc, 'circle', { r: 1.75, fill: LEADER_COLOR }),
  ]);

const sitePrototype = (doc: Document) => svgElement(doc, 'path', { class: 'site site-mark', part: 'site', 'pointer-events': 'all' });

const tilePrototype = (doc: Document) =>
  svgElement(doc, 'g', { class: 'tile' }, [
    svgElement(doc, 'rect', { class: 'tile-box site-mark', part: 'site', 'stroke-width': 1.5 }),
    svgElement(doc, 'path', { class: 'tile-marker', 'aria-hidden': 'true', 'stroke-width': 1 }),
    // Hidden from screen readers, as the map's marks are: a bare code and count ("STY", "4") say
    // nothing read alone; the marks' labels (arrow keys), the summary and the table say it all.
    svgElement(doc, 'text', { class: 'tile-code', 'text-anchor': 'middle', 'font-weight': 600, 'pointer-events': 'none', 'aria-hidden': 'true' }),
    svgElement(doc, 'text', { class: 'tile-count', 'text-anchor': 'middle', 'pointer-events': 'none', 'aria-hidden': 'true' }),
  ]);

const legendItemPrototype = (doc: Document) => svgElement(doc, 'g', { class: 'legend-item' });

// Keys that are attributes the marks carry anyway (tests and the focus code read them): no `data-joined` besides.
const siteKey = byAttribute('data-site', (p: { site: { id: string } }) => p.site.id);
const byLegendKey = byAttribute('data-legend', (i: { key: string }) => i.key);

const round = (n: number, digits = 2): number => {
  const k = 10 ** digits;
  return Math.round(n * k) / k;
};
