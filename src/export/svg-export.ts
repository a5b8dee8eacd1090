/**
 * Standalone SVG of a drawn chart: styles that come from CSS (custom properties, shadow
 * styles) are resolved to attributes, and the title, source line and base n are drawn
 * inside the image, so the file opens the same in a vector editor or a slide.
 */
import { wrapText } from '../renderers/shared/text-width.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'paint-order', 'opacity', 'fill-opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline'] as const;

export interface SvgExportOptions {
  title: string;
  /** e.g. "Source: PIRU key informant survey 2019, Table 5.1; base 64" */
  source: string;
  /** Notes under the source line (e.g. why a year has no value), each wrapped to the width. */
  notes?: readonly string[];
  /** Font family written into the file; default the chart's computed font. */
  fontFamily?: string;
}

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
    const v = cs.getPropertyValue(p);
    own.set(p, v);
    const write = !v ? false : !INHERITED.has(p) ? v !== '1' : parent ? parent.get(p) !== v : v !== 'normal' && v !== 'auto';
    if (write) to.setAttribute(p, v);
    else to.removeAttribute(p);
  }
  if (cs.display === 'none' || cs.visibility === 'hidden') to.setAttribute('display', 'none');
  to.removeAttribute('class');
  // Inline style attributes hold CSS variables; their computed values were copied above.
  to.removeAttribute('style');
  to.removeAttribute('tabindex');
  const fromKids = from.children;
  const toKids = to.children;
  for (let i = 0; i < fromKids.length; i++) inlineStyles(fromKids[i], toKids[i], view, own);
}

/** A length for an attribute: at most two decimals (11.2, not 11.200000000000001). */
const num = (v: number) => String(Math.round(v * 100) / 100);

/** Builds a self-contained SVG document string from a drawn chart SVG. */
export function chartToSvg(svg: SVGSVGElement, options: SvgExportOptions): string {
  const doc = svg.ownerDocument;
  const view = doc.defaultView!;
  const [, , w, h] = (svg.getAttribute('viewBox') ?? `0 0 ${svg.clientWidth} ${svg.clientHeight}`).split(/\s+/).map(Number);
  const font = options.fontFamily ?? view.getComputedStyle(svg).fontFamily ?? 'sans-serif';
  const fontSize = parseFloat(view.getComputedStyle(svg).fontSize) || 14;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, view, null);
  const lineH = fontSize * 1.4;
  const noteSize = fontSize * 0.8;
  const noteLines = (options.notes ?? []).flatMap((n) => wrapText(n, w, noteSize));
  const top = lineH * 1.6;
  const bottom = lineH * (1.4 + noteLines.length);
  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(Math.ceil(h + top + bottom)));
  out.setAttribute('viewBox', `0 0 ${w} ${Math.ceil(h + top + bottom)}`);
  out.setAttribute('font-family', font);
  out.setAttribute('font-size', String(fontSize));
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.appendChild(bg);
  const text = (content: string, y: number, attrs: Record<string, string> = {}) => {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', '0');
    t.setAttribute('y', num(y));
    t.setAttribute('fill', attrs.fill ?? '#1a1a1a');
    for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
    t.textContent = content;
    out.appendChild(t);
    return t;
  };
  const title = text(options.title, fontSize * 1.2, { 'font-weight': '600', 'font-size': num(fontSize * 1.1) });
  title.setAttribute('class', 'export-title');
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(0,${num(top)})`);
  clone.removeAttribute('role');
  clone.removeAttribute('aria-roledescription');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  g.appendChild(clone);
  out.appendChild(g);
  const source = text(options.source, top + h + lineH, { fill: '#404040', 'font-size': num(fontSize * 0.85) });
  source.setAttribute('class', 'export-source');
  noteLines.forEach((n, i) => text(n, top + h + lineH * (2 + i), { fill: '#404040', 'font-size': num(noteSize), class: 'export-note' }));
  // The window's serializer: a server-side DOM (linkedom, see src/server/) brings its own.
  const Serializer = (view as Window & { XMLSerializer?: typeof XMLSerializer }).XMLSerializer ?? XMLSerializer;
  const xml = new Serializer().serializeToString(out);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** Rasterises an SVG string to a PNG blob at `scale` × its size (2 = retina). */
export async function svgToPng(svgText: string, scale = 2, doc: Document = document): Promise<Blob> {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svgText);
  const width = m ? Number(m[1]) : 800;
  const height = m ? Number(m[2]) : 600;
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be rasterised'));
      img.src = url;
    });
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
