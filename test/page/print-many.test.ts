// Several charts and filter bars on one page: none reaches into another (from an audit of a CMS page of many charts).
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/site-map/site-map.js';
import { cleanup, drawn, inCard, mount } from '../helpers.js';

const viewWidth = (el: Element) => Number(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
const frames = (n = 3) => new Promise<void>(async (r) => { for (let i = 0; i < n; i++) await new Promise((q) => requestAnimationFrame(q)); r(); });

describe('printing a page of several charts', () => {
  afterEach(cleanup);

  it('every wide chart is redrawn for paper and restored after printing', async () => {
    const a = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 1000));
    const b = await drawn(mount<BarrierStack>('<barrier-stack measure="facilitator" year="2019" print-table></barrier-stack>', 1000));
    window.dispatchEvent(new Event('beforeprint'));
    expect([viewWidth(a), viewWidth(b)]).to.deep.equal([680, 680]);
    window.dispatchEvent(new Event('afterprint'));
    expect([viewWidth(a), viewWidth(b)]).to.deep.equal([1000, 1000]);
  });

  it('in an article of CSS columns, each chart is drawn for paper at its column\'s printed width, not the screen\'s', async () => {
    // Two columns 24 px apart share the page's 680 px: 328 px each. Drawn at the screen's column
    // (488 px) the SVG would be shrunk to 328 on paper, the stacked bars' labels to under 6 pt.
    const two = mount<HTMLElement>('<div style="column-count: 2; column-gap: 24px"><barrier-stack measure="barrier" year="2020"></barrier-stack><pioneer-trend measure="barrier"></pioneer-trend></div>', 1000);
    // Two columns at least 300 px wide (`columns: 2 300px`, the gap 1em = 16 px): two fit the page, 332 px each.
    const narrow = mount<HTMLElement>('<div style="columns: 2 300px"><barrier-stack measure="facilitator" year="2019"></barrier-stack></div>', 1000);
    const charts = [...two.children, ...narrow.children] as PioneerChart<unknown>[];
    await Promise.all(charts.map((c) => drawn(c)));
    const onScreen = charts.map(viewWidth);
    expect(onScreen).to.deep.equal([488, 488, 492]);
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(charts.map(viewWidth)).to.deep.equal([328, 328, 332]);
      // At 328 px the 16 barriers of 2020 are too tall for a page at a readable size: their table
      // prints in their place, as in any narrow column. The others print as charts.
      expect(charts.map((c) => Boolean(c.shadowRoot!.querySelector('.paper-note'))), 'printed as a table').to.deep.equal([true, false, false]);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(charts.map(viewWidth), 'back on screen').to.deep.equal(onScreen);
  });

  it("in a card whose body, in the card's shadow root, sets CSS columns around its slot, a chart is drawn for paper at its column's printed width", async () => {
    // As in an article's columns: 328 px on paper, not the screen's 488 px shrunk to 328.
    const el = await drawn(inCard<PioneerChart<unknown>>('<pioneer-trend measure="barrier"></pioneer-trend>', 'column-count: 2; column-gap: 24px', 1000));
    expect(viewWidth(el), 'on screen').to.equal(488);
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(viewWidth(el), 'for paper').to.equal(328);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('redrawn for paper, no mark is on its way anywhere (no transition runs): the page prints where the marks end', async () => {
    const charts = [
      await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 1100)),
      await drawn(mount<PioneerChart<unknown>>('<pioneer-compare measure="barrier" year="2019" show-intervals></pioneer-compare>', 1100)),
      await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="objective"></pioneer-trend>', 1100)),
      await drawn(mount<PioneerChart<unknown>>('<site-map year="2019"></site-map>', 1100)),
    ];
    await frames();
    await executeServerCommand('emulate-contrast', { more: false, media: 'print' });
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(charts.map(viewWidth), 'redrawn at 680 px').to.deep.equal([680, 680, 680, 680]);
      const running = charts.flatMap((c) => c.shadowRoot!.getAnimations().map((a) => `${c.localName} ${(a.effect as KeyframeEffect | null)?.target?.getAttribute('class')}`));
      expect(running, 'transitions running on paper').to.deep.equal([]);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await executeServerCommand('emulate-contrast', { more: false });
    }
  });

  it('a chart the page takes out while printing and puts back afterwards is drawn at its own width again', async () => {
    const a = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 1000));
    const b = await drawn(mount<BarrierStack>('<barrier-stack measure="facilitator" year="2019"></barrier-stack>', 1000));
    const box = b.parentElement!;
    // The page's own print handlers (registered after the library's): an interactive chart is hidden from print.
    const out = () => b.remove();
    const back = () => box.append(b);
    window.addEventListener('beforeprint', out);
    window.addEventListener('afterprint', back);
    try {
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      await drawn(b);
      await frames();
      expect(viewWidth(a), 'the chart that stayed').to.equal(1000);
      expect(viewWidth(b), 'the chart taken out and put back').to.equal(1000);
    } finally {
      window.removeEventListener('beforeprint', out);
      window.removeEventListener('afterprint', back);
    }
  });

  it('a chart the page adds while printing (a print-only copy) is drawn for paper too', async () => {
    const a = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 1000));
    let added: BarrierStack | null = null;
    const add = () => { added = mount<BarrierStack>('<barrier-stack measure="facilitator" year="2019"></barrier-stack>', 1000); };
    window.addEventListener('beforeprint', add);
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await drawn(added!);
      await frames();
      expect(viewWidth(a)).to.equal(680);
      expect(viewWidth(added!), 'the chart added while printing').to.equal(680);
    } finally {
      window.removeEventListener('beforeprint', add);
      window.dispatchEvent(new Event('afterprint'));
    }
  });
});
