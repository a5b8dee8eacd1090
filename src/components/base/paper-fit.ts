/**
 * Whether a chart printed in its column is readable on paper. Print CSS scales a plot taller than
 * the room a page gives it (`.plot svg { max-height: 72vh }`) down to that room, its text with it:
 * 39 bars in a 320 px column (1,581 px tall) printed at 48%, their labels at about 4 pt. Such a
 * chart prints its Table view instead (pioneer-chart.ts, setPrinting). A page turned sideways
 * (landscape) is less tall, and gives a plot the room its text around it leaves (roomAroundPlot),
 * as an upright page does where that is less than 72% of it: a chart readable on upright A4 but
 * not on a page less tall (sideways, or upright US Letter) prints its table on such a page alone.
 */
import { layoutParent } from './boxes.js';
import { NOT_ON_PAPER } from './chart-styles.js';

/** The height of an upright A4 page at Chromium's default margins (1 cm), in CSS px: its text height. */
export const PAGE_HEIGHT = 1045;

/**
 * The most room a page gives a printed plot, in CSS px: 72% (the print CSS's `max-height: 72vh`)
 * of an A4 page's text height at Chromium's default margins (about 1,045 px), where the text
 * around it leaves that much (uprightPlotRoom). Measured before printing, where the paper's size
 * is not known; a page less tall (US Letter, about 980 px) is reckoned with on its own
 * (SHORT_PAGE_HEIGHT).
 */
export const PAPER_PLOT_HEIGHT = 0.72 * PAGE_HEIGHT;

/**
 * The height of an upright US Letter page at Chromium's default margins, in CSS px: 10.2 in, the
 * less tall of the two common sizes upright (A4's is about 1,045 px). A chart readable on upright
 * A4 but not on it prints its table on a page less tall than A4's alone (tableOnShortPage,
 * pioneer-chart.ts; chart-styles.ts).
 */
export const SHORT_PAGE_HEIGHT = 980;

/**
 * The room, in CSS px, print CSS gives a plot on an upright page `pageHeight` px tall, its text
 * around it taking `rest` px (roomAroundPlot): 72% of the page (`max-height: 72vh`), or what the
 * text leaves, if less (chart-styles.ts). With 72% alone, the 2019 and 2020 stacked bars in a
 * 480–600 px column printed on US Letter with their source line's last words on a page of their own.
 */
export function uprightPlotRoom(pageHeight: number, rest: number): number {
  return Math.min(0.72 * pageHeight, pageHeight - rest);
}

/**
 * The smallest text a printed chart keeps, in CSS px: 8 px, 6 pt. Journals ask for no figure
 * text under 5–7 pt at its printed size (6 pt is the common floor), and 6 pt is about the
 * least a reader makes out at arm's length; the charts' own labels are 10–10.5 pt unscaled, so
 * a chart below this has been shrunk to less than about 60% of its size.
 */
export const READABLE_ON_PAPER_PX = 8;

/**
 * How far print CSS scales a plot drawn `drawnHeight` px tall at a `drawnWidth` it prints at
 * `printedWidth` px wide (1: not scaled).
 */
export function paperScaleOf(drawnWidth: number, drawnHeight: number, printedWidth: number, room = PAPER_PLOT_HEIGHT): number {
  if (!(drawnWidth > 0 && drawnHeight > 0 && printedWidth > 0)) return 1;
  const widthScale = Math.min(1, printedWidth / drawnWidth);
  return Math.min(widthScale, room / drawnHeight);
}

/**
 * Whether the SVG's smallest text, printed `printedWidth` px wide and scaled to fit `room` px of
 * a page's height (an upright A4 page's, PAPER_PLOT_HEIGHT, if not given), falls below
 * READABLE_ON_PAPER_PX. Reads each text's computed font size (once, before printing).
 */
export function unreadableOnPaper(svg: SVGSVGElement, printedWidth: number, room?: number): boolean {
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const scale = paperScaleOf(w, h, printedWidth, room);
  if (scale >= 1) return false;
  let smallest = Infinity;
  for (const text of svg.querySelectorAll('text')) {
    if (!text.textContent?.trim()) continue;
    const size = parseFloat(getComputedStyle(text).fontSize);
    if (size > 0 && size < smallest) smallest = size;
  }
  return smallest !== Infinity && smallest * scale < READABLE_ON_PAPER_PX;
}

/**
 * The custom property on a chart's figure, while it prints, that holds roomAroundPlot in px: print
 * CSS holds the plot to the page's height less this (upright, to 72% of it if that is less;
 * chart-styles.ts).
 */
export const PAPER_REST = '--_paper-rest';

/**
 * The height, in CSS px, of a page turned sideways at Chromium's default margins (1 cm), on A4,
 * the less tall of the two common sizes (US Letter's is about 740 px): A4's printable width.
 */
export const LANDSCAPE_PAGE_HEIGHT = 718;

/**
 * The room, in CSS px, a figure's text around its plot takes on a page: its title, key, notes,
 * summary and source line as laid out on screen, and 96 px for the
 * page's own text kept with it over it on its page: a heading (`h2 { break-after: avoid }`, 48 px
 * with its margin under it) and, on the first page, the body's margin over it (2rem, 32 px). On a
 * page turned sideways, 72% of the page left less than that: the map's key and source line, or a
 * comparison's notes, went over to the next page. Read once, before printing.
 *
 * One rule for every part: each that prints is counted by its outer height, margins with it (print
 * lays the figure out as a column of flex items, whose margins do not collapse); one print CSS
 * hides (NOT_ON_PAPER, chart-styles.ts), the plot and a table (which may break onto pages of their
 * own) not at all, margins and all; the header by its title alone (its controls hidden). So a
 * part's spacing may be margin or padding alike. The figure less the boxes of the parts not
 * printed counted their margins (the Describe button's 0.35em) and the note on a height too small
 * (hidden in print) whole: 37–70 px too much, and the stacked bars given height="360" in 680 px
 * printed their table on A4 sideways, where the drawing fits at 6.1 pt.
 */
export function roomAroundPlot(figure: Element): number {
  const outer = (el: Element, box = el.getBoundingClientRect().height) => {
    const style = getComputedStyle(el);
    return box + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  };
  const style = getComputedStyle(figure);
  let around = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  for (const part of figure.children) {
    const { display, position } = getComputedStyle(part);
    if (display === 'none' || position === 'absolute' || position === 'fixed' || part.matches(LEFT_OUT)) continue;
    const title = part.classList.contains('header') && part.querySelector(':scope > .title');
    around += title ? outer(part, outer(title)) : outer(part);
  }
  return Math.ceil(around) + 96;
}

/** What roomAroundPlot leaves out: the parts not printed, the plot and a table. */
const LEFT_OUT = ['plot', 'table-host', ...NOT_ON_PAPER].map((name) => `.${name}`).join();

/**
 * The width a chart has on paper in a page `pageWidth` px wide: that, or in a box of CSS columns
 * (`column-count: 2` on an article) one column's, which the columns share the page's width into
 * (the column's count and width, and the gap between, as the box sets them). Read from the
 * chart's ancestors' computed style (once, before printing), up the composed tree, through a
 * card's slot to its box (layoutParent); a box whose columns are set for print alone
 * (`@media print`) is not seen, as the page is laid out for the screen until it prints.
 */
export function paperColumnWidth(el: Element, pageWidth: number): number {
  return columnsAround(el, pageWidth)?.width ?? pageWidth;
}

/**
 * The CSS columns a chart is in (the nearest box around it that sets a column count or width),
 * laid out `pageWidth` px wide (as on screen if not given): the box, where its content starts on
 * screen (`left`), and the columns' count, width and gap. Null where there are none.
 */
function columnsAround(el: Element, pageWidth?: number): { left: number; count: number; width: number; gap: number } | null {
  for (let node = layoutParent(el); node; node = layoutParent(node)) {
    const style = getComputedStyle(node);
    const count = style.columnCount === 'auto' ? Infinity : Number(style.columnCount) || Infinity;
    const width = style.columnWidth === 'auto' ? Number.NaN : parseFloat(style.columnWidth);
    if (count === Infinity && !(width > 0)) continue;
    const gap = style.columnGap === 'normal' ? parseFloat(style.fontSize) || 16 : parseFloat(style.columnGap) || 0;
    const padding = parseFloat(style.paddingLeft) || 0;
    const all = pageWidth ?? node.clientWidth - padding - (parseFloat(style.paddingRight) || 0);
    const n = Math.max(1, Math.min(count, width > 0 ? Math.floor((all + gap) / (width + gap)) : Infinity));
    return { left: node.getBoundingClientRect().left + node.clientLeft + padding, count: n, width: (all - (n - 1) * gap) / n, gap };
  }
  return null;
}

/**
 * The custom property on a chart's figure, while it prints on a page the browser shrinks to fit
 * the paper, that holds the shrink (pageShrinkOnPaper): print CSS enlarges the figure's text
 * around its plot by as much (chart-styles.ts).
 */
export const PAGE_SHRINK = '--_page-shrink';

/**
 * As PAGE_SHRINK, for a page turned sideways (pageShrinkOnPaper against SIDEWAYS_PRINTABLE_WIDTH):
 * print CSS enlarges the text around the plot by as much there, and by PAGE_SHRINK's on an upright page.
 */
export const PAGE_SHRINK_SIDEWAYS = '--_page-shrink-sideways';

/**
 * The printable width of an A4 page turned sideways at Chromium's default margins, in CSS px: its
 * long side, 1,045 px (US Letter's is about 980 px, and a page between the two is shrunk on it a
 * little, its text around the plot printing up to 6% smaller than its own size). A page of fixed
 * width up to this is not shrunk sideways: its text enlarged for the upright page's shrink, the
 * site map's notes in a 900 px page printed at 1.25 times their size there, and took the room
 * measured for them, and more: the tiles' key and the source line went over to a second page.
 */
export const SIDEWAYS_PRINTABLE_WIDTH = PAGE_HEIGHT;

/**
 * The custom property on a chart's figure, while it prints on a page wider than the paper shows,
 * that holds the width the paper shows of its box, in px (roomOnPaper): print CSS holds the
 * figure to it (chart-styles.ts).
 */
export const PAPER_ROOM = '--_paper-room';

/**
 * The printable width of an A4 page at Chromium's default margins (1 cm each side), in CSS px
 * (96 to the inch): (8.27 in − 2 × 0.39 in) × 96.
 */
export const PAPER_PRINTABLE_WIDTH = 718;

/**
 * The most a browser shrinks a page to fit the paper: Chromium lays a page out at most 1.5
 * times the paper's width and scales it down to fit (what is wider still is cut off).
 */
const MOST_PAGE_SHRINK = 1 / 1.5;

/**
 * How far the browser will shrink the page a chart is in to fit it on paper (1: not at all). A
 * page of fixed width (`body { width: 1000px }`, or a wrapper's) wider than the paper's printable
 * width cannot reflow to the paper: Chromium lays it out at its own width and scales the whole
 * page down to fit, every text with it (1,008 px on A4: about 0.71×). Read from the chart's
 * ancestors' computed values (once, before printing): see fixedPageOf. Needs the CSS Typed OM
 * (`computedStyleMap`, Chromium and Safari); without it, 1.
 *
 * The paper is taken to be A4, the narrower of the two common sizes: on US Letter (8.5 in, its
 * printable width about 739 px) the page is shrunk a little less (0.73× at 1,008 px) and the
 * chart's text prints about 3% larger than its own size, its box still within the paper.
 */
export function pageShrinkOnPaper(el: Element, paperWidth = PAPER_PRINTABLE_WIDTH): number {
  const { width } = fixedPageOf(el);
  return width > paperWidth ? Math.max(MOST_PAGE_SHRINK, paperWidth / width) : 1;
}

/**
 * The width, in CSS px, from `el`'s left edge to the right edge of what the paper shows of its
 * page (Infinity: the whole page is shown). A page wider than 1.5 times the paper's printable
 * width (`body { width: 1600px }`) is shrunk by 1/1.5 only and cut at the paper's edge, 1,077
 * px from its left on A4: a chart's key and notes, laid out in its box, were cut there (the
 * trend's fourth key "Improving quality of life for pat"). Its figure is held to this width
 * while printing (pioneer-chart.ts). On US Letter the page is cut further right (1,108 px), so
 * A4's width holds on both. 0 or less: the chart is wholly off the paper.
 */
export function roomOnPaper(el: Element, paperWidth = PAPER_PRINTABLE_WIDTH): number {
  const page = fixedPageOf(el);
  if (!page.box || page.width * MOST_PAGE_SHRINK <= paperWidth) return Infinity;
  // Within the box of fixed width, the layout is the paper's as on screen; around it, its left
  // edge is set in by the insets fixedPageOf counts (a centred box is at the left on paper).
  const edge = paperWidth / MOST_PAGE_SHRINK;
  const at = el.getBoundingClientRect().left;
  let left = page.left + at - page.box.getBoundingClientRect().left;
  // In CSS columns, the column a chart is in on paper is not the screen's (a page's columns break
  // anew on paper): one in the left column on screen printed in the right one, its text cut at the
  // paper's edge. Its room is that of the last column starting on the paper, at its place in it.
  const columns = columnsAround(el);
  if (columns) {
    const step = columns.width + columns.gap;
    // Where its column would start on paper, were it the first, and so each column after it.
    const first = left - (at - columns.left) + ((at - columns.left) % step);
    left = first + Math.max(0, Math.min(columns.count - 1, Math.ceil((edge - first) / step) - 1)) * step;
  }
  return Math.floor(edge - left);
}

/**
 * The custom property on a chart's figure, while it prints wholly off the paper (roomOnPaper 0 or
 * less), that holds how far, in px, print CSS moves the figure to the left to bring it onto the
 * paper (shiftOntoPaper; chart-styles.ts).
 */
export const PAPER_SHIFT = '--_paper-shift';

/**
 * For `el` wholly off the paper (roomOnPaper 0 or less: the third of three 600 px charts side by
 * side on a 1,800 px page starts at 1,208 px, past A4's 1,077), the nearest box around it whose
 * content starts on the paper (the row of charts): how far `el` is to be moved to the left to start
 * where that box's content does (`shift`), and the room the paper leaves it there (`room`, as
 * roomOnPaper). Null where no box around it starts on the paper, or where a box between clips
 * what overflows it.
 */
export function shiftOntoPaper(el: Element, paperWidth = PAPER_PRINTABLE_WIDTH): { shift: number; room: number } | null {
  const left = el.getBoundingClientRect().left;
  for (let node = layoutParent(el); node; node = layoutParent(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'inline' || style.display === 'contents') continue;
    const inset = (parseFloat(style.borderLeftWidth) || 0) + (parseFloat(style.paddingLeft) || 0);
    const room = roomOnPaper(node, paperWidth) - inset;
    if (room > 0) return { shift: Math.round(left - (node.getBoundingClientRect().left + inset)), room: Math.floor(room) };
    // A box off the paper that clips what overflows it (a card's `overflow: hidden`) would clip
    // the chart moved out of it: it printed nothing even so, and its move still started a new
    // page, leaving the rest of the row's page blank. Left where it is.
    if (clips(style)) return null;
  }
  return null;
}

/** Whether a box's computed style clips what overflows it sideways (overflow other than visible, or paint containment). */
function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || /\b(paint|content|strict)\b/.test(style.contain);
}

/**
 * The custom property on the figure of a chart whose box is 0 px wide, while it prints, that holds
 * the width beside the box that nothing else on the page takes (roomBeside), in px: print CSS
 * lays its title and note out in it (chart-styles.ts), as in the 0 px box they printed a letter a
 * line.
 */
export const NO_WIDTH_ROOM = '--_no-width-room';

/**
 * The width, in CSS px, from `el`'s left edge to the right that nothing else on the page takes
 * beside it: up to the right edge of the nearest box around it with a width, less
 * anything laid out beside it there (a box or text that shares its rows and reaches right of its
 * left edge, before or after it). For a box 0 px wide: in normal flow (`<div style="width:0">`,
 * what follows it below) the width of the box around it; a flex item squeezed to nothing, the
 * next item starting where it does, 0. Read from the screen's layout (once, before printing).
 */
export function roomBeside(el: Element): number {
  const box = el.getBoundingClientRect();
  // (At least 1 px tall: one with nothing seen takes no height, chart-styles.ts, and is beside what starts where it does.)
  const bottom = Math.max(box.bottom, box.top + 1);
  let right = Infinity;
  for (let node = el, parent = layoutParent(el); parent; node = parent, parent = layoutParent(parent)) {
    // Beside it in a slot: what else the slot is given (its own children show only when it is given none).
    for (const sibling of (parent as HTMLSlotElement).assignedNodes?.() ?? parent.childNodes) {
      if (sibling === node) continue;
      const range = document.createRange();
      range.selectNode(sibling);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.height > 0 && r.right > box.left && r.top < bottom && r.bottom > box.top) right = Math.min(right, Math.max(r.left, box.left));
      }
    }
    if (right <= box.left) return 0;
    // A box of no width of its own (a slot, `display: contents`) is passed for the one it is in.
    const edge = Math.min(right, parent.getBoundingClientRect().right);
    if (edge > box.left) return Math.floor(edge - box.left);
  }
  return 0;
}

/**
 * The page of fixed width a chart is in, as far as its ancestors' computed values say (up the
 * composed tree, layoutParent): the right edge from the page's left edge (`width`, 0 if none is
 * fixed) of the widest box whose `width` or `min-width` is a length (not a percentage or auto,
 * and not held to a percentage by `max-width`), that box, and its border box's left edge on the
 * page (`left`: the margins, borders and paddings that set it in from the page's left edge). An
 * auto margin (a centred page) counts as none, as on a page narrower than the box.
 *
 * Read from the screen's styles, the page being laid out for the screen until it prints; a box
 * whose width a print-only rule sets (a page's own `@media print { body { width: auto } }`,
 * widthSetForPrint) is taken not to be fixed on paper, as such a rule is there to fit the page to
 * the paper. A rule that sets it otherwise (a print width wider than the paper), or that loses to
 * a screen rule of higher specificity, or is in a style sheet the page may not read (another
 * origin's), is not seen: the chart then plans for a shrink the page does not get, or the other
 * way about. Planning for one it does not get, its plot still fits its box (print CSS holds the
 * SVG to it) and its text around the plot prints larger than its own size (by up to 1.5×).
 */
function fixedPageOf(el: Element): { width: number; box: Element | null; left: number } {
  if (typeof el.computedStyleMap !== 'function' || typeof CSSUnitValue === 'undefined') return { width: 0, box: null, left: 0 };
  const px = (value: CSSStyleValue | undefined): number | null => (value instanceof CSSUnitValue && value.unit === 'px' ? value.value : null);
  // The widest fixed box's right edge from the page's left edge, less the insets (left margin,
  // border and padding) of the boxes around it and its own, all added once all are walked.
  let widest = 0;
  let box: Element | null = null;
  // The insets up to the widest box, its own but its left margin not counted.
  let insetToBox = 0;
  let inset = 0;
  for (let node: Element | null | undefined = el; node; node = layoutParent(node)) {
    const map = node.computedStyleMap();
    const style = getComputedStyle(node);
    const marginLeft = px(map.get('margin-left')) ?? 0;
    const borderLeft = parseFloat(style.borderLeftWidth) || 0;
    const paddingLeft = parseFloat(style.paddingLeft) || 0;
    inset += marginLeft + borderLeft + paddingLeft;
    if (style.display !== 'inline' && style.display !== 'contents') {
      const max = map.get('max-width');
      const maxWidth = max instanceof CSSKeywordValue ? Infinity : px(max);
      const width = px(map.get('width'));
      const fixed = Math.max(width !== null && maxWidth !== null ? Math.min(width, maxWidth) : 0, px(map.get('min-width')) ?? 0);
      if (fixed > 0 && !widthSetForPrint(node)) {
        const borderBox = style.boxSizing === 'border-box' ? fixed : fixed + borderLeft + paddingLeft + (parseFloat(style.borderRightWidth) || 0) + (parseFloat(style.paddingRight) || 0);
        if (marginLeft + borderBox - inset > widest) {
          widest = marginLeft + borderBox - inset;
          box = node;
          insetToBox = inset - marginLeft;
        }
      }
    }
  }
  return widest > 0 ? { width: widest + inset, box, left: inset - insetToBox } : { width: 0, box: null, left: 0 };
}

/** The properties a print-only rule fits a page of fixed width to the paper with. */
const WIDTHS = ['width', 'min-width', 'max-width'];

/**
 * Whether a print-only rule (in an `@media print` block, or a style sheet linked or imported for
 * print, and not for the screen) sets `el`'s width, min-width or max-width, and is not beaten by
 * the element's own style attribute. Reads the rules of `el`'s document or shadow root the page
 * may read, only for a box of fixed width (few pages have one).
 */
function widthSetForPrint(el: Element): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const sheets = [...(root.styleSheets ?? []), ...(root.adoptedStyleSheets ?? [])];
  const inline = (el as HTMLElement).style;
  const sets = (rule: CSSStyleRule) =>
    WIDTHS.some((name) => rule.style.getPropertyValue(name) && (rule.style.getPropertyPriority(name) === 'important' || !inline?.getPropertyValue(name))) && matches(el, rule.selectorText);
  return sheets.some((sheet) => rulesFor(sheet, forPrintOnly(sheet.media)).some(sets));
}

/** The style rules of a style sheet or grouping rule, each once, that apply in print alone (`print`: the sheet's own do). */
function rulesFor(group: CSSStyleSheet | CSSGroupingRule, print: boolean): CSSStyleRule[] {
  let rules: CSSRuleList;
  try {
    rules = group.cssRules;
  } catch {
    return []; // Another origin's style sheet.
  }
  const found: CSSStyleRule[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      if (print) found.push(rule);
    } else if (rule instanceof CSSImportRule) {
      if (rule.styleSheet) found.push(...rulesFor(rule.styleSheet, print || forPrintOnly(rule.media)));
    } else if (rule instanceof CSSGroupingRule) {
      found.push(...rulesFor(rule, print || (rule instanceof CSSMediaRule && forPrintOnly(rule.media))));
    }
  }
  return found;
}

/** Whether a media list is for print and not the screen (`print`, `print and (min-width: 20cm)`). */
function forPrintOnly(media: MediaList | undefined): boolean {
  const text = media?.mediaText ?? '';
  return /\bprint\b/i.test(text) && !matchMedia(text).matches;
}

/** Whether `el` matches a selector (false for one it cannot be matched against, a pseudo-element's). */
function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
