// What the two minifiers of template text (minify-css-literals.mjs, minify-html-literals.mjs)
// share: finding tagged templates in built JavaScript and putting edited text back in it.

/** Every tagged template (`tag`…``) in an ESTree AST, outermost first. */
export function taggedTemplates(ast) {
  const found = [];
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression') found.push(node);
    for (const key in node) {
      const v = node[key];
      if (Array.isArray(v)) for (const c of v) walk(c);
      else if (v && typeof v.type === 'string') walk(v);
    }
  };
  walk(ast);
  return found;
}

/** `code` with each [start, end, text] edit made (offsets into `code`); null where there is none. */
export function withEdits(code, edits) {
  if (!edits.length) return null;
  let out = '';
  let at = 0;
  for (const [start, end, raw] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + raw;
    at = end;
  }
  return out + code.slice(at);
}

/** A rollup plugin running `minify(code, parse)` on each compiled chunk, before terser. */
export const chunkMinifier = (name, minify) => ({
  name,
  renderChunk(code) {
    const out = minify(code, (c) => this.parse(c));
    return out == null ? null : { code: out, map: null };
  },
});
