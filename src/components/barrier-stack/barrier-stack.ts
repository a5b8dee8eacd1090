import { html, css, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../define.js';
import { gapReasonOf, type Dataset } from '../../data/dataset.js';
import { isReportRow } from '../../data/report-rows.js';
import { distribution, firstAskedOf, groupsOf, isCharted, itemsOf, measuresOf, responsesOf, yearsOf, type Distribution } from '../../data/query.js';
import { datasetFact } from '../../data/facts.js';
import type { ObservationRow } from '../../data/types.js';
import { DERIVED_RESPONSES, NEGATIVE_FROM, groupLabel, measureLabel, responseLabel } from '../../data/vocabulary.js';
import {
  barrierStackSummary,
  renderBarrierStack,
  SEVERE_RESPONSE,
  sortStackItems,
  type StackBar,
  type StackItem,
  type StackSort,
} from '../../renderers/barrier-stack.js';
import { andList, displayLabel, inBrackets, midSentence, tableName } from '../../renderers/shared/format.js';
import { darkResponseTokens, labelContrastRules, registerLabelColours } from '../../renderers/shared/response-style.js';
import type { GapCell, RenderResult } from '../../renderers/shared/types.js';
import { AttributeProblem, matchOf, oneOf, yearIn, type Keyword, type Numeric } from '../base/attribute-problem.js';
import type { FilterAttributes } from '../base/filter-state.js';
import { PioneerChart } from '../base/pioneer-chart.js';
import { own } from '../../data/lookup-table.js';
import { unbroken } from '../base/unbroken.js';

import { STACK_MEASURES, STACK_SORTS } from './stack-measures.js';

export { STACK_MEASURES, STACK_SORTS };

interface StackView {
  measure: string;
  year: number;
  group: string;
  compareYear: number | null;
  sort: StackSort;
  /** Diverging as drawn (asked for, and possible; undefined, unset, is not). */
  diverging: boolean | undefined;
  /** Why diverging was asked for but is not drawn, or null. */
  divergingNote: string | null;
  /** The responses drawn, in questionnaire order. */
  responses: string[];
  /** Responses of the measure that the group does not publish for the year. */
  unpublished: string[];
  /** Report tables the drawn figures come from (for the note on unpublished responses). */
  tables: string[];
  /** Why each unpublished response has no figure, item by item (its CSV's gap rows). */
  unpublishedWhy: UnpublishedWhy[];
  /** What the notes under the chart say of the unpublished responses. */
  /** Worded for the chart, or (`table`) for its table (wordedNote). */
  unpublishedNotes: ((table: boolean) => string)[];
  items: StackItem[];
  /** Labels of items asked only in the compare year (not drawn). */
  compareOnly: string[];
  /** Their figures of the compare year: not drawn, but in its CSV, which the note on them rests on. */
  compareOnlyRows: ObservationRow[];
  /** The earlier year the items marked new are new against (null where none is). */
  newAgainst: number | null;
  /** Labels of items with no row in the year and only gap rows in the compare year (not drawn: no figure in either). */
  compareGapsOnly: string[];
  /** Whether every item marked new in the year has one bar (the note on them says so); false without a compare year. */
  newHaveOneBar: boolean;
  /** Labels of items with no row at all in the compare year (so one bar) that the note on new items does not cover, in drawn order. */
  notInCompare: string[];
  /** With a compare year, each year whose data has no figure of some responses drawn (the other year's), and those responses: its bars lack them. */
  yearLacks: [year: number, responses: string[]][];
  /** Sorted by the severe response: the items with no figure for it, drawn last. */
  unsorted: { response: string; items: string[] } | null;
  /** Each reason a bar has no figure for a response its year gives, with the bars it is given for ("Barrier B (fairly significant)"; a bar with no figure, "Barrier D (no figures)"). */
  missing: [reason: string, bars: string[]][];
  /** Bars whose printed percentages do not add up to exactly 100, and the range of the sums. */
  rounding: { bars: number; min: number; max: number; byReports: boolean } | null;
  /**
   * Where the data gives the measure one response only (no other to add up with, e.g. a file of
   * an earlier format of a group that publishes one): that response, said of each bar instead of a sum.
   */
  onlyResponse: string | null;
  summary: string;
}

/** An unpublished response and why each item has no figure of it (a note under the chart, or a file's gap rows' notes). */
interface UnpublishedWhy {
  response: string;
  /** Item → reason. */
  reasons: ReadonlyMap<string, string>;
}

/** Parses a year attribute, keeping text that is not a number (an empty one too) as typed so the message can quote it. */
const yearConverter = {
  fromAttribute: (value: string | null): unknown => (value == null ? undefined : /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  toAttribute: (value: unknown): string | null => (value == null ? null : String(value)),
};


/** Why a bar has no figure for a response its year gives other items, where no gap row of the data says. */
const NO_FIGURE = 'Not in the data.';

/** The dark theme's response fills (see DARK_RESPONSE_FILLS). */
const darkTokens = unsafeCSS(darkResponseTokens);
/** Value labels in the colour that contrasts more with their fill, a page's palette included. */
const labelContrast = unsafeCSS(labelContrastRules());

/**
 * 100% stacked horizontal bars of how informants rated each item of a question — barriers,
 * facilitators, progress on objectives, effects of Covid-19 — for one survey year and group,
 * with segment labels, a legend, wrapping item labels, an optional diverging layout and a
 * comparison with another year. Where a group publishes only one response (e.g. 'very
 * significant' barriers by organisation type in 2019), that response is drawn alone and a note
 * says the others are not published.
 *
 * Every segment is a focusable mark, and so is the marker of a response a bar has no figure
 * for (a researcher's rows may leave one out): arrow keys move left/right between them and up/down
 * between bars; Enter or a click fires `pioneer-select` with
 * `{kind: 'segment', measure, item, year, group, response}`.
 *
 * @summary Response distribution per item as 100% stacked bars.
 * @csspart summary - The sentence under the chart saying what it shows.
 * @csspart note - Notes under the chart (unpublished responses, new items, rounding).
 * @csspart legend - The legend (an SVG group) naming each response with its colour and texture.
 * @csspart item-label - Each item's label (an SVG text).
 * @csspart badge - The "New in 2020" badge of items first asked in the year shown (an SVG group).
 * @cssprop --pioneer-response-very - Fill of 'very' (significant/important) segments (default #08519C; #2B6CB0 in the dark theme).
 * @cssprop --pioneer-response-fairly - Fill of 'fairly' segments (default #7DB7E0, with vertical lines).
 * @cssprop --pioneer-response-not - Fill of 'not significant' segments (default #FDB47A, hatched).
 * @cssprop --pioneer-response-not-very - Fill of 'not very important' segments (default #FDB47A, hatched).
 * @cssprop --pioneer-response-not-at-all - Fill of 'not at all important' segments (default #A63603, #BD4A10 in the dark theme; cross-hatched).
 * @cssprop --pioneer-response-substantial - Fill of 'substantial' progress (default #08519C; #2B6CB0 in the dark theme).
 * @cssprop --pioneer-response-some - Fill of 'some' progress (default #7DB7E0, with vertical lines).
 * @cssprop --pioneer-response-none - Fill of 'none' progress (default #FDB47A, hatched).
 * @cssprop --pioneer-response-substantial-or-some - Fill of 'substantial or some' progress, drawn only where a group publishes nothing else (default #2B6CB0).
 * @cssprop --pioneer-response-aided - Fill of 'aided' (Covid-19 effect) segments (default #08519C; #2B6CB0 in the dark theme).
 * @cssprop --pioneer-response-hindered - Fill of 'hindered' segments (default #A63603, #BD4A10 in the dark theme; cross-hatched).
 * @cssprop --pioneer-response-no-effect - Fill of 'no effect' segments (default #DADADA, with vertical lines).
 * @cssprop --pioneer-response-dont-know - Fill of "don't know" segments (default #8C8C8C, dotted).
 * @cssprop --pioneer-response-very-text - Colour of value labels on 'very' segments. Each response has such a `-text` property; unset, a label is white or #1a1a1a, whichever contrasts more with the fill drawn (a page's own `--pioneer-response-<id>` included).
 * @cssprop --pioneer-response-fairly-text - Colour of value labels on 'fairly' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-not-text - Colour of value labels on 'not' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-not-very-text - Colour of value labels on 'not-very' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-not-at-all-text - Colour of value labels on 'not-at-all' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-substantial-text - Colour of value labels on 'substantial' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-some-text - Colour of value labels on 'some' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-none-text - Colour of value labels on 'none' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-substantial-or-some-text - Colour of value labels on 'substantial-or-some' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-aided-text - Colour of value labels on 'aided' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-hindered-text - Colour of value labels on 'hindered' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-no-effect-text - Colour of value labels on 'no-effect' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-response-dont-know-text - Colour of value labels on 'dont-know' segments (unset: white or #1a1a1a, whichever contrasts more with the fill).
 * @cssprop --pioneer-badge-background - Background of the "New in …" badge (default #FFF3C4).
 * @cssprop --pioneer-badge-border - Border of the badge (default #8A6D00).
 * @cssprop --pioneer-badge-color - Text of the badge (default #4D3D00).
 * @fires pioneer-select - When a segment (or the marker of a response a bar has no figure for) is activated; `detail` is `{source, kind: 'segment', measure, item, year, group, response}`.
 */
@customElement('barrier-stack')
export class BarrierStack extends PioneerChart<StackView> {
  static styles = [
    PioneerChart.styles,
    css`
      /* Dark theme: the darkest fills lighten so they stand out from the background. */
      /* Dark on screens only: paper is white, so print keeps the light theme's colours. */
      @media screen {
        :host([theme~='dark' i]) { ${darkTokens} }
      }
      @media screen and (prefers-color-scheme: dark) {
        :host(:not([theme~='light' i])) { ${darkTokens} }
      }
      /* Marks move to their new places only in a chart in the window (in-view.ts). */
      .in-view svg g.row,
      .in-view svg g.bar,
      .in-view svg text.seg-label { transition: transform 0.3s; }
      .in-view svg rect.seg { transition: x 0.3s, width 0.3s; }
      svg rect.seg { cursor: pointer; }
      svg rect.seg:hover { stroke: var(--_focus); stroke-width: 2px; }
      svg text.seg-label { pointer-events: none; stroke-width: 3px; stroke-linejoin: round; }
      /* A response a bar has no figure for: its marker (a keyboard stop) and the "no figure" under it reach its tooltip. */
      svg .gap { cursor: pointer; }
      svg rect.gap-mark:hover { stroke: var(--_focus); stroke-width: 2px; }
      /* Focused, its outline is whole (a dashed 3 px ring reads thinner than a segment's). */
      svg rect.gap-mark.focused { stroke-dasharray: none; }
      ${labelContrast}
      /* Narrow, item labels cross the grid lines: a halo in the background colour keeps them
         clear. Not on paper, where a PDF holds it as a second copy of the text: the grid lines
         stop short of the labels there instead (renderers/barrier-stack.ts). */
      @media screen {
        svg [data-layout='narrow'] text.item-label { paint-order: stroke; stroke: var(--_bg); stroke-width: 4px; stroke-linejoin: round; }
      }
      @media (forced-colors: active) {
        svg text.seg-label, svg .badge text { fill: CanvasText !important; }
        svg text.seg-label[stroke] { stroke: Canvas !important; }
        svg .badge rect { fill: Canvas; stroke: CanvasText; }
        /* The legend's keys look like the segments they name: outlined, plain ones forced as the segments are. */
        svg rect.swatch { forced-color-adjust: none; stroke: CanvasText; }
        svg rect.swatch:not([fill^='url(']) { fill: Canvas; }
        svg pattern.texture * { forced-color-adjust: none; }
        svg pattern.texture rect { fill: Canvas; }
        svg pattern.texture path { stroke: CanvasText; stroke-opacity: 0.7; }
        svg pattern.texture circle { fill: CanvasText; fill-opacity: 0.7; }
        /* Textures drawn as ink (for paper, and on a server-rendered page) as the patterns' are. */
        svg path.seg-ink[stroke], svg path.swatch-ink[stroke] { forced-color-adjust: none; stroke: CanvasText; stroke-opacity: 0.7; }
        svg path.seg-ink:not([stroke]), svg path.swatch-ink:not([stroke]) { forced-color-adjust: none; fill: CanvasText; fill-opacity: 0.7; }
      }
    `,
  ];

  protected override readonly markRun = 'bar';

  override connectedCallback(): void {
    super.connectedCallback();
    // The labels' colours are worked out once per chart where they are registered (an iframe's window is another).
    registerLabelColours(this.ownerDocument.defaultView);
  }

  /** Redrawn for paper whatever its width: its textures are printed as lines, not patterns. */
  protected static readonly drawsForPaper = true;

  static filterAttributes: FilterAttributes = {
    measure: 'measure',
    year: 'year',
    organisation: 'group',
    tenure: 'group',
    deprivation: 'group',
    wave: 'group',
  };

  /** The question: `barrier` (default), `facilitator`, `progress` or `covid-effect`. */
  @property() measure: Keyword<'barrier' | 'facilitator' | 'progress' | 'covid-effect'> | null | undefined = 'barrier';

  /** The survey year; default the latest year the measure is published for the group. */
  @property({ converter: yearConverter }) year?: Numeric | undefined;

  /** A published subgroup: `all` (default), `organisation:la`, `tenure:5-plus`, `deprivation:more`, … */
  @property() group: string | null | undefined = 'all';

  /**
   * Item order: `severity` (default: largest share of the most severe response first — very
   * significant, very important, substantial progress, hindered by Covid-19), `questionnaire` or `alphabetical`.
   */
  @property() sort: Keyword<'severity' | 'questionnaire' | 'alphabetical'> | null | undefined = 'severity';

  /** Centre the bars on the neutral point of the scale, with "don't know" in its own column at the right. */
  @property({ type: Boolean }) diverging: boolean | undefined = false;

  /** A second year drawn under each item asked in both years, e.g. `2019` next to `year="2020"`. */
  @property({ attribute: 'compare-year', converter: yearConverter }) compareYear?: Numeric | undefined;

  protected computeView(ds: Dataset): StackView {
    const present = measuresOf(ds);
    const supported = STACK_MEASURES.filter((m) => present.includes(m));
    const measure = matchOf(this.measure, supported);
    if (measure === undefined) {
      throw new AttributeProblem('measure', this.measure, supported.length ? supported : `none in this data (${STACK_MEASURES.join(', ')})`);
    }
    // Written empty (`group=""`), it is checked, as every attribute is; unset, it is `all`.
    const requestedGroup = this.group ?? 'all';
    let year: number;
    let group: string;
    if (this.year != null) {
      year = yearIn('year', this.year, yearsOf(ds, measure));
      const groups = groupsOf(ds, measure, year);
      const match = matchOf(requestedGroup, groups);
      if (match === undefined) {
        throw new AttributeProblem('group', requestedGroup, `${groups.join(', ')} (the groups published for ${measure} in ${year})`);
      }
      group = match;
    } else {
      group = oneOf('group', requestedGroup, groupsOf(ds, measure));
      year = Math.max(...yearsOf(ds, measure, group));
    }
    const sort = oneOf('sort', this.sort ?? 'severity', STACK_SORTS);
    let compareYear: number | null = null;
    if (this.compareYear != null) {
      const others = yearsOf(ds, measure, group).filter((y) => y !== year);
      if (!others.length) {
        throw new AttributeProblem('compare-year', this.compareYear, `none (${measure} for ${midSentence(groupLabel(group))} is published only for ${year})`);
      }
      compareYear = yearIn('compare-year', this.compareYear, others);
    }

    const main = distribution(ds, measure, year, group);
    const other = compareYear === null ? null : distribution(ds, measure, compareYear, group);
    // The bars are shares of 100%: counts (custom data may give them) would be drawn as
    // percentages, a bar of 12, 20 and 8 informants as 40% of a bar.
    for (const d of other ? [main, other] : [main]) {
      const counted = d.items.find((i) => Object.values(i.cells).some((c) => c && c.unit !== 'percent'));
      if (counted) {
        throw new Error(
          `the stacked bars show each item's answers as shares of 100%, and the rows of ${measure} for ${d.year} give numbers of informants ${inBrackets(`unit "count", e.g. ${displayLabel(counted.label)}`)}. Give percentages, or show the counts with <pioneer-table>.`,
        );
      }
    }
    const drawn = new Set([...stackable(main), ...(other ? stackable(other) : [])]);
    const responses = responsesOf(ds, measure).filter((r) => drawn.has(r));
    const unpublished = main.unpublished.filter((r) => !drawn.has(r));

    // New items: not asked in any earlier year (as a figure or a figure-only value), judged only
    // when an earlier year of the measure was published as numbers, or as a file of one year
    // says (its gap rows of the new items in the year before: newItemsOf).
    const newOf = newItemsOf(ds, measure, year, group);
    const otherItems = new Map(other?.items.map((i) => [i.item, i]) ?? []);
    // A response a bar's year gives other items but not this one (a figure suppressed or not
    // printed) is a gap of the bar, with a gap row's reason (a file's, as its CSV wrote it), else
    // the plain fact. A response its year gives no item (not published for the group) is not.
    const yearGives = new Map([main, ...(other ? [other] : [])].map((d) => [d, stackable(d).filter((r) => responses.includes(r))]));
    const barOf = (d: Distribution, item: string, cells: StackBar['cells'] = {}): StackBar => {
      const absent = yearGives.get(d)!.filter((r) => !cells[r]);
      if (!absent.length) return { year: d.year, cells };
      const why = (r: string) => gapReasonOf(ds, { measure, item, year: d.year, group, response: r }, NO_FIGURE);
      return { year: d.year, cells, missing: Object.fromEntries(absent.map((r) => [r, why(r)])) };
    };
    // An item a year gives gap rows for and no figure (a file's item with every figure left
    // out) is a bar of gaps that year, each with its reason: shown and said, not left out, in
    // the main year as in the compare year. An item with no row at all in the compare year has
    // no bar for it (said under the chart).
    const mainIds = new Set(main.items.map((i) => i.item));
    const gapsOnly = gapItemsOf(ds, main, mainIds, yearGives.get(main)!);
    const compareGapsOnly = other ? gapItemsOf(ds, other, new Set(otherItems.keys()), yearGives.get(other)!) : new Set<string>();
    const compareBar = (item: string): StackBar[] =>
      otherItems.has(item) ? [barOf(other!, item, otherItems.get(item)!.cells)] : compareGapsOnly.has(item) ? [barOf(other!, item)] : [];
    const items: StackItem[] = main.items.map((i) => ({
      item: i.item,
      label: i.label,
      order: i.order,
      // Not new beside a bar of gaps of an earlier year: the file gives the item rows in that year.
      newIn: newOf?.items.has(i.item) && !(compareYear! < year && compareGapsOnly.has(i.item)) ? year : null,
      bars: [barOf(main, i.item, i.cells), ...compareBar(i.item)],
    }));
    // (Asked only where there is one: the filter bar's probes run this view for every choice.)
    for (const info of gapsOnly.size ? itemsOf(ds, measure).filter((i) => gapsOnly.has(i.item)) : []) {
      items.push({ ...info, newIn: null, bars: [barOf(main, info.item), ...compareBar(info.item)] });
    }
    // Named as the bars are drawn, top down (a CSV read back, in that order, names them alike).
    const severity = responses.includes(SEVERE_RESPONSE[measure]) ? SEVERE_RESPONSE[measure] : responses[0];
    const missing = new Map<string, string[]>();
    const drawnOrder = sortStackItems(items, sort, severity ?? '');
    // Sorted by the severe response, an item with no figure for it goes last: said, so that its
    // place is not read as the smallest share.
    const unsorted = sort === 'severity' && severity ? drawnOrder.filter((i) => i.bars[0]?.missing?.[severity] != null).map((i) => displayLabel(i.label)) : [];
    for (const i of drawnOrder) {
      for (const b of i.bars) {
        for (const [reason, what] of gapsNamed(b, measure, responses)) {
          const bar = `${displayLabel(i.label)}${compareYear === null ? '' : `, ${b.year}`} (${what})`;
          const bars = missing.get(reason);
          if (bars) bars.push(bar);
          else missing.set(reason, [bar]);
        }
      }
    }
    // Two years drawn: a response one year gives and the other gives for no item (not published
    // for the group that year) is missing from all that year's bars, which is said, not left to the eye.
    const yearLacks: [number, string[]][] = [];
    for (const d of other ? [main, other] : []) {
      const lacks = responses.filter((r) => !yearGives.get(d)!.includes(r));
      if (lacks.length) yearLacks.push([d.year, lacks]);
    }
    const compareOnlyItems = (other?.items ?? []).filter((i) => !mainIds.has(i.item) && !gapsOnly.has(i.item));
    const compareOnly = compareOnlyItems.map((i) => displayLabel(i.label));
    const compareOnlyRows = compareOnlyItems.flatMap((i) => Object.values(i.cells).filter((c): c is ObservationRow => c != null));
    // An item with no row in the year and gap rows alone in the compare year: no figure in either,
    // so no bar, but said (its gap rows are the file's, and a gap is never left out unsaid).
    const gapsOnlyThen = [...compareGapsOnly].filter((id) => !mainIds.has(id) && !gapsOnly.has(id));
    const compareGapsOnlyLabels = gapsOnlyThen.length ? itemsOf(ds, measure).filter((i) => gapsOnlyThen.includes(i.item)).map((i) => displayLabel(i.label)) : [];
    // An item with one bar beside the others' two (no row of it at all in the compare year, where
    // a row with no figure is a bar of gaps): said, as an item of the compare year alone is.
    // Items marked new have their own note, while every one of them has one bar (a later
    // compare year may give them a second); the others are named.
    const newItems = items.filter((i) => i.newIn === year);
    // ("Not asked in" a later compare year is not what the data says: the items are then named as the others.)
    const newHaveOneBar = other !== null && compareYear! < year && newItems.length > 0 && newItems.every((i) => i.bars.length === 1);
    const notInCompare = other ? drawnOrder.filter((i) => i.bars.length === 1 && !(newHaveOneBar && i.newIn === year)).map((i) => displayLabel(i.label)) : [];

    const full = responsesOf(ds, measure).filter((r) => !(own(DERIVED_RESPONSES, measure) ?? []).includes(r));
    // One response (or a derived total alone) adds up with no other: no sum is said, but what each bar is.
    const onlyResponse = !unpublished.length && responses.length === 1 && full.length <= 1 ? responses[0] : null;
    const whole = unpublished.length || onlyResponse ? [] : items.flatMap((i) => i.bars).filter((b) => full.every((r) => b.cells[r]));
    const offBars = whole.map((b) => ({ b, sum: full.reduce((a, r) => a + b.cells[r]!.value, 0) })).filter((d) => d.sum !== 100);
    const off = offBars.map((d) => d.sum);
    // The reports round each figure they print (half a point each at most, so a sum within half a
    // point per response of 100); a researcher's rows are as given, for reasons of their own.
    const byReports = offBars.every((d) => full.every((r) => isReportRow(d.b.cells[r]!)) && Math.abs(d.sum - 100) <= full.length / 2);
    const rounding = off.length ? { bars: off.length, min: Math.min(...off), max: Math.max(...off), byReports } : null;

    const negativeFrom = own(NEGATIVE_FROM, measure);
    let divergingNote: string | null = null;
    if (this.diverging) {
      if (!negativeFrom) divergingNote = `${measureLabel(measure)}: the answers are not on a scale with a neutral point, so the bars are stacked from 0.`;
      else if (!responses.includes(negativeFrom) || responses.indexOf(negativeFrom) === 0) {
        divergingNote = 'The diverging layout needs responses on both sides of the neutral point; the bars start at 0.';
      }
    }
    const diverging = this.diverging && divergingNote === null;
    const tables = [...new Set(main.items.flatMap((i) => responses.map((r) => i.cells[r]).filter((c) => c != null).map((c) => tableName(c!))))];
    // The note on them is the chart's, or where a file gives their gap rows' notes, the file's.
    const ownNote = (rs: readonly string[], table?: boolean) => unpublishedNote({ measure, year, group, responses, tables }, rs, table);
    const { why: unpublishedWhy, notes: unpublishedNotes } = unpublishedOf(givenReasons(ds, main, unpublished), items, measure, ownNote);
    const summary = barrierStackSummary(items, { measure, responses, severity: SEVERE_RESPONSE[measure], group });
    return { measure, year, group, compareYear, sort, diverging, divergingNote, responses, unpublished, tables, unpublishedWhy, unpublishedNotes, items, compareOnly, compareOnlyRows, newAgainst: newOf?.against ?? null, compareGapsOnly: compareGapsOnlyLabels, newHaveOneBar, notInCompare, yearLacks, missing: [...missing], unsorted: unsorted.length ? { response: severity!, items: unsorted } : null, rounding, onlyResponse, summary };
  }

  /** An order other than severity's (the CSV's too) and the diverging bars end the files' names: `…-alphabetical-order`, `…-diverging.svg`. */
  protected override fileNameExtras(file: 'csv' | 'svg' | 'png'): string[] {
    const view = this.view;
    if (!view) return [];
    return [...(view.sort === 'severity' ? [] : [`${view.sort} order`]), ...(view.diverging && file !== 'csv' ? ['diverging'] : [])];
  }

  protected titleOf(view: StackView): string {
    const years = view.compareYear === null ? String(view.year) : `${view.year} and ${view.compareYear}`;
    const group = view.group === 'all' ? '' : ` — ${groupLabel(view.group)}`;
    const only = (view.unpublished.length || view.onlyResponse) && view.responses.length === 1 ? ` (‘${responseLabel(view.measure, view.responses[0])}’)` : '';
    return `${measureLabel(view.measure)}${only}, ${years}${group}`;
  }

  /**
   * Its CSV gives each response the group does not publish (said under the chart) a gap row per
   * item, after the item's figures of the year, the note its reason: the file read back says it again.
   */
  protected override csvNotedGaps(): GapCell[] {
    const view = this.view;
    if (!view) return [];
    const { measure, year, group } = view;
    // After each item's last figure of the year (its bar's, drawn bar by bar).
    const after = new Map<string, number>();
    (this.result?.rows ?? []).forEach((r, i) => r.year === year && after.set(r.item, i + 1));
    const unpublished = view.items.flatMap((it) =>
      view.unpublishedWhy.flatMap(({ response, reasons }) => {
        const reason = reasons.get(it.item);
        return reason ? [{ measure, item: it.item, item_label: it.label, year, group, response, reason, rowsBefore: after.get(it.item) }] : [];
      }),
    );
    return [...unpublished, ...this._notAskedGaps(after)];
  }

  /**
   * Items marked "New in" the year, where the file holds no figure of the earlier year they are
   * new against (no compare year before it): a gap row of each of the item's responses in that
   * year, after its figures, the reason a file's (as read) or the chart's, so that the file read
   * back marks them new again (newItemsOf).
   */
  private _notAskedGaps(after: ReadonlyMap<string, number>): GapCell[] {
    const view = this.view!;
    const { measure, year, group, compareYear, newAgainst: against } = view;
    if (against === null || (compareYear !== null && compareYear < year)) return [];
    const ds = this.resolveDataset().dataset;
    return view.items
      .filter((it) => it.newIn === year)
      .flatMap((it) =>
        view.responses.filter((r) => it.bars[0]?.cells[r]).map((response) => {
          const cell = { measure, item: it.item, year: against, group, response };
          const reason = ds ? gapReasonOf(ds, cell, '') : '';
          return { ...cell, item_label: it.label, reason: reason || `Not asked in ${against}: new in ${year}.`, rowsBefore: after.get(it.item) };
        }),
      );
  }

  /** Items asked in the compare year only, named under the chart: their figures, so that the file read back names them again. */
  protected override csvContextRows(): ReturnType<PioneerChart<StackView>['csvContextRows']> {
    const view = this.view;
    if (!view) return [];
    return view.compareOnlyRows.map((row) => ({ row, why: `not drawn: asked in ${view.compareYear} only (named under the chart)` }));
  }

  protected draw(svg: SVGSVGElement, view: StackView, width: number): RenderResult {
    // The SVG inherits the figure's font size (--pioneer-font-size), which text widths are estimated from.
    const fontSize = this.fontSize;
    return renderBarrierStack(svg, view.items, {
      width,
      height: this.drawHeight,
      measure: view.measure,
      responses: view.responses,
      sort: view.sort,
      diverging: view.diverging,
      group: view.group,
      fontSize,
      labelLang: this.labelLang,
      paper: this.paper,
    });
  }

  /** Each bar's figure of each response drawn. */
  protected drawnRows(view: StackView): (ObservationRow | undefined)[] {
    return view.items.flatMap((i) => i.bars.flatMap((b) => view.responses.map((r) => b.cells[r])));
  }

  protected notesOf(view: StackView): TemplateResult {
    const label = (r: string) => responseLabel(view.measure, r).toLowerCase();
    // Under the Table view, the notes say what the table shows: rows, not bars (wordedNote).
    const table = this.tableMode;
    return html`${this.summaryTemplate(view.summary)}
      ${view.unpublishedNotes.map((note) => this.wordedNote('note unpublished', note))}
      ${view.divergingNote ? html`<p class="note drawing-only" part="note" ?hidden=${table}>${view.divergingNote}</p>` : nothing}
      ${bothOrEither(
        view.newHaveOneBar
          ? // The table marks no item "New": its empty cells' footnote says the same.
            html`<p class="note drawing-only" part="note" ?hidden=${table}>
            Items marked ‘New in ${view.year}’ were not asked in ${view.compareYear} and have one bar.
          </p>`
          : null,
        view.notInCompare.length
          ? this.wordedNote('note', (t) => `Not in the data for ${view.compareYear}, so ${t ? `given for ${view.year} only` : 'drawn with one bar'}: ${view.notInCompare.join('; ')}.`)
          : null,
      )}
      ${bothOrEither(
        view.compareOnly.length ? html`<p class="note" part="note">Asked in ${view.compareYear} only, not shown: ${unbroken(view.compareOnly.join('; '))}.</p>` : null,
        view.compareGapsOnly.length
          ? html`<p class="note missing" part="note">Not in the data for ${view.year}, and no figure for ${view.compareYear}, so not shown: ${unbroken(view.compareGapsOnly.join('; '))}.</p>`
          : null,
      )}
      ${view.yearLacks.map(
        ([year, responses]) =>
          this.wordedNote('note', (t) => `The ${year} ${t ? 'figures' : 'bars'} have no ${andList(responses.map(label))}: the data gives no item a figure for ${responses.length === 1 ? 'it' : 'them'} in ${year} ${inBrackets(groupLabel(view.group))}.`),
      )}
      ${view.missing.map(([reason, bars]) => html`<p class="note missing" part="note">${unbroken(`${reason.replace(/\.$/, '')}: ${bars.join('; ')}.`)}</p>`)}
      ${view.unsorted
        ? this.wordedNote('note missing', (t) => {
            const one = view.unsorted!.items.length === 1;
            return `${andList(view.unsorted!.items)} ${one ? 'has' : 'have'} no figure for ${label(view.unsorted!.response)}, so ${one ? 'is' : 'are'} ${t ? 'listed' : 'drawn'} last, after the items sorted by it.`;
          })
        : nothing}
      ${view.rounding
        ? this.wordedNote('note', (t) => {
            const { byReports, bars, min, max } = view.rounding!;
            return `${byReports ? 'Percentages are as printed: because the report rounds each one,' : 'Percentages are as given in the data:'} ${roundedWhat(bars, t, view.compareYear != null)} up to ${min === max ? min : `${min}–${max}`}% rather than 100%.`;
          })
        : nothing}
      ${view.onlyResponse
        ? this.wordedNote('note', (t) => `The data gives no response but ‘${responseLabel(view.measure, view.onlyResponse!)}’, so each ${t ? 'figure' : 'bar'} is that percentage of the ${view.group === 'all' ? '' : "group's "}informants${t ? '' : ' on a 0–100% scale'}.`)
        : nothing}`;
  }
}

/**
 * The chart's note on responses the group does not publish for the year (`unpublished`): only
 * the responses drawn are, so each bar is those percentages on a 0–100% scale; under its table
 * (`table`), each item's figures are.
 */
function unpublishedNote(view: Pick<StackView, 'measure' | 'year' | 'group' | 'responses' | 'tables'>, unpublished: readonly string[], table = false): string {
  const { measure, year, group, responses, tables } = view;
  const one = responses.length === 1;
  return (
    `Only ${andList(responses.map((r) => `‘${responseLabel(measure, r)}’`))} ${one ? 'is' : 'are'} published for ${midSentence(groupLabel(group))} in ${year}${tables.length ? ` ${inBrackets(tables.join(', '))}` : ''}: ` +
    `the other responses (${unpublished.map((r) => responseLabel(measure, r).toLowerCase()).join(', ')}) are not published for this group, so each ${table ? `item's figure${one ? ' is' : 's are'}` : 'bar is'} ` +
    `${one ? 'that percentage' : 'those percentages'} of the group's informants${table ? '' : ' on a 0–100% scale'}.`
  );
}

/**
 * The notes a file's gap rows give each response the group does not publish, item by item (a
 * chart's download read back: said as the file words them, never worked out again). Empty for
 * a response with none (the reports' data, or a file of an earlier format).
 */
function givenReasons(ds: Dataset, d: Distribution, unpublished: readonly string[]): Map<string, Map<string, string>> {
  const given = new Map(unpublished.map((r) => [r, new Map<string, string>()]));
  for (const m of ds.missing) {
    if (m.measure === d.measure && m.year === d.year && m.group === d.group && m.item !== 'total' && m.reason) given.get(m.response)?.set(m.item, m.reason);
  }
  return given;
}

/**
 * Why the group has no figure of each response it does not publish, item by item (its CSV's gap
 * rows), and the notes under the chart that say so: a file's reasons (givenReasons), each once,
 * named with its responses where there are others; the chart's own note (`ownNote`) for the
 * responses the file gives none, for every item drawn.
 */
function unpublishedOf(
  given: ReadonlyMap<string, ReadonlyMap<string, string>>,
  items: readonly StackItem[],
  measure: string,
  ownNote: (responses: readonly string[], table?: boolean) => string,
): { why: UnpublishedWhy[]; notes: ((table: boolean) => string)[] } {
  const plain = [...given].filter(([, reasons]) => !reasons.size).map(([r]) => r);
  const own = plain.length ? ownNote(plain) : null;
  const why = [...given].map(([response, reasons]) => ({ response, reasons: reasons.size ? reasons : new Map(items.map((i) => [i.item, own!])) }));
  const byReason = new Map<string, string[]>();
  for (const [response, reasons] of given) {
    for (const reason of new Set(reasons.values())) byReason.set(reason, [...(byReason.get(reason) ?? []), response]);
  }
  const named = (reason: string, responses: readonly string[]) => (byReason.size + (own ? 1 : 0) > 1 ? `${responses.map((r) => `‘${responseLabel(measure, r)}’`).join(', ')}: ${reason}` : reason);
  // A file's notes as it words them; the chart's own, for the chart or its table: also where a
  // file gives it as its reason (this chart's CSV read back gives its gap rows the chart's words).
  const notes = [
    ...[...byReason].map(([reason, responses]) => (reason === ownNote(responses) ? (table: boolean) => ownNote(responses, table) : () => named(reason, responses))),
    ...(own ? [(table: boolean) => ownNote(plain, table)] : []),
  ];
  return { why, notes };
}

/**
 * What adds up to other than 100% (its verb too): bars under the chart; under the Table view, rows
 * (an item's figures for its year), or an item's figures for one of two years.
 */
function roundedWhat(n: number, table: boolean, twoYears: boolean): string {
  if (!table) return n > 1 ? `${n} bars add` : '1 bar adds';
  if (!twoYears) return n > 1 ? `${n} rows add` : '1 row adds';
  return n > 1 ? `in ${n} places an item's figures for one year add` : "in 1 place an item's figures for one year add";
}

/**
 * A bar's gaps as the note under the chart names them, each with its reason: each response
 * ("fairly significant"), or, for a bar with no figure drawn whose gaps share one reason, the
 * bar once ("no figures", as its row's name says), not each of its responses in turn.
 */
function gapsNamed(b: StackBar, measure: string, responses: readonly string[]): [reason: string, what: string][] {
  const gaps = Object.entries(b.missing ?? {});
  const reasons = new Set(gaps.map(([, reason]) => reason));
  if (reasons.size === 1 && responses.every((r) => b.cells[r] == null)) return [[gaps[0][1], 'no figures']];
  return gaps.map(([r, reason]) => [reason, responseLabel(measure, r).toLowerCase()]);
}

/**
 * Two notes in the place of one binding: both, either or nothing. (A binding of its own would
 * add a node to every chart's notes, the reports' included, which say the same as before.)
 */
function bothOrEither(a: TemplateResult | null, b: TemplateResult | null): TemplateResult | typeof nothing {
  return a && b ? html`${a}${b}` : a ?? b ?? nothing;
}

/**
 * The items `d`'s year gives gap rows for (a response the year gives other items) and no figure
 * (not in `withFigures`): each a bar of gaps that year. None in the reports' data.
 */
function gapItemsOf(ds: Dataset, d: Distribution, withFigures: ReadonlySet<string>, gives: readonly string[]): Set<string> {
  return new Set(ds.missing.filter((m) => m.measure === d.measure && m.year === d.year && m.group === d.group && !withFigures.has(m.item) && gives.includes(m.response)).map((m) => m.item));
}

/** The items of a measure new in a year, and the earlier year they are new against. */
interface NewItems {
  /** The latest earlier year the measure was asked in: figures, or a file's gap rows of the items new after it. */
  against: number;
  items: ReadonlySet<string>;
}

/**
 * The items of a measure first asked in `year`, judged only where the data gives an earlier year
 * of the measure: its figures (an item is new when no figure of it, printed or shown only as a
 * chart, is of an earlier year), or, in a file with no earlier figures (its download of one year), the gap rows it gives the new items in an earlier year (the chart's
 * "not asked" rows), said as the file says. Where every item has such gap rows (a year the
 * question was not asked at all), no item is new. Null where nothing is judged.
 */
function newItemsOf(ds: Dataset, measure: string, year: number, group: string): NewItems | null {
  return datasetFact(ds, `new-items|${measure}|${year}|${group}`, () => {
    const asked = itemsOf(ds, measure, year).map((i) => i.item);
    const earlier = yearsOf(ds, measure).filter((y) => y < year);
    if (earlier.length) {
      const first = firstAskedOf(ds, measure);
      return { against: earlier[earlier.length - 1], items: new Set(asked.filter((i) => (first.get(i) ?? year) >= year)) };
    }
    const gaps = ds.missing.filter((m) => m.measure === measure && m.year < year && m.group === group && m.item !== 'total' && !isCharted(m));
    if (!gaps.length) return null;
    const against = Math.max(...gaps.map((m) => m.year));
    const noted = new Set(gaps.filter((m) => m.year === against).map((m) => m.item));
    const items = new Set(asked.filter((i) => noted.has(i)));
    return items.size && items.size < asked.length ? { against, items } : null;
  });
}

/** Stackable responses the distribution publishes; where it publishes only a derived total (e.g. progress 'substantial or some' by group), that total alone. */
function stackable(d: Distribution): string[] {
  if (d.responses.length) return d.responses;
  return (own(DERIVED_RESPONSES, d.measure) ?? []).filter((r) => d.items.some((i) => i.cells[r]));
}


declare global {
  interface HTMLElementTagNameMap {
    'barrier-stack': BarrierStack;
  }
}
