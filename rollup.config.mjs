// Two builds from one source:
//  1. dist/pioneer-viz.js — the self-contained, minified embed bundle (lit, d3 modules, data, map inside).
//  2. dist/index.js, dist/components/*.js, dist/data/index.js — ES modules for bundler users,
//     with lit and d3 left as dependencies, plus .d.ts types under dist/types.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { asciiOnlyPlugin } from './scripts/ascii-only.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));

const terserOptions = {
  ecma: 2021,
  module: true,
  format: { comments: false },
  compress: { passes: 3 },
};

export const components = {
  'components/pioneer-trend': 'src/components/pioneer-trend/pioneer-trend.ts',
  'components/barrier-stack': 'src/components/barrier-stack/barrier-stack.ts',
  'components/pioneer-compare': 'src/components/pioneer-compare/pioneer-compare.ts',
  'components/pioneer-filters': 'src/components/pioneer-filters/pioneer-filters.ts',
  'components/site-map': 'src/components/site-map/site-map.ts',
  'components/pioneer-table': 'src/components/pioneer-table/pioneer-table.ts',
};

export default [
  {
    input: 'src/embed.ts',
    // d3-array's one module makes its bisectors when loaded (`bisector(ascending)`…), which nothing
    // here uses; a call rollup cannot tell is pure is kept, with the helpers it takes. It is pure.
    treeshake: { manualPureFunctions: ['bisector'] },
    // An IIFE: no import or export, so a classic <script> runs it as a module script does.
    output: { file: 'dist/pioneer-viz.js', format: 'iife', sourcemap: false },
    plugins: [
      nodeResolve({ browser: true }),
      // tslib's __decorate alone (the script says why).
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, noEmitOnError: true, outDir: 'dist', tslib: './scripts/tslib-embed.mjs' }),
      minifyCssLiterals(),
      // The templates' indentation and comments out; this bundle hydrates nothing (see the script).
      minifyHtmlLiterals(),
      // Members named `_…` are private to their class (TypeScript `private`, only ever `this._…`;
      // the protected members a subclass of PioneerChart overrides keep their names) and this
      // bundle is one file, so they are renamed short here. Not in the module build, whose chunks
      // terser minifies apart (a class and its subclass could get different names). Lit's own
      // `_$…` members are left alone.
      terser({ ...terserOptions, module: false, toplevel: true, mangle: { properties: { regex: /^_[a-zA-Z]/ } } }),
      // ASCII alone: a classic script is decoded in its page's encoding (a module script is always UTF-8).
      asciiOnlyPlugin(),
    ],
  },
  {
    input: { index: 'src/index.ts', 'data/index': 'src/data/index.ts', 'renderers/index': 'src/renderers/index.ts', ...components },
    external: isExternal,
    // No bare `import "lit"` / `import "d3-array"` hoisted into the entries: a consumer's bundler
    // warns about (and drops) a side-effect import of a package that declares none.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js', sourcemap: false, hoistTransitiveImports: false },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist', noEmitOnError: true }),
      minifyCssLiterals(),
      terser(terserOptions),
    ],
  },
];
