// Imports a TypeScript module of src/ from a Node script (build time, CLI), bundled on the
// fly with esbuild so that build scripts and the browser share one implementation.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function importTs(path, { external = [] } = {}) {
  const out = await build({
    entryPoints: [resolve(root, path)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    external,
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}
