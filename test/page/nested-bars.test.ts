// Several charts and filter bars on one page: none reaches into another (from an audit of a CMS page of many charts).
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { cleanup, mount } from '../helpers.js';
import { choose, settleAll } from '../filter-bar.js';


describe('a filter bar inside another', () => {
  afterEach(cleanup);
  it('the outer bar\'s year reaches the map inside the inner bar (which has no year control), or the outer bar says it does not', async () => {
    mount(`<pioneer-filters id="outer" controls="year"><pioneer-filters id="inner" controls="deprivation"><site-map id="m" year="2019"></site-map></pioneer-filters></pioneer-filters>`);
    await settleAll();
    const outer = document.getElementById('outer') as PioneerFilters;
    await choose(outer, 'year', '2017');
    const said = [outer.shadowRoot!.querySelector('.live')!.textContent, ...outer.messages, outer.shadowRoot!.querySelector('.notes')?.textContent ?? ''].join(' | ');
    const followed = document.getElementById('m')!.getAttribute('year') === '2017';
    expect(followed || /not follow|no chart/i.test(said), `map year ${document.getElementById('m')!.getAttribute('year')}; outer bar says: ${said}`).to.equal(true);
  });
});
