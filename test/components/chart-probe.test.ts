import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { probeChart, type ProbeValue } from '../../src/components/pioneer-filters/chart-probe.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { cleanup, drawn, mount } from '../helpers.js';

/**
 * A filter bar asks each linked chart, for every choice it could offer, whether the chart
 * could show it (probeChart). The answers are kept per state of the chart, so the same
 * question at the next update is not computed again; any change to the chart (an attribute,
 * a property set from script, its data) asks afresh.
 */
const ds = bundledDataset();
const year = (y: string) => new Map<string, ProbeValue>([['year', { attribute: y }]]);

/** Counts the chart's own validation runs (computeView) while `fn` runs. */
function countingViews<T>(el: HTMLElement, fn: () => T): { result: T; runs: number } {
  const proto = Object.getPrototypeOf(el) as { computeView: (...a: unknown[]) => unknown };
  let runs = 0;
  const own = function (this: unknown, ...a: unknown[]) {
    runs++;
    return proto.computeView.apply(this, a);
  };
  Object.defineProperty(el, 'computeView', { value: own, configurable: true });
  try {
    return { result: fn(), runs };
  } finally {
    delete (el as unknown as Record<string, unknown>).computeView;
  }
}

describe('probeChart: a linked chart asked whether it could show a choice', () => {
  afterEach(cleanup);

  it('answers as the chart validates (the comparison shows only 2019), and asks the chart once for the same question', async () => {
    const el = await drawn(mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>'));
    const { result, runs } = countingViews(el, () => [probeChart(el, year('2020'), ds), probeChart(el, year('2020'), ds), probeChart(el, year('2019'), ds)]);
    expect(result[0]?.attribute).to.equal('year');
    expect(result[0]?.message).to.contain('2019');
    expect(result[1]).to.deep.equal(result[0]);
    expect(result[2]).to.equal(null);
    expect(runs, 'two distinct questions, two runs of the chart\'s validation').to.equal(2);
  });

  it('asks again when the chart changes: an attribute, a property set from script, or its data', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    const measure = (m: string) => new Map<string, ProbeValue>([['measure', { attribute: m }]]);
    expect(probeChart(el, measure('barrier'), ds)).to.equal(null);
    // An attribute the probe does not set: a response barriers do not have.
    el.setAttribute('response', 'selected');
    expect(probeChart(el, measure('barrier'), ds)?.attribute).to.equal('response');
    el.removeAttribute('response');
    expect(probeChart(el, measure('barrier'), ds)).to.equal(null);
    // A property set from script, with no attribute.
    el.group = 'organisation:nowhere';
    expect(probeChart(el, measure('barrier'), ds)?.attribute).to.equal('group');
    el.group = 'all';
    expect(probeChart(el, measure('barrier'), ds)).to.equal(null);
    // Another dataset (the chart's own rows): 'barrier' is not among its measures.
    const rows = ds.rows.filter((r) => r.measure === 'objective');
    el.data = rows;
    await drawn(el);
    const own = (el as unknown as { resolveDataset(): { dataset: typeof ds } }).resolveDataset().dataset;
    expect(probeChart(el, measure('barrier'), own)?.attribute).to.equal('measure');
  });

  it('a filter bar\'s later updates ask the linked charts nothing new when nothing changed', async () => {
    const bar = mount<PioneerFilters>(`<pioneer-filters controls="year,measure,organisation">
      <pioneer-compare measure="barrier"></pioneer-compare>
      <pioneer-trend measure="barrier"></pioneer-trend>
    </pioneer-filters>`);
    const [compare, trend] = [bar.querySelector<PioneerCompare>('pioneer-compare')!, bar.querySelector<PioneerTrend>('pioneer-trend')!];
    await drawn(compare);
    await drawn(trend);
    await bar.updateComplete;
    const before = bar.shadowRoot!.querySelector('[part="notes"]')?.textContent;
    const runsOf = async () => {
      let runs = 0;
      for (const el of [compare, trend]) {
        const proto = Object.getPrototypeOf(el) as { computeView: (...a: unknown[]) => unknown };
        Object.defineProperty(el, 'computeView', { value: function (this: unknown, ...a: unknown[]) { runs++; return proto.computeView.apply(this, a); }, configurable: true });
      }
      bar.requestUpdate();
      await bar.updateComplete;
      for (const el of [compare, trend]) delete (el as unknown as Record<string, unknown>).computeView;
      return runs;
    };
    expect(await runsOf(), 'nothing changed: every answer is known').to.equal(0);
    // The same reasons are still given, from the kept answers.
    expect(bar.shadowRoot!.querySelector('[part="notes"]')?.textContent).to.equal(before);
    expect(before).to.contain('2020');
  });
});
