/**
 * Charts without a browser: the elements' own classes (Lit runs in Node with its DOM shim)
 * validate the attributes and pick the view exactly as in the browser, and their `draw`
 * calls the same pure renderer on a linkedom document. Nothing here re-implements a chart.
 */
import { narrowNoteOf, tallNoteOf } from '../components/base/size-note.js';
import { parseHTML } from 'linkedom';
import type { CSSResultGroup, TemplateResult } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { citationOf, sourceCaveats, sourceLine } from '../data/query.js';
import { chartToSvg, hashOf } from '../export/svg-export.js';
import type { RenderResult } from '../renderers/shared/types.js';
import type { ObservationRow } from '../data/types.js';
import { unfitLine } from '../renderers/shared/unfit.js';
import type { TableModel } from '../components/base/data-table.js';
import { JOIN_ATTRIBUTE } from '../renderers/shared/dom.js';
import { createComputedStyle, parseChartStyles, resolveVars } from './static-style.js';
import '../components/pioneer-trend/pioneer-trend.js';
import '../components/barrier-stack/barrier-stack.js';
import '../components/site-map/site-map.js';
import '../components/pioneer-compare/pioneer-compare.js';
import '../components/pioneer-table/pioneer-table.js';

/** The chart elements that render without a browser, as SVG, PNG or HTML. */
export const CHART_TAGS = ['barrier-stack', 'pioneer-trend', 'site-map', 'pioneer-compare'] as const;
/** The elements that are a table only: they render without a browser as HTML. */
export const TABLE_TAGS = ['pioneer-table'] as const;
export type ChartTag = (typeof CHART_TAGS)[number] | (typeof TABLE_TAGS)[number];
const SERVER_TAGS: readonly string[] = [...CHART_TAGS, ...TABLE_TAGS];

/** Attributes the server cannot honour (they need a network or a JavaScript value). */
const CLIENT_ONLY = ['src', 'data', 'filters'];

/** A usage error (unknown element or attribute), as opposed to an invalid attribute value. */
export class UsageError extends Error {}

/** What the element's protected members look like from here. */
interface ChartInternals {
  view: unknown;
  problem: string | null;
  result: RenderResult | null;
  width: number;
  /** Drawn for paper (the base class's `paper`): textures as ink of their own, not patterns. */
  printing: boolean;
  setAttribute(name: string, value: string): void;
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
  willUpdate(changed: Map<PropertyKey, unknown>): void;
  draw(svg: SVGSVGElement, view: unknown, width: number): RenderResult;
  titleOf(view: unknown): string;
  notesOf(view: unknown): TemplateResult | symbol;
  drawnRows(view: unknown): readonly (ObservationRow | null | undefined)[];
  tableShown: boolean;
  tableModelOf(result: RenderResult): TableModel;
}

type ChartClass = (new () => HTMLElement) & { observedAttributes: string[]; styles?: CSSResultGroup };

export interface ServerChart {
  tag: ChartTag;
  /** The message the element shows in place of the chart, or null. */
  problem: string | null;
  title: string;
  /** "Source: …; base n …" as under the chart in the browser. */
  source: string;
  /** The notes under the chart in the browser (why a year has no value, what is not shown…), the caveats last. */
  notes: string[];
  /** What the tables behind the figures get wrong about themselves (sourceCaveats): the part of `notes` the browser shows beside the source line. */
  caveats: string[];
  result: RenderResult | null;
  /** The drawn SVG (in a linkedom document), or null when there is a problem. */
  svg: SVGSVGElement | null;
  /** Whether the element shows or prints its table (`<pioneer-table>`, `mode="table"`, `print-table`). */
  tableShown: boolean;
  /** The table of the drawn figures, as the element's table view builds it (null when there is a problem). */
  table: TableModel | null;
  /** What the note under the chart says of its size, as in the browser: a `height` too small for its rows, a width less than the least it is drawn at ('' where nothing). */
  sizeNotes: { tall: string; narrow: string };
  /** Recompute styles after a DOM change (drawing) before exporting. */
  resetStyles(): void;
}

const styleCache = new Map<string, ReturnType<typeof parseChartStyles>>();

function cssTextOf(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssTextOf(s as CSSResultGroup)).join('\n');
  return (styles as { cssText?: string }).cssText ?? '';
}

function chartClass(tag: string): ChartClass {
  if (!SERVER_TAGS.includes(tag)) throw new UsageError(`Unknown element "${tag}". Elements: ${SERVER_TAGS.join(', ')}.`);
  const ctor = customElements.get(tag) as ChartClass | undefined;
  if (!ctor) throw new UsageError(`<${tag}> is not defined.`);
  return ctor;
}

/** The attributes an element takes (as in custom-elements.json), without the client-only ones. */
export function attributesOf(tag: string): string[] {
  return chartClass(tag).observedAttributes.filter((a) => !CLIENT_ONLY.includes(a));
}

/**
 * Creates the element in Node, sets its attributes (through the same converters as in the
 * browser) and runs its validation. Throws UsageError for an unknown element or attribute.
 */
export function createChartElement(tag: string, attributes: Readonly<Record<string, string>>): ChartInternals {
  const ctor = chartClass(tag);
  const valid = attributesOf(tag);
  for (const name of Object.keys(attributes)) {
    if (!valid.includes(name)) {
      throw new UsageError(`<${tag}> has no attribute "${name}"${CLIENT_ONLY.includes(name) ? ' that works without a browser' : ''}. Attributes: ${valid.join(', ')}.`);
    }
  }
  const el = new ctor() as unknown as ChartInternals;
  for (const [name, value] of Object.entries(attributes)) {
    el.setAttribute(name, value);
    el.attributeChangedCallback(name, null, value);
  }
  // The base class's own validation (mode, theme, then the element's computeView); it warns on
  // the console as in the browser, which the caller reports instead.
  const warn = console.warn;
  console.warn = () => {};
  try {
    el.willUpdate(new Map());
  } finally {
    console.warn = warn;
  }
  return el;
}

/** A width to draw at must be a number of pixels, at least 1 (else UsageError, naming what it was). */
export function checkWidth(width: unknown): asserts width is number {
  if (typeof width === 'number' && Number.isFinite(width) && width >= 1) return;
  const was = typeof width === 'string' ? `"${width}" (a string)` : String(width);
  throw new UsageError(`width must be a number of pixels, at least 1 (e.g. 680), not ${was}.`);
}

/**
 * Draws `tag` with `attributes` at `width` px on a server-side DOM, as the element draws it in
 * the browser at that width. Every joined node carries its key (`data-joined`, an attribute its
 * join reads, or its place), which lets a browser's first draw reuse server-rendered nodes. With `paper`, textures are drawn as ink of
 * their own over plain fills, as the element draws them for printing (a static page has no
 * script to redraw it when printed, and Chromium prints pattern fills as bitmaps); a figure file
 * keeps its patterns.
 */
export function renderServerChart(tag: ChartTag, attributes: Readonly<Record<string, string>>, width: number, { paper = false }: { paper?: boolean } = {}): ServerChart {
  checkWidth(width);
  const el = createChartElement(tag, attributes);
  const ctor = chartClass(tag);
  if (el.problem || !el.view) {
    return { tag: tag as ChartTag, problem: el.problem ?? 'No data.', title: tag, source: '', notes: [], caveats: [], result: null, svg: null, tableShown: false, table: null, sizeNotes: { tall: '', narrow: '' }, resetStyles: () => {} };
  }
  let sheet = styleCache.get(tag);
  if (!sheet) styleCache.set(tag, (sheet = parseChartStyles(cssTextOf(ctor.styles))));
  const { document, window } = parseHTML('<!doctype html><html><body><figure><svg part="svg"></svg></figure></body></html>');
  const svg = document.querySelector('svg') as unknown as SVGSVGElement;
  const computed = createComputedStyle(sheet, svg as unknown as Element);
  Object.assign(window, {
    getComputedStyle: computed,
    XMLSerializer: class {
      serializeToString(node: Element): string {
        return serializeXml(node);
      }
    },
  });
  el.width = width;
  el.printing = paper;
  // Pattern ids from what is drawn, not from a count of draws: the same call gives the same file
  // (a diff, a cache, a build are stable), and two different figures inlined in one page differ.
  svg.setAttribute('data-texture-id', `pioneer-${tag}-${hashOf(`${JSON.stringify(Object.entries(attributes).sort())} ${width}`)}`);
  // Joined nodes carry their keys (see join in dom.ts), for the browser's first draw to reuse them.
  const result: RenderResult = el.draw(svg, el.view, width);
  computed.reset();
  el.result = result;
  svg.setAttribute('aria-label', result.summary);
  const caveats = sourceCaveats(result.rows);
  return {
    tag: tag as ChartTag,
    problem: null,
    title: el.titleOf(el.view),
    source: sourceLine(result.rows),
    notes: [...notesOf(el), ...unfitNotesOf(el), ...caveats],
    caveats,
    result,
    svg,
    tableShown: el.tableShown,
    table: el.tableModelOf(result),
    sizeNotes: {
      tall: tallNoteOf(attributes.height ?? '', result.heightNeeded),
      narrow: narrowNoteOf(width, Number(svg.getAttribute('width')) || width),
    },
    resetStyles: () => computed.reset(),
  };
}

/**
 * The standalone SVG file of a chart, as the element's "Download SVG" writes it: styles
 * inlined, title, source line and base n inside. Values still written as `var(…)` (in style
 * attributes) are resolved for tools that know no CSS variables.
 */
export function chartSvgFile(chart: ServerChart): string {
  if ((TABLE_TAGS as readonly string[]).includes(chart.tag)) throw new UsageError(`<${chart.tag}> is a table: write it as HTML (--format html).`);
  if (!chart.svg) throw new Error(chart.problem ?? 'Nothing was drawn.');
  const svg = chart.svg;
  const sheet = styleCache.get(chart.tag)!;
  for (const node of [svg, ...svg.querySelectorAll('*')]) {
    node.removeAttribute(JOIN_ATTRIBUTE);
    for (const attr of [...node.attributes]) {
      if (attr.value.includes('var(')) node.setAttribute(attr.name, resolveVars(attr.value, sheet.vars));
    }
  }
  chart.resetStyles();
  const key = chart.result?.key?.map((k) => ({ ...k, color: resolveVars(k.color, sheet.vars) }));
  return chartToSvg(svg, { title: chart.title, source: chart.source, notes: chart.notes, key, citation: citationOf(chart.result?.rows ?? []) });
}

/**
 * The texts of the element's notes (`[part="note"]` in what its notesOf renders), whitespace
 * collapsed: what the element's own SVG download takes from its shadow root.
 */
function notesOf(el: ChartInternals): string[] {
  const template = el.notesOf(el.view);
  if (typeof template === 'symbol') return [];
  const markup = collectResultSync(render(template));
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return [...document.querySelectorAll('[part="note"]')].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The line the element shows after its notes on figures no whole number of informants gives (unfitLine), as its download has it. */
function unfitNotesOf(el: ChartInternals): string[] {
  const line = unfitLine(el.drawnRows(el.view));
  return line ? [`⚠ ${line}`] : [];
}

const escapeXml = (s: string, attribute: boolean) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(attribute ? /"/g : /$^/g, '&quot;');

/** XML markup of a node (linkedom's outerHTML leaves `&` unescaped in attribute values). */
export function serializeXml(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.nodeValue ?? '', false);
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const name = el.localName;
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${escapeXml(a.value, true)}"`).join('');
  const children = [...el.childNodes].map(serializeXml).join('');
  return children ? `<${name}${attrs}>${children}</${name}>` : `<${name}${attrs}/>`;
}
