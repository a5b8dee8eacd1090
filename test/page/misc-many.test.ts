// Several charts and filter bars on one page: none reaches into another (from an audit of a CMS page of many charts).
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';
import { choose, settleAll } from '../filter-bar.js';

const frames = async (n = 3) => { for (let i = 0; i < n; i++) await new Promise((q) => requestAnimationFrame(q)); };

describe('misc cross-talk', () => {
  afterEach(cleanup);

  it('a console warning names the chart it is about (a WeakRef to its element, after the text, which keeps no removed chart alive): the third of three like charts', async () => {
    const seen: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => seen.push(args);
    try {
      mount('<barrier-stack measure="barrier" year="2019"></barrier-stack>');
      mount('<barrier-stack measure="barrier" year="2020"></barrier-stack>');
      const bad = mount<BarrierStack>('<barrier-stack measure="barrier" year="2021"></barrier-stack>');
      const bar = mount<PioneerFilters>('<pioneer-filters controls="year" year="1999"></pioneer-filters>');
      await settleAll();
      await frames();
      const about = (el: Element) => seen.filter((args) => args[1] instanceof WeakRef && args[1].deref() === el).map((args) => String(args[0]));
      expect(about(bad), 'the bad chart\'s warning').to.have.length(1);
      expect(about(bad)[0]).to.match(/^<barrier-stack>: year="2021" is not valid/);
      expect(about(bar).join(' '), 'the bar\'s warning').to.match(/^<pioneer-filters>: .*1999/);
      expect(seen.every((args) => args.length === 2 && typeof args[0] === 'string' && args[1] instanceof WeakRef), 'each warning: its text and a WeakRef to its element').to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('a console warning read as text (CI\'s log, where the WeakRef reads "WeakRef {}") names a chart with an id by its id', async () => {
    const warnings = await captureWarnings(async () => {
      mount('<barrier-stack measure="barrier" year="2019"></barrier-stack>');
      mount('<barrier-stack id="costs" measure="barrier" year="2021"></barrier-stack>');
      mount('<site-map year="1999"></site-map>');
      mount(`<barrier-stack id="${'x'.repeat(5000)}" measure="nope"></barrier-stack>`);
      await frames();
    });
    expect(warnings.filter((w) => w.includes('2021'))[0]).to.match(/^<barrier-stack id="costs">: year="2021" is not valid/);
    expect(warnings.filter((w) => w.includes('1999'))[0]).to.match(/^<site-map>: year="1999" is not valid/);
    // A long id is shortened, as a long attribute value is in a message: not 5,000 x's a line.
    const long = warnings.find((w) => w.includes('measure="nope"'))!;
    expect(long).to.match(/^<barrier-stack id="x{57}…">: measure="nope" is not valid/);
  });

  it('print: a print-table chart prints its table, its neighbour without print-table does not', async () => {
    const a = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019" print-table></barrier-stack>'));
    const b = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    // An upright page: the test's 800 × 600 window is landscape to print media, where a chart too
    // tall for a page turned sideways prints its table (print-landscape.test.ts).
    await setViewport({ width: 800, height: 1100 });
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      const shown = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.table-host')!).display !== 'none' && !!el.shadowRoot!.querySelector('.table-host table');
      expect([shown(a), shown(b)]).to.deep.equal([true, false]);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('two bars with one id: when the first goes, the second drives the charts naming it and its message goes', async () => {
    mount(`<div><pioneer-filters id="f" controls="year"></pioneer-filters><pioneer-filters id="f" controls="year"></pioneer-filters><site-map id="m" filters="f" year="2019"></site-map></div>`);
    await settleAll();
    const [first, second] = [...document.querySelectorAll<PioneerFilters>('pioneer-filters')];
    expect(first.linkedCharts).to.have.length(1);
    expect(second.linkedCharts).to.have.length(0);
    expect(second.messages.join(' ')).to.contain('not this one');
    first.remove();
    await settleAll();
    expect(second.linkedCharts).to.have.length(1);
    expect(second.messages).to.deep.equal([]);
    await choose(second, 'year', '2017');
    expect(document.getElementById('m')!.getAttribute('year')).to.equal('2017');
  });

  it('warnings: no repeat when a chart with a misspelt attribute or too small height is moved between bars', async () => {
    const warnings = await captureWarnings(async () => {
      mount(`<div><pioneer-filters id="a" controls="year"><barrier-stack id="s" measure="barrier" yaer="2019" height="200"></barrier-stack></pioneer-filters><pioneer-filters id="b" controls="organisation"></pioneer-filters></div>`);
      await settleAll();
      await drawn(document.getElementById('s') as BarrierStack);
      await frames();
      document.getElementById('b')!.append(document.getElementById('s')!);
      await settleAll();
      await drawn(document.getElementById('s') as BarrierStack);
      await frames();
      document.getElementById('a')!.append(document.getElementById('s')!);
      await settleAll();
      await frames();
    });
    expect(warnings.filter((w) => w.includes('yaer'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('height="200"'))).to.have.length(1);
    expect(warnings).to.have.length(2);
  });

  it('a chart in a closed <details> linked to a bar shows the bar\'s filter when opened; its twin outside too', async () => {
    mount(`<div><pioneer-filters id="a" controls="year"><site-map id="out" year="2019"></site-map><details id="d"><summary>More</summary><site-map id="in" year="2019"></site-map></details></pioneer-filters></div>`);
    await settleAll();
    await choose(document.getElementById('a') as PioneerFilters, 'year', '2017');
    (document.getElementById('d') as HTMLDetailsElement).open = true;
    const inner = document.getElementById('in') as any;
    await frames(5);
    await drawn(inner);
    const outer = document.getElementById('out') as any;
    expect(inner.summary).to.equal(outer.summary);
    expect(inner.summary).to.contain('2017');
  });

  it('a <pioneer-table> next to the chart it mirrors, both in a bar: both follow', async () => {
    mount(`<div><pioneer-filters id="a" controls="year,organisation"><barrier-stack id="c" measure="barrier" year="2020"></barrier-stack><pioneer-table id="t" measure="barrier" year="2020"></pioneer-table></pioneer-filters></div>`);
    await settleAll();
    await choose(document.getElementById('a') as PioneerFilters, 'year', '2019');
    await choose(document.getElementById('a') as PioneerFilters, 'organisation', 'la');
    const c = await drawn(document.getElementById('c') as any);
    const t = await drawn(document.getElementById('t') as any);
    expect(c.message).to.equal(null);
    expect(t.message).to.equal(null);
    expect(c.getAttribute('group')).to.equal('organisation:la');
    expect(t.getAttribute('group')).to.equal('organisation:la');
  });
});
