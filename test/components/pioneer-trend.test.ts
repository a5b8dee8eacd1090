import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

const pointsOf = (el: PioneerTrend, item: string) =>
  [...el.shadowRoot!.querySelectorAll(`[data-item="${item}"] path.point`)].map((p) => ({
    year: Number(p.getAttribute('data-year')),
    value: Number(p.getAttribute('data-value')),
    y: Number(/translate\([^,]+,([^)]+)\)/.exec(p.getAttribute('transform')!)![1]),
  }));

describe('<pioneer-trend>', () => {
  afterEach(cleanup);

  it('<pioneer-trend measure="objective" items="quality-of-care"> draws 39, 48, 51 for 2017–2019 and no point for 2016 or 2020', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const pts = pointsOf(el, 'quality-of-care');
    expect(pts.map((p) => [p.year, p.value])).to.deep.equal([[2017, 39], [2018, 48], [2019, 51]]);
    // Higher values sit higher: y decreases as the value grows.
    expect(pts[0].y).to.be.greaterThan(pts[1].y);
    expect(pts[1].y).to.be.greaterThan(pts[2].y);
  });

  it('never joins a line across a missing year and marks the gap years with a reason', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const d = el.shadowRoot!.querySelector('[data-item="quality-of-care"] path.line')!.getAttribute('d')!;
    expect(d.match(/M/g)).to.have.length(1); // one run: 2017–2019
    const gaps = [...el.shadowRoot!.querySelectorAll('g.gap')].map((g) => Number(g.getAttribute('data-year')));
    expect(gaps).to.deep.equal([2016, 2020]);
    expect(el.shadowRoot!.querySelector('g.gap title')!.textContent).to.match(/2016: no published value/);
  });

  it('draws an isolated year as a point', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" items="financial-constraints"></pioneer-trend>'));
    const pts = pointsOf(el, 'financial-constraints');
    // 2019 report Table 5.1: significant financial constraints, very significant 44% (base 64).
    expect(pts.find((p) => p.year === 2019)?.value).to.equal(44);
    expect(pts.every((p) => p.year >= 2019)).to.equal(true);
  });

  it('defaults to the top five items by latest value', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    const series = [...el.shadowRoot!.querySelectorAll('g.line-series')].map((g) => g.getAttribute('data-item'));
    expect(series).to.have.length(5);
    expect(series[0]).to.equal('joined-up'); // 58% in 2019, the highest in Table 4.1
  });

  it('the legend toggles a line', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.legend button[data-item="joined-up"]')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('g.line-series[data-item="joined-up"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('g.line-series[data-item="quality-of-care"]')).to.not.equal(null);
  });

  it('all 8 objectives: 8 marker shapes, and each legend key draws its line\'s marker, so no line is told apart by colour alone', async () => {
    const items = ['joined-up', 'unplanned-admissions', 'quality-of-care', 'manage-own-care', 'quality-of-life', 'reducing-costs', 'accessible-services', 'greater-say'];
    const el = await drawn(mount<PioneerTrend>(`<pioneer-trend measure="objective" items="${items.join(',')}"></pioneer-trend>`));
    const root = el.shadowRoot!;
    const markerOf = (item: string) => {
      const ds = new Set([...root.querySelectorAll(`g.line-series[data-item="${item}"] path.point`)].map((p) => p.getAttribute('d')));
      expect(ds.size, item).to.equal(1);
      return [...ds][0]!;
    };
    const markers = items.map(markerOf);
    expect(new Set(markers).size).to.equal(8);
    for (const [i, item] of items.entries()) {
      const key = root.querySelector(`.legend button[data-item="${item}"] svg.key`)!;
      expect(key.getAttribute('aria-hidden')).to.equal('true');
      expect(key.querySelector('path')!.getAttribute('d'), item).to.equal(markers[i]);
      // Drawn in the line's colour: the key's colour is the points' fill.
      const fill = getComputedStyle(root.querySelector(`g.line-series[data-item="${item}"] path.point`)!).fill;
      expect(getComputedStyle(key.querySelector('path')!).fill, item).to.equal(fill);
      expect(key.getBoundingClientRect().width).to.be.greaterThan(10);
    }
  });

  it('re-renders when an attribute changes', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    el.setAttribute('items', 'joined-up');
    await el.updateComplete;
    expect(pointsOf(el, 'joined-up').map((p) => p.value)).to.deep.equal([65, 76, 58]);
    expect(pointsOf(el, 'quality-of-care')).to.have.length(0);
  });

  it('a bad measure shows a message naming the attribute and valid values, warns once, and does not throw', async () => {
    let el!: PioneerTrend;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barriers"></pioneer-trend>'));
    });
    const msg = el.shadowRoot!.querySelector('[part="message"]')!.textContent!;
    expect(msg).to.contain('measure="barriers"');
    expect(msg).to.contain('barrier');
    expect(warnings.filter((w) => w.includes('measure="barriers"'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('says so in place of the lines when a measure is not published for the group', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="sample-wave" group="organisation:la"></pioneer-trend>'));
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.match(/not published for\s+Local authority/);
    expect(el.shadowRoot!.querySelectorAll('path.point')).to.have.length(0);
  });

  it('tooltip and live region give value, base n, year and source table on keyboard focus', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.focus();
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const live = el.shadowRoot!.querySelector('.live')!.textContent!;
    expect(live).to.contain('2017: 39%');
    expect(live).to.contain('base 105');
    expect(live).to.contain('Table 4.1');
  });

  it('fires pioneer-select with the ids on Enter', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    let detail: unknown;
    document.body.addEventListener('pioneer-select', (e) => (detail = (e as CustomEvent).detail), { once: true });
    svg.focus();
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(detail).to.include({ source: 'pioneer-trend', item: 'quality-of-care', year: 2017, measure: 'objective' });
  });
});
