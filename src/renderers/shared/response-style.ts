/**
 * Fills, text colours and textures of response categories (very, fairly, not, …), for charts
 * that stack or compare the answers to one question. A blue–orange diverging scheme (readable
 * with the common colour-vision deficiencies), grey for "don't know", and a texture on the
 * negative and "don't know" categories so that meaning never rests on colour alone.
 *
 * Every colour is a CSS custom property with the default as fallback, so a page can theme it:
 * `--pioneer-response-<response>` (fill) and `--pioneer-response-<response>-text` (the colour
 * of a value label drawn on that fill), e.g. `--pioneer-response-very: #4b0082`.
 */
import { OKABE_ITO } from './palette.js';
import { ensureDefs } from './defs.js';

/** A texture drawn over a fill: none, diagonal hatching, cross-hatching or dots. */
export type ResponseTexture = 'none' | 'hatch' | 'cross' | 'dots';

export interface ResponseStyle {
  /** Fill, as `var(--pioneer-response-<id>, default)`. */
  fill: string;
  /** Colour of a label drawn on the fill, as `var(--pioneer-response-<id>-text, default)`. */
  text: string;
  texture: ResponseTexture;
}

const DARK_TEXT = '#1a1a1a';
const LIGHT_TEXT = '#ffffff';

/** Default fill, label colour and texture per response id. */
export const RESPONSE_STYLES: Record<string, readonly [fill: string, text: string, texture: ResponseTexture]> = {
  very: ['#08519C', LIGHT_TEXT, 'none'],
  substantial: ['#08519C', LIGHT_TEXT, 'none'],
  aided: ['#08519C', LIGHT_TEXT, 'none'],
  'substantial-or-some': ['#2B6CB0', LIGHT_TEXT, 'none'],
  fairly: ['#7DB7E0', DARK_TEXT, 'none'],
  some: ['#7DB7E0', DARK_TEXT, 'none'],
  not: ['#FDB47A', DARK_TEXT, 'hatch'],
  'not-very': ['#FDB47A', DARK_TEXT, 'hatch'],
  none: ['#FDB47A', DARK_TEXT, 'hatch'],
  'not-at-all': ['#A63603', LIGHT_TEXT, 'cross'],
  hindered: ['#A63603', LIGHT_TEXT, 'cross'],
  'no-effect': ['#DADADA', DARK_TEXT, 'none'],
  'dont-know': ['#A8A8A8', DARK_TEXT, 'dots'],
};

/** The style of a response; unknown responses take an Okabe–Ito colour by position. */
export function responseStyle(response: string, index = 0): Readonly<ResponseStyle> {
  const cacheKey = RESPONSE_STYLES[response] ? response : `${response}\u0000${index}`;
  let style = styles.get(cacheKey);
  if (!style) styles.set(cacheKey, (style = Object.freeze(styleOf(response, index))));
  return style;
}

/** Styles built so far (a chart asks for the same few on every segment and redraw). */
const styles = new Map<string, Readonly<ResponseStyle>>();

function styleOf(response: string, index: number): ResponseStyle {
  const known = RESPONSE_STYLES[response];
  const [fill, text, texture] = known ?? [OKABE_ITO[index % OKABE_ITO.length], index % 8 === 6 ? LIGHT_TEXT : DARK_TEXT, 'none'];
  const id = response.replace(/[^a-z0-9-]/gi, '-');
  return {
    fill: `var(--pioneer-response-${id}, ${fill})`,
    text: `var(--pioneer-response-${id}-text, ${text})`,
    texture,
  };
}

/**
 * Pattern definitions for the textures, added once to the SVG's <defs> under ids
 * `<prefix>-hatch`, `<prefix>-cross`, `<prefix>-dots`. Uses the SVG's own document.
 */
export function ensureTextures(svg: SVGSVGElement, prefix: string): void {
  const doc = svg.ownerDocument;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = ensureDefs(svg);
  const make = (name: Exclude<ResponseTexture, 'none'>, draw: (p: Element) => void) => {
    const id = `${prefix}-${name}`;
    if (defs.querySelector(`#${id}`)) return;
    const p = doc.createElementNS(ns, 'pattern');
    p.setAttribute('id', id);
    p.setAttribute('patternUnits', 'userSpaceOnUse');
    p.setAttribute('width', '6');
    p.setAttribute('height', '6');
    draw(p);
    defs.appendChild(p);
  };
  const line = (p: Element, d: string) => {
    const path = doc.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    path.setAttribute('stroke', '#000');
    path.setAttribute('stroke-opacity', '0.32');
    path.setAttribute('stroke-width', '1');
    path.setAttribute('fill', 'none');
    p.appendChild(path);
  };
  make('hatch', (p) => line(p, 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2'));
  make('cross', (p) => line(p, 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2'));
  make('dots', (p) => {
    const c = doc.createElementNS(ns, 'circle');
    c.setAttribute('cx', '3');
    c.setAttribute('cy', '3');
    c.setAttribute('r', '1.1');
    c.setAttribute('fill', '#000');
    c.setAttribute('fill-opacity', '0.4');
    p.appendChild(c);
  });
}

/** The `fill` of a texture overlay, or `none`. */
export const textureFill = (texture: ResponseTexture, prefix: string): string =>
  texture === 'none' ? 'none' : `url(#${prefix}-${texture})`;
