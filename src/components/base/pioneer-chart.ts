import { LitElement, adoptStyles, html, isServer, nothing, render as renderTemplate, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledDataset } from '../../data/bundled.js';
import { parseCsv } from '../../data/csv.js';
import { createDataset, indexOf, keyOf, type Dataset } from '../../data/dataset.js';
import { markReportGaps, withReportRows } from '../../data/report-rows.js';
import { absentReason, citationOf, isCharted, rowNote, sourceCaveats, sourceLine } from '../../data/query.js';
import { formatCsv } from '../../data/csv.js';
import { OBSERVATION_COLUMNS, type ObservationRow } from '../../data/types.js';
import { chartToSvg, svgToPng } from '../../export/svg-export.js';
import { svgElement } from '../../renderers/shared/dom.js';
import { download, fileNameOf } from '../../export/download.js';
import { dataTableTemplate, tableModel, worded, type TableModel } from './data-table.js';
import { warnAbout } from './console-warning.js';
import { contentChecks, misspeltSentences, tellOuterChart, unquoteAttributes, unwatchLateAttributes, watchLateAttributes } from './misspelt-attributes.js';
import { describedRow, sharedHeadingParts } from './long-description.js';
import { withTextSpacing } from '../../renderers/shared/text-width.js';
import { describeProblems, validateRows } from '../../data/validate.js';
import { emit } from '../../events.js';
import type { ChartMark, GapCell, RenderResult } from '../../renderers/shared/types.js';
import { AttributeProblem, booleanWrittenOff, keywordReflection, listOf, matchOf, oneOf, shortened, textOf, type Keyword, type Numeric } from './attribute-problem.js';
import { chartHostStyles, chartStyles } from './chart-styles.js';
import { restoreDefaults } from './attribute-defaults.js';
import { darkExportColors, paintedBackground } from './painted-background.js';
import { barSaysMessage, drivingBar, filterLinkProblem, unwatchFilterLink, watchFilterLink, type FilterAttributes } from './filter-state.js';
import { renderRootIn, restyleAdopted } from './restyle-adopted.js';
import { pressOnlyWithin } from './margin-taps.js';
import { withoutForcedColors } from './unforced-colors.js';
import { drawnFromNow } from './server-attributes.js';
import { narrowNoteOf, tallNoteOf } from './size-note.js';
import { LANDSCAPE_PAGE_HEIGHT, NO_WIDTH_ROOM, PAGE_SHRINK, PAGE_HEIGHT, PAGE_SHRINK_SIDEWAYS, PAPER_REST, PAPER_ROOM, PAPER_SHIFT, pageShrinkOnPaper, paperColumnWidth, roomAroundPlot, roomBeside, roomOnPaper, SHORT_PAGE_HEIGHT, shiftOntoPaper, SIDEWAYS_PRINTABLE_WIDTH, unreadableOnPaper, uprightPlotRoom } from './paper-fit.js';
import { PRINT_GRID, fitTablesToPaper, type PaperTable } from './table-fit.js';
import { noWidthOnPaperTemplate, paperNoteTemplate, withTemplatesWhilePaused } from './print-templates.js';
import { onSafePath } from './safe-path.js';
import { disclosureButton, isOpen, setOpen } from './disclosure.js';
import { unwatchInView, watchInView } from './in-view.js';
import { seenArea, shownPart } from './boxes.js';
import { setUnbrokenText, unbroken } from './unbroken.js';
import { unfitLine } from '../../renderers/shared/unfit.js';

/** A gap's row of the Data (CSV) download: the export columns, blank where there is no figure. */
type GapLine = GapCell & Record<'value' | 'unit' | 'base' | 'source_survey' | 'source_table' | 'note', string | number>;

/** A line of the Data (CSV) download: a figure, or a gap's line (its value and base blank). */
export type CsvLine = ObservationRow | GapLine;

type DataState = { dataset: Dataset | null; problem: string | null; loading?: boolean };

/** What a chart's text is set in, read from its figure's computed style: sizes in px. */
export interface Typography {
  fontSize: number;
  letterSpacing: number;
  wordSpacing: number;
}

interface SizeWatcher {
  /** Returns whether anything changed (the chart is drawn again, or will be). */
  setMeasuredSize(width: number, type: Typography, laidOut: boolean): boolean;
  renderRoot: ParentNode;
}

/** The sizer of each chart (its width; its height follows the font size and text spacing), to the chart. */
const sizeWatchers = new Map<Element, SizeWatcher>();
let resizeObserver: ResizeObserver | undefined;

/** A chart's text size and spacing in px, from its figure's computed style (14 px and none without one). */
function typographyOf(figure: Element | null | undefined): Typography {
  const cs = figure ? getComputedStyle(figure) : null;
  // letter-spacing "normal" is 0; a set spacing is computed to px.
  return { fontSize: parseFloat(cs?.fontSize ?? '') || 14, letterSpacing: parseFloat(cs?.letterSpacing ?? '') || 0, wordSpacing: parseFloat(cs?.wordSpacing ?? '') || 0 };
}

function sharedResizeObserver(): ResizeObserver {
  resizeObserver ??= new ResizeObserver((entries) => {
    // Read everything first (style and layout are clean here), then write.
    const measured = entries.map((entry) => {
      const chart = sizeWatchers.get(entry.target);
      const type = typographyOf(chart?.renderRoot.querySelector('figure'));
      const width = Math.floor(entry.contentRect.width);
      // 0 px wide: laid out so (a box without a width), or not laid out at all (display: none
      // on the way up, a closed tab: no box, nothing to say).
      return { chart, width, type, laidOut: width > 0 || entry.target.getClientRects().length > 0 };
    });
    let changed = false;
    for (const { chart, width, type, laidOut } of measured) if (chart?.setMeasuredSize(width, type, laidOut)) changed = true;
    if (changed) watchAgainNextFrame();
  });
  return resizeObserver;
}

let watchingPaused = false;

/**
 * A chart drawn in the observer's callback may change the page's layout (a taller chart brings
 * the page's scrollbar, which narrows every chart): the new widths of sizers no deeper than
 * those just measured would be notifications the browser must skip in this frame, which it
 * reports as an error event on the window ("ResizeObserver loop completed with undelivered
 * notifications", which error trackers, Cypress and dev servers' overlays show). So after a
 * callback that drew, the sizers are unwatched and watched again in the next frame, whose first
 * notifications give their widths as they are then.
 */
function watchAgainNextFrame(): void {
  if (watchingPaused || !resizeObserver) return;
  watchingPaused = true;
  for (const sizer of sizeWatchers.keys()) resizeObserver.unobserve(sizer);
  requestAnimationFrame(() => {
    watchingPaused = false;
    for (const sizer of sizeWatchers.keys()) resizeObserver!.observe(sizer, { box: 'border-box' });
  });
}

/** The other windows (iframes') whose charts are watched, each with its `pagehide` listener. */
const watchedWindows = new WeakSet<Window>();

/**
 * A chart in an iframe's document stays connected when the iframe is removed (to a document
 * nothing shows): its sizer, still watched, would come in a loop of notifications the browser
 * reports as an error. When that document is put away (`pagehide`), its sizers are no longer
 * watched; a chart moved into a shown document again is watched again (connectedCallback).
 */
function letGoWhenPutAway(doc: Document): void {
  const win = doc.defaultView;
  if (!win || win === window || watchedWindows.has(win)) return;
  watchedWindows.add(win);
  win.addEventListener('pagehide', (event) => {
    // Kept for the back button (bfcache), the document comes back as it was: still watched.
    if (event.persisted) return;
    watchedWindows.delete(win);
    for (const sizer of [...sizeWatchers.keys()]) {
      if (sizer.ownerDocument !== doc) continue;
      resizeObserver?.unobserve(sizer);
      sizeWatchers.delete(sizer);
    }
    // Its charts (still connected there) are no longer redrawn for printing, checked again or
    // watched for being in the window.
    for (const chart of [...printable]) {
      if (chart.ownerDocument !== doc) continue;
      printable.delete(chart);
      unwatchInView(chart);
    }
    for (const chart of [...attributeChecks.keys()]) if (chart.ownerDocument === doc) attributeChecks.delete(chart);
  });
}

/** The chart whose tooltip is shown, if any (one on the page at a time). */
let shownTooltip: PioneerChart<any> | null = null;

/** How far (CSS px) beside a mark a pointer still reaches it: half of WCAG 2.5.8's 24 px. */
const MARK_REACH = 12;

/** How far (CSS px) a mouse moves between its press and release for a drag, not a click (Chromium's own drag threshold). */
const DRAG_PX = 4;

/** The drawn mark nearest to a point in the window within MARK_REACH px of its box, if any (the later-drawn of equals: the one on top). */
function nearestMark(svg: SVGSVGElement, x: number, y: number): Element | null {
  let best: Element | null = null;
  let bestD = MARK_REACH;
  for (const el of svg.querySelectorAll('[data-key]')) {
    const r = el.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    const d = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    if (d <= bestD) {
      best = el;
      bestD = d;
    }
  }
  return best;
}

/**
 * Paints a mark that others may cover (a trend's point, tied with another's) over them, its
 * focus outline whole: last in its group, and its group last in its layer (a layer marked
 * `data-lift` by its renderer). The renderer puts marks back in their order on its next draw.
 */
function liftMark(el: Element): () => void {
  const moved: [Element, Element, Element | null][] = [];
  for (let node: Element | null = el; node?.parentElement && node.parentElement.localName !== 'svg'; node = node.parentElement) {
    const parent: Element = node.parentElement;
    if (parent.lastElementChild === node) continue;
    moved.push([node, parent, node.nextElementSibling]);
    place(parent, node, null);
  }
  // Undone when the focus moves on or leaves: the lines' order is what a screen reader's browse
  // mode reads them in.
  return () => {
    for (const [node, parent, next] of moved.reverse()) {
      if (node.parentElement === parent && (!next || next.parentElement === parent)) place(parent, node, next);
    }
  };
}

function place(parent: Element & { moveBefore?(n: Node, c: Node | null): void }, node: Element, before: Element | null): void {
  if (parent.moveBefore) parent.moveBefore(node, before);
  else parent.insertBefore(node, before);
}

/** A hovered tooltip's way from its mark to it (safe-path.ts), in client px. */
interface HoverWay {
  /** When (performance.now()) the pointer brought up the tooltip. */
  since: number;
  /** The pointer's last position on the tooltip's mark. */
  onMark: [number, number] | null;
  /** Where the pointer left the mark for the tooltip (the path's apex), once on the way. */
  from: [number, number] | null;
  /** The wait for the pointer to rest on a mark it crosses on the path. */
  dwell?: ReturnType<typeof setTimeout>;
}

/** How long a hover tooltip stays once the pointer leaves its mark, so the pointer can reach it. */
const TOOLTIP_GRACE_MS = 400;

/**
 * How long the pointer rests on another mark, on its safe path to a hovered tooltip (safe-path.ts),
 * before that mark's tooltip takes over: the reader who wants the neighbour gets it as soon as the
 * pointer stops, while one passing over it on the way to the tooltip keeps the tooltip.
 */
export const HOVER_DWELL_MS = 120;

/**
 * The width a chart is drawn at on paper. The SVG scales to its box, so a chart drawn for a
 * 1280 px window would print its 14 px labels at about 5 pt on an A4 page; a page's text
 * column is about 680 CSS px wide, so drawing at most that wide prints them at their size.
 */
const PRINT_WIDTH = 680;
/** The tallest `height` a chart takes, in px (taller is an author's typo, e.g. 99999999). */
const MAX_HEIGHT = 10000;

/** Connected charts, redrawn for paper around printing (one pair of listeners for all). */
const printable = new Set<Element & { setPrinting(on: boolean, tables?: PaperTable[]): void }>();
let printListening = false;
/** Whether the page is between beforeprint and afterprint: a chart connected meanwhile (added, or put back, by the page's own print handlers) takes it up. */
let pagePrinting = false;
function watchPrinting(): void {
  if (printListening || typeof window === 'undefined' || !window.addEventListener) return;
  printListening = true;
  window.addEventListener('beforeprint', () => {
    pagePrinting = true;
    withTemplatesWhilePaused(() => {
      // The tables made ready for paper are measured together, once all charts are (one layout).
      const tables: PaperTable[] = [];
      printable.forEach((c) => c.setPrinting(true, tables));
      fitTablesToPaper(tables);
    });
  });
  window.addEventListener('afterprint', () => {
    pagePrinting = false;
    printable.forEach((c) => c.setPrinting(false));
  });
}

/** The states setPrinting decides (what prints in a chart's place): an update of these alone does not draw the chart again. */
const PAPER_STATES = new Set(['tableOnPaper', 'tableInLandscape', 'tableOnShortPage', 'noWidthOnPaper']);

/** The boolean attributes of a chart class (`diverging`, `print-table`, …), found once per class. */
const booleanAttributes = new WeakMap<object, string[]>();
function booleanAttributesOf(el: LitElement): string[] {
  const ctor = el.constructor as typeof LitElement;
  let names = booleanAttributes.get(ctor);
  if (!names) {
    names = [...ctor.elementProperties]
      .filter(([, o]) => o.type === Boolean && o.attribute !== false)
      .map(([key, o]) => (typeof o.attribute === 'string' ? o.attribute : String(key).toLowerCase()));
    booleanAttributes.set(ctor, names);
  }
  return names;
}

/**
 * Whether a chart has a `src` to load: an address of spaces alone is none, as `src=""` is (a
 * template's empty value, padded); fetched, it would be the page's own address, said to be a web page.
 */
const srcGiven = (src: unknown): boolean => (typeof src === 'string' ? src.trim() !== '' : Boolean(src));

const customCache = new WeakMap<object, DataState>();

/** Validates a custom `data` array once per array object (what a script sets is checked as it is, an array or not). */
function datasetFromRows(rows: readonly unknown[]): DataState {
  if (rows && typeof rows === 'object') {
    const hit = customCache.get(rows);
    if (hit) return hit;
  }
  let checked: ReturnType<typeof validateRows>;
  try {
    checked = validateRows(rows);
  } catch (e) {
    // Rows whose fields throw when read (a getter, a revoked proxy): a message, never an exception out of the element.
    return { dataset: null, problem: `data: the rows could not be read — ${(e as Error)?.message ?? e}` };
  }
  const { rows: valid, gaps, problems } = checked;
  markReportGaps(gaps, bundledDataset());
  const state: DataState = problems.length
    ? { dataset: null, problem: `data: ${problems.length} problem${problems.length > 1 ? 's' : ''} — ${describeProblems(problems)}` }
    : { dataset: createDataset(withReportRows(valid, bundledDataset()), gaps, bundledDataset().sites, []), problem: null };
  if (rows && typeof rows === 'object') customCache.set(rows, state);
  return state;
}

/**
 * The elements of pioneer-viz: one written inside a chart (whose shadow root shows nothing of
 * its content) is hidden, as a tag written self-closing (`<barrier-stack … />`) makes the
 * charts after it.
 */
const CHART_TAGS = 'pioneer-trend, barrier-stack, site-map, pioneer-compare, pioneer-table, pioneer-filters';

/**
 * Resolves a task after the page's own scripts have run: after DOMContentLoaded, which waits
 * for the deferred and module scripts of the page's markup (a file of them may arrive well after
 * the library), or a task from now once the page has loaded that far.
 */
function pageScriptsRun(): Promise<void> {
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  const parsing = document.readyState === 'loading' || navigation?.domContentLoadedEventStart === 0;
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve);
    if (parsing) document.addEventListener('DOMContentLoaded', later, { once: true });
    else later();
  });
}

/** Each chart class's observed attributes, read once (PioneerChart.observedAttributes). */
const observedAttributesOf = new WeakMap<object, string[]>();

/** The attributes of the library's elements defined on this page (`year` of the stacked bars, which a trend has not). */
function libraryAttributes(): string[] {
  const names = new Set<string>();
  for (const tag of CHART_TAGS.split(', ')) {
    for (const name of (globalThis.customElements?.get(tag) as typeof LitElement | undefined)?.observedAttributes ?? []) names.add(name);
  }
  return [...names];
}

/** The connected charts' attribute checks (_noteMisspeltAttributes), run again by recheckWhenDefined. */
const attributeChecks = new Map<Element, () => void>();
let awaitingDefinitions = false;
let recheckQueued = false;
/** One pass over the connected charts, however many elements were defined in the same task. */
const recheckAll = (): void => {
  if (recheckQueued) return;
  recheckQueued = true;
  queueMicrotask(() => {
    recheckQueued = false;
    attributeChecks.forEach((check) => check());
  });
};

/**
 * An attribute a chart has not may be another element's (`year` on a trend), which the check
 * can name only once that element is defined. On a page whose charts come before the script (a
 * module script, or one at the end), the first element defined checks its charts before the
 * others exist. So once per page, each element of ours not yet defined has every connected
 * chart checked again when it is (a chart says the same note once).
 */
function recheckWhenDefined(): void {
  const registry = globalThis.customElements;
  if (awaitingDefinitions || typeof registry?.whenDefined !== 'function') return;
  awaitingDefinitions = true;
  for (const tag of CHART_TAGS.split(', ')) {
    if (!registry.get(tag)) void registry.whenDefined(tag).then(recheckAll);
  }
}

/** Under a chart laid out 0 px wide (see _noteNoWidth). */
const NO_WIDTH = 'This chart is laid out 0 px wide, so it has nowhere to draw. Give it, or the box it is in, a width.';

/**
 * Ms a chart's box must stay too small (0 px wide, or narrower than it draws at) before the
 * console is told (_warnIfLasting). A page's first layout may lay a chart out so for a moment:
 * Storybook's docs pages laid theirs out 0 px wide, then 760 px, and each warned. The note under
 * the chart says it at once, and goes as soon as the box has room.
 */
const LAYOUT_SETTLE_MS = 1000;

/**
 * The most a `src` file may hold, in bytes (or characters): 18 times the export of every table
 * of both reports (observations.json, about 0.27 MB).
 */
const MAX_SRC_BYTES = 5_000_000;

/**
 * A src as a message quotes it: an address in full (which one failed is the point), a data: URL
 * shortened as an attribute message's value is, since it holds a whole file.
 */
const shownSrc = (src: string): string => (/^\s*data:/i.test(src) ? shortened(src) : src);

const tooLarge = (src: string, size: number | null) =>
  // Rounded up: 5,000,001 bytes is 5.1 MB, not "5.0 MB, more than 5 MB".
  new Error(`src="${shownSrc(src)}" is ${size == null ? '' : `${(Math.ceil(size / 1e5) / 10).toFixed(1)} MB: `}more than the ${MAX_SRC_BYTES / 1e6} MB a chart reads (the export of every table of both reports is 0.27 MB). Give the chart the rows it shows.`);

/**
 * Whether a src file's text, read as UTF-8 (as it is), was saved as UTF-16 (Excel's "Unicode
 * Text", some editors' "Unicode"): its byte order mark (FF FE or FE FF) reads as two U+FFFD, and
 * each character of the export format's header as itself beside a NUL. Seen on the text, which
 * both ways of reading a response give; a UTF-8 file has no NUL. Other binary files (an old
 * Excel workbook, .xls, also reads as two U+FFFD and has NULs) are not letters beside NULs. A
 * CSV that had a byte order mark (a download's) converted to UTF-16 has two.
 */
const savedAsUtf16 = (text: string): boolean => /^(?:\uFFFD\uFFFD){0,2}(?:[^\0]\0|\0[^\0]){4}/.test(text);

/**
 * The response's text, read no further than MAX_SRC_BYTES: a server that announces no length
 * (or a wrong one) would otherwise have the whole file downloaded before it is refused.
 */
async function readCapped(response: Response, src: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (text.length > MAX_SRC_BYTES) throw tooLarge(src, text.length);
    return text;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_SRC_BYTES) {
      void reader.cancel();
      throw tooLarge(src, null);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The shell every chart shares: data resolution (bundled, `data` or `src`), attribute
 * validation with a visible message and one console warning, width tracking with a
 * ResizeObserver, tooltip, keyboard navigation and a live region. Subclasses say what
 * to show (`computeView`) and call a pure renderer (`draw`).
 *
 * @csspart figure - The figure wrapping the chart.
 * @csspart title - The chart title.
 * @csspart plot - The box holding the SVG.
 * @csspart svg - The chart's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart source - The source line under the chart.
 * @csspart message - The message shown in place of the chart when an attribute or the data is invalid.
 * @csspart size-note - Shown under the chart when `height` is less than its rows need at this width (the chart is drawn at the height they need), when the chart is narrower than the least width it is drawn at (it is shrunk to fit, its text with it), or when it is laid out 0 px wide.
 * @csspart attribute-note - Shown under the chart when an attribute looks like a misspelling of one the element has (`yaer` for `year`: it is ignored), a value is in curly quotes, or another chart is written inside this one (a tag written self-closing).
 * @csspart status - What a download or copy did, or why it failed: under the title and the Download button.
 * @csspart summary - The sentence under the chart saying what it shows.
 * @csspart note - A note under the chart (why a value is missing, what is not shown, the file still loading), or, printed over its table, why the table is printed in place of a chart too tall for a page at a readable size.
 * @csspart controls - The Chart/Table switch and the Download menu (`no-controls` leaves them out).
 * @csspart menu - The Download menu: its button and, while it is open, the list of its items under it.
 * @csspart description - "Describe this chart": its button and, while it is open, the long description under it.
 * @csspart table-host - The box holding the table of the figures (shown in table mode, or printed with `print-table`).
 * @csspart table - The table of the figures.
 * @csspart table-notes - The notes under the table.
 * @attr filters - The id of a `<pioneer-filters>` this chart follows (its choices override the chart's own attributes).
 * @attr lang - The language of the data's labels (a researcher's Welsh items: `cy`), set on the items' labels; the library's own words stay English.
 * @cssprop --pioneer-background - Background of the chart (default white; dark theme #161616); `transparent` shows the page's.
 * @cssprop --pioneer-control-background - Background of the buttons and the Download menu.
 * @cssprop --pioneer-color-scheme - Colour scheme of what the browser draws (scrollbars, focus rings): `light`, or `dark` in the dark theme; set `dark` where the page's own colours (or `--pioneer-background: transparent` on a dark page) make the light theme dark.
 * @cssprop --pioneer-tooltip-background - Background of the tooltip (default #1a1a1a).
 * @cssprop --pioneer-tooltip-color - Text of the tooltip (default white).
 * @cssprop --pioneer-font-family - Font of all text.
 * @cssprop --pioneer-font-size - Base font size (default 0.875 of the reader's default text size: 14px at the browsers' usual 16px; an `em` here is of that default, not of the page's text); a change redraws the charts, their labels laid out for it.
 * @cssprop --pioneer-letter-spacing - Letter spacing of the text (default normal; a page's own letter-spacing does not reach it), e.g. 0.12em for WCAG 1.4.12; charts lay their labels out for it.
 * @cssprop --pioneer-word-spacing - Word spacing of the text (default normal), e.g. 0.16em.
 * @cssprop --pioneer-line-height - Line height of the text outside the chart's SVG (default 1.35), e.g. 1.5.
 * @cssprop --pioneer-text-color - Text colour.
 * @cssprop --pioneer-muted-color - Secondary text (axes, source line).
 * @cssprop --pioneer-grid-color - Grid lines, and the rules between the Table view's rows.
 * @cssprop --pioneer-focus-color - Outline of the focused mark, button or table.
 * @fires {CustomEvent<PioneerSelectDetail>} pioneer-select - When a user activates a mark (click, Enter or Space); `detail` names the item, year or site.
 */
export abstract class PioneerChart<View> extends LitElement {
  static styles: CSSResultGroup = [chartStyles, chartHostStyles];

  /** Which <pioneer-filters> keys this chart takes, and the attribute each sets (see filter-state.ts). */
  static filterAttributes: FilterAttributes = {};

  /**
   * Attributes this element inherits and observes but does not use (a table's `height`): not
   * listed among its attributes, and said to be ignored when written (as a misspelling is).
   */
  static unusedAttributes: readonly string[] = [];

  // Every property says `| undefined`: a script unsets one with undefined (`mode = undefined`, as
  // README says), which draws its default (restoreDefaults) and which an app under `strict` or
  // exactOptionalPropertyTypes could not otherwise write. It reads undefined until the next
  // update puts the default back (for good where the default is unset: `src`, `height`), so the
  // type says so rather than a split setter's type with a getter that is wrong meanwhile. A
  // property whose attribute Lit reads as null once removed (its converter's null for a missing
  // attribute) says `| null` too, for the same reason; not one with a default Lit puts back
  // itself (`mode`, `theme`), a boolean (false), or one whose converter gives undefined (a year).
  /**
   * Rows in the export format (as in observations.json) that replace the bundled data. Typed as
   * objects (a typed `ObservationRow[]`, parsed JSON or CSV records alike); each row's fields are
   * checked when set, and problems are shown with row and column.
   */
  @property({ attribute: false }) data?: readonly object[] | null | undefined;

  /** URL of a JSON or CSV file in the export format that replaces the bundled data; a URL object too (a bundler's `new URL('./figures.csv', import.meta.url)`). */
  @property() src?: string | URL | null | undefined;

  /**
   * A `data` attribute typed into a page: rows cannot be given as an attribute (`data` is a
   * property set from script), so it is reported, never drawn over with the bundled figures.
   */
  @property({ attribute: 'data' }) protected dataAttribute?: string;

  /**
   * Height in pixels; by default the chart picks one from its width and content. The stacked
   * bars and the comparison never draw shorter than their rows need, nor the trend shorter
   * than its axis and line-end labels need (labels would overlap): a smaller height is not
   * used, and a note under the chart says so. From script, a number or its text (`'480'`, as a
   * framework that sets properties passes `height="480"`), drawn as the attribute is.
   */
  @property({ type: Number }) height?: Numeric | null | undefined;

  /**
   * `chart` (default) or `table`: the same numbers as an accessible HTML table. Reflected when
   * set (the page's CSS can select it), not while it is the default (`useDefault`): an element
   * at its defaults adds no attributes to its host, which a framework hydrating server-rendered
   * HTML would report as a mismatch, and a removed attribute is not written back (a property
   * unset by script, `mode = undefined`, is: as its default). Upper or lower case alike (`Table`), as every keyword.
   */
  @property({ reflect: true, useDefault: true, converter: keywordReflection }) mode: Keyword<'chart' | 'table'> | undefined = 'chart';

  /**
   * `auto` (default: follows prefers-color-scheme), `light` or `dark`. Reflected when set (the
   * page's CSS can select it), not while it is the default.
   */
  @property({ reflect: true, useDefault: true, converter: keywordReflection }) theme: Keyword<'auto' | 'light' | 'dark'> | undefined = 'auto';

  /** When printing, print the table of numbers beneath the chart. */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'print-table' }) printTable: boolean | undefined = false;

  /** Hide the chart's controls (e.g. for static pages): its Chart/Table switch, where it has one, and its Download menu. */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'no-controls' }) noControls: boolean | undefined = false;

  /**
   * The chart's width in px, from the shared ResizeObserver. Not a reactive property: a new
   * width redraws the SVG directly (setMeasuredSize), without re-rendering the shell.
   */
  protected width = 0;
  /** The last width it had (kept while it is hidden, to be exported at: _drawIfHidden). */
  private _lastWidth = 0;
  /** The chart's font size in px, read when the width is (no extra style recalculation). */
  protected fontSize = 14;
  /** The text's letter- and word-spacing in px (set with the custom properties), read with the font size. */
  private _letterSpacing = 0;
  private _wordSpacing = 0;
  @state() private srcState: DataState | null = null;

  /** The drawing, looked up when needed (as Lit's `@query`, without its decorator's code in a bundle). */
  protected get svg(): SVGSVGElement | null | undefined { return this.renderRoot?.querySelector('svg'); }
  /** The tooltip, looked up likewise. */
  private get tooltipEl(): HTMLElement | null | undefined { return this.renderRoot?.querySelector<HTMLElement>('.tooltip'); }

  /** What to show, derived from the attributes in willUpdate (null while there is a problem). */
  protected view: View | null = null;
  /** The message shown in place of the chart, or null. */
  protected problem: string | null = null;
  /** What the renderer drew last. */
  protected result: RenderResult | null = null;

  private _focusIndex = -1;
  /** Whether the reader left the marks with Escape: none is outlined, and Enter selects nothing unseen. */
  private _marksLeft = false;
  private _lastWarning = '';
  private _srcRequest = 0;

  /** True for elements that only ever show the table (no chart, no Chart/Table switch). */
  protected get tableOnly(): boolean {
    return false;
  }

  /** Whether `mode` asks for the table (`mode="Table"` too: keywords are compared without regard to case). */
  protected get tableMode(): boolean {
    return matchOf(this.mode, ['chart', 'table'] as const) === 'table';
  }

  /** Whether the table is on screen or in print (what decides building it, here and on a server). */
  protected get tableShown(): boolean {
    return this.tableMode || this.tableOnly || this.printTable || this.tableOnPaper || this.tableInLandscape;
  }

  /**
   * Whether the page is being printed and the chart, scaled to fit a page, would print its text
   * below a readable size (paper-fit.ts): its Table view is printed in its place, with a note
   * saying why. Decided once, before printing.
   */
  @state() protected tableOnPaper = false;

  /**
   * Whether the page is being printed and the chart, readable on an upright page, would print its
   * text below a readable size on one turned sideways (landscape: less tall, its plot given the
   * room its title, notes and source leave, paper-fit.ts): its table is built too, and print CSS
   * shows it, with the note, in the chart's place on such a page alone (chart-styles.ts). Script
   * does not know the paper, so both are made ready. Decided once, before printing.
   */
  @state() protected tableInLandscape = false;

  /**
   * Whether, as well (tableInLandscape), the chart readable on an upright A4 page would print its
   * text below a readable size on one less tall (US Letter upright, SHORT_PAGE_HEIGHT): its table
   * is printed in its place on such a page too (chart-styles.ts). Decided once, before printing.
   */
  @state() protected tableOnShortPage = false;

  /**
   * Whether the page is being printed and the chart's box is 0 px wide on paper too: a note
   * saying why nothing is drawn prints under its title (the size note saying so on screen is
   * hidden in print, with those that measure the screen). Decided once, before printing.
   */
  @state() private noWidthOnPaper = false;

  /** Derive the view from the attributes and dataset; throw AttributeProblem for a bad value. */
  protected abstract computeView(ds: Dataset): View;
  /** Draw the view into the SVG with a pure renderer. */
  protected abstract draw(svg: SVGSVGElement, view: View, width: number): RenderResult;
  /** The chart's title for the view. */
  protected abstract titleOf(view: View): string;
  /**
   * What a run of marks that Left and Right walk along is called ("row"; "bar", "line"), for
   * what the live region says at its ends: an arrow that cannot move says why, instead of
   * repeating the mark as if nothing had happened.
   */
  protected readonly markRun: string = 'row';
  /**
   * Whether Left and Right go on past the end of a run to the next mark in reading order:
   * for runs a reader does not see (the map's rows of sites), where stopping would say "End of
   * this row" with no row in sight.
   */
  protected readonly runsWrap: boolean = false;
  /**
   * Where the tooltip goes, for a chart whose marks crowd (the map's sites): among them, where
   * it hides the fewest (tooltip-among-marks.ts). Unset, it goes centred over the mark, or under
   * it, as on bars and lines, whose marks are in rows a reader follows. A subclass sets it,
   * rather than the base importing it, so that charts without it do not carry its code. It
   * returns the tooltip's top-left corner in client px, or null for the placement above (the
   * trend's, for the pointer or where the side of its year's points has no room).
   */
  protected readonly placeTooltip?: (tip: HTMLElement, markEl: Element, plotBox: DOMRect, hovered: boolean, reach: number) => { left: number; top: number } | null;
  /** Extra content under the chart (notes), optional. */
  protected notesOf(_view: View): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * The figures a chart draws, for the line under it (and in "Describe this chart") counting
   * those no whole number of informants out of their printed base gives (unfitLine). None by
   * default: a comparison names each in its own note.
   */
  protected drawnRows(_view: View): readonly (ObservationRow | null | undefined)[] {
    return [];
  }

  /**
   * The line on figures drawn that no whole number of informants gives (unfitLine), worked out
   * once per view, as the shell is rendered (each update makes a new view, a line hidden or shown
   * with the trend's keys too): "Describe this chart", built again at each draw, says it too.
   */
  private _unfitLine = '';

  /**
   * The sentence under the chart saying what it shows, on screen and on paper. It is the chart's
   * accessible name too, so it is hidden from screen readers while the chart is shown (it would
   * be heard twice), and read in the table view, where the chart is hidden.
   */
  protected summaryTemplate(text: string): TemplateResult {
    return html`<p class="summary" part="summary" aria-hidden=${this.tableMode ? nothing : 'true'}>${unbroken(text)}</p>`;
  }

  /**
   * A note whose words under the Table view differ from the chart's (`say(true)`: "rows" where
   * the chart says "bars"), on paper too where the table prints in the chart's place
   * (tableOnPaper): "4 bars add up to 99–101%" was printed under a table. The chart's words are
   * kept as `data-chart-text`, which a downloaded figure (it draws the chart: toSvg) says instead.
   * A table printed in its place on a page turned sideways alone (tableInLandscape) has both,
   * as its note has: print CSS shows the chart's (drawing-only) or the table's (off) for the page.
   * `screen` (the Table view by default): whether the table's words are said on any page too; the
   * map gives whether its Table view is printed, worded for the table on paper only, the Table view
   * on screen keeping the chart's words (the map's "Not on the map", which the screen shows a click away).
   */
  protected wordedNote(className: string, say: (table: boolean) => string, screen = this.tableMode): TemplateResult {
    const table = screen || this.tableOnPaper;
    return this.tableInLandscape && !table
      ? html`<p class="${className} drawing-only" part="note">${unbroken(say(false))}</p><p class="${className} off" part="note" data-chart-text="">${unbroken(say(true))}</p>`
      : html`<p class=${className} part="note" data-chart-text=${table ? say(false) : nothing}>${unbroken(say(table))}</p>`;
  }

  /** The dataset in use: custom data, data loaded from `src`, or the bundled figures. */
  protected resolveDataset(): DataState {
    if (this.data != null) return datasetFromRows(this.data);
    if (srcGiven(this.src)) return this.srcState ?? { dataset: null, problem: null, loading: true };
    return { dataset: bundledDataset(), problem: null };
  }

  /**
   * A server-rendered chart (declarative shadow DOM) is adopted by the hydration bundle. Loaded
   * with the plain bundle instead, Lit would render a second shell after the server's, so
   * the server's is cleared first: one chart, drawn by the client. (Lit's hydration support
   * announces itself as `globalThis.litElementHydrateSupport`, set before Lit loads.)
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRoot = this.shadowRoot;
    if (serverRoot && !('litElementHydrateSupport' in globalThis)) serverRoot.replaceChildren();
    const fieldsBefore = new Set(Object.keys(this));
    const root = renderRootIn(this, () => super.createRenderRoot());
    pressOnlyWithin(root, this);
    this._hydrating = root === serverRoot && 'litElementHydrateSupport' in globalThis && !!serverRoot?.firstChild;
    // Lit's hydration support marks the element as needing hydration with a field of its own
    // (its name differs between Lit's development and production builds): the one just set.
    if (this._hydrating) this._hydrationMark = Object.keys(this).find((k) => !fieldsBefore.has(k) && (this as unknown as Record<string, unknown>)[k] === true);
    // Hydrating, Lit takes the server's shadow root as it is, styled by its <style> elements
    // alone; a Content-Security-Policy without 'unsafe-inline' styles blocks those. The element's
    // constructed style sheets (allowed by any policy) style it once the script runs.
    if (root === serverRoot && root instanceof ShadowRoot && !root.adoptedStyleSheets.length) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  /** Moved into another document (an iframe's) or back: styled again for it (restyleAdopted). */
  adoptedCallback(): void {
    restyleAdopted(this);
  }

  /**
   * Whether the chart is in the window (in-view.ts). Its figure gets the class `in-view`, under
   * which the element's styles give its marks their transitions, when it is drawn (_drawNow, and
   * the template's class), not as the page scrolls: each change of the class restyles every
   * mark, which on a page of 50 stacked-bar charts scrolled from top to bottom was about 250 ms
   * of the browser's style work for nothing drawn.
   */
  private _inView = false;

  /**
   * Called by the shared observer (in-view.ts), not by pages (left out of the manifest).
   * @internal
   */
  setInView(inView: boolean): void {
    this._inView = inView;
  }

  /** Whether this element's first update hydrates a server's shadow root (see connectedCallback). */
  private _hydrating = false;
  /** The field by which Lit's hydration support marks this element as still to hydrate. */
  private _hydrationMark?: string;

  protected override update(changed: PropertyValues): void {
    if (this._hydrating && !this.hasUpdated) this._hydrateOnlyWhatWasDrawn();
    super.update(changed);
  }

  /**
   * The server's shell is adopted only if it was drawn from what the element has now: a page
   * script may have changed an attribute, or set a property or `data`, before the hydration
   * bundle ran (or, from a classic script in <head>, before the page was parsed). Else
   * the server's shadow root is emptied and the client draws its own (as with the plain bundle).
   */
  private _hydrateOnlyWhatWasDrawn(): void {
    const root = this.shadowRoot;
    const observed = (this.constructor as typeof LitElement).observedAttributes;
    if (!root || !this._hydrationMark || (this.data == null && drawnFromNow(this, root, observed))) return;
    root.replaceChildren();
    this._hydrating = false;
    // Else Lit's hydration support would look for the server's markers in the emptied root.
    (this as unknown as Record<string, unknown>)[this._hydrationMark] = false;
  }

  connectedCallback(): void {
    super.connectedCallback();
    const noteAttributes = () => {
      this._curlyNotes.push(...unquoteAttributes(this, (this.constructor as typeof LitElement).observedAttributes));
      this._noteMisspeltAttributes();
    };
    // Hydrating, the first render must be the server's (Lit checks it against the server's DOM,
    // and throws where it differs): what only the browser says of the attributes (a value in
    // curly quotes, an attribute misspelt or not used) comes in the next update.
    if (this._hydrating && !this.hasUpdated) void this.updateComplete.then(noteAttributes);
    else noteAttributes();
    contentChecks.set(this, this._noteContent);
    attributeChecks.set(this, this._recheckAttributes);
    watchLateAttributes(this, this._knownAttributes(), this._recheckAttributes);
    tellOuterChart(this);
    watchFilterLink(this);
    if (this.hasUpdated) this._observeSize();
    printable.add(this);
    watchPrinting();
    // Its marks move to their new places only while it is in the window (in-view.ts); a
    // browser that cannot tell moves them as ever. On a server nothing moves.
    if (!isServer) {
      if (watchInView(this)) letGoWhenPutAway(this.ownerDocument);
      else this.setInView(true);
    }
    this._pinnedBehind = undefined;
    // Printed or not as the page is now: a chart removed while printing missed the afterprint.
    this.setPrinting(pagePrinting);
  }

  protected firstUpdated(): void {
    this._observeSize();
    this._measureForPaper();
    // Hydrated from a server's HTML, what needs the script is now live: show it (hydration keeps
    // the server's attribute values, so the template's binding cannot remove this one).
    for (const el of this.renderRoot.querySelectorAll('[data-needs-script]')) el.removeAttribute('data-needs-script');
    // Controls that stay visible without the script (the trend's legend keys) but do nothing
    // there were taken out of the tab order and marked unavailable: they work now.
    // So was the chart's SVG, whose arrow keys do nothing without it: a tab stop again.
    for (const el of this.renderRoot.querySelectorAll('[data-inert-without-script]')) {
      el.removeAttribute('data-inert-without-script');
      if (el.localName === 'svg') el.setAttribute('tabindex', this.tableMode || this.tableOnly ? '-1' : '0');
      else el.removeAttribute('tabindex');
      el.removeAttribute('aria-disabled');
    }
  }

  /**
   * Watches a sizer rather than the host, so that drawing (which changes the host's height)
   * never re-triggers the observer within the same frame: its width is the chart's, its height
   * follows the font size and text spacing (taken out of the flow by a negative margin). One
   * observer serves every chart on the page: its callback reads all widths and font sizes
   * first and only then sets them, so 50 charts cost one style recalculation, not 50.
   */
  private _observeSize(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer) return;
    sizeWatchers.set(sizer, this);
    if (typeof ResizeObserver !== 'function') {
      // None (jsdom in an app's component tests, an old browser): drawn once, at the box's
      // width (or the printed width where nothing is laid out), not resized.
      this._measureNow(this._sizerWidth() || PRINT_WIDTH);
      return;
    }
    // Its border box: the padding that follows the text spacing counts.
    sharedResizeObserver().observe(sizer, { box: 'border-box' });
    letGoWhenPutAway(sizer.ownerDocument);
  }

  private _unobserveSize(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer) return;
    sizeWatchers.delete(sizer);
    if (typeof ResizeObserver === 'function') sharedResizeObserver().unobserve(sizer);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    printable.delete(this);
    attributeChecks.delete(this);
    unwatchLateAttributes(this);
    unwatchFilterLink(this);
    unwatchInView(this);
    // Never connected (added by the page's own beforeprint listener while its window.print()
    // paused the page, when Chromium runs no element's callbacks): nothing of its own to let go.
    if (!this.renderRoot) return;
    this._unobserveSize();
    this._hideTooltip();
    // Its listeners on the window and document go with it.
    this._setMenuOpen(false);
  }

  /** Attributes written since the last update: a property changed without its attribute was set by a script. */
  private _attributesWritten = new Set<string>();

  /**
   * Whether an update's changes include one a linked filter bar cannot see: new `data`, a file
   * loaded from `src`, a property set by a script (the bar watches only attributes).
   */
  private _changedUnseen(changed: PropertyValues): boolean {
    const declared = (this.constructor as typeof LitElement).elementProperties;
    for (const key of changed.keys()) {
      const options = declared.get(key);
      // The chart's own state (a trend's hidden lines, a note) is nothing a bar reads; a file
      // loaded from src is.
      if (!options || (options.state && key !== 'srcState')) continue;
      const attribute = options.attribute === false ? null : typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
      if (attribute === null || !this._attributesWritten.has(attribute)) return true;
    }
    return false;
  }

  /**
   * The charts' attributes, and `lang`: the language of the data's labels (labelLang). Made once
   * per element class: each chart reads them as it is connected (to check its attributes), and
   * Lit builds a new list on each read.
   */
  static override get observedAttributes(): string[] {
    let names = observedAttributesOf.get(this);
    if (!names) observedAttributesOf.set(this, (names = [...super.observedAttributes, 'lang']));
    return names;
  }

  /**
   * The language of the data's labels: the element's own `lang` (a researcher's Welsh items,
   * `lang="cy"`); the library's words stay English (the figure's lang="en"). Undefined when not set.
   */
  protected get labelLang(): string | undefined {
    return this.getAttribute('lang')?.trim() || undefined;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      this._tableStale = true;
      this._retryDraw = true;
      this.requestUpdate();
    }
    this._attributesWritten.add(name);
    // diverging="false" → diverging="" leaves the property true: check the attribute again.
    if (old !== value && booleanAttributesOf(this).includes(name)) {
      this._retryDraw = true;
      this.requestUpdate();
    }
  }

  /** Whether the page is being printed (between beforeprint and afterprint). */
  private printing = false;
  /** The width the chart has on paper: PRINT_WIDTH, or its column's in a box of CSS columns (set as printing starts). */
  private _paperWidth = PRINT_WIDTH;
  /**
   * How far the browser shrinks the chart's page to fit the paper (paper-fit.ts, pageShrinkOnPaper;
   * set as printing starts): 1, or less on a page of fixed width wider than the paper's.
   */
  private _pageShrink = 1;
  /**
   * The width, in CSS px, its page leaves the chart on paper (paper-fit.ts, roomOnPaper; set as
   * printing starts): Infinity, or less than its box on a page wider than the paper shows.
   */
  private _paperRoom = Infinity;
  /**
   * How far, in px, the chart's figure is moved to the left while printing to bring it onto the
   * paper (paper-fit.ts, shiftOntoPaper; set as printing starts): 0, or more for a chart that
   * starts past the paper's edge on a page wider than the paper shows.
   */
  private _paperShift = 0;

  /**
   * The width the chart is drawn at for paper, in px as printed: its box's width on the paper
   * (the page shrunk to fit it, the box cut to what the paper shows of it), at most _paperWidth.
   */
  private get _printedWidth(): number {
    return Math.min(Math.floor(Math.min(this.width, this._paperRoom) * this._pageShrink), this._paperWidth);
  }

  /**
   * Whether the chart is drawn for paper now: a renderer then draws its textures as lines of
   * their own (texture-ink.ts), since Chromium prints pattern fills to PDF as bitmaps.
   */
  protected get paper(): boolean {
    return this.printing;
  }

  /** Whether this element's renderer draws anything differently on paper than its width. */
  protected static readonly drawsForPaper: boolean = false;

  /**
   * Redraws for paper (at most PRINT_WIDTH wide, textures as lines) or back at the measured width.
   * Called around printing by this module's listeners, not by pages (left out of the manifest):
   * a printed table to be measured for paper is added to `tables`, if given, for the listener to
   * measure with the page's others (fitTablesToPaper); without, it is measured now.
   * @internal
   */
  setPrinting(on: boolean, tables?: PaperTable[]): void {
    if (on === this.printing) return;
    this.printing = on;
    // Drawn on a shrunk page, its SVG was sized up to undo the shrink (_drawNow): redrawn after.
    const shrunk = this._pageShrink < 1;
    const figure = this.renderRoot.querySelector<HTMLElement>('figure');
    if (on) {
      this._paperWidth = paperColumnWidth(this, PRINT_WIDTH);
      this._pageShrink = pageShrinkOnPaper(this);
      this._paperRoom = figure ? roomOnPaper(figure) : Infinity;
      // Wholly off the paper: moved onto it, to where the box around it starts (_holdToPaperRoom).
      const moved = figure && this._paperRoom <= 0 ? shiftOntoPaper(figure) : null;
      this._paperShift = moved?.shift ?? 0;
      if (moved) this._paperRoom = moved.room;
    } else [this._pageShrink, this._paperRoom, this._paperShift] = [1, Infinity, 0];
    // Its text around the plot (title, key, notes, a table printed) enlarged as much as the page
    // is shrunk, by print CSS (chart-styles.ts), so that it prints at its own size as the plot does.
    if (this._pageShrink < 1) figure?.style.setProperty(PAGE_SHRINK, String(this._pageShrink));
    else figure?.style.removeProperty(PAGE_SHRINK);
    // On a page turned sideways, wider, the page is shrunk less, or not at all: its own shrink.
    const sideways = on ? pageShrinkOnPaper(this, SIDEWAYS_PRINTABLE_WIDTH) : 1;
    if (sideways < 1) figure?.style.setProperty(PAGE_SHRINK_SIDEWAYS, String(sideways));
    else figure?.style.removeProperty(PAGE_SHRINK_SIDEWAYS);
    this._holdToPaperRoom(figure);
    // A chart whose draw failed tries again, for paper, in the update asked for here.
    this._drawAgainAfterFailure();
    // A pending update (a chart connected or changed just before the page's own window.print(),
    // or that retry) runs first, and draws for paper: what prints in the chart's place is decided on what it drew.
    const updated = on && this._updateNow();
    if (!updated && this.hasUpdated && (this.width > this._paperWidth || shrunk || this._pageShrink < 1 || (this.constructor as typeof PioneerChart).drawsForPaper)) this._drawNow();
    if (this.hasUpdated) this._measureForPaper();
    // The room its text around the plot takes, held for print CSS: the plot has what it leaves of
    // a page turned sideways, and of an upright one where that is less than 72% of it.
    const rest = on && figure ? roomAroundPlot(figure) : 0;
    if (rest) figure?.style.setProperty(PAPER_REST, `${rest}px`);
    else figure?.style.removeProperty(PAPER_REST);
    this.tableOnPaper = on && this._unreadableOnPaper(uprightPlotRoom(PAGE_HEIGHT, rest));
    this.tableInLandscape = on && !this.tableOnPaper && this._unreadableOnPaper(LANDSCAPE_PAGE_HEIGHT - rest);
    this.tableOnShortPage = this.tableInLandscape && this._unreadableOnPaper(uprightPlotRoom(SHORT_PAGE_HEIGHT, rest));
    this.noWidthOnPaper = on && this._noWidth && !this.problem;
    // Its table's notes may be worded for paper (the map's for a table printed without it, the
    // Table view's too, which nothing above may change): built again.
    this._tableStale = true;
    if (this.tableMode) this.requestUpdate();
    this._holdToRoomBeside(figure, on);
    if (on) {
      // The update just asked for (the table printed in place of the chart or beneath it) runs
      // now, not in a microtask: a page's own window.print() lays the page out for paper inside
      // that call, before any microtask, and so would print the chart as it was on screen.
      this._updateNow();
      const table = this._tableForPaper();
      if (table) tables ? tables.push(table) : fitTablesToPaper([table]);
    } else this.renderRoot.querySelector('.table-host')?.removeAttribute(PRINT_GRID);
  }

  /**
   * On a page wider than the paper shows (paper-fit.ts, roomOnPaper), the figure is held to the
   * part of its box on the paper while printing (print CSS, chart-styles.ts), so that its title,
   * key, notes, source line and a table printed are laid out there and not cut at the paper's
   * edge, as its plot, drawn for that width, is not.
   *
   * A chart wholly off the paper (the third of three 600 px charts side by side on a 1,800 px
   * page) printed nothing at all, not even its title. It is moved onto the paper instead: print
   * CSS starts its figure on a new page, where the box around it starts (its row's left edge,
   * _paperShift), so that it prints whole, as it would under its row on a narrower page, clear of
   * the row (but for a chart beside it that runs on to that page).
   */
  private _holdToPaperRoom(figure: HTMLElement | null): void {
    const room = this._paperRoom;
    if (room > 0 && room < this.width) figure?.style.setProperty(PAPER_ROOM, `${room}px`);
    else figure?.style.removeProperty(PAPER_ROOM);
    if (this._paperShift > 0) figure?.style.setProperty(PAPER_SHIFT, `${this._paperShift}px`);
    else figure?.style.removeProperty(PAPER_SHIFT);
  }

  /**
   * A chart 0 px wide prints its title and the note saying why nothing is drawn (or the message in
   * its place) in the width beside its box that nothing else takes (paper-fit.ts, roomBeside; at
   * most its width on paper): in the 0 px box its title printed a letter a line. Where something
   * sits right beside the box (a flex item squeezed to nothing, its neighbour starting where it
   * does), there is no such width, and none of it prints (chart-styles.ts), as none is seen.
   */
  private _holdToRoomBeside(figure: HTMLElement | null, on: boolean): void {
    const room = on && this._noWidth ? Math.min(roomBeside(this), this._paperWidth, this._paperRoom) : 0;
    if (room > 0) figure?.style.setProperty(NO_WIDTH_ROOM, `${room}px`);
    else figure?.style.removeProperty(NO_WIDTH_ROOM);
  }

  /**
   * On a page the browser shrinks to fit the paper (a fixed width wider than the paper's), the
   * SVG drawn for its width on paper is sized up by as much as the page is shrunk (its `width`
   * and `height`; its viewBox, what it was drawn at, is kept), so that on paper it is as wide as
   * drawn and its text prints at its own size, as on a page that fits the paper: the stacked
   * bars of 2020 in a 1,000 px page printed their smallest labels at 6.0 pt, against 7.0 pt on
   * one of max-width. Print CSS still holds it to its box and a page's height (a plot too tall
   * for a page is scaled there as on any page: the height a page gives it grows with the shrink).
   */
  private _undoPageShrink(svg: SVGSVGElement): void {
    const shrink = this._pageShrink;
    if (!(shrink < 1)) return;
    for (const name of ['width', 'height']) {
      const size = Number(svg.getAttribute(name));
      if (size > 0) svg.setAttribute(name, String(Math.floor((size / shrink) * 100) / 100));
    }
  }

  /** Runs a pending update at once (Lit's performUpdate), returning whether one ran; what it throws is reported, as an update's own would be, not thrown out of the page's print handler. */
  private _updateNow(): boolean {
    if (!this.isUpdatePending || !this.isConnected) return false;
    try {
      this.performUpdate();
    } catch (e) {
      console.error(e);
    }
    return true;
  }

  /** The table printed, to be measured for paper (fitTablesToPaper), or null where none prints. */
  private _tableForPaper(): PaperTable | null {
    const host = this.renderRoot.querySelector<HTMLElement>('.table-host');
    if (!host || !this.printing || !this.tableShown) return null;
    // On a page shrunk to fit the paper, the table (enlarged to undo the shrink) has its box's width on paper.
    return { host, chartWidth: this.width, printedWidth: this._printedWidth };
  }

  /** Whether the chart as drawn for paper would be scaled below a readable size on a page (a layout read, once before printing). */
  private _unreadableOnPaper(room?: number): boolean {
    const svg = this.svg;
    if (!svg || !this.view || this.problem || this.width <= 0 || this.tableMode || this.tableOnly) return false;
    // On a shrunk page, drawn at its width on paper and sized up to undo the shrink (_drawNow):
    // only a plot too tall for a page is scaled, as on any page.
    return unreadableOnPaper(svg, this._printedWidth, room);
  }

  /**
   * Printing, a chart not measured yet (in a `content-visibility: auto` section never scrolled
   * to, or added by the page's own print handler) is measured now, at its box's width: no
   * observer callback comes before the page is laid out for paper, which would otherwise print
   * an empty box. A box 0 px wide stays so (its note says why nothing is drawn).
   */
  private _measureForPaper(): void {
    if (!this.printing || this.width > 0) return;
    const width = this._sizerWidth();
    if (width > 0) this._measureNow(width);
  }

  /** The sizer's width now (a layout read, outside the shared observer's pass): 0 without one. */
  private _sizerWidth(): number {
    const sizer = this.renderRoot.querySelector('.sizer');
    return sizer ? Math.floor(sizer.getBoundingClientRect().width) : 0;
  }

  /** Sizes the chart at `width` with its text's size and spacing read now (where no observer callback comes). */
  private _measureNow(width: number): void {
    this.setMeasuredSize(width, typographyOf(this.renderRoot.querySelector('figure')), true);
  }

  /**
   * Called by the shared observer with a width and the text's size and spacing, read in the
   * same pass: a new font size (`--pioneer-font-size` set later) or text spacing (WCAG 1.4.12,
   * `--pioneer-letter-spacing` and `--pioneer-word-spacing`) redraws the chart as a new width does.
   * @internal
   */
  setMeasuredSize(width: number, type: Typography, laidOut = true): boolean {
    this._noWidth = width === 0 && laidOut;
    this._noteNoWidth();
    const { fontSize, letterSpacing, wordSpacing } = type;
    if (width === this.width && fontSize === this.fontSize && letterSpacing === this._letterSpacing && wordSpacing === this._wordSpacing) return false;
    this.width = width;
    if (width > 0) this._lastWidth = width;
    this.fontSize = fontSize;
    this._letterSpacing = letterSpacing;
    this._wordSpacing = wordSpacing;
    if (this._drawAgainAfterFailure()) return true;
    // An update already on its way draws at the new size; otherwise redraw now, in this
    // callback (style and layout are clean here, and nothing else in the shell depends on it).
    if (this.hasUpdated && !this.isUpdatePending) {
      this._drawNow();
      this._renderTableIfShown();
    }
    return true;
  }

  /** The message of a draw that threw, for the update it asked for to show (see _drawNow). */
  private _drawFailure: string | null = null;

  /** Whether the message shown is a draw's failure (a new size or paper may draw). */
  private _showsDrawFailure = false;

  /** Whether this update changes only what prints in the chart's place (PAPER_STATES, set by setPrinting), not what is drawn. */
  private _paperStatesOnly = false;

  /** Whether the next update draws again whatever its changed properties (a new size, `lang`, a boolean attribute rechecked). */
  private _retryDraw = false;

  /** A chart showing a draw's failure is drawn again, in an update, at a new size or for paper: returns whether it will be. */
  private _drawAgainAfterFailure(): boolean {
    if (!this._showsDrawFailure) return false;
    this._retryDraw = true;
    this.requestUpdate();
    return true;
  }

  /** Whether the chart's SVG, or the message in its place, had the keyboard focus when this update began. */
  private _svgHadFocus = false;
  private _messageHadFocus = false;

  protected willUpdate(changed: PropertyValues): void {
    this._paperStatesOnly = !this._retryDraw && changed.size > 0 && [...changed.keys()].every((key) => PAPER_STATES.has(key as string));
    // (No render root yet on a server, or before the first update.)
    const active = (this.renderRoot as ShadowRoot | undefined)?.activeElement ?? null;
    this._svgHadFocus = !!this.svg && active === this.svg;
    this._messageHadFocus = active?.classList.contains('message') ?? false;
    // Taken now, whatever this update shows: a mark is for the change that made it.
    const barSays = barSaysMessage.delete(this);
    const messageBefore = this.problem;
    // A linked bar looks again at a change it cannot see (it watches attributes), before this
    // chart says a choice of the bar no longer fits: the bar may turn that choice off.
    if (this.hasUpdated && this._changedUnseen(changed)) drivingBar.get(this)?.requestUpdate();
    this._attributesWritten.clear();
    if (changed.has('theme')) this._pinnedBehind = undefined;
    restoreDefaults(this);
    if (changed.has('src')) this._loadSrc();
    this.view = null;
    this.problem = null;
    const { dataset, problem, loading } = this.resolveDataset();
    this._loadingSrc = Boolean(loading);
    // While a new file loads, nothing of the figures drawn before is drawn, listed or told.
    if (loading) {
      this.result = null;
      return;
    }
    if (problem || !dataset) {
      this.problem = problem ?? 'No data.';
    } else {
      try {
        // A `filters` id that matches no <pioneer-filters>: the figures would silently ignore the bar.
        const link = filterLinkProblem(this);
        if (link) throw link;
        if (this.dataAttribute != null && this.data == null) {
          throw new AttributeProblem('data', this.dataAttribute, 'none — data is a property set from script (element.data = rows); in HTML, put the rows in a JSON or CSV file in the export format and give its address as src="…"');
        }
        // A boolean attribute is on whenever present: diverging="false" would turn it on.
        // (An attribute the element does not use, a table's `mode` or `print-table`, is said to
        // be ignored under it, not checked.)
        const unused = (this.constructor as typeof PioneerChart).unusedAttributes;
        for (const name of booleanAttributesOf(this)) {
          const off = unused.includes(name) ? null : booleanWrittenOff(this, name);
          if (off) throw off;
        }
        if (!unused.includes('mode')) oneOf('mode', this.mode, ['chart', 'table']);
        oneOf('theme', this.theme, ['auto', 'light', 'dark']);
        // `height` is parsed as a number without a check; a typo would otherwise draw nothing, and
        // "99999999" a chart 33 million px tall that pushes the page's other content out of reach.
        const heightText = this.getAttribute('height');
        const digits = /^\s*\d+(\.\d+)?\s*$/;
        // Its text from script (`'480'`: React 19 sets `height="480"` as the property) is read as the
        // attribute's is, a number from here on (what the renderers are given).
        if (typeof this.height == 'string' && digits.test(this.height)) this.height = +this.height;
        const height = this.height as number | undefined;
        if (
          // (A table only is as tall as its rows: it has no height to check.)
          !this.tableOnly &&
          height != null &&
          (!(Number.isFinite(height) && height > 0 && height <= MAX_HEIGHT) || (heightText != null && !digits.test(heightText)))
        ) {
          throw new AttributeProblem('height', heightText ?? this.height, `a height in pixels up to ${MAX_HEIGHT}, e.g. 480 (or none for the chart's own height)`);
        }
        this.view = this.computeView(dataset);
      } catch (e) {
        this.problem = e instanceof AttributeProblem ? e.message : `Could not show this chart: ${(e as Error)?.message ?? e}`;
      }
    }
    // The update a failed draw asked for shows why, and draws nothing: where nothing else
    // changed, or only what prints in the chart's place (PAPER_STATES: after printing, the
    // table made ready for a page turned sideways put away as the draw on screen fails again).
    const failed = this._drawFailure;
    const retry = this._retryDraw;
    this._drawFailure = null;
    this._retryDraw = false;
    this._showsDrawFailure = Boolean(failed && !this.problem && (changed.size === 0 || this._paperStatesOnly) && !retry);
    if (this._showsDrawFailure) this.problem = failed;
    // A new message is the linked bar's to say if it marked this chart, else the chart's own;
    // the same message as before keeps its teller (it is not said again).
    if (this.problem !== messageBefore) this._messageSaidByBar = barSays;
    if (this.problem && this.problem !== this._lastWarning) {
      const bar = drivingBar.get(this);
      if (bar?.isUpdatePending) {
        // A page script changed this chart and its bar is about to look at it again: the bar
        // may turn off the filter that no longer fits (and says so). Warned only if the
        // problem is still there once the bar and this chart have settled.
        this._warnIfStill(this.problem, bar.updateComplete.then(() => this.updateComplete));
        return;
      }
      if (!this.hasUpdated && !isServer) {
        // A first update runs as soon as the library defines the element: a page's own script
        // after it (a second <script>, inline or a file still on its way) may not have given
        // the chart its rows yet. Warned once the page's scripts have run, if still so.
        this._warnIfStill(this.problem, pageScriptsRun());
        return;
      }
      this.warn(`${this.problem}`);
    }
    this._lastWarning = this.problem ?? '';
  }

  /**
   * Whether the message shown is one a linked bar's status line says, so not an alert: the bar
   * marked this chart (barSaysMessage) as it applied the reader's choice that brought it.
   */
  private _messageSaidByBar = false;

  /** Warns of `problem` once `settled` resolves, unless the chart no longer has it (or has warned of it since). */
  private _warnIfStill(problem: string, settled: Promise<unknown>): void {
    void settled.then(() => {
      if (this.problem === problem && this._lastWarning !== problem) {
        this.warn(`${problem}`);
        this._lastWarning = problem;
      }
    });
  }

  /** One console warning, "<barrier-stack>: …", naming the chart (see warnAbout). */
  protected warn(message: string): void {
    warnAbout(this, message);
  }

  private async _loadSrc(): Promise<void> {
    const given: unknown = this.src;
    const request = ++this._srcRequest;
    this.srcState = null;
    if (!srcGiven(given)) return;
    // A value with no address of its own (a Symbol, an object a binding passed on) is said,
    // not fetched; a URL object is its address.
    if (typeof given !== 'string' && !(given instanceof URL)) {
      this.srcState = { dataset: null, problem: new AttributeProblem('src', textOf(given), 'the address of a JSON or CSV file in the export format, e.g. src="figures.csv"').message };
      return;
    }
    const src = String(given);
    const shown = shownSrc(src);
    let state: DataState;
    try {
      // A request that fails before any answer (no server, a refused scheme, blocked by the
      // page's policy) says so with the attribute, as an HTTP error does.
      const response = await fetch(src).catch((e: unknown) => {
        throw new Error(`src="${shown}" could not be loaded (${(e as Error)?.message || 'the request failed'}: no server answered, or the page may not fetch it).`);
      });
      if (!response.ok) throw new Error(`src="${shown}" could not be loaded (HTTP ${response.status}).`);
      // Parsing blocks the page (about 2 s for 30 MB): a file far larger than any table of the
      // reports is refused before that, from its announced length where the server gives one.
      const announced = Number(response.headers.get('content-length'));
      if (announced > MAX_SRC_BYTES) throw tooLarge(src, announced);
      const text = await readCapped(response, src);
      let rows: readonly unknown[];
      // A server that answers a wrong address with its "page not found" page, status 200.
      // (By its text: a JSON answer labelled text/html, as some servers send it, is read.)
      if (/^\uFEFF?\s*</.test(text)) {
        throw new Error(`src="${shown}" is a web page (HTML), not a JSON or CSV file in the export format: is the address right? (A server may answer an address it does not have with a page.)`);
      }
      // Read as UTF-8 it is a NUL between every two characters: one field per line, "1 fields where the header has 11".
      if (savedAsUtf16(text)) {
        // A JSON file (Windows PowerShell 5's Out-File and ">" write UTF-16) is not Excel's to save again.
        if (/^[\s\uFFFD]*[[{]/.test(text.slice(0, 64).replace(/\0/g, ''))) throw new Error(`src="${shown}" seems to be saved as UTF-16, which a chart does not read: save it as UTF-8.`);
        throw new Error(`src="${shown}" seems to be saved as UTF-16 (as Excel's "Unicode Text" is), which a chart does not read: save it as CSV UTF-8 (in Excel, Save As "CSV UTF-8 (Comma delimited)").`);
      }
      if (/\.csv(?:$|\?)/i.test(src) || /text\/csv/.test(response.headers.get('content-type') ?? '')) {
        const parsed = parseCsv(text);
        if (parsed.errors.length) {
          throw new Error(`src="${shown}": malformed CSV — ${parsed.errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
        }
        rows = parsed.records;
      } else {
        try {
          rows = JSON.parse(text);
        } catch {
          throw new Error(`src="${shown}" is not JSON or CSV in the export format.`);
        }
      }
      state = datasetFromRows(rows);
      if (state.problem) state = { dataset: null, problem: `src="${shown}": ${state.problem}` };
    } catch (e) {
      state = { dataset: null, problem: (e as Error).message };
    }
    if (request === this._srcRequest) this.srcState = state;
  }

  /**
   * The message in place of the chart, focusable, and what a reader finds in the figure: an
   * alert, said as it appears or changes, unless a linked bar's status line says it (a reader's
   * choice in the bar sent the chart here), when it is a plain paragraph, heard once, from the
   * line. The two are distinct templates: a message that becomes the chart's own to say is a new
   * alert, which screen readers say, not a paragraph given the role.
   */
  private _messageTemplate(message: string): TemplateResult {
    return this._messageSaidByBar
      ? html`<p part="message" class="message" tabindex="-1">${message}</p>`
      : html`<p part="message" class="message" role="alert" tabindex="-1">${message}</p>`;
  }

  protected render(): TemplateResult {
    const view = this.view;
    // Without a view (a bad attribute, data still loading) the figure is named for what it is,
    // not by its tag; the message inside says why.
    const title = view ? this.titleOf(view) : `${this.tableOnly ? 'Table' : 'Chart'}${this.problem ? ' not shown' : ''}`;
    const table = this.tableMode || this.tableOnly || this.tableOnPaper;
    // The table's own note says it where the table is shown; paper has only that (chart-styles.ts).
    const unfit = (this._unfitLine = view ? unfitLine(this.drawnRows(view)) : '');
    // No text between the sizer and the figure: under a page's white-space: pre (inherited by
    // the host), the line break and indent there were two empty lines over the chart.
    return html`<div class="sizer" aria-hidden="true"></div><figure part="figure" class="${this.tableShown ? 'with-table' : ''}${table ? ' table-view' : ''}${this.tableInLandscape ? ' landscape-table' : ''}${this.tableOnShortPage ? ' short-page-table' : ''}${this._inView ? ' in-view' : ''}" lang="en" aria-label=${title}>
        <div class="header">
          <figcaption part="title" class="title">${view ? unbroken(title) : nothing}</figcaption>
          ${view && !this.problem && !this.noControls ? this._controlsTemplate() : nothing}
        </div>
        <!-- What a download did, or why it failed: under the Download button, not at the foot of a tall chart. -->
        <p class="status" part="status" role="status"></p>
        ${this.tableOnPaper || this.tableInLandscape ? paperNoteTemplate(this.tableInLandscape) : nothing}
        ${this.noWidthOnPaper ? noWidthOnPaperTemplate() : nothing}
        ${this._loadingSrc ? html`<p part="note" class="note loading">Loading the figures from ${shownSrc(String(this.src))}…</p>` : nothing}
        ${this.problem
          ? this._messageTemplate(this.problem)
          : this._loadingSrc
          ? nothing
          : html`<div part="plot" class="plot ${table ? 'off' : ''}">
                <svg part="svg" tabindex=${table || isServer ? '-1' : '0'} ?data-inert-without-script=${isServer} aria-hidden=${table ? 'true' : 'false'} role="group" aria-roledescription="chart" aria-label=${title} @keydown=${this._onKeyDown} @pointerdown=${this._onPointerDown} @pointermove=${this._onPointerMove} @pointerleave=${this._onPointerLeave} @click=${this._onClick} @focus=${this._onFocus} @blur=${this._onBlur}></svg>
                <div part="tooltip" class="tooltip" role="presentation" aria-hidden="true" hidden @pointerenter=${this._onTooltipEnter} @pointerdown=${this._onTooltipDown} @click=${this._onTooltipClick} @pointerleave=${this._onPointerLeave}></div>
              </div>
              <p part="size-note" class="note size-note" hidden></p>
              <div part="table-host" class="table-host ${table ? '' : 'off'} ${this.printTable && !table ? 'under-chart' : ''}" role="region" aria-label=${`${title}: table`} tabindex=${table ? '0' : '-1'}></div>
              ${view ? this.notesOf(view) : nothing}
              ${unfit ? html`<p class="note unfit" part="note" ?hidden=${table}>⚠ ${unfit}</p>` : nothing}
              ${this.tableOnly
                ? nothing
                : html`<div class="description" part="description" ?hidden=${table} ?data-needs-script=${isServer}>
                    <button type="button" aria-expanded="false" aria-controls="long-description" aria-label=${view ? `Describe this chart: ${title}` : 'Describe this chart'} @click=${this._onDescriptionClick}>Describe this chart</button>
                  </div>`}`}
        ${this.attributeNote ? html`<p part="attribute-note" class="note attribute-note">${this.attributeNote}</p>` : nothing}
        <p part="note" class="note source-note" hidden></p>
        <p part="source" class="source"></p>
        <div class="sr-only live" aria-live="polite" aria-atomic="true"></div>
      </figure>`;
  }

  private _controlsTemplate(): TemplateResult {
    const table = this.tableMode;
    // The buttons are named with the chart's title: a page of several charts otherwise lists several
    // buttons of one name ("Download or cite this chart" ×4, "Chart" and "Table" ×6) in a screen
    // reader's list of controls, which does not give the group's name. Each name begins with the
    // text shown ("Chart: …"), so a reader who says "click Chart" still reaches it (WCAG 2.5.3).
    // The group is "Show as" alone: entering it, a reader hears its name and then a button's, and
    // the title in both said it twice.
    const title = this.view ? this.titleOf(this.view) : '';
    // Rendered on a server, the controls and the long description (both need the script) are
    // hidden until the element hydrates: a static page never shows buttons that do nothing.
    return html`<div class="controls" part="controls" ?data-needs-script=${isServer}>
      ${this.tableOnly
        ? nothing
        : html`<div class="modes" role="group" aria-label="Show as">
            <button type="button" aria-pressed=${String(!table)} aria-label=${title ? `Chart: ${title}` : nothing} @click=${() => this._setMode('chart')}>Chart</button>
            <button type="button" aria-pressed=${String(table)} aria-label=${title ? `Table: ${title}` : nothing} @click=${() => this._setMode('table')}>Table</button>
          </div>`}
      <div class="menu" part="menu" @keydown=${this._onMenuKeyDown} @focusout=${this._onMenuFocusOut}>
        <button type="button" aria-expanded="false" aria-controls="menu-items" aria-label=${`Download or cite this ${this.tableOnly ? 'table' : 'chart'}${title ? `: ${title}` : ''}`} @click=${this._onMenuClick}>Download</button>
      </div>
    </div>`;
  }

  /** The Download menu's items: rendered after its button only while it is open (see _setMenuOpen). */
  private _menuItemsTemplate = (): TemplateResult => html`<div class="menu-items" id="menu-items">
    <button type="button" data-action="csv" @click=${() => this._exportAs('csv')}>Data (CSV)</button>
    ${this.tableOnly
      ? nothing
      : html`<button type="button" data-action="svg" @click=${() => this._exportAs('svg')}>Chart (SVG)</button>
          <button type="button" data-action="png" @click=${() => this._exportAs('png')}>Chart (PNG, 2×)</button>`}
    <button type="button" data-action="cite" @click=${() => this._exportAs('cite')}>Copy citation</button>
  </div>`;

  private _setMode(mode: 'chart' | 'table'): void {
    this.mode = mode;
  }

  private menu(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.menu');
  }

  private _onMenuClick = (): void => {
    this._setMenuOpen(!isOpen(this.menu()));
  };

  /**
   * The menu opens leftwards from its button (at the chart's right edge); where that would put
   * it past the window's left edge (a narrow window, the button wrapped to the left), it opens
   * rightwards instead, so no item is cut off where the page cannot scroll. While it is open,
   * a resized window (a phone turned, a zoom) places it again, and a press outside it closes it
   * (where a click does not move the focus, as in Safari, focusout would not).
   */
  private _setMenuOpen(open: boolean): void {
    const menu = this.menu();
    setOpen(menu, open, this._menuItemsTemplate);
    this._unlistenMenu();
    if (!isOpen(menu)) return;
    this._placeMenu();
    window.addEventListener('resize', this._placeMenu);
    document.addEventListener('pointerdown', this._onPointerDownOutsideMenu, true);
  }

  private _unlistenMenu(): void {
    window.removeEventListener('resize', this._placeMenu);
    document.removeEventListener('pointerdown', this._onPointerDownOutsideMenu, true);
  }

  private _placeMenu = (): void => {
    const items = this.menu()?.querySelector<HTMLElement>('.menu-items');
    // (The controls gone while it was open: a message in place of the chart.)
    if (!items) {
      this._unlistenMenu();
      return;
    }
    items.classList.remove('start');
    if (items.getBoundingClientRect().left < 0) items.classList.add('start');
  };

  private _onPointerDownOutsideMenu = (e: PointerEvent): void => {
    const menu = this.menu();
    const tip = this.tooltipEl;
    const path = e.composedPath();
    // A press on the hovered tooltip is one on what it covers, which its click presses (_onTooltipClick).
    const on = tip && path.includes(tip) ? (this.renderRoot as ShadowRoot).elementsFromPoint(e.clientX, e.clientY).find((n) => !tip.contains(n)) : path[0];
    if (!menu?.contains(on as Node)) this._setMenuOpen(false);
  };

  /** The menu closes when the focus leaves it (it would otherwise cover the marks a reader tabs to). */
  private _onMenuFocusOut = (e: FocusEvent): void => {
    const menu = e.currentTarget as HTMLElement;
    // A press on the hovered tooltip takes the focus (it takes none itself) but not the menu:
    // it is a press on what the tooltip covers (_onPointerDownOutsideMenu).
    if (!menu.contains(e.relatedTarget as Node | null) && !this.tooltipEl?.matches(':active')) this._setMenuOpen(false);
  };

  private _onMenuKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      disclosureButton(this.menu())?.focus();
      this._setMenuOpen(false);
    }
  };

  /**
   * The rows of the current view in the export format (its CSV columns), and a last column,
   * `note`, saying what the columns cannot: a base not printed for the figure, a figure printed
   * as a dash (see rowNote). Each gap the chart draws is a row too, in its series' order of
   * years (a comparison's cell with no figure, or a stacked bar's response with none, where it
   * is drawn, among its item's groups or its bar's responses): no
   * value, the figure it is shown in (`source_table`, where a report shows it only as a chart)
   * with the base that figure prints for the year, if any, and the chart's reason as its note. A file read back through `src` (or
   * given as `data`) takes such a row as that gap, with that reason. So is each value a chart
   * says under it that it has no figure for without drawing it (csvNotedGaps).
   */
  toCsv(): string {
    const { rows = [], gaps: drawnGaps = [] } = this._drawIfHidden() ?? {};
    const gaps = [...drawnGaps, ...this.csvNotedGaps()];
    const ds = this.resolveDataset().dataset;
    const figures: CsvLine[] = rows.map((r) => ({ ...r, note: rowNote(r) }));
    // A gap drawn among the rows (a comparison's cell with no figure, a bar's response with
    // none) goes where it is drawn, the last after every row; the others after the rows, then
    // into their series' order of years (below).
    const placed: GapLine[][] = [...rows, null].map(() => []);
    const after: GapLine[] = [];
    // One row per gap drawn (a table shows the last reason given for a key).
    for (const [key, { rowsBefore, ...g }] of new Map(gaps.map((g) => [keyOf(g), g]))) {
      const m = ds ? indexOf(ds).missingByKey.get(key) : undefined;
      const charted = m && isCharted(m) ? m : undefined;
      (rowsBefore != null ? placed[Math.min(rows.length, Math.max(0, rowsBefore))] : after).push({
        ...g,
        value: '',
        // A response the chart has no figure of at all (a group's unpublished response) is in the
        // unit of the measure's figures drawn: a stack's percentages.
        unit: (rows.find((r) => r.measure === g.measure && r.response === g.response) ?? rows.find((r) => r.measure === g.measure))?.unit ?? '',
        // The base its figure prints for the year, where it prints one (never a value).
        base: charted?.base ?? '',
        source_survey: charted && Number.isFinite(charted.source_survey) ? charted.source_survey : '',
        source_table: charted?.source_figure ?? '',
        note: g.reason,
      });
    }
    const lines = [...figures.flatMap((r, i) => [...placed[i], r]), ...placed[rows.length], ...after];
    // Only where some gap is not placed: a stack's rows of two years, drawn bar by bar, stay so.
    if (after.length) {
      // Each line after the first of its series, in year order (each series' place worked out once).
      const first = new Map<string, number>();
      const place = lines.map((r, i) => {
        const series = `${r.measure}|${r.item}|${r.group}|${r.response}`;
        if (!first.has(series)) first.set(series, i);
        return { r, at: first.get(series)! };
      });
      place.sort((a, b) => a.at - b.at || a.r.year - b.r.year);
      lines.splice(0, lines.length, ...place.map((p) => p.r));
    }
    // Figures the chart's notes or scale rest on without drawing them: last, each with why it is there.
    for (const { row, why } of this.csvContextRows()) lines.push({ ...row, note: [rowNote(row), why].filter(Boolean).join('; ') });
    const extra = this.csvExtra();
    const records = extra ? lines.map((r) => ({ ...r, ...extra.valuesOf(r) })) : lines;
    return formatCsv(records as Record<string, unknown>[], [...OBSERVATION_COLUMNS, ...(extra?.columns ?? []), 'note']);
  }

  /**
   * Values a chart says under it that it has no figure for, but does not draw (a comparison's
   * group that its table does not publish separately): its CSV gives each as a gap row, the
   * chart's note its reason, so that the file read back through `src` says it again.
   */
  protected csvNotedGaps(): GapCell[] {
    return [];
  }

  /**
   * Figures a chart's notes or drawing rest on without showing them (items of the compare year
   * alone, named under the stacked bars; the count a filtered map's marks are scaled to): its CSV
   * gives each after the figures shown, `why` in its note, so that the file read back through
   * `src` says and draws the same from its own rows. Its Table view does not list them.
   */
  protected csvContextRows(): { row: ObservationRow; why: string }[] {
    return [];
  }

  /**
   * Columns a chart adds to its CSV after the export format's, before `note` (a site map's
   * sites' groups, which it shows by colour and shape), and each row's values. A file read
   * back through `src` ignores them.
   */
  protected csvExtra(): { columns: readonly string[]; valuesOf(row: CsvLine): Record<string, string | number> } | null {
    return null;
  }

  /**
   * The chart as a standalone SVG document, with title, source line and base n inside, the
   * notes shown under the chart (why a year has no value, what is not shown…) and, for a chart
   * whose legend is outside its SVG, a key. A change not yet drawn (`year = 2019` just set) and
   * a chart not laid out (in a closed `<details>`) are drawn first (_drawIfHidden). Empty while
   * it shows a message in its place, where it has nowhere to draw (laid out 0 px wide), and for
   * an element that draws no chart (`<pioneer-table>`).
   */
  toSvg(): string {
    if (!this._drawIfHidden() || !this.svg || !this.view || this.tableOnly) return '';
    // A note worded for the Table view keeps the chart's words (data-chart-text): the file draws the chart.
    const notes = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="note"]')].map((n) => (n.dataset.chartText ?? n.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
    // Drawn in light text on dark (the dark theme), the file keeps the chart's own colours:
    // its light text on paper's white would not read.
    const figure = this.renderRoot.querySelector<HTMLElement>('figure');
    const svg = this.svg;
    const view = this.view;
    // Forced colours (Windows High Contrast) repaint the chart in the system's few colours for
    // the reader; the file, for paper or another reader, keeps the chart's own.
    return withoutForcedColors(this, figure, () => {
      const colors = figure ? darkExportColors(figure) : undefined;
      return chartToSvg(svg, { title: this.titleOf(view), source: sourceLine(this.result?.rows ?? []), notes, key: this.result?.key, labelLang: this.labelLang, citation: this.citation(), colors });
    });
  }

  /** The citation of the report(s) and tables the figures come from. */
  citation(): string {
    return citationOf(this.result?.rows ?? []);
  }

  /**
   * What "Copy citation" copies: the figure's title and source line (tables and base n), then
   * the full reference of each report, e.g. "Barriers to integration, 2020. Source: PIRU key
   * informant survey 2020, Table 5.2; bases 52–54.\nErens B, … July 2021. Table 5.2."
   */
  figureCitation(): string {
    const rows = this._drawIfHidden()?.rows ?? [];
    if (!this.view) return '';
    const cite = citationOf(rows);
    const title = this.titleOf(this.view).replace(/[.\s]+$/, '');
    const source = sourceLine(rows);
    return [`${title}.${source ? ` ${source}.` : ''}`, cite].filter(Boolean).join('\n');
  }

  /**
   * A chart that is not laid out (in a closed `<details>`, a tab hidden with display: none) draws
   * nothing, or keeps what it drew before it was hidden while its figures change (a filter bar's
   * year): what a script or the menu exports from it is drawn now, at the width it last had, or
   * else at the printed width (as where nothing is laid out), so that its files hold the chart it
   * would show. It is drawn again at its own width once shown. One shown but not yet measured
   * (a script's export as soon as it is added) is measured now, as the shared observer would. A
   * chart laid out 0 px wide is left so: it has nowhere to draw (its note says so), and what it
   * drew before it was (another year's figures, since changed) is not exported. Returns what is
   * drawn to export, if anything. A change not yet drawn (a script's `year = 2019; toSvg()` in
   * one task, or an export as soon as it is added) is drawn first: the export is of the chart its
   * attributes now say.
   */
  private _drawIfHidden(): RenderResult | null {
    this._updateNow();
    if (this.width <= 0 && !this._noWidth) {
      // Shown: not display: none, nor in a closed <details> (whose content Chromium lays out unseen).
      const shown = this.renderRoot.querySelector('.sizer')?.checkVisibility?.();
      this._measureNow(shown ? this._sizerWidth() : this._lastWidth || PRINT_WIDTH);
    }
    return this._noWidth ? null : this.result;
  }

  /**
   * What else tells a file of `file`'s kind from that of a chart of the same title, items and
   * responses: a drawing the attributes change but the title does not tell (intervals drawn, a
   * layout, an order), as short keywords that end its name (`…-intervals.svg`). None here.
   */
  protected fileNameExtras(_file: 'csv' | 'svg' | 'png'): string[] {
    return [];
  }

  /** The figure (its citation) the status line's message is about. */
  private _statusFor = '';

  /** While drawn as without its `height` (_heightDrawn): the height the renderer is given (drawHeight). */
  private _heightless = false;

  /** The `height` the chart is drawn at (none, where its own: the renderers' `height` option). */
  protected get drawHeight(): number | undefined {
    return this._heightless ? undefined : (this.height as number | undefined);
  }

  /**
   * Whether its `height` draws it otherwise than it is drawn without one, at the width it is drawn
   * at (drawn again, out of the page, as without it): a height under what its rows need is not
   * used, and the trend's own height at its width is the one it draws at anyway. Either drawing
   * named for the height as well got two names for one drawing.
   */
  private _heightDrawn(): boolean {
    const svg = this.svg!;
    const plain = svg.cloneNode() as SVGSVGElement;
    this._heightless = true;
    try {
      withTextSpacing(this._letterSpacing, this._wordSpacing, () => this.draw(plain, this.view!, svg.viewBox.baseVal.width));
    } finally {
      this._heightless = false;
    }
    return plain.getAttribute('viewBox') !== svg.getAttribute('viewBox');
  }

  private async _exportAs(kind: 'csv' | 'svg' | 'png' | 'cite'): Promise<void> {
    // The menu closes on a choice, its button keeping the focus; the status line says what was done.
    // (Focused before its items go: the focus is not lost to the page with the item that had it.)
    if (isOpen(this.menu())) {
      disclosureButton(this.menu())?.focus();
      this._setMenuOpen(false);
    }
    if (!this.view) return;
    const title = this.titleOf(this.view);
    // Named after the title and the items and responses asked for: two trends of one page
    // showing other items, or two tables other responses (the same title), download to files of
    // their own. The responses end the name even where a long list of items is cut (fileNameOf).
    const asked = this as { items?: unknown; responses?: unknown };
    const name = [title, ...listOf(asked.items)].join(' ');
    // After the responses, what else draws these figures otherwise (fileNameExtras), and a file
    // drawn in the dark theme's colours: a chart's two files of one title keep their own names.
    const figure = this.renderRoot.querySelector<HTMLElement>('figure');
    const dark = () => !!figure && !!withoutForcedColors(this, figure, () => darkExportColors(figure));
    // A drawing of its own `height` (or of the least its rows need, where that is more) too: `…-400px.svg`;
    // not one its `height` leaves as it is without (_heightDrawn), which keeps the name it has without.
    const end = (file: 'csv' | 'svg' | 'png') => [...listOf(asked.responses), ...this.fileNameExtras(file), ...(file === 'csv' ? [] : [this.height && this._heightDrawn() ? `${this.result?.heightNeeded ?? this.height}px` : '', dark() ? 'dark' : ''])].join(' ');
    const status = this.renderRoot.querySelector('.status');
    // The same message twice (a second download) still changes the region, so it is read again.
    const say = (text: string) => {
      if (status) status.textContent = status.textContent === text ? `${text}\u00a0` : text;
      this._statusFor = this.figureCitation();
    };
    try {
      // Nothing drawn to export (laid out 0 px wide): said, rather than a file without the chart.
      if (kind !== 'cite' && !this._drawIfHidden()) throw new Error(NO_WIDTH);
      if (kind === 'csv') {
        // With a byte order mark: Excel opens a CSV without one in the system's code page
        // ("52â€“54" for "52–54", "GÅµyl" for "Gŵyl"). parseCsv, R's readr and pandas skip it.
        download(`\uFEFF${this.toCsv()}`, fileNameOf(name, 'csv', end('csv')), 'text/csv;charset=utf-8');
        say('Data downloaded as CSV.');
      } else if (kind === 'svg') {
        download(this.toSvg(), fileNameOf(name, 'svg', end('svg')), 'image/svg+xml');
        say('Chart downloaded as SVG.');
      } else if (kind === 'png') {
        download(await svgToPng(this.toSvg(), 2, this.ownerDocument), fileNameOf(name, 'png', end('png')), 'image/png');
        say('Chart downloaded as PNG.');
      } else {
        const text = this.figureCitation();
        try {
          await navigator.clipboard.writeText(text);
          say(`Citation copied: ${text}`);
        } catch {
          say(`Citation: ${text}`);
        }
      }
    } catch (e) {
      say(`Could not export: ${(e as Error).message}`);
      this.warn(`export failed: ${(e as Error).message}`);
    }
  }

  protected updated(): void {
    // The source line and its caveat are written imperatively (they depend on what the renderer
    // drew): a message in place of the chart has neither, nor has a chart whose data is loading.
    if (this.problem || !this.view) {
      // Nothing of the figures drawn before is left to be read, copied or downloaded: the
      // marks, the rows (CSV, citation), the live region's last mark.
      this.result = null;
      this.renderRoot.querySelector('.live')?.replaceChildren();
      // A reader on the chart's marks when it became a message keeps the focus in it, on the
      // message (the chart's SVG has gone), rather than lose it to the page.
      // So does a reader on the message when it was shown anew, as an alert (_messageTemplate).
      if (this.problem && (this._svgHadFocus || this._messageHadFocus)) this.renderRoot.querySelector<HTMLElement>('.message')?.focus();
      // Cleared once, not at every update of a message (the same `hidden` set again is a write).
      const source = this.renderRoot.querySelector('.source');
      if (source?.firstChild) source.textContent = '';
      const caveat = this.renderRoot.querySelector<HTMLElement>('.source-note');
      if (caveat && !caveat.hidden) {
        caveat.textContent = '';
        caveat.hidden = true;
      }
    }
    // An update for what prints in the chart's place alone (its table, on paper or sideways), as
    // printing starts or ends, keeps the drawing setPrinting made (for paper, or back for the
    // screen): drawn again, for nothing, it was about half the time such a chart took.
    if (!(this._paperStatesOnly && this.result)) this._drawNow();
    if (this._noWidth) this._noteNoWidth();
    this._renderTableIfShown();
    // A message that had the focus gives it back to the chart in its place.
    if (this._messageHadFocus && !this.problem) this.svg?.focus();
  }

  /** Calls the renderer if there is something to draw and a width to draw it at. */
  private _drawNow(): void {
    const svg = this.svg;
    if (!svg || !this.view || this.problem || this.width <= 0) return;
    try {
      const previous = this.result;
      // The outlined node, by identity: a renderer rewriting a mark's class drops `.focused`.
      const outlined = svg.querySelector('.focused');
      this._ringFocused(null);
      this._unlift = null;
      const width = this.printing ? this._printedWidth : this.width;
      // Its marks move to their new places if the chart is in the window now (see _inView).
      const figure = this.renderRoot.querySelector('figure');
      if (figure && figure.classList.contains('in-view') !== this._inView) figure.classList.toggle('in-view', this._inView);
      this.result = withTextSpacing(this._letterSpacing, this._wordSpacing, () => this.draw(svg, this.view!, width));
      // The label is the title until the chart is drawn, then the summary of what it shows:
      // written here once per draw (the template binds the title, and writes only when the
      // title changes, which a draw always follows).
      if (svg.getAttribute('aria-label') !== this.result.summary) svg.setAttribute('aria-label', this.result.summary);
      // (Written only where it changes: the same text set again is a new text node, a DOM write.)
      const source = this.renderRoot.querySelector('.source');
      const line = source && sourceLine(this.result.rows);
      if (source && source.textContent !== line) setUnbrokenText(source, line!);
      // What the source tables get wrong about themselves, where these figures come from one.
      const caveat = this.renderRoot.querySelector<HTMLElement>('.source-note');
      const caveats = sourceCaveats(this.result.rows).join(' ');
      if (caveat && caveat.textContent !== caveats) {
        caveat.textContent = caveats;
        caveat.hidden = !caveats;
      }
      // (On a page shrunk to fit the paper, the box it is shrunk into is the one it has without
      // the shrink: a 320 px box drawn at 227 px for paper is not said to be too narrow for 240.)
      this._noteSize(this.result.heightNeeded, Number(svg.getAttribute('width')) || width, this.printing ? Math.min(this.width, this._paperWidth) : width);
      if (this.printing) this._undoPageShrink(svg);
      // The table and the long description are built only when shown (first draw of 50
      // charts should not also build 50 tables).
      this._tableStale = true;
      this._descriptionStale = true;
      // An open description follows (a chart first measured while it is open, e.g. from 0 px).
      this._renderDescription();
      // The mark last reached is kept by its key, not its place: a line shown again before it
      // moves the others along, and Tab back in returns to that mark, not to another line's.
      const lastReached = previous && this._focusIndex >= 0 ? previous.marks[this._focusIndex]?.key : undefined;
      const reachedAt = lastReached == null ? -1 : this.result.marks.findIndex((m) => m.key === lastReached);
      if (reachedAt >= 0) this._focusIndex = reachedAt;
      if (previous && this._focusIndex >= this.result.marks.length) this._focusIndex = this.result.marks.length - 1;
      // Nothing said of the figures drawn before is left to be read: the live region's mark
      // unless it is still drawn (none when every line is hidden), the status line's download
      // or citation of another figure.
      const live = this.renderRoot.querySelector('.live');
      const said = live?.textContent ?? '';
      const onMark = (this.renderRoot as ShadowRoot).activeElement === svg && this._focusIndex >= 0;
      if (said && !onMark && !this.result.marks.some((m) => said.endsWith(m.label))) live!.replaceChildren();
      const status = this.renderRoot.querySelector('.status');
      if (status?.textContent && this._statusFor !== this.figureCitation()) status.textContent = '';
      // An open tooltip never goes on giving the figures drawn before: it shows its mark again
      // (its new label, at its new place), or goes with it.
      if (this.tooltipEl && !this.tooltipEl.hidden && this._tooltipKey !== null) {
        const now = this.result.marks.find((m) => m.key === this._tooltipKey);
        if (now) this._showTooltip(now, this._tooltipHovered);
        else this._hideTooltip();
      }
      this._refocus(outlined);
    } catch (e) {
      this.problem = `Could not draw this chart: ${(e as Error)?.message ?? e}`;
      this.warn(`${this.problem}`);
      this._lastWarning = this.problem;
      // Shown by the update asked for here, which then does not draw again: a draw that throws
      // every time would otherwise ask for updates without end (a page that hangs).
      this._drawFailure = this.problem;
      this.requestUpdate();
    }
  }

  /**
   * A `height` too small for the rows at this width is not used (labels would overlap): says
   * so under the chart, and in the console once per value of `height` (not at every resize),
   * naming the attribute and what would do.
   */
  private _noteSize(needed: number | undefined, drawnWidth: number, width: number): void {
    const note = this.renderRoot.querySelector<HTMLElement>('.size-note');
    // (textOf: a table's unused `height` is never checked, and may be any value a script set.)
    const asked = textOf(this.getAttribute('height') ?? this.height);
    const tall = tallNoteOf(asked, needed);
    // Narrower than the least width a renderer draws at (a sidebar): the SVG is shrunk to its
    // box, and its text with it.
    const narrow = narrowNoteOf(width, drawnWidth);
    const text = [tall, narrow].filter(Boolean).join(' ');
    this._narrowNote = narrow;
    if (!note || note.textContent === text) return;
    note.textContent = text;
    note.hidden = !text;
    if (tall && this._heightWarned !== asked) this.warn(`${tall}`);
    if (tall) this._heightWarned = asked;
    if (narrow && !this._narrowWarned) this._warnIfLasting('narrow', () => (this.problem ? '' : this._narrowNote));
  }

  /** Whether the console has been told this chart is shrunk below its least width (once per chart: a window resized says it again on screen only). */
  private _narrowWarned = false;
  /** What the size note says of the chart's width as last drawn: that it is shrunk below its least width, or ''. */
  private _narrowNote = '';
  /** The size problems whose console warning waits for the layout to settle (_warnIfLasting). */
  private readonly _lastingChecks = new Set<'width' | 'narrow'>();

  /**
   * Warns of a problem of the chart's box once it has lasted LAYOUT_SETTLE_MS, in the words
   * `still` then gives ('' if it has gone, or the chart is no longer on the page); once per chart.
   */
  private _warnIfLasting(kind: 'width' | 'narrow', still: () => string): void {
    if (this._lastingChecks.has(kind)) return;
    this._lastingChecks.add(kind);
    setTimeout(() => {
      this._lastingChecks.delete(kind);
      const text = this.isConnected ? still() : '';
      if (!text) return;
      this.warn(text);
      if (kind === 'width') this._widthWarned = true;
      else this._narrowWarned = true;
    }, LAYOUT_SETTLE_MS);
  }

  /**
   * A chart laid out 0 px wide (in a box with no width of its own, e.g. an empty inline-block or
   * a `width: 0` column) draws nothing: says so where its chart would be, and once in the console
   * if it lasts (_warnIfLasting), rather than leaving an empty space. Cleared once it has a width
   * (or is no longer laid out).
   *
   * What it drew before its box became 0 px wide (figures since changed, perhaps) is hidden with
   * its plot, not left beside the note to be reached with Tab and read out, and so is what
   * concerns it (data-no-width: chart-styles.ts): the Chart and Table buttons, the table, a
   * trend's key, the notes, "Describe this chart". A reader on any of them is taken to the note,
   * which says why, and back to where they were (a mark: the chart) once it has a width again.
   */
  private _noteNoWidth(): void {
    const note = this.renderRoot.querySelector<HTMLElement>('.size-note');
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    const none = this._noWidth;
    const figure = this.renderRoot.querySelector('figure');
    if (!figure) return;
    // (A message in place of the chart too: a letter a line, about 1,500 px tall, over the text beside it.)
    figure.toggleAttribute('data-no-width', none);
    // On screen, what it keeps is shown in the width beside its box that nothing else takes, if
    // that is 13em or more (its title and note wrapped to it), and clipped to it (chart-styles.ts):
    // spilt out of the 0 px box, they stood over the text beside it (the next grid cell or flex
    // item). Where nothing fits, none is seen, nor its Download button (a focus ring no one
    // sees); its title and note are still read out, and the console says why.
    const room = none ? roomBeside(this) : 0;
    // (Its style read only then: this runs at every resize.)
    const fits = !none || room >= 13 * parseFloat(getComputedStyle(figure).fontSize);
    figure.style.setProperty('--_beside', none ? `${fits ? room : 0}px` : '');
    // (Where none is seen, it takes no height either: chart-styles.ts.)
    figure.toggleAttribute('data-no-room', !fits);
    this.menu()?.toggleAttribute('hidden', !fits);
    // (A message says why itself, in the console too.)
    if (!note || !plot) return;
    if (none && !this._widthWarned) this._warnIfLasting('width', () => (this._noWidth ? NO_WIDTH : ''));
    // The plot is hidden while the note says so, and only then.
    if (plot.hidden === none) return;
    const active = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    note.textContent = none ? NO_WIDTH : '';
    note.hidden = !none;
    note.classList.toggle('no-width', none);
    // (Kept: the Download menu, the note.)
    if (none && active && !active.closest('.menu, .size-note')) {
      this._noWidthFocus = active;
      note.tabIndex = -1;
      note.focus();
    }
    plot.hidden = none;
    if (active === note) ((this._noWidthFocus?.isConnected && this._noWidthFocus) || this.svg)?.focus();
    if (!none) this._noWidthFocus = null;
  }

  /** What had the focus when the chart was laid out 0 px wide (_noteNoWidth), to have it back. */
  private _noWidthFocus: HTMLElement | null = null;

  /** Whether the figures of `src` are still on their way (said where the chart will be). */
  private _loadingSrc = false;

  /** Whether the chart is laid out 0 px wide (the shared observer says). */
  private _noWidth = false;
  /** Whether the console has been told this chart is 0 px wide. */
  private _widthWarned = false;

  /**
   * A misspelt attribute (`yaer="2019"`) would otherwise be ignored in silence, the chart drawn
   * with the default: says so under the chart, and once in the console with the attributes the
   * element has. So for values in curly quotes, and for a chart written inside this one (its
   * tag written self-closing), which would be hidden. Checked when the element is connected
   * (where a page's markup gives them), when a chart is connected inside it, and again once
   * another element of ours is defined (recheckWhenDefined: its attributes are then known).
   */
  private _noteMisspeltAttributes(): void {
    const known = this._knownAttributes();
    // The other elements' attributes only for an attribute this one has not (most charts have none).
    const unknown = this.getAttributeNames().some((name) => !known.includes(name));
    if (unknown) recheckWhenDefined();
    const misspelt = unknown ? misspeltSentences(this, known, libraryAttributes()) : [];
    const inner = this.querySelector(CHART_TAGS);
    const swallowed = inner
      ? [`<${inner.localName}> is inside this <${this.localName}>, which shows nothing written inside it: was its tag written self-closing (<${this.localName} … />)? HTML does not close these elements that way: write <${this.localName} …></${this.localName}>.`]
      : [];
    const text = [...misspelt, ...this._curlyNotes, ...swallowed].join(' ');
    if (text && text !== this.attributeNote) this.warn(`${text}${misspelt.length ? ` Its attributes: ${known.join(', ')}.` : ''}`);
    this.attributeNote = text;
  }

  /** The attributes this element takes: those it observes, less those it has no use for (unusedAttributes). */
  private _knownAttributes(): string[] {
    const element = this.constructor as typeof PioneerChart & typeof LitElement;
    return element.observedAttributes.filter((name) => !element.unusedAttributes.includes(name));
  }

  /** Values this element found in curly quotes and set again without them (unquoteAttributes). */
  private _curlyNotes: string[] = [];
  private _noteContent = (): void => this._noteMisspeltAttributes();
  /** The check again, once another element of ours is defined (recheckWhenDefined); a chart still to hydrate checks after its first update. */
  private _recheckAttributes = (): void => {
    if (!this._hydrating || this.hasUpdated) this._noteMisspeltAttributes();
  };


  /** What _noteMisspeltAttributes found, shown under the chart. */
  @state() private attributeNote = '';

  /** The `height` last warned about as too small. */
  private _heightWarned = '';

  private _tableStale = true;
  /** Whether this element has rendered its table host's content (not the server). */
  private _tableRendered = false;
  private _descriptionStale = true;

  /**
   * After a redraw while the chart has keyboard focus: the outlined node, if it is still drawn
   * (the renderers redraw a mark of the same item in place), stays focused, now as the mark
   * it shows; otherwise the mark at the same position. Outline, tooltip and live region follow.
   */
  private _refocus(outlined: Element | null): void {
    const svg = this.svg;
    if (!svg || this._focusIndex < 0 || this._marksLeft || (this.renderRoot as ShadowRoot).activeElement !== svg) return;
    const key = outlined?.isConnected && svg.contains(outlined) ? outlined.getAttribute('data-key') : null;
    const at = key ? this.marks.findIndex((m) => m.key === key) : -1;
    // Its tooltip placed as it was: for the pointer where a press gave the focus.
    this._moveFocus(at >= 0 ? at : this._focusIndex, '', true, this._tooltipHovered);
  }

  /** The colour behind the table's pinned column (paintedBackground), once read; undefined until then. */
  private _pinnedBehind: ReturnType<typeof paintedBackground> | undefined;

  /** Builds the table from what the renderer drew, when the table is visible or printed. */
  private _renderTableIfShown(): void {
    if (!this._tableStale || !this.result || !this.view) return;
    if (!this.tableShown) return;
    const host = this.renderRoot.querySelector<HTMLElement>('.table-host');
    if (!host) return;
    // A server-rendered table (static markup, no template parts) gives way to the client's.
    if (!this._tableRendered) host.replaceChildren();
    this._tableRendered = true;
    renderTemplate(dataTableTemplate(this.tableModelOf(this.result), this.titleOf(this.view), this.labelLang, sourceLine(this.result.rows)), host);
    this._tableStale = false;
    // The item column stays in view while the figures scroll under it, covering them with the
    // colour behind the chart (the page's, where --pioneer-background is transparent); over an
    // image or a see-through colour it scrolls with them instead.
    // The chart's own background (the figure's) is left to the theme's colour, which follows a
    // change of theme; only a colour from outside the chart is copied.
    // Read once per connection and theme, and only for a table on screen (the column is pinned
    // on screen only): the read forces the page's style, which a redraw of 50 charts must not
    // do 50 times. A page that changes its own background later is seen at the next of those.
    if (this.tableMode || this.tableOnly) {
      if (this._pinnedBehind === undefined) this._pinnedBehind = paintedBackground(host);
      const behind = this._pinnedBehind;
      if (behind && !this.renderRoot.contains(behind.by)) host.style.setProperty('--_pinned-bg', behind.color);
      else host.style.removeProperty('--_pinned-bg');
      host.classList.toggle('unpinned', behind === null);
    }
  }

  /**
   * The table of what the renderer drew: its figures, the gaps it shows with their reasons,
   * the dataset's reason for any other empty cell (an item first asked in 2020), and the notes
   * the chart draws on its figures (result.tableNotes).
   */
  protected tableModelOf(result: RenderResult): TableModel {
    const ds = this.resolveDataset().dataset;
    return tableModel(result.rows, result.gaps, ds ? (measure, item, year, group, response) => absentReason(ds, measure, item, year, group, response) : undefined, result.tableNotes);
  }

  /**
   * Opens or closes the long description; it is built when opened (its container is there only
   * while it is open), and stays open until its button is pressed again: it is content, not a popup.
   */
  private _onDescriptionClick = (e: Event): void => {
    const wrapper = (e.currentTarget as Element).parentElement;
    if (!setOpen(wrapper, !isOpen(wrapper), () => html`<div class="long-description" id="long-description"></div>`)) return;
    this._descriptionStale = true;
    this._renderDescription();
  };

  /** Builds the long description in its container, where it is open and not built from this draw yet. */
  private _renderDescription(): void {
    const desc = this.renderRoot.querySelector<HTMLElement>('.long-description');
    if (!desc || !this.result || !this._descriptionStale) return;
    const model = this.tableModelOf(this.result);
    const shared = model.years ? [] : sharedHeadingParts(model);
    // The line under the chart on figures no whole number of informants gives: said here too.
    const unfit = this.view && this._unfitLine;
    renderTemplate(
      html`<p>${this.result.summary}</p>
        ${unfit ? html`<p>${unfit}</p>` : nothing}
        ${shared.length ? html`<p>Every figure below: ${shared.join(', ')}.</p>` : nothing}
        <ul>
          ${model.rows.map(
            (r) => html`<li>
              ${r.label}${r.labelNote ? html` (${worded(r.labelNote)})` : ''}:
              ${describedRow(model, r, this.shownYear)}
            </li>`,
          )}
        </ul>`,
      desc,
    );
    this._descriptionStale = false;
  }

  /** The marks the renderer drew last. */
  get marks(): readonly ChartMark[] {
    return this.result?.marks ?? [];
  }

  /** The text summary of what the chart shows (empty while there is a problem). */
  get summary(): string {
    return this.problem ? '' : (this.result?.summary ?? '');
  }

  /** The message shown in place of the chart, or null. */
  get message(): string | null {
    return this.problem;
  }

  /**
   * The survey year of the figures shown (a chart left to choose its own year, the one it
   * chose), or null: a chart of every year, or one that shows a message in place of figures.
   */
  get shownYear(): number | null {
    return this.problem || !this.view ? null : this.yearOf(this.view);
  }

  /** The one year a view's figures are of, or null (a chart of every year). */
  protected yearOf(view: View): number | null {
    const year = (view as { year?: unknown }).year;
    return typeof year === 'number' ? year : null;
  }

  private _markElement(mark: ChartMark): SVGElement | null {
    return this.svg?.querySelector(`[data-key="${CSS.escape(mark.key)}"]`) ?? null;
  }

  /**
   * Shows the tooltip of `mark`: `hovered`, for the pointer (kept where the pointer can reach it
   * straight from the mark, by placeTooltip), else for the keyboard focus.
   */
  private _showTooltip(mark: ChartMark, hovered: boolean): void {
    this._tooltipHovered = hovered;
    const tip = this.tooltipEl;
    const svg = this.svg;
    if (!tip || !svg) return;
    // One tooltip on the page at a time: another chart's (its keyboard mark's, or a hover left
    // behind) gives way, so one Escape never closes two.
    if (shownTooltip && shownTooltip !== this) shownTooltip._hideTooltip();
    shownTooltip = this;
    // Its text rewritten only if it changes: text selected in it (to copy a figure) stays so.
    const text = mark.tip ?? mark.label;
    if (tip.textContent !== text) tip.textContent = text;
    tip.hidden = false;
    // The keyboard's tooltip, which no pointer needs to reach, lets the pointer through to what it
    // covers (a chart's buttons, with large text: chart-styles.ts).
    tip.classList.toggle('by-keys', !hovered);
    this._tooltipKey = mark.key;
    // Kept inside the plot: centred on the mark where it fits, else against the nearer edge;
    // below the mark where there is no room above, in the plot (it would cover the title and
    // controls) or in the window (scrolled so that the mark is near its top edge). A chart with
    // placeTooltip puts it among its marks instead.
    const plot = tip.parentElement as HTMLElement;
    // Positions in the plot's own px. The mark's anchor is in the SVG's units, which are the
    // plot's px only while the SVG is drawn at its box's size: a chart narrower than its
    // smallest drawing is scaled down, and an ancestor's CSS zoom or scale transform scales
    // client rectangles but not the tooltip's px (the plot's box against its offsetWidth shows
    // either). So the anchor goes through client space.
    const plotBox = plot.getBoundingClientRect();
    const scale = plot.offsetWidth > 0 && plotBox.width > 0 ? plotBox.width / plot.offsetWidth : 1;
    const markEl = this._markElement(mark);
    // A finger's tooltip is placed as the keyboard's: no pointer goes onto it, so it need not
    // border its mark's gap on a straight way from it (on a phone's grid that kept it over a
    // column of tiles and the legend where a place beside the tile covered neither).
    const at = markEl && this.placeTooltip?.(tip, markEl, plotBox, hovered && !this._fingerPress, MARK_REACH);
    // Placed by its top-left corner, not centred over the mark by the stylesheet's transform.
    tip.style.transform = at ? 'none' : '';
    if (at) {
      tip.classList.remove('below');
      tip.style.left = `${(at.left - plotBox.left) / scale}px`;
      tip.style.top = `${(at.top - plotBox.top) / scale}px`;
    } else {
      const svgBox = svg.getBoundingClientRect();
      const viewWidth = svg.viewBox?.baseVal?.width ?? 0;
      const unit = viewWidth > 0 && svgBox.width > 0 ? svgBox.width / viewWidth : scale;
      const x = (svgBox.left + mark.anchor[0] * unit - plotBox.left) / scale;
      const y = (svgBox.top + mark.anchor[1] * unit - plotBox.top) / scale;
      // The width an earlier tooltip beside its mark was given (below) let go.
      tip.style.maxWidth = '';
      const half = tip.offsetWidth / 2;
      // In the part of the plot the window shows, and any box around the chart that cuts off
      // what overflows it (a scrolling panel: seenArea); its left edge in view where it is wider.
      const area = seenArea(tip);
      const seen = shownPart(plotBox, area);
      const [from, to] = [(seen.left - plotBox.left) / scale, Math.min(plot.clientWidth, (seen.right - plotBox.left) / scale)];
      tip.style.left = `${Math.max(from + half, Math.min(to - half, x))}px`;
      const above = y - tip.offsetHeight - 8;
      const below = above < 0 || plotBox.top + above * scale < seen.top;
      // Below, it starts under the whole mark (a bar, a site), never over it: the pointer pressing
      // the mark would press the tooltip instead.
      const markBox = below ? markEl?.getBoundingClientRect() : undefined;
      tip.style.top = `${markBox && markBox.height > 0 ? Math.max(y, (markBox.bottom - plotBox.top) / scale) : y}px`;
      tip.classList.toggle('below', below);
      // Below, past the foot of the part of the window or panel it is seen in (a mark of the
      // plot's top row at its foot), it goes where it is seen whole, off the mark: above it, over
      // the chart's title, buttons or key if need be; else beside it, right or left, 8 px off,
      // wrapped to the room there (never under 9em), in the element's part in view; seen whole
      // nowhere, where more of it is seen.
      if (markBox && markBox.height > 0 && tip.getBoundingClientRect().bottom > seen.bottom + 0.5) {
        const top = Math.max(area.top, this.getBoundingClientRect().top);
        const fits = markBox.top - 8 - tip.offsetHeight * scale >= top - 0.5;
        const beside = !fits && [seen.right - markBox.right - 8, markBox.left - 8 - seen.left].some((room, i) => {
          tip.style.maxWidth = `min(18em, 100%, max(9em, ${room / scale}px))`;
          const { width, height } = tip.getBoundingClientRect();
          if (width > room + 0.5 || height > seen.bottom - top) return false;
          tip.style.transform = 'none';
          tip.classList.remove('below');
          tip.style.left = `${((i ? markBox.left - 8 - width : markBox.right + 8) - plotBox.left) / scale}px`;
          tip.style.top = `${(Math.max(top, Math.min(seen.bottom - height, (markBox.top + markBox.bottom - height) / 2)) - plotBox.top) / scale}px`;
          return true;
        });
        if (!beside) tip.style.maxWidth = '';
        // Seen whole nowhere (a panel or window shorter than it, e.g. 110 px at 320 px wide): above
        // still, where the room above the mark is the larger (below, all of it was cut off).
        if (fits || (!beside && markBox.top - top > seen.bottom - markBox.bottom)) {
          tip.classList.remove('below');
          tip.style.top = `${(markBox.top - plotBox.top) / scale}px`;
        }
      }
    }
    // A mark still moving to its place after a redraw (a CSS transition, e.g. after the window
    // turned) is drawn where it was: placed again once it has arrived.
    const moving = markEl?.getAnimations?.().filter((a) => a.playState === 'running') ?? [];
    if (moving.length) {
      void Promise.all(moving.map((a) => a.finished)).then(
        () => {
          const now = this.marks.find((m) => m.key === mark.key);
          if (now && !tip.hidden && this._tooltipKey === mark.key) this._showTooltip(now, this._tooltipHovered);
        },
        () => undefined,
      );
    }
  }

  private _hideTooltip = (): void => {
    if (shownTooltip === this) shownTooltip = null;
    this._keepTooltip();
    this._endSafePath();
    if (this.tooltipEl) this.tooltipEl.hidden = true;
    this.ownerDocument.removeEventListener('keydown', this._onDocumentEscape, true);
  };

  /** A tooltip shown by hovering is dismissed with Escape wherever the focus is (WCAG 1.4.13). */
  private _onDocumentEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    this._dismissedKey = this._tooltipKey;
    this._hideTooltip();
  };

  /**
   * The pointer left the marks (for the plot's background, the tooltip itself, or out of the
   * chart): the tooltip goes after a moment, so the pointer can move onto it and read it
   * (WCAG 1.4.13: hoverable); reaching it, or another mark, keeps it.
   */
  private _onPointerLeave = (e?: PointerEvent): void => {
    if (e?.type === 'pointerleave' && e.currentTarget === this.svg) this._dismissedKey = null;
    // Off the marks: no mark to rest on.
    this._cancelDwell();
    if (this.tooltipEl?.hidden) return;
    this._keepTooltip();
    this._hideTimer = setTimeout(() => this._hideTooltip(), TOOLTIP_GRACE_MS);
  };

  /** Cancels a pending hide (the pointer reached the tooltip or a mark). */
  private _keepTooltip = (): void => {
    clearTimeout(this._hideTimer);
    this._hideTimer = undefined;
  };

  private _hideTimer?: ReturnType<typeof setTimeout>;

  /**
   * The mark under the pointer, or else the nearest within MARK_REACH px of it: a trend's point,
   * a map's site or a thin segment is smaller than a finger (WCAG 2.5.8 asks for 24 px), so a
   * press or hover just beside it still reaches it.
   */
  private _markFromEvent(e: MouseEvent): ChartMark | undefined {
    return this._markAt(e.target as Element | null, e.clientX, e.clientY);
  }

  /** The mark a pointer on `target`, at client px (x, y), is on (_markFromEvent). */
  private _markAt(target: Element | null, x: number, y: number): ChartMark | undefined {
    let el = target?.closest?.('[data-key]');
    // Text the pointer is on is the label of the one mark drawn beside it in its group (a
    // compared bar's value or "not published", inside or after the bar); other text (an item's
    // name, a legend entry, a line's label) names something else, whatever mark is within reach.
    const text = target instanceof SVGTextContentElement ? (target.closest('text') ?? target) : null;
    if (!el && text) {
      const own = text.parentElement?.querySelectorAll(':scope > [data-key]');
      if (own?.length === 1) el = own[0];
    }
    if (!el && !text && this.svg) el = nearestMark(this.svg, x, y);
    const key = el?.getAttribute('data-key');
    return key ? this.marks.find((m) => m.key === key) : undefined;
  }

  /**
   * The mark under client px `at` now, found as a pointer event there finds it: the page may
   * have scrolled, or the chart moved, under a pointer at rest, and no pointermove says so.
   */
  private _markUnder(at: [number, number]): ChartMark | undefined {
    const hit = (this.renderRoot as ShadowRoot).elementFromPoint(...at);
    return hit && this.svg?.contains(hit) ? this._markAt(hit, ...at) : undefined;
  }

  private _onPointerMove = (e: PointerEvent): void => {
    // A finger has no hover: its moves before the browser takes a pan over (pointercancel) are
    // the pan's start, not a reader resting on a mark (a tap's mark is taken as it lifts).
    if (e.pointerType === 'touch') return;
    this._pointerAt(e, [e.clientX, e.clientY], this._markFromEvent(e));
  };

  /** The pointer of `e` is at `at` (client px), on `mark`: the tooltip follows it, or keeps to its safe path. */
  private _pointerAt(e: PointerEvent, at: [number, number], mark: ChartMark | undefined): void {
    if (this._onWayToTooltip(e, at, mark)) return;
    if (!mark) {
      if (!this._hideTimer) this._onPointerLeave();
      return;
    }
    this._hoverMark(mark, at);
  }

  /** Shows the tooltip of the mark the pointer is on (at `at`, client px), unless the reader dismissed it. */
  private _hoverMark(mark: ChartMark, at: [number, number]): void {
    this._keepTooltip();
    // Back on a mark: a rest begun on one crossed before does not take the tooltip over.
    this._cancelDwell();
    // Once dismissed with Escape, it stays hidden until the pointer reaches another mark.
    if (this._dismissedKey === mark.key) return;
    this._dismissedKey = null;
    const way = (this._hoverWay ??= { since: 0, onMark: null, from: null });
    if (this._tooltipKey !== mark.key || !this._tooltipHovered || this.tooltipEl?.hidden) way.since = performance.now();
    this._fingerPress = false;
    this._showTooltip(mark, true);
    this.ownerDocument.addEventListener('keydown', this._onDocumentEscape, true);
    way.onMark = at;
    way.from = null;
  }

  /**
   * Whether the pointer, having left the mark whose tooltip it shows, is on its safe path to that
   * tooltip (safe-path.ts; WCAG 1.4.13: hoverable): the marks it crosses there do not take the
   * tooltip over, unless it rests on one for HOVER_DWELL_MS. Off the path, the tooltip follows
   * the pointer at once, as it always does for a press, a finger or a pen on the screen, and for
   * a tooltip the keyboard showed.
   */
  private _onWayToTooltip(e: PointerEvent, at: [number, number], mark: ChartMark | undefined): boolean {
    const tip = this.tooltipEl;
    if (!tip || tip.hidden || !this._tooltipHovered || e.pointerType === 'touch' || e.buttons) {
      this._endSafePath();
      return false;
    }
    const way = this._hoverWay;
    if (!way || mark?.key === this._tooltipKey) return false;
    // A tooltip shown for less than HOVER_DWELL_MS is of a mark the pointer passed over, not one
    // whose tooltip the reader has seen and is heading for (they could not have seen where it is).
    const from = way.from ?? (performance.now() - way.since >= HOVER_DWELL_MS ? way.onMark : null);
    if (!from || !onSafePath(from, tip.getBoundingClientRect(), at)) {
      // Left the path: not shielded again until the pointer is back on the tooltip's mark.
      this._endSafePath();
      return false;
    }
    way.from = from;
    this._cancelDwell();
    if (!mark) {
      if (!this._hideTimer) this._onPointerLeave();
      return true;
    }
    // Over another mark: the tooltip stays while the pointer moves on, and is that mark's once it rests.
    this._keepTooltip();
    way.dwell = setTimeout(() => {
      way.dwell = undefined;
      // A rest on that mark only if the pointer is still on it: the page may have scrolled (or
      // the chart moved) under it, which no pointermove tells; if so, the pointer is where it
      // is now, as a move there would say (on the path over another mark, a rest on that one).
      const now = this._markUnder(at);
      if (now?.key === mark.key) this._hoverMark(now, at);
      else this._pointerAt(e, at, now);
    }, HOVER_DWELL_MS);
    return true;
  }

  /**
   * The hovered tooltip's way from its mark, made on the first hover: one field (a chart never
   * hovered, e.g. 50 on a page, keeps none; each field of an element is heap on every chart).
   */
  private _hoverWay: HoverWay | null = null;

  private _cancelDwell(): void {
    const way = this._hoverWay;
    if (way?.dwell === undefined) return;
    clearTimeout(way.dwell);
    way.dwell = undefined;
  }

  private _endSafePath(): void {
    this._cancelDwell();
    if (!this._hoverWay) return;
    this._hoverWay.onMark = null;
    this._hoverWay.from = null;
  }

  /**
   * The pointer reached the tooltip: it stays, and the path there is done (a mark it crossed last
   * does not take over). A method: the template's listener is called with the element as `this`.
   */
  private _onTooltipEnter(): void {
    this._keepTooltip();
    this._endSafePath();
  }

  /**
   * A click on a hovered tooltip (it takes the pointer, to stay under it: WCAG 1.4.13) lets it
   * go, and is one on what it covered: in the plot, a press and click there, which focuses and
   * selects the mark under it (another, or its own within reach); above a bar at the window's
   * foot, a press of the chart's Chart, Table or Download button, the tooltip dismissed as with
   * Escape. Not a click ending a drag over its text (a figure selected to copy).
   */
  private _onTooltipClick(e: MouseEvent): void {
    if (this._dragged(e)) return;
    const key = this._tooltipKey;
    const svg = this.svg;
    this._hideTooltip();
    const under = (this.renderRoot as ShadowRoot).elementFromPoint(e.clientX, e.clientY);
    if (svg?.contains(under)) {
      const mark = this._press(under, e.clientX, e.clientY, e.timeStamp);
      svg.focus({ preventScroll: true });
      if (mark) this.select(mark);
      return;
    }
    this._dismissedKey = key;
    const button = under?.closest('button');
    button?.focus();
    button?.click();
  }

  /** Whether the tooltip shown is the pointer's (placed for it), not the keyboard focus's: shown again so after a redraw. */
  private _tooltipHovered = false;

  /** The mark whose hover tooltip the reader dismissed with Escape, and the mark the tooltip shows. */
  private _dismissedKey: string | null = null;
  private _tooltipKey: string | null = null;

  private _onClick = (e: MouseEvent): void => {
    // A mouse dragged across the plot (to select text, or by slip) selects nothing where it
    // lets go: only the mark clicked.
    const mark = this._dragged(e) ? undefined : this._markFromEvent(e);
    // A finger has no hover: it leaves as it lifts, which sets the tooltip's close going. A tap's
    // click (after the lift) keeps the tapped mark's tooltip; a pan (no click) lets it go.
    if (mark && mark.key === this._tooltipKey) this._keepTooltip();
    if (mark) this.select(mark);
    this._liftPressed();
  };

  /**
   * The mark to lift (liftMark) in place of the one lifted, null for none, once a press's click
   * is in: Chromium sends no click to a mark moved, or inside a group moved, while pressed, so a
   * trend point lifted as the press focused it was never selected. Undefined: no change waits.
   */
  private _pressedLift: Element | null | undefined;
  /** A press is on the chart (pointerdown to its click, a key or the task after its end: _onPressEnd). */
  private _pressing = false;

  /**
   * A press ended, on the chart or off it: a mouse's click comes in the task of its release, so
   * the mark is lifted in the next, whether a click came or not (the pointer dragged off the
   * mark, a finger's pan, a press of another button), not left under another line till a key.
   */
  private _onPressEnd = (e?: Event): void => {
    window.removeEventListener('pointerup', this._onPressEnd, true);
    window.removeEventListener('pointercancel', this._onPressEnd, true);
    // A finger lifted without panning: a tap, whose mark is taken now, before its click (and the
    // focus a tap gives) comes; a pan (pointercancel) takes none.
    const down = this._fingerDown;
    this._fingerDown = null;
    if (down && e?.type === 'pointerup') this._press(...down, e.timeStamp);
    setTimeout(() => {
      this._pressAt = null;
      if (this._pressing) this._liftPressed();
      // A press on the tooltip that left the focus nowhere in the chart (a drag across its text):
      // the chart has it back, on the tooltip's mark, as a press on that mark gives it; or, if
      // the chart had the focus, on the mark it was on (none: none), the hovered tooltip and the
      // text selected in it left as they are.
      const pressed = this._tipPressed;
      this._tipPressed = null;
      if (!pressed || (this.renderRoot as ShadowRoot).activeElement) return;
      const [key, back] = pressed;
      const i = this.marks.findIndex((m) => m.key === key);
      this.pressed = { index: back ? -1 : i, at: performance.now() };
      this.svg?.focus({ preventScroll: true });
      if (back && i >= 0) this._moveFocus(i, '', false, false, false);
    });
  };

  /**
   * A press on the hovered tooltip, which takes no focus itself: the page takes the chart's (a
   * press's focus goes to what is focusable around it), which a drag across its text to copy a
   * figure left there, the arrow keys then moving nothing. The mark whose tooltip it is is noted
   * for the chart to take the focus back on once the press is over (_onPressEnd), or, if the
   * chart had the focus, the mark it was on (a keyboard reader's, perhaps not the tooltip's),
   * unless its click gave it to what the tooltip covers (_onTooltipClick). A method: see
   * _onTooltipEnter.
   */
  private _onTooltipDown(e: PointerEvent): void {
    this._notePress(e);
    const focused = (this.renderRoot as ShadowRoot).activeElement === this.svg;
    this._tipPressed = [focused ? (this.svg?.querySelector('.focused')?.getAttribute('data-key') ?? null) : this._tooltipKey, focused];
  }

  /** The mark to focus once the press on the tooltip is over, and whether it is the one the chart was focused on (_onTooltipDown). */
  private _tipPressed: [key: string | null, back: boolean] | null = null;

  /** Where (client px) the mouse pressed on the plot or the tooltip, until the task after its release. */
  private _pressAt: [number, number] | null = null;

  /**
   * Notes where a press begins: a mouse's, for its click to tell a drag (_dragged). A finger's
   * click is a tap, which the browser already tells from a pan.
   */
  private _notePress(e: PointerEvent): void {
    this._pressAt = e.pointerType === 'mouse' ? [e.clientX, e.clientY] : null;
    window.addEventListener('pointerup', this._onPressEnd, true);
    window.addEventListener('pointercancel', this._onPressEnd, true);
  }

  /** Whether click `e` ends a drag of the mouse: more than DRAG_PX from its press. */
  private _dragged(e: MouseEvent): boolean {
    const from = this._pressAt;
    return !!from && Math.hypot(e.clientX - from[0], e.clientY - from[1]) > DRAG_PX;
  }

  private _liftPressed(): void {
    this._pressing = false;
    const el = this._pressedLift;
    if (el === undefined) return;
    this._pressedLift = undefined;
    this._unlift?.();
    this._unlift = el?.classList.contains('focused') ? liftMark(el) : null;
  }

  /** Puts a lifted mark (liftMark) back in its place. */
  private _unlift: (() => void) | null = null;

  // The mark last said is not left to be read again, out of place, in a screen reader's browse
  // mode after the focus has gone.
  private _onBlur = (): void => this._leaveMarks();

  /**
   * Leaves the marks (on blur, or Escape): the tooltip hidden, a lifted mark back in its place,
   * none outlined, and the live region saying `said` (nothing, without it).
   */
  private _leaveMarks(...said: string[]): void {
    this._unlift?.();
    this._unlift = null;
    // A press on the hovered tooltip takes the focus (it takes none itself): the tooltip stays
    // for the press's click, which is one on what it covers (_onTooltipClick).
    if (!this.tooltipEl?.matches(':active')) this._hideTooltip();
    this.svg?.querySelectorAll('.focused').forEach((el) => el.classList.remove('focused'));
    this._ringFocused(null);
    this.renderRoot.querySelector('.live')?.replaceChildren(...said);
  }

  /**
   * A focused mark drawn without area (a comparison's bar of 0%, printed as a dash, or a stacked
   * segment of 0%: a rect 0 px wide, whose outline SVG does not draw) is outlined by a ring
   * around where it is (WCAG 2.4.7); any ring before is taken away. `mark` null: none.
   */
  private _ringFocused(mark: Element | null): void {
    this.svg?.querySelector('.focus-ring')?.remove();
    const box = mark instanceof SVGGraphicsElement && mark.getBBox();
    // Beside the mark, in its units: such marks (a bar's, a stacked segment's) are rects placed
    // by x and y.
    if (box && !(box.width && box.height)) mark.after(svgElement(document, 'rect', { class: 'focus-ring', x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6 }));
  }

  /**
   * A press (mouse, pen or finger) focuses the chart: the keyboard focus goes to the mark
   * pressed, not the first mark, and the page does not scroll (it would move another mark under
   * the finger before the click lands). A press on the background focuses the chart alone.
   */
  private _onPointerDown = (e: PointerEvent): void => {
    // A press takes the mark under it at once, whatever path the pointer was on.
    this._endSafePath();
    this._pressing = true;
    this._notePress(e);
    this._fingerPress = e.pointerType === 'touch';
    // A finger's press may be the start of a pan of the page, which moves neither the focus nor
    // the tooltip, nor says a mark: its mark is taken as it lifts, if it did not pan (_onPressEnd).
    if (e.pointerType === 'touch') this._fingerDown = [e.target as Element | null, e.clientX, e.clientY];
    else this._press(e.target as Element | null, e.clientX, e.clientY, e.timeStamp);
  };

  /** The last press on the plot was a finger's (until the mouse hovers a mark): its tooltip is placed as the keyboard's. */
  private _fingerPress = false;

  /** What a finger pressed on the plot, and where (client px), until it lifts or pans. */
  private _fingerDown: [target: Element | null, x: number, y: number] | null = null;

  /**
   * A press on `target`, at client px (x, y), at time `at`: the mark there (_markAt), which the
   * keyboard focus goes to, now if the chart has the focus, else as the press focuses it.
   */
  private _press(target: Element | null, x: number, y: number, at: number): ChartMark | undefined {
    const mark = this._markAt(target, x, y);
    const i = mark ? this.marks.indexOf(mark) : -1;
    const focused = (this.renderRoot as ShadowRoot).activeElement === this.svg;
    if (i >= 0 && focused) this._moveFocus(i, '', false, true);
    else if (!focused) this.pressed = { index: i, at };
    return mark;
  }

  /**
   * The mark index a press is about to focus the chart with (-1: the background), until it
   * does: taken by a focus within a second of the press (a press whose focus a page script
   * prevented is not taken by a later Tab).
   */
  private pressed: { index: number; at: number } | null = null;

  private _onFocus = (): void => {
    const pressed = this.pressed;
    this.pressed = null;
    if (pressed && performance.now() - pressed.at < 1000) {
      if (pressed.index >= 0) this._moveFocus(pressed.index, '', false, true);
      return;
    }
    if (this.marks.length && this._focusIndex < 0) this._focusIndex = this._firstStop();
    this._moveFocus(this._focusIndex);
  };

  /**
   * Where the keyboard starts (Tab into the chart, Home): the first mark with a figure, not a
   * gap before it (a trend's years before its question was asked), which the arrows still
   * reach, saying why it has none; the first mark where every mark is a gap.
   */
  private _firstStop(): number {
    const i = this.marks.findIndex((m) => !m.gap);
    return i >= 0 ? i : 0;
  }

  private select(mark: ChartMark): void {
    emit(this, 'pioneer-select', { source: this.localName, ...mark.detail });
  }

  /**
   * Moves the keyboard focus to mark i: outline, tooltip and live announcement (after `cue`, if
   * given), scrolling the page to it unless `scroll` is false (a mark pressed is in view);
   * `pressed`: focused by the pointer, whose tooltip placement it then takes; `tooltip` false:
   * the tooltip left as it is (another mark's, hovered: _onPressEnd).
   */
  private _moveFocus(i: number, cue = '', scroll = true, pressed = false, tooltip = true): void {
    const marks = this.marks;
    if (!marks.length) return;
    this._focusIndex = Math.max(0, Math.min(marks.length - 1, i));
    this._marksLeft = false;
    // The keyboard's (or a press's) mark: no rest on a mark crossed before takes it over, and
    // no close the pointer set going as it left the marks.
    this._endSafePath();
    this._keepTooltip();
    this.svg?.querySelectorAll('.focused').forEach((el) => el.classList.remove('focused'));
    const mark = marks[this._focusIndex];
    const markEl = this._markElement(mark);
    markEl?.classList.add('focused');
    this._ringFocused(markEl);
    this._pressedLift = markEl?.closest('[data-lift]') ? markEl : null;
    if (!this._pressing) this._liftPressed();
    // At high zoom a chart is taller than the window: the page follows the focused mark.
    if (scroll) markEl?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    if (tooltip) this._showTooltip(mark, pressed);
    this._sayAgain(cue ? `${cue} ${mark.label}` : mark.label);
  }

  /**
   * Says `said` in the chart's live region, the same words again too (an arrow pressed again at
   * the end of a bar): a screen reader says a change of the live region, and the same text is
   * none. They alternate with a trailing no-break space, which is not read.
   */
  private _sayAgain(said: string): void {
    const live = this.renderRoot.querySelector('.live');
    if (live) live.textContent = live.textContent === said ? `${said}\u00a0` : said;
  }

  private _onKeyDown = (e: KeyboardEvent): void => {
    if (this._pressing) this._liftPressed();
    const marks = this.marks;
    if (!marks.length) {
      // Nothing drawn to step through (a trend with every line hidden by the reader): an arrow,
      // Home or End says so, and why, rather than nothing.
      if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        this._sayAgain(`No marks to step through. ${this.summary}`.trim());
      }
      return;
    }
    if (this._focusIndex < 0) {
      // Focused by a press on the background, no mark shown yet: an arrow, Home or End shows
      // the first stop (End the last mark) rather than stepping past it; Enter and Space select
      // nothing unseen (Space still scrolls the page).
      if (!(e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End')) return;
      e.preventDefault();
      this._moveFocus(e.key === 'End' ? marks.length - 1 : this._firstStop());
      return;
    }
    if (this._marksLeft) {
      // Left with Escape: an arrow shows the mark the reader left again, Home and End go to
      // theirs, and Enter and Space select nothing unseen.
      if (e.key.startsWith('Arrow')) {
        e.preventDefault();
        this._moveFocus(this._focusIndex);
        return;
      }
      if (e.key !== 'Home' && e.key !== 'End') return;
    }
    const i = this._focusIndex;
    const current = marks[i];
    const step = (dir: 1 | -1, sameSeries: boolean) => {
      if (sameSeries) {
        for (let j = i + dir; j >= 0 && j < marks.length; j += dir) if (marks[j].series === current.series) return j;
        // Runs nobody sees (the map's rows of sites): on to the next mark in reading order.
        return this.runsWrap ? Math.max(0, Math.min(marks.length - 1, i + dir)) : i;
      }
      // The next series in that direction: the mark at the same position when both series
      // have as many marks (grouped bars keep their group), else the one nearest horizontally.
      const series = [...new Set(marks.map((m) => m.series))].sort((a, b) => a - b);
      const target = series[series.indexOf(current.series) + dir];
      if (target === undefined) return i;
      const here = marks.map((m, k) => [m, k] as const).filter(([m]) => m.series === current.series);
      const there = marks.map((m, k) => [m, k] as const).filter(([m]) => m.series === target);
      if (here.length === there.length) return there[here.findIndex(([, k]) => k === i)][1];
      let best = i;
      let bestDistance = Infinity;
      marks.forEach((m, k) => {
        if (m.series !== target) return;
        const d = Math.abs(m.anchor[0] - current.anchor[0]);
        if (d < bestDistance) { best = k; bestDistance = d; }
      });
      return best;
    };
    let next = i;
    switch (e.key) {
      case 'ArrowRight': next = step(1, true); break;
      case 'ArrowLeft': next = step(-1, true); break;
      case 'ArrowDown': next = step(1, false); break;
      case 'ArrowUp': next = step(-1, false); break;
      case 'Home': next = this._firstStop(); break;
      case 'End': next = marks.length - 1; break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.select(current);
        return;
      case 'Escape':
        // Leaves the marks, not the chart: focus stays on it (a screen reader keeps its place),
        // and the arrows come back to the mark the reader left.
        this._marksLeft = true;
        this._leaveMarks('Left the marks. Arrow keys return to them; Tab leaves the chart.');
        return;
      default:
        return;
    }
    e.preventDefault();
    // An arrow at the end of a run of marks, or at the first or last run, stays put and says so.
    const edge: Record<string, string> = {
      // Runs not drawn (runsWrap) end only at the first and last mark.
      ArrowRight: this.runsWrap ? 'The last one.' : `End of this ${this.markRun}.`,
      ArrowLeft: this.runsWrap ? 'The first one.' : `Start of this ${this.markRun}.`,
      ArrowDown: `Last ${this.markRun}.`,
      ArrowUp: `First ${this.markRun}.`,
    };
    this._moveFocus(next, next === i && this._focusIndex === i ? (edge[e.key] ?? '') : '');
  };
}
