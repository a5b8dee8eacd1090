// Prints what the bundled data adds to dist/pioneer-viz.js, gzipped, and fails over the budget of
// issue 3 (15 KB). Measured as src/data/bundled.ts with everything it imports (the generated
// packed module, the decoder, createDataset) bundled and minified by esbuild, lit and d3 external —
// i.e. the data as the embed bundle carries it, without the query layer or the map outline.
// Run `npm run build:data` first (it writes src/data/generated/).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 15 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function measure(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    external: ['lit', 'lit/*', '@lit/*', 'd3-*'],
    logLevel: 'error',
  });
  const code = out.outputFiles[0].contents;
  return { raw: code.length, gz: gzipSync(code, { level: 9 }).length };
}

if (!existsSync('src/data/generated/packed.ts')) {
  console.error('data-size: src/data/generated/packed.ts is missing — run npm run build:data first');
  process.exit(1);
}
const rows = [
  ['src/data/bundled.ts + imports (the data in the bundle)', await measure('src/data/bundled.ts'), BUDGET],
  ['  of which src/data/generated/packed.ts alone', await measure('src/data/generated/packed.ts')],
  ['src/data/index.ts (data + query layer, validator, CSV; for reference)', await measure('src/data/index.ts')],
];
let over = false;
for (const [label, { raw, gz }, budget] of rows) {
  const fail = budget !== undefined && gz > budget;
  over ||= fail;
  console.log(`${label.padEnd(72)} ${kb(raw).padStart(9)} min ${kb(gz).padStart(8)} gzip${budget ? `  (budget ${kb(budget)}${fail ? ' — OVER' : ''})` : ''}`);
}
if (over) {
  console.error('data-size: the bundled data is over its 15 KB gzip budget');
  process.exit(1);
}
