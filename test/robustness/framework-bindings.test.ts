/**
 * What a framework's bindings do to the elements: lists given as arrays (Vue
 * `:controls="['year']"`, React `items={[…]}`), properties unset to `null` (Angular's
 * `rows$ | async` before the rows come) or, as Vue unsets them, to `''` and `0`; directives left
 * in the DOM as attributes (Alpine's `:year`); a page without ResizeObserver (jsdom).
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { captureWarnings, cleanup, drawn, mount, unhandledRejections } from '../helpers.js';

type Props = Record<string, unknown>;
const messageOf = (el: Element) => el.shadowRoot!.querySelector('[part=message]')?.textContent ?? null;
const noteOf = (el: Element) => el.shadowRoot!.querySelector('.attribute-note')?.textContent?.trim() ?? '';
const keys = (el: PioneerChart<unknown>) => el.marks.map((m) => m.key);
/** What is drawn once its transitions have run: each mark's key, fill and box, in order, and the chart's height. */
const drawing = async (el: PioneerChart<unknown>) => {
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
  const svg = el.shadowRoot!.querySelector('svg')!;
  const at = svg.getBoundingClientRect();
  return [
    svg.getAttribute('height'),
    ...[...svg.querySelectorAll('[data-key]')].map((m) => {
      const r = m.getBoundingClientRect();
      // A pattern's id has the chart's own number: url(#pioneer-stack-6-lines-fairly).
      return `${m.getAttribute('data-key')} ${m.getAttribute('fill')?.replace(/-\d+-/, '-N-')} ${Math.round(r.x - at.x)},${Math.round(r.y - at.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    }),
  ];
};

/** Vue 3's unsetting of a bound property of a custom element: a string's to '', a number's to 0, its attribute removed. */
function vueUnset(el: Element, name: string, attribute = name): void {
  const props = el as unknown as Props;
  const was = typeof props[name];
  props[name] = was === 'string' ? '' : was === 'number' ? 0 : was === 'boolean' ? false : null;
  el.removeAttribute(attribute);
}

describe('framework bindings', () => {
  afterEach(cleanup);

  describe('a list property given an array', () => {
    it('<pioneer-filters>.controls = ["year", "organisation"]: those two controls, and the chart inside drawn', async () => {
      const errors = await unhandledRejections(async () => {
        const box = mount<HTMLDivElement>('<div></div>');
        const bar = document.createElement('pioneer-filters') as PioneerFilters;
        // Typed so: an app's TypeScript takes the array as README shows it.
        bar.controls = ['year', 'organisation'];
        const chart = document.createElement('barrier-stack') as PioneerChart<unknown>;
        bar.append(chart);
        box.append(bar);
        await bar.updateComplete;
        await drawn(chart);
        await bar.updateComplete;
        const labels = [...bar.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
        expect(labels.length, labels.join(' | ')).to.equal(2);
        expect(labels[0]).to.match(/year/i);
        expect(labels[1]).to.match(/organisation/i);
        expect(chart.marks.length).to.be.greaterThan(40);
      });
      expect(errors).to.deep.equal([]);
    });

    it('<pioneer-trend>.items and <pioneer-table>.responses given arrays draw those', async () => {
      const trend = mount<PioneerChart<unknown>>('<pioneer-trend measure="objective"></pioneer-trend>');
      (trend as unknown as Props).items = ['quality-of-care', 'joined-up'];
      await drawn(trend);
      expect(messageOf(trend)).to.equal(null);
      expect(new Set(keys(trend).map((k) => k.split('|')[0]))).to.deep.equal(new Set(['quality-of-care', 'joined-up']));
      const table = mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="2020"></pioneer-table>');
      (table as unknown as Props).responses = ['very'];
      await drawn(table);
      const heads = [...table.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(heads.slice(1).join(' ')).to.match(/^very significant/i);
      expect(heads).to.have.length(2);
    });
  });

  describe('a property unset to null', () => {
    for (const tag of ['barrier-stack', 'pioneer-trend', 'site-map', 'pioneer-compare', 'pioneer-table']) {
      it(`<${tag}>.data = null draws the bundled figures, as a new element does, with no warning`, async () => {
        const fresh = await drawn(mount<PioneerChart<unknown>>(`<${tag}></${tag}>`));
        const el = mount<PioneerChart<unknown>>(`<${tag}></${tag}>`);
        const warnings = await captureWarnings(async () => {
          (el as unknown as Props).data = null;
          await drawn(el);
        });
        expect(messageOf(el)).to.equal(null);
        expect(warnings).to.deep.equal([]);
        expect(el.summary).to.equal(fresh.summary);
        expect(el.summary).not.to.equal('');
      });
    }
  });

  it("data = '' (a file's text never parsed) is refused as rows, not taken for unset", async () => {
    const el = mount<PioneerChart<unknown>>('<barrier-stack></barrier-stack>');
    const warnings = await captureWarnings(async () => {
      (el as unknown as Props).data = '';
      await drawn(el);
    });
    expect(messageOf(el)).to.equal('data: 1 problem — (data): expected an array of rows');
    expect(warnings).to.have.length(1);
    expect(el.marks).to.have.length(0);
  });

  describe("a property unset as Vue unsets it ('' or 0, its attribute removed) is the default again", () => {
    const cases: [string, string, unknown, string?][] = [
      ['barrier-stack', 'measure', 'facilitator'],
      ['barrier-stack', 'year', 2019],
      ['barrier-stack', 'sort', 'alphabetical'],
      ['barrier-stack', 'height', 1200],
      ['barrier-stack', 'compareYear', 2019, 'compare-year'],
      ['site-map', 'year', 2019],
      ['site-map', 'layout', 'grid'],
      ['site-map', 'colorBy', 'deprivation', 'color-by'],
      ['pioneer-trend', 'group', 'organisation:la'],
    ];
    for (const [tag, name, value, attribute] of cases) {
      it(`<${tag}> ${name}: ${JSON.stringify(value)}, then unset`, async () => {
        const fresh = await drawn(mount<PioneerChart<unknown>>(`<${tag}></${tag}>`));
        const el = await drawn(mount<PioneerChart<unknown>>(`<${tag}></${tag}>`));
        (el as unknown as Props)[name] = value;
        await drawn(el);
        expect(await drawing(el), 'the value set is drawn').not.to.deep.equal(await drawing(fresh));
        const warnings = await captureWarnings(async () => {
          vueUnset(el, name, attribute);
          await drawn(el);
        });
        expect(messageOf(el)).to.equal(null);
        expect(warnings).to.deep.equal([]);
        expect(el.summary).to.equal(fresh.summary);
        expect(await drawing(el)).to.deep.equal(await drawing(fresh));
      });
    }

    it('an attribute written empty (measure="") is still refused, naming the valid values', async () => {
      const el = await drawn(mount<PioneerChart<unknown>>('<barrier-stack measure=""></barrier-stack>'));
      expect(messageOf(el)).to.match(/^measure="" is not valid\. Valid values: barrier, facilitator/);
    });
  });

  describe('attributes that are not meant for the chart, and ones meant for another chart', () => {
    it("Alpine's :year and @click are left alone", async () => {
      const warnings = await captureWarnings(async () => {
        const el = mount<PioneerChart<unknown>>('<barrier-stack :year="selectedYear" @click="open = true" x-data="{}"></barrier-stack>');
        await drawn(el);
        expect(noteOf(el)).to.equal('');
      });
      expect(warnings).to.deep.equal([]);
    });

    it('<pioneer-trend yaer="2019"> and year="2019" are said to be ignored: the trend has no year (the stacked bars have)', async () => {
      const warnings = await captureWarnings(async () => {
        const a = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="objective" yaer="2019"></pioneer-trend>'));
        expect(noteOf(a)).to.equal('yaer="2019" is ignored: <pioneer-trend> has no attribute "yaer", nor "year" (other elements of pioneer-viz have one).');
        const b = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="objective" year="2019"></pioneer-trend>'));
        expect(noteOf(b)).to.equal('year="2019" is ignored: <pioneer-trend> has no attribute "year" (other elements of pioneer-viz have one).');
        // Its own attributes' misspellings are said as before.
        const c = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="objective" itmes="joined-up"></pioneer-trend>'));
        expect(noteOf(c)).to.match(/^itmes="joined-up" is ignored: <pioneer-trend> has no attribute "itmes"\. Did you mean items\?$/);
      });
      expect(warnings).to.have.length(3);
      expect(warnings[1]).to.match(/^<pioneer-trend>: year="2019" is ignored: .* Its attributes: .*measure/);
    });
  });

  it('a filter bar renders again for an attribute set later only when what it says of its attributes changes (a page toggling its class renders nothing)', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"></pioneer-filters>');
    await bar.updateComplete;
    let requests = 0;
    const request = bar.requestUpdate.bind(bar);
    bar.requestUpdate = ((...args: Parameters<PioneerFilters['requestUpdate']>) => {
      requests++;
      return request(...args);
    }) as PioneerFilters['requestUpdate'];
    const settle = () => new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 10; i++) {
      bar.classList.toggle('stuck');
      bar.setAttribute('data-scroll', String(i));
      await settle();
    }
    expect(requests, 'class and data- changes').to.equal(0);
    await captureWarnings(async () => {
      bar.setAttribute('contrls', 'year');
      await settle();
      await bar.updateComplete;
    });
    expect(requests, 'a misspelt attribute').to.equal(1);
    expect(bar.messages.join(' ')).to.contain('contrls="year" is ignored');
  });

  it('an attribute misspelt or not used, set after the first draw (a binding that comes later, a script), is said as one in the markup is, and unsaid once removed', async () => {
    const trend = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="objective"></pioneer-trend>'));
    const table = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"></pioneer-filters>');
    await bar.updateComplete;
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0));
      await Promise.all([trend.updateComplete, table.updateComplete, bar.updateComplete]);
    };
    const warnings = await captureWarnings(async () => {
      trend.setAttribute('yaer', '2019');
      table.setAttribute('height', '300');
      bar.setAttribute('contrls', 'year');
      await settle();
    });
    expect(noteOf(trend)).to.equal('yaer="2019" is ignored: <pioneer-trend> has no attribute "yaer", nor "year" (other elements of pioneer-viz have one).');
    expect(noteOf(table)).to.match(/^height="300" is ignored: <pioneer-table> has no attribute "height"/);
    expect((bar as unknown as { messages: string[] }).messages.join(' ')).to.match(/contrls="year" is ignored: <pioneer-filters> has no attribute "contrls"\. Did you mean controls\?/);
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal(['<pioneer-trend>', '<pioneer-table>', '<pioneer-filters>']);
    // Its own attributes' changes say nothing new; removed, the note goes.
    const again = await captureWarnings(async () => {
      trend.setAttribute('measure', 'barrier');
      trend.removeAttribute('yaer');
      table.removeAttribute('height');
      await settle();
    });
    expect(again).to.deep.equal([]);
    expect([noteOf(trend), noteOf(table)]).to.deep.equal(['', '']);
  });

  for (const how of ['property', 'attribute'] as const) {
    it(`a bar with a measure control, the reader's year chosen: a script's chart.${how === 'property' ? 'measure = …' : "setAttribute('measure', …)"} (Angular's [attr.measure]) to a measure without that year turns the year off`, async () => {
      const bar = mount<PioneerFilters>('<pioneer-filters controls="year,measure"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
      const chart = bar.querySelector('barrier-stack') as PioneerChart<unknown>;
      await drawn(chart);
      await bar.updateComplete;
      const select = bar.shadowRoot!.querySelector<HTMLSelectElement>('select[name=year]')!;
      select.value = '2019';
      select.dispatchEvent(new Event('change'));
      await bar.updateComplete;
      await drawn(chart);
      expect(chart.getAttribute('year')).to.equal('2019');
      const warnings = await captureWarnings(async () => {
        // Covid-19's effect was asked in 2020 only.
        if (how === 'property') (chart as unknown as Props).measure = 'covid-effect';
        else chart.setAttribute('measure', 'covid-effect');
        for (let i = 0; i < 4; i++) {
          await chart.updateComplete;
          await bar.updateComplete;
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      expect(messageOf(chart)).to.equal(null);
      expect(bar.filterState.year).to.equal(undefined);
      expect(chart.marks.map((m) => m.key)[0]).to.match(/\|2020\|/);
      expect(warnings.filter((w) => w.startsWith('<barrier-stack>'))).to.deep.equal([]);
    });
  }

  it('an element at its defaults adds no attributes to its host (React compares them when hydrating); one set is reflected, and removed is gone', async () => {
    for (const tag of ['barrier-stack', 'pioneer-trend', 'site-map', 'pioneer-compare', 'pioneer-table', 'pioneer-filters']) {
      const el = mount<PioneerChart<unknown>>(`<${tag}></${tag}>`);
      await el.updateComplete;
      expect(el.getAttributeNames(), tag).to.deep.equal([]);
    }
    const el = await drawn(mount<PioneerChart<unknown>>('<barrier-stack mode="chart" theme="auto"></barrier-stack>'));
    expect(el.getAttributeNames(), "the author's own are kept").to.deep.equal(['mode', 'theme']);
    el.theme = 'dark';
    el.mode = 'table';
    await el.updateComplete;
    expect([el.getAttribute('theme'), el.getAttribute('mode')]).to.deep.equal(['dark', 'table']);
    el.removeAttribute('theme');
    el.removeAttribute('mode');
    await el.updateComplete;
    expect(el.getAttributeNames(), 'removed, not written back').to.deep.equal([]);
    expect([el.theme, el.mode]).to.deep.equal(['auto', 'chart']);
    expect(el.shadowRoot!.querySelector('.plot')!.classList.contains('off')).to.equal(false);
  });

  it('without ResizeObserver (jsdom, an old browser): the chart is drawn once at its box width, nothing thrown', async () => {
    const saved = window.ResizeObserver;
    (window as unknown as Props).ResizeObserver = undefined;
    try {
      let el: PioneerChart<unknown> | undefined;
      const errors = await unhandledRejections(async () => {
        el = mount<PioneerChart<unknown>>('<barrier-stack year="2019"></barrier-stack>', 520);
        await drawn(el);
        el.remove();
        await new Promise((r) => setTimeout(r, 20));
      });
      expect(errors).to.deep.equal([]);
      expect(el!.marks.length).to.be.greaterThan(40);
      expect(el!.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('520');
    } finally {
      window.ResizeObserver = saved;
    }
  });
});
