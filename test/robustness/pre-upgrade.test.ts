/**
 * An app (React, Vue, a page script) may set an element's properties before its module has
 * loaded and defined it: the element takes them once it is defined, as if set after.
 */
import { expect } from '@esm-bundle/chai';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { cleanup, drawn, mount } from '../helpers.js';

describe('properties set before the element is defined', () => {
  afterEach(cleanup);

  it('data, mode and height set on a <pioneer-trend> before its module loads are used once it is defined', async () => {
    expect(customElements.get('pioneer-trend'), 'not yet defined in this page').to.equal(undefined);
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    const rows = [2017, 2018, 2019].map((year, i) => ({
      measure: 'objective', item: 'quality-of-care', item_label: 'Quality of care', year, group: 'all', response: 'selected',
      value: 10 + i * 10, unit: 'percent', base: 50, source_survey: 2021, source_table: 'custom',
    }));
    (el as unknown as Record<string, unknown>).data = rows;
    (el as unknown as Record<string, unknown>).mode = 'table';
    await import('../../src/components/pioneer-trend/pioneer-trend.js');
    await drawn(el);
    expect(el.message).to.equal(null);
    expect(el.getAttribute('mode')).to.equal('table');
    const cells = [...el.shadowRoot!.querySelectorAll('tr[data-item="quality-of-care"] td[data-value]')].map((td) => td.getAttribute('data-value'));
    expect(cells).to.deep.equal(['10', '20', '30']);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.contain('custom');
  });
});
