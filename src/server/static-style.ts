/**
 * A server-side stand-in for getComputedStyle, for a chart drawn on a DOM without layout or
 * CSS (linkedom). It applies the element's own shadow styles (the shared chart styles and the
 * element's), as a browser would for a page with no theme set: `var(--x, fallback)` takes the
 * value the `:host` rule defines for `--x`, else the fallback (no `--pioneer-…` property is set
 * on a server); a bare `@media screen` block applies (the file is the screen's drawing, as the
 * element's download: narrow, its item labels' halos), other @media blocks (dark, print, forced
 * colours, reduced motion) and states (:hover, :focus, .focused) do not. Cascade: the style
 * attribute, then the matching `svg …` rules by specificity and order, then presentation
 * attributes, then inheritance.
 */

/** The properties the SVG export inlines (see export/svg-export.ts), plus what it asks for. */
const INHERITED = new Set([
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'paint-order', 'fill-opacity', 'font-size', 'font-weight', 'font-family',
  'text-anchor', 'dominant-baseline', 'visibility', 'color',
]);
const INITIAL: Record<string, string> = {
  fill: '#000000', stroke: 'none', 'stroke-width': '1px', 'stroke-dasharray': 'none', 'stroke-linejoin': 'miter', 'paint-order': 'normal', opacity: '1', 'fill-opacity': '1',
  'font-size': '14px', 'font-weight': '400', 'font-family': 'sans-serif', 'text-anchor': 'start',
  'dominant-baseline': 'auto', display: 'inline', visibility: 'visible', color: '#000000',
};
/** Attributes that are also CSS properties on SVG elements. */
const PRESENTATION = new Set(Object.keys(INITIAL).filter((p) => p !== 'color'));

interface Rule {
  selector: string;
  specificity: number;
  order: number;
  decls: Map<string, string>;
}

export interface ChartStyleSheet {
  /** Custom properties the `:host` rule defines (light theme). */
  vars: Map<string, string>;
  /** Declarations of the `figure` rule (font, colour): what the SVG inherits. */
  figure: Map<string, string>;
  /** Rules that reach into the chart's SVG. */
  rules: Rule[];
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Splits at `sep` outside parentheses and quotes. */
function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === sep && depth === 0) { out.push(text.slice(start, i)); start = i + 1; }
  }
  out.push(text.slice(start));
  return out;
}

function declarations(block: string): Map<string, string> {
  const decls = new Map<string, string>();
  for (const part of splitTop(block, ';')) {
    const i = part.indexOf(':');
    if (i < 0) continue;
    const prop = part.slice(0, i).trim();
    const value = part.slice(i + 1).replace(/!important/i, '').trim();
    if (prop && value) decls.set(prop.startsWith('--') ? prop : prop.toLowerCase(), value);
  }
  return decls;
}

function specificity(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!not\()[\w-]+/g) ?? []).length;
  const types = (selector.replace(/\[[^\]]*\]|\([^)]*\)/g, '').match(/(^|[\s>+~(])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

/** Parses the element's shadow CSS into what the chart's SVG needs. */
export function parseChartStyles(cssText: string): ChartStyleSheet {
  const sheet: ChartStyleSheet = { vars: new Map(), figure: new Map(), rules: [] };
  let order = 0;
  const parse = (css: string): void => {
    let i = 0;
    while (i < css.length) {
      const open = css.indexOf('{', i);
      if (open < 0) break;
      const prelude = css.slice(i, open).trim();
      // Find the matching close brace (blocks nest inside @media).
      let depth = 1;
      let j = open + 1;
      for (; j < css.length && depth > 0; j++) {
        if (css[j] === '{') depth++;
        else if (css[j] === '}') depth--;
      }
      const block = css.slice(open + 1, j - 1);
      i = j;
      if (prelude.startsWith('@')) {
        if (/^@media\s+screen$/i.test(prelude)) parse(block);
        continue;
      }
      const decls = declarations(block);
      for (const raw of splitTop(prelude, ',')) {
        const selector = raw.trim().replace(/\s+/g, ' ');
        if (selector === ':host') for (const [k, v] of decls) if (k.startsWith('--')) sheet.vars.set(k, v);
        if (selector === 'figure') for (const [k, v] of decls) sheet.figure.set(k, v);
        if (!/^svg(\s|$|[.:[#])/.test(selector) || /:hover|:focus|\.focused|::/.test(selector)) continue;
        sheet.rules.push({ selector, specificity: specificity(selector), order: order++, decls });
      }
    }
  };
  parse(stripComments(cssText));
  return sheet;
}

/** Resolves `var(--x, fallback)` (nested too) against the sheet's custom properties. */
export function resolveVars(value: string, vars: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 10) return value;
  const at = value.indexOf('var(');
  if (at < 0) return value;
  let level = 0;
  let end = at + 3;
  for (; end < value.length; end++) {
    if (value[end] === '(') level++;
    else if (value[end] === ')' && --level === 0) break;
  }
  const inner = value.slice(at + 4, end);
  const comma = splitTop(inner, ',');
  const name = comma[0].trim();
  const fallback = comma.length > 1 ? inner.slice(inner.indexOf(',') + 1).trim() : '';
  const defined = vars.get(name);
  const replacement = resolveVars(defined ?? fallback, vars, depth + 1);
  return resolveVars(value.slice(0, at) + replacement + value.slice(end + 1), vars, depth + 1);
}

function parseStyleAttribute(text: string | null): Map<string, string> {
  return text ? declarations(text) : new Map();
}

/** A font size in px from a value relative to the parent's. */
function toPx(value: string, parentPx: number): string {
  const m = /^(-?[\d.]+)(px|em|rem|%)?$/.exec(value.trim());
  if (!m) return `${parentPx}px`;
  const n = Number(m[1]);
  const px = m[2] === 'em' ? n * parentPx : m[2] === 'rem' ? n * 14 : m[2] === '%' ? (n / 100) * parentPx : n;
  return `${Math.round(px * 1000) / 1000}px`;
}

/** The subset of CSSStyleDeclaration that the renderers and the SVG export read. */
export interface StaticComputedStyle {
  getPropertyValue(property: string): string;
  readonly display: string;
  readonly visibility: string;
  readonly fontFamily: string;
  readonly fontSize: string;
}

/**
 * A getComputedStyle for elements inside `root` (the chart's SVG). Results are cached until
 * the returned function's `reset()` is called (call it after drawing, before exporting).
 */
export function createComputedStyle(sheet: ChartStyleSheet, root: Element) {
  let matched: Map<Element, Rule[]> | null = null;
  let cache = new Map<Element, Map<string, string>>();
  const base = new Map<string, string>();
  const figureFont = sheet.figure.get('font-family');
  const figureSize = sheet.figure.get('font-size');
  const figureColor = sheet.figure.get('color');
  base.set('font-family', figureFont ? resolveVars(figureFont, sheet.vars) : INITIAL['font-family']);
  base.set('font-size', toPx(figureSize ? resolveVars(figureSize, sheet.vars) : '14px', 16));
  base.set('color', figureColor ? resolveVars(figureColor, sheet.vars) : INITIAL.color);

  const rulesOf = (el: Element): Rule[] => {
    if (!matched) {
      matched = new Map();
      const scope = root.parentNode as ParentNode | null;
      for (const rule of sheet.rules) {
        let hits: Element[] = [];
        try {
          hits = [...(scope ?? root).querySelectorAll(rule.selector)];
        } catch {
          continue; // a selector the server DOM cannot evaluate
        }
        for (const hit of hits) {
          const list = matched.get(hit) ?? [];
          list.push(rule);
          matched.set(hit, list);
        }
      }
      for (const list of matched.values()) list.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
    }
    return matched.get(el) ?? [];
  };

  const computeAll = (el: Element): Map<string, string> => {
    const hit = cache.get(el);
    if (hit) return hit;
    const inside = el === root || root.contains(el);
    const parent = el !== root && inside ? el.parentElement : null;
    const parentStyle = parent ? computeAll(parent) : base;
    const out = new Map<string, string>();
    const style = parseStyleAttribute(el.getAttribute('style'));
    const rules = inside ? rulesOf(el) : [];
    for (const prop of Object.keys(INITIAL)) {
      let value: string | undefined = style.get(prop);
      if (value === undefined) {
        for (let k = rules.length - 1; k >= 0; k--) {
          const v = rules[k].decls.get(prop);
          if (v !== undefined) { value = v; break; }
        }
      }
      if (value === undefined && PRESENTATION.has(prop) && el.hasAttribute(prop)) value = el.getAttribute(prop) ?? undefined;
      if (value !== undefined) value = resolveVars(value, sheet.vars).trim();
      if (value === undefined || value === '' || value === 'inherit') {
        value = INHERITED.has(prop) || value === 'inherit' ? parentStyle.get(prop) ?? INITIAL[prop] : INITIAL[prop];
      }
      if (/^currentcolor$/i.test(value)) value = parentStyle.get('color') ?? base.get('color')!;
      if (prop === 'font-size') value = toPx(value, parseFloat(parentStyle.get('font-size') ?? '14'));
      out.set(prop, value);
    }
    cache.set(el, out);
    return out;
  };

  const getComputedStyle = (el: Element): StaticComputedStyle => {
    const all = computeAll(el);
    return {
      getPropertyValue: (p: string) => all.get(p) ?? '',
      display: all.get('display')!,
      visibility: all.get('visibility')!,
      fontFamily: all.get('font-family')!,
      fontSize: all.get('font-size')!,
    };
  };
  return Object.assign(getComputedStyle, {
    reset(): void {
      matched = null;
      cache = new Map();
    },
  });
}
