/**
 * renderBarrierStack(svg, items, options): 100% stacked horizontal bars of the response
 * distribution per item (barriers, facilitators, progress, effects of Covid-19).
 *
 * - One bar per item and year (two for a comparison of years), segments in questionnaire
 *   order, each a focusable mark with a `data-key` of `item|year|response`.
 * - Stacked: every segment is its printed percent on a 0–100 axis (a row the report rounds
 *   to 101 reaches 101; nothing is rescaled). With one published response the bar is that
 *   percent alone.
 * - A response a bar has no figure for (its `missing`, with why) is not filled in: no segment
 *   is drawn for it and nothing is sized by a guess. Its place in drawn order (the edge between
 *   the segments before and after it) gets a gap marker of no size of its own: a hollow,
 *   dashed slot across the bar, "no figure" under it where that fits, a keyboard stop whose
 *   label gives the reason. The result gives it as a gap, in drawn order among the rows, and
 *   the row's name says it. A bar with no gap draws nothing more (the reports' bars never have one).
 * - Diverging: the responses before the neutral point extend left of a centre line, the
 *   others right of it, and "don't know" sits in its own column at the right end, all on
 *   one scale.
 * - Item labels wrap onto as many lines as they need in a label column (above each bar
 *   below `narrowWidth`), never truncated. Value labels go inside segments wide enough for them.
 *
 * Text widths are estimated from the font size (no layout queries), so the same call gives
 * the same picture in a browser, a detached SVG or a server-side DOM.
 */
import { max as d3max } from 'd3-array';
import { assertFigures, finiteOr } from './shared/numbers.js';
import { scaleLinear } from './shared/scale.js';
import type { ObservationRow } from '../data/types.js';
import { NEGATIVE_FROM, RESPONSE_ORDER, groupLabel, responseLabel } from '../data/vocabulary.js';
import { applyAxisBottom, ticksApart } from './shared/axis.js';
import { attr, byAttribute, byIndex, join, layer, svgElement, text } from './shared/dom.js';
import { flowLayout } from './shared/flow.js';
import { andList, dashText, displayLabel, figureText, formatBase, formatValue, inBrackets, midSentence, namedInSentence, tableName } from './shared/format.js';
import { unfitText } from './shared/unfit.js';
import { RESPONSE_INK, responseFill, responseStyle } from './shared/response-style.js';
import { drawTextureInk, inkedDraw, textureInk, type TextureInk } from './shared/texture-ink.js';
import { textWidth, wrapBalanced } from './shared/text-width.js';
import type { ChartMark, GapCell, RenderResult } from './shared/types.js';
import { own } from '../data/lookup-table.js';

/** One bar: the published figures of one item in one year, by response. */
export interface StackBar {
  year: number;
  cells: Readonly<Record<string, ObservationRow | undefined>>;
  /**
   * Why the bar has no figure for a response it is drawn with (a figure its year gives for other
   * items), by response: a gap of the result (a Table view's cell, a CSV's row), drawn as a gap
   * marker in its place on the bar (a keyboard stop) and said in the bar's name. A response not
   * in it and not in `cells` is not drawn and not said.
   */
  missing?: Readonly<Record<string, string>>;
}

/** One item (a row of the chart) with its bars, the first being the main year. */
export interface StackItem {
  item: string;
  /** The label as printed. */
  label: string;
  /** Position in the questionnaire. */
  order: number;
  /** The year the item was first asked, when that is the main year (drawn as a "New in …" badge). */
  newIn?: number | null;
  bars: readonly StackBar[];
}

export type StackSort = 'severity' | 'questionnaire' | 'alphabetical';

export interface BarrierStackOptions {
  /** Width in px (required). */
  width: number;
  /**
   * Height in px. Default: what the rows need (labels, bars, legend, axis). A larger height
   * spreads the rows out; a smaller one is not used, so labels never overlap (the result's
   * `heightNeeded` then says what was drawn).
   */
  height?: number;
  /** The measure, for response labels and the summary (e.g. `barrier`). */
  measure: string;
  /** Responses to draw, in questionnaire order. Default: those present in the cells, ordered by RESPONSE_ORDER. */
  responses?: readonly string[];
  /** `severity` (default): most severe response, largest first; `questionnaire`; `alphabetical`. */
  sort?: StackSort;
  /** The most severe response, for sorting and the summary. Default SEVERE_RESPONSE[measure], else the first response. */
  severity?: string;
  /** Centre the bars on the neutral point; default false. Ignored unless responses fall on both sides of it. */
  diverging?: boolean;
  /** First response on the negative side of the neutral point. Default NEGATIVE_FROM[measure]. */
  negativeFrom?: string;
  /** The "don't know" response, drawn in its own column when diverging. Default `dont-know`. */
  dontKnow?: string;
  /** The group shown, named in mark labels and the summary; default `all`. */
  group?: string;
  /** Base font size in px that text widths are estimated from; default 14. */
  fontSize?: number;
  /** Below this width labels go above their bars; default 480. */
  narrowWidth?: number;
  /**
   * The language of the items' labels (the data's), set as `lang` on the label text, e.g. `cy`
   * for a researcher's Welsh items; the rest of the chart's words are English. Default: not set.
   */
  labelLang?: string;
  /**
   * Drawn for paper: each texture as lines and dots of its own over a plain fill, not a pattern
   * fill, which Chromium prints to PDF as a page-sized bitmap per mark (see texture-ink.ts).
   * Default false (the element sets it between `beforeprint` and `afterprint`).
   */
  paper?: boolean;
}

/** Layout constants (px unless said otherwise). */
export const BARRIER_STACK_DEFAULTS = {
  fontSize: 14,
  narrowWidth: 480,
  /** Share of the width given to the label column, clamped to min/max. */
  labelShare: 0.34,
  minLabelWidth: 120,
  maxLabelWidth: 320,
  labelGap: 10,
  barHeight: 24,
  pairedBarHeight: 18,
  pairGap: 3,
  rowGap: 12,
  lineHeight: 1.25,
  marginRight: 12,
  dontKnowGap: 30,
  /** A gap marker's width: a slot across its bar, whatever the response's share might be. */
  gapMarkWidth: 6,
  /** How far a gap marker reaches above and below its bar, so that it shows between dark segments. */
  gapMarkOverhang: 2,
} as const;

/** The response whose share orders the items under `sort="severity"`. */
export const SEVERE_RESPONSE: Record<string, string> = {
  barrier: 'very',
  facilitator: 'very',
  progress: 'substantial',
  'covid-effect': 'hindered',
};

const NOUNS: Record<string, [string, string]> = {
  barrier: ['barrier', 'barriers'],
  facilitator: ['facilitator', 'facilitators'],
  progress: ['objective', 'objectives'],
  'covid-effect': ['objective', 'objectives'],
};

interface Segment {
  response: string;
  row: ObservationRow;
  x: number;
  w: number;
  /** The value as shown ("48%"), for its label and its row's name. */
  text: string;
  /** Value label: inside the segment, just after it (one-response bars), or none. */
  labelAt: 'inside' | 'after' | null;
}

/**
 * A response a bar has no figure for: why, how many of its segments are drawn before it, and
 * its place: the x where its segment would start (the end of the one before it, the start of
 * the one after), which no figure of its own moves.
 */
interface BarGap {
  response: string;
  reason: string;
  before: number;
  x: number;
  /** Its marker's centre: `x`, moved inside the plot where the edge is the plot's own. */
  markX: number;
  /** Its place among the gaps that share its edge (0 the first in drawn order), and how many share it: their markers split the bar's height. */
  part: number;
  parts: number;
  /** Its "no figure" text's centre under the bar, or null where that text does not fit (or another gap at its edge says it). */
  textX: number | null;
}

interface BarLayout {
  year: number;
  y: number;
  h: number;
  series: number;
  segments: Segment[];
  gaps: BarGap[];
}

interface RowLayout {
  item: StackItem;
  y: number;
  h: number;
  lines: string[];
  labelY: number;
  badgeY: number | null;
  bars: BarLayout[];
}

/** Orders items: by the most severe response (largest first), questionnaire order or label. */
export function sortStackItems(items: readonly StackItem[], sort: StackSort, severity: string): StackItem[] {
  const byOrder = (a: StackItem, b: StackItem) => a.order - b.order;
  const out = [...items];
  if (sort === 'alphabetical') return out.sort((a, b) => displayLabel(a.label).localeCompare(displayLabel(b.label), 'en') || byOrder(a, b));
  if (sort === 'questionnaire') return out.sort(byOrder);
  const severe = (i: StackItem) => i.bars[0]?.cells[severity]?.value ?? -1;
  return out.sort((a, b) => severe(b) - severe(a) || byOrder(a, b));
}

/** The responses present in the items' cells, in questionnaire order. */
function presentResponses(measure: string, items: readonly StackItem[]): string[] {
  const present = new Set(items.flatMap((i) => i.bars.flatMap((b) => Object.keys(b.cells).filter((r) => b.cells[r]))));
  const known = own(RESPONSE_ORDER, measure) ?? [];
  return [...known.filter((r) => present.has(r)), ...[...present].filter((r) => !known.includes(r))];
}

/**
 * The one-paragraph summary of the chart, built from the data: e.g. "13 barriers, 2019. In 2019
 * the barrier most often rated very significant was significant financial constraints … (44% of 64)."
 */
export function barrierStackSummary(
  items: readonly StackItem[],
  options: Pick<BarrierStackOptions, 'measure' | 'responses' | 'severity' | 'group'>,
): string {
  const { measure } = options;
  const [noun, nouns] = NOUNS[measure] ?? ['item', 'items'];
  const responses = options.responses ?? presentResponses(measure, items);
  const severity = options.severity && responses.includes(options.severity) ? options.severity : (responses.includes(SEVERE_RESPONSE[measure]) ? SEVERE_RESPONSE[measure] : responses[0]);
  const years = [...new Set(items.flatMap((i) => i.bars.map((b) => b.year)))];
  const year = items[0]?.bars[0]?.year;
  const group = options.group && options.group !== 'all' ? ` (${groupLabel(options.group)})` : '';
  if (!items.length || year === undefined || !severity) return `No published figures for ${measureNoun(measure, nouns)}${group}.`;
  let text = `${items.length} ${items.length === 1 ? noun : nouns}, ${years.join(' and ')}${group}.`;
  const values = items
    .map((i) => ({ i, row: i.bars[0]?.year === year ? i.bars[0].cells[severity] : undefined }))
    .filter((d): d is { i: StackItem; row: ObservationRow } => d.row != null);
  if (values.length) {
    const max = d3max(values, (d) => d.row.value)!;
    // Ties in questionnaire order, whatever order the bars are drawn in: the chart's name and
    // the sentence under it (built from the unsorted items) list them alike.
    const top = values.filter((d) => d.row.value === max).sort((a, b) => a.i.order - b.i.order);
    const r = responseLabel(measure, severity).toLowerCase();
    const phrase = (n: string) =>
      measure === 'progress' ? `the ${n} with the most reports of ${r} progress` :
      // The question (2020 report, Table 5.1): whether the pandemic aided or hindered progress in meeting each objective.
      measure === 'covid-effect' ? `the ${n} in which progress was most often said to have been ${r} by Covid-19` :
      `the ${n} most often rated ${r}`;
    const names = top.map((d) => namedInSentence(d.i.label, measure));
    const base = top[0].row.base;
    const of = base == null ? `${formatValue(max, top[0].row.unit)}; ${formatBase(top[0].row)}` : `${formatValue(max, top[0].row.unit)} of ${base}`;
    // Items with no figure for it (a researcher's rows may leave one out) may have been rated so
    // more often: the claim is only among those with one.
    const among = values.length < items.length ? `, of the ${values.length} with a figure for it,` : '';
    text += top.length === 1
      ? ` In ${year} ${phrase(noun)}${among} was ${names[0]} (${of}).`
      : ` In ${year} ${phrase(nouns)}${among} were ${andList(names)} (${of} each).`;
  }
  // In questionnaire order whatever order the items come in, so the chart's summary and the
  // sentence under it (built before sorting) read the same.
  const fresh = items.filter((i) => i.newIn === year).sort((a, b) => a.order - b.order);
  if (fresh.length) text += ` New in ${year}: ${fresh.map((i) => midSentence(displayLabel(i.label))).join('; ')}.`;
  return text;
}

const measureNoun = (measure: string, plural: string) => (NOUNS[measure] ? plural : measure);

/**
 * Draws `items` as 100% stacked (or diverging) horizontal bars into `svgEl`, keeping its
 * children in step on each call (marks move to new values; new ones are added, gone ones
 * removed), and returns what it drew: the focusable marks, the rows shown, the summary and,
 * where `options.height` was too small, the height used (`heightNeeded`). Layout as in the
 * module's documentation above.
 *
 * @example
 * import { bundledDataset, distribution } from 'pioneer-viz/data';
 * import { renderBarrierStack } from 'pioneer-viz/renderers';
 * const d = distribution(bundledDataset(), 'barrier', 2019);
 * const items = d.items.map((i) => ({ ...i, bars: [{ year: 2019, cells: i.cells }] }));
 * renderBarrierStack(svg, items, { width: 640, measure: 'barrier', responses: d.responses });
 */
export function renderBarrierStack(svgEl: SVGSVGElement, items: readonly StackItem[], options: BarrierStackOptions): RenderResult {
  const D = BARRIER_STACK_DEFAULTS;
  assertFigures('renderBarrierStack', items.flatMap((i) => i.bars.flatMap((b) => Object.values(b.cells))));
  const width = Math.max(240, Math.floor(finiteOr(options.width, 240)));
  const fontSize = options.fontSize ?? D.fontSize;
  const measure = options.measure;
  const group = options.group ?? 'all';
  const responses = options.responses ?? presentResponses(measure, items);
  const severity = options.severity && responses.includes(options.severity) ? options.severity : (responses.includes(SEVERE_RESPONSE[measure]) ? SEVERE_RESPONSE[measure] : responses[0]);
  const sorted = sortStackItems(items, options.sort ?? 'severity', severity ?? '');
  const narrow = width < (options.narrowWidth ?? D.narrowWidth);
  const single = responses.length === 1;

  // Diverging split: positive = before the neutral point, negative = from it on, aside = don't know.
  const dontKnow = options.dontKnow ?? 'dont-know';
  const negativeFrom = options.negativeFrom ?? own(NEGATIVE_FROM, measure);
  const order = own(RESPONSE_ORDER, measure) ?? responses;
  const negIndex = negativeFrom ? order.indexOf(negativeFrom) : -1;
  const scaled = responses.filter((r) => r !== dontKnow);
  const positive = scaled.filter((r) => negIndex >= 0 && order.indexOf(r) >= 0 && order.indexOf(r) < negIndex);
  const negative = scaled.filter((r) => !positive.includes(r));
  const diverging = Boolean(options.diverging) && negIndex >= 0 && positive.length > 0 && negative.length > 0;
  const aside = diverging ? responses.filter((r) => r === dontKnow) : [];

  // Text sizes (px) and the estimated width of a string at a size.
  const labelFont = Math.round(fontSize * 0.9 * 10) / 10;
  const smallFont = Math.round(fontSize * 0.8 * 10) / 10;
  const legendFont = Math.round(fontSize * 0.85 * 10) / 10;
  const lineH = labelFont * D.lineHeight;

  // Legend: swatches in questionnaire order, flowed onto as many rows as the width needs.
  const legendRowH = Math.round(legendFont * 1.6);
  const entries = responses.map((response) => {
    const label = responseLabel(measure, response);
    return { response, label, width: SWATCH + 6 + textWidth(label, legendFont) + 14, height: legendRowH };
  });
  const flow = flowLayout(entries, width);
  const legend = entries.map((e, i) => ({ response: e.response, label: e.label, x: flow.positions[i][0], y: flow.positions[i][1] }));
  const legendH = responses.length ? flow.height + 6 : 0;

  // Columns.
  const paired = sorted.some((i) => i.bars.length > 1);
  const yearGutter = paired ? Math.ceil(textWidth('2020', smallFont)) + 6 : 0;
  const labelW = narrow ? width : Math.round(Math.min(D.maxLabelWidth, Math.max(D.minLabelWidth, width * D.labelShare)));
  // Room for half of the "0%" and "100%" axis labels at the ends.
  const plotX0 = narrow ? Math.max(yearGutter + 1, Math.ceil(textWidth('0%', smallFont) / 2) + 1) : labelW + D.labelGap + yearGutter;
  const plotX1 = width - Math.max(D.marginRight, Math.ceil(textWidth('100%', smallFont) / 2) + 2);
  const plotW = Math.max(40, plotX1 - plotX0);
  const labelMax = narrow ? width - 3 : labelW;
  const badgeH = Math.round(smallFont * 1.5);
  // 0.35em of the small font: from a bar's middle to the baseline of its centred labels.
  const labelDy = smallFont * 0.35;
  // The line under a bar with a gap, for its "no figure" (below the marker's overhang).
  const gapTextH = Math.ceil(smallFont * 1.25) + D.gapMarkOverhang;

  // Scales. Stacked: 0–100 (or the largest printed row sum, if the report's rounding exceeds 100).
  const sumOf = (b: StackBar, rs: readonly string[]) => rs.reduce((a, r) => a + (b.cells[r]?.value ?? 0), 0);
  const bars = sorted.flatMap((i) => i.bars);
  let x = scaleLinear();
  let dk = scaleLinear();
  let domain: [number, number];
  if (diverging) {
    const ext = Math.max(10, Math.ceil((d3max(bars, (b) => Math.max(sumOf(b, positive), sumOf(b, negative))) ?? -Infinity) / 10) * 10);
    const dkExt = aside.length ? Math.max(10, Math.ceil((d3max(bars, (b) => sumOf(b, aside)) ?? -Infinity) / 10) * 10) : 0;
    const k = (plotW - (aside.length ? D.dontKnowGap : 0)) / (2 * ext + dkExt);
    domain = [-ext, ext];
    x = scaleLinear().domain(domain).range([plotX0, plotX0 + 2 * ext * k]);
    const dkX0 = plotX0 + 2 * ext * k + D.dontKnowGap;
    dk = scaleLinear().domain([0, dkExt]).range([dkX0, dkX0 + dkExt * k]);
  } else {
    const max = Math.max(100, d3max(bars, (b) => sumOf(b, responses)) ?? 100);
    domain = [0, max];
    x = scaleLinear().domain(domain).range([plotX0, plotX1]);
  }
  const pxPerPercent = (x(1) as number) - (x(0) as number);

  // Rows: label lines (+ badge), then bars.
  // At least as tall as a value label (centred in its bar), so that with large text (200%
  // zoom) the labels of a pair's two bars never run into each other.
  const barH = Math.max(paired ? D.pairedBarHeight : D.barHeight, Math.ceil(smallFont * 1.25));
  let series = 0;
  const rows: RowLayout[] = sorted.map((item) => {
    const lines = wrapBalanced(displayLabel(item.label), labelMax, labelFont);
    const hasBadge = item.newIn != null && item.newIn === item.bars[0]?.year;
    const labelH = lines.length * lineH + (hasBadge ? badgeH + 4 : 0);
    const barLayouts: BarLayout[] = item.bars.map((b) => {
      const gaps: BarGap[] = [];
      return { year: b.year, y: 0, h: barH, series: series++, segments: segmentsOf(b, gaps), gaps: placeGaps(gaps) };
    });
    // A bar with a gap has a line under it for the gap's "no figure"; the others are as tall as ever.
    const barsH = barLayouts.reduce((a, b) => a + b.h + (b.gaps.length ? gapTextH : 0), 0) + (item.bars.length - 1) * D.pairGap;
    const h = narrow ? labelH + 4 + barsH : Math.max(labelH, barsH);
    const barsTop = narrow ? labelH + 4 : (h - barsH) / 2;
    const labelTop = narrow ? 0 : (h - labelH) / 2;
    let barY = barsTop;
    for (const b of barLayouts) {
      b.y = barY;
      barY += b.h + (b.gaps.length ? gapTextH : 0) + D.pairGap;
    }
    return {
      item,
      y: 0,
      h,
      lines,
      labelY: labelTop + labelFont * 0.95,
      badgeY: hasBadge ? labelTop + lines.length * lineH + 3 : null,
      bars: barLayouts,
    };
  });

  /** The bar's segments in drawn order; each response it has no figure for, in its place, into `gaps`. */
  function segmentsOf(b: StackBar, gaps: BarGap[]): Segment[] {
    const segs: Segment[] = [];
    const push = (r: string, x0: number, w: number) => {
      const row = b.cells[r];
      if (!row) {
        const reason = b.missing?.[r];
        // At `x0`: where the segments drawn so far end, the share it lacks counted as none.
        if (reason != null) gaps.push({ response: r, reason, before: segs.length, x: x0, markX: x0, part: 0, parts: 1, textX: null });
        return;
      }
      const text = formatValue(row.value, row.unit);
      const fits = textWidth(text, smallFont) + 6 <= w;
      segs.push({ response: r, row, x: x0, w: Math.max(0, w), text, labelAt: fits ? 'inside' : single ? 'after' : null });
    };
    const v = (r: string) => Math.max(0, b.cells[r]?.value ?? 0);
    if (diverging) {
      let at = (x(0) as number) - sumOf(b, positive) * pxPerPercent;
      for (const r of positive) { push(r, at, v(r) * pxPerPercent); at += v(r) * pxPerPercent; }
      at = x(0) as number;
      for (const r of negative) { push(r, at, v(r) * pxPerPercent); at += v(r) * pxPerPercent; }
      at = dk(0) as number;
      for (const r of aside) { push(r, at, v(r) * pxPerPercent); at += v(r) * pxPerPercent; }
    } else {
      let at = x(0) as number;
      for (const r of responses) { push(r, at, v(r) * pxPerPercent); at += v(r) * pxPerPercent; }
    }
    return segs;
  }

  /**
   * Where a bar's gaps are drawn: each marker at its edge, kept inside the plot (off the year's
   * label before a bar's start); gaps that share an edge (responses in a row with no figure, or
   * either side of the centre line) split the bar's height there, top down in drawn order, so
   * that none spreads over a segment or its value. One "no figure" under each edge, centred on
   * it but inside the chart (past the label column, wide), left out where it would run into the
   * one before.
   */
  function placeGaps(gaps: BarGap[]): BarGap[] {
    if (!gaps.length) return gaps;
    const half = D.gapMarkWidth / 2;
    const plotStart = (x.range()[0] as number) + half;
    const plotEnd = Math.max(x.range()[1] as number, dk.range()[1] as number) - half;
    const textW = textWidth(NO_FIGURE_TEXT, smallFont);
    const lo = (narrow ? 1 : plotX0) + textW / 2;
    const hi = width - 1 - textW / 2;
    let textEnd = -Infinity;
    for (let i = 0; i < gaps.length; ) {
      let j = i;
      while (j < gaps.length && gaps[j].x === gaps[i].x) j++;
      for (let k = i; k < j; k++) Object.assign(gaps[k], { markX: Math.max(plotStart, Math.min(plotEnd, gaps[k].x)), part: k - i, parts: j - i });
      const at = Math.max(lo, Math.min(hi, gaps[i].x));
      if (at - textW / 2 >= textEnd + 6) {
        gaps[i].textX = at;
        textEnd = at + textW / 2;
      }
      i = j;
    }
    return gaps;
  }

  // Vertical layout and the height.
  const headerH = diverging && aside.length ? Math.round(smallFont * 1.6) : 0;
  const plotTop = legendH + headerH + 4;
  const natural = rows.reduce((a, r) => a + r.h, 0) + Math.max(0, rows.length - 1) * D.rowGap;
  const axisH = Math.round(smallFont * 1.4) + 10;
  const naturalHeight = Math.ceil(plotTop + natural + 6 + axisH);
  const height = Math.max(naturalHeight, Math.floor(finiteOr(options.height, 0)));
  const spare = rows.length ? (height - naturalHeight) / rows.length : 0;
  {
    let y = plotTop;
    for (const r of rows) {
      r.y = y + spare / 2;
      y += r.h + D.rowGap + spare;
    }
  }
  const plotBottom = height - axisH;

  attr(svgEl, 'viewBox', `0 0 ${width} ${height}`);
  // Text and shapes without a colour of their own take the text colour around the SVG (the
  // page's, or the element's CSS), not black: drawn into an app's SVG on a dark page they read.
  attr(svgEl, 'fill', 'currentColor');
  attr(svgEl, 'width', width);
  attr(svgEl, 'height', height);
  // Pattern ids unique per SVG, so several charts inlined in one page never share (or clash on) one.
  const prefix = svgEl.getAttribute('data-texture-id') ?? `pioneer-stack-${++textureIds}`;
  svgEl.setAttribute('data-texture-id', prefix);
  // Fills by response: a colour, or a pattern of colour and texture (made once per SVG).
  const fills = new Map<string, string>();
  const paper = options.paper === true;
  const fillOf = (response: string) => {
    let f = fills.get(response);
    if (f === undefined) {
      const index = responses.indexOf(response);
      fills.set(response, (f = paper ? responseStyle(response, index).fill : responseFill(svgEl, prefix, response, index)));
    }
    return f;
  };
  // On paper, a textured response's texture as ink of its own over its plain fill; a screen
  // draw takes away ink a paper draw left, and otherwise costs nothing for it.
  const textureOf = (response: string) => (paper ? responseStyle(response, responses.indexOf(response)).texture : 'none');
  const inked = inkedDraw(svgEl, paper);
  const textOf = (response: string) => responseStyle(response, responses.indexOf(response)).text;
  // "very significant": each response's label once per draw, for the rows' names.
  const responseNames = new Map(responses.map((r) => [r, responseLabel(measure, r).toLowerCase()]));
  // A value label on a textured segment is haloed in the segment's plain colour, so the
  // hatching or dots do not run through its digits (the halo's width is the element's CSS:
  // `text.seg-label`).
  const haloOf = (response: string) => {
    const style = responseStyle(response, responses.indexOf(response));
    return style.texture === 'none' ? null : style.fill;
  };

  // Legend.
  const legendG = layer(svgEl, 'legend');
  attr(legendG, 'part', 'legend');
  attr(legendG, 'aria-hidden', 'true');
  attr(legendG, 'font-size', legendFont);
  const swatchY = (legendRowH - SWATCH) / 2;
  join(legendG, 'legend-item', legend, byResponse, legendItemPrototype, (g, d) => {
    attr(g, 'transform', `translate(${d.x},${d.y + swatchY})`);
    const [swatch, label] = g.children;
    attr(swatch, 'fill', fillOf(d.response));
    text(label, d.label);
    if (inked) drawTextureInk(g, 'swatch-ink', textureInk(textureOf(d.response), 0, 0, SWATCH, SWATCH, RESPONSE_INK.r), null, RESPONSE_INK);
  });

  // Axis and grid (behind the bars).
  const axis = layer(svgEl, 'x-axis');
  attr(axis, 'font-size', smallFont);
  const ticks: { value: string; x: number; label: string }[] = [];
  if (diverging) {
    const [lo, hi] = domain;
    const step = [10, 20, 25, 50].find((s) => s * pxPerPercent >= 44) ?? 50;
    for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) ticks.push({ value: String(v), x: x(v) as number, label: `${Math.abs(v)}%` });
    // The don't-know panel's scale is in its header ("Don't know, 0–10%"): tick labels of its
    // own read on from the main axis ("… 75% 100% 10%").
  } else {
    const step = plotW >= 260 ? 25 : 50;
    for (let v = 0; v <= 100; v += step) ticks.push({ value: String(v), x: x(v) as number, label: `${v}%` });
  }
  // Keep only ticks whose labels fit in the width without touching a kept neighbour.
  const shown = ticksApart(ticks, smallFont, width);
  applyAxisBottom(axis, shown, plotBottom, plotTop - 2);
  // Narrow, on paper, the grid lines are dashes beside the bars only, as the centre line is:
  // the item labels across them print without the screen's halo, which Chromium saves to PDF
  // as a second copy of the text (a PDF of the bars read each label twice).
  // Each row's gap runs from 2 px over its label to 2 px over its first bar.
  let gridAt = plotTop - 2;
  const dashes = rows.flatMap((r) => {
    const dash = r.y - 2 - gridAt;
    const gap = r.bars[0]?.y ?? r.h;
    gridAt = r.y - 2 + gap;
    return [round(dash), round(gap)];
  });
  attr(axis, 'stroke-dasharray', paper && narrow ? [...dashes, height].join(' ') : null);

  // The plot area exposes its scale so that tests and tools can measure what was drawn:
  // data-x0/data-x1 are the x of 0% and 100% (diverging: of the scale's two ends).
  const [ends0, ends1] = diverging ? domain : [0, 100];
  const plot = layer(svgEl, 'plot-area');
  attr(plot, 'data-x0', round(x(ends0) as number));
  attr(plot, 'data-x1', round(x(ends1) as number));
  attr(plot, 'data-zero', round(x(0) as number));
  attr(plot, 'data-domain', domain.join(','));
  attr(plot, 'data-px-per-percent', round(pxPerPercent));
  attr(plot, 'data-layout', narrow ? 'narrow' : 'wide');
  attr(plot, 'data-mode', diverging ? 'diverging' : 'stacked');
  // Written once here and inherited: item labels' anchor; the small font of year, value and
  // badge labels (item labels set their own, larger size).
  attr(plot, 'text-anchor', narrow ? 'start' : 'end');
  attr(plot, 'font-size', smallFont);

  // Centre line and the don't-know column header, when diverging.
  const centre = layer(svgEl, 'centre');
  attr(centre, 'aria-hidden', 'true');
  // Narrow, item labels run across the plot on their own lines: the centre line is drawn
  // beside each bar only, so that it never strikes through a label.
  const cx = x(0) as number;
  const centreSpans = !diverging ? [] : narrow
    ? rows.flatMap((r) => r.bars.map((b) => ({ key: `${r.item.item}|${b.year}`, y1: r.y + b.y - 3, y2: r.y + b.y + b.h + 3 })))
    : [{ key: 'centre', y1: plotTop - 4, y2: plotBottom }];
  join(centre, 'centre-line', centreSpans, (d) => d.key, centreLinePrototype, (line, d) => {
    attr(line, 'x1', cx);
    attr(line, 'x2', cx);
    attr(line, 'y1', round(d.y1));
    attr(line, 'y2', round(d.y2));
  });
  const asideHeader = layer(svgEl, 'aside-header');
  attr(asideHeader, 'aria-hidden', 'true');
  const asideLabel = aside.length ? `${responseLabel(measure, aside[0])}, 0–${dk.domain()[1]}%` : '';
  join(asideHeader, 'muted', diverging && aside.length ? [asideLabel] : [], () => 'header', asideHeaderPrototype, (t, label) => {
    attr(t, 'font-size', smallFont);
    attr(t, 'x', width - 1);
    attr(t, 'y', plotTop - 8);
    text(t, label);
  });

  const marks: ChartMark[] = [];
  const shownRows: ObservationRow[] = [];
  const gapCells: GapCell[] = [];
  const anchorX = narrow ? 1 : labelW;
  join(plot, 'row', rows, byItem, rowPrototype, (g, r) => {
    attr(g, 'data-new', r.badgeY != null ? String(r.item.newIn) : null);
    attr(g, 'transform', `translate(0,${round(r.y)})`);
    attr(g, 'aria-label', rowName(r));
    const itemLabel = g.firstElementChild!;
    attr(itemLabel, 'font-size', labelFont);
    attr(itemLabel, 'lang', options.labelLang || null);
    join(itemLabel, 'label-line', r.lines, byIndex, labelLinePrototype, (t, line, i) => {
      attr(t, 'x', anchorX);
      attr(t, 'y', round(r.labelY + i * lineH));
      text(t, line);
    });
    applyBadge(g, r);
    // Keyed by position in the row, not by year: another year redraws the same bar, so its
    // segments move to the new values (CSS transitions) rather than being rebuilt.
    join(g, 'bar', r.bars, byIndex, barPrototype, (barG, b) => {
      attr(barG, 'data-year', b.year);
      attr(barG, 'transform', `translate(0,${round(b.y)})`);
      // The year beside each bar, when an item has bars of two years.
      join(barG, 'bar-year', paired ? [b.year] : [], () => 'year', barYearPrototype, (year) => {
        attr(year, 'x', plotX0 - 4);
        attr(year, 'y', round(b.h / 2 + labelDy));
        text(year, String(b.year));
      });
      applySegments(barG, r, b);
      applyGaps(barG, r, b);
      // What the bar's marks keep of it: not its layout or segments, which go once drawn.
      const place: BarPlace = { measure, group, item: r.item, year: b.year, series: b.series, y: round(r.y + b.y), isNew: r.badgeY != null && b.year === r.item.newIn };
      // In a CSV, between the bar's figures where its segment would be; as a keyboard stop,
      // between the segments either side of its marker.
      let gi = 0;
      const gapsBefore = (n: number) => {
        for (; gi < b.gaps.length && b.gaps[gi].before <= n; gi++) {
          const g = b.gaps[gi];
          gapCells.push({ measure, item: r.item.item, item_label: r.item.label, year: b.year, group, response: g.response, reason: g.reason, rowsBefore: shownRows.length });
          marks.push(gapMark(place, r, b, g));
        }
      };
      b.segments.forEach((s, si) => {
        gapsBefore(si);
        marks.push(new SegmentMark(place, s.row, s.response, Math.round((s.x + s.w / 2) * 100)));
        shownRows.push(s.row);
      });
      gapsBefore(b.segments.length);
    });
  });

  /**
   * What a screen reader in browse mode reads for a row (an image of its bars, so its wrapped
   * label lines are not read as fragments): the item and every value drawn, in drawn order,
   * e.g. "Increased demand for existing services: very significant 30%, fairly significant 45%,
   * not significant 17%, don't know 8%"; with two years, each year's values after the year. A
   * response the bar has no figure for is said in its place ("fairly significant no figure"); a
   * bar with no figure drawn is "no figures", not each response's "no figure" in turn.
   */
  function rowName(r: RowLayout): string {
    const responseName = (response: string) => responseNames.get(response) ?? response;
    const label = displayLabel(r.item.label);
    const name = r.badgeY != null ? `${label} (new in ${r.item.newIn})` : label;
    const values = r.bars.map((b) => {
      const said = b.segments.map((s) => `${responseName(s.response)} ${s.text}${dashText(s.row)}${unfitText(s.row)}`);
      // Last first, so each earlier gap's place is still its index.
      for (const g of [...b.gaps].reverse()) said.splice(g.before, 0, `${responseName(g.response)} no figure`);
      const segs = b.segments.length ? said.join(', ') : 'no figures';
      return paired ? `${b.year}: ${segs}` : segs;
    });
    return `${name}: ${values.join('; ')}`;
  }

  function applyBadge(g: Element, r: RowLayout): void {
    const label = `New in ${r.item.newIn}`;
    const w = Math.ceil(textWidth(label, smallFont, true)) + 10;
    join(g, 'badge', r.badgeY != null ? [r] : [], () => 'badge', badgePrototype, (b) => {
      attr(b, 'transform', `translate(${narrow ? anchorX : anchorX - w},${round(r.badgeY ?? 0)})`);
      const [rect, t] = b.children;
      attr(rect, 'width', w);
      attr(rect, 'height', badgeH);
      attr(t, 'x', w / 2);
      attr(t, 'y', badgeH / 2);
      text(t, label);
    });
  }

  function applySegments(g: Element, r: RowLayout, b: BarLayout): void {
    join(g, 'seg', b.segments, byResponse, segmentPrototype, (rect, s) => {
      attr(rect, 'data-key', keyOf(r.item.item, b.year, s.response));
      // Without a value label, the element's CSS outlines the segment (see chart-styles).
      attr(rect, 'class', s.labelAt ? 'seg' : 'seg bare');
      attr(rect, 'data-value', s.row.value);
      attr(rect, 'x', round(s.x));
      attr(rect, 'width', round(s.w));
      attr(rect, 'height', b.h);
      attr(rect, 'fill', fillOf(s.response));
    });
    join(g, 'seg-label', b.segments.filter((s) => s.labelAt), byResponse, segmentLabelPrototype, (t, s) => {
      const inside = s.labelAt === 'inside';
      // Centred (the bar's anchor) inside a segment, after it otherwise.
      attr(t, 'text-anchor', inside ? null : 'start');
      // Positioned by transform (not x) so that a CSS transition moves it with its segment; the
      // baseline sits 0.35em below the bar's middle (in px: no dy attribute per label).
      attr(t, 'transform', `translate(${round(inside ? s.x + s.w / 2 : s.x + s.w + 4)},${round(b.h / 2 + labelDy)})`);
      // Inside a segment the text takes the response's text colour; outside, the chart's.
      attr(t, 'fill', inside ? textOf(s.response) : null);
      // Not on paper, where the ink leaves its box clear instead (below).
      const halo = inside && !paper ? haloOf(s.response) : null;
      attr(t, 'stroke', halo);
      // Under the glyphs: without the element's CSS (3px, round joins) it is a thin edge, not a strike.
      attr(t, 'paint-order', halo && 'stroke');
      text(t, s.text);
    });
    // Under the value labels, over the segments.
    let ink: TextureInk | null = null;
    if (paper) {
      ink = { lines: '', dots: '' };
      for (const s of b.segments) {
        // Round a value label inside its segment (its glyphs and 2 px, where the halo is on
        // screen), the ink leaves a box clear: a stroked halo is saved to PDF by Chromium as a
        // second, invisible copy of the text, and a PDF of the bars read "41%41%".
        const hw = s.labelAt === 'inside' ? textWidth(s.text, smallFont) / 2 + 2 : 0;
        const cx = s.x + s.w / 2;
        // The height of ink over and under the box.
        const t = b.h / 2 - labelDy - 2;
        for (const [x0, y0, w, h] of [[s.x, 0, hw ? s.w / 2 - hw : s.w, b.h], [cx + hw, 0, hw && s.w / 2 - hw, b.h], [cx - hw, 0, 2 * hw, t], [cx - hw, b.h - t, 2 * hw, t]]) {
          const part = textureInk(textureOf(s.response), x0, y0, w, h, RESPONSE_INK.r);
          ink.lines += part.lines;
          ink.dots += part.dots;
        }
      }
    }
    if (inked) drawTextureInk(g, 'seg-ink', ink, g.querySelector(':scope > .seg-label'), RESPONSE_INK);
  }

  /**
   * A response a bar has no figure for, as a keyboard/tooltip mark at its marker: "Barrier B,
   * 2021: Fairly significant, no figure. Not in the data.", a segment's name (SegmentMark's
   * "Barrier B, 2021: Fairly significant 37% …") up to its value, so that arrowing along a bar
   * the response is said in the same place. Built as drawn, unlike a segment's: a bar has few,
   * and the reports' bars none.
   */
  function gapMark(p: BarPlace, r: RowLayout, b: BarLayout, g: BarGap): ChartMark {
    return {
      key: keyOf(p.item.item, b.year, g.response),
      label: `${barName(p)}: ${responseLabel(measure, g.response)}, ${NO_FIGURE_TEXT}. ${g.reason}`,
      anchor: [round(g.markX), round(r.y + b.y + gapTop(b, g))],
      detail: { kind: 'segment', measure, item: p.item.item, year: b.year, group, response: g.response },
      series: b.series,
      gap: true,
    };
  }

  /**
   * A bar's gaps: each a group of its marker (the keyboard stop) and, where it fits, "no figure"
   * under it; a pointer on the text reaches the marker (the one mark of its group). None for a
   * bar with every figure: a join of nothing adds no element.
   */
  function applyGaps(g: Element, r: RowLayout, b: BarLayout): void {
    const over = D.gapMarkOverhang;
    const gapH = (d: BarGap) => (b.h + 2 * over - (d.parts - 1) * GAP_SPLIT) / d.parts;
    join(g, 'gap', b.gaps, byResponse, gapPrototype, (gapG, d) => {
      const mark = gapG.firstElementChild!;
      attr(mark, 'data-key', keyOf(r.item.item, b.year, d.response));
      attr(mark, 'x', round(d.markX - D.gapMarkWidth / 2));
      attr(mark, 'y', round(gapTop(b, d)));
      attr(mark, 'width', D.gapMarkWidth);
      attr(mark, 'height', round(gapH(d)));
      join(gapG, 'gap-label', d.textX == null ? [] : [d.textX], () => 'text', gapLabelPrototype, (t, at) => {
        attr(t, 'x', round(at));
        attr(t, 'y', round(b.h + over + smallFont));
        text(t, NO_FIGURE_TEXT);
      });
    });
  }

  /** A gap marker's top within its bar: the overhang above the bar, then its share of the height where gaps share its edge. */
  function gapTop(b: BarLayout, d: BarGap): number {
    const over = D.gapMarkOverhang;
    return -over + (d.part * (b.h + 2 * over + GAP_SPLIT)) / d.parts;
  }

  const heightNeeded = options.height != null && options.height < naturalHeight ? naturalHeight : undefined;
  return { marks, rows: shownRows, gaps: gapCells, summary: barrierStackSummary(sorted, { measure, responses, severity, group }), heightNeeded };
}

/**
 * What a bar's marks keep of it once drawn: its item, year, keyboard row and top (rounded), and
 * the chart's measure and group; not the layout or segments, which 50 charts on a page would
 * otherwise keep alive through their marks.
 */
interface BarPlace {
  measure: string;
  group: string;
  item: StackItem;
  year: number;
  series: number;
  y: number;
  /** The bar is its item's "New in …" year, which its name says. */
  isNew: boolean;
}

/** A bar as its marks name it: "Barrier B (new in 2020), 2020, CCG/NHS". */
const barName = (p: BarPlace): string =>
  `${displayLabel(p.item.label)}${p.isNew ? ` (new in ${p.year})` : ''}, ${p.year}${p.group === 'all' ? '' : `, ${groupLabel(p.group)}`}`;

/**
 * A segment as a keyboard/tooltip mark. Its key, label, anchor and detail are built when read
 * (on hover or focus), from its bar's place, its row and the x of its middle in hundredths of a
 * px (a small integer, not a boxed number): 50 charts on a page keep 3,200 small objects
 * rather than 3,200 labels, arrays and detail records, or the segments' layout.
 */
class SegmentMark implements ChartMark {
  constructor(
    private readonly p: BarPlace,
    private readonly row: ObservationRow,
    private readonly response: string,
    /** The x of its middle, in hundredths of a px. */
    private readonly x: number,
  ) {}

  get key(): string {
    return keyOf(this.p.item.item, this.p.year, this.response);
  }

  get label(): string {
    const { p, row } = this;
    return `${barName(p)}: ${responseLabel(p.measure, this.response)} ${figureText(row)}${unfitText(row)} ${inBrackets(`${formatBase(row)}; ${tableName(row)}`)}`;
  }

  get anchor(): [number, number] {
    return [this.x / 100, this.p.y];
  }

  get detail(): ChartMark['detail'] {
    const { measure, group, item, year } = this.p;
    return { kind: 'segment', measure, item: item.item, year, group, response: this.response };
  }

  get series(): number {
    return this.p.series;
  }
}

// Keys that are attributes the marks carry anyway (the CSS and tests read them): no `data-joined` besides.
const byResponse = byAttribute('data-response', (d: { response: string }) => d.response);
const byItem = byAttribute('data-item', (r: RowLayout) => r.item.item);

const legendItemPrototype = (doc: Document) =>
  svgElement(doc, 'g', { class: 'legend-item' }, [
    svgElement(doc, 'rect', { class: 'swatch', width: SWATCH, height: SWATCH, rx: 2, stroke: 'var(--_bg, #fff)' }),
    svgElement(doc, 'text', { x: 20, y: 7, dy: '0.35em' }),
  ]);
const centreLinePrototype = (doc: Document) => svgElement(doc, 'line', { class: 'centre-line', stroke: 'currentColor', 'stroke-width': 1.5 });
const asideHeaderPrototype = (doc: Document) => svgElement(doc, 'text', { class: 'muted', 'text-anchor': 'end' });
// A row reads as one image named by its item and values (rowName): its label lines and badge
// are not read again, one fragment at a time.
const rowPrototype = (doc: Document) => svgElement(doc, 'g', { class: 'row', role: 'img' }, [svgElement(doc, 'text', { class: 'item-label', part: 'item-label' })]);
const labelLinePrototype = (doc: Document) => svgElement(doc, 'tspan', { class: 'label-line' });
const badgePrototype = (doc: Document) =>
  svgElement(doc, 'g', { class: 'badge', part: 'badge' }, [
    svgElement(doc, 'rect', { rx: 3, fill: 'var(--pioneer-badge-background, #FFF3C4)', stroke: 'var(--pioneer-badge-border, #8A6D00)' }),
    svgElement(doc, 'text', { dy: '0.35em', 'text-anchor': 'middle', 'font-weight': 600, fill: BADGE_TEXT }),
  ]);
// A bar's value labels repeat what each segment's mark announces, so the bar is hidden from
// assistive technology as a whole (one attribute per bar, not one per label); its labels are
// centred unless they say otherwise.
const barPrototype = (doc: Document) => svgElement(doc, 'g', { class: 'bar', 'aria-hidden': 'true', 'text-anchor': 'middle' });
const barYearPrototype = (doc: Document) => svgElement(doc, 'text', { class: 'bar-year muted', 'text-anchor': 'end' });
// A segment's outline (the background colour, 1px) and a value label's deafness to the pointer
// are the elements' CSS (chart-styles.ts, barrier-stack.ts), not attributes on every mark.
// Its class ('seg', or 'seg bare') is written by the update, as for every segment: set here
// too, a new segment's class would be written twice.
const segmentPrototype = (doc: Document) => svgElement(doc, 'rect');
const segmentLabelPrototype = (doc: Document) => svgElement(doc, 'text', { class: 'seg-label' });
/** The space between the markers of gaps that share an edge (their bar's height split between them). */
const GAP_SPLIT = 2;
/** What a gap's marker says under it, and its mark's label: the fact, not a cause (the reason is the mark's and the notes'). */
const NO_FIGURE_TEXT = 'no figure';
// A gap: a slot across the bar, hollow (the background's colour) and dashed in the text's
// colour, so it reads as "no figure" by its shape and outline, not its colour (forced colours
// keep both: chart-styles); `pointer-events` keeps its inside hoverable.
const gapPrototype = (doc: Document) =>
  svgElement(doc, 'g', { class: 'gap' }, [
    svgElement(doc, 'rect', { class: 'gap-mark', fill: 'var(--_bg, #fff)', stroke: 'var(--_text, #1a1a1a)', 'stroke-width': 1.5, 'stroke-dasharray': '3 2', 'pointer-events': 'all' }),
  ]);
const gapLabelPrototype = (doc: Document) => svgElement(doc, 'text', { class: 'gap-label muted' });

let textureIds = 0;
/** A legend swatch's side, px (its texture's ink on paper covers the same box). */
const SWATCH = 14;
const BADGE_TEXT = 'var(--pioneer-badge-color, #4D3D00)';
const keyOf = (item: string, year: number, response: string) => `${item}|${year}|${response}`;
const round = (v: number) => Math.round(v * 100) / 100;
