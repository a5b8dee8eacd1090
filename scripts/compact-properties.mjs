// The elements' reactive properties declared in one call per class, not a decorator call each
// (rollup.config.mjs, both browser builds). TypeScript writes an element's `@property(…) name` as
//   __decorate([property(…)], Element.prototype, "name", void 0);
// after the class, one statement a property, which minified is still about 40 bytes each
// (`Ts([Vr({type:Boolean})],xc.prototype,"diverging",void 0),`). Lit's property decorator does
// nothing but `Element.createProperty("name", options)` for a field (it returns the descriptor
// of an accessor the class defines itself, which __decorate defines again as it was), and
// `state()` is `property({ state: true, attribute: false })`; so a run of those statements for one
// class becomes
//   __properties(Element, { name: options, … });
// with tslib-trimmed.mjs's __properties calling createProperty for each, in the same order. Any
// other decorator (`query`, `customElement`, a `state` with options) is left as it is.

/** The local names `lit/decorators.js`'s `property` and `state` are imported as in `ast`. */
function decoratorNames(ast) {
  const names = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !/^lit(\/decorators(\.js)?)?$/.test(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && (s.imported.name === 'property' || s.imported.name === 'state')) names.set(s.local.name, s.imported.name);
    }
  }
  return names;
}

/**
 * For a statement `__decorate([property(args)], C.prototype, "name", void 0);`: its class C, the
 * property's name and the options' source text; null for any other statement.
 */
function propertyDeclaration(node, code, names) {
  const call = node.type === 'ExpressionStatement' ? node.expression : null;
  if (call?.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== '__decorate' || call.arguments.length !== 4) return null;
  const [list, target, key, desc] = call.arguments;
  if (list.type !== 'ArrayExpression' || list.elements.length !== 1) return null;
  const decorator = list.elements[0];
  if (decorator?.type !== 'CallExpression' || decorator.callee.type !== 'Identifier' || !names.has(decorator.callee.name)) return null;
  if (target.type !== 'MemberExpression' || target.computed || target.object.type !== 'Identifier' || target.property.name !== 'prototype') return null;
  if (key.type !== 'Literal' || typeof key.value !== 'string') return null;
  if (desc.type !== 'UnaryExpression' || desc.operator !== 'void') return null;
  const args = decorator.arguments;
  if (args.length > 1) return null;
  let options;
  if (names.get(decorator.callee.name) === 'state') {
    if (args.length) return null;
    options = '{ state: true, attribute: false }';
  } else {
    options = args.length ? code.slice(args[0].start, args[0].end) : '{}';
  }
  return { cls: target.object.name, key: key.value, options };
}

/** `code` (a compiled module, parsed by `parse`) with its runs of property decorators as one call each; null where it has none. */
export function compactPropertiesInCode(code, parse) {
  if (!code.includes('__decorate')) return null;
  const ast = parse(code);
  const names = decoratorNames(ast);
  if (!names.size) return null;
  const edits = [];
  let run = null;
  const close = () => {
    if (run && run.entries.length) {
      const props = run.entries.map((e) => `${JSON.stringify(e.key)}: ${e.options}`).join(', ');
      edits.push([run.start, run.end, `__properties(${run.cls}, { ${props} });`]);
    }
    run = null;
  };
  for (const node of ast.body) {
    const d = propertyDeclaration(node, code, names);
    if (!d) {
      close();
      continue;
    }
    if (run && run.cls !== d.cls) close();
    run ??= { cls: d.cls, start: node.start, end: node.end, entries: [] };
    run.entries.push(d);
    run.end = node.end;
  }
  close();
  if (!edits.length) return null;
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return `import { __properties } from 'tslib';\n${out}${code.slice(at)}`;
}

/** The rollup plugin: on each module TypeScript has compiled (so after the typescript plugin). */
export const compactProperties = () => ({
  name: 'compact-properties',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const out = compactPropertiesInCode(code, (c) => this.parse(c));
    return out == null ? null : { code: out, map: null };
  },
});
