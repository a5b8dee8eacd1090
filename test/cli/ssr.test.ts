/**
 * Server-rendered charts (renderToHtml; the build writes test/output/ssr/page.html): without
 * JavaScript the declarative shadow roots show the charts; with the hydration bundle loaded the
 * elements adopt the server's nodes — the same mark elements before and after, no duplicates.
 */
import { expect } from '@esm-bundle/chai';
import { CLI_FIXTURES, FIXTURE_WIDTH } from './fixtures.js';

const PAGE = '/test/output/ssr/page.html';
const charts = CLI_FIXTURES.filter((f) => f.ssr);

function loadFrame(sandbox: string | null): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.style.width = `${FIXTURE_WIDTH + 60}px`;
  frame.style.height = '900px';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  frame.src = PAGE;
  document.body.appendChild(frame);
  return loaded;
}

const hosts = (doc: Document) => charts.map((f) => doc.querySelector(`[data-name="${f.name}"] > ${f.tag}`) as HTMLElement);
const marksOf = (host: HTMLElement) => [...host.shadowRoot!.querySelectorAll('svg [data-key]')];

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
    }
  });

  it('with JavaScript, the hydration bundle upgrades the elements and the first draw reuses the server nodes', async () => {
    frame = await loadFrame(null);
    const win = frame.contentWindow! as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const before = hosts(doc).map(marksOf);
    const keysBefore = before.map((ms) => ms.map((m) => m.getAttribute('data-key')));
    const figuresBefore = hosts(doc).map((h) => h.shadowRoot!.querySelector('figure'));
    expect(before.every((ms) => ms.length > 0)).to.equal(true);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/pioneer-viz-hydrate.js';
    doc.head.appendChild(script);
    for (const f of charts) await win.customElements.whenDefined(f.tag);
    // Wait until every element has drawn on the client (its `marks` come from its own draw).
    const drawnOnClient = () => hosts(doc).every((h) => (h as unknown as { marks: unknown[] }).marks.length > 0);
    for (let i = 0; i < 100 && !drawnOnClient(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(drawnOnClient(), 'every element drew on the client').to.equal(true);

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
    });
  });
});
