/**
 * A texture drawn as lines and dots of its own, for paper. On screen a textured mark is one
 * element filled with a `<pattern>` (response-style.ts, compare.ts); printed to PDF, Chromium
 * paints every pattern-filled mark as a page-sized bitmap (one stacked-bar chart: 51 bitmaps,
 * a 6 MB file, blurred when zoomed). Drawn for paper, a mark is filled with its plain colour
 * and its texture is this path data over it: vector lines, a few KB.
 *
 * The geometry is the pattern's: a 6 px tile anchored at the origin of the marks' user space,
 * so the texture of neighbouring marks lines up as the pattern's does.
 * - `lines`: vertical lines at x = 3 (mod 6);
 * - `hatch`: diagonals x + y = 0 (mod 6);
 * - `cross`: those and x − y = 0 (mod 6);
 * - `dots`: a dot of radius r at (3, 3) (mod 6), wherever its centre lies in the box.
 */
import type { ResponseTexture } from './response-style.js';
import { attr, join, svgElement } from './dom.js';

/** Path data of a texture over a box: strokes (lines, hatching) and filled dots. */
export interface TextureInk {
  /** Line segments, to stroke ("M x,y L x,y" each); empty for dots and for no texture. */
  lines: string;
  /** Circles, to fill; empty but for dots. */
  dots: string;
}

const TILE = 6;
const round = (v: number) => Math.round(v * 100) / 100;

/** The path data of `texture` over the box (x, y, w, h), dots of radius `r` (whole dots only: the pattern cuts the others at the box's edge, ink would spill over it). */
export function textureInk(texture: ResponseTexture, x: number, y: number, w: number, h: number, r = 1.1): TextureInk {
  if (!(w > 0 && h > 0) || texture === 'none') return { lines: '', dots: '' };
  const x1 = x + w;
  const y1 = y + h;
  let lines = '';
  let dots = '';
  const segment = (ax: number, ay: number, bx: number, by: number) => {
    lines += `M${round(ax)},${round(ay)}L${round(bx)},${round(by)}`;
  };
  if (texture === 'lines') {
    for (let k = Math.ceil((x - 3) / TILE); 3 + k * TILE <= x1; k++) segment(3 + k * TILE, y, 3 + k * TILE, y1);
  }
  if (texture === 'hatch' || texture === 'cross') {
    // x + y = c: from its left end to its right end inside the box.
    for (let c = Math.ceil((x + y) / TILE) * TILE; c <= x1 + y1; c += TILE) {
      const lo = Math.max(x, c - y1);
      const hi = Math.min(x1, c - y);
      if (hi > lo) segment(lo, c - lo, hi, c - hi);
    }
  }
  if (texture === 'cross') {
    // x − y = c.
    for (let c = Math.ceil((x - y1) / TILE) * TILE; c <= x1 - y; c += TILE) {
      const lo = Math.max(x, y + c);
      const hi = Math.min(x1, y1 + c);
      if (hi > lo) segment(lo, lo - c, hi, hi - c);
    }
  }
  if (texture === 'dots') {
    for (let i = Math.ceil((x + r - 3) / TILE); 3 + i * TILE + r <= x1; i++) {
      for (let j = Math.ceil((y + r - 3) / TILE); 3 + j * TILE + r <= y1; j++) {
        const cx = 3 + i * TILE;
        const cy = 3 + j * TILE;
        dots += `M${round(cx - r)},${cy}a${r},${r} 0 1,0 ${round(2 * r)},0a${r},${r} 0 1,0 ${round(-2 * r)},0`;
      }
    }
  }
  return { lines, dots };
}

/**
 * The look of a family of textures, one for the pattern tile (screen) and the ink (paper):
 * attributes of the stroked lines and of the filled dots, and the dots' radius.
 */
export interface InkStyle {
  lines: Readonly<Record<string, string | number>>;
  dots: Readonly<Record<string, string | number>>;
  r: number;
}

/**
 * The attribute a paper draw leaves on its SVG: the SVG holds ink, which its next screen draw
 * takes away. An attribute, not a note kept in script, so that it survives serialising: a static
 * page is drawn for paper on the server (it prints with no script to redraw it), and the
 * hydrated element's first screen draw then puts its patterns back.
 */
export const INKED_ATTRIBUTE = 'data-inked';

/**
 * Whether a draw of `svg` handles ink: drawn for paper, or for the screen after a paper draw
 * (to take its ink away). A screen draw of a chart never printed skips the ink altogether.
 */
export function inkedDraw(svg: SVGSVGElement, paper: boolean): boolean {
  const inked = paper || svg.hasAttribute(INKED_ATTRIBUTE);
  if (paper) svg.setAttribute(INKED_ATTRIBUTE, '');
  else if (inked) svg.removeAttribute(INKED_ATTRIBUTE);
  return inked;
}

/**
 * Draws `ink` in `parent` as up to two paths of class `className` (its lines, its dots), just
 * before `before` (the marks' labels, which stay readable over it; null: at the end). No ink
 * (null, or a mark without texture) removes them. The paths take no pointer (the mark under
 * them does) and, like the marks' texture, say nothing to assistive technology.
 */
export function drawTextureInk(parent: Element, className: string, ink: TextureInk | null, before: Element | null, style: InkStyle): void {
  const parts: { kind: 'lines' | 'dots'; d: string }[] = [];
  if (ink?.lines) parts.push({ kind: 'lines', d: ink.lines });
  if (ink?.dots) parts.push({ kind: 'dots', d: ink.dots });
  const nodes = join(parent, className, parts, (p) => p.kind, inkPrototype(className), (node, p) => {
    attr(node, 'd', p.d);
    const own = style[p.kind];
    for (const name in own) attr(node, name, own[name]);
  });
  for (let i = nodes.length - 1; i >= 0; i--) {
    const next = nodes[i + 1] ?? before;
    if (nodes[i].nextSibling !== next && (next === null || next.parentNode === parent)) parent.insertBefore(nodes[i], next);
  }
}

const inkPrototype = (className: string) => (doc: Document) => svgElement(doc, 'path', { class: className, 'pointer-events': 'none', 'aria-hidden': 'true' });
