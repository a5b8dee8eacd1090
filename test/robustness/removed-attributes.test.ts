/**
 * A removed attribute means the element's default again: what a framework does when a bound
 * value becomes `undefined`, and how an author goes back to the default. So does a property
 * set to `undefined` or `null`.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

type Chart = PioneerChart<unknown>;

/** Each element with attributes to remove (each has a default), and a measure where it has one. */
const CASES = [
  { tag: 'barrier-stack', attrs: 'measure="facilitator" year="2019" theme="dark" mode="table" sort="alphabetical"', remove: ['measure', 'theme', 'mode', 'sort'] },
  { tag: 'pioneer-trend', attrs: 'measure="barrier" response="very" theme="dark" mode="table"', remove: ['measure', 'theme', 'mode', 'response'] },
  { tag: 'pioneer-compare', attrs: 'measure="facilitator" dimension="organisation" theme="light" mode="table" sort="gap"', remove: ['measure', 'theme', 'mode', 'sort'] },
  { tag: 'pioneer-table', attrs: 'measure="facilitator" year="2019" theme="dark"', remove: ['measure', 'theme'] },
  { tag: 'site-map', attrs: 'year="2019" theme="dark" mode="table" layout="grid" color-by="deprivation"', remove: ['theme', 'mode', 'layout', 'color-by'] },
];

describe('a removed attribute, or a property set to undefined, means the default again', () => {
  afterEach(cleanup);

  for (const { tag, attrs, remove } of CASES) {
    it(`<${tag}>: removing ${remove.join(', ')} draws what the same element without them draws, with no message or warning`, async () => {
      const plain = await drawn(mount<Chart>(`<${tag} ${attrs.replace(new RegExp(`\\s*\\b(${remove.join('|')})="[^"]*"`, 'g'), '')}></${tag}>`));
      const el = await drawn(mount<Chart>(`<${tag} ${attrs}></${tag}>`));
      expect(el.message).to.equal(null);
      const warnings = await captureWarnings(async () => {
        for (const name of remove) el.removeAttribute(name);
        await drawn(el);
        await el.updateComplete;
      });
      expect(el.message).to.equal(null);
      expect(warnings).to.deep.equal([]);
      expect(el.summary).to.equal(plain.summary);
      expect(el.marks.map((m) => m.key)).to.deep.equal(plain.marks.map((m) => m.key));
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.equal(plain.shadowRoot!.querySelector('figcaption')!.textContent);
    });
  }

  it('a property set to undefined or null (a framework binding) is the default too', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="facilitator" year="2019" theme="dark"></barrier-stack>'));
    const props = el as unknown as Record<string, unknown>;
    const warnings = await captureWarnings(async () => {
      props.theme = undefined;
      props.measure = null;
      props.mode = undefined;
      await drawn(el);
      await el.updateComplete;
    });
    expect(el.message).to.equal(null);
    expect(warnings).to.deep.equal([]);
    expect([props.theme, props.measure, props.mode]).to.deep.equal(['auto', 'barrier', 'chart']);
    expect(el.summary).to.match(/^13 barriers, 2019\./);
    // Unset, a reflected property is not written back at its default: the host is as its author wrote it less theme.
    expect(el.getAttributeNames().sort()).to.deep.equal(['measure', 'year']);
  });

  it('a reflected property unset by script is not written back on the host (mode, theme), for the chart and the filter bar; set again, it is', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" mode="table"></barrier-stack>'));
    const bar = mount<PioneerFilters>('<pioneer-filters theme="dark"></pioneer-filters>');
    await bar.updateComplete;
    const props = el as unknown as Record<string, unknown>;
    props.mode = null;
    (bar as unknown as Record<string, unknown>).theme = undefined;
    await el.updateComplete;
    await bar.updateComplete;
    expect([el.hasAttribute('mode'), props.mode]).to.deep.equal([false, 'chart']);
    expect([bar.hasAttribute('theme'), bar.theme]).to.deep.equal([false, 'auto']);
    expect(el.shadowRoot!.querySelector('svg[part="svg"]')!.getAttribute('tabindex'), 'the chart shown').to.equal('0');
    props.mode = 'table';
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('table');
  });

  it('<pioneer-filters>: removing its theme or controls goes back to the defaults, with no message', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year" theme="dark"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await bar.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    bar.removeAttribute('theme');
    bar.removeAttribute('controls');
    await bar.updateComplete;
    expect(bar.messages).to.deep.equal([]);
    expect(bar.theme).to.equal('auto');
    expect(bar.shadowRoot!.querySelectorAll('select').length, 'the default controls').to.be.greaterThan(1);
  });
});
