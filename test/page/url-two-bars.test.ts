// Several charts and filter bars on one page: none reaches into another (from an audit of a CMS page of many charts).
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { cleanup, mount } from '../helpers.js';
import { choose, settleAll } from '../filter-bar.js';


describe('two sync-url bars, one setting the measure', () => {
  const original = `${location.pathname}${location.search}${location.hash}`;
  afterEach(() => { cleanup(); history.replaceState(history.state, '', original); });

  it("a choice in one bar leaves the other bar, at its own attributes' values, out of the address", async () => {
    history.replaceState(history.state, '', location.pathname);
    mount(`<div><pioneer-filters id="a" sync-url controls="measure,year"><barrier-stack id="s" measure="barrier" year="2019"></barrier-stack>
        <pioneer-filters id="b" sync-url controls="deprivation" deprivation="more"><site-map id="inner" filters="b" year="2019"></site-map></pioneer-filters></pioneer-filters>
      <site-map id="m" filters="b" year="2019"></site-map></div>`);
    await settleAll();
    const a = document.getElementById('a') as PioneerFilters;
    const b = document.getElementById('b') as PioneerFilters;
    expect(location.search).to.equal('');
    await choose(a, 'measure', 'facilitator');
    expect(location.search, 'bar b at its defaults adds nothing').to.equal('?a.measure=facilitator');
    await choose(b, 'deprivation', 'less');
    expect(location.search).to.equal('?a.measure=facilitator&b.deprivation=less');
    await choose(b, 'deprivation', 'more');
    expect(location.search, 'back at its default, bar b leaves the address').to.equal('?a.measure=facilitator');
    expect(document.getElementById('m')!.getAttribute('deprivation')).to.equal('more');
  });
});
