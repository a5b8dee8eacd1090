/**
 * The figures the embed bundle (dist/pioneer-viz.js) decodes from its packed data are exactly those
 * of data/: every observation (base null where none is printed), every gap with its reason and
 * base, every site. Read from a chart drawn in a plain page that loads only the bundle.
 */
import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import type { Dataset } from '../../src/data/dataset.js';
import { fetchRows } from '../data/util.js';

describe('dist/pioneer-viz.js: the bundled figures', () => {
  let frame: HTMLIFrameElement;
  after(() => frame?.remove());

  it('decode to exactly the rows of data/observations-*.csv, the gaps of data/missing*.csv and the sites', async () => {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/fixtures/embed.html';
    document.body.appendChild(frame);
    await loaded;
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('pioneer-trend');
    const chart = win.document.getElementById('trend') as unknown as { resolveDataset(): { dataset: Dataset | null } };
    const embedded = chart.resolveDataset().dataset!;
    // Plain objects of this page (the frame's are of its own realm).
    const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v));
    const source = [...(await fetchRows('/data/observations-2019.csv')), ...(await fetchRows('/data/observations-2020.csv'))];
    expect(embedded.rows).to.have.length(source.length);
    expect(plain(embedded.rows)).to.deep.equal(source);
    expect(embedded.rows.filter((r) => r.base === null).length).to.equal(source.filter((r) => r.base === null).length);
    // The gaps and sites as the source module decodes them (test/data/exports.test.ts holds those to data/).
    const own = bundledDataset();
    expect(embedded.missing).to.have.length(own.missing.length);
    expect(plain(embedded.missing)).to.deep.equal(plain(own.missing));
    expect(plain(embedded.sites)).to.deep.equal(plain(own.sites));
    expect(plain(embedded.surveys)).to.deep.equal(plain(own.surveys));
  });
});
