/**
 * Fills, text colours and textures of response categories (very, fairly, not, …), for charts
 * that stack or compare the answers to one question. A blue–orange diverging scheme (readable
 * with the common colour-vision deficiencies), grey for "don't know", and a texture on every
 * category but the first of each question, so that meaning never rests on colour alone: in
 * forced colours (Windows High Contrast) and on a greyscale printer, where the colours are
 * gone or close, the textures still tell every response of a stacked bar apart (plain,
 * vertical lines, hatching, cross-hatching, dots).
 *
 * Every colour is a CSS custom property with the default as fallback, so a page can theme it:
 * `--pioneer-response-<response>` (fill) and `--pioneer-response-<response>-text` (the colour
 * of a value label drawn on that fill), e.g. `--pioneer-response-very: #4b0082`.
 */
import { cycle } from './numbers.js';
import { SERIES_COLORS, SERIES_TEXT } from './palette.js';
import { ensureDefs } from './defs.js';
import { svgElement } from './dom.js';
import type { InkStyle } from './texture-ink.js';

/** A texture drawn over a fill: none, vertical lines, diagonal hatching, cross-hatching or dots. */
export type ResponseTexture = 'none' | 'lines' | 'hatch' | 'cross' | 'dots';

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
  fairly: ['#7DB7E0', DARK_TEXT, 'lines'],
  some: ['#7DB7E0', DARK_TEXT, 'lines'],
  not: ['#FDB47A', DARK_TEXT, 'hatch'],
  'not-very': ['#FDB47A', DARK_TEXT, 'hatch'],
  none: ['#FDB47A', DARK_TEXT, 'hatch'],
  'not-at-all': ['#A63603', LIGHT_TEXT, 'cross'],
  hindered: ['#A63603', LIGHT_TEXT, 'cross'],
  'no-effect': ['#DADADA', DARK_TEXT, 'lines'],
  'dont-know': ['#8C8C8C', DARK_TEXT, 'dots'],
};

/**
 * The dark theme's fills where the light one would not contrast 3:1 with the dark background
 * (WCAG 1.4.11; the label on each keeps 4.5:1). The element's stylesheet sets them as
 * `--_response-<id>` under its dark theme: see `darkResponseTokens`.
 */
export const DARK_RESPONSE_FILLS: Record<string, string> = {
  very: '#2B6CB0',
  substantial: '#2B6CB0',
  aided: '#2B6CB0',
  'not-at-all': '#BD4A10',
  hindered: '#BD4A10',
};

/** `--_response-<id>: <dark fill>;` for each response with a dark-theme fill. */
export const darkResponseTokens = Object.entries(DARK_RESPONSE_FILLS).map(([id, fill]) => `--_response-${id}: ${fill};`).join(' ');

/**
 * A channel of the label colour for a fill, in relative colour syntax: 255 (white) where the
 * fill's relative luminance is under 0.2016, else 26 (#1a1a1a): 0.2016 is where the two
 * contrast equally with it, so the label takes the one that contrasts more (sRGB decoded with
 * a 2.2 power, close to the exact curve).
 */
const LABEL_CHANNEL = 'clamp(26, calc((0.2016 - (0.2126 * pow(r / 255, 2.2) + 0.7152 * pow(g / 255, 2.2) + 0.0722 * pow(b / 255, 2.2))) * 100000), 255)';

/** The custom property holding the label colour worked out for a response's fill (see labelContrastRules). */
const labelToken = (id: string): string => `--_pioneer-label-${id}`;

/**
 * CSS for the element: a value label drawn on its segment (one with a `fill`; a label placed
 * after a segment too narrow for it is in the chart's text colour) takes its
 * `--pioneer-response-<id>-text`, else whichever of white and #1a1a1a contrasts more with the fill drawn (a page's own `--pioneer-response-<id>`,
 * or the theme's): a brand palette keeps its labels readable without a `-text` for each. Where
 * relative colours are not supported (and on a server), the default label colour of the
 * renderer's `fill` attribute stands, chosen for the default fill.
 *
 * The colour is worked out once per chart, on the host, into a custom property its labels
 * read: registered as a colour (registerLabelColours), the host's computed colour is what
 * they inherit. Worked out on every label instead, a page of 50 stacked-bar charts took about
 * 0.4 s more of the browser's style work, three times the rest of it (bench/results.md: style
 * recalculation while 50 stacks render).
 */
export const labelContrastRules = (): string => {
  const ids = Object.keys(RESPONSE_STYLES);
  return `@supports (color: rgb(from red r g b)) and (width: calc(pow(2, 2) * 1px)) {
:host { ${ids.map((id) => `${labelToken(id)}: rgb(from ${responseStyle(id).fill} ${LABEL_CHANNEL} ${LABEL_CHANNEL} ${LABEL_CHANNEL});`).join(' ')} }
${ids.map((id) => `svg text.seg-label[fill][data-response='${id}'] { fill: var(--pioneer-response-${id}-text, var(${labelToken(id)})); }`).join('\n')}
}`;
};

/** Windows whose documents have the label colours registered. */
const registered = new WeakSet<object>();

/**
 * Registers labelContrastRules' custom properties as inherited colours in `view`'s documents
 * (once per window; a second copy of the library finds them registered). Unregistered, as
 * where `CSS.registerProperty` is missing, the labels are the same colour, each working it out.
 */
export function registerLabelColours(view: (Window & typeof globalThis) | null | undefined): void {
  const css = view?.CSS;
  if (!view || registered.has(view) || typeof css?.registerProperty !== 'function') return;
  registered.add(view);
  for (const id of Object.keys(RESPONSE_STYLES)) {
    try {
      css.registerProperty({ name: labelToken(id), syntax: '<color>', inherits: true, initialValue: '#1a1a1a' });
    } catch {
      // Registered already (another copy of the library on the page): the same definition.
    }
  }
}

/** The style of a response; unknown responses take a series colour by position. */
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
  const [fill, text, texture] = known ?? [SERIES_COLORS[cycle(index, 8)], SERIES_TEXT[cycle(index, 8)], 'none'];
  const id = idOf(response);
  // A page's colour first; then the theme's (set in the dark theme only); then the default.
  const themed = DARK_RESPONSE_FILLS[response] ? `var(--_response-${id}, ${fill})` : fill;
  return {
    fill: `var(--pioneer-response-${id}, ${themed})`,
    text: `var(--pioneer-response-${id}-text, ${text})`,
    texture,
  };
}

/**
 * The `fill` for a mark of `response` drawn in `svg`: the response's colour, or for a textured
 * response a pattern that paints the colour and the texture together (`<prefix>-<texture>-<id>`,
 * added to the SVG's <defs> on first use), so a textured mark is one element, not a fill and
 * an overlay. `prefix` keeps the ids of several charts inlined in one page apart.
 */
export function responseFill(svg: SVGSVGElement, prefix: string, response: string, index = 0): string {
  const style = responseStyle(response, index);
  if (style.texture === 'none') return style.fill;
  const id = `${prefix}-${style.texture}-${idOf(response)}`;
  const defs = ensureDefs(svg);
  if (!defs.querySelector(`#${id}`)) defs.appendChild(texturePattern(svg.ownerDocument, id, style));
  return `url(#${id})`;
}

/** A response id as it may appear in a custom property or element id. */
const idOf = (response: string) => response.replace(/[^a-z0-9-]/gi, '-');

/** The responses' textures, in their pattern tiles and, on paper, as ink (texture-ink.ts). */
export const RESPONSE_INK: InkStyle = {
  lines: { stroke: '#000', 'stroke-opacity': 0.32, 'stroke-width': 1, fill: 'none' },
  dots: { fill: '#000', 'fill-opacity': 0.4 },
  r: 1.1,
};

/** A 6×6 tile of the response's colour with its texture drawn over it. */
function texturePattern(doc: Document, id: string, style: ResponseStyle): Element {
  const ink = RESPONSE_INK.lines;
  const texture =
    style.texture === 'lines'
      ? svgElement(doc, 'path', { d: 'M3,0 v6', ...ink })
      : style.texture === 'hatch'
      ? svgElement(doc, 'path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', ...ink })
      : style.texture === 'cross'
        ? svgElement(doc, 'path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2', ...ink })
        : svgElement(doc, 'circle', { cx: 3, cy: 3, r: RESPONSE_INK.r, ...RESPONSE_INK.dots });
  return svgElement(doc, 'pattern', { id, class: 'texture', patternUnits: 'userSpaceOnUse', width: 6, height: 6 }, [
    svgElement(doc, 'rect', { class: 'texture-base', width: 6, height: 6, fill: style.fill }),
    texture,
  ]);
}
