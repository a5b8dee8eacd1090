/**
 * Server-rendered charts (renderToHtml; the build writes test/output/ssr/page.html): without
 * JavaScript the declarative shadow roots show the charts; with the hydration bundle loaded the
 * elements adopt the server's nodes — the same mark elements before and after, no duplicates.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { CLI_EXIT_FIXTURES, CLI_FIXTURES, CLI_INSTALL_FIXTURES, FIXTURE_WIDTH, SSR_TABLE_FIXTURES } from './fixtures.js';

const PAGE = '/test/output/ssr/page.html';
const charts = CLI_FIXTURES.filter((f) => f.ssr);

function loadFrame(sandbox: string | null, page = PAGE): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.style.width = `${FIXTURE_WIDTH + 60}px`;
  frame.style.height = '900px';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  frame.src = page;
  document.body.appendChild(frame);
  return loaded;
}

/** Adds the hydration bundle (or another) to a server-rendered page, as a page author would. */
function loadHydration(doc: Document, src = '/dist/pioneer-viz-hydrate.js'): void {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.head.appendChild(script);
}

/** The server-rendered charts that draw textures: the stacked bars and the comparison. */
const TEXTURED = ['barrier-stack-2019', 'compare-barriers-organisation'];
/** A host's drawn marks and legend keys painted with a pattern, by attribute or by the element's CSS. */
const patternPainted = (host: HTMLElement) =>
  [...host.shadowRoot!.querySelectorAll('svg rect, svg path, svg circle')].filter(
    (el) => !el.closest('pattern') && /url\(/.test(`${el.getAttribute('fill')} ${el.ownerDocument.defaultView!.getComputedStyle(el).fill}`),
  );
/** A host's textures drawn as ink (paths of their own over plain fills). */
const inkOf = (host: HTMLElement) => [...host.shadowRoot!.querySelectorAll('svg path.seg-ink, svg path.bar-ink, svg path.swatch-ink')];

const hosts = (doc: Document) => charts.map((f) => doc.querySelector(`[data-name="${f.name}"] > ${f.tag}`) as HTMLElement);
const marksOf = (host: HTMLElement) => [...host.shadowRoot!.querySelectorAll('svg [data-key]')];

/** Waits until every element is defined and has drawn on the client (its `marks` come from its own draw). */
async function everyChartDrawnOnClient(win: Window & typeof globalThis, doc: Document): Promise<void> {
  for (const f of charts) await win.customElements.whenDefined(f.tag);
  const drawnOnClient = () => hosts(doc).every((h) => (h as unknown as { marks: unknown[] }).marks.length > 0);
  for (let i = 0; i < 100 && !drawnOnClient(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(drawnOnClient(), 'every element drew on the client').to.equal(true);
}

describe('server-side rendering (declarative shadow DOM)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('with JavaScript disabled (sandbox), every chart shows its marks, title and source', async () => {
    frame = await loadFrame('allow-same-origin'); // no allow-scripts: no script runs in the frame
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    for (const [i, host] of hosts(doc).entries()) {
      const f = charts[i];
      expect(win.customElements.get(f.tag), 'not upgraded').to.equal(undefined);
      const root = host.shadowRoot;
      expect(root, `${f.name}: declarative shadow root`).to.not.equal(null);
      const marks = marksOf(host);
      expect(marks.length, `${f.name}: marks`).to.be.greaterThan(0);
      const visible = marks.filter((m) => {
        const r = m.getBoundingClientRect();
        return r.width > 0 || r.height > 0;
      });
      expect(visible.length, `${f.name}: marks laid out`).to.be.greaterThan(0);
      const svg = root!.querySelector('svg')!;
      expect(svg.getBoundingClientRect().width, `${f.name}: chart width`).to.be.closeTo(FIXTURE_WIDTH, 1);
      expect(root!.querySelector('.title')!.textContent!.trim(), `${f.name}: title`).to.not.equal('');
      expect(root!.querySelector('.source')!.textContent, `${f.name}: source`).to.match(/^Source: PIRU/);
      // The shadow root's styles apply: text takes the chart's colour, not the page's.
      expect(getComputedStyle(root!.querySelector('figure')!).fontSize).to.equal('14px');
      // Nothing that needs the script is shown: no Chart/Table switch, Download menu or empty
      // "Describe this chart".
      for (const el of root!.querySelectorAll('.controls, .description')) {
        expect(getComputedStyle(el).display, `${f.name}: ${el.className} hidden without script`).to.equal('none');
      }
    }
    // A table that disagrees with itself is said without script too (the objectives' Table 4.1).
    const trend = hosts(doc)[charts.findIndex((f) => f.name === 'trend-objectives')];
    const caveat = trend.shadowRoot!.querySelector<HTMLElement>('.source-note')!;
    expect(caveat.hidden).to.equal(false);
    expect(caveat.textContent).to.contain('adds up to at least 258 choices');
    // The trend's legend keys are shown (a key) but, doing nothing without the script, are out of
    // the tab order and marked unavailable.
    const keys = [...trend.shadowRoot!.querySelectorAll('.legend button')];
    expect(keys.length).to.be.greaterThan(2);
    for (const k of keys) {
      expect(k.getAttribute('tabindex'), 'not a tab stop').to.equal('-1');
      expect(k.getAttribute('aria-disabled')).to.equal('true');
    }
    // Nor is a chart's SVG a tab stop: its arrow keys do nothing without the script.
    const svgs = hosts(doc).map((h) => h.shadowRoot!.querySelector('svg')).filter((svg) => svg !== null);
    expect(svgs.length).to.be.greaterThan(2);
    for (const svg of svgs) expect(svg.getAttribute('tabindex'), 'an SVG without the script is not a tab stop').to.equal('-1');
    // The page has charts with controls (those without no-controls) for the check above to see.
    expect(hosts(doc).filter((h) => h.shadowRoot!.querySelector('.controls')).length).to.be.greaterThan(0);
  });

  it('with JavaScript, the hydration bundle upgrades the elements and the first draw reuses the server nodes', async () => {
    frame = await loadFrame(null);
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const before = hosts(doc).map(marksOf);
    const keysBefore = before.map((ms) => ms.map((m) => m.getAttribute('data-key')));
    const figuresBefore = hosts(doc).map((h) => h.shadowRoot!.querySelector('figure'));
    expect(before.every((ms) => ms.length > 0)).to.equal(true);
    // The map's legend, drawn with the same attributes on both sides, is kept too (not rebuilt).
    const mapHost = hosts(doc)[charts.findIndex((f) => f.tag === 'site-map')];
    const legendOf = () => [...mapHost.shadowRoot!.querySelectorAll('svg .legend-item *')];
    const legendBefore = legendOf();
    expect(legendBefore.length, 'map legend nodes').to.be.greaterThan(10);

    loadHydration(doc);
    await everyChartDrawnOnClient(win, doc);
    // Hydrated, the trend's legend keys are buttons that work: in the tab order, not unavailable.
    const trendHost = hosts(doc)[charts.findIndex((f) => f.name === 'trend-objectives')];
    const legendKeys = [...trendHost.shadowRoot!.querySelectorAll<HTMLButtonElement>('.legend button')];
    expect(legendKeys.length).to.be.greaterThan(2);
    for (const k of legendKeys) expect([k.hasAttribute('tabindex'), k.hasAttribute('aria-disabled')]).to.deep.equal([false, false]);
    // And each chart's SVG is a tab stop again (a table's is not: its table region is).
    for (const h of hosts(doc)) {
      const svg = h.shadowRoot!.querySelector('svg');
      const table = (h as unknown as { tableMode: boolean; tableOnly: boolean });
      if (svg) expect(svg.getAttribute('tabindex'), `${h.localName}: SVG after hydration`).to.equal(table.tableMode || table.tableOnly ? '-1' : '0');
    }

    hosts(doc).forEach((host, i) => {
      const f = charts[i];
      const after = marksOf(host);
      const keys = after.map((m) => m.getAttribute('data-key'));
      expect(new Set(keys).size, `${f.name}: no duplicate marks`).to.equal(keys.length);
      expect(keys, `${f.name}: same marks`).to.deep.equal(keysBefore[i]);
      const replaced = after.filter((m, k) => m !== before[i][k]).map((m) => m.getAttribute('data-key'));
      expect(replaced, `${f.name}: mark nodes replaced by the client's draw`).to.deep.equal([]);
      expect(host.shadowRoot!.querySelector('figure'), `${f.name}: the shell was hydrated, not rendered again`).to.equal(figuresBefore[i]);
      expect(host.shadowRoot!.querySelectorAll('figure').length).to.equal(1);
      expect(host.shadowRoot!.querySelectorAll('svg[part="svg"]').length).to.equal(1);
      // Hydrated, its controls work and are shown.
      for (const el of host.shadowRoot!.querySelectorAll('.controls, .description')) {
        expect(getComputedStyle(el).display, `${f.name}: ${el.className} once hydrated`).to.not.equal('none');
      }
    });
    const legendAfter = legendOf();
    expect(legendAfter.filter((n) => !legendBefore.includes(n)).length, 'map legend nodes replaced by the client\'s draw').to.equal(0);
    expect(legendAfter.length).to.equal(legendBefore.length);
    legendKeys[0].click();
    await (trendHost as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(legendKeys[0].getAttribute('aria-pressed'), 'a press hides its line').to.equal('false');
    // The server's Download and "Describe this chart" buttons open what they show, once hydrated.
    const stackHost = hosts(doc)[charts.findIndex((f) => f.name === 'barrier-stack-2019')];
    for (const part of ['menu', 'description'] as const) {
      const button = stackHost.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"] > button`)!;
      expect(button.getAttribute('aria-expanded'), `${part}: closed as the server drew it`).to.equal('false');
      button.click();
      expect(button.getAttribute('aria-expanded'), `${part}: opened`).to.equal('true');
    }
    expect([...stackHost.shadowRoot!.querySelectorAll('.menu-items button')].map((b) => b.textContent), 'the menu\'s items').to.deep.equal(['Data (CSV)', 'Chart (SVG)', 'Chart (PNG, 2×)', 'Copy citation']);
    expect(stackHost.shadowRoot!.querySelector('.long-description')!.textContent, 'the long description').to.contain('2019');
  });

  it('an attribute a page script changes before the hydration bundle runs is drawn, with its title and summary (a class added changes nothing)', async () => {
    frame = await loadFrame(null);
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const errors: string[] = [];
    win.addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.message ?? e.reason)));
    win.addEventListener('error', (e) => errors.push(e.message));
    const [stack, trend] = ['barrier-stack-2019', 'trend-objectives'].map((name) => hosts(doc)[charts.findIndex((f) => f.name === name)]);
    const trendFigure = trend.shadowRoot!.querySelector('figure');
    expect(stack.shadowRoot!.querySelector('.title')!.textContent).to.contain('2019');
    stack.setAttribute('year', '2020');
    trend.classList.add('wide');
    loadHydration(doc);
    await win.customElements.whenDefined('barrier-stack');
    type Drawn = HTMLElement & { marks: readonly unknown[] };
    for (let i = 0; i < 100 && !((stack as Drawn).marks.length > 0 && (trend as Drawn).marks.length > 0); i++) await new Promise((r) => setTimeout(r, 50));
    expect(errors).to.deep.equal([]);
    const root = stack.shadowRoot!;
    expect(root.querySelectorAll('figure').length, 'one shell').to.equal(1);
    expect(root.querySelector('.title')!.textContent).to.contain('2020').and.not.contain('2019');
    expect(root.querySelector('.summary')!.textContent).to.contain('2020');
    expect(root.querySelector('svg[part="svg"]')!.getAttribute('aria-label')).to.contain('2020');
    // The marks are 2020's, as a chart drawn in the browser with year="2020" has them.
    const fresh = doc.createElement('barrier-stack') as unknown as Drawn;
    fresh.setAttribute('measure', 'barrier');
    fresh.setAttribute('year', '2020');
    fresh.style.width = `${FIXTURE_WIDTH}px`;
    doc.body.appendChild(fresh);
    try {
      for (let i = 0; i < 60 && !(fresh.marks?.length > 0); i++) await new Promise((r) => setTimeout(r, 50));
      const labels = (host: HTMLElement) => [...host.shadowRoot!.querySelectorAll('svg [data-key]')].map((m) => m.getAttribute('aria-label'));
      expect(labels(stack)).to.deep.equal(labels(fresh));
    } finally {
      fresh.remove();
    }
    // A class is not drawn from: that chart keeps the server's shell.
    expect(trend.shadowRoot!.querySelector('figure')).to.equal(trendFigure);
  });

  it('properties a page script sets before the hydration bundle runs (year, mode) are drawn, with their title, summary and buttons', async () => {
    frame = await loadFrame(null);
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const [stack, compare] = ['barrier-stack-2019', 'compare-barriers-organisation'].map((name) => hosts(doc)[charts.findIndex((f) => f.name === name)] as HTMLElement & Record<string, unknown> & { marks: unknown[] });
    stack.year = 2020;
    compare.mode = 'table';
    loadHydration(doc);
    await win.customElements.whenDefined('barrier-stack');
    for (let i = 0; i < 100 && !(stack.marks.length > 0 && compare.shadowRoot!.querySelector('.data-table')); i++) await new Promise((r) => setTimeout(r, 50));
    const root = stack.shadowRoot!;
    expect(root.querySelectorAll('figure').length).to.equal(1);
    expect(root.querySelector('.title')!.textContent).to.contain('2020').and.not.contain('2019');
    expect(root.querySelector('.summary')!.textContent).to.match(/^16 barriers, 2020\./);
    // mode set as a property: the Table button pressed, the table shown and the chart not.
    const pressed = [...compare.shadowRoot!.querySelectorAll('.modes button')].map((b) => `${b.textContent!.trim()}=${b.getAttribute('aria-pressed')}`);
    expect(pressed).to.deep.equal(['Chart=false', 'Table=true']);
    expect(win.getComputedStyle(compare.shadowRoot!.querySelector('.plot')!).display).to.equal('none');
  });

  it('rows a page script gives as `data` before the hydration bundle runs are drawn, not the server\'s figures', async () => {
    frame = await loadFrame(null);
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const stack = hosts(doc)[charts.findIndex((f) => f.name === 'barrier-stack-2019')] as HTMLElement & { data?: object[]; marks: { key: string }[] };
    const row = (item: string, response: string, value: number) => ({
      measure: 'barrier', item, item_label: `Barrier ${item.toUpperCase()}`, year: 2019, group: 'all', response,
      value, unit: 'percent', base: 40, source_survey: 2019, source_table: '1',
    });
    stack.data = [row('a', 'very', 10), row('a', 'fairly', 20), row('a', 'not', 70), row('b', 'very', 60), row('b', 'fairly', 30), row('b', 'not', 10)];
    loadHydration(doc);
    await win.customElements.whenDefined('barrier-stack');
    for (let i = 0; i < 100 && !(stack.marks.length > 0); i++) await new Promise((r) => setTimeout(r, 50));
    expect(stack.marks.map((m) => m.key).sort()).to.deep.equal(['a|2019|fairly', 'a|2019|not', 'a|2019|very', 'b|2019|fairly', 'b|2019|not', 'b|2019|very']);
    expect(stack.shadowRoot!.querySelectorAll('svg [data-key]').length, 'no server marks left').to.equal(6);
    expect(stack.shadowRoot!.querySelector('.summary')!.textContent).to.contain('barrier B (60% of 40)');
    expect(stack.shadowRoot!.querySelectorAll('figure').length).to.equal(1);
  });

  it('renderToHtml draws at 680 px when no width is given (a table needs no options), refuses a width that is not a number of pixels, takes a number as its text, and writes the page\'s own attributes (id, class, data-*) on the element', async () => {
    type Call = { width?: number | null; table?: boolean; error?: string };
    const api = (await (await fetch('/test/output/ssr/api.json')).json()) as { noWidth: Call; noOptions: Call; tableNoOptions: Call; bad: Record<string, Call>; pageAttributes: string; refused: Record<string, Call>; sameTwice: boolean; textureIds: string[]; sizeNote: string | null; numberValue: boolean | string };
    expect(api.noWidth).to.deep.equal({ width: 680, table: false });
    expect(api.noOptions).to.deep.equal({ width: 680, table: false });
    expect(api.tableNoOptions).to.deep.equal({ width: null, table: true });
    // The page's own attributes are written on the element; others are refused, naming what it takes.
    expect(api.pageAttributes).to.equal('<barrier-stack measure="barrier" year="2019" id="figure-3" class="wide" style="max-width: 40em" data-figure="3" aria-describedby="caption-3">');
    expect(api.refused.onclick.error).to.match(/^UsageError: <barrier-stack> has no attribute "onclick"\. Attributes: .*year.* On a page, it also takes the page's own id, class, style, title, slot, hidden, aria-\* and data-\*\.$/);
    expect(api.refused.filters.error).to.contain('has no attribute "filters" that works without a browser');
    expect(api.sizeNote, 'the size note, shown without a script').to.equal(
      'height="100" is less than the 1111 px this chart needs at this width, so it is drawn 1111 px tall. Use a height of at least 1111, or none for the chart\'s own height. ' +
        'This chart is 200 px wide, less than the 240 px it is drawn at, so it is shrunk to fit and its text drawn at 83% of its size. Give it a box at least 240 px wide.',
    );
    expect(api.sameTwice, 'the same call twice gives the same HTML').to.equal(true);
    expect(api.numberValue, "a plain script's { year: 2019 } draws as year: '2019' does").to.equal(true);
    expect(api.textureIds[0]).to.match(/^pioneer-barrier-stack-[0-9a-z]+$/);
    expect(api.textureIds[0], 'two figures, two sets of pattern ids').to.not.equal(api.textureIds[1]);
    expect(api.bad.null, 'null is no width given').to.deep.equal({ width: 680, table: false });
    for (const [name, given] of [['zero', '0'], ['nan', 'NaN'], ['string', '"640" (a string)'], ['negative', '-5']]) {
      expect(api.bad[name].error, name).to.equal(`UsageError: width must be a number of pixels, at least 1 (e.g. 680), not ${given}.`);
    }
  });

  it('the hydration bundle as a classic script in <head> (type="module" stripped) hydrates the server\'s charts once the page is parsed', async () => {
    frame = await loadFrame(null, '/test/output/ssr/classic-head.html');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await everyChartDrawnOnClient(win, doc);
    for (const [i, host] of hosts(doc).entries()) {
      const f = charts[i];
      // The declarative shadow root was attached (not left as a <template> in the page) and adopted.
      expect(host.querySelector(':scope > template'), `${f.name}: no <template> left in the page`).to.equal(null);
      expect(host.shadowRoot!.querySelectorAll('figure').length, `${f.name}: one shell`).to.equal(1);
      const sizer = host.shadowRoot!.querySelector('.sizer')!;
      expect(sizer.hasAttribute('data-server-attributes'), `${f.name}: the server's shell`).to.equal(true);
      const keys = marksOf(host).map((m) => m.getAttribute('data-key'));
      expect(keys.length).to.be.greaterThan(0);
      expect(new Set(keys).size, `${f.name}: no duplicate marks`).to.equal(keys.length);
      expect(host.shadowRoot!.querySelectorAll('svg[part="svg"]').length).to.equal(1);
    }
  });

  it('the server\'s styles carry no comments or indentation of the source (a third of each chart\'s HTML)', async () => {
    const html = await (await fetch(PAGE)).text();
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles.length, 'a style per shadow root').to.be.greaterThan(3);
    for (const css of styles) {
      expect(css, 'comments').to.not.match(/\/\*/);
      expect(css, 'indentation').to.not.match(/\n[ \t]/);
    }
  });

  it('under a Content-Security-Policy without inline styles, the hydrated charts are styled (by constructed style sheets)', async () => {
    const html = await (await fetch(PAGE)).text();
    const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
    frame = document.createElement('iframe');
    frame.style.width = `${FIXTURE_WIDTH + 60}px`;
    frame.style.height = '900px';
    const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
    frame.srcdoc = html.replace('<head>', `<head>${policy}`).replace('</body>', '<script type="module" src="/dist/pioneer-viz-hydrate.js"></script></body>');
    document.body.appendChild(frame);
    await loaded;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await everyChartDrawnOnClient(win, doc);
    hosts(doc).forEach((host, i) => {
      const root = host.shadowRoot!;
      expect(win.getComputedStyle(root.querySelector('.title')!).fontWeight, `${charts[i].name}: title`).to.equal('600');
      expect(win.getComputedStyle(root.querySelector('figure')!).fontSize, `${charts[i].name}: text size`).to.equal('14px');
      expect(win.getComputedStyle(root.querySelector('.controls')!).display, `${charts[i].name}: controls once hydrated`).to.not.equal('none');
      // (The test page's own style="width: …" boxes are blocked too: the chart fills its host.)
      expect(root.querySelector('svg')!.getBoundingClientRect().width, `${charts[i].name}: chart width`).to.be.closeTo(host.getBoundingClientRect().width, 1);
    });
  });

  it('with the plain embed bundle instead of the hydration one, each element replaces the server\'s shell: one chart each, not two', async () => {
    frame = await loadFrame(null);
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const keysBefore = hosts(doc).map((h) => marksOf(h).map((m) => m.getAttribute('data-key')));
    loadHydration(doc, '/dist/pioneer-viz.js');
    await everyChartDrawnOnClient(win, doc);
    hosts(doc).forEach((host, i) => {
      const f = charts[i];
      const root = host.shadowRoot!;
      expect(root.querySelectorAll('figure').length, `${f.name}: figures`).to.equal(1);
      expect(root.querySelectorAll('svg[part="svg"]').length, `${f.name}: charts`).to.equal(1);
      expect(root.querySelectorAll('.title').length, `${f.name}: titles`).to.equal(1);
      const keys = marksOf(host).map((m) => m.getAttribute('data-key'));
      expect(keys, `${f.name}: the same marks, once`).to.deep.equal(keysBefore[i]);
      for (const el of root.querySelectorAll('.controls')) {
        expect(getComputedStyle(el).display, `${f.name}: controls once upgraded`).to.not.equal('none');
      }
    });
  });
});

describe('server-side rendering of tables (pioneer-table, print-table)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(async () => {
    frame?.remove();
    await emulateMedia({ media: 'screen' });
  });

  const tableHosts = (doc: Document) => SSR_TABLE_FIXTURES.map((f) => doc.querySelector(`[data-name="${f.name}"] > ${f.tag}`) as HTMLElement);
  /** Row header and cell texts of a host's table, as a reader sees them. */
  const cellsOf = (host: HTMLElement) =>
    [...host.shadowRoot!.querySelectorAll('.table-host tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
  const comments = (node: Node) => {
    const walker = node.ownerDocument!.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  };

  it('without JavaScript, the table of figures is in the page: 2019 Table 5.1, base 64, with no template markers', async () => {
    frame = await loadFrame('allow-same-origin');
    const doc = frame.contentDocument!;
    for (const [i, host] of tableHosts(doc).entries()) {
      const f = SSR_TABLE_FIXTURES[i];
      expect(frame.contentWindow!.customElements.get(f.tag), 'not upgraded').to.equal(undefined);
      const rows = cellsOf(host);
      expect(rows, `${f.name}: the 13 barriers of Table 5.1`).to.have.length(13);
      // Table 5.1: significant financial constraints … very 44, fairly 44, not 6, don't know 6.
      const financial = rows.find((r) => /financial constraints/i.test(r[0]))!;
      expect(financial.slice(1), f.name).to.deep.equal(['44%', '44%', '6%', '6%']);
      const head = host.shadowRoot!.querySelector('.table-host thead')!.textContent!.replace(/\s+/g, ' ');
      expect(head, f.name).to.contain('base 64; 2019 report Table 5.1');
      expect(comments(host.shadowRoot!.querySelector('.table-host')!), `${f.name}: no Lit markers in the table`).to.equal(0);
    }
    const [table, stack] = tableHosts(doc);
    // <pioneer-table> shows its table; the chart with print-table keeps it for print only.
    expect(table.shadowRoot!.querySelector<HTMLElement>('.table-host')!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(stack.shadowRoot!.querySelector<HTMLElement>('.table-host')!.getBoundingClientRect().height).to.equal(0);
    await emulateMedia({ media: 'print' });
    expect(stack.shadowRoot!.querySelector<HTMLElement>('.table-host')!.getBoundingClientRect().height, 'printed beneath the chart').to.be.greaterThan(100);
  });

  it('with JavaScript, the element replaces the server table with its own: one table, the same figures', async () => {
    frame = await loadFrame(null);
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const before = tableHosts(doc).map(cellsOf);
    loadHydration(doc);
    for (const f of SSR_TABLE_FIXTURES) await win.customElements.whenDefined(f.tag);
    const summaries = () => tableHosts(doc).every((h) => (h as unknown as { summary: string }).summary !== '');
    for (let i = 0; i < 100 && !summaries(); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 100));
    tableHosts(doc).forEach((host, i) => {
      const f = SSR_TABLE_FIXTURES[i];
      expect(host.shadowRoot!.querySelectorAll('table'), `${f.name}: one table`).to.have.length(1);
      expect(host.shadowRoot!.querySelectorAll('figure'), `${f.name}: one figure`).to.have.length(1);
      expect(cellsOf(host), `${f.name}: same figures`).to.deep.equal(before[i]);
      // The client's own render: its Lit part markers are there now.
      expect(comments(host.shadowRoot!.querySelector('.table-host')!), `${f.name}: rendered by the element`).to.be.greaterThan(0);
    });
  });
});

describe('pioneer-viz render: exit status and message', () => {
  it('the command line draws HTML at a text column\'s width (680, so a static page prints its labels at their size) and a figure file at 800, unless --width says otherwise', async () => {
    const html = await (await fetch('/test/output/cli/default-width.html')).text();
    expect(/viewBox="0 0 (\d+) /.exec(html)?.[1]).to.equal('680');
    const svg = await (await fetch('/test/output/cli/default-width.svg')).text();
    expect(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]).to.equal('800');
  });

  it('0 written, 1 an invalid attribute with the element\'s message, 2 usage (a table as SVG, an unknown element)', async () => {
    const exits = (await (await fetch("/test/output/cli/exits.json")).json()) as { args: string[]; status: number; stderr: string; stderrLines: number }[];
    expect(exits.map((e) => ({ args: e.args, status: e.status, stderr: e.stderr }))).to.deep.equal(CLI_EXIT_FIXTURES.map((e) => ({ ...e, args: [...e.args] })));
    // A chart's warning is its one line (on a server, the element is not printed into the log after it).
    for (const e of exits) if (e.status < 2) expect(e.stderrLines, e.args.join(' ')).to.be.at.most(1);
  });

  it('in an app without the server side\'s packages (optional peers), it says which to install (exit 2) and writes nothing; SVG needs no rasteriser, PNG says it needs resvg', async () => {
    const installs = (await (await fetch('/test/output/cli/installs.json')).json()) as { name: string; status: number; stderr: string; wrote: boolean }[];
    expect(installs).to.deep.equal(CLI_INSTALL_FIXTURES.map(({ name, status, stderr, wrote }) => ({ name, status, stderr, wrote })));
  });

  it("hydrating charts whose attributes the browser notes (a table's print-table, a year in curly quotes) throws nothing, and the notes come after", async () => {
    const frame = await loadFrame(null, '/test/output/ssr/noted-attributes.html');
    try {
      const win = frame.contentWindow! as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const errors: string[] = [];
      win.addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.message ?? e.reason)));
      win.addEventListener('error', (e) => errors.push(e.message));
      const [table, stack] = [doc.querySelector('pioneer-table')! as HTMLElement, doc.querySelector('barrier-stack')! as HTMLElement];
      const map = doc.querySelector('site-map')! as HTMLElement;
      const mapFigure = map.shadowRoot!.querySelector('figure');
      // The server drew the curly-quoted year as the value it is (not valid), as the browser reads it at first.
      expect(stack.shadowRoot!.querySelector('.message')!.textContent).to.contain('is not valid');
      loadHydration(doc);
      await win.customElements.whenDefined('barrier-stack');
      type Hydrated = HTMLElement & { hasUpdated: boolean; marks: unknown[] };
      for (let i = 0; i < 60 && !((stack as Hydrated).marks.length > 0); i++) await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.deep.equal([]);
      for (const host of [table, stack] as Hydrated[]) {
        expect(host.hasUpdated, host.localName).to.equal(true);
        expect(win.getComputedStyle(host.shadowRoot!.querySelector('.controls')!).display, `${host.localName}: controls`).to.not.equal('none');
      }
      expect(table.shadowRoot!.querySelector('.attribute-note')!.textContent).to.contain('print-table="" is ignored');
      expect(stack.getAttribute('year')).to.equal('2019');
      expect((stack as Hydrated).marks.length).to.be.greaterThan(0);
      expect(stack.shadowRoot!.querySelector('.attribute-note')!.textContent).to.contain('curly quotes');
      // The page's own attributes (id, class, data-*) are not drawn from: the map adopted the server's shell.
      await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(map.shadowRoot!.querySelector('figure'), 'site-map hydrated').to.equal(mapFigure);
      expect([map.id, map.className, map.dataset.figure]).to.deep.equal(['sites', 'wide', '2']);
      // Drawn on the server as "false" (not valid), and sent as written: the browser says the same,
      // in one shell (the server's attribute was once written back as present, which the browser
      // drew as on while the server's page said it was not valid).
      const trend = doc.querySelector('pioneer-trend')! as unknown as Hydrated;
      expect(trend.getAttribute('print-table')).to.equal('false');
      for (let i = 0; i < 60 && !trend.hasUpdated; i++) await new Promise((r) => setTimeout(r, 50));
      expect(trend.hasUpdated).to.equal(true);
      expect(trend.marks.length).to.equal(0);
      expect(trend.shadowRoot!.querySelector('.message')!.textContent).to.contain('print-table="false" is not valid');
      expect(trend.shadowRoot!.querySelectorAll('figure').length, 'one shell').to.equal(1);
      expect(trend.shadowRoot!.querySelectorAll('.message').length).to.equal(1);
    } finally {
      frame.remove();
    }
  });

  it('without JavaScript, the textures are ink over plain fills, as the element draws them for paper: the page prints to PDF with no bitmap, and in forced colours the ink is the system\'s text colour', async () => {
    const frame = await loadFrame('allow-same-origin');
    try {
      const doc = frame.contentDocument!;
      // Every chart of the page on the printed page (the frame as tall as its page).
      frame.style.height = `${doc.documentElement.scrollHeight + 20}px`;
      for (const name of TEXTURED) {
        const host = hosts(doc)[charts.findIndex((f) => f.name === name)];
        expect(patternPainted(host).map((m) => m.getAttribute('class')), `${name}: painted with a pattern`).to.deep.equal([]);
        const ink = inkOf(host);
        expect(ink.length, `${name}: textures as ink`).to.be.greaterThan(2);
        // Each mark's ink inside the mark's own group (a bar of segments, a comparison's cell), over its plain fill.
        for (const path of ink) expect(path.getAttribute('d'), `${name}: ink path data`).to.match(/^M[\d.]+,[\d.]+/);
        expect(host.shadowRoot!.querySelector('svg')!.hasAttribute('data-inked'), `${name}: marked as holding ink`).to.equal(true);
      }
      // The stacked bars: every segment of a textured response wide enough for one tile has ink in its bar.
      const stack = hosts(doc)[charts.findIndex((f) => f.name === 'barrier-stack-2019')];
      const bars = [...stack.shadowRoot!.querySelectorAll('g.bar')];
      const texturedBars = bars.filter((b) => [...b.querySelectorAll('rect.seg')].some((r) => /^(fairly|slightly)$/.test(r.getAttribute('data-response')!) && Number(r.getAttribute('width')) >= 6));
      expect(texturedBars.length, 'bars with a textured segment').to.be.greaterThan(5);
      for (const bar of texturedBars) expect(bar.querySelector('path.seg-ink'), `${bar.getAttribute('data-key')}: ink`).to.not.equal(null);

      const pdf = (await executeServerCommand('print-to-pdf')) as unknown as { bytes: number; images: number };
      expect(pdf.images, 'bitmaps in the PDF').to.equal(0);
      expect(pdf.bytes, 'a PDF was written').to.be.greaterThan(10000);

      try {
        await executeServerCommand('emulate-forced-colors', { active: true, colorScheme: 'dark' });
        await new Promise((r) => requestAnimationFrame(r));
        const win = frame.contentWindow!;
        for (const name of TEXTURED) {
          const host = hosts(doc)[charts.findIndex((f) => f.name === name)];
          for (const path of inkOf(host)) {
            const style = win.getComputedStyle(path);
            const paint = path.hasAttribute('stroke') ? style.stroke : style.fill;
            expect(paint, `${name} ${path.getAttribute('class')}: forced to the text colour (white in a dark theme)`).to.equal('rgb(255, 255, 255)');
          }
        }
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    } finally {
      frame.remove();
    }
  });

  it('with JavaScript, the hydrated stacked bars and comparison draw patterns again (no ink left), and ink only while printing', async () => {
    const frame = await loadFrame(null);
    try {
      const win = frame.contentWindow! as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      loadHydration(doc);
      await everyChartDrawnOnClient(win, doc);
      const textured = TEXTURED.map((name) => hosts(doc)[charts.findIndex((f) => f.name === name)]);
      const settled = () => Promise.all(textured.map((h) => (h as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      await settled();
      for (const host of textured) {
        expect(inkOf(host).length, `${host.localName}: ink left by the server`).to.equal(0);
        expect(patternPainted(host).length, `${host.localName}: marks painted with their patterns`).to.be.greaterThan(2);
        expect(host.shadowRoot!.querySelector('svg')!.hasAttribute('data-inked')).to.equal(false);
      }
      win.dispatchEvent(new win.Event('beforeprint'));
      await settled();
      for (const host of textured) {
        expect(inkOf(host).length, `${host.localName}: ink on paper`).to.be.greaterThan(2);
        expect(patternPainted(host).length, `${host.localName}: patterns on paper`).to.equal(0);
      }
      win.dispatchEvent(new win.Event('afterprint'));
      await settled();
      for (const host of textured) expect(inkOf(host).length, `${host.localName}: ink after printing`).to.equal(0);
    } finally {
      frame.remove();
    }
  });

  /** A page's HTML in a frame with no script, under `policy` (a meta Content-Security-Policy). */
  async function staticFrameUnder(html: string, policy: string): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.width = `${FIXTURE_WIDTH + 60}px`;
    frame.style.height = '900px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.srcdoc = html.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`);
    document.body.appendChild(frame);
    await loaded;
    return frame;
  }

  /** What shows whether a server-rendered chart's styles applied: its title's weight, its text's size, the map's legend text. */
  const looks = (frame: HTMLIFrameElement) =>
    [...frame.contentDocument!.querySelectorAll<HTMLElement>('barrier-stack, pioneer-trend, site-map, pioneer-compare')].map((host) => {
      const win = frame.contentWindow!;
      const root = host.shadowRoot!;
      const legendText = root.querySelector('svg .legend text, svg [part="legend"] text');
      return {
        tag: host.localName,
        title: win.getComputedStyle(root.querySelector('.title')!).fontWeight,
        text: win.getComputedStyle(root.querySelector('figure')!).fontSize,
        legend: host.localName === 'site-map' && legendText ? win.getComputedStyle(legendText).fontSize : null,
      };
    });

  it("under a Content-Security-Policy without 'unsafe-inline', a server-rendered page without its script is styled when its style-src lists the sources styleSources gives it, and not without them", async () => {
    const html = await (await fetch(PAGE)).text();
    const sources = (await (await fetch('/test/output/ssr/page-style-sources.json')).json()) as string[];
    // A hash for each inline style, as the browser computes it.
    const styles = [...new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]))];
    const hashes = await Promise.all(styles.map(async (css) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)))))}'`));
    expect(sources.filter((s) => s.startsWith("'sha256-")).slice(0, hashes.length), 'a hash per distinct inline style').to.have.members(hashes);
    // The page's own style attributes (its 640 px boxes) need 'unsafe-hashes'; the charts draw none.
    expect(sources).to.include("'unsafe-hashes'");
    expect(html.match(/ style="[^"]*"/g)!.every((a) => a.startsWith(' style="width:')), 'style attributes: the page\'s boxes only').to.equal(true);

    const allowed = await staticFrameUnder(html, `default-src 'self'; style-src 'self' ${sources.join(' ')}`);
    try {
      // The page's own style attributes apply too: its boxes are 640 px wide.
      for (const box of allowed.contentDocument!.querySelectorAll<HTMLElement>('div.chart')) expect(box.getBoundingClientRect().width, 'a box the page sized').to.equal(FIXTURE_WIDTH);
      const drawn = looks(allowed);
      expect(drawn.length).to.be.at.least(charts.length);
      for (const l of drawn) expect([l.tag, l.title, l.text], 'styled').to.deep.equal([l.tag, '600', '14px']);
      // The map's legend text is drawn 12 px (a font-size attribute: a style attribute is blocked too).
      expect(drawn.find((l) => l.tag === 'site-map')!.legend).to.equal('12px');
    } finally {
      allowed.remove();
    }
    // The policy is enforced: without the sources the same page is unstyled.
    const blocked = await staticFrameUnder(html, "default-src 'self'; style-src 'self'");
    try {
      for (const l of looks(blocked)) expect(l.title, `${l.tag}: title unstyled`).to.not.equal('600');
    } finally {
      blocked.remove();
    }
  });

  it('styleSources reads a page\'s markup as a browser does: a quoted ">" does not end a tag, values in either quotes or none, character references decoded, "style=" inside another value not a style', async () => {
    const api = (await (await fetch('/test/output/ssr/api.json')).json()) as { styleSourcesOfPage: string[] };
    const hash = async (text: string) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}'`;
    const expected = [await hash('p { color: blue }'), "'unsafe-hashes'", ...(await Promise.all(['width:10px', 'color: red', 'margin:0', 'content:"AB"'].map(hash)))];
    expect(api.styleSourcesOfPage).to.deep.equal(expected);
  });

  it('the command line\'s --csp says, on standard error, the style-src sources its HTML needs: with them the chart is styled without its script', async () => {
    const html = await (await fetch('/test/output/cli/csp.html')).text();
    const said = await (await fetch('/test/output/cli/csp.txt')).text();
    expect(said).to.match(/^style-src( 'sha256-[A-Za-z0-9+/=]+')+\n$/);
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`;
    const frame = await staticFrameUnder(page, `default-src 'self'; ${said.trim()}`);
    try {
      expect(looks(frame)).to.deep.equal([{ tag: 'site-map', title: '600', text: '14px', legend: '12px' }]);
    } finally {
      frame.remove();
    }
  });

  it('--csp-out writes that line alone to its own file, whatever else standard error says (an attribute\'s warning): with it the page is styled without its script', async () => {
    const html = await (await fetch('/test/output/cli/csp-out.html')).text();
    const line = await (await fetch('/test/output/cli/csp-out.txt')).text();
    const stderr = await (await fetch('/test/output/cli/csp-out-stderr.txt')).text();
    expect(line).to.match(/^style-src( 'sha256-[A-Za-z0-9+/=]+')+\n$/);
    expect(stderr).to.equal('<barrier-stack>: year="2031" is not valid. Valid values: 2019, 2020.\n');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`;
    const styled = await staticFrameUnder(page, `default-src 'self'; ${line.trim()}`);
    const bare = await staticFrameUnder(page, "default-src 'self'; style-src 'self'");
    try {
      const size = (frame: HTMLIFrameElement) => frame.contentWindow!.getComputedStyle(frame.contentDocument!.querySelector('barrier-stack')!.shadowRoot!.querySelector('figure')!).fontSize;
      expect([size(styled), size(bare)]).to.deep.equal(['14px', '16px']);
      // The message the element shows in the page, where the policy line would have gone to standard error too.
      expect(styled.contentDocument!.querySelector('barrier-stack')!.shadowRoot!.querySelector('.message')?.textContent).to.contain('year="2031" is not valid');
    } finally {
      styled.remove();
      bare.remove();
    }
  });
});
