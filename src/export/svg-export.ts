/**
 * Standalone SVG of a drawn chart: styles that come from CSS (custom properties, shadow
 * styles) are resolved to attributes, and the title, source line and base n are drawn
 * inside the image (with a key, where the chart's legend is HTML outside its SVG), so the
 * file opens the same in a vector editor or a slide and reads on its own in print.
 */
import { BOLD_WIDTH, textWidth, wrapText } from '../renderers/shared/text-width.js';
import type { KeyEntry } from '../renderers/shared/types.js';
import { EARLIER_JOIN_ATTRIBUTE, JOIN_ATTRIBUTE, SVG_NS, svgElement } from '../renderers/shared/dom.js';
import { flowLayout } from '../renderers/shared/flow.js';
import { pngWithText, svgTextEntries } from './png-text.js';

const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'paint-order', 'opacity', 'fill-opacity', 'font-size', 'font-weight', 'font-family', 'letter-spacing', 'word-spacing', 'text-anchor', 'dominant-baseline'] as const;

export interface SvgExportOptions {
  title: string;
  /** e.g. "Source: PIRU key informant survey 2019, Table 5.1; base 64" */
  source: string;
  /** Notes under the source line (e.g. why a year has no value), each wrapped to the width. */
  notes?: readonly string[];
  /** The full reference of the report(s) (citationOf), written into the file's <desc>. */
  citation?: string;
  /** A key drawn under the chart: each series' marker on a piece of line, then its whole label. */
  key?: readonly KeyEntry[];
  /** The language of the data's labels (the key's), where not English: as the chart marks its own labels. */
  labelLang?: string;
  /** Font family written into the file; default the chart's computed font. */
  fontFamily?: string;
  /**
   * The file's background and the colours of the text drawn around the chart (title, key,
   * source and notes); default white, near-black and dark grey (paper's). A chart drawn in dark
   * colours passes its own, or its light text would be drawn on white.
   */
  colors?: ExportColors;
}

export interface ExportColors {
  background: string;
  text: string;
  muted: string;
}

const PAPER: ExportColors = { background: '#ffffff', text: '#1a1a1a', muted: '#404040' };

/** Control characters (but tab, line feed and carriage return), noncharacters and lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Properties an SVG element inherits from its parent (all of STYLE_PROPS but opacity). */
const INHERITED = new Set<string>(STYLE_PROPS.filter((p) => p !== 'opacity'));

/**
 * Copies computed presentation styles of `from` (live, styled) onto `to` (clone). An inherited
 * property is written only where its value differs from the parent's (the file's elements
 * inherit it as the chart's do), and opacity only where it is not 1: every element carrying
 * every property made files several times larger for the same picture.
 */
function inlineStyles(from: Element, to: Element, view: Window, parent: Map<string, string> | null): void {
  const cs = view.getComputedStyle(from);
  const own = new Map<string, string>();
  for (const p of STYLE_PROPS) {
    // A paint reference as SVG 1.1 writes it, url(#id): the computed style quotes it,
    // url("#id"), which renderers outside browsers (resvg, as the CLI uses) do not read, and
    // paint black. (The ids are the renderers' own: no quote or parenthesis in them.)
    const v = srgbAsRgb(cs.getPropertyValue(p).replace(/url\((["'])(#[^"')]*)\1\)/g, 'url($2)'));
    own.set(p, v);
    // At the root, an inherited property at its initial value is left out (word-spacing's is 0px).
    const write = !v ? false : !INHERITED.has(p) ? v !== '1' : parent ? parent.get(p) !== v : v !== 'normal' && v !== 'auto' && !(p === 'word-spacing' && v === '0px');
    if (write) to.setAttribute(p, v);
    else to.removeAttribute(p);
  }
  // A text's offset (an axis label's dy="1.1em") is made part of its y: LibreOffice leaves out a
  // <text>'s dy (a tspan's it reads), and drew the trend's years over its "no value" row. A
  // tspan's, in px.
  const dy = from.getAttribute('dy');
  if (dy) {
    const px = parseFloat(dy) * (dy.endsWith('em') ? parseFloat(cs.getPropertyValue('font-size')) : 1);
    if (from.localName === 'tspan') to.setAttribute('dy', num(px));
    else {
      to.setAttribute('y', num((parseFloat(from.getAttribute('y')!) || 0) + px));
      to.removeAttribute('dy');
    }
  }
  // Hidden here, not by the page around the chart (a hidden panel: toSvg() still draws it).
  own.set('visibility', cs.visibility);
  if (cs.display === 'none' || (cs.visibility === 'hidden' && parent && parent.get('visibility') !== 'hidden')) to.setAttribute('display', 'none');
  to.removeAttribute('class');
  // Inline style attributes hold CSS variables; their computed values were copied above.
  to.removeAttribute('style');
  to.removeAttribute('tabindex');
  // The renderers' join keys are the page's bookkeeping, not the figure's.
  to.removeAttribute(JOIN_ATTRIBUTE);
  to.removeAttribute(EARLIER_JOIN_ATTRIBUTE);
  const fromKids = from.children;
  const toKids = to.children;
  for (let i = 0; i < fromKids.length; i++) inlineStyles(fromKids[i], toKids[i], view, own);
}

/**
 * A colour the browser computes as `color(srgb r g b)` (from relative colour syntax, as the
 * stacked bars' value labels use) written as `rgb(…)`, which tools outside browsers read.
 */
export const srgbAsRgb = (v: string): string =>
  v.replace(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/g, (_m, ...c: string[]) => {
    const [r, g, b] = c.slice(0, 3).map((x) => Math.round(Math.min(1, Math.max(0, Number(x))) * 255));
    return c[3] === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(c[3])})`;
  });

/** A length for an attribute: at most two decimals (11.2, not 11.200000000000001). */
const num = (v: number) => String(Math.round(v * 100) / 100);

/** Width of a key entry's sample (a piece of line with the marker) and the gaps around it. */
const KEY_SAMPLE = 24;
const KEY_GAP = 6;

/**
 * Places the key's entries left to right, a new row where the next would pass `width`; a
 * label too long for one row is wrapped. Offsets from the key's top left, and its height.
 */
function placeKey(entries: readonly KeyEntry[], width: number, size: number, lineH: number) {
  const boxes = entries.map((entry) => {
    const lines = wrapText(entry.label, width - KEY_SAMPLE - KEY_GAP, size);
    return { entry, lines, width: KEY_SAMPLE + KEY_GAP + Math.max(...lines.map((l) => textWidth(l, size))), height: lines.length * lineH };
  });
  const flow = flowLayout(boxes, width, 3 * KEY_GAP);
  return { placed: boxes.map(({ entry, lines }, i) => ({ entry, lines, x: flow.positions[i][0], y: flow.positions[i][1] })), height: flow.height };
}

/**
 * `var(--name, fallback)` → the value of --name where `svg` has one (a page's theme), else the
 * fallback; innermost first, so a fallback that is itself a `var()` is resolved too.
 */
function resolveColor(color: string, cs: Pick<CSSStyleDeclaration, 'getPropertyValue'>): string {
  for (let before = ''; before !== color; ) {
    before = color;
    color = color.replace(/var\((--[\w-]+),\s*([^()]+)\)/, (_, name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback.trim());
  }
  return color;
}

/**
 * A text's halo, a stroke drawn under its glyphs (`paint-order: stroke`: a value label on a
 * textured segment, the narrow stacked bars' item labels over grid lines), is made a box of the
 * halo's colour behind the text. LibreOffice (Draw, Impress, Writer) paints a stroke over the
 * glyphs whatever `paint-order` says, and the value labels of the textured segments were blank
 * smudges of the segment's colour. A box, not a second, stroked copy of the text under it: a copy
 * is found twice by a search, and is saved twice in a PDF made from the file (as print's fix
 * found). Its width is estimated, as the chart's layout does.
 */
function haloBoxes(clone: Element, fontSize: number): void {
  clone.querySelectorAll('text').forEach((t) => {
    const halo = t.getAttribute('stroke');
    if (!halo || halo === 'none' || !/^stroke/.test(t.getAttribute('paint-order')!)) return;
    // Inherited attributes are written where they change (inlineStyles): the nearest holds.
    const size = parseFloat(t.closest('[font-size]')?.getAttribute('font-size')!) || fontSize;
    const middle = t.closest('[text-anchor]')?.getAttribute('text-anchor') === 'middle';
    const pad = parseFloat(t.getAttribute('stroke-width')!) / 2 || 0.5;
    const lines = t.querySelector('tspan') ? t.querySelectorAll('tspan') : [t];
    lines.forEach((line) => {
      // Its glyphs (normal weight, anchored at their start or middle on an alphabetic baseline,
      // as every haloed text is drawn): 0.78em over the baseline, 0.22em under.
      const w = textWidth(line.textContent!, size);
      const x = (parseFloat(line.getAttribute('x')!) || 0) - (middle ? w / 2 : 0);
      const box = svgElement(t.ownerDocument, 'rect', { x: num(x - pad), y: num((parseFloat(line.getAttribute('y')!) || 0) - 0.78 * size - pad), width: num(w + 2 * pad), height: num(size + 2 * pad), fill: halo });
      // Placed as its text (none is hidden or faded on its own).
      if (t.hasAttribute('transform')) box.setAttribute('transform', t.getAttribute('transform')!);
      t.before(box);
    });
    // No stroke: the parent's (inherited, as written only where it changes), unless it has one.
    for (const name of ['stroke', 'paint-order', 'stroke-width', 'stroke-linejoin']) t.removeAttribute(name);
    const under = t.parentElement!.closest('[stroke]')?.getAttribute('stroke');
    if (under && under !== 'none') t.setAttribute('stroke', 'none');
  });
}

/** Builds a self-contained SVG document string from a drawn chart SVG. */
export function chartToSvg(svg: SVGSVGElement, options: SvgExportOptions): string {
  const doc = svg.ownerDocument;
  const view = doc.defaultView!;
  const [, , w, h] = (svg.getAttribute('viewBox') ?? `0 0 ${svg.clientWidth} ${svg.clientHeight}`).split(/\s+/).map(Number);
  const font = options.fontFamily ?? view.getComputedStyle(svg).fontFamily ?? 'sans-serif';
  const fontSize = parseFloat(view.getComputedStyle(svg).fontSize) || 14;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, view, null);
  haloBoxes(clone, fontSize);
  const lineH = fontSize * 1.4;
  const noteSize = fontSize * 0.8;
  const noteLines = (options.notes ?? []).flatMap((n) => wrapText(n, w, noteSize));
  const keySize = fontSize * 0.85;
  const keyLineH = keySize * 1.5;
  const key = placeKey(options.key ?? [], w, keySize, keyLineH);
  const keyH = key.placed.length ? key.height + lineH * 0.5 : 0;
  // Title and source line wrap to the width too: a narrow figure keeps its whole citation.
  const titleSize = fontSize * 1.1;
  const titleStep = titleSize * 1.25;
  const titleLines = wrapText(options.title, w, titleSize * BOLD_WIDTH);
  const sourceSize = fontSize * 0.85;
  const sourceLines = wrapText(options.source, w, sourceSize);
  const top = lineH * 1.6 + titleStep * (titleLines.length - 1);
  const bottom = keyH + lineH * (0.4 + sourceLines.length + noteLines.length);
  const height = Math.ceil(h + top + bottom);
  const out = svgElement(doc, 'svg', { xmlns: SVG_NS, width: w, height, viewBox: `0 0 ${w} ${height}`, 'font-family': font, 'font-size': fontSize });
  // Spaces as written: LibreOffice drops a space that starts a tspan ("(n=28)⚠ small base" in a
  // comparison's key). Labels are wrapped word by word, so no text holds a run of spaces, and a
  // line ends in a space only where it is drawn from its start: browsers draw the file as before.
  out.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  const add = (parent: Element, tag: string, attrs: Record<string, string | number>, content?: string) => {
    const node = parent.appendChild(svgElement(doc, tag, attrs));
    if (content !== undefined) node.textContent = content;
    return node;
  };
  // The file's own name and description (what a file browser, an SVG inlined in a page or a
  // screen reader opening the file gives): the title, then the chart's summary, source and notes,
  // and the reports' full reference, so a figure copied on its own can still be cited.
  add(out, 'title', {}, options.title);
  const cited = options.citation ? `Data from: ${options.citation.replace(/\s*\n\s*/g, ' ')}` : '';
  // Each part a sentence of its own (the source line has no full stop of its own).
  const sentence = (t: string) => (/[.!?]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);
  add(out, 'desc', {}, [svg.getAttribute('aria-label') ?? '', options.source ?? '', ...(options.notes ?? []), cited].filter((t) => t.trim()).map(sentence).join(' '));
  const colors = options.colors ?? PAPER;
  add(out, 'rect', { width: '100%', height: '100%', fill: colors.background });
  /** One <text> of lines (tspans) whose text content is the whole, unwrapped text. */
  const textLines = (attrs: Record<string, string | number>, texts: string[], y: number, step: number) => {
    const t = add(out, 'text', attrs);
    texts.forEach((line, i) => add(t, 'tspan', { x: 0, y: num(y + step * i) }, i < texts.length - 1 ? `${line} ` : line));
  };
  textLines({ class: 'export-title', fill: colors.text, 'font-weight': 600, 'font-size': num(titleSize) }, titleLines, fontSize * 1.2, titleStep);
  clone.removeAttribute('role');
  clone.removeAttribute('aria-roledescription');
  // Shadow-DOM parts mean nothing outside the element (data-* stay: they give each mark's ids and value).
  for (const el of [clone, ...clone.querySelectorAll('[part]')]) el.removeAttribute('part');
  for (const [k, v] of [['x', 0], ['y', 0], ['width', w], ['height', h]] as const) clone.setAttribute(k, String(v));
  add(out, 'g', { transform: `translate(0,${num(top)})` }).appendChild(clone);
  const svgStyle = view.getComputedStyle(svg);
  for (const { entry, x, y, lines } of key.placed) {
    const color = resolveColor(entry.color, svgStyle);
    const item = add(out, 'g', { class: 'export-key', transform: `translate(${num(x)},${num(top + h + lineH * 0.5 + y)})`, ...(options.labelLang ? { lang: options.labelLang } : {}) });
    const sample = add(item, 'g', { transform: `translate(${KEY_SAMPLE / 2},${num(keyLineH / 2)})` });
    if (entry.hollow) {
      add(sample, 'path', { d: entry.marker, fill: 'none', stroke: color, 'stroke-width': 1.5, 'stroke-dasharray': '2 1.5' });
    } else {
      add(sample, 'line', { x1: -KEY_SAMPLE / 2, x2: KEY_SAMPLE / 2, stroke: color, 'stroke-width': 2 });
      add(sample, 'path', { d: entry.marker, fill: color });
    }
    lines.forEach((line, i) =>
      add(item, 'text', { x: KEY_SAMPLE + KEY_GAP, y: num(keyLineH * (i + 0.5) + keySize * 0.35), 'font-size': num(keySize), fill: colors.text }, line),
    );
  }
  const below = top + h + keyH;
  textLines({ class: 'export-source', fill: colors.muted, 'font-size': num(sourceSize) }, sourceLines, below + lineH, lineH);
  noteLines.forEach((n, i) => add(out, 'text', { class: 'export-note', x: 0, fill: colors.muted, y: num(below + lineH * (1 + sourceLines.length + i)), 'font-size': num(noteSize) }, n));
  // The window's serializer: a server-side DOM (linkedom, see src/server/) brings its own.
  const Serializer = (view as Window & { XMLSerializer?: typeof XMLSerializer }).XMLSerializer ?? XMLSerializer;
  // Characters XML 1.0 does not allow (a vertical tab, as office programs write a soft return in
  // a label) would make the file unreadable, to an editor and to the PNG's rasteriser: a space.
  const xml = new Serializer().serializeToString(out).replace(NOT_XML, ' ');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${uniqueIds(xml, [...clone.querySelectorAll('[id]')].map((e) => e.id))}`;
}

/** FNV-1a of a string, in base 36 (a short name for what it is, not a secret). */
export function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Each id of a file (the textures' patterns) made its own: suffixed with a hash of the file, so
 * that two figures inlined in one page never share an id (the second's bars filled with the
 * first's pattern). The same figure gets the same ids, so a file is the same on every export.
 */
function uniqueIds(xml: string, ids: readonly string[]): string {
  if (!ids.length) return xml;
  const suffix = hashOf(xml);
  const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A reference as an attribute writes it (`url(#id)`) or as a computed style gives it (`url("#id")`, escaped).
  const pattern = new RegExp(`(id="|url\\((?:&quot;|')?#|href="#)(${ids.map(escape).join('|')})(?=["')&])`, 'g');
  return xml.replace(pattern, (_m, lead: string, id: string) => `${lead}${id}-${suffix}`);
}

/** Rasterises an SVG string to a PNG blob at `scale` × its size (2 = retina), with the SVG's title and description as text. */
export async function svgToPng(svgText: string, scale = 2, doc: Document = document): Promise<Blob> {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svgText);
  const width = m ? Number(m[1]) : 800;
  const height = m ? Number(m[2]) : 600;
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  // A page whose Content-Security-Policy does not allow blob: images (img-src) blocks the
  // image the PNG is drawn from: the message then says so, rather than only that it failed.
  // The violation is reported in a task of its own, before or after the image's error
  // (browsers differ, and so does one browser under load): whichever comes first, the
  // violation says why at once; an error waits a moment for a violation before saying less.
  let blocked = false;
  let fail: ((e: Error) => void) | undefined;
  const onViolation = (e: SecurityPolicyViolationEvent) => {
    // A blob: image the policy blocks (not a blob: worker or media elsewhere on the page).
    if (!e.blockedURI.startsWith('blob') || !/^(img-src|default-src)$/.test(e.effectiveDirective)) return;
    blocked = true;
    fail?.(new Error(PNG_BLOCKED));
  };
  doc.addEventListener('securitypolicyviolation', onViolation);
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    await new Promise<void>((resolve, reject) => {
      fail = reject;
      img.onload = () => resolve();
      img.onerror = () => setTimeout(() => reject(new Error(blocked ? PNG_BLOCKED : 'the SVG could not be rasterised')), blocked ? 0 : VIOLATION_WAIT_MS);
      img.src = url;
    });
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
    // The file's title and description (source, base n, full reference) go with the pixels.
    const png = pngWithText(new Uint8Array(await blob.arrayBuffer()), svgTextEntries(svgText), scale);
    return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    doc.removeEventListener('securitypolicyviolation', onViolation);
    URL.revokeObjectURL(url);
  }
}

/** How long an image's error waits for the policy violation that would say why (ms). */
const VIOLATION_WAIT_MS = 250;

/** Why a PNG cannot be made on a page whose policy blocks blob: images. */
export const PNG_BLOCKED =
  "this page's Content-Security-Policy does not allow blob: images (img-src blob:), which drawing a PNG needs. Chart (SVG) and Data (CSV) still download";
