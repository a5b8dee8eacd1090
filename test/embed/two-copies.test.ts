/**
 * Two copies of the package on one page: an app bundles `pioneer-viz/barrier-stack`, and the CMS
 * template adds the embed script (which defines the filter bar). The bar of one copy drives the
 * chart of the other as it drives its own.
 */
import { expect } from '@esm-bundle/chai';
import { captureWarnings, cleanup, mount } from '../helpers.js';

type Chart = HTMLElement & { updateComplete: Promise<unknown>; measure: string };
type Bar = HTMLElement & { updateComplete: Promise<unknown>; filterState: { year?: number } };
const settle = async (els: { updateComplete: Promise<unknown> }[]) => {
  for (let i = 0; i < 4; i++) {
    for (const el of els) await el.updateComplete;
    await new Promise((r) => setTimeout(r, 30));
  }
};

describe("an app's copy of <barrier-stack> in the embed's filter bar", () => {
  afterEach(cleanup);

  it("a script's change of the chart's measure turns off the reader's year that the new measure lacks, as with one copy", async () => {
    // The app's copy: the built element module (a path the type checker does not follow: dist is built after it runs).
    const appModule = '/dist/components/barrier-stack.js';
    const { BarrierStack } = (await import(appModule)) as { BarrierStack: CustomElementConstructor };
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/pioneer-viz.js';
    const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
    const twice = await captureWarnings(async () => {
      document.head.append(script);
      await loaded;
    });
    expect(twice.filter((w) => w.includes('already defined')), 'the embed found the app copy').to.have.length(1);
    const bar = mount<Bar>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    const chart = bar.querySelector('barrier-stack') as Chart;
    expect(chart).to.be.instanceOf(BarrierStack);
    await settle([chart, bar]);
    const select = bar.shadowRoot!.querySelector('select')!;
    select.value = '2019';
    select.dispatchEvent(new Event('change'));
    await settle([bar, chart]);
    expect(chart.getAttribute('year')).to.equal('2019');
    const warnings = await captureWarnings(async () => {
      // Covid-19's effect was asked in 2020 only.
      chart.measure = 'covid-effect';
      await settle([chart, bar]);
    });
    expect(chart.shadowRoot!.querySelector('[part=message]')?.textContent ?? null).to.equal(null);
    expect(bar.filterState.year).to.equal(undefined);
    expect(bar.shadowRoot!.textContent).to.match(/2019/);
    expect(warnings.filter((w) => w.startsWith('<barrier-stack>'))).to.deep.equal([]);
  });
});
