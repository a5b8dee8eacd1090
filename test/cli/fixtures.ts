/**
 * The charts the build renders with the CLI and server-side rendering (scripts/build-node.mjs
 * writes them to test/output/cli/ and test/output/ssr/) and that the tests in this folder draw
 * with the elements at the same width.
 */
export interface CliFixture {
  name: string;
  tag: 'barrier-stack' | 'pioneer-trend' | 'site-map' | 'pioneer-compare';
  attributes: Record<string, string>;
  /** Also on the server-rendered page. */
  ssr: boolean;
  /** Drawn at this width, not FIXTURE_WIDTH (not on the server-rendered page, whose charts share one). */
  width?: number;
}

export const FIXTURE_WIDTH = 640;

export const CLI_FIXTURES: readonly CliFixture[] = [
  { name: 'barrier-stack-2019', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2019' }, ssr: true },
  { name: 'barrier-stack-2020-vs-2019', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2020', 'compare-year': '2019' }, ssr: false },
  { name: 'trend-objectives', tag: 'pioneer-trend', attributes: { measure: 'objective' }, ssr: true },
  { name: 'site-map-2019', tag: 'site-map', attributes: { year: '2019' }, ssr: true },
  { name: 'compare-barriers-organisation', tag: 'pioneer-compare', attributes: { measure: 'barrier', dimension: 'organisation' }, ssr: true },
  // Narrow: item labels over their bars, across the grid lines, haloed on screen.
  { name: 'barrier-stack-2020-narrow', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2020' }, ssr: false, width: 320 },
];

/** Tables on the server-rendered page: the build renders each with its table of figures inside. */
export interface SsrTableFixture {
  name: string;
  tag: 'pioneer-table' | 'barrier-stack';
  attributes: Record<string, string>;
}

export const SSR_TABLE_FIXTURES: readonly SsrTableFixture[] = [
  { name: 'table-barriers-2019', tag: 'pioneer-table', attributes: { measure: 'barrier', year: '2019' } },
  { name: 'barrier-stack-2019-print-table', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2019', 'print-table': '' } },
];

/**
 * CLI calls whose exit status and first line of standard error the build records (in
 * test/output/cli/exits.json) for the tests: `status` is what the usage text promises.
 */
export const CLI_EXIT_FIXTURES: readonly { args: string[]; status: number; stderr: string }[] = [
  { args: ['pioneer-table', 'measure=barrier', 'year=2019', '--format', 'html'], status: 0, stderr: '' },
  { args: ['barrier-stack', 'measure=nonsense'], status: 1, stderr: '<barrier-stack>: measure="nonsense" is not valid. Valid values: barrier, facilitator, progress, covid-effect.' },
  // As HTML, the element's message is in the page (exit 0); the console's warning is one line, not the element printed whole.
  { args: ['barrier-stack', 'year=2031', '--format', 'html'], status: 0, stderr: '<barrier-stack>: year="2031" is not valid. Valid values: 2019, 2020.' },
  { args: ['pioneer-table', 'measure=barrier', 'year=2019', '--format', 'svg'], status: 2, stderr: 'pioneer-viz: <pioneer-table> is a table: write it as HTML (--format html).' },
  { args: ['barrier-stack', 'measure=barrier', '--out', 'test/output/cli/figure.jpg'], status: 2, stderr: 'pioneer-viz: --out test/output/cli/figure.jpg: the extension sets the format, and must be .svg, .png or .html, not ".jpg".' },
  { args: ['barrier-stack', 'measure=barrier', '--format', 'svg', '--out', 'test/output/cli/figure.png'], status: 2, stderr: 'pioneer-viz: --format svg does not match --out test/output/cli/figure.png (a png file); give one or make them agree.' },
  // A figure file is drawn in paper's colours: a dark theme is said, not ignored (HTML draws it in the page).
  { args: ['barrier-stack', 'measure=barrier', 'theme=dark', '--out', 'test/output/cli/dark.svg'], status: 1, stderr: '<barrier-stack>: theme="dark" is not drawn in SVG files, which the CLI draws in paper\'s colours (light). Leave theme out, or use --format html, where the page draws it.' },
  // With --all, said once (not once for each figure) and no file written.
  { args: ['--all', 'theme=dark', '--out-dir', 'test/output/cli/all-dark'], status: 1, stderr: 'pioneer-viz: --all: theme="dark" is not drawn in SVG files, which the CLI draws in paper\'s colours (light). Leave theme out, or use --format html, where the page draws it.' },
  // Files named after their report tables keep those tables' figures: --all refuses an attribute that chooses others.
  { args: ['--all', 'year=2020', '--out-dir', 'test/output/cli/all'], status: 2, stderr: 'pioneer-viz: --all draws each chart as its report table prints it, and names the file after that table: year=2020 would draw other figures under those names. Leave out measure, year, compare-year, group, items, response, dimension, wave, deprivation, color-by with --all, or name one element to draw it your way.' },
  // An attribute some of the figures' elements lack is refused before any file is written.
  { args: ['--all', 'sort=alphabetical', '--out-dir', 'test/output/cli/all-sorted'], status: 2, stderr: 'pioneer-viz: --all draws site-map, pioneer-trend, pioneer-compare, barrier-stack: sort is not an attribute of them all. With --all: height, mode, theme, print-table, no-controls, lang.' },
  // Drawn at another size than asked: said on standard error, and the file is written (exit 0).
  { args: ['barrier-stack', 'measure=barrier', 'year=2019', 'height=100', '--out', 'test/output/cli/short.svg'], status: 0, stderr: '<barrier-stack>: height="100" is less than the 647 px this chart needs at this width, so it is drawn 647 px tall. Use a height of at least 647, or none for the chart\'s own height.' },
  { args: ['site-map', 'year=2019', '--width', '120', '--out', 'test/output/cli/narrow.svg'], status: 0, stderr: '<site-map>: --width 120 is less than the 200 px this chart is drawn at, so the file is 200 px wide.' },
  { args: ['--version'], status: 0, stderr: '' },
  { args: ['barrier-stack', 'measure=barrier', '--csp'], status: 2, stderr: 'pioneer-viz: --csp is for --format html (a figure file has no page policy to meet).' },
  { args: ['barrier-stack', 'measure=barrier', '--csp-out', 'test/output/cli/csp.txt'], status: 2, stderr: 'pioneer-viz: --csp-out is for --format html (a figure file has no page policy to meet).' },
  { args: ['barrier-stack', '--format', 'html', '--out', 'test/output/cli/same.html', '--csp-out', './test/output/cli/same.html'], status: 2, stderr: 'pioneer-viz: --csp-out and --out name the same file; give the policy line its own file.' },
  { args: ['barrier-stack', '--format', 'html', '--out', 'test/output/cli/dir-csp.html', '--csp-out', 'test/output/cli'], status: 2, stderr: 'pioneer-viz: --csp-out test/output/cli is a directory; name a file in it, e.g. test/output/cli/policy.txt.' },
  { args: ['barrier-stack', '--format', 'html', '--csp-out', '-'], status: 2, stderr: 'pioneer-viz: --csp-out names a file; --csp prints the line on standard error.' },
  { args: ['pioneer-filters'], status: 2, stderr: 'pioneer-viz: Unknown element "pioneer-filters". Elements: barrier-stack, pioneer-trend, site-map, pioneer-compare, pioneer-table.' },
];

/** The PNG the build writes (of the first fixture) and its scale. */
export const PNG_FIXTURE = { name: 'barrier-stack-2019', scale: 2 } as const;

/**
 * The command line in an app that installed pioneer-viz with only some of the server side's
 * packages (its optional peer dependencies; a browser app installs none of them). The build
 * copies the package into a new app outside this repository, links in its dependencies and
 * `installed`, runs the CLI there, and records (in test/output/cli/installs.json) its exit
 * status, first line of standard error and whether it wrote `out`.
 */
export const CLI_INSTALL_FIXTURES: readonly { name: string; installed: string[]; args: string[]; out: string; status: number; stderr: string; wrote: boolean }[] = [
  {
    name: 'none of the server packages',
    installed: [],
    args: ['barrier-stack', 'measure=barrier', 'year=2019', '--out', 'fig.svg'],
    out: 'fig.svg',
    status: 2,
    stderr: 'pioneer-viz: the command line needs linkedom, which is not installed (a browser app does not need it, so installing pioneer-viz does not bring it). Install the packages the command line uses: npm install --save-dev @lit-labs/ssr @resvg/resvg-js linkedom',
    wrote: false,
  },
  {
    name: 'no PNG rasteriser: SVG',
    installed: ['@lit-labs/ssr', 'linkedom'],
    args: ['barrier-stack', 'measure=barrier', 'year=2019', '--out', 'fig.svg'],
    out: 'fig.svg',
    status: 0,
    stderr: '',
    wrote: true,
  },
  {
    name: 'no PNG rasteriser: PNG',
    installed: ['@lit-labs/ssr', 'linkedom'],
    args: ['barrier-stack', 'measure=barrier', 'year=2019', '--out', 'fig.png'],
    out: 'fig.png',
    status: 2,
    stderr: "pioneer-viz: A PNG file (svgToPng, or the command line's --format png) needs @resvg/resvg-js, which is not installed (a browser app does not need it, so installing pioneer-viz does not bring it): npm install @resvg/resvg-js",
    wrote: false,
  },
  {
    name: 'every server package: PNG',
    installed: ['@lit-labs/ssr', 'linkedom', '@resvg/resvg-js'],
    args: ['barrier-stack', 'measure=barrier', 'year=2019', '--out', 'fig.png'],
    out: 'fig.png',
    status: 0,
    stderr: '',
    wrote: true,
  },
];
