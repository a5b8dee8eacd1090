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
import { compactProperties } from './scripts/compact-properties.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));

// Both builds' minifier options. Beyond terser's defaults: a fourth pass; unused trailing
// parameters dropped (nothing here reads a function's length: d3's max, nice and ticks take no
// comparator); and property reads taken to have no side effects (no getter here does more than
// read or measure, and a read whose value is unused is never there to force layout). And function
// expressions made arrows, and block-bodied arrows and functions in object literals made methods:
// nothing here calls either with `new`, reads its `prototype`, or reads `arguments` in an arrow
// (the few `arguments` are Lit's and tslib's, in constructors and functions), and terser keeps any
// that read `this`. (Not `unsafe`: it makes `String(v)` `"" + v`, which throws for a Symbol a
// script sets, as on barrier-stack's `year`; nor `unsafe_math`, which reorders arithmetic, so a
// coordinate could round differently; nor `unsafe_comps`, which turns `!(a > b)` into `a <= b`,
// not the same where either is NaN: print's fit read a box with no CSS columns, `!(NaN > 0)`, as
// columns, and printed every chart about 240 px wide at 2–5.7 pt (test/embed/embed-print-fit.test.ts).)
// The test groups "embed" and "module" (web-test-runner.config.mjs) run a share of the tests
// against each build as minified.
const terserOptions = {
  ecma: 2021,
  module: true,
  format: { comments: false },
  compress: { passes: 4, keep_fargs: false, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
};

/** Class-private members, renamed short: `_…` but not Lit's `_$…`. */
const privateMembers = { regex: /^_[a-zA-Z]/ };
/**
 * The module build's names for them: `_pa`, `_pb`… `_pZ`, `_pab`… (the nth name, its letters
 * least significant first). Self-contained: terser runs in a worker, given this as source text.
 */
const prefixedNames = {
  get(n) {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let name = '_p';
    do {
      name += letters[n % 52];
      n = Math.floor(n / 52);
    } while (n > 0);
    return name;
  },
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
      // tslib's __decorate alone (scripts/tslib-trimmed.mjs says why).
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, noEmitOnError: true, outDir: 'dist', tslib: './scripts/tslib-trimmed.mjs' }),
      // One call per class for its reactive properties, not a decorator call each (see the script).
      compactProperties(),
      minifyCssLiterals(),
      // The templates' indentation and comments out; this bundle hydrates nothing (see the script).
      minifyHtmlLiterals(),
      // Members named `_…` are private to their class (TypeScript `private`, only ever `this._…`;
      // the protected members a subclass of PioneerChart overrides keep their names) and this
      // bundle is one file, so they are renamed short here (and in the module build, below). Lit's
      // own `_$…` members are left alone.
      terser({ ...terserOptions, module: false, toplevel: true, mangle: { properties: privateMembers } }),
      // ASCII alone: a classic script is decoded in its page's encoding (a module script is always UTF-8).
      asciiOnlyPlugin(),
    ],
  },
  {
    input: { index: 'src/index.ts', 'data/index': 'src/data/index.ts', 'renderers/index': 'src/renderers/index.ts', ...components },
    external: isExternal,
    // Compacted, the elements no longer call lit/decorators.js's `property` and `state` (above);
    // its modules only define decorators, so an import of it left with nothing read is dropped,
    // not kept for its side effects (a consumer's bundler would import it for nothing), and not
    // warned about.
    treeshake: { moduleSideEffects: (id, external) => !(external && /^lit\/decorators(\.js)?$/.test(id)) },
    onwarn: (warning, warn) => (warning.code === 'UNUSED_EXTERNAL_IMPORT' && /^lit\/decorators(\.js)?$/.test(warning.exporter) ? undefined : warn(warning)),
    // No bare `import "lit"` / `import "d3-array"` hoisted into the entries: a consumer's bundler
    // warns about (and drops) a side-effect import of a package that declares none.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js', sourcemap: false, hoistTransitiveImports: false },
    plugins: [
      nodeResolve({ browser: true }),
      // As in the embed: tslib's __decorate alone, and one call per class for its reactive
      // properties. (Not the templates' markup minified: an app may hydrate server-rendered
      // charts, which Lit checks against the client's templates by their text.)
      typescript({ tsconfig: './tsconfig.build.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist', noEmitOnError: true, tslib: './scripts/tslib-trimmed.mjs' }),
      compactProperties(),
      minifyCssLiterals(),
      // The same private members renamed in every chunk alike: terser minifies the chunks one after
      // another when given a name cache, and each takes the names the ones before it gave (a class
      // and its subclass can be in different chunks). Lit is outside these files, so terser cannot
      // see its members' names: the embed's one- and two-letter names would override Lit's own
      // minified ones (`C`, `_t`…) and those of whatever Lit version the app installs. Here each is
      // `_p` and one or two letters (three past 2,704 names), which no Lit build uses (Lit 3.3's
      // members are `__…`, `_$…`, whole words or terser's one- and two-letter names).
      // test/embed/module-build.test.ts compares this build with the embed.
      terser({ ...terserOptions, nameCache: {}, mangle: { properties: { ...privateMembers, nth_identifier: prefixedNames } } }),
    ],
  },
];
