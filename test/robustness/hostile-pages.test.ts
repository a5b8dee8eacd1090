import { expect } from '@esm-bundle/chai';
import { chartsDrawn, loadFrame, markGeometry } from './frames.js';
import { disclosureButton } from '../helpers.js';

const TAGS = ['pioneer-trend', 'barrier-stack', 'site-map', 'pioneer-compare'];

describe('hostile or unusual pages (dist/pioneer-viz.js in fixture pages)', () => {
  it('host-page CSS does not change how a chart draws', async () => {
    const plain = await loadFrame('/test/fixtures/plain.html');
    const hostile = await loadFrame('/test/fixtures/hostile.html');
    const a = await chartsDrawn(plain, TAGS);
    const b = await chartsDrawn(hostile, TAGS);
    for (let i = 0; i < a.length; i++) {
      const ga = markGeometry(a[i]);
      expect(ga.length, a[i].localName).to.be.greaterThan(0);
      expect(markGeometry(b[i]), a[i].localName).to.deep.equal(ga);
      const textA = a[i].shadowRoot!.querySelector('svg text');
      const textB = b[i].shadowRoot!.querySelector('svg text');
      if (textA && textB) {
        expect(hostile.getComputedStyle(textB).fill).to.equal(plain.getComputedStyle(textA).fill);
        expect(hostile.getComputedStyle(textB).fontSize).to.equal(plain.getComputedStyle(textA).fontSize);
      }
      expect(hostile.getComputedStyle(b[i].shadowRoot!.querySelector('svg')!).display).to.equal('block');
    }
  });

  it('a strict Content-Security-Policy with Trusted Types shows every chart with no violation', async () => {
    const win = await loadFrame('/test/fixtures/csp.html');
    const tags = ['pioneer-trend', 'pioneer-table', 'barrier-stack', 'site-map', 'pioneer-compare'];
    const els = await chartsDrawn(win, tags);
    for (const el of els) expect(el.shadowRoot!.querySelector('[part="message"]'), el.localName).to.equal(null);
    const bar = win.document.querySelector('pioneer-filters')!;
    expect(bar.shadowRoot!.querySelectorAll('select').length, 'the filter bar renders under CSP').to.equal(2);
    // The stacked bars of 2020 against 2019 mark the items new in 2020 with a badge (no inline style).
    expect(win.document.querySelector('#new-items')!.shadowRoot!.querySelectorAll('.badge').length, 'badges drawn').to.be.greaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    expect((win as unknown as { __violations: string[] }).__violations).to.deep.equal([]);
  });

  it('under that policy (no blob: images), Download → Chart (PNG) says why it cannot be made and which downloads still work', async () => {
    const win = await loadFrame('/test/fixtures/csp.html');
    const [el] = await chartsDrawn(win, ['pioneer-trend']);
    const status = el.shadowRoot!.querySelector('.status')!;
    disclosureButton(el, 'menu').click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-items button[data-action="png"]')!.click();
    for (let i = 0; i < 100 && !status.textContent; i++) await new Promise((r) => setTimeout(r, 20));
    expect(status.textContent).to.equal("Could not export: this page's Content-Security-Policy does not allow blob: images (img-src blob:), which drawing a PNG needs. Chart (SVG) and Data (CSV) still download");
  });

  it('makes no network request at run time beyond the page and the bundle', async () => {
    const win = await loadFrame('/test/fixtures/plain.html');
    await chartsDrawn(win, TAGS);
    // Interact: hover, keyboard, table view, so lazy paths run too.
    for (const el of win.document.querySelectorAll<HTMLElement>(TAGS.join(','))) {
      const svg = el.shadowRoot!.querySelector('svg')!;
      svg.focus();
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      el.setAttribute('mode', 'table');
    }
    await new Promise((r) => setTimeout(r, 200));
    // The test server injects its own reload socket script into HTML pages; it is not ours.
    const urls = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !p.startsWith('/__web-dev-server'));
    expect(urls).to.deep.equal(['/dist/pioneer-viz.js']);
  });
});
