/**
 * renderTrend(svg, series, options): a line chart across survey years. Missing years are
 * gaps (never joined across), an isolated year is still a point, and each series' gap year
 * gets a hollow, dashed marker of the series' shape on the baseline whose label names the
 * series, the year and why the value is missing. A series with no value in any year is still
 * drawn, as its gap markers, so that no item asked for is silently left out.
 */
import { assertFigures, cycle, finiteOr } from './shared/numbers.js';
import { scaleLinear, scalePoint } from './shared/scale.js';
import { line, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, symbolTriangleDown } from './shared/shapes.js';
import type { SeriesPoint } from '../data/query.js';
import type { ObservationRow } from '../data/types.js';
import { applyAxisBottom, applyAxisLeft } from './shared/axis.js';
import { attr, byAttribute, byIndex, join, layer, svgElement, text } from './shared/dom.js';
import { andList, dashText, displayLabel, figureText, formatBase, formatValue, inBrackets, namedInSentence, printedBaseOf, tableName, withPrinted } from './shared/format.js';
import { responseLabel, tableBaseRangeText } from '../data/vocabulary.js';
import { unfitText } from './shared/unfit.js';
import { seriesColor } from './shared/palette.js';
import { textWidth, wrapBalanced } from './shared/text-width.js';
import type { ChartMark, GapCell, RenderResult } from './shared/types.js';

export interface TrendSeries {
  item: string;
  label: string;
  /** Read, never changed: a caller's readonly array is taken as it is. */
  points: readonly SeriesPoint[];
  /** Index into the palette and marker shapes, stable when other series are hidden. */
  colorIndex: number;
}

export interface TrendOptions {
  /** Width in px (required). */
  width: number;
  /** Height in px; default 0.55 × width, clamped to 240–460. Never less than its axis and line-end labels need (the result's `heightNeeded` then says what was drawn). */
  height?: number;
  /** Years on the x axis; default every year of the series (each year any of them has a point for). */
  years?: readonly number[];
  /** `percent` (0–100 axis) or `count`; default from the data, else percent. */
  unit?: 'percent' | 'count';
  /** Subject of the summary sentence, e.g. "‘Most important’ objectives". Default "Value". */
  subject?: string;
  /** Direct labels at line ends when the width allows; default true. */
  directLabels?: boolean;
  /** Font size in px that margins and label widths are sized from; default 14. */
  fontSize?: number;
  /**
   * The language of the items' labels (the data's), set as `lang` on the label text, e.g. `cy`
   * for a researcher's Welsh items; the rest of the chart's words are English. Default: not set.
   */
  labelLang?: string;
  /**
   * What the y axis counts, written above it (e.g. "Number of informants"): a count axis's
   * plain numbers would otherwise read as percentages. Default none.
   */
  yTitle?: string;
  /** What a count counts, singular and plural (e.g. ['informant', 'informants']): said after each count in labels and the summary. Default none. */
  countNoun?: readonly [string, string];
}

const seriesPrototype = (doc: Document) =>
  svgElement(doc, 'g', { class: 'line-series', role: 'img' }, [svgElement(doc, 'path', { class: 'line', fill: 'none', 'stroke-width': 2.5, 'stroke-linejoin': 'round' })]);
// A point's outline (the background colour) is the element's CSS; its fill is its series'.
// Keys that are attributes the marks carry anyway (tests and the focus code read them): no `data-joined` besides.
const byItem = byAttribute('data-item', (s: TrendSeries) => s.item);
const byYear = byAttribute('data-year', (p: { year: number }) => String(p.year));
const pointPrototype = (doc: Document) => svgElement(doc, 'path', { class: 'point' });
const yTitleText = (doc: Document) => svgElement(doc, 'text', { class: 'y-title-text muted', x: 0 });
const gapStripLabel = (doc: Document) => svgElement(doc, 'text', { class: 'gap-strip-label muted', 'text-anchor': 'end', dy: '0.32em' });
// A gap: the series' marker, hollow and dashed, outlined in the series' colour. Unfilled (it
// reads as "no value" against the filled points), so `pointer-events` keeps its inside hoverable.
// Drawn smaller where crowded, its outline (and focus ring) keeps its width.
const gapPrototype = (doc: Document) =>
  svgElement(doc, 'path', { class: 'gap-mark', fill: 'none', 'stroke-width': 1.5, 'stroke-dasharray': '2 1.5', 'pointer-events': 'all', 'vector-effect': 'non-scaling-stroke' });
/** A direct label: its lines (tspans: the whole label, wrapped), and a <title> with the whole label. */
const directLabelPrototype = (doc: Document) => svgElement(doc, 'text', { class: 'direct-label' }, [svgElement(doc, 'title')]);
const directLinePrototype = (doc: Document) => svgElement(doc, 'tspan', { class: 'direct-line' });
/** A direct label's key: its series' marker before the label's first line, which pairs label and line by shape wherever the labels are moved apart. */
const directMarkerPrototype = (doc: Document) => svgElement(doc, 'path', { class: 'direct-marker' });
/** The room (px) a direct label's marker takes before its text: the 64 px² marker (at most 12 px across) and a gap that grows with the text. */
const directMarkerRoom = (labelFont: number) => Math.round(10 + labelFont * 0.35);

/** One marker shape per series colour, so that no two of the 8 series differ by colour alone. */
const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolTriangleDown, symbolTimes, symbolStar];
/** The marker path of each series, 64 px² (the same for every draw: made once, when first drawn). */
const shapes: string[] = [];
/** The path of a series' marker, centred on 0,0: the points draw it, and so does the legend's key. */
export const seriesMarker = (colorIndex: number): string => (shapes[cycle(colorIndex, SYMBOLS.length)] ??= symbol(SYMBOLS[cycle(colorIndex, SYMBOLS.length)], 64)());
const gapShapes: string[] = [];
/** The same shape, smaller (49 px², 7 px across): a gap marker, several of which may share a year. */
const gapMarker = (colorIndex: number): string => (gapShapes[cycle(colorIndex, SYMBOLS.length)] ??= symbol(SYMBOLS[cycle(colorIndex, SYMBOLS.length)], 49)());

/** The least space (px) between one year's gap markers and the next year's. */
const GROUPS_APART = 8;

/** The space (px) between two points set side by side: their 1 px outlines meet. */
const POINTS_APART = 2;
/** The least a run of points set side by side is scaled to where the years are too close for it (as gap markers are). */
const POINTS_MIN_SCALE = 0.6;

/** How far a marker reaches from its centre, in px: left and right (`half`), up (`top`) and down (`bottom`). */
type Reach = { half: number; top: number; bottom: number };

/** A marker path's reach, from its points (a circle's from its first: its path is arcs). */
function reachOf(path: string): Reach {
  const points = [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const half = Math.max(0, ...points.map(([x]) => Math.abs(x)));
  // (A circle's path is arcs from its rightmost point: as tall as wide.)
  if (path.includes('A')) return { half, top: half, bottom: half };
  return { half, top: Math.max(0, ...points.map(([, y]) => -y)), bottom: Math.max(0, ...points.map(([, y]) => y)) };
}

/** Each series' marker's reach (the same for every draw: worked out once, when first drawn). */
const reaches: Reach[] = [];
const markerReach = (colorIndex: number): Reach => (reaches[cycle(colorIndex, SYMBOLS.length)] ??= reachOf(seriesMarker(colorIndex)));

/** Where a point is drawn, where others would hide it: `dx` px from its year, at `scale` of its size. */
interface PointPlace {
  dx: number;
  scale: number;
}

/**
 * Points of one year whose markers would overlap (three lines at 36% in 2019; a diamond's tip
 * on the square under it) would hide one another, the top one showing alone: each run of such
 * points, in their order down the plot (equal values in the series' order), is set side by side
 * on the year, centred on it, POINTS_APART px between their shapes. Where the years are too close
 * for that (`band` is the space between two years, of which the run takes up to all but
 * GROUPS_APART px), the run is drawn closer and its markers smaller, to POINTS_MIN_SCALE. A run at
 * the first or last year is moved in from the plot's edges `left` and `right` (the y axis's
 * labels, the line-end labels). Returns each moved point's place; a point not in the map stays on
 * its year at its size.
 */
function pointPlaces(series: readonly TrendSeries[], xOf: (year: number) => number, yOf: (value: number) => number, band: number, left: number, right: number): Map<SeriesPoint, PointPlace> {
  const places = new Map<SeriesPoint, PointPlace>();
  const byYear = new Map<number, ({ p: SeriesPoint; y: number } & Reach)[]>();
  for (const s of series) {
    const reach = markerReach(s.colorIndex);
    for (const p of s.points) {
      if (!p.row) continue;
      const list = byYear.get(p.year) ?? [];
      if (!list.length) byYear.set(p.year, list);
      list.push({ p, y: yOf(p.row.value), ...reach });
    }
  }
  for (const list of byYear.values()) {
    // (A stable sort: equal values keep the series' order.)
    list.sort((a, b) => a.y - b.y);
    for (let start = 0, i = 1; i <= list.length; i++) {
      // The one above reaches down to the one below's top (their 1 px outlines count).
      if (i < list.length && list[i].y - list[i - 1].y < list[i - 1].bottom + list[i].top + POINTS_APART) continue;
      const run = list.slice(start, i);
      start = i;
      if (run.length < 2) continue;
      const at = [0];
      for (let j = 1; j < run.length; j++) at.push(at[j - 1] + run[j - 1].half + run[j].half + POINTS_APART);
      const across = at[at.length - 1] + run[0].half + run[run.length - 1].half;
      const scale = Math.max(POINTS_MIN_SCALE, Math.min(1, (band - GROUPS_APART) / across));
      const x = xOf(run[0].p.year);
      const spread = at[at.length - 1] * scale;
      const first = x - spread / 2 - run[0].half * scale;
      const last = x + spread / 2 + run[run.length - 1].half * scale;
      const shift = last > right ? right - last : first < left ? left - first : 0;
      run.forEach((d, j) => places.set(d.p, { dx: at[j] * scale - spread / 2 + shift, scale }));
    }
  }
  return places;
}

/**
 * The widest spacing of gap markers (at most 13 px) at which `steps` spacings and a marker (its
 * size follows the spacing: `spacing - 2.5` px across, between 55% and all of its 10.5 px) fit
 * in `extent` px, from the first marker's left edge to the last's right.
 */
function gapSpacingFor(steps: number, extent: number): number {
  if (steps <= 0) return TREND_DEFAULTS.gapSpacing;
  const scaled = (extent + 2.5) / (steps + 1);
  // Below 8.275 px apart the markers are at their least, 5.775 px across.
  return Math.min(TREND_DEFAULTS.gapSpacing, scaled >= 8.275 ? scaled : Math.max(0, (extent - 5.775) / steps));
}

/**
 * The centres of the years' groups of gap markers (`count` markers `step` apart, each at most
 * `markerWidth` across), between `left` and `right` (the outer markers' centres): each on its
 * year (`at`) where it can be, pushed on from the group before it, and back from the one after,
 * to keep GROUPS_APART px between their markers.
 */
function gapGroupCentres(groups: readonly { at: number; count: number }[], step: number, markerWidth: number, left: number, right: number): number[] {
  const half = (g: { count: number }) => (Math.max(1, g.count) - 1) * step / 2;
  const space = GROUPS_APART + markerWidth;
  const centres = groups.map((g) => Math.min(Math.max(g.at, left + half(g)), right - half(g)));
  let prev = -1;
  groups.forEach((g, i) => {
    if (!g.count) return;
    if (prev >= 0) centres[i] = Math.max(centres[i], centres[prev] + half(groups[prev]) + space + half(g));
    prev = i;
  });
  let next = -1;
  for (let i = groups.length - 1; i >= 0; i--) {
    if (!groups[i].count) continue;
    centres[i] = Math.min(centres[i], next >= 0 ? centres[next] - half(groups[next]) - space - half(groups[i]) : right - half(groups[i]));
    next = i;
  }
  return centres;
}

export const TREND_DEFAULTS = { heightRatio: 0.55, minHeight: 240, maxHeight: 460, labelWidth: 170, gapSpacing: 13 } as const;

/** Whether a series has a published value in at least one year (else it is all gaps). */
export const hasValues = (s: Pick<TrendSeries, 'points'>): boolean => s.points.some((p) => p.row);

/** What the strip of gap markers under the 0 line is called, at its left. */
export const GAP_STRIP_LABEL = 'no value';

/** Said after the label of a series with no published value in any year (legend, exported key). */
export const NO_VALUE_NOTE = 'no published value';

interface Point {
  s: TrendSeries;
  p: SeriesPoint;
  row: ObservationRow;
}

/**
 * The year axis's labels, each under its year, never over a neighbour: "2016" where the years
 * are far enough apart, "’16" where they are not (large text on a narrow chart), and then only
 * every second (third …) year labelled. The marks' own labels always give the whole year.
 */
function yearTicks(years: readonly number[], xOf: (year: number) => number, fontSize: number): { value: number; x: number; label: string }[] {
  const step = years.length > 1 ? Math.abs(xOf(years[1]) - xOf(years[0])) : Infinity;
  const room = (label: string) => textWidth(label, fontSize) + 6;
  const short = room('2020') > step;
  const every = short ? Math.max(1, Math.ceil(room('’20') / step)) : 1;
  return years.map((year, i) => ({ value: year, x: xOf(year), label: i % every ? '' : short ? `’${String(year).slice(-2)}` : String(year) }));
}

/**
 * Draws `series` as lines across the survey years into `svgEl` (a gap where a year has no
 * value, never joined across; an isolated year as a point; the gaps' markers in a strip under
 * the 0 line), keeping its children in step on each call, and returns the focusable marks
 * (points and gaps), the rows shown, the summary, the gaps' table cells, a key for exported
 * figures and, where `options.height` was too small, the height used (`heightNeeded`).
 *
 * @example
 * import { publishedSeries } from 'pioneer-viz/data';
 * import { renderTrend } from 'pioneer-viz/renderers';
 * const points = publishedSeries('objective', 'quality-of-care', 'selected');
 * renderTrend(svg, [{ item: 'quality-of-care', label: 'Quality of care', points, colorIndex: 0 }], { width: 640 });
 */
export function renderTrend(svgEl: SVGSVGElement, series: readonly TrendSeries[], options: TrendOptions): RenderResult {
  const width = Math.max(200, finiteOr(options.width, 200));
  assertFigures('renderTrend', series.flatMap((s) => s.points.map((p) => p.row)));
  const years = options.years ?? [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  // Points of years not on the axis (an explicit `years` narrower than the series) are left
  // out, not drawn at its left edge.
  const onAxis = new Set(years);
  series = series.map((s) => (s.points.every((p) => onAxis.has(p.year)) ? s : { ...s, points: s.points.filter((p) => onAxis.has(p.year)) }));
  const points: Point[] = series.flatMap((s) => s.points.filter((p) => p.row).map((p) => ({ s, p, row: p.row! })));
  const unit = options.unit ?? points[0]?.row.unit ?? 'percent';
  // Margins follow the font size, so large text (200% zoom) never spills out of the chart.
  const fs = options.fontSize ?? 14;
  const labelFont = fs * 0.8;
  const labelWidth = Math.round(TREND_DEFAULTS.labelWidth * (fs / 14));
  const directLabels = (options.directLabels ?? true) && width - labelWidth >= 400 && series.length > 0;
  const maxTick = unitTickLabel(options.unit ?? series.flatMap((s) => s.points).find((p) => p.row)?.row?.unit ?? 'percent');
  const yTitle = options.yTitle ?? '';
  const margin = {
    top: Math.ceil(fs * 0.9 + (yTitle ? labelFont * 1.4 : 0)),
    right: directLabels ? labelWidth : Math.ceil(textWidth('2020', fs) / 2) + 4,
    bottom: Math.ceil(fs * 2),
    left: Math.ceil(textWidth(maxTick, fs)) + 10,
  };
  // Years without a value get their markers in a strip of their own under the 0 line, named
  // "no value", so that a hollow marker is never read as a value of 0.
  const hasGaps = series.some((s) => s.points.some((p) => !p.row));
  // The strip's middle (the gap markers and the "no value" label) sits below the 0 tick label's
  // text box (0.6 font sizes either side of its baseline), so the two never touch; the year
  // labels come under the strip.
  const gapOffset = Math.ceil(fs * 0.6 + labelFont * 0.6 + 1);
  const strip = hasGaps ? Math.ceil(gapOffset + labelFont * 0.6 + 2) : 0;
  margin.bottom += strip;
  if (hasGaps) margin.left = Math.max(margin.left, Math.ceil(textWidth(GAP_STRIP_LABEL, labelFont)) + 10);
  // Line-end labels wrap onto as many lines as they need, never cut short: cut, two that begin
  // alike ("Patients/service users exp…", "… bei…") read as one, and a label of more than two
  // lines lost its words, 4 of the 5 barriers' and every question's (the chart is drawn as tall
  // as the labels need: `needed`).
  const labelLineH = Math.round(labelFont * 1.25 * 10) / 10;
  const markerRoom = directMarkerRoom(labelFont);
  const endLabels = directLabels
    ? series.filter(hasValues).map((s) => {
        const full = displayLabel(s.label);
        return { s, full, lines: wrapBalanced(full, margin.right - 8 - markerRoom, labelFont) };
      })
    : [];
  const endLabelsH = endLabels.reduce((a, l) => a + l.lines.length * labelLineH + 2, 0);
  // The least height whose y-axis labels (six at most) and line-end labels, stacked, do not
  // overlap: a smaller `height` is not used, and heightNeeded says so.
  const needed = Math.ceil(margin.top + margin.bottom + Math.max(6 * fs * 1.2, endLabelsH));
  const natural = Math.round(Math.min(TREND_DEFAULTS.maxHeight, Math.max(TREND_DEFAULTS.minHeight, width * TREND_DEFAULTS.heightRatio)));
  const height = Math.max(needed, finiteOr(options.height, natural));
  const maxValue = Math.max(0, ...points.map((d) => d.row.value));
  const yMax = unit === 'percent' ? Math.min(100, Math.max(20, Math.ceil(maxValue / 10) * 10)) : Math.max(5, maxValue);
  const x = scalePoint<number>().domain([...years]).range([margin.left + 12, width - margin.right - 12]);
  const y = scaleLinear().domain([0, yMax]).nice().range([height - margin.bottom, margin.top]);
  const xOf = (year: number) => x(year) ?? 0;

  attr(svgEl, 'viewBox', `0 0 ${width} ${height}`);
  // Text and shapes without a colour of their own take the text colour around the SVG (the
  // page's, or the element's CSS), not black: drawn into an app's SVG on a dark page they read.
  attr(svgEl, 'fill', 'currentColor');
  attr(svgEl, 'width', width);
  attr(svgEl, 'height', height);
  // The text at the size it is laid out for, whatever the page's text (in the elements the
  // same size: the one they pass is read from their own text).
  attr(svgEl, 'font-size', fs);
  applyAxisLeft(layer(svgEl, 'y-axis'), y.ticks(5).map((v) => ({ value: v, y: y(v), label: unit === 'percent' ? `${v}%` : String(v) })), margin.left, width - margin.right);
  const titleLayer = layer(svgEl, 'y-title');
  attr(titleLayer, 'aria-hidden', 'true');
  join(titleLayer, 'y-title-text', yTitle ? [yTitle] : [], byIndex, yTitleText, (t, title) => {
    attr(t, 'font-size', labelFont);
    attr(t, 'y', Math.ceil(labelFont));
    text(t, title);
  });
  const baseline = height - margin.bottom;
  const gapY = baseline + gapOffset;
  applyAxisBottom(layer(svgEl, 'x-axis'), yearTicks(years, xOf, fs), baseline + strip, margin.top);
  const stripLayer = layer(svgEl, 'gap-strip');
  attr(stripLayer, 'aria-hidden', 'true');
  join(stripLayer, 'gap-strip-label', hasGaps ? [GAP_STRIP_LABEL] : [], byIndex, gapStripLabel, (t, label) => {
    attr(t, 'x', margin.left - 6);
    attr(t, 'y', gapY);
    attr(t, 'font-size', labelFont);
    text(t, label);
  });

  const band = years.length > 1 ? Math.abs(xOf(years[1]) - xOf(years[0])) : 80;
  // Points that would hide one another are set side by side, and their lines meet them there.
  const places = pointPlaces(series, xOf, (v) => y(v), band, margin.left + 2, directLabels ? width - margin.right + 2 : width - 2);
  const pointX = (p: SeriesPoint) => xOf(p.year) + (places.get(p)?.dx ?? 0);
  const lineGen = line<SeriesPoint>()
    .defined((p) => p.row != null)
    .x(pointX)
    .y((p) => y(p.row?.value ?? 0));

  // Gap markers of the same year sit side by side on the baseline, centred on the year where
  // the plot allows (never over the axis labels), one slot per series with a gap there.
  const gapSlots = new Map<number, TrendSeries[]>();
  for (const yr of years) gapSlots.set(yr, series.filter((s) => s.points.some((p) => p.year === yr && !p.row)));
  // Gap markers are up to 13 px apart, a year's group centred on its year where it can be: the
  // first year's is pushed right by the plot's edge (it may reach left to just after "no
  // value"), and a group is pushed on from the one before it so that their markers are at
  // least GROUPS_APART px apart (two years' groups never read as one row). Where the space
  // between two years is too small for that at 13 px (up to 10.5 px across, the triangle; five
  // gaps a year at 320 px) they are drawn closer and smaller, 2.5 px apart (never below 55%):
  // the same spacing and size in every year.
  const crowd = Math.max(1, ...[...gapSlots.values()].map((slot) => slot.length));
  const gapStep = gapSpacingFor(crowd - 1, band - GROUPS_APART);
  const gapScale = crowd > 1 ? Math.max(0.55, Math.min(1, (gapStep - 2.5) / 10.5)) : 1;
  const groupCentres = gapGroupCentres(years.map((yr) => ({ at: xOf(yr), count: gapSlots.get(yr)!.length })), gapStep, 10.5 * gapScale, margin.left + 3, width - 5);
  const gapX = (s: TrendSeries, year: number) => {
    const slot = gapSlots.get(year) ?? [s];
    const centre = groupCentres[years.indexOf(year)];
    return centre + (slot.indexOf(s) - (slot.length - 1) / 2) * gapStep;
  };

  const marks: ChartMark[] = [];
  const seriesLayer = layer(svgEl, 'series');
  // A focused mark is lifted over the other lines' (a tied point would hide its outline).
  attr(seriesLayer, 'data-lift', '');
  attr(seriesLayer, 'aria-hidden', 'false');
  join(seriesLayer, 'line-series', series, byItem, seriesPrototype, (g, s, si) => {
    const label = displayLabel(s.label);
    const color = seriesColor(s.colorIndex);
    // Read in browse mode as one image: the item and its value or "no value" for each year.
    attr(g, 'aria-label', `${label}: ${s.points.map((p) => `${p.year} ${p.row ? figureText(p.row) + unfitText(p.row) : 'no value'}`).join(', ')}`);
    // The points take the series colour from their group (one write per series, not per point).
    attr(g, 'fill', color);
    const path = g.firstElementChild!;
    attr(path, 'stroke', color);
    attr(path, 'd', lineGen(s.points) ?? '');
    const shape = seriesMarker(s.colorIndex);
    join(g, 'point', s.points.filter((p) => p.row), byYear, pointPrototype, (pt, p) => {
      attr(pt, 'data-key', `${s.item}|${p.year}`);
      attr(pt, 'data-value', p.row!.value);
      const scale = places.get(p)?.scale ?? 1;
      attr(pt, 'transform', `translate(${pointX(p)},${y(p.row!.value)})${scale < 1 ? ` scale(${scale.toFixed(3)})` : ''}`);
      attr(pt, 'd', shape);
    });
    // Every keyboard stop is drawn: a gap's stop is its marker, outlined when focused. Gap
    // markers have no transition to run, so they are kept by place, not year: new rows whose
    // gaps fall in other years move a line's markers rather than remove and build them again.
    join(g, 'gap-mark', s.points.filter((p) => !p.row), byIndex, gapPrototype, (gm, p) => {
      attr(gm, 'data-year', p.year);
      attr(gm, 'data-key', `${s.item}|${p.year}|gap`);
      attr(gm, 'transform', `translate(${gapX(s, p.year)},${gapY})${gapScale < 1 ? ` scale(${gapScale.toFixed(3)})` : ''}`);
      attr(gm, 'd', gapMarker(s.colorIndex));
      attr(gm, 'stroke', color);
    });
    // A mark's anchor is where it is drawn: a gap's is its marker in the strip, not the 0 line
    // above it (17 px higher, 32 px with 28 px text), where a tooltip placed by it sat apart.
    for (const p of s.points) marks.push(new PointMark(s, label, p, p.row ? [pointX(p), y(p.row.value)] : [gapX(s, p.year), gapY], si, options.countNoun));
  });

  // Direct labels at line ends, centred on the line's last value and dodged vertically (each as
  // tall as its lines) so they never overlap: `top` is where a label's first line box starts,
  // not above the chart's (a tall label of a line ending near the top, moved down to 0 last,
  // lay over the labels under it).
  const labelData = endLabels
    .map((l) => {
      const last = [...l.s.points].reverse().find((p) => p.row)!;
      const h = l.lines.length * labelLineH;
      return { ...l, h, top: Math.max(0, y(last.row!.value) - h / 2) };
    })
    .sort((a, b) => a.top - b.top);
  for (let i = 1; i < labelData.length; i++) labelData[i].top = Math.max(labelData[i].top, labelData[i - 1].top + labelData[i - 1].h + 2);
  // Pushed below the plot (lines ending near 0), they are pulled back up from the bottom, then
  // kept below its top: the least height leaves them room.
  for (let i = labelData.length - 1; i >= 0; i--) {
    const below = i === labelData.length - 1 ? baseline : labelData[i + 1].top - 2;
    labelData[i].top = Math.max(Math.min(labelData[i].top, below - labelData[i].h), 0);
  }
  const directLayer = layer(svgEl, 'direct-labels');
  attr(directLayer, 'aria-hidden', 'true');
  const labelX = width - margin.right + 8;
  // Each label begins with its series' marker (the labels keep the lines' order, but a label
  // moved apart from its line's end, or a line ending before the last year, would be matched to
  // its line by colour alone): centred on the first line's middle, filled and outlined as the points are.
  join(directLayer, 'direct-marker', labelData, (d) => d.s.item, directMarkerPrototype, (m, d) => {
    attr(m, 'fill', seriesColor(d.s.colorIndex));
    attr(m, 'transform', `translate(${labelX + 5},${Math.round((d.top + labelLineH / 2) * 100) / 100})`);
    attr(m, 'd', seriesMarker(d.s.colorIndex));
  });
  join(directLayer, 'direct-label', labelData, (d) => d.s.item, directLabelPrototype, (t, d) => {
    attr(t, 'font-size', labelFont);
    attr(t, 'lang', options.labelLang || null);
    // Each line's baseline 0.32em below its line box's middle.
    join(t, 'direct-line', d.lines, byIndex, directLinePrototype, (line, shown, i) => {
      attr(line, 'x', labelX + markerRoom);
      attr(line, 'y', Math.round((d.top + (i + 0.5) * labelLineH + labelFont * 0.32) * 100) / 100);
      text(line, shown);
    });
    text(t.querySelector('title')!, d.full);
  });

  const rows = points.map((d) => d.row);
  // The legend is HTML outside the SVG: an exported figure draws this key in its place.
  const key = series.map((s) => ({
    label: hasValues(s) ? displayLabel(s.label) : `${displayLabel(s.label)} (${NO_VALUE_NOTE})`,
    color: seriesColor(s.colorIndex),
    marker: seriesMarker(s.colorIndex),
    ...(hasValues(s) ? {} : { hollow: true }),
  }));
  const heightNeeded = options.height != null && options.height < needed ? needed : undefined;
  return { marks, rows, summary: trendSummary(series, options.subject ?? 'Value', options.countNoun), gaps: gapCells(series, rows[0]), key, heightNeeded };
}

/**
 * A year of a series as a keyboard/tooltip mark: its point, or its gap. The label and detail
 * are built when read (on hover or focus), not for every point of every draw.
 */
class PointMark implements ChartMark {
  constructor(
    private readonly s: TrendSeries,
    private readonly _seriesLabel: string,
    private readonly p: SeriesPoint,
    readonly anchor: [number, number],
    readonly series: number,
    private readonly _noun?: readonly [string, string],
  ) {}

  get key(): string {
    return this.p.row ? `${this.s.item}|${this.p.year}` : `${this.s.item}|${this.p.year}|gap`;
  }

  get label(): string {
    return this._text();
  }

  /**
   * A gap's tooltip: its reason and the base its figure prints, "(base 97).", not which figure
   * prints it: with "(base 97; 2019 report Figure 6.1)" it grew too tall to place in a phone's
   * plot. Its name, read out, gives the figure too. So does that of a figure no whole number of
   * informants out of its base gives: its tooltip says so and the base (unfitText), not the
   * bracket (with 28 px text it went over the axis labels).
   */
  get tip(): string | undefined {
    const { row } = this.p;
    return !row || unfitText(row) ? this._text(true) : undefined;
  }

  /** A point's name, or (`short`) its tooltip without what is in brackets; a gap's (_gapText). */
  private _text(short?: boolean): string {
    const { p } = this;
    // A gap's name, read out, gives the base its figure prints, as its Table view cell does.
    if (!p.row) return this._gapText(short);
    // The answer the value counts, unless the figure is a plain share or count: "48% very significant".
    const answer = !['selected', 'count', 'share'].includes(p.row.response) ? ` ${responseLabel(p.row.measure, p.row.response).toLowerCase()}` : '';
    const where = `${p.row.unit === 'count' ? '' : `${formatBase(p.row)}; `}${tableName(p.row)}`;
    return `${this._seriesLabel}, ${p.year}: ${amount(p.row, this._noun)}${answer}${dashText(p.row)}${unfitText(p.row)}${short ? '' : ` ${inBrackets(where)}`}`;
  }

  /** A gap's name, or (`short`) its tooltip. */
  private _gapText(short?: boolean): string {
    return `${this._seriesLabel}, ${this.p.year}: no value. ${withPrinted(this.p.reason ?? '', printedBaseOf(this.p.missing), short)}`.trim();
  }

  /** A year without a figure: a stop the arrows reach (saying why), not the one the keyboard starts on. */
  get gap(): boolean {
    return !this.p.row;
  }

  get detail(): ChartMark['detail'] {
    const { p } = this;
    return p.row
      ? { kind: 'point', measure: p.row.measure, item: this.s.item, year: p.year, group: p.row.group, response: p.row.response }
      : { kind: 'year', item: this.s.item, year: p.year };
  }
}


const unitTickLabel = (unit: string) => (unit === 'percent' ? '100%' : '100');

/**
 * "of 67"; for a row of a table that prints one range of bases for all its rows, "of 52–54, the
 * range of bases printed for 2020 report Table 5.2"; else "of an unprinted base". Nothing for a
 * count (a number of informants has no base).
 */
function ofBase(row: ObservationRow): string {
  if (row.unit === 'count') return '';
  if (row.base != null) return `of ${row.base}`;
  const range = tableBaseRangeText(row);
  return range ? `of ${range}, the range of bases printed for ${tableName(row)}` : 'of an unprinted base';
}

/** "51%", "6 informants" (a count, with its noun where the chart has one). */
const amount = (row: ObservationRow, noun?: readonly [string, string]): string =>
  `${formatValue(row.value, row.unit)}${row.unit === 'count' && noun ? ` ${row.value === 1 ? noun[0] : noun[1]}` : ''}`;

/** "51% of 64", "6 informants" (a count). */
const valueOf = (row: ObservationRow, noun?: readonly [string, string]): string => `${amount(row, noun)}${ofBase(row) ? ` ${ofBase(row)}` : ''}`;

/** "Line chart of … 2016–2020: highest in 2019 was X (51%, base 64)." */
export function trendSummary(series: readonly TrendSeries[], subject: string, noun?: readonly [string, string]): string {
  const withValues = series.filter((s) => s.points.some((p) => p.row));
  if (!withValues.length) return `${subject}: no published values for the selection.`;
  const years = [...new Set(withValues.flatMap((s) => s.points.filter((p) => p.row).map((p) => p.year)))].sort();
  const latest = years[years.length - 1];
  const atLatest = withValues
    .map((s) => ({ s, row: s.points.find((p) => p.year === latest)?.row }))
    .filter((d) => d.row)
    .sort((a, b) => b.row!.value - a.row!.value);
  // Every series tied for the highest value is named (the first alone would be arbitrary).
  const tops = atLatest.filter((d) => d.row!.value === atLatest[0]?.row!.value);
  // Years in which no line has a value (within the years the series cover).
  const gaps = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort().filter((yr) => !years.includes(yr));
  const empty = series.length - withValues.length;
  const span = years.length > 1 ? `${years[0]}–${latest}` : String(latest);
  let text = `${subject}, ${span}, ${withValues.length} line${withValues.length > 1 ? 's' : ''}.`;
  if (tops.length === 1) {
    const [{ s, row }] = tops;
    text += ` In ${latest} the ${atLatest.length > 1 ? 'highest' : 'only published value'} was ${namedInSentence(s.label, row!.measure)} (${valueOf(row!, noun)}).`;
  } else if (tops.length > 1) {
    const bases = new Set(tops.map((d) => ofBase(d.row!)));
    const named =
      bases.size === 1
        ? `${andList(tops.map((d) => namedInSentence(d.s.label, d.row!.measure)))} (${amount(tops[0].row!, noun)}${[...bases][0] ? ` ${[...bases][0]}` : ''} each)`
        : andList(tops.map((d) => `${namedInSentence(d.s.label, d.row!.measure)} (${valueOf(d.row!, noun)})`));
    text += ` In ${latest} the highest were ${named}.`;
  }
  if (gaps.length) text += ` No published values for ${andList(gaps)}.`;
  if (empty) text += ` ${empty} more item${empty > 1 ? 's have' : ' has'} no published value in any year.`;
  return text;
}

/**
 * The years each series has no figure for, with why, in the columns of the rows drawn (one
 * measure, group and response per chart): the table view shows them as cells with a reason.
 */
function gapCells(series: readonly TrendSeries[], row: ObservationRow | undefined): GapCell[] {
  // Lines with no value in any year: the columns of a value they show only as a chart.
  const sample = row ?? series.flatMap((s) => s.points).find((p) => p.missing)?.missing;
  if (!sample) return [];
  const { measure, group, response } = sample;
  return series.flatMap((s) =>
    s.points
      .filter((p) => !p.row)
      .map((p) => ({
        measure, item: s.item, item_label: s.label, year: p.year, group, response, reason: p.reason ?? `No figure published for ${p.year}.`,
        // The base its figure prints for the year, though not the value (2019 report: "Bases: 2016=97; …").
        printedBase: printedBaseOf(p.missing),
      })),
  );
}
