// What the embed bundle is made of, and what it would weigh without each part: for planning
// the 45 KB target, which this measures, not decides.
//
// The embed is built again exactly as `npm run build` builds it (rollup.config.mjs's first
// build: rollup, TypeScript, the CSS minifier, terser), with a source map, which says for every
// byte of the minified file the source file it came from. Each part's bytes (a part: an element
// with its renderer, the chart shell, the figures, lit…) are gzipped alone, and the bundle's
// bytes without that part are gzipped too: an estimate of the embed without it. The estimate
// keeps whatever else only that part used (a shared helper it alone calls), so the saving it
// gives is a lower bound, and it leaves the code that registers an element dropped.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';

const gz = (s) => gzipSync(s, { level: 9 }).length;

/** The parts, in the order the table lists them: a name and which source paths are in it. */
export const EMBED_PARTS = [
  ['the chart shell all elements share (components/base: controls, table view, tooltips, print, styles)', (p) => p.includes('src/components/base/')],
  ['the figures (data/generated/packed.ts)', (p) => p.endsWith('src/data/generated/packed.ts')],
  ['the data layer (queries, vocabulary, validation of a page\'s own rows, CSV, intervals)', (p) => p.includes('src/data/') && !p.includes('src/data/generated/packed.ts') && !p.includes('src/data/generated/map-shape.ts') && !p.endsWith('src/data/map-path.ts')],
  ['lit', (p) => /node_modules\/(@lit\/|lit\/|lit-html\/|lit-element\/)/.test(p)],
  ['d3 modules', (p) => /node_modules\/d3-/.test(p)],
  ['`<barrier-stack>` (element and renderer)', (p) => p.includes('src/components/barrier-stack/') || p.endsWith('src/renderers/barrier-stack.ts')],
  ['`<pioneer-trend>` (element and renderer)', (p) => p.includes('src/components/pioneer-trend/') || p.endsWith('src/renderers/trend.ts')],
  ['`<site-map>` (element, renderer and the map\'s shapes)', (p) => p.includes('src/components/site-map/') || p.endsWith('src/renderers/site-map.ts') || p.endsWith('src/data/generated/map-shape.ts') || p.endsWith('src/data/map-path.ts')],
  ['`<pioneer-compare>` (element and renderer)', (p) => p.includes('src/components/pioneer-compare/') || p.endsWith('src/renderers/compare.ts')],
  ['`<pioneer-filters>`', (p) => p.includes('src/components/pioneer-filters/')],
  ['`<pioneer-table>`', (p) => p.includes('src/components/pioneer-table/')],
  ['the renderers\' shared parts (scales, axes, shapes, textures, text widths, DOM joins)', (p) => p.includes('src/renderers/shared/')],
  ['downloads (SVG, PNG, CSV files)', (p) => p.includes('src/export/')],
];

/** Several parts left out together: what an embed of the stacked bars and the trend alone would weigh. */
export const EMBED_SUBSETS = [
  ['only `<barrier-stack>` and `<pioneer-trend>` (no map, comparison, filter bar or table element)', ['`<site-map>` (element, renderer and the map\'s shapes)', '`<pioneer-compare>` (element and renderer)', '`<pioneer-filters>`', '`<pioneer-table>`']],
  ['only `<barrier-stack>` and `<pioneer-trend>`, and no downloads', ['`<site-map>` (element, renderer and the map\'s shapes)', '`<pioneer-compare>` (element and renderer)', '`<pioneer-filters>`', '`<pioneer-table>`', 'downloads (SVG, PNG, CSV files)']],
];

/** Decodes a source map's `mappings` into [generated line, column, source index] triples. */
function decodeMappings(mappings) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = [];
  let source = 0;
  const lines = mappings.split(';');
  for (let line = 0; line < lines.length; line++) {
    let column = 0;
    for (const seg of lines[line].split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) {
        source += fields[1];
        out.push([line, column, source]);
      } else out.push([line, column, -1]);
    }
  }
  return out;
}

/**
 * Builds the embed with a source map and returns its parts: `{ bytes, gzip, parts: [{ name,
 * bytes, gzip, gzipWithout }], subsets: [{ name, gzipWithout }], shellFiles: [{ name, bytes, gzip,
 * gzipWithout }], unassigned }`.
 */
export async function embedParts(root) {
  const configs = (await import(`${root}/rollup.config.mjs`)).default;
  const embed = configs[0];
  const cwd = process.cwd();
  process.chdir(root); // the config's paths (tsconfig, input) are relative to the repository
  let code;
  let map;
  try {
    const b = await rollup({ input: embed.input, plugins: embed.plugins, onwarn: () => {} });
    const { output } = await b.generate({ ...embed.output, file: undefined, sourcemap: true });
    await b.close();
    ({ code, map } = output[0]);
  } finally {
    process.chdir(cwd);
  }
  const lineStart = [];
  let offset = 0;
  for (const l of code.split('\n')) {
    lineStart.push(offset);
    offset += l.length + 1;
  }
  const spans = decodeMappings(map.mappings).map(([line, column, source]) => [lineStart[line] + column, source]).sort((a, b) => a[0] - b[0]);
  // Each byte belongs to the source of the mapping at or before it; bytes before the first
  // mapping, and those of mappings without a source (the IIFE's wrapper), to none (-1).
  const sourceOf = new Int16Array(code.length).fill(-1);
  for (let i = 0; i < spans.length; i++) {
    const [start, source] = spans[i];
    const end = i + 1 < spans.length ? spans[i + 1][0] : code.length;
    sourceOf.fill(source, start, end);
  }
  const sources = map.sources.map((s) => s.replace(/\\/g, '/'));
  const partOfSource = sources.map((s) => EMBED_PARTS.findIndex(([, test]) => test(s)));
  const partOf = (source) => (source < 0 ? -1 : partOfSource[source]);
  /** The minified file's bytes whose source passes `pick`, in the file's order. */
  const bytesWhere = (pick) => {
    let s = '';
    let runStart = -1;
    for (let i = 0; i <= code.length; i++) {
      const kept = i < code.length && pick(sourceOf[i]);
      if (kept && runStart < 0) runStart = i;
      else if (!kept && runStart >= 0) {
        s += code.slice(runStart, i);
        runStart = -1;
      }
    }
    return s;
  };
  const whole = gz(code);
  const parts = EMBED_PARTS.map(([name], k) => {
    const own = bytesWhere((src) => partOf(src) === k);
    return { name, bytes: own.length, gzip: gz(own), gzipWithout: gz(bytesWhere((src) => partOf(src) !== k)) };
  });
  const indexOf = (n) => {
    const k = EMBED_PARTS.findIndex(([p]) => p === n);
    if (k < 0) throw new Error(`embed-parts: no part named ${n}`);
    return k;
  };
  const subsets = EMBED_SUBSETS.map(([name, names]) => {
    const dropped = new Set(names.map(indexOf));
    return { name, gzipWithout: gz(bytesWhere((src) => !dropped.has(partOf(src)))) };
  });
  // The shell, file by file: what a lighter shell could leave out.
  const shellFiles = sources
    .map((src, k) => [src, k])
    .filter(([src]) => src.includes('src/components/base/'))
    .map(([src, k]) => {
      const own = bytesWhere((s) => s === k);
      return { name: src.slice(src.indexOf('src/')), bytes: own.length, gzip: gz(own), gzipWithout: gz(bytesWhere((s) => s !== k)) };
    })
    .filter((f) => f.bytes > 0)
    .sort((a, b) => b.gzip - a.gzip);
  let unassigned = 0;
  for (const src of sourceOf) if (partOf(src) < 0) unassigned++;
  return { bytes: code.length, gzip: whole, parts, subsets, shellFiles, unassigned };
}
