// Two builds from one source:
//  1. dist/pioneer-viz.js — the self-contained, minified embed bundle (lit, d3 modules, data, map inside).
//  2. dist/index.js, dist/components/*.js, dist/data/index.js — ES modules for bundler users,
//     with lit and d3 left as dependencies, plus .d.ts types under dist/types.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));

const terserOptions = {
  ecma: 2021,
  module: true,
  format: { comments: false },
  compress: { passes: 3 },
};

/**
 * Minifies the CSS inside Lit's css`…` literals (terser leaves template text alone): comments
 * out, whitespace collapsed and dropped around braces, semicolons, commas and combinators. A
 * space before ':' is kept (it is a descendant combinator in a selector), as are spaces around
 * + and - (calc()); quoted strings (a generated `content: ': '`, which printed "2019:44%") and
 * interpolations are left alone.
 */
export function minifyCssLiterals() {
  const minifyRules = (css) =>
    css
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  // Comments first (their apostrophes are no quotes), then the text between quoted strings.
  const minify = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
      .map((part, i) => (i % 2 ? part : minifyRules(part)))
      .join('');
  const walk = (node, visit) => {
    if (!node || typeof node.type !== 'string') return;
    visit(node);
    for (const key in node) {
      const v = node[key];
      if (Array.isArray(v)) for (const c of v) walk(c, visit);
      else if (v && typeof v.type === 'string') walk(v, visit);
    }
  };
  return {
    name: 'minify-css-literals',
    // On the compiled chunk, found by parsing (Lit's `css` is renamed in the bundle): a tagged
    // template whose text holds rules (braces with a colon inside) and no markup.
    renderChunk(code) {
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const quasis = node.quasi.quasis;
        const text = quasis.map((q) => q.value.raw).join('');
        if (text.includes('<') || !/\{[^}]*:[^}]*\}/.test(text)) return;
        quasis.forEach((q, i) => {
          let raw = minify(q.value.raw);
          if (i === 0) raw = raw.trimStart();
          if (i === quasis.length - 1) raw = raw.trimEnd();
          edits.push([q.start, q.end, raw]);
        });
      });
      if (!edits.length) return null;
      let out = '';
      let at = 0;
      for (const [start, end, raw] of edits.sort((a, b) => a[0] - b[0])) {
        out += code.slice(at, start) + raw;
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

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
    // An IIFE: no import or export, so a classic <script> runs it as a module script does.
    output: { file: 'dist/pioneer-viz.js', format: 'iife', sourcemap: false },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, noEmitOnError: true, outDir: 'dist' }),
      minifyCssLiterals(),
      terser({ ...terserOptions, module: false, toplevel: true }),
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
