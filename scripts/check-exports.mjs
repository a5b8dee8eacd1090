// Checks the package's public surface after a build: every path in package.json "exports" (and
// its "types") exists, every code entry has its types, every file README's readers are sent to
// ("files") is there, and an app's code (scripts/consumer/app.ts) type-checks against the built
// package under strict settings. Exits 1 naming what fails.
import { spawnSync } from 'node:child_process';
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
// An app's code, through the package name and dist/types, under strict settings (scripts/consumer/).
if (!problems.length) {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'scripts/consumer/tsconfig.json'], { encoding: 'utf8' });
  if (tsc.status !== 0) problems.push(`an app's code (scripts/consumer/app.ts) does not type-check against the built package:\n    ${(tsc.stdout + tsc.stderr).trim().split('\n').join('\n    ')}`);
}
if (problems.length) {
  console.error(`check-exports: ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-exports: ${Object.keys(pkg.exports).length} exports and their types exist; an app's code type-checks against them`);
