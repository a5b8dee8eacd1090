// Builds what runs without a browser, and what tests it:
//  - dist/node/render.js: the Node build of the chart elements and renderers (src/server/),
//    used by bin/pioneer-viz.mjs (the CLI) and for server-side rendering;
//  - dist/pioneer-viz-hydrate.js: the embed bundle with Lit's hydration support first, for
//    pages with server-rendered charts (the browser bundles of rollup.config.mjs are unchanged);
//  - test/output/cli/ and test/output/ssr/: SVG and PNG files written by the CLI, and a page of
//    server-rendered charts, which the browser tests in test/cli/ compare with the elements.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTs } from './import-ts.mjs';
import { asciiOnly } from './ascii-only.mjs';
import { minifyCssInCode } from './minify-css-literals.mjs';
import { parseAst } from 'rollup/parseAst';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Left for Node to load from the app's node_modules: the dependencies, and the optional peers
// that only the server side needs (installed beside pioneer-viz by a server app).
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const external = [...deps, ...deps.map((d) => `${d}/*`), '@lit-labs/ssr-client', '@lit-labs/ssr-client/*'];

await build({
  entryPoints: [join(root, 'src/server/index.ts')],
  outfile: join(root, 'dist/node/render.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
  banner: { js: '// pioneer-viz: charts without a browser (built from src/server/ by scripts/build-node.mjs).' },
});

await build({
  entryPoints: [join(root, 'src/embed-hydrate.ts')],
  outfile: join(root, 'dist/pioneer-viz-hydrate.js'),
  bundle: true,
  platform: 'browser',
  // One function expression, no import or export: it runs as a module or a classic script.
  format: 'iife',
  target: 'es2021',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
// Its stylesheets minified as rollup.config.mjs minifies the embed bundle's (esbuild leaves
// template text as written, comments and all), and ASCII alone as the embed is (a classic script).
const hydrateFile = join(root, 'dist/pioneer-viz-hydrate.js');
const hydrateCode = readFileSync(hydrateFile, 'utf8');
writeFileSync(hydrateFile, asciiOnly(minifyCssInCode(hydrateCode, (code) => parseAst(code)) ?? hydrateCode));

// Test fixtures: the same charts, attributes and width as test/cli/*.test.ts draw in Chromium.
const { CLI_FIXTURES: fixtures, FIXTURE_WIDTH, PNG_FIXTURE, SSR_TABLE_FIXTURES, CLI_EXIT_FIXTURES } = await importTs('test/cli/fixtures.ts');
const out = join(root, 'test/output');
rmSync(join(out, 'cli'), { recursive: true, force: true });
rmSync(join(out, 'ssr'), { recursive: true, force: true });
mkdirSync(join(out, 'cli'), { recursive: true });
mkdirSync(join(out, 'ssr'), { recursive: true });
const cli = (args) => execFileSync(process.execPath, [join(root, 'bin/pioneer-viz.mjs'), 'render', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
const attrArgs = (attributes) => Object.entries(attributes).map(([k, v]) => (v === '' ? k : `${k}=${v}`));
for (const f of fixtures) {
  cli([f.tag, ...attrArgs(f.attributes), '--width', String(f.width ?? FIXTURE_WIDTH), '--out', join(out, 'cli', `${f.name}.svg`)]);
}
const png = fixtures.find((f) => f.name === PNG_FIXTURE.name);
cli([png.tag, ...attrArgs(png.attributes), '--width', String(FIXTURE_WIDTH), '--format', 'png', '--scale', String(PNG_FIXTURE.scale), '--out', join(out, 'cli', `${png.name}.png`)]);

// What the CLI exits with, and says first, for the calls the tests check (and how many lines it says).
const exits = CLI_EXIT_FIXTURES.map(({ args }) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/pioneer-viz.mjs'), 'render', ...args], { cwd: root, encoding: 'utf8' });
  return { args, status: r.status, stderr: r.stderr.split('\n')[0], stderrLines: r.stderr.trim() ? r.stderr.trim().split('\n').length : 0 };
});
writeFileSync(join(out, 'cli', 'exits.json'), `${JSON.stringify(exits, null, 2)}\n`);
// The command line in an app with some or none of the server side's packages (optional peers).
{
  const { CLI_INSTALL_FIXTURES } = await importTs('test/cli/fixtures.ts');
  const installs = CLI_INSTALL_FIXTURES.map(({ name, installed, args, out: file }) => {
    // Outside this repository, whose own node_modules would otherwise be found on the way up.
    const app = mkdtempSync(join(tmpdir(), 'pioneer-viz-app-'));
    try {
      const pkgDir = join(app, 'node_modules', 'pioneer-viz');
      for (const f of ['package.json', 'bin/pioneer-viz.mjs', 'dist/node/render.js']) {
        mkdirSync(dirname(join(pkgDir, f)), { recursive: true });
        writeFileSync(join(pkgDir, f), readFileSync(join(root, f)));
      }
      for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...installed]) {
        mkdirSync(dirname(join(app, 'node_modules', dep)), { recursive: true });
        symlinkSync(join(root, 'node_modules', dep), join(app, 'node_modules', dep), 'dir');
      }
      const r = spawnSync(process.execPath, [join(pkgDir, 'bin/pioneer-viz.mjs'), 'render', ...args], { cwd: app, encoding: 'utf8' });
      return { name, status: r.status, stderr: r.stderr.split('\n')[0], wrote: existsSync(join(app, file)) };
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
  writeFileSync(join(out, 'cli', 'installs.json'), `${JSON.stringify(installs, null, 2)}\n`);
}
// The default width: 680 for HTML (a page's text column), 800 for a figure file.
writeFileSync(join(out, 'cli', 'default-width.html'), cli(['barrier-stack', 'measure=barrier', 'year=2019', '--format', 'html']));
writeFileSync(join(out, 'cli', 'default-width.svg'), cli(['barrier-stack', 'measure=barrier', 'year=2019']));
// HTML with the style-src sources its inline styles need under a strict policy (--csp, on standard error).
{
  const r = spawnSync(process.execPath, [join(root, 'bin/pioneer-viz.mjs'), 'render', 'site-map', 'year=2019', '--format', 'html', '--csp'], { cwd: root, encoding: 'utf8' });
  writeFileSync(join(out, 'cli', 'csp.html'), r.stdout);
  writeFileSync(join(out, 'cli', 'csp.txt'), r.stderr);
  // --csp-out: the line in its own file, whatever else standard error says (here an attribute's warning).
  const o = spawnSync(process.execPath, [join(root, 'bin/pioneer-viz.mjs'), 'render', 'barrier-stack', 'year=2031', '--format', 'html', '--out', join(out, 'cli', 'csp-out.html'), '--csp-out', join(out, 'cli', 'csp-out.txt')], { cwd: root, encoding: 'utf8' });
  writeFileSync(join(out, 'cli', 'csp-out-stderr.txt'), o.stderr);
}

// A static page of server-rendered charts (no script: the test adds the bundle itself).
const { renderToHtml } = await import(pathToFileURL(join(root, 'dist/node/render.js')).href);
const ssrCharts = fixtures.filter((f) => f.ssr);
const body = [...ssrCharts, ...SSR_TABLE_FIXTURES]
  .map((f) => `<div class="chart" style="width:${FIXTURE_WIDTH}px" data-name="${f.name}">\n${renderToHtml(f.tag, f.attributes, { width: FIXTURE_WIDTH })}\n</div>`)
  .join('\n');
const ssrPage = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Server-rendered charts</title>\n<style>body { margin: 8px; font-family: sans-serif; }</style></head>\n<body>\n${body}\n</body>\n</html>\n`;
writeFileSync(join(out, 'ssr', 'page.html'), ssrPage);
// What that page's policy must allow for its styles (the charts' and the page's own) without 'unsafe-inline'.
writeFileSync(join(out, 'ssr', 'page-style-sources.json'), `${JSON.stringify((await import(pathToFileURL(join(root, 'dist/node/render.js')).href)).styleSources(ssrPage))}\n`);
// renderToHtml as a Node app calls it: with no width (drawn at 680), no options or attributes at
// all, and widths that are not a number of pixels (a UsageError naming what was given).
{
  const svgWidth = (html) => Number((html.match(/<svg\s+part="svg"[^>]*?\swidth="([\d.]+)"/) ?? [])[1]);
  const call = (f) => {
    try {
      const html = f();
      return { width: svgWidth(html) || null, table: /<table[\s>]/.test(html) };
    } catch (e) {
      return { error: `${e.constructor.name}: ${e.message}` };
    }
  };
  const api = {
    noWidth: call(() => renderToHtml('barrier-stack', { measure: 'barrier', year: '2019' }, {})),
    noOptions: call(() => renderToHtml('barrier-stack', { measure: 'barrier', year: '2019' })),
    tableNoOptions: call(() => renderToHtml('pioneer-table')),
    // A plain JavaScript caller's number, as a browser's setAttribute takes it.
    numberValue: (() => {
      try {
        return renderToHtml('barrier-stack', { measure: 'barrier', year: 2019 }) === renderToHtml('barrier-stack', { measure: 'barrier', year: '2019' });
      } catch (e) {
        return `${e.constructor.name}: ${e.message}`;
      }
    })(),
    pageAttributes: (() => {
      const html = renderToHtml('barrier-stack', { measure: 'barrier', year: '2019', id: 'figure-3', class: 'wide', style: 'max-width: 40em', 'data-figure': '3', 'aria-describedby': 'caption-3' }, { width: 640 });
      return html.slice(0, html.indexOf('>') + 1).replace(/\s+/g, ' ');
    })(),
    // The same call twice gives the same HTML (pattern ids from what is drawn, not a count).
    sameTwice: renderToHtml('barrier-stack', { measure: 'barrier', year: '2019' }) === renderToHtml('barrier-stack', { measure: 'barrier', year: '2019' }),
    textureIds: [2019, 2020].map((year) => (renderToHtml('barrier-stack', { measure: 'barrier', year: String(year) }).match(/data-texture-id="([^"]+)"/) ?? [])[1]),
    // Drawn at another size than asked: the note the element shows under the chart, without a script.
    sizeNote: (renderToHtml('barrier-stack', { measure: 'barrier', year: '2019', height: '100' }, { width: 200 }).match(/<p part="size-note" class="note size-note">([^<]*)<\/p>/) ?? [])[1] ?? null,
    // styleSources on a page's own markup: a quoted '>' does not end a tag, values quoted either
    // way or not at all, character references decoded, a "style=" inside another value is not one.
    styleSourcesOfPage: (await import(pathToFileURL(join(root, 'dist/node/render.js')).href)).styleSources(
      `<p title="A > B" style="width:10px">x</p><p style='color: red'></p><p style=margin:0></p><p style="content:&quot;&#x41;&#66;&quot;"></p><p title="style=nope">y</p><style>p { color: blue }</style>`,
    ),
    refused: Object.fromEntries(['onclick', 'filters', 'src'].map((name) => [name, call(() => renderToHtml('barrier-stack', { [name]: 'x' }))])),
    bad: Object.fromEntries([['zero', 0], ['nan', NaN], ['string', '640'], ['negative', -5], ['null', null]].map(([name, width]) => [name, call(() => renderToHtml('barrier-stack', {}, { width }))])),
  };
  writeFileSync(join(out, 'ssr', 'api.json'), `${JSON.stringify(api, null, 2)}\n`);
}
// The same page with the hydration bundle as a classic script in <head> (an editor stripped type="module").
writeFileSync(
  join(out, 'ssr', 'classic-head.html'),
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Hydrated from a classic script in head</title>\n<script src="/dist/pioneer-viz-hydrate.js"></script></head>\n<body>\n${body}\n</body>\n</html>\n`,
);
// A page of charts whose attributes the browser says more about than the server draws (an
// attribute a table does not use, a value in curly quotes): hydrating it must not throw.
writeFileSync(
  join(out, 'ssr', 'noted-attributes.html'),
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Noted attributes</title></head>\n<body>\n${[
    ['pioneer-table', { measure: 'barrier', year: '2019', 'print-table': '' }],
    ['barrier-stack', { measure: 'barrier', year: '\u201c2019\u201d' }],
    // The page's own attributes: not drawn from, so the element adopts the server's shell.
    ['site-map', { year: '2019', id: 'sites', class: 'wide', 'data-figure': '2' }],
    // A boolean attribute written "false": the server and then the browser say it is not valid.
    ['pioneer-trend', { measure: 'objective', 'print-table': 'false' }],
  ]
    .map(([tag, attributes]) => `<div class="chart" style="width:${FIXTURE_WIDTH}px">\n${renderToHtml(tag, attributes, { width: FIXTURE_WIDTH })}\n</div>`)
    .join('\n')}\n</body>\n</html>\n`,
);
// A Node app that imports an element module before the server: the server then draws with that
// copy's class (the first registered), and its HTML must still carry the hydration keys, name the
// reports its figures come from (their rows are marked by the other copy) with their caveats, and
// print no "loaded twice" warning (two copies are how a server app is built, not a mistake).
{
  const script = `await import(${JSON.stringify(pathToFileURL(join(root, 'dist/components/barrier-stack.js')).href)});
await import(${JSON.stringify(pathToFileURL(join(root, 'dist/components/pioneer-trend.js')).href)});
const { renderToHtml } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/node/render.js')).href)});
const html = renderToHtml('barrier-stack', { measure: 'barrier', year: '2019' }, { width: 680 });
const trend = renderToHtml('pioneer-trend', { measure: 'objective' }, { width: 680 }).replace(/<[^>]+>/g, ' ').replace(/\\s+/g, ' ');
process.stdout.write(JSON.stringify({ keys: (html.match(/ data-joined=/g) ?? []).length, source: (trend.match(/Source: [^;]*/) ?? [''])[0], caveat: /adds up to at least 258 choices/.test(trend) }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  let got = {};
  try { got = JSON.parse(r.stdout); } catch {}
  const wrong = [
    !(got.keys > 0) && `wrote ${got.keys || 'no'} data-joined keys`,
    got.source !== 'Source: PIRU key informant survey 2019, Table 4.1' && `named its source "${got.source}", not the 2019 report`,
    !got.caveat && "left out Table 4.1's caveat",
    /already defined/.test(r.stderr) && `warned: ${r.stderr.trim().split('\n')[0]}`,
  ].filter(Boolean);
  if (r.status !== 0 || wrong.length) {
    console.error(`build-node: server-side rendering after an element module was imported ${wrong.join('; ')} (exit ${r.status}).\n${r.stderr}`);
    process.exit(1);
  }
}
console.log(`build-node: dist/node/render.js, dist/pioneer-viz-hydrate.js, ${fixtures.length} SVG + 1 PNG + CLI exits + SSR page in test/output/; SSR after a client import keeps its hydration keys, the reports' names and caveats`);
