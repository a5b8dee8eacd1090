// Several charts and filter bars on one page: none reaches into another (from an audit of a CMS page of many charts).
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';
import { choose, settleAll } from '../filter-bar.js';


describe('several filter bars on one page', () => {
  const original = `${location.pathname}${location.search}${location.hash}`;
  afterEach(() => {
    cleanup();
    history.replaceState(history.state, '', original);
  });

  it('a chart moved from one bar into another no longer shows the first bar\'s filter', async () => {
    mount(`<div><pioneer-filters id="a" controls="year"><site-map id="m" year="2019"></site-map></pioneer-filters>
      <pioneer-filters id="b" controls="deprivation"></pioneer-filters></div>`);
    await settleAll();
    const a = document.getElementById('a') as PioneerFilters;
    const b = document.getElementById('b') as PioneerFilters;
    const map = document.getElementById('m')!;
    await choose(a, 'year', '2020');
    expect(map.getAttribute('year')).to.equal('2020');
    b.append(map);
    await settleAll();
    expect(a.linkedCharts).to.not.include(map);
    expect(b.linkedCharts).to.include(map);
    // Bar a says "Survey year: 2020"; the map, now under bar b (which has no year control), should show its author's year.
    expect(map.getAttribute('year'), 'year of the moved map').to.equal('2019');
  });

  it('a chart taken out of its bar (placed elsewhere on the page) shows its author\'s view again', async () => {
    mount(`<div><pioneer-filters id="a" controls="year"><site-map id="m" year="2019"></site-map></pioneer-filters><div id="elsewhere"></div></div>`);
    await settleAll();
    const a = document.getElementById('a') as PioneerFilters;
    const map = document.getElementById('m')!;
    await choose(a, 'year', '2020');
    document.getElementById('elsewhere')!.append(map);
    await settleAll();
    expect(a.linkedCharts).to.not.include(map);
    expect(map.getAttribute('year'), 'year of the map outside any bar').to.equal('2019');
  });

  it('a chart linked to bar b by id, sitting inside bar a, follows b only', async () => {
    mount(`<div><pioneer-filters id="a" controls="year"><site-map id="inner" filters="b" year="2019"></site-map><site-map id="own" year="2019"></site-map></pioneer-filters>
      <pioneer-filters id="b" controls="deprivation"></pioneer-filters></div>`);
    await settleAll();
    const a = document.getElementById('a') as PioneerFilters;
    const b = document.getElementById('b') as PioneerFilters;
    await choose(a, 'year', '2017');
    expect(document.getElementById('inner')!.getAttribute('year')).to.equal('2019');
    expect(document.getElementById('own')!.getAttribute('year')).to.equal('2017');
    expect(a.shadowRoot!.querySelector('.live')!.textContent).to.match(/^1 chart updated/);
    await choose(b, 'deprivation', 'less');
    expect(document.getElementById('inner')!.getAttribute('deprivation')).to.equal('less');
    expect(document.getElementById('own')!.hasAttribute('deprivation')).to.equal(false);
  });

  it('warnings: a bad attribute of one chart warns once, from that chart only', async () => {
    const warnings = await captureWarnings(async () => {
      mount(`<div><pioneer-filters id="a" controls="year"><barrier-stack id="s1" measure="barrier" year="2019"></barrier-stack><barrier-stack id="s2" measure="barrier" year="2031"></barrier-stack></pioneer-filters>
        <pioneer-filters id="b" controls="organisation"><barrier-stack measure="facilitator" year="2019"></barrier-stack></pioneer-filters>
        <barrier-stack filters="a" measure="facilitator" year="2019"></barrier-stack></div>`);
      await settleAll();
      for (const el of document.querySelectorAll<BarrierStack>('barrier-stack')) await drawn(el);
      await settleAll();
      await choose(document.getElementById('a') as PioneerFilters, 'year', '2020');
      for (const el of document.querySelectorAll<BarrierStack>('barrier-stack')) await drawn(el);
    });
    expect(warnings.filter((w) => w.includes('2031'))).to.have.length(1);
  });
});
