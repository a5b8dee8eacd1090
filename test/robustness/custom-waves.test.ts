// A researcher reuses the charts for their own survey (later waves, another programme): what
// their rows hold is drawn and said, nothing of it dropped or drawn as something else.
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import { bundledDataset } from '../../src/data/bundled.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import type { ObservationRow } from '../../src/data/types.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

const objective = (o: Partial<ObservationRow>): ObservationRow => ({
  measure: 'objective', item: 'quality-of-care', item_label: 'Quality of care', year: 2021, group: 'all', response: 'selected',
  value: 50, unit: 'percent', base: 60, source_survey: 2022, source_table: '4.1', ...o,
});
const barrier = (o: Partial<ObservationRow>): ObservationRow => ({
  measure: 'barrier', item: 'money', item_label: 'Money', year: 2021, group: 'all', response: 'very',
  value: 50, unit: 'percent', base: 60, source_survey: 2021, source_table: '5.1', ...o,
});
const site = (item: string, value: number, item_label = item): ObservationRow => ({
  measure: 'sample-site', item, item_label, year: 2022, group: 'all', response: 'count', value, unit: 'count', base: null, source_survey: 2022, source_table: '3.1',
});
const notes = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');

describe('custom data of later waves and other surveys', () => {
  afterEach(cleanup);

  it('<pioneer-trend> draws every year of the rows (2019–2022), on an axis of those years, and downloads them', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>', 720);
    el.data = [objective({ year: 2019, value: 30 }), objective({ year: 2020, value: 35 }), objective({ year: 2021, value: 40 }), objective({ year: 2022, value: 45 })];
    await drawn(el);
    expect(el.marks.map((m) => /, (\d{4}):/.exec(m.label)?.[1])).to.deep.equal(['2019', '2020', '2021', '2022']);
    expect([...el.shadowRoot!.querySelectorAll('path.point')].map((p) => p.getAttribute('data-value'))).to.deep.equal(['30', '35', '40', '45']);
    expect([...el.shadowRoot!.querySelectorAll('.x-axis text')].map((t) => t.textContent)).to.deep.equal(['2019', '2020', '2021', '2022']);
    expect(el.toCsv()).to.contain(',2022,all,selected,45,');
  });

  it('<pioneer-trend> of 2021 and 2022 only draws both, and a year between two waves is a gap on the axis, not a squeezed line', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>', 720);
    el.data = [objective({ year: 2021, value: 40 }), objective({ year: 2023, value: 45 })];
    await drawn(el);
    expect(el.summary).to.not.contain('no published values');
    expect([...el.shadowRoot!.querySelectorAll('path.point')].map((p) => p.getAttribute('data-value'))).to.deep.equal(['40', '45']);
    expect([...el.shadowRoot!.querySelectorAll('.x-axis text')].map((t) => t.textContent)).to.deep.equal(['2021', '2022', '2023']);
  });

  it('<barrier-stack> refuses counts (12, 20 and 8 of 40 would be drawn as 40% of a bar), saying why and what to use', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>', 720);
    const warnings = await captureWarnings(async () => {
      el.data = [barrier({ value: 12, unit: 'count', base: 40 }), barrier({ response: 'fairly', value: 20, unit: 'count', base: 40 }), barrier({ response: 'not', value: 8, unit: 'count', base: 40 })];
      await drawn(el);
    });
    expect(el.marks).to.have.length(0);
    expect(el.message).to.contain('shares of 100%').and.to.contain('unit "count"').and.to.contain('<pioneer-table>');
    expect(warnings.join(' ')).to.contain('unit "count"');
  });

  it('<site-map> names the sites it cannot place, and refuses data with none of the Pioneer sites', async () => {
    const none = mount<SiteMap>('<site-map></site-map>', 720);
    await captureWarnings(async () => {
      none.data = [site('cardiff', 5, 'Cardiff'), site('swansea', 4, 'Swansea'), site('total', 9)];
      await drawn(none);
    });
    expect(none.marks).to.have.length(0);
    expect(none.message).to.contain('(Cardiff; Swansea)').and.to.contain('25 Pioneer sites');
    const some = mount<SiteMap>('<site-map></site-map>', 720);
    some.data = [site('barnsley', 6, 'Barnsley'), site('cardiff', 5, 'Cardiff')];
    await drawn(some);
    expect(some.message).to.equal(null);
    expect(some.marks.find((m) => m.key === 'barnsley')?.label).to.contain('6');
    expect(notes(some)).to.contain('Not on the map (not Pioneer sites): Cardiff (5).');
  });

  it('a filter bar over 2021–2022 rows offers those years only', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>', 720);
    const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
    stack.data = [2021, 2022].flatMap((year) => [barrier({ year }), barrier({ year, response: 'not', value: 50 })]);
    await drawn(stack);
    for (let i = 0; i < 3; i++) {
      await bar.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
    const values = [...bar.shadowRoot!.querySelectorAll<HTMLOptionElement>('select[name="year"] option')].map((o) => o.value).filter(Boolean);
    expect(values).to.deep.equal(['2021', '2022']);
  });

  it('the stacked bars\' summary keeps a name\'s capital ("Brexit-related…", "Primary Care Networks…") and lowers a capital that only starts the label', async () => {
    const summaryOf = async (label: string) => {
      const el = mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>', 720);
      el.data = [barrier({ item_label: label, value: 45 }), barrier({ item_label: label, response: 'not', value: 55 })];
      await drawn(el);
      return el.summary;
    };
    expect(await summaryOf('Brexit-related staff shortages')).to.contain('was Brexit-related staff shortages (45% of 60)');
    expect(await summaryOf('Primary Care Networks not aligning')).to.contain('was Primary Care Networks not aligning (45% of 60)');
    expect(await summaryOf('Covid-19 pressures')).to.contain('was Covid-19 pressures (45%');
    expect(await summaryOf('Money worries')).to.contain('was money worries (45% of 60)');
  });

  it("a researcher's own figures are never attributed to the PIRU reports: no report name or reference, no report's dash, section or caution", async () => {
    // Rows of another survey whose years and tables happen to be the reports' (2019, Table 4.1).
    const own = (o: Partial<ObservationRow>) => objective({ year: 2019, source_survey: 2019, source_table: '4.1', ...o });
    const trend = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>', 720);
    // With one figure of no base, in a survey year and table number whose report table prints a range of bases (2020, Table 5.2).
    trend.data = [own({ year: 2017, value: 0 }), own({ value: 20 }), own({ item: 'joined-up', item_label: 'Joined-up care', year: 2018, value: 30 }), own({ item: 'joined-up', item_label: 'Joined-up care', value: 35 }), own({ item: 'joined-up', item_label: 'Joined-up care', year: 2020, value: 40, base: null, source_survey: 2020, source_table: '5.2' })];
    await drawn(trend);
    const compare = mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>', 720);
    compare.data = [barrier({ group: 'organisation:la', base: 12, source_survey: 2019 }), barrier({ group: 'organisation:ccg-nhs', base: 9, source_survey: 2019, value: 20 })];
    await drawn(compare);
    for (const el of [trend, compare]) {
      const said = [el.summary, notes(el), el.shadowRoot!.querySelector('.source')!.textContent, el.figureCitation(), el.toCsv(), el.toSvg(), el.marks.map((m) => m.label).join(' ')].join(' ');
      expect(said, el.localName).to.not.match(/PIRU|Erens|Policy Innovation|report warns|prints a dash|\b\d{4} report\b|section 4|the reports give|whole table/);
      expect(el.shadowRoot!.querySelector('.source')!.textContent, el.localName).to.match(/^Source: survey 20(19|20), Table/);
    }
    // Its gaps are said of the data, not of the reports.
    await trend.updateComplete;
    expect(notes(trend) + trend.toCsv()).to.not.contain('published for 2016: the question was not asked');
  });

  it("the reports' own rows given as data (a copy of the package's figures) are still named and cited as the reports'", async () => {
    const rows = bundledDataset().rows.filter((r) => r.measure === 'barrier' && r.year === 2019 && r.group === 'all').map((r) => ({ ...r }));
    const el = mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>', 720);
    el.data = rows;
    await drawn(el);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.equal('Source: PIRU key informant survey 2019, Table 5.1; base 64');
    expect(el.figureCitation()).to.contain('Erens B');
  });
});

