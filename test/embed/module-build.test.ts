/**
 * The module build (dist/index.js and its chunks: what an app's bundler imports) draws and behaves
 * as the embed does. Both are minified from one source, with the classes' private `_…` members
 * renamed; the module build's chunks are minified one at a time, so a member a chunk renames one
 * way must be renamed the same way in every other chunk (the base class and each element are in
 * different chunks). Each chart is drawn by the module build on this page and by the embed in a
 * frame of the same width, then driven alike (arrow keys, Table view) and compared as a reader
 * gets it: its text, every mark's name, what the live region says, and its CSV and SVG files.
 */
import { expect } from '@esm-bundle/chai';
import { cleanup, mount } from '../helpers.js';

type Chart = HTMLElement & {
  updateComplete: Promise<unknown>;
  marks?: unknown[];
  toCsv?: () => string;
  toSvg?: () => string;
  mode?: string;
};

const CHARTS = [
  '<barrier-stack measure="barrier" year="2020"></barrier-stack>',
  '<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>',
  '<pioneer-trend measure="barrier" response="very"></pioneer-trend>',
  '<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>',
  '<site-map year="2019" color-by="deprivation"></site-map>',
  '<pioneer-compare measure="barrier" dimension="organisation" show-intervals sort="gap"></pioneer-compare>',
  '<pioneer-table measure="barrier" year="2019"></pioneer-table>',
  '<pioneer-filters controls="year,organisation"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>',
];
const WIDTH = 640;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every custom element under `root` (and in their shadow roots), settled. */
function chartsIn(root: ParentNode): Chart[] {
  return [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-')) as Chart[];
}

async function settle(charts: Chart[]): Promise<void> {
  for (let i = 0; i < 6; i++) {
    for (const c of charts) await c.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await pause(20);
  }
}

// Without white space: the embed's templates have their indentation taken out, so it has fewer
// white-space-only text nodes (what a reader gets is the same; see scripts/minify-html-literals.mjs).
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

/** What a reader gets of a chart: text, named marks and controls, in document order. */
function readOut(chart: Chart): string[] {
  const root = chart.shadowRoot!;
  const named = [...root.querySelectorAll('[aria-label],[role],button,select,th,td')].map(
    (e) => `${e.localName}|${e.getAttribute('role') ?? ''}|${squash(e.getAttribute('aria-label'))}|${e.localName === 'svg' || e.localName === 'g' ? '' : squash(e.textContent)}`,
  );
  return [`text: ${squash(root.textContent)}`, ...named];
}

/** '' when the two are the same, or each one's text around where they first differ. */
function around(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(i - 80, i + 80)}… against the embed's …${b.slice(i - 80, i + 80)}…`;
}

/** Focuses the chart's plot and presses keys there, returning what the live region said after each. */
async function pressKeys(chart: Chart, keys: string[]): Promise<string[]> {
  const svg = chart.shadowRoot!.querySelector<SVGSVGElement>('svg[part=svg]');
  if (!svg) return [];
  svg.focus();
  await settle([chart]);
  const said: string[] = [];
  for (const key of keys) {
    svg.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await settle([chart]);
    said.push(`${key}: ${squash(chart.shadowRoot!.querySelector('.live')?.textContent)} [${chart.shadowRoot!.querySelector('svg .focused')?.getAttribute('data-key') ?? ''}]`);
  }
  return said;
}

/** Everything compared for one chart: as drawn, after keys, its files, and in Table view. */
async function fingerprint(chart: Chart): Promise<Record<string, unknown>> {
  await settle([chart, ...chartsIn(chart)]);
  // A filter bar's charts are its own light DOM's.
  const drawn = [readOut(chart), ...chartsIn(chart).map(readOut)].flat();
  const keys = await pressKeys(chart, ['ArrowRight', 'ArrowDown', 'ArrowRight', 'End', 'Home']);
  const csv = typeof chart.toCsv === 'function' ? chart.toCsv() : '';
  // A texture's id counts the charts on its page (this page has drawn more than the frame): each
  // id is numbered by where it first appears.
  const ids = new Map<string, number>();
  const svg = chart.localName === 'pioneer-table' || typeof chart.toSvg !== 'function'
    ? ''
    : chart.toSvg().replace(/pioneer-[a-z]+-\d+[\w-]*/g, (id) => `id${ids.get(id) ?? ids.set(id, ids.size).size - 1}`);
  let table: string[] = [];
  if ('mode' in chart && chart.localName !== 'pioneer-table' && chart.localName !== 'pioneer-filters') {
    chart.mode = 'table';
    await settle([chart]);
    table = readOut(chart);
  }
  return { drawn, keys, csv, svg, table };
}

/** A frame of the same width with the embed bundle and `markup`; resolves with the frame's first element. */
async function inEmbedFrame(markup: string): Promise<{ frame: HTMLIFrameElement; chart: Chart }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${WIDTH + 40}px;height:900px;border:0`;
  // The test's own markup, not user data.
  frame.srcdoc = `<!doctype html><html lang="en"><body style="margin:0"><div style="width:${WIDTH}px">${markup}</div><script type="module" src="/dist/pioneer-viz.js"></script></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  for (let i = 0; i < 100 && !win.customElements.get('pioneer-table'); i++) await pause(20);
  return { frame, chart: frame.contentDocument!.body.querySelector('div')!.firstElementChild as Chart };
}

describe('the module build draws and behaves as the embed does', () => {
  before(async () => {
    // Built after the type check runs: a path it does not follow.
    const entry = '/dist/index.js';
    await import(entry);
  });
  afterEach(() => {
    cleanup();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  for (const markup of CHARTS) {
    it(markup, async () => {
      const ours = mount<Chart>(markup, WIDTH);
      const module = await fingerprint(ours);
      const { chart } = await inEmbedFrame(markup);
      const embed = await fingerprint(chart);
      // It drew something a reader gets (not two empty charts alike).
      expect((module.drawn as string[]).length, 'named parts drawn').to.be.greaterThan(5);
      expect(module.drawn).to.deep.equal(embed.drawn);
      expect(module.keys).to.deep.equal(embed.keys);
      expect(around(module.csv as string, embed.csv as string), 'CSV file').to.equal('');
      expect(around(module.svg as string, embed.svg as string), 'SVG file').to.equal('');
      expect(module.table).to.deep.equal(embed.table);
    });
  }

  it('moves between marks with the arrow keys in the module build (the keys are compared with the embed above)', async () => {
    const ours = mount<Chart>(CHARTS[0], WIDTH);
    await settle([ours]);
    const said = await pressKeys(ours, ['ArrowRight', 'ArrowRight']);
    await settle([ours]);
    expect(said[0]).to.match(/%/);
    expect(said[1]).to.not.equal(said[0]);
  });
});
