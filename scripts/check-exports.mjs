// Checks the package's public surface after a build: every path in package.json "exports" (and
// its "types") exists, every code entry has its types, every file README's readers are sent to
// ("files") is there, custom-elements.json names built modules that export what it says, `npm
// pack` would publish all of these with the LICENSE, and an app's code (scripts/consumer/app.ts)
// type-checks against the built package under strict settings. Exits 1 naming what fails.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [key, target] of Object.entries(pkg.exports)) {
  const entries = typeof target === 'string' ? { default: target } : target;
  for (const [condition, path] of Object.entries(entries)) {
    if (!existsSync(path)) problems.push(`exports["${key}"].${condition}: ${path} does not exist`);
  }
  // JavaScript entries carry their types, so that a strict TypeScript project can import them.
  if (/\.js$/.test(entries.default) && !entries.types) {
    problems.push(`exports["${key}"] has no "types" (a TypeScript import of it fails with TS7016)`);
  }
}
for (const path of [pkg.main, pkg.module, pkg.types, ...pkg.files]) if (!existsSync(path)) problems.push(`${path} (package.json) does not exist`);
// custom-elements.json names each module by the built file a tool would import (its schema's
// `path`), and that file exports what the manifest says it does.
const exportedNames = (file) => {
  const names = new Set();
  for (const [, list] of readFileSync(file, 'utf8').matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const spec of list.split(',')) if (spec.trim()) names.add(spec.trim().split(/\s+as\s+/).pop());
  }
  return names;
};
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const manifestPaths = new Set(manifest.modules.map((m) => m.path));
for (const mod of manifest.modules) {
  const where = `${pkg.customElements}: module "${mod.path}"`;
  if (!mod.path.startsWith('dist/') || !existsSync(mod.path)) {
    problems.push(`${where} is not a built file of the package`);
    continue;
  }
  const names = exportedNames(mod.path);
  const source = readFileSync(mod.path, 'utf8');
  for (const e of mod.exports ?? []) {
    if (e.kind === 'js' && !names.has(e.name)) problems.push(`${where} does not export ${e.name}`);
    if (e.kind === 'custom-element-definition' && !source.includes(`"${e.name}"`)) problems.push(`${where} does not define <${e.name}>`);
  }
  // Each element keeps its own documentation: a comment between the class's JSDoc and the class
  // (a helper put there) takes the description, parts and custom properties away from tools.
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    if (!d.description || !d.summary) problems.push(`${where}: <${d.tagName}> has no description or summary (is its class JSDoc right above the class?)`);
  }
}
const references = (node) => (Array.isArray(node) ? node.flatMap(references) : node && typeof node === 'object' ? [...(typeof node.module === 'string' ? [node.module] : []), ...Object.values(node).flatMap(references)] : []);
for (const ref of new Set(references(manifest.modules))) {
  if (!manifestPaths.has(ref)) problems.push(`${pkg.customElements}: a reference to module "${ref}", which the manifest does not describe`);
}
// What `npm pack` would publish holds every file named above, the licence and the manifest.
const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
if (pack.status !== 0) {
  problems.push(`npm pack --dry-run failed: ${pack.stderr.trim()}`);
} else {
  const packed = new Set(JSON.parse(pack.stdout)[0].files.map((f) => f.path));
  const needed = [
    ...Object.values(pkg.exports).flatMap((t) => Object.values(typeof t === 'string' ? { default: t } : t)),
    ...manifestPaths,
    'LICENSE',
    'README.md',
  ].map((p) => p.replace(/^\.\//, ''));
  for (const path of new Set(needed)) if (!packed.has(path)) problems.push(`${path} is not in the published package (npm pack)`);
  if (pkg.license === 'MIT' && existsSync('LICENSE') && !readFileSync('LICENSE', 'utf8').startsWith('MIT License')) problems.push('LICENSE is not the MIT licence package.json names');
}
// An app's code, through the package name and dist/types, under strict settings (scripts/consumer/).
// An app on the older node10 resolution gets each subpath's types through "typesVersions".
for (const [key, target] of Object.entries(pkg.exports)) {
  if (key === '.' || typeof target === 'string' || !target.types) continue;
  const mapped = pkg.typesVersions?.['*']?.[key.slice(2)];
  if (!mapped || mapped[0] !== target.types.replace(/^\.\//, '')) problems.push(`typesVersions["*"]["${key.slice(2)}"] is not ${target.types} (an app on moduleResolution "node" gets no types for ${key})`);
}
if (!problems.length) {
  // node10 reads no "exports", so no self-reference by the package's name either: the app finds
  // the package as an install would put it, in a node_modules beside it (a link, not committed).
  const installed = 'scripts/consumer/node_modules/pioneer-viz';
  if (!existsSync(installed)) {
    mkdirSync('scripts/consumer/node_modules', { recursive: true });
    symlinkSync('../../..', installed, 'dir');
  }
  for (const [config, file] of [['tsconfig.json', 'app.ts'], ['tsconfig.node10.json', 'node10.ts'], ['tsconfig.filters-only.json', 'filters-only.ts'], ['tsconfig.chart-only.json', 'chart-only.ts'], ['tsconfig.jsx.json', 'jsx.tsx']]) {
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `scripts/consumer/${config}`], { encoding: 'utf8' });
    if (tsc.status !== 0) problems.push(`an app's code (scripts/consumer/${file}) does not type-check against the built package:\n    ${(tsc.stdout + tsc.stderr).trim().split('\n').join('\n    ')}`);
  }
}
// An entry that registers elements survives a bare `import 'pioneer-viz/…'` in an app's bundle:
// a bundler honours package.json's "sideEffects" and drops a module it lists as side-effect free
// (the app then defines no element, and nothing says so until the page is blank).
const registers = Object.entries(pkg.exports).filter(([key, t]) => typeof t !== 'string' && /\.js$/.test(t.default) && !['./renderers', './data', './server'].includes(key));
/** The packages (by name) whose files an app's browser bundle takes in. */
const bundledPackages = new Set();
for (const [key] of registers) {
  const specifier = `pioneer-viz${key.slice(1)}`;
  try {
    const out = await build({ stdin: { contents: `import ${JSON.stringify(specifier)};`, resolveDir: 'scripts/consumer', loader: 'js' }, bundle: true, write: false, format: 'esm', logLevel: 'silent', platform: 'browser', metafile: true });
    for (const input of Object.keys(out.metafile.inputs)) {
      const name = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
      if (name) bundledPackages.add(name);
    }
    const code = out.outputFiles[0].text;
    if (!code.includes('customElements')) problems.push(`import '${specifier}' bundles to ${code.length} bytes with no element defined (is ${pkg.exports[key].default} in package.json "sideEffects"?)${out.warnings.length ? `: ${out.warnings[0].text}` : ''}`);
  } catch (e) {
    problems.push(`import '${specifier}' does not bundle: ${e.message}`);
  }
}
// An app that draws in the browser installs only what the browser uses: each dependency is taken
// into an app's bundle (or named by the published types), and what only the server side uses
// (a DOM without a browser, Lit's server renderer, the PNG rasteriser with its ~30 MB binary) is an
// optional peer, which npm does not install unless the app asks for it.
const typesName = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? typesName(join(dir, e.name)) : e.name.endsWith('.d.ts') ? [...readFileSync(join(dir, e.name), 'utf8').matchAll(/(?:from|import)\s*['"]((?:@[^/'"]+\/)?[^./'"][^/'"]*)/g)].map((m) => m[1]) : []));
const named = new Set(typesName('dist/types').filter((name) => !name.startsWith('node:')));
for (const dep of Object.keys(pkg.dependencies ?? {})) {
  if (!bundledPackages.has(dep) && !named.has(dep)) problems.push(`dependency ${dep} is in no app's browser bundle and no published type: every app would install it; if only the server side uses it, make it an optional peer (peerDependencies + peerDependenciesMeta)`);
}
for (const [peer, range] of Object.entries(pkg.peerDependencies ?? {})) {
  if (!pkg.peerDependenciesMeta?.[peer]?.optional) problems.push(`peer dependency ${peer} is not optional: npm would install it in every app`);
  if (pkg.devDependencies?.[peer] !== range) problems.push(`peer dependency ${peer} is not a devDependency at ${range}: the build and tests here would not have it`);
  if (bundledPackages.has(peer)) problems.push(`peer dependency ${peer} is in an app's browser bundle: an app without it would not build`);
}
if (problems.length) {
  console.error(`check-exports: ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-exports: ${Object.keys(pkg.exports).length} exports and their types exist; an app's code type-checks against them; ${pkg.customElements} names ${manifest.modules.length} built modules; npm pack holds them and the LICENSE; ${registers.length} entries that define elements keep them in an app's bundle, which takes in every dependency (${[...bundledPackages].sort().join(', ')}); the server side's packages are optional peers`);
