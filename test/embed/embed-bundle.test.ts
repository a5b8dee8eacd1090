import { expect } from '@esm-bundle/chai';

/** Loads a plain HTML page that includes only <script type="module" src="dist/pioneer-viz.js">. */
async function loadPage(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.appendChild(frame);
  await loaded;
  return frame.contentWindow!;
}

async function until<T>(fn: () => T | null | undefined, tries = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

describe('dist/pioneer-viz.js embedded in a plain page', () => {
  it('defines every element and draws the trend from the bundled data', async () => {
    const win = await loadPage('/test/fixtures/embed.html');
    await win.customElements.whenDefined('pioneer-trend');
    for (const tag of ['pioneer-trend', 'barrier-stack', 'site-map', 'pioneer-compare', 'pioneer-table', 'pioneer-filters']) expect(win.customElements.get(tag), tag).to.be.a('function');
    const el = win.document.getElementById('trend')!;
    const points = await until(() => {
      const ps = el.shadowRoot?.querySelectorAll('[data-item="quality-of-care"] path.point');
      return ps && ps.length ? ps : null;
    });
    const values = [...points].map((p) => [Number(p.getAttribute('data-year')), Number(p.getAttribute('data-value'))]);
    // 2019 report, Table 4.1: 'Improving quality of care' 39% (2017), 48% (2018), 51% (2019).
    expect(values).to.deep.equal([[2017, 39], [2018, 48], [2019, 51]]);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.contain('Table 4.1');
  });

  it('from a classic <script src> (an editor that strips type="module"): the same elements, the same chart, no error', async () => {
    const win = (await loadPage('/test/fixtures/embed-classic.html')) as Window & { pageErrors: string[] };
    for (const tag of ['pioneer-trend', 'barrier-stack', 'site-map', 'pioneer-compare', 'pioneer-table', 'pioneer-filters']) expect(win.customElements.get(tag), tag).to.be.a('function');
    const el = win.document.getElementById('trend')!;
    const points = await until(() => {
      const ps = el.shadowRoot?.querySelectorAll('[data-item="quality-of-care"] path.point');
      return ps && ps.length ? ps : null;
    });
    expect([...points].map((p) => Number(p.getAttribute('data-value')))).to.deep.equal([39, 48, 51]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it("another element's attribute on a chart in the page's markup (year on a trend) is named under it and warned once, though that element is defined after the trend", async () => {
    const win = (await loadPage('/test/fixtures/embed-foreign-attribute.html')) as Window & { pageWarnings: string[] };
    const noteOf = (id: string) => until(() => win.document.getElementById(id)?.shadowRoot?.querySelector('.attribute-note')?.textContent?.trim());
    expect(await noteOf('trend')).to.equal('year="2019" is ignored: <pioneer-trend> has no attribute "year" (other elements of pioneer-viz have one).');
    expect(await noteOf('compare')).to.equal('compare-year="2019" is ignored: <pioneer-trend> has no attribute "compare-year" (other elements of pioneer-viz have one).');
    // Still drawn, with the default year range.
    await until(() => win.document.getElementById('trend')!.shadowRoot?.querySelector('path.line'));
    await new Promise((r) => setTimeout(r, 100));
    expect(win.pageWarnings.filter((w) => /(^|[^-])year="2019" is ignored/.test(w))).to.have.length(1);
    expect(win.pageWarnings.filter((w) => w.includes('compare-year="2019" is ignored'))).to.have.length(1);
  });

  it('a filter bar met by the parser before its charts (a classic script) warns of a URL parameter given twice once, with the values its charts can show, as its message says', async () => {
    const win = (await loadPage('/test/fixtures/embed-classic-url-twice.html?f.year=2019&f.year=2020')) as Window & { pageWarnings: string[] };
    const bar = win.document.getElementById('f') as HTMLElement & { messages: string[] };
    await until(() => win.document.getElementById('chart')!.shadowRoot?.querySelector('[data-key]'));
    await new Promise((r) => setTimeout(r, 100));
    // Barriers are published for 2019 and 2020 only (the 2019 report's Table 5.1, the 2020 report's 5.2).
    const said = 'URL parameter f.year is given twice ("2019" and "2020"), so neither is used; give it once. Valid values: 2019, 2020, all.';
    expect(bar.messages).to.deep.equal([said]);
    // (Each warning's second argument is a WeakRef to the bar.)
    expect(win.pageWarnings.filter((w) => w.includes('given twice')).map((w) => w.replace(/ \[object WeakRef\]$/, ''))).to.deep.equal([`<pioneer-filters id="f">: ${said}`]);
  });

  it('loaded twice (a CMS template and a page, or next to an app bundling the package): no error, the first definitions are used, the app runs on, one warning per element', async () => {
    const win = (await loadPage('/test/fixtures/embed-twice.html')) as Window & { pageErrors: string[]; pageWarnings: string[]; appRan?: boolean };
    await until(() => win.appRan);
    const el = win.document.getElementById('trend')!;
    const points = await until(() => {
      const ps = el.shadowRoot?.querySelectorAll('[data-item="quality-of-care"] path.point');
      return ps && ps.length ? ps : null;
    });
    expect(points).to.have.length(3);
    expect(win.pageErrors).to.deep.equal([]);
    const twice = win.pageWarnings.filter((w) => w.includes('is already defined on this page'));
    // Two later copies, six elements each.
    expect(twice).to.have.length(12);
    expect(twice[0]).to.match(/^<[a-z-]+> is already defined on this page \(pioneer-viz loaded twice\?\): the element defined first is used, this copy's is not\.$/);
    expect(new Set(twice)).to.have.property('size', 6);
  });
  it('a chart whose rows a later script of the page sets (inline, or a file that arrives later): no warning about the bundled data it had for a moment; a real mistake still warned', async () => {
    const win = (await loadPage('/test/fixtures/embed-data-later.html')) as Window & { pageWarnings: string[]; rowsSet?: boolean; fileRowsSet?: boolean };
    await until(() => win.rowsSet && win.fileRowsSet);
    // One set by an inline script, one by a file of the page's that came 300 ms after the library.
    for (const id of ['stack', 'from-file']) {
      const el = win.document.getElementById(id)!;
      await until(() => el.shadowRoot?.querySelector('rect.seg[data-key="a|2022|very"]'));
    }
    // The warnings of a first update are given a task later, when the page's scripts have run.
    await new Promise((r) => setTimeout(r, 50));
    expect(win.pageWarnings.filter((w) => w.includes('barrier-stack')), 'warnings').to.have.length(1);
    expect(win.pageWarnings[0]).to.match(/^<barrier-stack id="typo">: year="2032"/);
  });
});

