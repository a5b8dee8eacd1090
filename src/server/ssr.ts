/**
 * Server-side rendering of the chart elements to HTML with declarative shadow DOM (Lit SSR):
 * a static page shows the chart before or without JavaScript. The element's shell (title,
 * notes, legend, source) comes from its own render() through @lit-labs/ssr; the chart inside
 * the shadow root's <svg> comes from the same renderer, drawn on a server DOM at `width`.
 * Loaded with `dist/pioneer-viz-hydrate.js` (the embed bundle plus Lit's hydration support),
 * the element hydrates, and its first draw reuses the server's nodes (by the keys they carry).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { dataTableTemplate } from '../components/base/data-table.js';
import { SERVER_ATTRIBUTES, serverAttributesOf } from '../components/base/server-attributes.js';
import { UsageError, checkWidth, createChartElement, renderServerChart, serializeXml, type ChartTag } from './charts.js';

export interface SsrOptions {
  /**
   * Width in px the chart is drawn at on the server (the width it will have on the page); by
   * default 680, a page's text column (printed, the labels keep their size), as the CLI's HTML.
   */
  width?: number;
}

/** The width a chart is drawn at on the server when none is given. */
export const SSR_DEFAULT_WIDTH = 680;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Global attributes a page puts on an element for itself, not for what it draws. */
const PAGE_ATTRIBUTE = /^(id|class|style|title|slot|hidden)$|^(aria|data)-[a-z0-9][a-z0-9._-]*$/;

/** Attributes of the shell's <svg> that its template binds: the renderer's value is not copied. */
const TEMPLATE_SVG_ATTRIBUTES = new Set(['part', 'tabindex', 'aria-hidden', 'role', 'aria-roledescription', 'aria-label']);

/** A template result for static markup (no bindings), as `html` would produce for it. */
function staticTemplate(markup: string): TemplateResult {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return { ['_$litType$']: 1, strings, values: [] } as unknown as TemplateResult;
}

/** CSS without comments, and each run of white space one space (none at the start of a line). */
const compactCss = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '\n').replace(/[ \t]+/g, ' ').trim();

/**
 * `<tag attrs…>` rendered to HTML with its shadow root declared inline and the chart drawn
 * inside it. Throws UsageError for an unknown element or attribute, or a width that is not a
 * number of pixels; an invalid attribute value
 * renders the element's message, as in the browser.
 */
export function renderToHtml(tag: ChartTag, attributes: Readonly<Record<string, string>> = {}, options: SsrOptions = {}): string {
  const width = options.width ?? SSR_DEFAULT_WIDTH;
  checkWidth(width); // not a number of pixels: UsageError
  // Each value as text, as a browser's setAttribute takes it: a script's `{ year: 2019 }` is
  // year="2019" (its types ask for text, which a plain JavaScript caller does not see).
  const written = Object.entries(attributes).map(([name, value]) => [name, String(value)] as const);
  // The page's own attributes (an id to link to, a class, data-* hooks) are written on the
  // element as given; the chart is drawn from the rest.
  const drawn = Object.fromEntries(written.filter(([name]) => !PAGE_ATTRIBUTE.test(name)));
  try {
    createChartElement(tag, drawn); // unknown element or attribute: UsageError
  } catch (e) {
    if (e instanceof UsageError) e.message += ` On a page, it also takes the page's own id, class, style, title, slot, hidden, aria-* and data-*.`;
    throw e;
  }
  const attrs = written
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
    .join('');
  let out = collectResultSync(render(staticTemplate(`<${tag}${attrs}></${tag}>`)));
  // The page itself is static: drop the markers of the outer template (the element's own stay).
  out = out.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  // The shadow root's styles without the source's comments and indentation (a third of each
  // chart's HTML): what a browser reads from them is the same.
  out = out.replace(/(<style>)([\s\S]*?)(<\/style>)/g, (_m, open: string, css: string, close: string) => `${open}${compactCss(css)}${close}`);
  // What the server drew from: the hydration bundle adopts this shell only if the element's
  // attributes are still these (a page script may change one first), else it draws afresh.
  out = out.replace('<div class="sizer" aria-hidden="true">', `<div class="sizer" aria-hidden="true" ${SERVER_ATTRIBUTES}="${escapeAttr(serverAttributesOf(drawn))}">`);
  // Drawn as for paper: the page prints as drawn, with no script to redraw it, and its textures
  // as ink look on screen as the patterns do (the same 6 px grid); a hydrated element's first
  // draw puts the patterns back.
  const chart = renderServerChart(tag, drawn, width, { paper: true });
  if (!chart.svg || !chart.result) return out;
  const svg = chart.svg as unknown as Element;
  const extra = [...svg.attributes]
    .filter((a) => !TEMPLATE_SVG_ATTRIBUTES.has(a.name))
    .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
    .join('');
  const inner = [...svg.childNodes].map(serializeXml).join('');
  const fill = (pattern: RegExp, what: string, by: (...groups: string[]) => string) => {
    if (!pattern.test(out)) throw new Error(`<${tag}>: the shell has no ${what}.`);
    out = out.replace(pattern, (_m, ...groups: string[]) => by(...groups));
  };
  fill(/<svg(\s+part="svg"[^>]*?)\s*><\/svg>/, 'chart <svg> to draw into', (attrsText) => {
    const labelled = attrsText.replace(/aria-label="[^"]*"/, `aria-label="${escapeAttr(chart.result!.summary)}"`);
    return `<svg${labelled}${extra}>${inner}</svg>`;
  });
  if (chart.tableShown && chart.table) {
    // The table the element shows (or prints), as its own table view renders it; static markup
    // without Lit's part markers, which the client's first table render replaces.
    const table = collectResultSync(render(dataTableTemplate(chart.table, chart.title, drawn.lang?.trim() || undefined)))
      .replace(/<!--\/?lit-(part|node)[^>]*-->|<\?>/g, '');
    fill(/(<div\s+part="table-host"[^>]*>)(\s*<\/div>)/, 'table host to render the table into', (open, close) => `${open}${table}${close}`);
  }
  const caveats = chart.caveats.join(' ');
  if (caveats) out = out.replace(/<p part="note" class="note source-note" hidden><\/p>/, `<p part="note" class="note source-note">${escapeText(caveats)}</p>`);
  const sizeNote = [chart.sizeNotes.tall, chart.sizeNotes.narrow].filter(Boolean).join(' ');
  if (sizeNote) out = out.replace(/<p part="size-note" class="note size-note" hidden><\/p>/, `<p part="size-note" class="note size-note">${escapeText(sizeNote)}</p>`);
  out = out.replace(/<p part="source" class="source"><\/p>/, `<p part="source" class="source">${escapeText(chart.source)}</p>`);
  return out;
}
