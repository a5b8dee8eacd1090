// Prints the gzip size of the embed bundle and of each per-component module (with what
// it imports from dist/shared), and fails when a budget in package.json's sizeBudget is exceeded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const budgets = pkg.sizeBudget ?? {};
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** A module and the dist chunks it imports (not lit/d3, which stay external). */
function closure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)[^'"]*?from\s*["'](\.[^"']+)["']|import\s*["'](\.[^"']+)["']/g)) {
    closure(resolve(dirname(file), m[1] ?? m[2]), seen);
  }
  return seen;
}

if (!existsSync('dist/pioneer-viz.js')) {
  console.error('size: dist/pioneer-viz.js is missing — run npm run build first');
  process.exit(1);
}
const rows = [['dist/pioneer-viz.js (whole embed bundle)', gz(readFileSync('dist/pioneer-viz.js')), 'dist/pioneer-viz.js']];
const compDir = 'dist/components';
for (const f of existsSync(compDir) ? readdirSync(compDir).filter((f) => f.endsWith('.js')).sort() : []) {
  const files = [...closure(resolve(compDir, f))];
  const total = gz(Buffer.concat(files.map((p) => readFileSync(p))));
  rows.push([`dist/components/${f} (+ its dist chunks; lit/d3 external)`, total, join('dist/components', f)]);
}
let failed = false;
for (const [label, size, key] of rows) {
  const budget = budgets[key];
  const over = budget !== undefined && size > budget;
  failed ||= over;
  console.log(`${label.padEnd(70)} ${kb(size).padStart(9)} gzip (${size} B)${budget !== undefined ? `  (budget ${kb(budget)}${over ? ' — OVER' : ''})` : ''}`);
}
if (failed) {
  console.error('size: over budget');
  process.exit(1);
}
