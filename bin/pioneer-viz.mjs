#!/usr/bin/env node
// pioneer-viz render <element> [attribute=value …] [--width 800] [--out fig.svg] [--format svg|png|html] [--scale 2]
// pioneer-viz render --all --out-dir figures/ [--format svg|png] [--width 800]
// Charts without a browser, drawn by the same element code and renderers as in the page
// (see src/server/). Needs the Node build: `npm run build` writes dist/node/render.js.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const USAGE = `Usage:
  pioneer-viz render <element> [attribute=value …] [options]
  pioneer-viz render --all --out-dir <dir> [options]
  pioneer-viz --version

Elements: barrier-stack, pioneer-trend, site-map, pioneer-compare; pioneer-table (--format html only)
Attributes are those of the element (e.g. measure=barrier year=2019; a bare name such as
"diverging" sets a boolean attribute).

Options:
  --width <px>        width the chart is drawn at (default 800; 680 for --format html, a
                      page's text column, so that a static page prints its labels at their size)
  --out <file>        write here (default: standard output); the extension sets the format
  --format <f>        svg (default), png or html (server-rendered element, declarative shadow DOM)
  --scale <n>         PNG pixels per SVG unit (default 2)
  --font <family>     font for PNG text (default: DejaVu Sans, Liberation Sans or Noto Sans if installed)
  --all               every chart of the 2019 and 2020 reports, named after its table
                      (with attributes every element has, e.g. lang=cy; not ones
                      that choose its figures, e.g. year=)
  --out-dir <dir>     directory for --all (default figures)
  --csp               with --format html: also print, on standard error, the style-src sources
                      the HTML's inline styles need under a Content-Security-Policy without
                      'unsafe-inline' (their hashes; without them and without its script, the
                      chart shows unstyled)
  --csp-out <file>    as --csp, but write that line to <file> (alone, whatever else is said
                      on standard error, e.g. an attribute's warning)
Exit status: 0 written; 1 an attribute is invalid (the element's message is printed; as HTML
  the page shows the message, and the status is 0); 2 usage, or a package the command line
  needs is not installed (it says which, and how to install it).`;

class Usage extends Error {}

function parseArgs(argv) {
  const opts = { csp: false, cspOut: undefined, width: undefined, format: undefined, scale: 2, out: undefined, outDir: undefined, all: false, font: undefined, element: undefined, attributes: {} };
  const args = [...argv];
  const value = (name) => {
    if (!args.length || args[0].startsWith('--')) throw new Usage(`${name} needs a value.`);
    return args.shift();
  };
  while (args.length) {
    const a = args.shift();
    if (a === '--help' || a === '-h') throw new Usage('');
    else if (a === '--width') opts.width = Number(value(a));
    else if (a === '--scale') opts.scale = Number(value(a));
    else if (a === '--out' || a === '-o') opts.out = value(a);
    else if (a === '--out-dir') opts.outDir = value(a);
    else if (a === '--format') opts.format = value(a);
    else if (a === '--font') opts.font = value(a);
    else if (a === '--all') opts.all = true;
    else if (a === '--csp') opts.csp = true;
    else if (a === '--csp-out') {
      opts.csp = true;
      opts.cspOut = value(a);
    }
    else if (a.startsWith('--')) throw new Usage(`Unknown option ${a}.`);
    else if (!opts.element && !opts.all && !a.includes('=')) opts.element = a;
    else {
      const i = a.indexOf('=');
      const name = i < 0 ? a : a.slice(0, i);
      if (!name) throw new Usage(`"${a}" is not attribute=value.`);
      opts.attributes[name] = i < 0 ? '' : a.slice(i + 1);
    }
  }
  if (opts.width !== undefined && !(Number.isFinite(opts.width) && opts.width >= 1)) throw new Usage('--width must be a number of pixels, e.g. 800.');
  if (!Number.isFinite(opts.scale) || opts.scale <= 0) throw new Usage('--scale must be a positive number, e.g. 2.');
  if (opts.format != null && !['svg', 'png', 'html'].includes(opts.format)) throw new Usage(`--format must be svg, png or html, not "${opts.format}".`);
  if (opts.out) {
    // The file's extension is its format: never SVG text in a .jpg, nor a PNG named .svg.
    const ext = extname(opts.out).toLowerCase();
    const byExtension = { '.svg': 'svg', '.png': 'png', '.html': 'html', '.htm': 'html' }[ext];
    if (!byExtension) throw new Usage(`--out ${opts.out}: the extension sets the format, and must be .svg, .png or .html${ext ? `, not "${ext}"` : ''}.`);
    if (opts.format != null && opts.format !== byExtension) throw new Usage(`--format ${opts.format} does not match --out ${opts.out} (a ${byExtension} file); give one or make them agree.`);
    opts.format = byExtension;
  }
  opts.format ??= 'svg';
  // HTML is for pages that are read and printed: drawn at a text column's width (the width the
  // elements redraw at for paper), its labels print at their size; a figure file keeps 800.
  opts.width ??= opts.format === 'html' ? 680 : 800;
  if (opts.all && opts.format === 'html') throw new Usage('--all writes svg or png.');
  if (opts.csp && opts.format !== 'html') throw new Usage(`${opts.cspOut ? '--csp-out' : '--csp'} is for --format html (a figure file has no page policy to meet).`);
  if (opts.cspOut === '-') throw new Usage('--csp-out names a file; --csp prints the line on standard error.');
  if (opts.cspOut && existsSync(opts.cspOut) && statSync(opts.cspOut).isDirectory()) throw new Usage(`--csp-out ${opts.cspOut} is a directory; name a file in it, e.g. ${join(opts.cspOut, 'policy.txt')}.`);
  // The same file by another name (a link) too, where both exist.
  const real = (f) => (existsSync(f) ? realpathSync(f) : resolve(f));
  if (opts.cspOut && opts.out && real(opts.cspOut) === real(opts.out)) throw new Usage('--csp-out and --out name the same file; give the policy line its own file.');
  if (!opts.all && !opts.element) throw new Usage('Name an element (e.g. barrier-stack) or use --all.');
  return opts;
}

/** Attributes that choose which figures a chart shows (as opposed to how it draws them). */
const FIGURE_CHOOSING = ['measure', 'year', 'compare-year', 'group', 'items', 'response', 'dimension', 'wave', 'deprivation', 'color-by'];

/** A sans-serif family installed on this machine, for PNG text (resvg knows no "system-ui"). */
function systemFont() {
  try {
    const families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return ['DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'Arial'].find((f) => families.split(/[\n,]/).some((l) => l.trim() === f));
  } catch {
    return undefined; // no fontconfig: resvg still loads system fonts itself, or draws no text
  }
}

async function loadRenderer() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const file = join(root, 'dist', 'node', 'render.js');
  if (!existsSync(file)) throw new Usage(`${file} is missing: run "npm run build" first.`);
  try {
    return await import(pathToFileURL(file).href);
  } catch (e) {
    // The server side's packages are optional peers of pioneer-viz (an app that draws in the
    // browser does not install them): say which to install, not Node's stack.
    const missing = e?.code === 'ERR_MODULE_NOT_FOUND' && SERVER_PEERS.find((name) => String(e.message).includes(`'${name}'`));
    if (missing) throw new MissingPackage(`the command line needs ${missing}, which is not installed (a browser app does not need it, so installing pioneer-viz does not bring it). Install the packages the command line uses: npm install --save-dev ${SERVER_PEERS.join(' ')}`);
    throw e;
  }
}

/** The package's own manifest: its version, and the packages only the server side uses. */
const PKG = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8'));

/** Packages only the server side uses: package.json's optional peerDependencies. */
const SERVER_PEERS = Object.keys(PKG.peerDependencies ?? {});

/** A package the command line needs is not installed (exit 2, without the usage text). */
class MissingPackage extends Error {}

function write(out, data) {
  if (!out) {
    process.stdout.write(data);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (argv.some((a) => a === '--version' || a === '-v')) {
    process.stdout.write(`pioneer-viz ${PKG.version}\n`);
    return 0;
  }
  if (command !== 'render') throw new Usage(command && command !== '--help' && command !== '-h' ? `Unknown command "${command}".` : '');
  const opts = parseArgs(rest);
  const lib = await loadRenderer();
  const font = opts.format === 'png' ? opts.font ?? systemFont() : undefined;
  // A figure file is drawn in paper's colours: a dark theme (the page's, in HTML) is not drawn
  // here, and is said so rather than ignored.
  const darkProblem = opts.format !== 'html' && /^\s*dark\s*$/i.test(opts.attributes.theme ?? '')
    ? `theme="${opts.attributes.theme}" is not drawn in ${opts.format.toUpperCase()} files, which the CLI draws in paper's colours (light). Leave theme out, or use --format html, where the page draws it.`
    : null;
  const one = (tag, attributes) => {
    if (opts.format === 'html') return { data: lib.renderToHtml(tag, attributes, { width: opts.width }) };
    if (darkProblem) return { problem: `<${tag}>: ${darkProblem}` };
    const chart = lib.renderServerChart(tag, attributes, opts.width);
    if (chart.problem) return { problem: `<${tag}>: ${chart.problem}` };
    // Drawn at another size than asked: said, as the element says it under the chart (exit 0).
    const drawnWidth = Number(chart.svg.getAttribute('width'));
    if (chart.sizeNotes.tall) process.stderr.write(`<${tag}>: ${chart.sizeNotes.tall}\n`);
    if (chart.sizeNotes.narrow) process.stderr.write(`<${tag}>: --width ${opts.width} is less than the ${drawnWidth} px this chart is drawn at, so the file is ${drawnWidth} px wide.\n`);
    const svg = lib.chartSvgFile(chart);
    return { data: opts.format === 'png' ? lib.svgToPng(svg, { scale: opts.scale, fontFamily: font }).png : svg };
  };
  try {
    if (opts.all) {
      // Each file is named after its report table: an attribute that chooses the figures would
      // draw other numbers under that name. Only those that style them (lang, sort, height…) go.
      const choosing = Object.keys(opts.attributes).filter((name) => FIGURE_CHOOSING.includes(name));
      if (choosing.length) {
        const given = choosing.map((name) => `${name}=${opts.attributes[name]}`).join(' ');
        throw new Usage(`--all draws each chart as its report table prints it, and names the file after that table: ${given} would draw other figures under those names. Leave out ${FIGURE_CHOOSING.join(', ')} with --all, or name one element to draw it your way.`);
      }
      // Checked against every figure's element before any file is written (not a file or two, then an error).
      const tags = [...new Set(lib.REPORT_FIGURES.map((f) => f.tag))];
      const shared = lib.attributesOf(tags[0]).filter((a) => tags.every((t) => lib.attributesOf(t).includes(a)) && !FIGURE_CHOOSING.includes(a));
      const unshared = Object.keys(opts.attributes).filter((name) => !shared.includes(name));
      if (unshared.length) throw new Usage(`--all draws ${tags.join(', ')}: ${unshared.join(', ')} is not an attribute of them all. With --all: ${shared.join(', ')}.`);
      // Said once, not for each of the figures (exit 1, as for one element).
      if (darkProblem) {
        process.stderr.write(`pioneer-viz: --all: ${darkProblem}\n`);
        return 1;
      }
      const dir = opts.outDir ?? 'figures';
      let failed = 0;
      for (const fig of lib.REPORT_FIGURES) {
        const r = one(fig.tag, { ...fig.attributes, ...opts.attributes });
        if (r.problem) {
          failed++;
          process.stderr.write(`${fig.name}: ${r.problem}\n`);
          continue;
        }
        const file = join(dir, `${fig.name}.${opts.format}`);
        write(file, r.data);
        process.stdout.write(`${file}\n`);
      }
      return failed ? 1 : 0;
    }
    const r = one(opts.element, opts.attributes);
    if (r.problem) {
      process.stderr.write(`${r.problem}\n`);
      return 1;
    }
    write(opts.out, r.data);
    if (opts.csp) {
      const line = `style-src ${lib.styleSources(r.data).join(' ')}\n`;
      if (opts.cspOut) write(opts.cspOut, line);
      else process.stderr.write(line);
    }
    return 0;
  } catch (e) {
    if (e instanceof lib.UsageError) throw new Usage(e.message);
    if (e instanceof lib.MissingPackageError) throw new MissingPackage(e.message);
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof Usage) {
      if (e.message) process.stderr.write(`pioneer-viz: ${e.message}\n\n`);
      process.stderr.write(`${USAGE}\n`);
      process.exit(e.message ? 2 : 0);
    }
    if (e instanceof MissingPackage) {
      process.stderr.write(`pioneer-viz: ${e.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`pioneer-viz: ${e?.stack ?? e}\n`);
    process.exit(3);
  },
);
