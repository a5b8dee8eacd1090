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
}

export const FIXTURE_WIDTH = 640;

export const CLI_FIXTURES: readonly CliFixture[] = [
  { name: 'barrier-stack-2019', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2019' }, ssr: true },
  { name: 'barrier-stack-2020-vs-2019', tag: 'barrier-stack', attributes: { measure: 'barrier', year: '2020', 'compare-year': '2019' }, ssr: false },
  { name: 'trend-objectives', tag: 'pioneer-trend', attributes: { measure: 'objective' }, ssr: true },
  { name: 'site-map-2019', tag: 'site-map', attributes: { year: '2019' }, ssr: true },
  { name: 'compare-barriers-organisation', tag: 'pioneer-compare', attributes: { measure: 'barrier', dimension: 'organisation' }, ssr: true },
];

/** The PNG the build writes (of the first fixture) and its scale. */
export const PNG_FIXTURE = { name: 'barrier-stack-2019', scale: 2 } as const;
