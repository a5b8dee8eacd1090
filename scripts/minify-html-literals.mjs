// The markup inside Lit's html`…` literals, its indentation taken out in the embed bundle
// (terser leaves template text alone): used by rollup.config.mjs for dist/pioneer-viz.js alone.
// Not for the module build or the hydration bundle: Lit's hydration checks a server-rendered
// template against the client's by a digest of its text, so theirs stay as the server's.

import { chunkMinifier, taggedTemplates, withEdits } from './tagged-templates.mjs';

/**
 * Elements whose edges end a line: whitespace beside their tags is at a line's start or end (or
 * between table parts, list items, options, SVG shapes), and is never drawn.
 */
const BLOCK = new Set(
  'div p ul ol li table caption colgroup col thead tbody tfoot tr th td figure figcaption option optgroup hr h1 h2 h3 h4 h5 h6 section header footer nav form fieldset legend dl dt dd details summary g path rect line circle ellipse polyline polygon defs clippath use'.split(' '),
);
/** Elements laid out as a box of their own: whitespace just inside their tags is not drawn, but beside them it is. */
const INNER = new Set(['button', 'select', 'svg']);
const PART = '\u0000';

/** The tag just before `at` in `text` (which ends with '>'): [name, closing]. */
const tagBefore = (text, at) => {
  const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(text.lastIndexOf('<', at)));
  return m ? [m[2].toLowerCase(), !!m[1]] : null;
};
const tagAfter = (text, at) => {
  const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(at));
  return m ? [m[2].toLowerCase(), !!m[1]] : null;
};

/**
 * A template's text (its parts marked by PART) with comments out, each run of whitespace
 * holding a line break made nothing where it is beside a block's edge, else one space (which
 * white-space: normal, set on every element's figure or root, draws as the run was drawn), and
 * the quotes off each attribute value of letters, digits and dashes alone (the same value to
 * the HTML parser; a value with a part in it keeps them).
 */
export const minifyMarkup = (text) =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\n\s*/g, (run, at, all) => {
      const end = at + run.length;
      const before = all[at - 1] === '>' ? tagBefore(all, at - 1) : null;
      const after = all[end] === '<' ? tagAfter(all, end) : null;
      const edge =
        (before && (BLOCK.has(before[0]) || (!before[1] && INNER.has(before[0])))) ||
        (after && (BLOCK.has(after[0]) || (after[1] && INNER.has(after[0]))));
      return edge ? '' : ' ';
    })
    .replace(/<[a-zA-Z][^<>]*/g, (tag) => tag.replace(/(\s[\w-]+)="([\w-]+)"(?=\s|$)/g, '$1=$2'));


/**
 * `code` (built JavaScript, parsed by `parse` into an ESTree AST with node offsets) with the text
 * of each html`…` template minified by minifyMarkup.
 * Returns null where nothing changed.
 */
export function minifyHtmlInCode(code, parse) {
  const edits = [];
  const templates = taggedTemplates(parse(code));
  const textOf = (node) => node.quasi.quasis.map((q) => q.value.raw).join(PART);
  // Lit's html (renamed in a bundle) is the tag of the templates that are markup; its templates
  // of parts alone (no tag of their own) are markup too.
  const tags = new Set(templates.filter((n) => n.tag.type === 'Identifier' && /<\/?[a-zA-Z]/.test(textOf(n))).map((n) => n.tag.name));
  for (const node of templates) {
    if (node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) continue;
    const quasis = node.quasi.quasis;
    const text = textOf(node);
    const out = minifyMarkup(text).split(PART);
    if (out.length !== quasis.length) throw new Error('minify-html-literals: a part was lost');
    quasis.forEach((q, i) => {
      if (out[i] !== q.value.raw) edits.push([q.start, q.end, out[i]]);
    });
  }
  return withEdits(code, edits);
}

/** The rollup plugin: on each compiled chunk, before terser. */
export const minifyHtmlLiterals = () => chunkMinifier('minify-html-literals', minifyHtmlInCode);
