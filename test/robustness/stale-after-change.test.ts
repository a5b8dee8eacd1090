// After a change (an attribute, new data, a file loaded, a filter, a theme), nothing a reader
// sees, hears or downloads may still give what the chart showed before.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { cleanup, disclosureButton, drawn, mount } from '../helpers.js';
import { choose, enabledValues, select, settle } from '../filter-bar.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const row = (year: number, response: string, value: number) => ({
  measure: 'barrier', item: 'a', item_label: 'Barrier A', year, group: 'all', response, value, unit: 'percent', base: 40, source_survey: 2021, source_table: '1',
});
/** WCAG contrast of two computed or hex colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/[\d.]+/g)!.slice(0, 3).map(Number)).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('nothing stale after a change', () => {
  afterEach(cleanup);

  it('the status line under Download: a copied citation of 2020 is not left there once the chart shows 2019', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const root = el.shadowRoot!;
    disclosureButton(el, 'menu').click();
    root.querySelector<HTMLButtonElement>('.menu-items button[data-action="cite"]')!.click();
    const status = root.querySelector('.status')!;
    for (let i = 0; i < 100 && !status.textContent; i++) await wait(20);
    expect(status.textContent).to.contain('2020');
    el.year = 2019;
    await el.updateComplete;
    expect(status.textContent, 'status line after year=2019').to.not.contain('2020');
  });

  it('a new src: while its file loads, the old figures are not drawn, hoverable or listed', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" src="/test/fixtures/custom.csv"></pioneer-trend>');
    for (let i = 0; i < 100 && !el.marks.length; i++) await wait(20);
    await drawn(el);
    expect(el.marks.length).to.be.above(0);
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => undefined); // never answers
    try {
      el.src = '/other.csv';
      await el.updateComplete;
      await wait(50);
      const root = el.shadowRoot!;
      expect(root.querySelector('.loading')?.textContent).to.contain('Loading the figures from /other.csv');
      const svg = root.querySelector('svg');
      expect({ marks: el.marks.length, drawn: root.querySelectorAll('svg [data-key]').length, shown: !!svg && svg.getBoundingClientRect().height > 0 }).to.deep.equal({ marks: 0, drawn: 0, shown: false });
    } finally {
      window.fetch = realFetch;
    }
  });

  it('the live region does not go on naming a mark no longer drawn once the chart shows another year', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const root = el.shadowRoot!;
    const svg = root.querySelector<SVGSVGElement>('svg')!;
    svg.focus();
    await sendKeys({ press: 'ArrowRight' });
    const live = root.querySelector('.live')!;
    expect(live.textContent).to.contain('2020');
    svg.blur();
    el.year = 2019;
    await el.updateComplete;
    expect(live.textContent === '' || el.marks.some((m) => m.label === live.textContent), `live says "${live.textContent}"`).to.equal(true);
  });

  it('a filter bar sees a linked chart\'s new data: it offers the years the new rows have', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await settle(bar);
    const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
    await drawn(stack);
    expect(enabledValues(bar, 'year')).to.deep.equal(['2019', '2020']);
    stack.data = [row(2021, 'very', 40), row(2021, 'fairly', 60), row(2022, 'very', 30), row(2022, 'fairly', 70)];
    await drawn(stack);
    await settle(bar);
    expect(stack.summary).to.contain('2022');
    expect(enabledValues(bar, 'year')).to.deep.equal(['2021', '2022']);
  });

  it('a filter bar sees a linked chart\'s src once its file has loaded: it offers the years the file has', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await settle(bar);
    const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
    await drawn(stack);
    const csv = 'measure,item,item_label,year,group,response,value,unit,base,source_survey,source_table\nbarrier,a,Barrier A,2018,all,very,40,percent,40,2021,1\nbarrier,a,Barrier A,2018,all,fairly,60,percent,40,2021,1\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    stack.src = url;
    for (let i = 0; i < 100 && !/2018/.test(stack.summary); i++) await wait(20);
    await settle(bar);
    expect(stack.summary).to.contain('2018');
    expect(enabledValues(bar, 'year')).to.deep.equal(['2018']);
  });

  it('a filter bar sees a linked chart\'s property set by a script (year, not reflected): it turns off a choice that no longer fits', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="organisation"><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>');
    await settle(bar);
    const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
    await drawn(stack);
    await choose(bar, 'organisation', 'la');
    await drawn(stack);
    expect(stack.message).to.equal(null);
    stack.year = 2020;
    await stack.updateComplete;
    await settle(bar);
    await stack.updateComplete;
    expect({ message: stack.message, barValue: select(bar, 'organisation').value }).to.deep.equal({ message: null, barValue: '' });
  });

  it('sync-url: a filter the bar turns off (the chart changed underneath) leaves the address too', async () => {
    const start = location.href;
    try {
      const bar = mount<PioneerFilters>('<pioneer-filters id="g" sync-url controls="organisation"><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>');
      await settle(bar);
      const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
      await choose(bar, 'organisation', 'la');
      expect(location.search).to.contain('g.organisation=la');
      stack.setAttribute('year', '2020');
      await stack.updateComplete;
      await settle(bar);
      expect(select(bar, 'organisation').value).to.equal('');
      expect(stack.getAttribute('group')).to.equal('all');
      expect(location.search, 'the address after the filter was turned off').to.not.contain('organisation=la');
    } finally {
      history.replaceState(history.state, '', start);
    }
  });

  it('a chart switched to the dark theme downloads a figure in its own colours: every text reads on the file\'s background', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 700));
    const light = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    expect(light.querySelector('svg > rect')!.getAttribute('fill'), 'paper white in the light theme').to.equal('#ffffff');
    el.theme = 'dark';
    await el.updateComplete;
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const background = doc.querySelector('svg > rect')!.getAttribute('fill')!;
    expect(background).to.equal('rgb(22, 22, 22)');
    const fillOf = (t: Element) => {
      let n: Element | null = t;
      while (n && !n.getAttribute('fill')) n = n.parentElement;
      return n?.getAttribute('fill') ?? '';
    };
    const texts = [...doc.querySelectorAll('text')].filter((t) => t.textContent!.trim() && !t.closest('[display="none"]'));
    expect(texts.some((t) => t.classList.contains('export-title')) || texts.length > 20).to.equal(true);
    // Value labels are drawn on their segments' colours (in a bar's group, data-year), not on the background.
    for (const t of texts.filter((x) => !x.parentElement?.hasAttribute('data-year'))) {
      const fill = fillOf(t);
      if (!fill || fill === 'none' || fill.startsWith('url')) continue;
      expect(contrast(fill, background), `"${t.textContent}" in ${fill}`).to.be.at.least(4.5);
    }
  });

  it("a chart's own state (a trend's line hidden from its key) is nothing its filter bar reads: the bar does not look again", async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year,organisation"><pioneer-trend measure="barrier"></pioneer-trend></pioneer-filters>');
    await settle(bar);
    const trend = bar.querySelector<PioneerTrend>('pioneer-trend')!;
    await drawn(trend);
    await settle(bar);
    let asked = 0;
    const request = bar.requestUpdate.bind(bar);
    bar.requestUpdate = (...args: Parameters<PioneerFilters['requestUpdate']>) => {
      asked++;
      return request(...args);
    };
    const key = trend.shadowRoot!.querySelector<HTMLButtonElement>('.legend button')!;
    key.click();
    await trend.updateComplete;
    key.click();
    await trend.updateComplete;
    await settle(bar);
    expect(asked).to.equal(0);
    // A property a script sets is still seen.
    trend.group = 'organisation:la';
    await trend.updateComplete;
    expect(asked).to.be.above(0);
  });

  it("the comparison's value labels and its \"not published\" text give their own bar's tooltip, inside the bar or after its end (not the next bar's, within reach below)", async () => {
    const el = await drawn(mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation" year="2019"></pioneer-compare>', 720));
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    el.scrollIntoView({ block: 'start' });
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('text.value')];
    expect(labels.length).to.be.above(0);
    for (const text of [labels.find((t) => /%/.test(t.textContent!))!, labels.find((t) => /not published/.test(t.textContent!))].filter(Boolean) as SVGTextElement[]) {
      const box = text.getBoundingClientRect();
      const at: [number, number] = [box.left + box.width / 2, box.top + box.height / 2];
      const under = el.shadowRoot!.elementFromPoint(...at)!;
      under.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: at[0], clientY: at[1] }));
      expect(tip.hidden, text.textContent!).to.equal(false);
      const own = text.parentElement!.querySelector('[data-key]')!.getAttribute('data-key');
      expect(tip.textContent).to.equal(el.marks.find((m) => m.key === own)!.label);
    }
  });
});

