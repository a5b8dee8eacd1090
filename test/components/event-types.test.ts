/**
 * The events are typed wherever a page listens: on an element, on `document` and on `window`
 * (both events bubble and are composed). `npm run typecheck` checks this file: reading
 * `e.detail.item` below without a cast is a type error unless the event maps say what the
 * detail is.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { cleanup, drawn, mount } from '../helpers.js';

describe('event types', () => {
  afterEach(cleanup);

  it('pioneer-select reaches document and window listeners, whose detail is typed', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const seen: string[] = [];
    const onDocument = (e: DocumentEventMap['pioneer-select']) => seen.push(`document ${e.detail.item} ${e.detail.year}`);
    const onWindow = (e: WindowEventMap['pioneer-select']) => seen.push(`window ${e.detail.source} ${e.detail.measure}`);
    document.addEventListener('pioneer-select', onDocument);
    window.addEventListener('pioneer-select', onWindow);
    try {
      const svg = el.shadowRoot!.querySelector('svg')!;
      // The first stop: 2017, the first year with a figure.
      svg.focus();
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    } finally {
      document.removeEventListener('pioneer-select', onDocument);
      window.removeEventListener('pioneer-select', onWindow);
    }
    expect(seen).to.deep.equal(['document quality-of-care 2017', 'window pioneer-trend objective']);
  });

  it('pioneer-filter-change reaches a document listener, whose detail is typed', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"><pioneer-trend measure="objective"></pioneer-trend></pioneer-filters>');
    await bar.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    let year: number | undefined;
    const onChange = (e: DocumentEventMap['pioneer-filter-change']) => (year = e.detail.year);
    document.addEventListener('pioneer-filter-change', onChange);
    try {
      const select = bar.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
      select.value = '2018';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await bar.updateComplete;
    } finally {
      document.removeEventListener('pioneer-filter-change', onChange);
    }
    expect(year).to.equal(2018);
  });
});
