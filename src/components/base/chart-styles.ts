import { css, unsafeCSS } from 'lit';

/**
 * Shared shadow styles. Every rule is inside the shadow root, and `:host` resets what
 * host pages commonly force (font-size on *, box-sizing, svg display), so hostile page
 * CSS cannot reach the chart. Themes: light, dark (attribute or prefers-color-scheme),
 * forced colours (Windows high contrast) and print (black and white, no controls).
 */
/** The dark theme's colours (used for theme="dark" and for prefers-color-scheme: dark). */
const darkTokens = css`
  --_text: var(--pioneer-text-color, #ececec);
  --_bg: var(--pioneer-background, #161616);
  --_muted: var(--pioneer-muted-color, #b8b8b8);
  --_grid: var(--pioneer-grid-color, #474747);
  --_focus: var(--pioneer-focus-color, #ff7eb6);
  --_control-bg: var(--pioneer-control-background, #2a2a2a);
  --_color-7: #e0e0e0;
  --_tooltip-bg: #f0f0f0;
  --_tooltip-color: #111111;
  --_color-scheme: var(--pioneer-color-scheme, dark);
`;

/** The dark theme's muted and grid colours for a reader who asked for more contrast. */
const contrastDarkTokens = css`
  --_muted: var(--pioneer-muted-color, #dcdcdc);
  --_grid: var(--pioneer-grid-color, #7a7a7a);
`;

/**
 * The text's size unless `--pioneer-font-size` sets it: 0.875 of the host's font size, which is
 * held at `medium` (below), the reader's own default text size (14 px at browsers' usual 16 px;
 * 17.5 px for a reader who chose 20 px). Not a share of the page's root or of the page's text:
 * a page's `* { font-size: 30px }` or `html { font-size: 62.5% }` must not change how a chart
 * draws (hostile pages), while the reader's browser setting should.
 */
const defaultFontSize = unsafeCSS('0.875em');
/**
 * The parts of a chart's figure that print CSS hides, by class: its controls (in its header),
 * Describe button, tooltip, status line, notes on the height and attributes given, and the line
 * on figures no whole number of informants gives. Print's fit leaves them out (paper-fit.ts,
 * roomAroundPlot): one list for both.
 */
export const NOT_ON_PAPER = ['controls', 'description', 'tooltip', 'status', 'size-note', 'attribute-note', 'unfit'];
const notOnPaper = unsafeCSS(NOT_ON_PAPER.map((name) => `.${name}`).join());

/**
 * A chart's host (not the filter bar's, whose slotted page content must keep the page's text):
 * the reader's default text size, whatever the page's rules set on this element (an !important
 * declaration of a shadow root's :host wins over the page's, even !important ones: CSS Cascade,
 * shadow trees), of which the sizer and the figure take 0.875; and one column of a page's
 * multi-column layout for the whole figure (its key, notes and source line with the chart).
 */
export const chartHostStyles = css`
  :host { font-size: medium !important; break-inside: avoid-column; }
  /* The line the figure (an inline-block on screen: chartStyles) sits on, which the host's text
     properties shape: 0 high, so it is as tall as the figure, however high the page's
     line-height (a chart showing only a message was as tall as the page's line). Not its first
     line (the sizer's block is), so a page's text-indent does not move it. */
  :host { line-height: 0 !important; }
  /* On paper the figure's own rules keep a chart whole (in a column as on a page) and let a table
     break between rows: a table kept in one column, taller than the column, was strewn over
     pages of one row each. */
  @media print { :host { break-inside: auto; } }
`;

/**
 * A table's text and cells at their printed size: in print (`scope` empty), and on screen for
 * the moment before printing that measures whether its grid fits its column on paper
 * (table-fit.ts), so that what it measures is what will print.
 */
const tableOnPaper = (scope: string) => {
  const at = unsafeCSS(`${scope} .data-table`.trim());
  return css`
    ${at} { font-size: 0.75em; }
    ${at} th, ${at} td { padding: 0.15em 0.3em; }
    /* The responses under a year (a table of every year) are set as the cells' n, regular and
       smaller than the year over them: so a table of 11 columns fits an A4 column (680 px)
       with its headings' words whole. */
    ${at} thead tr + tr th { font-weight: normal; font-size: 0.9em; }
  `;
};

/**
 * A chart's table printed in its place on a page its drawing is unreadable on, as print CSS finds
 * it (`figure`: the figure's class saying so), the drawing and what keys it alone hidden, the note
 * saying why shown, and the source line once (at the table's end).
 */
const tableInPlace = (figure: string) => {
  const at = unsafeCSS(figure);
  return css`
    ${at} > .plot { display: none; }
    ${at} > .off { display: block; }
    ${at} > .table-host:not(.under-chart):has(.table-source) ~ .source { display: none; }
    ${at} .drawing-only { display: none; }
    /* A table printed under its chart upright and alone here: its words for this page (data-table.ts, worded). */
    ${at} span.off { display: inline; }
  `;
};

/**
 * A table printed as a grid in a narrow column: marked before printing where its grid fits the
 * column with its words whole (table-fit.ts). One not marked prints in long form there (and is
 * measured as a grid, whatever the media).
 */
const gridOnPaper = unsafeCSS('.table-host[data-print-grid]');
const longForm = unsafeCSS('.table-host:not([data-print-grid], [data-print-measure]) .data-table');

export const chartStyles = css`
  :host {
    --_text: var(--pioneer-text-color, #1a1a1a);
    --_bg: var(--pioneer-background, #ffffff);
    --_muted: var(--pioneer-muted-color, #595959);
    --_grid: var(--pioneer-grid-color, #d9d9d9);
    --_focus: var(--pioneer-focus-color, #c00060);
    --_control-bg: var(--pioneer-control-background, #f2f2f2);
    --_color-scheme: var(--pioneer-color-scheme, light);
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    writing-mode: horizontal-tb;
    /* Reachable by the pointer under a page's pointer-events: none (inherited from a wrapper, an
       overlay's container): the buttons, selects, marks and tooltips took no clicks or hovers. A
       page's rule on the element itself still wins over this (its choice, as ::part's are). */
    pointer-events: auto;
  }
  /* Typography is set on the inner figure, not the host: page rules that hit the host
     element itself (e.g. "* { font-size: 30px; color: red }") beat :host rules, but
     cannot reach inside the shadow root. (.root is the same box in non-chart elements.) */
  figure, .root {
    margin: 0; padding: 0; border: 0; position: relative;
    /* On screen, an inline-block as wide as its box (stretch: less any margin a page's ::part
       gives it), on a line of its own, whose height is its own (its host's, or .type's, line is
       0 high, below): a text decoration of the page's (an <a>, <u> or <ins> around the element,
       a block's text-decoration: underline) underlined or struck through every title, key,
       note, button and table cell. It reaches a block's in-flow descendants, shadow trees' too,
       and no text-decoration: none inside takes it off; it stops at an atomic inline. Paper
       keeps a block (print, below), where a page's decoration is still printed: an inline-block
       too tall for what is left of a page went whole to the next, leaving a blank page. */
    display: inline-block; width: 100%; width: stretch; vertical-align: top;
    font-family: var(--pioneer-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--pioneer-font-size, ${defaultFontSize});
    font-weight: normal; font-style: normal; font-variant: normal;
    /* A page's fallback-font fix or condensed face would shrink or narrow the labels laid out. */
    font-size-adjust: none; font-stretch: normal;
    /* The page's own spacing stays out (hostile pages); text spacing is set with these
       properties, on the element or any ancestor (a reader's style sheet too: WCAG 1.4.12), and
       the charts' label layout counts it (withTextSpacing). */
    letter-spacing: var(--pioneer-letter-spacing, normal); word-spacing: var(--pioneer-word-spacing, normal);
    text-transform: none; text-align: left; text-indent: 0; text-shadow: none; white-space: normal; direction: ltr;
    /* Inherited from pages in other scripts: a vertical section (writing-mode) left the chart no
       width; a CJK reset (word-break: break-all) split "base 64" and words at any letter. */
    writing-mode: horizontal-tb; word-break: normal; line-break: auto; text-align-last: auto;
    /* A word longer than the chart is wide (a researcher's label, a source) breaks, not the page.
       A page's hyphens: auto is not followed: the figure's lang is en, so its table's headings,
       key, notes and description were hyphenated mid-word where the browser has a dictionary. */
    overflow-wrap: break-word; hyphens: manual;
    /* A page's list-style on the body (square inside, an arrow image) reached the description's
       and the table's notes' lists: markers moved into the text, or were replaced. */
    list-style-position: outside; list-style-image: none;
    text-emphasis: none; -webkit-text-stroke: 0; -webkit-text-fill-color: currentcolor;
    /* A page's text-wrap: balance or pretty re-broke the titles', notes' and description's lines;
       its underline position, offset and ink skipping moved the charts' own underlines (a mode
       button's, "Describe this chart"); its scrollbar-color coloured the table's scrollbar. */
    text-wrap-style: auto; text-underline-position: auto; text-underline-offset: auto; text-decoration-skip-ink: auto;
    scrollbar-color: auto;
    /* A CMS theme's SVG rules on its body, meant for its own icons, are inherited by the charts'
       SVG: text-anchor: middle and dominant-baseline: central moved the key's and labels' text,
       stroke-dasharray dashed every outline. Set back here, at the figure, never on the SVG's own
       elements: a rule on an element beats its presentation attributes, which the renderers set
       (text-anchor on a group of labels, a gap mark's dashes). */
    fill: black; stroke: none; marker: none; fill-rule: nonzero; clip-rule: nonzero;
    text-anchor: start; dominant-baseline: auto; stroke-dasharray: none; stroke-dashoffset: 0; stroke-width: 1px;
    stroke-linecap: butt; stroke-linejoin: miter; stroke-miterlimit: 4; fill-opacity: 1; stroke-opacity: 1;
    paint-order: normal; shape-rendering: auto; text-rendering: auto;
    /* A page's font features (small capitals, old-style figures, no kerning) and its
       -webkit-text-security (which draws every letter as a disc) are not the charts'. */
    font-feature-settings: normal; font-variation-settings: normal; font-kerning: auto; font-optical-sizing: auto;
    font-synthesis: weight style small-caps; -webkit-text-security: none;
    /* visibility is the page's, not reset: a panel it hides (visibility: hidden) hides its charts
       and keeps their controls out of the tab order. */
    line-height: var(--pioneer-line-height, 1.35); cursor: auto;
    /* What the browser draws itself (the table's scrollbar, a select's list, a button's focus
       ring) in the figure's theme, not the page's: a page's color-scheme: dark drew a dark
       scrollbar on the light theme's white. A page that darkens the light theme with its own
       colours (or a transparent background) says so with --pioneer-color-scheme: dark. */
    color-scheme: var(--_color-scheme);
    color: var(--_text);
    background: var(--_bg);
  }
  /* Dark on screens only: paper is white, so print keeps the light theme's colours. */
  @media screen {
    :host([theme~='dark' i]) { ${darkTokens} }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme~='light' i])) { ${darkTokens} }
  }
  /* A reader who asked for more contrast (prefers-contrast: more) gets the axis, notes and
     source in near-text colours (about 12:1, not 7:1) and grid lines that stand out 3:1; a
     page's own --pioneer-muted-color and --pioneer-grid-color still win. After the themes' rules
     and as specific, so that these win in either theme. */
  @media screen and (prefers-contrast: more) {
    :host { --_muted: var(--pioneer-muted-color, #333333); --_grid: var(--pioneer-grid-color, #8a8a8a); }
    :host([theme~='dark' i]) { ${contrastDarkTokens} }
  }
  @media screen and (prefers-contrast: more) and (prefers-color-scheme: dark) {
    :host(:not([theme~='light' i])) { ${contrastDarkTokens} }
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  /* Its width is the chart's; its height follows the font size, and its top padding the text
     spacing (the custom properties): observed, so a change of either redraws the chart, whose
     layout is computed, not left to the browser. Negative margins keep it out of the flow. A
     spacing that is not a length (normal) leaves the padding at 0: font sizes are still seen. */
  .sizer {
    display: block; width: 100%; border: 0; padding: 0; visibility: hidden; pointer-events: none;
    font-size: var(--pioneer-font-size, ${defaultFontSize});
    height: 1em; margin: 0 0 -1em;
    --_spacing: max(0px, 8 * var(--pioneer-letter-spacing, 0px) + 4 * var(--pioneer-word-spacing, 0px));
    padding-top: var(--_spacing); margin-top: calc(-1 * var(--_spacing));
  }
  div, p, ul, li, table, button { margin: 0; padding: 0; border: 0; }
  .header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.25em 1em; margin-bottom: 0.35em; }
  /* A word longer than the chart is wide (a page's ::part(title) in capitals at 2em, on a phone)
     breaks inside it rather than widening the page. */
  .title { display: block; font-weight: 600; font-size: 1.05em; margin: 0; padding: 0; flex: 1 1 16em; min-width: 0; overflow-wrap: anywhere; }
  .controls { display: flex; flex-wrap: wrap; max-width: 100%; gap: 0.5em; align-items: center; position: relative; font-size: 0.85em; }
  .modes { display: inline-flex; }
  /* In the text's spacing (a reader's, WCAG 1.4.12), which the browser's own style of a
     <button> sets back to normal, as it does for <select>. */
  button {
    font: inherit; letter-spacing: inherit; word-spacing: inherit; color: var(--_text); background: var(--_control-bg); border: 1px solid var(--_muted);
    padding: 0.2em 0.6em; min-height: 24px; min-width: 24px; cursor: pointer; border-radius: 3px;
  }
  /* The buttons of the Download menu and "Describe this chart" (disclosures) are aligned as the
     <summary> they replaced was. */
  .menu > button, .description > button { text-align: inherit; }
  .menu > button { display: block; }
  .modes button { border-radius: 0; }
  .modes button:first-child { border-radius: 3px 0 0 3px; }
  .modes button:last-child { border-radius: 0 3px 3px 0; border-left: 0; }
  /* On: filled and underlined (not by its colours alone). */
  .modes button[aria-pressed='true'] { background: var(--_text); color: var(--_bg); text-decoration: underline 2px; text-underline-offset: 0.2em; }
  /* Focus rings are drawn inside the focused box, never outside: a chart is often flush with
     the window's edge (a page with no margin) or a card that clips what overflows it, and a
     ring outside its controls (at its top and sides) or its plot (as wide as the chart) was cut
     there (WCAG 2.4.7, 2.4.11). A control's ring lies over its border, with a band of the
     background inside it, so it stands out from the control's fill as from the page. */
  button:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; box-shadow: inset 0 0 0 4px var(--_bg); }
  /* The table's scroll box takes the focus too (the keyboard scrolls it): its ring lies over its
     2 px border, outside what scrolls, where the pinned item column cannot paint over it (the
     browser's own ring, half inside, was 1 px wide along that column). */
  .table-host:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; }
  .menu { position: relative; }
  .menu-items {
    position: absolute; right: 0; top: calc(100% + 4px); z-index: 3; display: flex; flex-direction: column; gap: 2px;
    background: var(--_bg); border: 1px solid var(--_muted); padding: 4px; min-width: min(12em, calc(100vw - 16px)); border-radius: 3px;
  }
  .menu-items.start { right: auto; left: 0; }
  .menu-items { max-width: calc(100vw - 16px); box-sizing: border-box; }
  .menu-items button { text-align: left; border-color: transparent; background: transparent; }
  .menu-items button:hover { background: var(--_control-bg); }
  .plot { position: relative; width: 100%; padding: 0; margin: 0; }
  .off { display: none; }
  svg { display: block; overflow: visible; width: 100%; height: auto; max-width: none; opacity: 1; }
  svg:focus { outline: none; }
  svg:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; }
  svg text { font-family: inherit; }
  svg text:not([stroke]) { stroke: none; }
  svg text:not([fill]) { fill: var(--_text); }
  /* As specific as the rule above, and after it: axis ticks and year labels take the muted colour. */
  svg text.muted, svg .muted { fill: var(--_muted); }
  /* Marks are outlined in the background colour, so neighbours stay apart. */
  svg rect.seg, svg path.point, svg path.direct-marker { stroke: var(--_bg); stroke-width: 1px; }
  /* A segment too narrow for its value label is outlined in the muted colour instead, so a
     light fill still stands out 3:1 from the background (WCAG 1.4.11); a labelled one is read
     from its label. (Same specificity as the rule above, below .focused and :hover.) */
  svg rect.bare { stroke: var(--_muted); }
  svg [data-key].focused { stroke: var(--_focus); stroke-width: 3px; }
  svg .focus-ring { fill: none; stroke: var(--_focus); stroke-width: 2px; pointer-events: none; }
  .source, .table-source { color: var(--_muted); font-size: 0.8em; margin: 0.4em 0 0; padding: 0; }
  /* The source line again at the end of the table's box, for print only (below). */
  .table-source { display: none; }
  /* The sentence under a chart saying what it shows (summaryTemplate). */
  .summary { margin: 0.5em 0 0.25em; padding: 0; font-size: 0.95em; }
  .status { color: var(--_muted); font-size: 0.8em; overflow-wrap: anywhere; }
  /* Empty, it takes no room but stays in the accessibility tree: a live region that appears
     only with its first message is often not read. */
  .status:empty { margin: 0; }
  .message {
    border: 1px solid #b00020; border-left-width: 4px; color: #7a0016; background: #fff5f6;
    padding: 0.6em 0.8em; margin: 0.25em 0; font-size: 0.95em; white-space: normal; overflow-wrap: anywhere;
  }
  .note { color: var(--_muted); font-size: 0.85em; margin: 0.35em 0 0; padding: 0; }
  /* Readable where the chart has no width (the text would otherwise stand one word a line). */
  .size-note.no-width, .paper-note.no-width { width: max-content; max-width: 24em; }
  /* A chart laid out 0 px wide on screen (data-no-width: _noteNoWidth) keeps its title, its
     Download button (which says why it has no file of the chart) and that note, its title and
     status as wide as the note (a letter a line, else). What it drew and what it says of that
     (the Chart and Table buttons, the table, a trend's key, the notes, the description, the
     source line) is hidden with the plot: unseen, out of the Tab order and the accessibility
     tree, and perhaps of figures since changed, as no redraw comes with no width. What is kept
     is held to the width beside the box that nothing else takes (--_beside, 0 where that is
     under 13em: _noteNoWidth), never over a neighbour's text. Where that is 0, nothing is
     seen, and the figure takes no height either: what it keeps, wrapped to 12em out of sight,
     left about 130 px of blank under the text beside it. A message in place of the chart is
     kept as its note is. Paper keeps what the screen does (its note for paper for the screen's):
     it printed the summary, a trend's key and the notes beside the box too. */
  figure[data-no-width] > :not(.header, .status, .size-note, .attribute-note, .live, .message, .loading, .paper-note), figure[data-no-width] .modes { display: none !important; }
  @media screen {
    figure[data-no-room] { height: 0; }
    figure[data-no-width] { overflow: clip; overflow-clip-margin: var(--_beside); }
    figure[data-no-width] :is(.title, .status, .note, .message) { flex: none; width: max-content; max-width: clamp(12em, var(--_beside), 24em); overflow-wrap: break-word; }
  }
  .description { font-size: 0.85em; margin-top: 0.35em; }
  .description[hidden], [data-needs-script] { display: none !important; }
  .description > button { display: inline-block; background: none; border: 0; padding: 0; color: var(--_muted); text-decoration: underline; }
  .description ul { padding-left: 1.2em; }
  /* Its caption over it (printed under its chart: print-table), whatever a page's caption-side. */
  .data-table { border-collapse: collapse; width: 100%; font-size: 0.85em; font-variant-numeric: tabular-nums; caption-side: top; }
  .data-table caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
  /* Shown in place of the chart, right under the same title: the caption is for screen readers
     (it names the table); only a table printed under its chart (print-table) shows it. */
  .table-host:not(.under-chart) .data-table caption {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
  }
  .data-table th, .data-table td { border-bottom: 1px solid var(--_grid); padding: 0.25em 0.5em; vertical-align: top; }
  .data-table td { text-align: right; }
  .data-table thead th { text-align: right; font-weight: 600; }
  .data-table thead tr:first-child th:first-child, .data-table tbody th { text-align: left; font-weight: normal; }
  /* A year over its responses (a table of every year). */
  .data-table thead th[colspan] { text-align: center; }
  .col-meta { color: var(--_muted); font-weight: normal; font-size: 0.9em; }
  /* A cell's n is never split ("(n=52–" and "54)"); it may go under its value. The base and
     figure beside an empty cell's dash wrap to its column, as its heading's would. */
  td:not(.absent) .col-meta { white-space: nowrap; }
  /* A figure's "(see note 3)" wraps at its spaces: in a table of every year's responses it took
     the many columns of a figure so marked wider than the page's column. */
  td:not(.absent) .col-meta.note-mark { white-space: normal; }
  /* Each note's number is its marker (seen, printed, and what screen readers get) and copy-only
     text (b, below: a copy leaves markers out). A copy's HTML carries these rules: its list says
     it numbers nothing, so a word processor, which shows the b, does not number it again ("1.
     1."); its items name this counter style, unknown outside the chart, which a browser's editor
     draws as decimal (and clips the b), a word processor ignores. */
  .table-notes { color: var(--_muted); font-size: 0.8em; margin: 0.3em 0 0; padding-left: 1.8em; list-style: none; }
  .table-notes li { list-style-type: notes; }
  @counter-style notes { system: extends decimal; }
  /* Scrolls sideways in its own box when wider than the chart (a phone): the containing block
     of its screen-reader-only text too, which would otherwise be placed out past the page's
     edge and widen the page. On screen the item names stay in view while the figures scroll
     (on paper the table wraps to the column instead). */
  .table-host { overflow-x: auto; position: relative; }
  /* On screen, a border the colour of what lies behind it, for its focus ring to lie over (below);
     forced colours would draw it in the text's colour. */
  @media screen {
    .table-host { border: 2px solid transparent; }
  }
  @media screen and (forced-colors: active) {
    .table-host { border-color: Canvas; }
  }
  @media screen {
    .data-table tbody th, .data-table thead tr:first-child th:first-child { position: sticky; left: 0; z-index: 1; background: var(--_pinned-bg, var(--_bg)); }
    .unpinned .data-table tbody th, .unpinned .data-table thead tr:first-child th:first-child { position: static; }
    .data-table tbody th { min-width: min(9em, 35vw); }
    /* A figure's column no narrower than its heading's words need to read in a few lines: left to
       the table at a phone's width, each was as narrow as its longest word (45 px, a heading of
       7 to 11 lines). The table scrolls in its box instead. */
    .data-table th[data-column] { min-width: 8em; }
  }
  .tooltip {
    position: absolute; pointer-events: auto; z-index: 2; width: max-content; max-width: min(18em, 100%); padding: 0.4em 0.6em; margin: 0;
    background: var(--pioneer-tooltip-background, var(--_tooltip-bg, #1a1a1a)); color: var(--pioneer-tooltip-color, var(--_tooltip-color, #fff));
    border-radius: 3px; font-size: 0.85em; white-space: pre-line; transform: translate(-50%, calc(-100% - 8px));
    /* Unseen in the themes; forced colours paint it, so the tooltip has an edge over the marks. */
    border: 1px solid transparent;
  }
  .tooltip.below { transform: translate(-50%, 8px); }
  .tooltip.by-keys { pointer-events: none; }
  .tooltip[hidden] { display: none; }
  .sr-only, .absent b, .table-notes b, .copied-cells {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
    clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
  }
  /* A heading's tabs for the cells it spans, copied as they are (data-table.ts). */
  .copied-cells { white-space: pre; }
  /* A heading's base under its name: a line break drawn after the space between them, which a
     copy's plain text leaves out (data-table.ts). */
  .line-break::after { content: '\\A'; white-space: pre; }
  /* Before printing, for as long as it takes to read its width (table-fit.ts): the table at its
     printed size as narrow as its words whole let it be, shown if printed only. */
  ${tableOnPaper('.table-host[data-print-measure]')}
  /* (Without the screen's border, below, which paper does not have: a border of the page's own,
     through ::part(table-host), still counts.) */
  .table-host[data-print-measure] { display: block; border: 0; }
  .table-host[data-print-measure] .data-table { width: min-content; }
  .table-host[data-print-measure] .data-table th, .table-host[data-print-measure] .data-table td { overflow-wrap: normal; hyphens: manual; min-width: 0; }
  /* A heading's "Table 5.1", whole on screen (unbroken.ts), may split on paper as every nobr there. */
  .table-host[data-print-measure] .col-meta nobr { white-space: normal; }
  /* No mark moves for a reader who asked for less motion, nor on paper: redrawn for paper (at
     most 680 px wide, textures as lines), a chart prints where its marks end, not on their way
     there (a page laid out for print mid-transition printed rows and bars where the screen had
     them). Every element's transitions are off; animations only where a page can set one
     (::part): the charts' own rules run none, and an animation property set on every element
     (every mark) took about 0.1 s more of the browser's style work on a page of 50 stacked-bar
     charts, as much as all the other rules together. */
  @media (prefers-reduced-motion: reduce), print { * { transition: none !important; } [part] { animation: none !important; } }
  @media (forced-colors: active) {
    /* The reader's system colours win over a theme or colours the page fixed (theme="light" in a
       dark high-contrast theme drew labels #1a1a1a on black): the tokens everything is drawn with
       become system colours. SVG fills are not forced by the browser, so this is what reaches them. */
    :host {
      --_text: CanvasText !important; --_bg: Canvas !important; --_muted: CanvasText !important;
      --_grid: GrayText !important; --_focus: Highlight !important; --_control-bg: Canvas !important;
    }
    .modes button[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: Highlight; }
    svg [data-key], svg .line, svg .direct-marker { forced-color-adjust: none; stroke: CanvasText; }
    svg rect[data-key], svg path.point, svg path.direct-marker, svg .site-mark { stroke: CanvasText; stroke-width: 1.5px; }
    /* A mark filled with a texture pattern keeps it (the pattern's colours are forced instead). */
    svg rect[data-key]:not([fill^='url(']), svg path.point, svg path.direct-marker, svg .site-mark { fill: Canvas; }
    svg text { fill: CanvasText; }
    svg [data-key].focused { stroke: Highlight; stroke-width: 3px; }
  }
  @media print {
    figure { color: #000; background: #fff; }
    /* Paper's colours, whatever the theme or the page's colours for the screen (a dark theme's
       light text would be near white on the paper); !important, as a page's rule on the element
       itself would beat a :host rule. */
    :host {
      --_text: #000 !important; --_bg: #fff !important; --_muted: #595959 !important;
      --_grid: #d9d9d9 !important; --_control-bg: #fff !important; --_color-scheme: light !important;
    }
    @media (prefers-contrast: more) {
      :host { --_muted: #333333 !important; --_grid: #8a8a8a !important; }
    }
    /* Greys that each keep 3:1 on white paper, neighbours at least 2:1 apart (bars of adjacent
       groups) and any two of the four at least 1.8:1 (a trend's lines cross any other; #808080
       and #949494 were 1.3:1); series also differ by marker or texture. All eight series, so
       none prints in colour, wherever the page set its own. */
    :host {
      --pioneer-color-1: #000 !important; --pioneer-color-2: #686868 !important; --pioneer-color-3: #393939 !important; --pioneer-color-4: #949494 !important;
      --pioneer-color-5: #000 !important; --pioneer-color-6: #686868 !important; --pioneer-color-7: #393939 !important; --pioneer-color-8: #949494 !important;
    }
    /* The controls, Describe button, tooltip, status line, notes on the height and attributes given, and the
       line on figures no whole number of informants gives (below): NOT_ON_PAPER. */
    ${notOnPaper} { display: none !important; }
    /* The sizer out of the flow on paper: in it (1em tall, pulled up under the title by its
       negative margin), it is where a page break may fall, and one there cuts through the
       title's letters. Positioned against the host, it still has the chart's width. */
    :host { position: relative; }
    .sizer { position: absolute; top: 0; left: 0; margin: 0; }
    :host([print-table]) .table-host { display: block; margin-top: 0.5em; }
    /* On a page of fixed width that the browser shrinks to fit the paper, the plot is drawn to
       undo the shrink (pioneer-chart.ts) and the text around it (title, key, notes, a table
       printed) is enlarged by as much, laid out in its box's width on paper: both print at their
       own size (a table in a narrow column of a 1,000 px page printed at 5.6 pt). */
    figure > :not(.plot) { zoom: calc(1 / var(--_page-shrink, 1)); }
    /* On a page wider than 1.5 times the paper, which the browser shrinks by 1/1.5 at most and
       cuts at the paper's edge, the figure is held to the part of its box the paper shows
       (pioneer-chart.ts): a trend's key and notes, laid out in a 1,600 px box, were cut there. */
    figure { max-width: var(--_paper-room, none); }
    /* A chart wholly off that paper (starting past its edge), its figure given --_paper-shift, is
       moved onto it: to where the box around it starts, on a new page, clear of its row
       (pioneer-chart.ts); it printed nothing. */
    figure[style*='--_paper-shift'] { position: relative; left: calc(-1 * var(--_paper-shift)); break-before: page; }
    /* The sizer in the flow before it (0 px tall): a break before the chart's first content would
       be the row's, and take the charts before it to the new page too. */
    .sizer:has(+ figure[style*='--_paper-shift']) { position: static; height: 0; padding: 0; }
    /* A chart 0 px wide prints its title and note in the width beside its box that nothing else
       takes, given it as --_no-width-room (pioneer-chart.ts): in the box they printed a letter a line.
       Any other figure is a block as wide as its box on paper (auto), not the screen's inline-block. */
    figure { width: var(--_no-width-room, auto); }
    figure[style*='--_no-width-room'] .no-width { width: auto; }
    /* With no such width (a flex item squeezed to nothing, the text beside it starting where it
       does), nothing of it prints, and it takes no room, as on screen: its title printed a letter
       a line for pages, its note over that text. */
    figure[data-no-width]:not([style*='--_no-width-room']) { height: 0; overflow: clip; }
    /* A chart taller than a page is scaled to fit one, so it is never cut through its marks or
       axis; a table wraps its cells to the text column rather than losing columns off the edge. */
    /* Upright, the plot has 72% of the page, or what the text around it leaves (--_paper-rest,
       measured before printing) if less: with 72% alone, the stacked bars of 2019 and 2020 in a
       480–600 px column printed on US Letter with their source line's last words on a page of their own. */
    .plot svg { max-height: min(72vh, calc(100vh - var(--_paper-rest, 28vh))); width: auto; max-width: 100%; }
    /* On a page turned sideways (less tall), 72% of it left too little room for the text around
       the plot: a map's key and source line, a comparison's notes, went over to the next page.
       There the plot has what that text leaves, and a chart that would then print its text under
       6 pt prints its table (landscape-table, pioneer-chart.ts), its note with it: both made
       ready, hidden (off) on an upright page. The page, wider, is shrunk less than upright, or
       not at all (a fixed 900 px page): the text around the plot is enlarged by its own shrink. */
    @media (orientation: landscape) {
      .plot svg { max-height: calc(100vh - var(--_paper-rest, 28vh)); }
      figure > :not(.plot) { zoom: calc(1 / var(--_page-shrink-sideways, 1)); }
      ${tableInPlace('.landscape-table')}
    }
    /* So on an upright page less tall than A4's (US Letter) for a chart whose text would print
       under 6 pt there alone (short-page-table). */
    @media (max-height: 1040px) {
      ${tableInPlace('.short-page-table')}
    }
    /* What keys or describes the drawing alone (a trend's key of lines, the map's note on where
       its marks are, the tiles' codes: drawing-only) prints only with the drawing: over a table
       printed in its place it keys nothing: on a page turned sideways alone (landscape-table), a
       trend printed its five keys over its table and the map its tiles' codes. (On screen a
       trend's key stays over its Table view, whose rows its buttons show and hide.) */
    figure.table-view > .drawing-only { display: none; }
    /* The line on figures no whole number of informants gives (unfit.ts) says how many; on screen
       each mark's name and tooltip say which. Paper has neither: a table printed under the chart
       (print-table) or in its place prints its own note on them, naming each; a drawing alone
       prints as before (a line more turned the 2019 stacked bars into their table on some pages).
       Hidden with the parts above (NOT_ON_PAPER), its margin left out of print's fit with it. */
    .table-host { overflow: visible; }
    ${tableOnPaper('')}
    /* A word too long for its column is split, hyphenated where the browser has a dictionary
       (the figure's lang is en). */
    .data-table th, .data-table td { overflow-wrap: anywhere; hyphens: auto; }
    /* A table squeezed into its column splits "Covid-19" as it splits any word (unbroken.ts). */
    .data-table nobr { white-space: normal; }
    /* Where the column is as wide as A4's, every heading keeps its words whole: "any letter"
       let the table's layout give a column less than a word, and "Very significant, 2016"
       was printed as "Ver/y sig/nifi/can/t". In a narrower column (or a browser without
       container queries) a word may still split, rather than the table lose columns off
       the page. */
    .table-host { container-type: inline-size; }
    @container (min-width: 48em) {
      .data-table th { overflow-wrap: normal; hyphens: manual; }
    }
    /* A grid measured before printing to fit its column with its words whole keeps them whole. */
    ${gridOnPaper} .data-table th, ${gridOnPaper} .data-table td { overflow-wrap: normal; hyphens: manual; }
    /* The title stays with its chart; the chart's key, notes and source line come before the
       table (a page holding the chart can be cited; the table's headings cite it too), or last
       where the table is printed in place of the chart. */
    figure { display: flex; flex-direction: column; }
    /* A chart prints whole on one page, its key, notes and source with it (the plot is scaled
       to at most 72% of a page to leave them room); a figure holding a table breaks between rows.
       One scaled so far that its text would print under 6 pt prints its table instead
       (paper-fit.ts): as a figure taller than a page, it was moved whole to the next page
       (leaving the one before it blank), then split there anyway. */
    figure:not(.with-table) { break-inside: avoid; }
    /* So does one printed with its table under it (print-table): its key, notes and source keep
       with its plot, and only the table after them breaks, between rows. (The figure as a whole
       may be taller than a page, so not the rule above: a trend's last legend key, its notes and
       source went over to the next page, its plot left on the one before.) */
    figure.with-table:not(.table-view) > :not(.table-host, .source) { break-inside: avoid; break-after: avoid; }
    .header { break-after: avoid; }
    /* A title of two lines (a narrow column) is never split between pages. */
    .title { break-inside: avoid; }
    .plot { break-inside: avoid; }
    .table-host { order: 1; }
    .source { order: 2; break-before: avoid; break-inside: avoid; }
    .table-host.under-chart ~ .source { order: 0; }
    /* A table printed last (in place of its chart) ends with the source line inside its own box,
       under its notes (table-end), which are kept with its last row: the figure's own line, after
       the box, was printed alone on a last page (every year's table in a 320 px column), Chromium
       not moving a row over to keep a box's last rows with the line after the box. */
    .table-host:not(.under-chart) .table-source { display: block; }
    .table-host:not(.under-chart, .off):has(.table-source) ~ .source { display: none; }
    .table-end { break-before: avoid; break-inside: avoid; }
    /* A printed table keeps its caption and heading with its first row, repeats the heading
       on each page, and never splits a row or its caption: a caption of two lines (a
       comparison's title in a narrow column) had its first line left alone at the foot of the
       chart's page, the rest over the heading on the next (Chromium broke inside it, its
       break-after and orphans notwithstanding). The heading's break-after is not enough on its
       own: Chromium left the title and heading alone at a page's foot, the rows starting on
       the next; the first row's break-before holds them together. */
    .data-table caption { break-inside: avoid; }
    .data-table caption, .data-table thead { break-after: avoid; }
    .data-table tbody tr:first-child { break-before: avoid; }
    /* A table in place of its chart keeps the sentences over it with it too: the title and
       summary were left at a page's foot, the table starting on the next. */
    figure.table-view > .note, figure.table-view > .summary { break-inside: avoid; break-after: avoid; }
    .data-table thead { display: table-header-group; }
    .data-table tr { break-inside: avoid; }
    /* In a column narrower than about 450 px (32em of the figure's text), a table prints in long
       form: each row's item on a line of its own, then each figure on a line after its column's
       headings, year over response as the heading rows give them ("2019, Very significant: 36%
       (n=64)", the cell's data-heading). As a grid, every year's table (11 columns) in a 320 px
       column printed its headings a letter a line; with room for a word in each column it was
       593 px wide, over the page to its right and off the paper from a grid's right-hand
       column. The heading rows print above as a key: each heading's base and source, or the
       note giving its gap's reason. A column at least this wide prints the grid (as on screen,
       where the table is always a table and scrolls sideways), and so does a narrower one where
       the grid, measured before printing, fits it with its words whole (table-fit.ts): the 2019
       table's four responses in 320 px. */
    @container (max-width: 32em) {
      ${longForm} caption, ${longForm} thead, ${longForm} tr, ${longForm} th, ${longForm} td { display: block; }
      /* Its rows, notes and source line are one box's children, so a row goes over to a new page
         with the line (Chromium keeps boxes together across a break only between siblings). */
      ${longForm}, ${longForm} tbody { display: contents; }
      ${longForm} th, ${longForm} td { border: 0; text-align: left; }
      ${longForm} thead th, ${longForm} thead th[colspan], ${longForm} thead tr + tr th { font-weight: normal; font-size: inherit; text-align: left; padding: 0 0.3em; }
      ${longForm} thead tr:first-child th:first-child, ${longForm} thead tr + tr th:not(:has(.col-meta)) { display: none; }
      ${longForm} thead th > .line-break { display: none; }
      ${longForm} thead th > .col-meta::before { content: ': '; }
      ${longForm} thead, ${longForm} tbody tr { border-bottom: 1px solid var(--_grid); padding-bottom: 0.15em; margin-bottom: 0.15em; }
      ${longForm} tbody th { font-weight: 600; break-after: avoid; }
      /* A figure's line that wraps is indented under its headings. */
      ${longForm} td { padding-left: 1.2em; text-indent: -0.9em; }
      ${longForm} td::before { content: attr(data-heading) ': '; }
    }
  }
`;
