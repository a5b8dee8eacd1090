// Custom Elements Manifest settings (`npm run analyze`). The analyser reads the TypeScript
// sources, but the manifest is published for tools that import what it names (IDE plugins that
// add imports, catalogue sites, Storybook), and its schema says a module's `path` is the
// JavaScript file to import. So after analysis each module is named by the built file that
// exports it:
// - an element's module, src/components/<tag>/<tag>.ts, by its entry dist/components/<tag>.js;
// - the shared base classes (PioneerChart, AttributeProblem) by the root entry, dist/index.js,
//   which exports them;
// - helpers that no entry exports (styles, filter-bar internals) are left out: nothing outside
//   the package can import them, and each element already lists what it inherits.
// References to a module (superclass, inheritedFrom, declaration) follow the same mapping; a
// reference to a left-out module keeps its name without a module. scripts/check-exports.mjs
// checks the result against the build.
import { readFileSync } from 'node:fs';

const ROOT = 'dist/index.js';

/** The names src/index.ts exports as values (types are not in the manifest). */
function rootExports() {
  const names = new Set();
  const source = readFileSync('src/index.ts', 'utf8');
  for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of list.split(',')) {
      const spec = part.trim();
      if (!spec || spec.startsWith('type ')) continue;
      names.add(spec.split(/\s+as\s+/).pop().trim());
    }
  }
  return names;
}

/** The analyser's source path, cleaned of the forms it sometimes writes ('/src/…/x.js'). */
const sourcePath = (path) => path.replace(/^\//, '').replace(/\.js$/, '.ts');

/** The JavaScript files package.json "exports" publishes. */
const entries = new Set(
  Object.values(JSON.parse(readFileSync('package.json', 'utf8')).exports)
    .map((t) => (typeof t === 'string' ? t : t.default))
    // (An entry of types only, `pioneer-viz/jsx`, has no file to run.)
    .filter((path) => path != null)
    .map((path) => path.replace(/^\.\//, '')),
);

/** The built entry an element module is published as, if there is one. */
function elementEntry(path) {
  const m = /^src\/components\/([\w-]+)\/\1\.ts$/.exec(path);
  return m && entries.has(`dist/components/${m[1]}.js`) ? `dist/components/${m[1]}.js` : null;
}

function publishedPaths() {
  return {
    name: 'pioneer-viz:published-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const root = rootExports();
      /** Where a declaration named `name` of source module `path` can be imported from. */
      const resolve = (path, name) => {
        const p = sourcePath(path);
        return elementEntry(p) ?? (p.startsWith('src/') && root.has(name) ? ROOT : null);
      };
      const fixReferences = (node) => {
        if (Array.isArray(node)) return node.forEach(fixReferences);
        if (!node || typeof node !== 'object') return;
        if (typeof node.module === 'string' && typeof node.name === 'string') {
          const to = resolve(node.module, node.name);
          if (to) node.module = to;
          else delete node.module;
        }
        for (const value of Object.values(node)) fixReferences(value);
      };
      const modules = [];
      const rootModule = { kind: 'javascript-module', path: ROOT, declarations: [], exports: [] };
      for (const mod of manifest.modules) {
        const path = sourcePath(mod.path);
        const entry = elementEntry(path);
        if (entry) {
          modules.push({ ...mod, path: entry });
          continue;
        }
        // A shared module: only what the root entry exports is kept, as part of that entry.
        for (const d of mod.declarations ?? []) {
          if (root.has(d.name)) rootModule.declarations.push(d);
        }
        for (const e of mod.exports ?? []) {
          if (e.kind === 'js' && root.has(e.name)) rootModule.exports.push(e);
        }
      }
      if (rootModule.declarations.length) modules.push(rootModule);
      fixReferences(modules);
      manifest.modules = modules;
    },
  };
}

/**
 * Leaves out of an element's entry the inherited API its class comment lists as unused, e.g.
 * `@unusedInherited mode, height, plot` on `<pioneer-table>`, which is always a table at the
 * height of its rows: documented, they would be attributes, parts, custom properties and events
 * that do nothing (it has no marks to select, no tooltip to colour).
 */
function unusedInherited() {
  return {
    name: 'pioneer-viz:unused-inherited',
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules) {
        const source = sourcePath(mod.path);
        if (!source.startsWith('src/')) continue;
        const text = readFileSync(source, 'utf8');
        for (const d of mod.declarations ?? []) {
          const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:@\\w+\\([^)]*\\)\\s*)*export class ${d.name}\\b`).exec(text)?.[1] ?? '';
          const listed = /@unusedInherited\s+([^\n*]+)/.exec(doc)?.[1];
          if (!listed) continue;
          const names = new Set(listed.split(/[\s,]+/).filter(Boolean));
          // An attribute's property goes with it (`print-table` is the field `printTable`).
          for (const a of d.attributes ?? []) if (names.has(a.name) && a.fieldName) names.add(a.fieldName);
          const keep = (x) => !(x.inheritedFrom && names.has(x.name));
          d.attributes = d.attributes?.filter(keep);
          d.members = d.members?.filter(keep);
          d.cssParts = d.cssParts?.filter((p) => !names.has(p.name));
          d.cssProperties = d.cssProperties?.filter((p) => !names.has(p.name));
          d.events = d.events?.filter((e) => !names.has(e.name));
        }
      }
    },
  };
}

/**
 * Writes an optional property's type once `| undefined`: the sources say it (so that an app under
 * exactOptionalPropertyTypes can unset the property) and the analyser adds its own for the `?`.
 */
function singleUndefined() {
  return {
    name: 'pioneer-viz:single-undefined',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        if (typeof node.text === 'string') node.text = node.text.replace(/(?: \| undefined){2,}$/, ' | undefined');
        for (const value of Object.values(node)) visit(value);
      };
      visit(manifest.modules);
    },
  };
}

/**
 * Keeps what a class declares itself, overrides included, out of `inheritedFrom`: the analyser
 * marks an override (`<pioneer-table>`'s `toSvg()`, which warns and gives '') as inherited from
 * the base class whose method it replaces, so a reader took the base's drawing for the table's;
 * and a part or custom property the element describes in its own words (the table's `controls`,
 * a Download menu with no Chart/Table switch) as the base's.
 */
function ownOverrides() {
  /** Class name → the names of its own members, attributes, parts and custom properties, before inheritance. */
  const own = new Map();
  return {
    name: 'pioneer-viz:own-overrides',
    moduleLinkPhase({ moduleDoc }) {
      for (const d of moduleDoc.declarations ?? []) {
        if (d.kind !== 'class') continue;
        const names = (list) => new Set((list ?? []).map((x) => x.name));
        own.set(d.name, { members: names(d.members), attributes: names(d.attributes), cssParts: names(d.cssParts), cssProperties: names(d.cssProperties) });
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules) {
        for (const d of mod.declarations ?? []) {
          const names = own.get(d.name);
          if (!names) continue;
          for (const type of ['members', 'attributes', 'cssParts', 'cssProperties']) {
            for (const x of d[type] ?? []) if (x.inheritedFrom && names[type].has(x.name)) delete x.inheritedFrom;
          }
        }
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/components/**/*.ts'],
  outdir: '.',
  plugins: [ownOverrides(), unusedInherited(), publishedPaths(), singleUndefined()],
};
