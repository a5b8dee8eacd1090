// The CSS inside Lit's css`…` literals, minified in built JavaScript (terser and esbuild leave
// template text alone): used by rollup.config.mjs for its bundles and by build-node.mjs for the
// hydration bundle, which esbuild builds.

import { chunkMinifier, taggedTemplates, withEdits } from './tagged-templates.mjs';

/**
 * Minifies the CSS of a stylesheet's text: comments out, whitespace collapsed and dropped around
 * braces, semicolons, commas and combinators. A space before ':' is kept (it is a descendant
 * combinator in a selector), as are spaces around + and - (calc()); quoted strings (a generated
 * `content: ': '`, which printed "2019:44%") are left alone.
 */
const minifyRules = (css) =>
  css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
// Comments first (their apostrophes are no quotes), then the text between quoted strings.
const minify = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) => (i % 2 ? part : minifyRules(part)))
    .join('');


/**
 * `code` (built JavaScript, parsed by `parse` into an ESTree AST with node offsets) with the text
 * of each tagged template that is a stylesheet minified: its text holds rules (braces with a
 * colon inside) and no markup (no '<' outside comments: a rule's comment may name an element,
 * "<button>"), or is declarations alone (a theme's custom properties, put inside a rule by
 * interpolation). Lit's `css` is renamed in a bundle, so stylesheets are told by their text.
 * Interpolations are left alone. Returns null where nothing changed.
 */
export function minifyCssInCode(code, parse) {
  const edits = [];
  for (const node of taggedTemplates(parse(code))) {
    const quasis = node.quasi.quasis;
    const text = quasis.map((q) => q.value.raw).join('');
    const bare = text.replace(/\/\*[\s\S]*?\*\//g, '');
    if (bare.includes('<') || !(/\{[^}]*:[^}]*\}/.test(text) || /^\s*(?:[\w-]+\s*:[^;{}<>`]*;\s*)+$/.test(bare))) continue;
    quasis.forEach((q, i) => {
      let raw = minify(q.value.raw);
      if (i === 0) raw = raw.trimStart();
      if (i === quasis.length - 1) raw = raw.trimEnd();
      edits.push([q.start, q.end, raw]);
    });
  }
  return withEdits(code, edits);
}

/** The rollup plugin: on each compiled chunk, before terser. */
export const minifyCssLiterals = () => chunkMinifier('minify-css-literals', minifyCssInCode);
