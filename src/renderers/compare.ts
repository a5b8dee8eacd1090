/**
 * renderCompare(svg, data, options): grouped horizontal bars comparing subgroups (e.g.
 * CCG/NHS vs local authority vs other) on one measure and response, one row of bars per
 * item — the comparison tables of the 2019 report (4.2, 4.3, 4.5, 4.6, 5.2, 5.3, 6.2,
 * 6.3, 7.1, 7.2) as a chart.
 *
 * - A legend names every group with its base n ("CCG/NHS (n=28)", "Less deprived sites (n=34
 *   informants)" where a group is of sites); a group with a base
 *   under `smallBase` carries a visible "⚠ small base" and a note says what it means.
 * - Groups differ by colour, by texture (solid, hatched, dotted, cross-hatched) and by
 *   position within each row, so colour never carries the meaning alone.
 * - Each bar is a focusable mark (`data-key` = `item|group`) with its value label; with
 *   `showIntervals` a whisker shows the 95% Wilson score interval from the percent and
 *   its base. A figure without a printed base gets no whisker, and the notes say so.
 * - `sort: 'gap'` orders items by the absolute difference between two groups, largest
 *   first; otherwise questionnaire order.
 * - Item labels wrap onto as many lines as they need (above the bars below
 *   `narrowWidth`), never truncated.
 *
 * Text widths are estimated from character counts (no layout queries), so the same call
 * gives the same picture in a browser, a detached SVG or a server-side DOM. Calling it
 * again on the same SVG updates the chart in place (keyed joins).
 */
import { assertFigures, finiteOr } from './shared/numbers.js';
import { scaleLinear } from './shared/scale.js';
import type { ObservationRow } from '../data/types.js';
import { differenceInterval, shareMismatch, wilsonIntervalOf, type Interval } from '../data/wilson.js';
import { baseNoun, hasSourceCaveat } from '../data/vocabulary.js';
import { isReportRow } from '../data/report-rows.js';
import { applyAxisBottom, ticksApart } from './shared/axis.js';
import { attr, byAttribute, byIndex, join, layer, svgElement, text } from './shared/dom.js';
import { flowLayout } from './shared/flow.js';
import { andList, displayLabel, figureText, formatValue, inBrackets, midSentence, namedInSentence, tableName, unfitNote, wrapLines } from './shared/format.js';
import { textSpacing, textWidth } from './shared/text-width.js';
import { seriesColor } from './shared/palette.js';
import type { ChartMark, GapCell, RenderResult, TableNote } from './shared/types.js';
import { ensureDefs } from './shared/defs.js';
import { drawTextureInk, inkedDraw, textureInk, type InkStyle } from './shared/texture-ink.js';

/** One subgroup compared, e.g. `{ id: 'organisation:la', label: 'Local authority' }`. */
export interface CompareGroup {
  id: string;
  label: string;
}

/** One item (a row of bars): its published figure per group id (absent where not published). */
export interface CompareItem {
  item: string;
  /** The label as printed. */
  label: string;
  /** Position in the questionnaire. */
  order: number;
  cells: Readonly<Record<string, ObservationRow | undefined>>;
  /**
   * Why a group has no figure for the item, by group id, where it has none: the chart's notes,
   * its result's gaps (a Table view's cell, a CSV's row) give it. Default "Not published.".
   */
  reasons?: Readonly<Record<string, string>>;
}

/** What to compare: the groups, in the order their bars are drawn, and the items. */
export interface CompareData {
  measure: string;
  response: string;
  year: number;
  groups: readonly CompareGroup[];
  items: readonly CompareItem[];
}

export type CompareSort = 'questionnaire' | 'gap';

export interface CompareOptions {
  /** Width in px (required). */
  width: number;
  /**
   * Height in px. Default: what the rows need (legend, wrapped labels, bars, axis, notes).
   * A larger height thickens the bars (up to 28 px) and spreads the rows; a smaller one is
   * ignored, so labels never overlap.
   */
  height?: number;
  /** Draw 95% Wilson score intervals as whiskers and give them in the mark labels; default false. */
  showIntervals?: boolean;
  /** `questionnaire` (default: the items' `order`) or `gap` (absolute difference between `gapGroups`, largest first). */
  sort?: CompareSort;
  /** The two group ids whose difference `sort: 'gap'` and the summary use; default the first two groups. */
  gapGroups?: readonly [string, string];
  /** A group with a base below this carries the small-base caution; default 30. */
  smallBase?: number;
  /** Normal quantile of the intervals; default 1.96 (95%). */
  z?: number;
  /** Subject of the summary sentence, e.g. the chart title; default "Comparison". */
  subject?: string;
  /** Extra notes drawn under the chart (e.g. groups the table does not publish). */
  notes?: readonly string[];
  /**
   * Whether a table printed with the chart gives its notes; default false. Then only the notes
   * the table does not give (what its cells say already) are drawn: the table's numbered notes
   * (the result's `tableNotes`, which its figures' cells point to) give the rest, in a table's
   * words, and drawn as well each printed twice.
   */
  notesInTable?: boolean;
  /** Base font size in px that text widths are estimated from; default 14. */
  fontSize?: number;
  /**
   * The language of the items' labels (the data's), set as `lang` on the label text, e.g. `cy`
   * for a researcher's Welsh items; the rest of the chart's words are English. Default: not set.
   */
  labelLang?: string;
  /** Below this width item labels go above their bars; default 480. */
  narrowWidth?: number;
  /** Prefix of the ids of the pattern definitions; default one of its own per SVG (`pioneer-compare-1`, …). */
  idPrefix?: string;
  /**
   * Drawn for paper: each texture as lines and dots of its own over a plain fill, not a pattern
   * fill, which Chromium prints to PDF as a page-sized bitmap per bar (see texture-ink.ts).
   * Default false (the element sets it between `beforeprint` and `afterprint`).
   */
  paper?: boolean;
}

/** Layout constants (px unless said otherwise). */
export const COMPARE_DEFAULTS = {
  fontSize: 14,
  narrowWidth: 480,
  smallBase: 30,
  z: 1.96,
  /** Share of the width given to the label column, clamped to min/max. */
  labelShare: 0.32,
  minLabelWidth: 120,
  maxLabelWidth: 320,
  labelGap: 10,
  barHeight: 14,
  maxBarHeight: 28,
  barGap: 2,
  rowGap: 12,
  /** Label text is this many em of the base font size; value labels and notes likewise. */
  labelSize: 0.86,
  valueSize: 0.8,
  /** Estimated average character width, in em (generous, so that estimates never fall short). */
  charWidth: 0.6,
  lineHeight: 1.3,
  axisHeight: 26,
  swatch: 14,
} as const;

/** Textures by group position: the first group solid, then hatched, dotted, cross-hatched. */
const TEXTURES = ['none', 'hatch', 'dots', 'cross'] as const;
type Texture = (typeof TEXTURES)[number];

export const SMALL_BASE_MARK = '⚠ small base';

/** Why a cell has no figure, where its item gives no reason. */
const UNPUBLISHED_REASON = 'Not published.';
/**
 * What a cell with no figure shows, and its name says: the fact, not a cause (the reason, given
 * with it, may be a researcher's "Suppressed", not the report's not publishing it).
 */
const NO_FIGURE_TEXT = 'no figure';

/** Why group `group` has no figure for `item`: the item's reason, else UNPUBLISHED_REASON. */
const unpublishedReason = (item: CompareItem, group: string): string => item.reasons?.[group] ?? UNPUBLISHED_REASON;

const textureOf = (i: number): Texture => TEXTURES[i % TEXTURES.length];

/** Comparisons drawn so far without an `idPrefix`: each SVG's pattern ids are its own. */
let compareIds = 0;
/** A prefix no pattern of the document has yet (a server's drawing in the page counts from 1 too). */
function freshPrefix(doc: Document): string {
  let prefix: string;
  do prefix = `pioneer-compare-${++compareIds}`;
  while (doc.getElementById?.(`${prefix}-g0`) || doc.getElementById?.(`${prefix}-g1`));
  return prefix;
}

/** The fill of group i's bars and legend swatch: its colour, with its texture where it has one. */
export function groupFill(i: number, prefix: string = 'pioneer-compare'): string {
  return textureOf(i) === 'none' ? seriesColor(i) : `url(#${prefix}-g${i})`;
}

const roundPct = (v: number) => Math.round(v);

/** "95% CI 36–75%" */
export function formatInterval(iv: Interval, z: number = COMPARE_DEFAULTS.z): string {
  const level = Math.abs(z - 1.96) < 1e-9 ? '95%' : `z=${z}`;
  return `${level} CI ${roundPct(iv.low)}–${roundPct(iv.high)}%`;
}

/** What a group shows with its name: its base(s) and whether any is small. */
export interface GroupBase {
  /** "n=28", "n=21–28", "n=34 informants" (a group of sites) or "n not printed". */
  text: string;
  /** The smallest printed base, or null when none is printed. */
  min: number | null;
  small: boolean;
}

/**
 * The base n of a group across the items shown. A group named for sites (by deprivation or
 * wave) says its n is of informants (baseNoun).
 */
export function groupBase(items: readonly CompareItem[], group: string, smallBase: number = COMPARE_DEFAULTS.smallBase): GroupBase {
  const bases = [...new Set(items.map((i) => i.cells[group]?.base).filter((b): b is number => b != null))].sort((a, b) => a - b);
  if (!bases.length) return { text: 'n not printed', min: null, small: false };
  const text = `n=${bases[0]}${bases.length > 1 ? `–${bases[bases.length - 1]}` : ''}${baseNoun(group)}`;
  return { text, min: bases[0], small: bases[0] < smallBase };
}

/** The absolute difference between two groups' values for an item, or null where either is not published. */
export function gapOf(item: CompareItem, a: string, b: string): number | null {
  const va = item.cells[a]?.value;
  const vb = item.cells[b]?.value;
  return va == null || vb == null ? null : Math.abs(va - vb);
}

/** Orders items: questionnaire order, or by the gap between two groups, largest first (ties and unpublished gaps in questionnaire order, the latter last). */
export function sortCompareItems(items: readonly CompareItem[], sort: CompareSort, gapGroups?: readonly [string, string]): CompareItem[] {
  const byOrder = (x: CompareItem, y: CompareItem) => x.order - y.order;
  const out = [...items];
  if (sort !== 'gap' || !gapGroups) return out.sort(byOrder);
  const [a, b] = gapGroups;
  return out.sort((x, y) => (gapOf(y, a, b) ?? -1) - (gapOf(x, a, b) ?? -1) || byOrder(x, y));
}

/**
 * The summary built from the data: what is compared, the largest gap between the two
 * gap groups (with the 95% interval of that gap), and the small bases.
 */
export function compareSummary(data: CompareData, options: Pick<CompareOptions, 'gapGroups' | 'subject' | 'smallBase' | 'z'> = {}): string {
  const subject = options.subject ?? 'Comparison';
  const smallBase = options.smallBase ?? COMPARE_DEFAULTS.smallBase;
  const z = options.z ?? COMPARE_DEFAULTS.z;
  const { groups, items } = data;
  if (!items.length || !groups.length) return `${subject}: no published figures for the selection.`;
  // A group's name mid-sentence ("between local authority and under 5 years in post").
  const mid = (g: CompareGroup) => midSentence(g.label);
  const named = groups.map((g) => `${mid(g)} (${groupBase(items, g.id, smallBase).text})`);
  let text = `${subject}: ${items.length} item${items.length === 1 ? '' : 's'} compared across ${groups.length} group${groups.length === 1 ? '' : 's'}, ${named.join(', ')}.`;
  const pair = options.gapGroups ?? (groups.length >= 2 ? ([groups[0].id, groups[1].id] as const) : undefined);
  if (pair) {
    const [a, b] = pair;
    const ga = groups.find((g) => g.id === a);
    const gb = groups.find((g) => g.id === b);
    const top = sortCompareItems(items, 'gap', pair)[0];
    const gap = top ? gapOf(top, a, b) : null;
    if (ga && gb && top && gap != null) {
      const ra = top.cells[a]!;
      const rb = top.cells[b]!;
      text += ` The largest gap between ${mid(ga)} and ${mid(gb)} is for ${namedInSentence(top.label, data.measure)}: ${mid(ga)} ${figureText(ra)}, ${mid(gb)} ${figureText(rb)} (${Math.round(gap * 10) / 10} points`;
      // The interval of the gap itself (whether the two groups' own intervals overlap says
      // little: they may overlap where the gap is more than chance alone would give).
      const [hi, lo] = ra.value >= rb.value ? [ra, rb] : [rb, ra];
      const d = differenceInterval(hi, lo, z);
      if (d) {
        // Whole points, but a bound under 1 keeps one significant figure (0.03 stays 0.03), so a
        // bound is never rounded to 0 or across it.
        const points = (v: number) => (Math.abs(v) < 1 ? String(Number(v.toPrecision(1))) : String(Math.round(v))).replace('-', '−');
        text += `; 95% interval of the gap ${points(d.low)} to ${points(d.high)} points${d.low > 0 ? '' : ', which includes 0: chance alone could give a gap this large'}`;
      }
      text += ').';
    }
  }
  // Named first in its sentence: the first keeps its capital.
  const small = groups.filter((g) => groupBase(items, g.id, smallBase).small).map((g, i) => (i ? mid(g) : g.label));
  if (small.length) text += ` ${small.length === groups.length && small.length > 1 ? 'All groups have' : small.length === 1 ? `${small[0]} has` : `${andList(small)} have`} a base under ${smallBase}: treat differences with caution.`;
  return text;
}

/** Ids here are generated from a prefix and an index: only the prefix can need escaping. */
const CSS_ESCAPE = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);

/** Pattern definitions (colour + texture) for groups 0 … count-1, under `<prefix>-g<i>`. */
function ensureGroupPatterns(svg: SVGSVGElement, prefix: string, count: number): void {
  const doc = svg.ownerDocument;
  const defs = ensureDefs(svg);
  for (let i = 0; i < count; i++) {
    const texture = textureOf(i);
    if (texture === 'none') continue;
    const id = `${prefix}-g${i}`;
    if (defs.querySelector(`#${CSS_ESCAPE(id)}`)) continue;
    const ink = GROUP_INK.lines;
    const mark =
      texture === 'hatch' ? svgElement(doc, 'path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', ...ink })
      : texture === 'cross' ? svgElement(doc, 'path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2', ...ink })
      : svgElement(doc, 'circle', { cx: '3', cy: '3', r: GROUP_INK.r, ...GROUP_INK.dots });
    defs.appendChild(svgElement(doc, 'pattern', { id, patternUnits: 'userSpaceOnUse', width: '6', height: '6' }, [
      svgElement(doc, 'rect', { width: '6', height: '6', fill: seriesColor(i) }),
      mark,
    ]));
  }
}

interface CellLayout {
  group: CompareGroup;
  gi: number;
  row: ObservationRow | undefined;
  interval: Interval | null;
  /** The interval's ends in px. */
  intervalX: [number, number] | null;
  y: number;
  x0: number;
  w: number;
  valueX: number;
  valueText: string;
  key: string;
}

interface RowLayout {
  item: CompareItem;
  y: number;
  lines: string[];
  labelY: number;
  cells: CellLayout[];
}

interface LegendEntry {
  group: CompareGroup;
  gi: number;
  small: boolean;
  /** The name's lines: more than one where the name is wider than the chart (large text, a narrow chart). */
  lines: string[];
  /** The caution on a line of its own, under the name. */
  wrap: boolean;
  x: number;
  y: number;
}

/**
 * Draws `data` as grouped horizontal bars (one bar per group for each item, with its base n,
 * a small-base caution and, with `showIntervals`, 95% Wilson intervals) into `svgEl`, keeping
 * its children in step on each call, and returns the focusable marks, the rows shown, the
 * summary and, where `options.height` was too small, the height used (`heightNeeded`).
 */
export function renderCompare(svgEl: SVGSVGElement, data: CompareData, options: CompareOptions): RenderResult {
  const D = COMPARE_DEFAULTS;
  assertFigures('renderCompare', data.items.flatMap((i) => Object.values(i.cells)));
  const width = Math.max(200, finiteOr(options.width, 200));
  const fs = options.fontSize ?? D.fontSize;
  // Pattern ids of its own per SVG (kept across redraws, and from a server's drawing): two
  // comparisons drawn into one page's inline SVGs never paint with each other's patterns.
  const prefix = options.idPrefix ?? svgEl.getAttribute('data-texture-id') ?? freshPrefix(svgEl.ownerDocument);
  if (!options.idPrefix) svgEl.setAttribute('data-texture-id', prefix);
  // On paper: plain fills with the textures as ink; a screen draw takes away ink a paper draw left.
  const paper = options.paper === true;
  const inked = inkedDraw(svgEl, paper);
  const paint: Paint = { prefix, paper, inked };
  const smallBase = options.smallBase ?? D.smallBase;
  const z = options.z ?? D.z;
  const showIntervals = options.showIntervals ?? false;
  const narrow = width < (options.narrowWidth ?? D.narrowWidth);
  const { groups } = data;
  const G = Math.max(1, groups.length);
  const gapGroups = options.gapGroups ?? (groups.length >= 2 ? ([groups[0].id, groups[1].id] as const) : undefined);
  const items = sortCompareItems(data.items, options.sort ?? 'questionnaire', gapGroups);

  const labelPx = fs * D.labelSize;
  const valuePx = fs * D.valueSize;
  // A character's width with the text's spacing: letter-spacing after each, word-spacing at a
  // space (taken as one character in five, more than labels have).
  const { letter, word } = textSpacing();
  const spaced = letter + word / 5;
  const charW = labelPx * D.charWidth + spaced;
  const valueCharW = valuePx * D.charWidth + spaced;
  const lineH = labelPx * D.lineHeight;

  // Legend: "CCG/NHS (n=28) ⚠ small base", flowed onto as many lines as the width needs.
  const bases = new Map(groups.map((g) => [g.id, groupBase(items, g.id, smallBase)]));
  const entries = groups.map((group, gi) => {
    const b = bases.get(group.id)!;
    const name = `${group.label} (${b.text})`;
    // A name wider than the chart (a reader's large text on a phone) wraps at its spaces.
    const lines = wrapLines(name, Math.max(8, Math.floor((width - D.swatch - 6 - 16) / charW)));
    const nameW = Math.max(...lines.map((l) => l.length * charW));
    const lastW = lines[lines.length - 1].length * charW;
    // The caution goes under the group's name where the two would not fit on one line.
    const cautionW = b.small ? (SMALL_BASE_MARK.length + 1) * charW : 0;
    const wrap = b.small && D.swatch + 6 + lastW + cautionW + 16 > width;
    const w = D.swatch + 6 + Math.max(nameW, wrap ? cautionW : lastW + cautionW) + 16;
    return { group, gi, lines, small: b.small, wrap, width: w, height: (lines.length + (wrap ? 1 : 0)) * lineH };
  });
  const flow = flowLayout(entries, width, 0, 6);
  const legend: LegendEntry[] = entries.map(({ group, gi, lines, small, wrap }, i) => ({ group, gi, lines, small, wrap, x: flow.positions[i][0], y: flow.positions[i][1] }));
  const legendH = legend.length ? flow.height + 6 : 0;

  // Notes under the chart: what the caution means, the interval method, bases not printed, extras.
  // Its Table view gives those about its figures too (tableNotes), in a table's words (`table`),
  // but those its cells say already (null: a base not printed, a cell's reason for no figure).
  const notes: string[] = [];
  const tableNotes: TableNote[] = [];
  const addNote = (text: string, table: string | null = text, rows?: ObservationRow[]) => {
    if (!table || !options.notesInTable) notes.push(text);
    if (table) tableNotes.push({ text: table, rows });
  };
  const small = groups.filter((g) => bases.get(g.id)!.small);
  if (small.length) {
    // The reports' own caution is quoted for their figures only (a researcher's survey is not theirs).
    const shown = items.flatMap((it) => groups.map((g) => it.cells[g.id]).filter((r): r is ObservationRow => r != null));
    const reports = shown.length > 0 && shown.every(isReportRow);
    const why = reports
      ? 'The report warns that with its few informants the numbers in its sub-groups are small, so comparisons between them need to be treated with caution.'
      : 'With few informants, one answer moves a percentage a long way, so comparisons between such groups need to be treated with caution.';
    // The table has no legend to mark: it names the groups.
    const line = (who: string) => `fewer than ${smallBase} informants in ${who} (this chart's cut-off, not the report's). ${why}`;
    addNote(`${SMALL_BASE_MARK}: ${line('the group')}`, `Small base: ${line(andList(small.map((g) => midSentence(g.label))))}`);
  }
  if (showIntervals) {
    addNote('Whiskers: 95% confidence intervals (Wilson score interval from the percentage and its base).', '95% CI: 95% confidence interval (Wilson score interval from the percentage and its base).');
    // Printed with its table, which says how its intervals are found (the key's "⚠ small base" is
    // its note's own words), the drawing says what its whiskers are, once: none of the table's says.
    if (options.notesInTable) notes.push("Whiskers: each figure's 95% CI, given in the table.");
    const noBase = items.flatMap((it) => groups.filter((g) => it.cells[g.id] && it.cells[g.id]!.base == null).map((g) => `${displayLabel(it.label)} (${g.label})`));
    if (noBase.length) addNote(`No interval where the base is not printed: ${noBase.join('; ')}.`, null);
  }
  // A figure its printed base cannot give (53% of 67): fewer answered than the base (an item's
  // non-response), or the figure is misprinted. Said of the figure as printed, with intervals or
  // without (with them, their intervals use both as printed). A table whose bases are off
  // throughout says so in its own caveat (SOURCE_CAVEATS), under the chart. The Table view marks their cells.
  const unfitRows: ObservationRow[] = [];
  const unfit = items.flatMap((it) => groups.flatMap((g) => {
    const row = it.cells[g.id];
    if (!row || hasSourceCaveat(row) || !shareMismatch(row)) return [];
    unfitRows.push(row);
    return [`${displayLabel(it.label)} (${g.label}: ${formatValue(row.value, row.unit)} of ${row.base})`];
  }));
  if (unfit.length) {
    const text = unfitNote(unfit, showIntervals, unfitRows.every(isReportRow));
    addNote(text, text, unfitRows);
  }
  if (options.sort === 'gap' && gapGroups) {
    const [a, b] = gapGroups.map((id) => midSentence(groups.find((g) => g.id === id)?.label ?? id));
    // Its table's rows are in the same order.
    addNote(`Sorted by the gap between ${a} and ${b}, largest first.`);
  }
  // Cells drawn with "no figure": each reason once, with the cells it is given for (the
  // same words as the gaps' reasons, which the Table view and the CSV give).
  const unpublished = new Map<string, string[]>();
  for (const it of items) {
    for (const g of groups) {
      if (it.cells[g.id]) continue;
      const reason = unpublishedReason(it, g.id);
      unpublished.set(reason, [...(unpublished.get(reason) ?? []), `${displayLabel(it.label)} (${g.label})`]);
    }
  }
  for (const [reason, cells] of unpublished) addNote(`${reason.replace(/\.$/, '')}: ${cells.join('; ')}.`, null);
  for (const n of options.notes ?? []) addNote(n);
  const noteLines = notes.flatMap((n) => wrapLines(n, Math.max(12, Math.floor(width / charW))));
  const notesH = noteLines.length ? noteLines.length * lineH + 8 : 0;

  // Columns and value labels.
  const labelW = narrow ? 0 : Math.round(Math.min(D.maxLabelWidth, Math.max(D.minLabelWidth, width * D.labelShare)));
  const labelChars = Math.max(8, Math.floor((narrow ? width - 4 : labelW) / charW));
  // Narrow: room for half of the "0%" tick label left of the axis.
  const plotLeft = narrow ? Math.ceil(textWidth('0%', fs) / 2) + 1 : labelW + D.labelGap;
  const intervalOf = (row: ObservationRow | undefined) => (showIntervals && row ? wilsonIntervalOf(row, z) : null);
  const valueTextOf = (row: ObservationRow | undefined) => {
    if (!row) return NO_FIGURE_TEXT;
    const v = formatValue(row.value, row.unit);
    return showIntervals && row.base == null ? `${v} (no interval: base not printed)` : v;
  };
  const valueTexts = items.flatMap((it) => groups.map((g) => valueTextOf(it.cells[g.id])));
  const rightPad = Math.ceil(Math.max(4, ...valueTexts.filter((t) => t !== NO_FIGURE_TEXT).map((t) => t.length)) * valueCharW) + 8;
  const plotRight = Math.max(plotLeft + 40, width - rightPad);
  const extent = Math.max(
    0,
    ...items.flatMap((it) => groups.map((g) => {
      const row = it.cells[g.id];
      if (!row) return 0;
      return Math.max(row.value, intervalOf(row)?.high ?? 0);
    })),
  );
  const unit = items.flatMap((it) => groups.map((g) => it.cells[g.id]?.unit)).find(Boolean) ?? 'percent';
  const xMax = unit === 'percent' ? Math.min(100, Math.max(10, Math.ceil(extent / 10) * 10)) : Math.max(5, extent);
  const x = scaleLinear().domain([0, xMax]).range([plotLeft, plotRight]);
  if (unit !== 'percent') x.nice();

  // The axis's tick labels (at the font size, 1.1em under the tick) and room under them.
  const axisH = Math.max(D.axisHeight, Math.ceil(4 + fs * 1.45));
  // Rows: wrapped label, then (or beside) one bar per group.
  const plotTop = legendH + 8;
  const layoutRows = (barH: number, rowGap: number) => {
    let y = plotTop;
    const rows: RowLayout[] = items.map((item) => {
      const lines = wrapLines(displayLabel(item.label), labelChars);
      const labelH = lines.length * lineH;
      const barsH = G * barH + (G - 1) * D.barGap;
      const rowH = narrow ? labelH + 3 + barsH : Math.max(barsH, labelH);
      const barsTop = narrow ? y + labelH + 3 : y + (rowH - barsH) / 2;
      const labelTop = narrow ? y : y + (rowH - labelH) / 2;
      const cells: CellLayout[] = groups.map((group, gi) => {
        const row = item.cells[group.id];
        const interval = intervalOf(row);
        const by = barsTop + gi * (barH + D.barGap);
        const valueText = valueTextOf(row);
        const w = row ? Math.max(0, x(row.value) - x(0)) : valueText.length * valueCharW + 4;
        const end = row ? Math.max(x(row.value), interval ? x(interval.high) : 0) : x(0);
        return { group, gi, row, interval, intervalX: interval ? [x(interval.low), x(interval.high)] : null, y: by, x0: x(0), w, valueX: row ? end + 4 : x(0) + 2, valueText, key: `${item.item}|${group.id}` };
      });
      const layout = { item, y, lines, labelY: labelTop + lineH * 0.78, cells };
      y += rowH + rowGap;
      return layout;
    });
    return { rows, bottom: items.length ? y - rowGap : plotTop };
  };
  // Bars at least as tall as their value labels (beside each bar, centred on it), less the gap
  // between them, so that large text (200% zoom) never runs one group's value into the next.
  let barH: number = Math.max(groups.length > 3 ? 12 : D.barHeight, Math.ceil(valuePx * 1.2) - D.barGap);
  let rowGap: number = D.rowGap;
  let laid = layoutRows(barH, rowGap);
  // The least height the rows need (what a smaller `height` is told), from the unstretched
  // layout: the stretched one fills the asked height, give or take a rounding error.
  const needed = Math.ceil(laid.bottom + 4 + axisH + notesH - 1e-6);
  const fixedH = plotTop + axisH + notesH + 4;
  if (options.height && items.length && options.height > laid.bottom + fixedH - plotTop) {
    const extra = options.height - (laid.bottom - plotTop + fixedH);
    barH = Math.min(Math.max(D.maxBarHeight, barH), barH + extra / (items.length * G));
    laid = layoutRows(barH, rowGap);
    const left = options.height - (laid.bottom - plotTop + fixedH);
    if (left > 0 && items.length > 1) {
      rowGap += left / (items.length - 1);
      laid = layoutRows(barH, rowGap);
    }
  }
  const { rows } = laid;
  const plotBottom = laid.bottom + 4;
  const height = Math.max(Math.ceil(finiteOr(options.height, 0)), needed);

  // The text at the size it is laid out for, whatever the page's text (in the element the
  // same size: the one it passes is read from its own text).
  attr(svgEl, 'font-size', fs);
  attr(svgEl, 'viewBox', `0 0 ${width} ${height}`);
  // Text and shapes without a colour of their own take the text colour around the SVG (the
  // page's, or the element's CSS), not black: drawn into an app's SVG on a dark page they read.
  attr(svgEl, 'fill', 'currentColor');
  attr(svgEl, 'width', width);
  attr(svgEl, 'height', height);
  ensureGroupPatterns(svgEl, prefix, groups.length);

  // Axis and grid.
  // As many ticks as their labels have room for (fewer with large text), none touching.
  const tickLabel = (v: number) => (unit === 'percent' ? `${v}%` : String(v));
  let ticks: { value: number; x: number; label: string }[] = [];
  for (const count of narrow ? [4, 3, 2] : [6, 4, 3, 2]) {
    ticks = x.ticks(count).map((v) => ({ value: v, x: x(v), label: tickLabel(v) }));
    if (ticksApart(ticks, fs).length === ticks.length) break;
  }
  applyAxisBottom(layer(svgEl, 'x-axis'), ticks, plotBottom, plotTop - 4);

  // Legend.
  join(layer(svgEl, 'legend'), 'legend-entry', legend, byGroup, legendEntry, (g, e) => {
    attr(g, 'data-small-base', String(e.small));
    attr(g, 'transform', `translate(${e.x},${e.y})`);
    const swatch = g.firstElementChild!;
    attr(swatch, 'class', `swatch group-${e.gi} texture-${textureOf(e.gi)}`);
    attr(swatch, 'y', (lineH - D.swatch) / 2);
    attr(swatch, 'fill', paper ? seriesColor(e.gi) : groupFill(e.gi, prefix));
    const label = g.lastElementChild!;
    if (inked) drawTextureInk(g, 'swatch-ink', paper ? textureInk(textureOf(e.gi), 0, (lineH - D.swatch) / 2, D.swatch, D.swatch, GROUP_INK.r) : null, label, GROUP_INK);
    attr(label, 'y', lineH / 2);
    // A line of the name followed by another line ends in a space (a space starting a line would
    // indent it), as does the name where the caution has a line of its own: the text reads as one.
    // (A word split with a hyphen to fit goes on without one.)
    const last = e.lines.length - 1;
    const said = e.lines.map((line, i) => (i < last ? (line.endsWith('-') ? line : `${line} `) : e.wrap ? `${line} ` : line));
    text(label.firstElementChild!, said[0]);
    join(label, 'name-line', said.slice(1), byIndex, nameLineSpan, (t, line) => {
      attr(t, 'x', D.swatch + 6);
      attr(t, 'dy', lineH);
      text(t, line);
    });
    join(label, 'caution', e.small ? [e.wrap ? SMALL_BASE_MARK : ` ${SMALL_BASE_MARK}`] : [], byIndex, cautionSpan, (t, caution) => {
      text(t, caution);
      attr(t, 'x', e.wrap ? D.swatch + 6 : null);
      attr(t, 'dy', e.wrap ? lineH : null);
    });
    // The caution after the name's last line (a name that has just wrapped gets its lines at the end).
    const caution = label.querySelector(':scope > .caution');
    if (caution && caution !== label.lastElementChild) label.appendChild(caution);
  });

  // Rows of bars.
  join(layer(svgEl, 'rows'), 'row', rows, byItem, rowGroup, (g, r) => {
    // Read in browse mode as one image: the item and each group's value, in drawn order.
    const values = r.cells.map((c) => `${c.group.label} ${c.row ? figureText(c.row) : NO_FIGURE_TEXT}`);
    attr(g, 'aria-label', `${displayLabel(r.item.label)}: ${values.join(', ')}`);
    const label = g.firstElementChild!;
    attr(label, 'y', r.labelY);
    attr(label, 'lang', options.labelLang || null);
    join(label, 'label-line', r.lines, byIndex, labelLine, (t, line, i) => {
      attr(t, 'dy', i === 0 ? 0 : lineH);
      // A trailing space keeps the words apart in the text content (screen readers, copy).
      text(t, i < r.lines.length - 1 ? `${line} ` : line);
    });
    join(g, 'bar-group', r.cells, byGroup, barGroup, (b, c) => {
      drawCell(b, c, barH, valuePx, paint);
    });
  });

  // Marks, published rows and cells with no figure (gaps), in drawn order.
  const marks: ChartMark[] = [];
  const resultRows: ObservationRow[] = [];
  const gaps: GapCell[] = [];
  rows.forEach((r, ri) => {
    for (const c of r.cells) {
      const name = `${c.group.label} (${bases.get(c.group.id)!.text})`;
      const label = displayLabel(r.item.label);
      const caution = bases.get(c.group.id)!.small ? ` Small base (under ${smallBase}): treat differences with caution.` : '';
      let markLabel: string;
      if (!c.row) {
        // Named as the row's figures are, with the group's n: arrowing along a row, each cell
        // says its group the same way before its value or "no figure".
        const reason = unpublishedReason(r.item, c.group.id);
        markLabel = `${label}, ${name}: ${NO_FIGURE_TEXT}. ${reason}`;
        gaps.push({
          measure: data.measure, item: r.item.item, item_label: r.item.label, year: data.year, group: c.group.id, response: data.response,
          reason,
          // Between its item's other groups in a CSV, as it is drawn.
          rowsBefore: resultRows.length,
        });
      } else {
        resultRows.push(c.row);
        const value = figureText(c.row);
        const ci = !showIntervals ? '' : c.interval ? `${formatInterval(c.interval, z)}; ` : c.row.base == null ? 'base not printed, so no interval; ' : 'no interval; ';
        markLabel = `${label}, ${name}: ${value} ${inBrackets(`${ci}${tableName(c.row)}`)}.${caution}`;
      }
      marks.push({
        key: c.key,
        label: markLabel,
        anchor: [c.row ? x(c.row.value) : c.x0, c.y + barH / 2],
        detail: { kind: 'group', measure: data.measure, item: r.item.item, year: data.year, group: c.group.id, response: data.response },
        series: ri,
        gap: !c.row,
      });
    }
  });

  // Notes.
  const notesTop = plotBottom + axisH + lineH * 0.8;
  join(layer(svgEl, 'notes'), 'note', noteLines, byIndex, note, (t, line, i) => {
    attr(t, 'y', notesTop + i * lineH);
    text(t, line);
  });

  return {
    marks,
    rows: resultRows,
    gaps,
    tableNotes,
    summary: compareSummary({ ...data, items }, { gapGroups, subject: options.subject, smallBase, z }),
    heightNeeded: options.height != null && options.height < needed ? needed : undefined,
  };
}

// Prototypes: each node with its constant attributes, cloned by join.
const TEXT_COLOR = 'var(--_text, #1a1a1a)';

/** A legend entry: swatch (class, y and fill set per group) and label (group name, its further lines where it wraps, then the caution where the base is small). */
const legendEntry = (doc: Document) =>
  svgElement(doc, 'g', { class: 'legend-entry' }, [
    svgElement(doc, 'rect', { class: 'swatch', width: COMPARE_DEFAULTS.swatch, height: COMPARE_DEFAULTS.swatch, stroke: TEXT_COLOR, 'stroke-width': 0.75 }),
    svgElement(doc, 'text', { class: 'legend-label', x: COMPARE_DEFAULTS.swatch + 6, dy: '0.35em', 'font-size': `${COMPARE_DEFAULTS.labelSize}em` }, [
      svgElement(doc, 'tspan', { class: 'group-name' }),
    ]),
  ]);

// Keys that are attributes the marks carry anyway: no `data-joined` besides.
const byGroup = byAttribute('data-group', (d: { group: { id: string } }) => d.group.id);
const byItem = byAttribute('data-item', (r: RowLayout) => r.item.item);
const nameLineSpan = (doc: Document) => svgElement(doc, 'tspan', { class: 'name-line' });
const cautionSpan = (doc: Document) => svgElement(doc, 'tspan', { class: 'caution', 'font-weight': 600 });

/** A row: its item label (one tspan per wrapped line), then its bar groups; one image to a screen reader, named by its values. */
const rowGroup = (doc: Document) =>
  svgElement(doc, 'g', { class: 'row', role: 'img' }, [
    // 1 px in: a first letter that overhangs its start (T, W) is not cut by the chart's edge.
    svgElement(doc, 'text', { class: 'item-label', x: 1, 'font-size': `${COMPARE_DEFAULTS.labelSize}em` }),
  ]);

const labelLine = (doc: Document) => svgElement(doc, 'tspan', { class: 'label-line', x: 1 });

/** A bar group: the bar, then (with an interval) its whisker, then the value label. */
const barGroup = (doc: Document) =>
  svgElement(doc, 'g', { class: 'bar-group' }, [
    svgElement(doc, 'rect', { class: 'bar' }),
    svgElement(doc, 'text', { class: 'value', dy: '0.35em' }),
  ]);

/**
 * A whisker: the interval's line and caps in ink over a halo of the background's colour, so it
 * stays visible where it crosses a bar of the same darkness (a black bar on paper, the dark
 * theme's light ink on a light bar).
 */
const whisker = (doc: Document) => {
  const line = (cls: string) => svgElement(doc, 'line', { class: cls, stroke: TEXT_COLOR, 'stroke-width': 1.5 });
  return svgElement(doc, 'g', { class: 'interval', 'aria-hidden': 'true' }, [
    svgElement(doc, 'path', { class: 'halo', fill: 'none', stroke: 'var(--_bg, #fff)', 'stroke-width': 2.5, 'stroke-linecap': 'square' }),
    line('whisker'),
    line('cap-low'),
    line('cap-high'),
  ]);
};

const note = (doc: Document) => svgElement(doc, 'text', { class: 'note muted', x: 1, 'font-size': `${COMPARE_DEFAULTS.labelSize}em` });

/** How bars are filled: with the SVG's patterns (`prefix`), or on paper plain, with ink over them. */
interface Paint {
  prefix: string;
  paper: boolean;
  /** Whether ink is drawn, or left by a paper draw (to be taken away). */
  inked: boolean;
}

/** The groups' textures, in their pattern tiles (ensureGroupPatterns) and, on paper, as ink. */
const GROUP_INK: InkStyle = {
  lines: { stroke: '#000', 'stroke-opacity': 0.45, 'stroke-width': 1.2, fill: 'none' },
  dots: { fill: '#000', 'fill-opacity': 0.5 },
  r: 1.3,
};

function drawCell(g: Element, c: CellLayout, barH: number, valuePx: number, paint: Paint): void {
  const published = c.row != null;
  const bar = g.firstElementChild!;
  // Classes name the group's position and texture, so that styles (forced colours, print) can keep them apart.
  attr(bar, 'class', `bar group-${c.gi} texture-${textureOf(c.gi)}`);
  attr(bar, 'data-key', c.key);
  attr(bar, 'data-item', c.key.split('|')[0]);
  attr(bar, 'data-group', c.group.id);
  attr(bar, 'data-value', published ? c.row!.value : null);
  attr(bar, 'data-base', published && c.row!.base != null ? c.row!.base : null);
  attr(bar, 'x', c.x0);
  attr(bar, 'y', c.y);
  attr(bar, 'width', c.w);
  attr(bar, 'height', barH);
  // A cell with no figure keeps a transparent hit box around its "no figure" text.
  attr(bar, 'fill', !published ? 'transparent' : paint.paper ? seriesColor(c.gi) : groupFill(c.gi, paint.prefix));
  attr(bar, 'stroke', published ? TEXT_COLOR : 'none');
  attr(bar, 'stroke-width', published ? 0.75 : null);
  const value = g.lastElementChild!;
  attr(value, 'x', c.valueX);
  attr(value, 'y', c.y + barH / 2);
  attr(value, 'font-size', `${valuePx}px`);
  attr(value, 'class', published ? 'value' : 'value muted');
  text(value, c.valueText);
  const [interval] = join(g, 'interval', c.interval ? [c.interval] : [], byIndex, whisker, (w, iv) => {
    attr(w, 'data-low', iv.low.toFixed(2));
    attr(w, 'data-high', iv.high.toFixed(2));
    const [lo, hi] = c.intervalX ?? [c.x0, c.x0];
    const mid = c.y + barH / 2;
    const cap = Math.min(barH / 2, 6);
    const halo = w.firstElementChild!;
    attr(halo, 'd', `M${lo},${mid}H${hi}M${lo},${mid - cap}V${mid + cap}M${hi},${mid - cap}V${mid + cap}`);
    const line = halo.nextElementSibling!;
    attr(line, 'x1', lo); attr(line, 'x2', hi); attr(line, 'y1', mid); attr(line, 'y2', mid);
    const low = line.nextElementSibling!;
    attr(low, 'x1', lo); attr(low, 'x2', lo); attr(low, 'y1', mid - cap); attr(low, 'y2', mid + cap);
    const high = w.lastElementChild!;
    attr(high, 'x1', hi); attr(high, 'x2', hi); attr(high, 'y1', mid - cap); attr(high, 'y2', mid + cap);
  });
  // The whisker goes between the bar and the value label (join appends a new one at the end).
  if (interval && interval.nextElementSibling !== value) g.insertBefore(interval, value);
  // The texture's ink over the bar, under its whisker and value.
  if (paint.inked) drawTextureInk(g, 'bar-ink', paint.paper && published ? textureInk(textureOf(c.gi), c.x0, c.y, c.w, barH, GROUP_INK.r) : null, interval ?? value, GROUP_INK);
}
