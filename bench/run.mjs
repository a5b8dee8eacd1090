#!/usr/bin/env node
// npm run bench — pioneer-viz against Vega-Lite (+ vega-embed), Observable Plot and Chart.js on
// the same two charts, in one headless Chromium run, interleaved. See bench/README.md.
//
//   node bench/run.mjs                 full run, writes bench/results.md
//   node bench/run.mjs --quick         few repetitions (a smoke test), writes bench/tmp/results-quick.md
//   options: --rounds=N (timed rounds, default 25), --many-rounds=N (50-stack pages, default 5),
//            --no-profile (skip the CPU profile and trace), --no-what-if (skip the what-if builds), --out=path
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve, normalize, extname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { benchData } from './data.mjs';
import { embedParts } from './embed-parts.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const TMP = join(BENCH, 'tmp');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const opt = (name, def) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : def;
};
const QUICK = flag('quick');
const ROUNDS = Number(opt('rounds', QUICK ? 3 : 25));
const WARMUP = QUICK ? 1 : 3;
const MANY = 50;
const MANY_ROUNDS = Number(opt('many-rounds', QUICK ? 1 : 9));
/** How long the page is watched after its 50 stacks change year (a 0.3 s transition fits twice). */
const MANY_UPDATE_MS = 700;
const PROFILE = !flag('no-profile');
const WHAT_IF = !flag('no-what-if');
const WHAT_IF_ROUNDS = QUICK ? 2 : 25;
// Renders and updates of each chart per what-if page per round; the round's figure is their median.
const WHAT_IF_SAMPLES = QUICK ? 1 : 5;
const OUT = resolve(opt('out', QUICK ? join(TMP, 'results-quick.md') : join(BENCH, 'results.md')));
const LIBS = ['pioneer-viz', 'vega-lite', 'plot', 'chartjs'];
const PEERS = LIBS.slice(1);
const LIB_NAMES = { 'pioneer-viz': 'pioneer-viz', 'vega-lite': 'Vega-Lite + vega-embed', plot: 'Observable Plot', chartjs: 'Chart.js' };
const KINDS = ['stack', 'trend'];

// The whole run is bounded: it never outlives this, whatever hangs.
const HARD_LIMIT_MS = 18 * 60 * 1000;
setTimeout(() => {
  console.error(`bench: stopped after the hard limit of ${HARD_LIMIT_MS / 60000} minutes`);
  process.exit(2);
}, HARD_LIMIT_MS).unref();

const started = Date.now();
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...a);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pkgVersion = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// 1. Inputs and bundles
// ---------------------------------------------------------------------------------------------
const EMBED = join(ROOT, 'dist/pioneer-viz.js');
const OBS = join(ROOT, 'dist/data/observations.json');
for (const f of [EMBED, OBS]) {
  if (!existsSync(f)) {
    console.error(`bench: ${relative(ROOT, f)} is missing — run npm run build first`);
    process.exit(1);
  }
}
mkdirSync(TMP, { recursive: true });
const data = benchData(OBS);
writeFileSync(join(TMP, 'data.json'), JSON.stringify(data));

// Is the embed bundle complete (does it register <barrier-stack>)? If not (the element is newer
// than the last build), the page bundle is built from src/ the same way, and results.md says so.
const embedCode = readFileSync(EMBED, 'utf8');
const embedHasStack = embedCode.includes('"barrier-stack"') || embedCode.includes("'barrier-stack'");
const srcNewest = newestMtime(join(ROOT, 'src'));
const embedStale = statSync(EMBED).mtimeMs < srcNewest;
const oursSource = embedHasStack ? 'dist/pioneer-viz.js' : 'src/ (dist/pioneer-viz.js lacks <barrier-stack>; bundled from src/embed.ts + the element)';

function newestMtime(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

const oursFromSrc = {
  name: 'ours-from-src',
  setup(b) {
    b.onResolve({ filter: /dist\/pioneer-viz\.js$/ }, () => ({ path: 'pioneer-viz-src', namespace: 'ours' }));
    b.onLoad({ filter: /.*/, namespace: 'ours' }, () => ({
      contents: "import './src/embed.ts';\nimport './src/components/barrier-stack/barrier-stack.ts';\nimport './src/components/pioneer-trend/pioneer-trend.ts';\n",
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/** Treats every module of this package as having side effects (element registration), whatever package.json's sideEffects says. */
const ownSideEffects = {
  name: 'own-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.own) return undefined;
      const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: { own: true } });
      if (r.errors.length || !r.path.startsWith(ROOT + '/') || r.path.includes('/node_modules/')) return undefined;
      return { path: r.path, sideEffects: true };
    });
  },
};

/** A bundle input's origin, for the composition table: a package, or a folder of our source. */
function originOf(input) {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (nm) return nm[1].startsWith('lit') || nm[1].startsWith('@lit') ? 'lit' : nm[1];
  const d = /(?:^|\/)(dist\/.*?)(?:-[A-Za-z0-9_-]{8})?\.js$/.exec(input);
  if (d) return `${d[1]}.js (rollup chunk)`;
  const m = /(?:^|\/)(src\/(?:data\/generated|data|export|renderers|components\/base|components\/[^/]+)|bench)/.exec(input);
  return m ? m[1] : input;
}

const esbuildBase = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  legalComments: 'none',
  logLevel: 'error',
  absWorkingDir: ROOT,
  // Stated, not discovered: esbuild does not look up tsconfig.json for files a plugin resolved,
  // and our elements need its experimentalDecorators / useDefineForClassFields settings.
  tsconfig: join(ROOT, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
};

async function bundle(name, { entry, stdin, minify = true, plugins = [], sourcemap = false }) {
  const outfile = join(TMP, `${name}.js`);
  const { metafile } = await build({
    ...esbuildBase,
    ...(stdin ? { stdin: { contents: stdin, resolveDir: ROOT, loader: 'js' } } : { entryPoints: [entry] }),
    outfile,
    minify,
    plugins,
    sourcemap,
    // No keepNames: its helper runs at every closure's creation (Object.defineProperty per
    // function), a cost the minified page bundle does not have, which the profile then charged to
    // functions that make closures (validateRows read 0.48 ms per call profiled, 0.04 ms built).
    // Unminified, esbuild keeps the names anyway (a clash renames one, e.g. `join2`).
    metafile: true,
  });
  const code = readFileSync(outfile);
  // Minified bytes by origin (from esbuild's metafile), to say what a bundle is made of.
  const parts = {};
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    const group = originOf(input);
    parts[group] = (parts[group] ?? 0) + bytesInOutput;
  }
  return { file: relative(ROOT, outfile), bytes: code.length, gzip: gz(code), parts };
}

log('bundling with esbuild');
const bundles = {};
bundles['pioneer-viz'] = await bundle('pioneer-viz', { entry: join(BENCH, 'peers/pioneer-viz.js'), plugins: embedHasStack ? [] : [oursFromSrc, ownSideEffects] });
for (const p of PEERS) bundles[p] = await bundle(p, { entry: join(BENCH, `peers/${p}.js`) });
// Unminified build of the same source, for readable names in the CPU profile.
const profileBundle = await bundle('pioneer-viz-profile', { entry: join(BENCH, 'peers/pioneer-viz.js'), minify: false, plugins: [oursFromSrc, ownSideEffects] });

// What-if builds: our source with one suspect of the profile removed, bundled like the page
// bundle, to measure what each would buy. A rule whose text no longer matches the source (it
// was changed since) is reported as not applicable.
const WHAT_IF_RULES = [
  {
    id: 'no-font-read',
    what: 'no style read per chart (the shared ResizeObserver\'s `getComputedStyle(figure)` for font size and text spacing replaced by 14 px and no spacing): what reading each chart\'s type, in the observer\'s one pass of reads, costs',
    edits: [
      { file: 'src/components/base/pioneer-chart.ts', from: /const cs = figure \? getComputedStyle\(figure\) : null;/, to: 'const cs = null;' },
    ],
  },
  {
    id: 'no-segment-data-value',
    what: 'no `data-value` attribute on the stacked bars\' segments (a hook tests and tools read; their `data-response` is now their join\'s key): what 64 attribute writes cost',
    edits: [
      { file: 'src/renderers/barrier-stack.ts', from: /\n\s*attr\(rect, 'data-value', s\.row\.value\);/, to: '' },
    ],
  },
  {
    id: 'no-controls',
    what: 'no Chart/Table switch and Download menu in the shell (as with the `no-controls` attribute): what each chart\'s 3 buttons cost (Chart, Table and Download; the menu\'s items are rendered only while it is open)',
    edits: [
      { file: 'src/components/base/pioneer-chart.ts', from: /view && !this\.problem && !this\.noControls \? this\._?controlsTemplate\(\) : nothing/, to: 'nothing' },
    ],
  },
  {
    id: 'no-bare-outline',
    what: 'no class write per stacked segment (the `bare` outline of a segment too narrow for its value label, for 3:1 contrast): what 64 more attribute writes cost',
    edits: [
      { file: 'src/renderers/barrier-stack.ts', from: /\n\s*attr\(rect, 'class', s\.labelAt \? 'seg' : 'seg bare'\);/, to: '' },
      // The join finds a segment by its class: without the write, the prototype gives it.
      { file: 'src/renderers/barrier-stack.ts', from: /const segmentPrototype = \(doc: Document\) => svgElement\(doc, 'rect'\);/, to: "const segmentPrototype = (doc: Document) => svgElement(doc, 'rect', { class: 'seg' });" },
    ],
  },
  {
    id: 'no-filter-link-check',
    what: 'no check that a `filters` id names a filter bar (no MutationObserver per document, no lookup per update)',
    edits: [
      { file: 'src/components/base/pioneer-chart.ts', from: /\n\s*watchFilterLink\(this\);/, to: '' },
      { file: 'src/components/base/pioneer-chart.ts', from: /\n\s*const link = filterLinkProblem\(this\);\n\s*if \(link\) throw link;/, to: '' },
    ],
  },
  {
    id: 'no-boolean-attribute-check',
    what: 'no check of boolean attributes written as "false" (a loop over the element\'s boolean attributes per update)',
    edits: [
      { file: 'src/components/base/pioneer-chart.ts', from: /for \(const name of booleanAttributesOf\(this\)\) \{/, to: 'for (const name of []) {' },
    ],
  },
  {
    id: 'no-print-redraw',
    what: 'no redraw for paper (no registration per chart for beforeprint/afterprint)',
    edits: [
      { file: 'src/components/base/pioneer-chart.ts', from: /\n\s*printable\.add\(this\);\n\s*watchPrinting\(\);/, to: '' },
    ],
  },
  {
    id: 'bars-keyed-by-year',
    // Undoes a change already made, to show what it bought; not part of "all of the above".
    undo: true,
    what: 'each bar keyed by its year, as before: another year rebuilds every bar, segment and value label instead of moving them (what keying a bar by its place in the row saves)',
    edits: [
      { file: 'src/renderers/barrier-stack.ts', from: /join\(g, 'bar', r\.bars, byIndex,/, to: "join(g, 'bar', r.bars, (b) => String(b.year)," },
    ],
  },
  {
    id: 'every-join-writes-data-joined',
    undo: true,
    what: 'every joined node carries `data-joined`, as before, where a join now reads a key its node carries anyway (an attribute, or its place): 191 more attribute writes for the stacked bars, 41 for the trend',
    edits: [
      { file: 'src/renderers/shared/dom.ts', from: /const positional = key === byIndex;/, to: 'const positional = false;' },
      { file: 'src/renderers/shared/dom.ts', from: /const keyless = positional \|\| keyAttribute != null;/, to: 'const keyless = false;' },
    ],
  },
  {
    id: 'moves-by-insertBefore',
    undo: true,
    what: 'a drawn node that changes place re-inserted with `insertBefore`, as before, not moved with `moveBefore` (what the move saves when another year re-sorts the rows; it also drops the moved rows\' transitions)',
    edits: [
      { file: 'src/renderers/shared/dom.ts', from: /node\.parentNode === parent && parent\.moveBefore && parent\.isConnected/, to: 'false' },
    ],
  },
];
const whatIfBuilds = [];
if (WHAT_IF) {
  // A second, identical build in its own page is the control: its differences from "as is" are
  // the run's noise, against which the other rows are read.
  const variants = [{ id: 'as-is', what: 'the source as it is', rules: [] }, { id: 'as-is-again', what: 'the source as it is, again: an identical build in its own page (the control; its differences are noise)', rules: [] }, ...WHAT_IF_RULES.map((r) => ({ id: r.id, what: r.what, rules: [r] })), { id: 'all', what: 'all of the suspects above together (not the undone changes)', rules: WHAT_IF_RULES.filter((r) => !r.undo) }];
  for (const v of variants) {
    const edits = v.rules.flatMap((r) => r.edits).filter((e) => e.from.test(readFileSync(join(ROOT, e.file), 'utf8')));
    const applicableRules = v.rules.filter((r) => r.edits.some((e) => edits.includes(e)));
    if (v.rules.length && applicableRules.length === 0) {
      whatIfBuilds.push({ ...v, applicable: false });
      continue;
    }
    const transform = {
      name: 'what-if',
      setup(b) {
        b.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) => {
          let code = readFileSync(args.path, 'utf8');
          for (const e of edits) if (args.path.endsWith(e.file)) code = code.replace(e.from, e.to);
          return { contents: code, loader: 'ts' };
        });
      },
    };
    await bundle(`whatif-${v.id}`, { entry: join(BENCH, 'peers/pioneer-viz.js'), plugins: [oursFromSrc, ownSideEffects, transform] });
    whatIfBuilds.push({ ...v, applicable: true, partial: applicableRules.length < v.rules.length });
  }
}

// Per-component modules as a bundler user gets them: the module + lit + the d3 modules it imports.
const componentSources = {
  'barrier-stack': ['dist/components/barrier-stack.js', 'src/components/barrier-stack/barrier-stack.ts'],
  'pioneer-trend': ['dist/components/pioneer-trend.js', 'src/components/pioneer-trend/pioneer-trend.ts'],
};
const components = {};
for (const [name, [distPath, srcPath]] of Object.entries(componentSources)) {
  const fromDist = existsSync(join(ROOT, distPath)) && statSync(join(ROOT, distPath)).mtimeMs >= srcNewest - 1;
  const path = fromDist ? distPath : srcPath;
  components[name] = { ...(await bundle(`component-${name}`, { stdin: `import './${path}';`, plugins: [ownSideEffects] })), from: path };
  // The same import as a user writes it, with package.json's sideEffects as it is: does the
  // element survive tree-shaking? (It does not when the chunk defining it is not listed.)
  const declaredPath = existsSync(join(ROOT, distPath)) ? distPath : srcPath;
  const plain = await bundle(`component-${name}-as-declared`, { stdin: `import './${declaredPath}';` });
  components[name].declaredPath = declaredPath;
  components[name].registersAsDeclared = readFileSync(join(ROOT, plain.file), 'utf8').includes(`"${name}"`);
}
{
  const paths = Object.keys(componentSources).map((n) => components[n].from);
  components['both'] = { ...(await bundle('component-both', { stdin: paths.map((p) => `import './${p}';`).join('\n'), plugins: [ownSideEffects] })), from: paths.join(' + ') };
}

// What the embed is made of, for planning its 45 KB target (bench/embed-parts.mjs): built again
// with a source map, as `npm run build` builds it.
log('the embed\'s parts (rollup build with a source map)');
const embedComposition = await embedParts(ROOT);
// Our embed bundle itself, and the libraries' own prebuilt single files, for reference.
const embedSize = { file: 'dist/pioneer-viz.js', bytes: statSync(EMBED).size, gzip: gz(readFileSync(EMBED)) };
const prebuilt = {
  'vega-lite': ['vega/build/vega.min.js', 'vega-lite/build/vega-lite.min.js', 'vega-embed/build/vega-embed.min.js'],
  plot: ['@observablehq/plot/dist/plot.umd.min.js', 'd3/dist/d3.min.js'],
  chartjs: ['chart.js/dist/chart.umd.min.js'],
};
const prebuiltSize = Object.fromEntries(
  Object.entries(prebuilt).map(([k, files]) => [k, { files, gzip: files.reduce((a, f) => a + gz(readFileSync(join(ROOT, 'node_modules', f))), 0) }]),
);

// ---------------------------------------------------------------------------------------------
// 2. A small static server on loopback for bench/ (pages, tmp bundles), GET only.
// ---------------------------------------------------------------------------------------------
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((req, res) => {
  let file = '';
  try {
    file = join(BENCH, normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  } catch {
    // a malformed URL: answered as not found below
  }
  if (req.method !== 'GET' || !file.startsWith(BENCH + '/') || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  // Cross-origin isolation (everything here is same-origin): performance.now() then ticks in
  // 5 µs steps instead of 100 µs, which matters for script times of 1–3 ms.
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  res.end(readFileSync(file));
});
server.requestTimeout = 10000;
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const BASE = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// 3. Browser and one page per library
// ---------------------------------------------------------------------------------------------
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
    '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--enable-precise-memory-info', '--js-flags=--expose-gc',
    // performance.measureUserAgentSpecificMemory() measures at once, not at the next GC (up to 20 s later).
    '--enable-blink-features=ForceEagerMeasureMemory',
  ],
});
const loadBefore = os.loadavg();
let failures = [];

async function openPage(lib) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 1000 });
  page.on('pageerror', (e) => failures.push(`${lib}: page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`  [${lib} console.${m.type()}] ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(BASE) && !r.url().startsWith('data:')) failures.push(`${lib}: unexpected request ${r.url()}`);
  });
  await loadPage(page, lib);
  timer ??= await page.evaluate(() => {
    // The smallest step performance.now() takes: 100 µs unless the page is cross-origin isolated.
    let step = Infinity;
    let last = performance.now();
    for (let i = 0; i < 200000 && step > 0.001; i++) {
      const t = performance.now();
      if (t > last) { step = Math.min(step, t - last); last = t; }
    }
    return { isolated: globalThis.crossOriginIsolated === true, stepUs: step * 1000 };
  });
  return page;
}

/** The page clock's resolution, read once in the first page. */
let timer;

async function loadPage(page, lib) {
  await page.goto(`${BASE}/pages/bench.html?lib=${lib}`, { waitUntil: 'load' });
  await waitReady(page, lib);
  const cdp = page.$cdp ?? (page.$cdp = await page.createCDPSession());
  return cdp;
}

async function waitReady(page, lib) {
  try {
    await page.waitForFunction('window.benchReady === true', { timeout: 20000, polling: 50 });
  } catch (e) {
    throw new Error(`bench: the ${lib} page did not get ready (${e.message}); ${failures.join('; ') || 'no page error reported'}`);
  }
}

/** Chromium's performance counters of the page (seconds, counts), by name. */
async function metricsOf(page) {
  const { metrics } = await page.$cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function heapUsed(page) {
  const cdp = page.$cdp;
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * The page's memory as Chromium attributes it, JS and DOM apart: `performance.measureUserAgentSpecificMemory()`
 * (the page is cross-origin isolated), summed by type over its breakdown. Null where the browser
 * does not offer it. The JS heap target counts the JS heap only; this says what the DOM adds.
 */
async function memoryByType(page) {
  return page.evaluate(async () => {
    if (!globalThis.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;
    const m = await performance.measureUserAgentSpecificMemory();
    const by = { total: m.bytes };
    for (const b of m.breakdown) for (const t of b.types) by[t] = (by[t] ?? 0) + b.bytes;
    return by;
  });
}

log(`browser ${await browser.version()}, serving ${BASE}`);
const pages = {};
for (const lib of LIBS) pages[lib] = await openPage(lib);
const front = async (lib) => {
  await pages[lib].bringToFront();
  await pages[lib].evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
};

// ---------------------------------------------------------------------------------------------
// 4. Did every library really draw each chart? Screenshots + pixel and mark counts.
// ---------------------------------------------------------------------------------------------
const MIN_MARKS = {
  stack: { first: { bars: 64, labels: 40, legend: 4 }, update: { bars: 52, labels: 30, legend: 4 } },
  trend: { first: { lines: 8, points: 33, legend: 8 }, update: { lines: 8, points: 33, legend: 8 } },
};
const MIN_INK = { stack: 0.12, trend: 0.02 };
const checks = [];
log('checking that every library draws both charts (screenshots in bench/tmp/)');
for (const lib of LIBS) {
  await front(lib);
  const page = pages[lib];
  for (const kind of KINDS) {
    for (const step of ['first', 'update']) {
      const r = step === 'first' ? await page.evaluate((k) => window.bench.render(k), kind) : await page.evaluate(() => window.bench.update());
      await new Promise((res) => setTimeout(res, 450)); // our CSS transitions (0.3 s) settle before the picture
      const file = join(TMP, `${lib}-${kind}-${step}.png`);
      const clip = { x: r.rect.x, y: r.rect.y, width: Math.ceil(r.rect.width), height: Math.ceil(r.rect.height) };
      const png = await page.screenshot({ path: file, clip, captureBeyondViewport: true });
      const px = await page.evaluate((b64) => window.bench.pixels(b64), Buffer.from(png).toString('base64'));
      const problems = [];
      for (const [k, min] of Object.entries(MIN_MARKS[kind][step])) if (!(r.marks[k] >= min)) problems.push(`${k} ${r.marks[k]} < ${min}`);
      if (px.ink < MIN_INK[kind]) problems.push(`ink ${(px.ink * 100).toFixed(1)}% < ${MIN_INK[kind] * 100}%`);
      if (px.colours < 6) problems.push(`only ${px.colours} colours`);
      checks.push({ lib, kind, step, marks: r.marks, elements: r.elements, ink: px.ink, colours: px.colours, size: `${px.width}×${px.height}`, file: relative(ROOT, file), problems });
      if (problems.length) failures.push(`${lib} ${kind} (${step}): ${problems.join(', ')}`);
    }
    await page.evaluate(() => window.bench.destroy());
  }
}
// What one update changes in each library's DOM (a MutationObserver census; not timed).
const mutations = {};
for (const lib of LIBS) {
  await front(lib);
  for (const kind of KINDS) (mutations[lib] ??= {})[kind] = await pages[lib].evaluate((k) => window.bench.updateMutations(k), kind);
}
if (failures.length) {
  console.error(`bench: a chart was not drawn, so its timings would mean nothing:\n  ${failures.join('\n  ')}`);
  await shutdown();
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// 5. First render and update, interleaved: A B C D A B C D …
// ---------------------------------------------------------------------------------------------
/**
 * The order of one round: every round visits all in turn (A B C D), starting one further on
 * each time (B C D A, C D A B, …), so each takes each position equally often and no one is
 * always the first page after the previous round's last.
 */
const rotated = (list, round) => list.map((_, i) => list[(i + round) % list.length]);
const samples = {};
const push = (lib, key, v) => ((samples[lib] ??= {})[key] ??= []).push(v);
/** DOM floor per library and chart: element and attribute counts, and one sample per round. */
const floors = {};
/** One timed round of a chart in a page: first render, one update, then gone. */
const renderAndUpdate = (page, kind) =>
  page.evaluate(async (k) => {
    const first = await window.bench.render(k);
    const update = await window.bench.update();
    window.bench.destroy();
    return { first, update };
  }, kind);

log(`timing first render and update: ${WARMUP} warm-up + ${ROUNDS} rounds × ${LIBS.length} libraries × 2 charts`);
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const lib of rotated(LIBS, round)) {
    await front(lib);
    for (const kind of KINDS) {
      const r = await renderAndUpdate(pages[lib], kind);
      if (round < WARMUP) continue;
      push(lib, `${kind}.first.script`, r.first.script);
      push(lib, `${kind}.first.wall`, r.first.wall);
      if (r.first.layout != null) push(lib, `${kind}.first.layout`, r.first.layout);
      if (r.first.layout != null) push(lib, `${kind}.first.scriptLayout`, r.first.script + r.first.layout);
      if (r.first.shell != null) push(lib, `${kind}.first.shell`, r.first.shell);
      if (r.first.draw != null) push(lib, `${kind}.first.draw`, r.first.draw);
      push(lib, `${kind}.first.deferred`, r.first.deferred ? 1 : 0);
      push(lib, `${kind}.update.script`, r.update.script);
      push(lib, `${kind}.update.wall`, r.update.wall);
      // The DOM floor of the same chart in the same round (same machine state as its timings).
      const f = await pages[lib].evaluate((k) => window.bench.domFloor(k, 20), kind);
      ((floors[lib] ??= {})[kind] ??= { ...f, samples: [] }).samples.push(f.ms);
    }
  }
  if ((round + 1) % 5 === 0) log(`  round ${round + 1}/${WARMUP + ROUNDS}`);
}

// ---------------------------------------------------------------------------------------------
// 6. 50 barrier stacks on one fresh page, and the JS heap with them after GC (interleaved)
// ---------------------------------------------------------------------------------------------
log(`timing ${MANY} stacks on one page: ${MANY_ROUNDS} rounds × ${LIBS.length} libraries (fresh page each)`);
for (let round = 0; round < MANY_ROUNDS; round++) {
  for (const lib of rotated(LIBS, round)) {
    const page = pages[lib];
    await loadPage(page, lib);
    await front(lib);
    const before = await heapUsed(page);
    const r = await page.evaluate((n) => window.bench.renderMany(n), MANY);
    await new Promise((res) => setTimeout(res, 300));
    const after = await heapUsed(page);
    const memory = await memoryByType(page);
    if (memory) {
      push(lib, 'many.memory.total', memory.total);
      push(lib, 'many.memory.js', memory.JavaScript ?? 0);
      push(lib, 'many.memory.dom', memory.DOM ?? 0);
    }
    if (r.drawnCharts !== MANY) failures.push(`${lib}: only ${r.drawnCharts} of ${MANY} stacks drawn`);
    // Then all of them changed to the update's year at once (as a filter bar linking them would):
    // the browser's work (Chromium's own counters, not only script) and the frames drawn in the
    // next MANY_UPDATE_MS, where any transitions the change starts run.
    await page.$cdp.send('Performance.enable');
    const m0 = await metricsOf(page);
    const u = await page.evaluate((ms) => window.bench.updateMany(ms), MANY_UPDATE_MS);
    const m1 = await metricsOf(page);
    if (u.changed !== MANY) failures.push(`${lib}: only ${u.changed} of ${MANY} stacks drawn after the change of year`);
    push(lib, 'manyUpdate.frames', u.frames);
    push(lib, 'manyUpdate.script', u.script);
    for (const [key, metric] of [['style', 'RecalcStyleDuration'], ['layout', 'LayoutDuration'], ['task', 'TaskDuration']]) {
      push(lib, `manyUpdate.${key}`, (m1[metric] - m0[metric]) * 1000);
    }
    push(lib, 'many.script', r.script);
    push(lib, 'many.wall', r.wall);
    if (r.layout != null) push(lib, 'many.scriptLayout', r.script + r.layout);
    push(lib, 'many.heap', after);
    push(lib, 'many.heapBefore', before);
    push(lib, 'many.heapDelta', after - before);
    push(lib, 'many.styles', r.styleElementsAdded);
    if (round === 0) {
      const png = await page.screenshot({ path: join(TMP, `${lib}-50-stacks.png`), fullPage: false });
      void png;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 6b. A dashboard (ours only; the peers have no filter bar): a filter change on a page with a
//     bar and four linked charts, timed from the change event to every chart updated.
// ---------------------------------------------------------------------------------------------
const DASHBOARD_PAGES = QUICK ? 1 : 7;
const DASHBOARD_CHANGES = QUICK ? 18 : 30;
/** Changes of a fresh page counted as its first (the bar has not been asked these choices yet). */
const DASHBOARD_FIRST = 6;
const dashboard = { first: [], later: [], problems: [] };
log(`timing filter changes on a dashboard: ${DASHBOARD_PAGES} fresh pages × ${DASHBOARD_CHANGES} changes`);
for (let round = 0; round < DASHBOARD_PAGES; round++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 1000 });
  page.on('pageerror', (e) => failures.push(`dashboard: page error: ${e.message}`));
  await page.goto(`${BASE}/pages/dashboard.html`, { waitUntil: 'load' });
  await waitReady(page, 'dashboard');
  const r = await page.evaluate((n) => window.benchDashboard(n), DASHBOARD_CHANGES);
  dashboard.first.push(...r.times.slice(0, DASHBOARD_FIRST));
  dashboard.later.push(...r.times.slice(2 * DASHBOARD_FIRST));
  for (const p of r.problems) if (!dashboard.problems.includes(p)) dashboard.problems.push(p);
  await page.close();
}
if (dashboard.problems.length) failures.push(`dashboard: ${dashboard.problems.join('; ')}`);

// ---------------------------------------------------------------------------------------------
// 7. Where the time goes: forced style/layout per library (trace), and our CPU profile.
// ---------------------------------------------------------------------------------------------
const forced = {};
let profiles = null;
if (PROFILE) {
  log('tracing the 50-stack page of each library (forced style recalculation and layout)');
  for (const lib of LIBS) {
    const page = pages[lib];
    await loadPage(page, lib);
    await front(lib);
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
    await page.evaluate((n) => window.bench.renderMany(n), MANY);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
    forced[lib] = summariseTrace(trace);
  }

  log('tracing our 50-stack page again on the unminified build, to name what forces style recalculation');
  {
    const page = pages['pioneer-viz'];
    await page.goto(`${BASE}/pages/bench.html?lib=pioneer-viz-profile`, { waitUntil: 'load' });
    await waitReady(page, 'pioneer-viz-profile');
    await front('pioneer-viz');
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
    await page.evaluate((n) => window.bench.renderMany(n), MANY);
    const t = summariseTrace(JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')));
    const moduleAt = moduleIndex(profileBundle.file);
    const bundleName = profileBundle.file.split('/').pop();
    const named = new Map();
    for (const [k, n] of t.forcers) {
      const [fn, url, line] = k.split('\t');
      const where = url.endsWith(bundleName) ? moduleAt(Number(line)) : url.replace(BASE, '');
      const key = `${fn.replace(/(\D)\d+$/, '$1')}\t${where}`;
      named.set(key, (named.get(key) ?? 0) + n);
    }
    forced.oursNamed = { ...t, forcers: [...named].sort((a, b) => b[1] - a[1]).map(([k, n]) => ({ fn: k.split('\t')[0], where: k.split('\t')[1], n })) };
  }

  log('CPU profile of our elements (unminified build of the same source)');
  const page = pages['pioneer-viz'];
  await page.goto(`${BASE}/pages/bench.html?lib=pioneer-viz-profile`, { waitUntil: 'load' });
  await waitReady(page, 'pioneer-viz-profile');
  await front('pioneer-viz');
  const cdp = page.$cdp;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  profiles = {};
  for (const kind of KINDS) {
    await page.evaluate((k) => window.bench.render(k).then(() => window.bench.destroy()), kind); // warm
    await cdp.send('Profiler.start');
    const times = await page.evaluate(async (k) => {
      const out = [];
      for (let i = 0; i < 25; i++) {
        const f = await window.bench.render(k);
        const u = await window.bench.update();
        window.bench.destroy();
        out.push([f.script, u.script]);
      }
      return out;
    }, kind);
    const { profile } = await cdp.send('Profiler.stop');
    profiles[kind] = { ...summariseProfile(profile, profileBundle.file), runs: 25, times };
  }
  await cdp.send('Profiler.start');
  const many = await page.evaluate((n) => window.bench.renderMany(n), MANY);
  const { profile } = await cdp.send('Profiler.stop');
  profiles.many = { ...summariseProfile(profile, profileBundle.file), runs: 1, times: [[many.script]] };
  writeFileSync(join(TMP, 'profile-many.cpuprofile'), JSON.stringify(profile));

  log('sampling heap profile of our 50 stacks (what the live JS heap holds, by allocating function)');
  await page.goto(`${BASE}/pages/bench.html?lib=pioneer-viz-profile`, { waitUntil: 'load' });
  await waitReady(page, 'pioneer-viz-profile');
  await front('pioneer-viz');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 512 });
  await page.evaluate((n) => window.bench.renderMany(n), MANY);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { profile: heapProfile } = await cdp.send('HeapProfiler.getSamplingProfile');
  await cdp.send('HeapProfiler.stopSampling');
  profiles.heap = summariseHeap(heapProfile, profileBundle.file);
}

const whatIf = {};
if (WHAT_IF && whatIfBuilds.some((v) => v.applicable)) {
  const ids = whatIfBuilds.filter((v) => v.applicable).map((v) => `whatif-${v.id}`);
  log(`what-if builds of our source: ${ids.length} variants × ${WHAT_IF_ROUNDS} rounds, interleaved`);
  // Reuse the pioneer-viz page: one variant at a time would not be interleaved, so open one each.
  const wpages = {};
  for (const id of ids) wpages[id] = await openPage(id);
  const wpush = (id, k, v) => ((whatIf[id] ??= {})[k] ??= []).push(v);
  // The same warm-up as the main rounds: a page's first rounds run colder code (not yet
  // optimised by the JIT) and would be read as a difference between builds.
  for (let round = 0; round < WARMUP + WHAT_IF_ROUNDS; round++) {
    for (const id of rotated(ids, round)) {
      await wpages[id].bringToFront();
      for (const kind of KINDS) {
        const first = [];
        const update = [];
        for (let i = 0; i < WHAT_IF_SAMPLES; i++) {
          const r = await renderAndUpdate(wpages[id], kind);
          first.push(r.first.script);
          update.push(r.update.script);
        }
        if (round < WARMUP) continue;
        wpush(id, `${kind}.first`, median(first));
        wpush(id, `${kind}.update`, median(update));
      }
    }
  }
  for (let round = 0; round < Math.max(1, Math.round(WHAT_IF_ROUNDS / 3)); round++) {
    for (const id of rotated(ids, round)) {
      const page = wpages[id];
      await loadPage(page, id);
      await page.bringToFront();
      const r = await page.evaluate((n) => window.bench.renderMany(n), MANY);
      await new Promise((res) => setTimeout(res, 200));
      wpush(id, 'many', r.script);
      wpush(id, 'heap', await heapUsed(page));
    }
  }
  for (const id of ids) await wpages[id].close();
}

const loadAfter = os.loadavg();
const chromeVersion = await browser.version();
await shutdown();
if (failures.length) {
  console.error(`bench: problems:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}

async function shutdown() {
  await browser.close().catch(() => {});
  await new Promise((r) => server.close(r));
}

/** Style recalculations and layouts during the trace; "forced" ones carry a JS stack. */
function summariseTrace(trace) {
  const events = trace.traceEvents ?? trace;
  // Several renderers are open (one page per library): take the renderer main thread that did
  // the most work during the trace, i.e. the page in front.
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (mains.has(k) && e.dur) busy.set(k, (busy.get(k) ?? 0) + e.dur);
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
  const out = { styleRecalcs: 0, forcedStyleRecalcs: 0, forcedStyleMs: 0, layouts: 0, forcedLayouts: 0, styleMs: 0, layoutMs: 0, forcers: new Map() };
  for (const e of onMain) {
    const isStyle = e.name === 'UpdateLayoutTree';
    const isLayout = e.name === 'Layout';
    if (!isStyle && !isLayout) continue;
    if (e.ph !== 'X' && e.ph !== 'B') continue;
    const stack = e.args?.beginData?.stackTrace ?? [];
    const forcedByScript = stack.length > 0;
    if (isStyle) {
      out.styleRecalcs++;
      if (forcedByScript) {
        out.forcedStyleRecalcs++;
        out.forcedStyleMs += (e.dur ?? 0) / 1000;
        const top = stack[0];
        const k = `${top.functionName || '(anonymous)'}\t${top.url ?? ''}\t${top.lineNumber ?? 0}`;
        out.forcers.set(k, (out.forcers.get(k) ?? 0) + 1);
      }
      out.styleMs += (e.dur ?? 0) / 1000;
    } else {
      out.layouts++;
      if (forcedByScript) out.forcedLayouts++;
      out.layoutMs += (e.dur ?? 0) / 1000;
    }
  }
  return out;
}

/** Live bytes by allocating function (self) and by our functions on the allocation stack (inclusive). */
function summariseHeap(profile, bundleFile) {
  const modules = moduleIndex(bundleFile);
  const bundleName = bundleFile.split('/').pop();
  const keyOf = (f) => `${f.functionName || '(anonymous)'}\t${f.url.endsWith(bundleName) ? modules(f.lineNumber + 1) : f.url ? f.url.replace(BASE, '') : ''}`;
  const self = new Map();
  const incl = new Map();
  let total = 0;
  const walk = (node, stack) => {
    const k = keyOf(node.callFrame);
    const here = stack.includes(k) ? stack : [...stack, k];
    if (node.selfSize) {
      total += node.selfSize;
      self.set(k, (self.get(k) ?? 0) + node.selfSize);
      for (const s of here) incl.set(s, (incl.get(s) ?? 0) + node.selfSize);
    }
    for (const c of node.children ?? []) walk(c, here);
  };
  walk(profile.head, []);
  // The single biggest allocation site in our renderers, with a hint of what it builds.
  const sites = new Map();
  const walkSites = (node) => {
    const f = node.callFrame;
    if (node.selfSize && f.url.endsWith(bundleName) && modules(f.lineNumber + 1).startsWith('src/renderers/')) {
      const k = f.lineNumber + 1;
      sites.set(k, (sites.get(k) ?? 0) + node.selfSize);
    }
    for (const c of node.children ?? []) walkSites(c);
  };
  walkSites(profile.head);
  const [siteLine, siteBytes] = [...sites].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const lines = readFileSync(join(ROOT, bundleFile), 'utf8').split('\n');
  const near = lines.slice(siteLine - 1, siteLine + 15).join('\n');
  const topSite = { bytes: siteBytes, module: modules(siteLine), buildsMarks: /marks\.push\(/.test(near) };
  const rows = (m, filter, n) => [...m].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, bytes]) => {
    const [fn, where] = k.split('\t');
    return { fn, where, bytes };
  });
  return {
    totalBytes: total,
    top: rows(self, () => true, 12),
    ownInclusive: rows(incl, (k) => /\tsrc\//.test(k) && !k.startsWith('(anonymous)'), 14),
    topSite,
  };
}

/** Maps a line of esbuild's unminified output to the module it came from ("// path" markers). */
function moduleIndex(bundleFile) {
  const modules = [];
  readFileSync(join(ROOT, bundleFile), 'utf8').split('\n').forEach((l, i) => {
    const m = /^\/\/ (\S+\.(?:ts|js|mjs))$/.exec(l);
    if (m) modules.push([i + 1, m[1]]);
  });
  return (line) => {
    let found = '?';
    for (const [start, path] of modules) {
      if (start > line) break;
      found = path;
    }
    return found;
  };
}

/** Self time by function (name, source module, line), top first; idle excluded. */
function summariseProfile(profile, bundleFile) {
  const moduleAt = moduleIndex(bundleFile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bundleName = bundleFile.split('/').pop();
  const keyOf = (f) => {
    const where = f.url.endsWith(bundleName) ? moduleAt(f.lineNumber + 1) : f.url ? f.url.replace(BASE, '') : '';
    // esbuild renames a function whose name another module also uses (textWidth → textWidth2).
    const fn = where.startsWith('src/') ? (f.functionName || '(anonymous)').replace(/(\D)\d+$/, '$1') : f.functionName || '(anonymous)';
    return `${fn}\t${where}`;
  };
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const agg = new Map();
  const incl = new Map();
  const underDraw = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { callFrame: f } = byId.get(id);
    if (f.functionName === '(idle)') continue;
    total += us;
    const key = keyOf(f);
    agg.set(key, (agg.get(key) ?? 0) + us);
    // Inclusive time: once per distinct function on the sample's stack.
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const k = keyOf(byId.get(n).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
    // The same, counting only samples taken inside the chart's draw (PioneerChart._drawNow, its private name).
    if ([...seen].some((k) => k.startsWith('_drawNow\t'))) for (const k of seen) underDraw.set(k, (underDraw.get(k) ?? 0) + us);
  }
  const rows = (m, filter, n) => [...m].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => {
    const [fn, where] = k.split('\t');
    return { fn, where, ms: us / 1000 };
  });
  const top = rows(agg, () => true, 15);
  // Our own functions by total (inclusive) time: where the script time goes, top-down.
  const ownInclusive = rows(incl, (k) => /\tsrc\//.test(k) && !/\t.*(anonymous)/.test(k) && !k.startsWith('(anonymous)'), 18);
  const inDraw = rows(underDraw, (k) => /\tsrc\//.test(k) && !k.startsWith('(anonymous)'), 12);
  return { totalMs: total / 1000, top, ownInclusive, inDraw };
}

// ---------------------------------------------------------------------------------------------
// 8. Results
// ---------------------------------------------------------------------------------------------
const chartName = (kind) => (kind === 'stack' ? 'stacked bars' : 'trend');
// Declarations (hoisted): the what-if rounds, earlier in this file, take medians too.
function sorted(a) {
  return [...a].sort((x, y) => x - y);
}
function median(a) {
  const s = sorted(a);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const quantile = (a, q) => {
  const s = sorted(a);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : NaN;
};
const S = (lib, key) => samples[lib]?.[key] ?? [];
const med = (lib, key) => median(S(lib, key));
const p90 = (lib, key) => quantile(S(lib, key), 0.9);
const ms = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : '—');
const mb = (v) => `${(v / 1048576).toFixed(2)} MB`;
const ratio = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');

function bestPeer(key, pick = med) {
  let best = null;
  for (const p of PEERS) {
    const v = pick(p, key);
    if (Number.isFinite(v) && (best === null || v < best.v)) best = { lib: p, v };
  }
  return best;
}

/** A small seeded generator (mulberry32), so that the same samples give the same intervals. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOOTSTRAP = 4000;
/**
 * How sure a verdict on times is: a 95% interval of (our median ÷ the limit), the limit being
 * `factor` × the peer's median. The rounds are resampled with replacement as pairs (our sample
 * and the peer's from the same round, taken minutes apart at most), so the machine's drift
 * during the run, which hits both of a pair alike, is not counted as uncertainty twice.
 * Percentile bootstrap, BOOTSTRAP resamples; null when the samples are not paired.
 */
function ratioInterval(oursKey, peer, peerKey, factor) {
  return pairedInterval(S('pioneer-viz', oursKey), S(peer, peerKey), factor);
}

/** The 95% interval of median(a) ÷ (median(b) × factor), resampling the rounds as pairs. */
function pairedInterval(a, b, factor = 1) {
  if (!a.length || a.length !== b.length) return null;
  const random = seededRandom(20161);
  const n = a.length;
  const ra = new Array(n);
  const rb = new Array(n);
  const ratios = new Array(BOOTSTRAP);
  for (let k = 0; k < BOOTSTRAP; k++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * n);
      ra[i] = a[j];
      rb[i] = b[j];
    }
    ratios[k] = median(ra) / (median(rb) * factor);
  }
  return { low: quantile(ratios, 0.025), high: quantile(ratios, 0.975) };
}

/** A fraction as a signed whole percentage: +36%, −7%, 0%. */
const signedPercent = (f) => {
  const p = Math.round(f * 100);
  return p === 0 ? '0%' : `${p < 0 ? '−' : '+'}${Math.abs(p)}%`;
};

const verdicts = [];
function verdict(name, ours, limit, unit, note = '', interval = null) {
  const met = ours <= limit;
  const by = met ? `met with ${unit === 'KB' ? kb(limit - ours) : unit === 'MB' ? mb(limit - ours) : `${ms(limit - ours)} ms`} to spare` : `missed by ${unit === 'KB' ? kb(ours - limit) : unit === 'MB' ? mb(ours - limit) : `${ms(ours - limit)} ms`} (${ratio(ours, limit)} the limit)`;
  verdicts.push({ name, met, by, ours, limit, unit, note, interval });
  return met;
}
/** What the interval says of a verdict: the same either way, or not settled by this run. */
/** [library, chart kind, entry] for each entry of a table keyed by library, then kind, in table order. */
const perChart = (table) => LIBS.flatMap((lib) => KINDS.filter((kind) => table[lib]?.[kind]).map((kind) => [lib, kind, table[lib][kind]]));

const intervalText = (iv) => {
  if (!iv) return '—';
  // Two decimals, or three where two would print a bound as 1.00 that is not 1 (the verdict
  // turns on which side of 1 it lies).
  const bound = (v) => (v.toFixed(2) === '1.00' && v !== 1 ? v.toFixed(3) : v.toFixed(2));
  const range = `${bound(iv.low)}–${bound(iv.high)}×`;
  return iv.low > 1 ? `${range}: missed, beyond this run's noise` : iv.high <= 1 ? `${range}: met, beyond this run's noise` : `${range}: within this run's noise (not settled)`;
};

const timingRow = (label, key, { p90col = true } = {}) => {
  const best = bestPeer(key);
  const cells = LIBS.map((l) => (S(l, key).length ? `${ms(med(l, key))}${p90col ? ` (${ms(p90(l, key))})` : ''}` : '—'));
  return `| ${label} | ${cells.join(' | ')} | ${best ? `${LIB_NAMES[best.lib]}` : '—'} | ${best ? ratio(med('pioneer-viz', key), best.v) : '—'} |`;
};

const peerBundleBest = PEERS.map((p) => ({ lib: p, gzip: bundles[p].gzip })).sort((a, b) => a.gzip - b.gzip)[0];
const half = (key) => bestPeer(key).v / 2;

// Verdicts against the issue's targets (medians, same run).
verdict('Embed bundle (dist/pioneer-viz.js) ≤ 45 KB gzipped', embedSize.gzip, 45 * 1024, 'KB', embedHasStack ? '' : 'this build of dist/pioneer-viz.js does not yet contain <barrier-stack>, so the real figure will be larger');
for (const name of ['barrier-stack', 'pioneer-trend']) {
  verdict(`<${name}> module + lit + d3 ≥ 3× smaller than the best peer bundle (${LIB_NAMES[peerBundleBest.lib]}, ${kb(peerBundleBest.gzip)})`, components[name].gzip, peerBundleBest.gzip / 3, 'KB');
}
for (const kind of KINDS) {
  const tag = kind === 'stack' ? '<barrier-stack>' : '<pioneer-trend>';
  for (const step of ['first', 'update']) {
    const key = `${kind}.${step}.script`;
    verdict(`${tag} ${step === 'first' ? 'first render' : 'update'} (script) ≤ half the best peer's`, med('pioneer-viz', key), half(key), 'ms', '', ratioInterval(key, bestPeer(key).lib, key, 0.5));
  }
}
verdict(`${MANY} stacks (script) ≤ half the best peer's`, med('pioneer-viz', 'many.script'), half('many.wall'), 'ms', '', ratioInterval('many.script', bestPeer('many.wall').lib, 'many.wall', 0.5));
verdict(`JS heap with ${MANY} stacks after GC ≤ the best peer's`, med('pioneer-viz', 'many.heap'), bestPeer('many.heap').v, 'MB', '', ratioInterval('many.heap', bestPeer('many.heap').lib, 'many.heap', 1));

const versions = {
  'pioneer-viz': JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
  lit: pkgVersion('lit'),
  'd3-array': pkgVersion('d3-array'),
  'vega-lite': pkgVersion('vega-lite'),
  'vega-embed': pkgVersion('vega-embed'),
  vega: pkgVersion('vega'),
  '@observablehq/plot': pkgVersion('@observablehq/plot'),
  d3: pkgVersion('d3'),
  'chart.js': pkgVersion('chart.js'),
  esbuild: pkgVersion('esbuild'),
  'puppeteer-core': pkgVersion('puppeteer-core'),
};
const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
const cpuModel = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="?([^"\n]*)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : os.type();
const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const elapsed = (Date.now() - started) / 1000;

const oursFirst = (kind) => `${ms(med('pioneer-viz', `${kind}.first.script`))} ms`;
const headlineRows = [
  ['Bundle, gzipped (embed: every element + data + map)', kb(embedSize.gzip), `${LIB_NAMES[peerBundleBest.lib]} ${kb(peerBundleBest.gzip)}`, ratio(embedSize.gzip, peerBundleBest.gzip)],
  ['Bundle, gzipped (<barrier-stack> module + lit + d3)', kb(components['barrier-stack'].gzip), `${LIB_NAMES[peerBundleBest.lib]} ${kb(peerBundleBest.gzip)}`, ratio(components['barrier-stack'].gzip, peerBundleBest.gzip)],
  ['Bundle, gzipped (<pioneer-trend> module + lit + d3)', kb(components['pioneer-trend'].gzip), `${LIB_NAMES[peerBundleBest.lib]} ${kb(peerBundleBest.gzip)}`, ratio(components['pioneer-trend'].gzip, peerBundleBest.gzip)],
  ...KINDS.flatMap((kind) => {
    const tag = chartName(kind);
    const bf = bestPeer(`${kind}.first.script`);
    const bu = bestPeer(`${kind}.update.script`);
    return [
      [`First render, ${tag} (script)`, oursFirst(kind), `${LIB_NAMES[bf.lib]} ${ms(bf.v)} ms`, ratio(med('pioneer-viz', `${kind}.first.script`), bf.v)],
      [`Update, ${tag} (script)`, `${ms(med('pioneer-viz', `${kind}.update.script`))} ms`, `${LIB_NAMES[bu.lib]} ${ms(bu.v)} ms`, ratio(med('pioneer-viz', `${kind}.update.script`), bu.v)],
    ];
  }),
  (() => {
    const b = bestPeer('many.wall');
    return [`${MANY} stacks on one page (script)`, `${ms(med('pioneer-viz', 'many.script'))} ms`, `${LIB_NAMES[b.lib]} ${ms(b.v)} ms`, ratio(med('pioneer-viz', 'many.script'), b.v)];
  })(),
  (() => {
    const b = bestPeer('many.heap');
    return [`JS heap with ${MANY} stacks, after GC`, mb(med('pioneer-viz', 'many.heap')), `${LIB_NAMES[b.lib]} ${mb(b.v)}`, ratio(med('pioneer-viz', 'many.heap'), b.v)];
  })(),
];

const md = [];
md.push('# Benchmark: pioneer-viz against Vega-Lite, Observable Plot and Chart.js');
md.push('');
md.push(`Written by \`npm run bench\` (bench/run.mjs) on ${date}${QUICK ? ' — QUICK RUN (few repetitions; not for quoting)' : ''}. Method: bench/README.md.`);
md.push('');
md.push('## Headline');
md.push('');
md.push(`Medians of one interleaved run in headless Chromium ${chromeVersion.replace(/^.*\//, '')} on a ${os.cpus().length}-core ${cpuModel}; ratio = pioneer-viz ÷ the best of the three peers for that figure (below 1 is better).`);
md.push('');
md.push('| | pioneer-viz | best peer | ratio |');
md.push('|---|---|---|---|');
for (const r of headlineRows) md.push(`| ${r.join(' | ')} |`);
md.push('');
md.push(`Targets of the benchmark issue: ${verdicts.filter((v) => v.met).length} of ${verdicts.length} met.`);
md.push('');
md.push('| target | pioneer-viz | limit | | 95% interval of pioneer-viz ÷ limit |');
md.push('|---|---|---|---|---|');
for (const v of verdicts) {
  const f = (x) => (v.unit === 'KB' ? kb(x) : v.unit === 'MB' ? mb(x) : `${ms(x)} ms`);
  md.push(`| ${v.name} | ${f(v.ours)} | ${f(v.limit)} | ${v.met ? '**met**' : '**missed**'}: ${v.by}${v.note ? `; ${v.note}` : ''} | ${v.unit === 'KB' ? 'a size: no noise' : intervalText(v.interval)} |`);
}
md.push('');
md.push(`The interval resamples this run's rounds as pairs (ours and the peer's from the same round; ${BOOTSTRAP} bootstrap resamples, percentile method): it says whether the run's own spread could turn a verdict, not how much another run on a busier or quieter machine would differ (the what-if table's control row shows that).`);
md.push('');
// Not the verdict (the issue measures against the peers of the same run): the same figures
// against the best peers' figures the issue quotes from its own machine, so that planning can
// see how far the peers have moved since (newer versions, another machine) and what a target
// in absolute figures would mean.
const quotedPeer = (key, them, quoted) => {
  const b = bestPeer(key);
  return { now: b.v, nowLib: b.lib, them, quoted };
};
const bundlePeer = { now: peerBundleBest.gzip, nowLib: peerBundleBest.lib, them: 74.5 * 1024, quoted: 'Chart.js 74.5 KB' };
// `fixed`: a limit the issue states outright (45 KB), which the peers' figures do not move.
const QUOTED = [
  { name: 'Embed bundle, gzipped', ours: embedSize.gzip, ...bundlePeer, factor: 45 / 74.5, unit: 'KB', rule: 'fixed', fixed: true },
  { name: '<barrier-stack> module + lit + d3, gzipped', ours: components['barrier-stack'].gzip, ...bundlePeer, factor: 1 / 3, unit: 'KB', rule: '⅓ of it' },
  { name: '<pioneer-trend> module + lit + d3, gzipped', ours: components['pioneer-trend'].gzip, ...bundlePeer, factor: 1 / 3, unit: 'KB', rule: '⅓ of it' },
  { name: 'Stacked bars: first render', ours: med('pioneer-viz', 'stack.first.script'), ...quotedPeer('stack.first.script', 8.1, 'Plot 8.1 ms'), factor: 0.5, unit: 'ms', rule: 'half' },
  { name: 'Stacked bars: update', ours: med('pioneer-viz', 'stack.update.script'), ...quotedPeer('stack.update.script', 4.6, 'Plot 4.6 ms'), factor: 0.5, unit: 'ms', rule: 'half' },
  { name: 'Trend: first render', ours: med('pioneer-viz', 'trend.first.script'), ...quotedPeer('trend.first.script', 7.2, 'Plot 7.2 ms'), factor: 0.5, unit: 'ms', rule: 'half' },
  { name: 'Trend: update', ours: med('pioneer-viz', 'trend.update.script'), ...quotedPeer('trend.update.script', 4.0, 'Plot 4.0 ms'), factor: 0.5, unit: 'ms', rule: 'half' },
  { name: `${MANY} stacks`, ours: med('pioneer-viz', 'many.script'), ...quotedPeer('many.wall', 687, 'Chart.js 687 ms'), factor: 0.5, unit: 'ms', rule: 'half' },
  { name: `JS heap with ${MANY} stacks`, ours: med('pioneer-viz', 'many.heap'), ...quotedPeer('many.heap', 3.9 * 1048576, 'Plot 3.9 MB'), factor: 1, unit: 'MB', rule: 'no more' },
];
const quotedMet = QUOTED.filter((q) => q.ours <= q.them * q.factor).length;
// Each quoted peer figure once (the two modules' rows share the bundle's), fixed limits left out.
const peerFigures = [...new Map(QUOTED.filter((q) => !q.fixed).map((q) => [q.quoted, q])).values()];
const moved = peerFigures.filter((q) => q.now < q.them).length;
md.push(`For planning, not the verdict: the best peers' figures the issue quotes, measured on its own machine when it was filed, against this run's. Held to those figures (the same rule: half, a third, no more; the embed's 45 KB is fixed), pioneer-viz would meet ${quotedMet} of ${QUOTED.length}. In this run ${moved} of the ${peerFigures.length} quoted peer figures that set a limit are faster or smaller than quoted (newer versions, another machine): those make the limits above tighter than the issue's own figures.`);
md.push('');
md.push('| figure | best peer, as the issue quotes it | best peer in this run | this run ÷ quoted | limit from the quoted figure | pioneer-viz | |');
md.push('|---|---|---|---|---|---|---|');
for (const q of QUOTED) {
  const f = (x) => (q.unit === 'KB' ? kb(x) : q.unit === 'MB' ? mb(x) : `${ms(x)} ms`);
  const limit = q.them * q.factor;
  md.push(`| ${q.name} | ${q.quoted} | ${LIB_NAMES[q.nowLib]} ${f(q.now)} | ${ratio(q.now, q.them)} | ${f(limit)} (${q.rule}) | ${f(q.ours)} | ${q.ours <= limit ? 'within' : `over, ${ratio(q.ours, limit)}`} |`);
}
md.push('');
md.push('## Machine and versions');
md.push('');
md.push(`- Date: ${date}; whole run ${elapsed.toFixed(0)} s (${ROUNDS} timed rounds after ${WARMUP} warm-up rounds; ${MANY_ROUNDS} fresh pages per library for ${MANY} stacks).`);
md.push(`- CPU: ${cpuModel}, ${os.cpus().length} cores; memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GB.`);
md.push(`- OS: ${osRelease}, Linux ${os.release()} (${os.arch()}).`);
md.push(`- Load average (1/5/15 min) at start: ${loadBefore.map((x) => x.toFixed(2)).join(' / ')}; at end: ${loadAfter.map((x) => x.toFixed(2)).join(' / ')}. Other work on the machine during the run adds noise to every library alike (interleaved order), not to one.`);
md.push(`- Browser: ${chromeVersion} (${chromePath}), headless; Node ${process.version}.`);
md.push(`- Clock: performance.now() in steps of ${timer ? `${timer.stepUs.toFixed(0)} µs (page ${timer.isolated ? '' : 'not '}cross-origin isolated)` : 'unknown'}; each time below is one measurement of that clock, so a median is a multiple of that step.`);
md.push(`- Libraries: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
md.push(`- pioneer-viz page bundle built from: ${oursSource}${embedStale ? '; note: dist/ is older than the newest file in src/ (run npm run build before the bench)' : ''}.`);
md.push('');
md.push('## Bundle size (gzip -9)');
md.push('');
md.push('What a page must load for that library to draw both charts, bundled and minified by esbuild (tree-shaken), with the libraries\' own prebuilt single files for reference.');
md.push('');
md.push('| bundle | minified | gzipped | ratio to best peer |');
md.push('|---|---|---|---|');
md.push(`| pioneer-viz embed, dist/pioneer-viz.js (every element + data + map) | ${kb(embedSize.bytes)} | ${kb(embedSize.gzip)} | ${ratio(embedSize.gzip, peerBundleBest.gzip)} |`);
md.push(`| pioneer-viz page bundle (embed + bench adapter), ${bundles['pioneer-viz'].file} | ${kb(bundles['pioneer-viz'].bytes)} | ${kb(bundles['pioneer-viz'].gzip)} | ${ratio(bundles['pioneer-viz'].gzip, peerBundleBest.gzip)} |`);
for (const n of ['barrier-stack', 'pioneer-trend', 'both']) {
  md.push(`| ${n === 'both' ? 'both elements' : `<${n}>`} for bundler users: ${components[n].from} + lit + d3 modules | ${kb(components[n].bytes)} | ${kb(components[n].gzip)} | ${ratio(components[n].gzip, peerBundleBest.gzip)} |`);
}
for (const p of PEERS) md.push(`| ${LIB_NAMES[p]}: bench/peers/${p}.js → ${bundles[p].file} | ${kb(bundles[p].bytes)} | ${kb(bundles[p].gzip)} | ${ratio(bundles[p].gzip, peerBundleBest.gzip)} |`);
for (const p of PEERS) md.push(`| ${LIB_NAMES[p]} prebuilt: ${prebuiltSize[p].files.join(' + ')} | | ${kb(prebuiltSize[p].gzip)} | |`);
md.push('');
md.push('The per-component rows count every module of the package as having side effects (the element must register itself). ' +
  Object.keys(componentSources).map((n) => `\`import '${components[n].declaredPath}'\` bundled with package.json's \`sideEffects\` as it is ${components[n].registersAsDeclared ? 'keeps' : '**drops**'} the \`<${n}>\` definition`).join('; ') + '.' +
  (Object.keys(componentSources).some((n) => !components[n].registersAsDeclared) ? ' (The shared chunks in dist/shared/ that define the elements are not listed in `sideEffects`, so a bundler that honours it tree-shakes the element away: add "./dist/shared/*.js".)' : ''));
md.push('');
{
  const parts = components['barrier-stack'].parts;
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  md.push(`What the \`<barrier-stack>\` bundle for bundler users is made of (minified bytes by origin, from esbuild's metafile; gzip shrinks each part differently):`);
  md.push('');
  md.push('| origin | minified | share |');
  md.push('|---|---|---|');
  for (const [k, v] of Object.entries(parts).sort((a, b) => b[1] - a[1])) if (v > 0) md.push(`| ${k} | ${kb(v)} | ${((v / total) * 100).toFixed(0)}% |`);
  md.push('');
}
{
  const e = embedComposition;
  md.push(`What the embed is made of, and what it would weigh without each part. The embed is built again as \`npm run build\` builds it, with a source map saying which source file each byte of the minified file came from (this build: ${kb(e.bytes)} minified, ${kb(e.gzip)} gzipped). "Alone" gzips a part's bytes by themselves; "the embed without it" gzips all the other bytes: an estimate, which keeps any code only that part used, so its saving is a lower bound (bench/embed-parts.mjs). ${kb(e.unassigned)} of the minified file is in no part (the entry, the wrapper). For planning: the issue's limit is 45 KB.`);
  md.push('');
  md.push('| part | minified | gzipped alone | the embed without it, gzipped | saving |');
  md.push('|---|---|---|---|---|');
  for (const p of e.parts) md.push(`| ${p.name} | ${kb(p.bytes)} | ${kb(p.gzip)} | ${kb(p.gzipWithout)} | ${kb(e.gzip - p.gzipWithout)} |`);
  for (const x of e.subsets) md.push(`| *${x.name}* | | | ${kb(x.gzipWithout)} | ${kb(e.gzip - x.gzipWithout)} |`);
  md.push('');
  md.push('The chart shell, file by file (the same estimates; files of 0.5 KB or more gzipped alone):');
  md.push('');
  md.push('| file | minified | gzipped alone | the embed without it, gzipped | saving |');
  md.push('|---|---|---|---|---|');
  for (const f of e.shellFiles.filter((x) => x.gzip >= 512)) md.push(`| ${f.name} | ${kb(f.bytes)} | ${kb(f.gzip)} | ${kb(f.gzipWithout)} | ${kb(e.gzip - f.gzipWithout)} |`);
  md.push('');
}
md.push('## Times (ms): median (p90)');
md.push('');
md.push(`Script time: from creating the chart to its marks in the DOM, JavaScript only (bench/README.md). ${ROUNDS} samples per cell; ${MANY_ROUNDS} for the ${MANY}-stack page.`);
md.push('');
md.push(`| figure | ${LIBS.map((l) => LIB_NAMES[l]).join(' | ')} | best peer | pioneer-viz ÷ best |`);
md.push(`|---|${LIBS.map(() => '---').join('|')}|---|---|`);
md.push(timingRow('Stacked bars: first render, script', 'stack.first.script'));
md.push(timingRow('Stacked bars: first render, script + style/layout of the shell', 'stack.first.scriptLayout'));
md.push(timingRow('Stacked bars: first render, wall time to marks in the DOM', 'stack.first.wall'));
md.push(timingRow('Stacked bars: update (2020 → 2019), script', 'stack.update.script'));
md.push(timingRow('Trend: first render, script', 'trend.first.script'));
md.push(timingRow('Trend: first render, script + style/layout of the shell', 'trend.first.scriptLayout'));
md.push(timingRow('Trend: first render, wall time to marks in the DOM', 'trend.first.wall'));
md.push(timingRow('Trend: update (new rows), script', 'trend.update.script'));
md.push(timingRow(`${MANY} stacks on one page, script`, 'many.script'));
md.push(timingRow(`${MANY} stacks on one page, script + style/layout`, 'many.scriptLayout'));
md.push(timingRow(`${MANY} stacks on one page, wall time to marks in the DOM`, 'many.wall'));
md.push('');
md.push('Peers draw synchronously (Plot, Chart.js) or in one promise chain (vega-embed), so their script time is their wall time. ' +
  `Our elements draw after their ResizeObserver reports a width, in the next frame (deferred in ${S('pioneer-viz', 'stack.first.deferred').filter(Boolean).length} of ${S('pioneer-viz', 'stack.first.deferred').length} stack renders): ` +
  `their script time is append → updateComplete (median ${ms(med('pioneer-viz', 'stack.first.shell'))} ms for the stack, ${ms(med('pioneer-viz', 'trend.first.shell'))} ms for the trend) plus the ResizeObserver callback → drawn (${ms(med('pioneer-viz', 'stack.first.draw'))} ms, ${ms(med('pioneer-viz', 'trend.first.draw'))} ms); ` +
  `the wall time includes waiting for that frame. The style and layout of the new shell, forced once by the bench between the two, took ${ms(med('pioneer-viz', 'stack.first.layout'))} ms (stack) and ${ms(med('pioneer-viz', 'trend.first.layout'))} ms (trend).`);
md.push('');
md.push('## The DOM floor');
md.push('');
md.push(`What each chart is made of (every element the box holds after the first render, shadow roots included: for ours the shell too), and the time to build exactly that DOM again in a bare loop: \`createElementNS\`, \`setAttribute\`, text and \`appendChild\`, detached, no library code (\`bench.domFloor\` in bench/pages/harness.js; measured in every timed round right after that chart's first render and update, so in the same machine state: median over the ${ROUNDS} rounds of the median of 2 batches of 10). No library can draw that picture with those elements faster than its floor; the first render's script time above minus the floor is the library's own work.`);
md.push('');
md.push('| library | chart | elements (SVG) | attributes | DOM floor, ms | first render, script ms | floor ÷ first render |');
md.push('|---|---|---|---|---|---|---|');
for (const [lib, kind, f] of perChart(floors)) {
  const first = med(lib, `${kind}.first.script`);
  const fl = median(f.samples);
  md.push(`| ${LIB_NAMES[lib]} | ${chartName(kind)} | ${f.elements} (${f.svgElements}) | ${f.attributes} | ${f.canvas ? `${ms(fl)} (a canvas: its pixels are painted, not built)` : ms(fl)} | ${ms(first)} | ${f.canvas ? '—' : `${((fl / first) * 100).toFixed(0)}%`} |`);
}
{
  const halfPlot = med('plot', 'stack.first.script') / 2;
  const ours = floors['pioneer-viz']?.stack;
  if (ours) {
    md.push('');
    md.push(`Half of Plot's first render of the stacked bars is ${ms(halfPlot)} ms; building our stacked bars' DOM alone, with no code of ours, takes ${ms(median(ours.samples))} ms (Plot's: ${ms(median(floors.plot.stack.samples))} ms).`);
  }
}
md.push('');
md.push('## What an update changes in the DOM');
md.push('');
md.push('One update of each chart (stacked bars 2020 → 2019, trend to new rows), recorded by a MutationObserver on the box and every shadow root in it (bench.updateMutations in bench/pages/harness.js; not timed, since observing costs time). It counts the work the update hands the browser, whoever asked for it: attributes written (a write of an unchanged value is not made by our renderers, so it is not counted for ours; a library that sets a value again is counted), elements inserted and removed with everything inside them (a node moved is removed and inserted again, so it counts in both and once under moved), and text changes.');
md.push('');
md.push('| library | chart | attributes written (on SVG elements) | those writes alone, replayed on the drawn chart, ms | elements inserted | elements removed | nodes moved | text changes | update, script ms |');
md.push('|---|---|---|---|---|---|---|---|---|');
for (const [lib, kind, m] of perChart(mutations)) {
  md.push(`| ${LIB_NAMES[lib]} | ${chartName(kind)} | ${m.attributes} (${m.attributesSvg}) | ${m.attributes ? `${ms(m.replayMs)}${m.replayed !== m.attributes ? ` (${m.replayed} distinct writes)` : ''}` : '—'} | ${m.inserted} | ${m.removed} | ${m.moved} | ${m.text} | ${ms(med(lib, `${kind}.update.script`))} |`);
}
md.push('');
md.push('Chart.js repaints its canvas, which changes no DOM. The replay sets each recorded attribute back to its value before the update, lets style and layout catch up and a frame pass, then times writing the update\'s values again with no library code (median of 11): what those writes cost on a drawn, styled chart, where each invalidates style or layout. Compare it with the DOM floor above, where a whole chart\'s attributes are written to detached elements.');
md.push('');
md.push('## Memory');
md.push('');
md.push(`| | ${LIBS.map((l) => LIB_NAMES[l]).join(' | ')} |`);
md.push(`|---|${LIBS.map(() => '---').join('|')}|`);
md.push(`| JS heap with ${MANY} stacks, after GC (median) | ${LIBS.map((l) => mb(med(l, 'many.heap'))).join(' | ')} |`);
md.push(`| JS heap of the page before the charts (library loaded) | ${LIBS.map((l) => mb(med(l, 'many.heapBefore'))).join(' | ')} |`);
md.push(`| of which the ${MANY} charts | ${LIBS.map((l) => mb(med(l, 'many.heapDelta'))).join(' | ')} |`);
md.push(`| \`<style>\` elements added to the document | ${LIBS.map((l) => String(med(l, 'many.styles'))).join(' | ')} |`);
const measured = LIBS.every((l) => S(l, 'many.memory.total').length);
if (measured) {
  md.push(`| Memory with ${MANY} stacks, all of it (measureUserAgentSpecificMemory) | ${LIBS.map((l) => mb(med(l, 'many.memory.total'))).join(' | ')} |`);
  md.push(`| of which JavaScript | ${LIBS.map((l) => mb(med(l, 'many.memory.js'))).join(' | ')} |`);
  md.push(`| of which DOM | ${LIBS.map((l) => mb(med(l, 'many.memory.dom'))).join(' | ')} |`);
}
md.push('');
md.push('Heap: `HeapProfiler.collectGarbage` three times, then `Runtime.getHeapUsage` (used size) over CDP. Chart.js draws on a canvas, whose pixels are not JS heap; the other three draw SVG.');
if (measured) {
  const dom = (l) => med(l, 'many.memory.dom');
  const bestDom = PEERS.filter((l) => l !== 'chartjs').reduce((a, l) => (dom(l) < dom(a) ? l : a));
  md.push('');
  md.push(`Memory, right after the heap figure: \`performance.measureUserAgentSpecificMemory()\` (measured at once, \`--enable-blink-features=ForceEagerMeasureMemory\`), its breakdown summed by type; not a target of the issue, which counts the JS heap only. The DOM (elements, attributes, text and shadow roots) is memory the JS heap figure leaves out: ours is ${mb(dom('pioneer-viz'))} with ${MANY} stacks, against ${mb(dom(bestDom))} for ${LIB_NAMES[bestDom]}, the SVG peer with the least (${ratio(dom('pioneer-viz'), dom(bestDom))}); each of our charts has its shell (figure, controls, notes, table host) besides its marks. The whole figure also counts memory of neither type (shared), which for Chart.js is mostly its ${MANY} canvases' pixels.`);
}
md.push('');
md.push(`### A change of year on the ${MANY}-stack page`);
md.push('');
md.push(`Right after the memory figures, on the same pages: all ${MANY} stacks changed to the update's year at once (as a filter bar linking them would), then the page watched for ${MANY_UPDATE_MS} ms. Frames: animation frames the page drew meanwhile (about ${Math.round(MANY_UPDATE_MS / 16.7)} for a page that never stalls). Script of the changes: from the first change to the last library call returned (for ours, every element's update complete). The rest are Chromium's own counters over the whole ${MANY_UPDATE_MS} ms (\`Performance.getMetrics\`): the browser's style and layout work, and all its main-thread tasks (script included). Not a target of the issue: it times script only. Our elements move the marks of a chart in the window to their new places (0.3 s transitions) and redraw the others at once; Plot draws new figures, Vega-Lite and Chart.js (\`update('none')\`) redraw without animation. Medians of ${MANY_ROUNDS} fresh pages.`);
md.push('');
md.push(`| | ${LIBS.map((l) => LIB_NAMES[l]).join(' | ')} |`);
md.push(`|---|${LIBS.map(() => '---').join('|')}|`);
md.push(`| frames in the ${MANY_UPDATE_MS} ms | ${LIBS.map((l) => String(med(l, 'manyUpdate.frames'))).join(' | ')} |`);
md.push(`| script of the changes | ${LIBS.map((l) => `${ms(med(l, 'manyUpdate.script'))} ms`).join(' | ')} |`);
md.push(`| style recalculation | ${LIBS.map((l) => `${ms(med(l, 'manyUpdate.style'))} ms`).join(' | ')} |`);
md.push(`| layout | ${LIBS.map((l) => `${ms(med(l, 'manyUpdate.layout'))} ms`).join(' | ')} |`);
md.push(`| main-thread tasks, all | ${LIBS.map((l) => `${ms(med(l, 'manyUpdate.task'))} ms`).join(' | ')} |`);
md.push('');
md.push('## A dashboard: filter changes');
md.push('');
md.push(`The README's dashboard grown to every chart (bench/pages/dashboard.html): a \`<pioneer-filters>\` with year, measure and three breakdowns, linking a \`<barrier-stack>\`, a \`<pioneer-trend>\` and the \`<site-map>\`, and a \`<pioneer-compare>\` linked by id. ${DASHBOARD_PAGES} fresh page${DASHBOARD_PAGES === 1 ? "" : "s"}, ${DASHBOARD_CHANGES} reader choices each (breakdowns and a year, set and cleared in turn); each timed from the select's change event to the bar and all four charts updated (script only; a frame passes between changes). Ours only: the peers have no filter bar.`);
md.push('');
md.push('| | median | p90 | changes |');
md.push('|---|---|---|---|');
md.push(`| the first ${DASHBOARD_FIRST} changes of a page | ${ms(median(dashboard.first))} ms | ${ms(quantile(dashboard.first, 0.9))} ms | ${dashboard.first.length} |`);
md.push(`| changes from the ${2 * DASHBOARD_FIRST + 1}th on | ${ms(median(dashboard.later))} ms | ${ms(quantile(dashboard.later, 0.9))} ms | ${dashboard.later.length} |`);
md.push('');
md.push('Most of a change is the bar working out which choices every linked chart could show (it runs each chart\'s own validation for each choice of each control: "probes"). A chart keeps the answers per state of its properties and attributes, so a question the bar has asked before (a choice set again, the attributes\' own state) is not worked out again; any change to the chart asks afresh. The first changes of a page ask new questions; later ones mostly old ones.');
md.push('');
if (PROFILE) {
  md.push('## Profile');
  md.push('');
  md.push(`### Style recalculation and layout while ${MANY} stacks render (Chromium trace)`);
  md.push('');
  md.push('"Forced" = synchronous, triggered by script (the trace event carries a JS stack).');
  md.push('');
  md.push(`| | ${LIBS.map((l) => LIB_NAMES[l]).join(' | ')} |`);
  md.push(`|---|${LIBS.map(() => '---').join('|')}|`);
  md.push(`| style recalculations (forced) | ${LIBS.map((l) => `${forced[l].styleRecalcs} (${forced[l].forcedStyleRecalcs})`).join(' | ')} |`);
  md.push(`| style recalculation time | ${LIBS.map((l) => `${ms(forced[l].styleMs)} ms`).join(' | ')} |`);
  md.push(`| layouts (forced) | ${LIBS.map((l) => `${forced[l].layouts} (${forced[l].forcedLayouts})`).join(' | ')} |`);
  md.push(`| layout time | ${LIBS.map((l) => `${ms(forced[l].layoutMs)} ms`).join(' | ')} |`);
  md.push('');
  // A few sentences computed from the profiles, so that they stay true when the code changes.
  {
    const inc = (k, fn) => profiles[k].ownInclusive.find((t) => t.fn === fn)?.ms ?? 0;
    const pct = (a, b) => (b ? `${((a / b) * 100).toFixed(0)}%` : '—');
    const SHELL = new Set(['updated', '_drawNow', 'draw', 'performUpdate', 'update']);
    /** Our functions under _drawNow worth naming (≥ 5% of it), biggest first. */
    const parts = (k) => {
      const total = inc(k, '_drawNow');
      return profiles[k].inDraw
        .filter((t) => !SHELL.has(t.fn) && t.ms >= 0.05 * total)
        .slice(0, 6)
        .map((t) => `\`${t.fn}\` ${pct(t.ms, total)}`)
        .join(', ');
    };
    const svgOf = (lib) => checks.find((c) => c.lib === lib && c.kind === 'stack' && c.step === 'first')?.elements.svg ?? '?';
    const o = forced.oursNamed ?? forced['pioneer-viz'];
    md.push('### Where our time goes (summary of the profiles below)');
    md.push('');
    md.push(`- **Stacked bars, one chart**: the ResizeObserver-triggered draw (\`_drawNow\`) splits into ${parts('stack')} (inclusive times, nested functions overlap). Most self time is DOM work (\`setAttribute\`, \`insertBefore\`, \`createElementNS\`): the chart draws ${svgOf('pioneer-viz')} SVG elements where Plot draws ${svgOf('plot')}.`);
    const forcers = (forced.oursNamed?.forcers ?? []).slice(0, 3).map((f) => `\`${f.fn}\` (${f.where}) ×${f.n}`).join(', ');
    md.push(`- **${MANY} stacks**: the trace counts ${o.styleRecalcs} style recalculations, ${o.forcedStyleRecalcs} of them forced by script (${ms(o.forcedStyleMs)} ms of forced style work; Plot: ${forced.plot.styleRecalcs} recalculation in all, none forced)${forcers ? `, forced from ${forcers}` : ''}. ${o.forcedStyleRecalcs > 1 ? 'Each chart has its own ResizeObserver, and a chart draws in the microtask checkpoint right after its own callback, so any style read in the next chart\'s callback or draw finds the styles dirty again: reads are not batched before writes.' : ''}`);
    md.push(`- **Trend**: \`_drawNow\` splits into ${parts('trend')}; \`willUpdate\` (validating the \`data\` rows, building the dataset and the view) adds ${ms(inc('trend', 'willUpdate') / profiles.trend.runs / 2)} ms per render or update.`);
    if (profiles.heap) {
      const hi = (fn) => profiles.heap.ownInclusive.find((t) => t.fn === fn)?.bytes ?? 0;
      const top = profiles.heap.ownInclusive.filter((t) => !SHELL.has(t.fn) && t.bytes >= 0.1 * hi('_drawNow')).slice(0, 4).map((t) => `\`${t.fn}\` ${mb(t.bytes)}`).join(', ');
      md.push(`- **Heap**: of the live JS heap with ${MANY} stacks, our functions allocated (inclusive) ${top}; the biggest single allocation site in our renderers (${mb(profiles.heap.topSite.bytes)}, ${profiles.heap.topSite.module}) is ${profiles.heap.topSite.buildsMarks ? 'the loop that builds the `marks` array: a key, a spoken label, an anchor and a detail object for each of the 64 segments, built eagerly for every chart' : 'an anonymous function (see the sampling heap profile below)'}.`);
    }
    md.push('');
  }
  for (const [k, title] of [['stack', '25 × (first render + update) of `<barrier-stack>`'], ['trend', '25 × (first render + update) of `<pioneer-trend>`'], ['many', `${MANY} \`<barrier-stack>\` on one page`]]) {
    const p = profiles[k];
    md.push(`### CPU profile: ${title}`);
    md.push('');
    md.push(`Sampled every 50 µs, unminified build of the same source (${profileBundle.file}); ${ms(p.totalMs)} ms of non-idle samples in all (including the bench's own frame waits and GC). Top self time:`);
    md.push('');
    md.push('| self ms | function | module |');
    md.push('|---|---|---|');
    for (const t of p.top) md.push(`| ${ms(t.ms)} | \`${t.fn}\` | ${t.where} |`);
    md.push('');
    md.push(`Our functions by total (inclusive) time over the ${p.runs === 1 ? 'run' : `${p.runs} runs`}:`);
    md.push('');
    md.push('| total ms | function | module |');
    md.push('|---|---|---|');
    for (const t of p.ownInclusive) md.push(`| ${ms(t.ms)} | \`${t.fn}\` | ${t.where} |`);
    md.push('');
  }
}
if (WHAT_IF && Object.keys(whatIf).length) {
  md.push('### What the suspects cost: what-if builds of our source');
  md.push('');
  md.push(`Each build is our source with one change made at bundle time by bench/run.mjs (nothing in src/ is edited), timed in its own page, interleaved, ${WARMUP} warm-up round${WARMUP === 1 ? '' : 's'} and then ${WHAT_IF_ROUNDS} rounds (${Math.max(1, Math.round(WHAT_IF_ROUNDS / 3))} for ${MANY} stacks, on a fresh page each). ${WHAT_IF_SAMPLES > 1 ? `In each round every page draws and updates each chart ${WHAT_IF_SAMPLES} times, and the round's figure is the median of those ${WHAT_IF_SAMPLES} (one slow sample, from a burst of other work on the machine, then does not decide a round). ` : ''}Script time, medians of the rounds in ms; heap in MB. Each cell gives the difference from "as is" in the same table (not the main tables above) and, after it, the 95% interval of that difference: the rounds resampled as pairs (the build's sample and "as is"'s from the same round; ${BOOTSTRAP} bootstrap resamples). An interval that spans 0 is a difference this run cannot tell from noise; the control row, an identical build in its own page, shows how large such a difference gets.`);
  md.push('');
  md.push(`| build | stack first | stack update | trend first | trend update | ${MANY} stacks | heap with ${MANY} |`);
  md.push('|---|---|---|---|---|---|---|');
  const runs = (id, k) => whatIf[`whatif-${id}`]?.[k] ?? [];
  const W = (id, k) => (runs(id, k).length ? median(runs(id, k)) : NaN);
  for (const v of whatIfBuilds) {
    if (!v.applicable) {
      md.push(`| ${v.what} | not applicable: the source no longer matches (already changed?) | | | | | |`);
      continue;
    }
    const cell = (k, f = ms) => {
      const x = W(v.id, k);
      const base = W('as-is', k);
      if (v.id === 'as-is' || !Number.isFinite(base)) return f(x);
      // No interval from fewer than 5 pairs (a quick run's): it would only echo the samples.
      const iv = runs(v.id, k).length >= 5 ? pairedInterval(runs(v.id, k), runs('as-is', k)) : null;
      const within = iv && iv.low <= 1 && iv.high >= 1;
      return `${f(x)} (${signedPercent(x / base - 1)}${iv ? `; ${signedPercent(iv.low - 1)} to ${signedPercent(iv.high - 1)}${within ? ', noise' : ''}` : ''})`;
    };
    md.push(`| ${v.what}${v.partial ? ' (partly applicable)' : ''} | ${cell('stack.first')} | ${cell('stack.update')} | ${cell('trend.first')} | ${cell('trend.update')} | ${cell('many')} | ${cell('heap', (b) => (b / 1048576).toFixed(2))} |`);
  }
  md.push('');
}
if (PROFILE && profiles.heap) {
  const h = profiles.heap;
  md.push(`### Sampling heap profile: what our ${MANY} stacks keep alive`);
  md.push('');
  md.push(`Live JS objects after GC sampled every 512 bytes (${mb(h.totalBytes)} sampled in all, library and page included), by the function that allocated them:`);
  md.push('');
  md.push('| live | allocated in | module |');
  md.push('|---|---|---|');
  for (const t of h.top) md.push(`| ${mb(t.bytes)} | \`${t.fn}\` | ${t.where} |`);
  md.push('');
  md.push('Our functions on the allocation stack (inclusive):');
  md.push('');
  md.push('| live | function | module |');
  md.push('|---|---|---|');
  for (const t of h.ownInclusive) md.push(`| ${mb(t.bytes)} | \`${t.fn}\` | ${t.where} |`);
  md.push('');
}
md.push('## Drawn-chart checks');
md.push('');
md.push('Every library drew every chart: marks counted in its DOM/scenegraph, and the screenshot (bench/tmp/*.png, not committed) has ink (non-white share) and colours. A failed check stops the bench.');
md.push('');
md.push('| library | chart | marks | DOM elements | ink | colours | picture |');
md.push('|---|---|---|---|---|---|---|');
for (const c of checks) md.push(`| ${LIB_NAMES[c.lib]} | ${c.kind} ${c.step} | ${Object.entries(c.marks).map(([k, v]) => `${k} ${v}`).join(', ')} | ${c.elements.n} (SVG ${c.elements.svg}) | ${(c.ink * 100).toFixed(1)}% | ${c.colours} | ${c.size} |`);
md.push('');
md.push('DOM elements: everything under the chart\'s box, shadow roots included (ours: the figure, SVG, controls, notes, the hidden table and long description).');
md.push('');
md.push('## Data');
md.push('');
md.push(`- Stacked bars: ${data.stack.first.tables.join(', ')} (${data.stack.first.items.length} barriers × 4 responses), from dist/data/observations.json; the update switches to ${data.stack.update.tables.join(', ')} (${data.stack.update.items.length} barriers), i.e. \`year="2019"\`.`);
md.push('- Trend: a fixed SYNTHETIC table in bench/data.mjs (8 items × 2016–2020, invented values, 7 missing values so that lines break), fed to <pioneer-trend> through its `data` property and to the peers as the same numbers; the update swaps in a second fixed table.');
md.push('');

// An element's name written bare, `<barrier-stack>`, is an HTML tag to a Markdown renderer,
// which drops it (GitHub: "<barrier-stack> first render" reads " first render"): as code.
const ELEMENT_NAME = /(?<![`\w])<((?:barrier-stack|pioneer-trend|pioneer-compare|pioneer-filters|pioneer-table|site-map))>(?!`)/g;
writeFileSync(OUT, md.map((line) => line.replace(ELEMENT_NAME, '`<$1>`')).join('\n'));
log(`wrote ${relative(ROOT, OUT)}`);
console.log('\n' + md.slice(md.indexOf('## Headline'), md.indexOf('## Machine and versions')).join('\n'));
