import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import { createDataset } from '../../src/data/dataset.js';
import type { ObservationRow } from '../../src/data/types.js';
import type { FilterAttributes } from '../../src/components/base/filter-state.js';
import {
  filterOptions,
  filterUniverse,
  unavailableSummary,
  type ControlModel,
  type LinkedChartInfo,
} from '../../src/components/pioneer-filters/filter-options.js';
import {
  readFilterQuery,
  repeatedFilterQuery,
  sameState,
  stateFromQuery,
  urlPrefix,
  writeFilterQuery,
} from '../../src/components/pioneer-filters/url-state.js';

const STACK: FilterAttributes = { year: 'year', measure: 'measure', organisation: 'group', tenure: 'group', deprivation: 'group', wave: 'group' };
const TREND: FilterAttributes = { measure: 'measure', organisation: 'group', tenure: 'group', deprivation: 'group', wave: 'group' };
const MAP: FilterAttributes = { year: 'year', wave: 'wave', deprivation: 'deprivation' };
const COMPARE: FilterAttributes = { year: 'year', measure: 'measure' };

const ds = bundledDataset();
const chart = (keys: FilterAttributes, measure?: string): LinkedChartInfo => ({ keys, measure, dataset: ds });
const control = (models: ControlModel[], key: string) => models.find((m) => m.key === key)!;
const available = (m: ControlModel) => m.choices.filter((c) => c.available).map((c) => c.value);
const reasonOf = (m: ControlModel, value: string) => m.choices.find((c) => c.value === value)!.reason;

describe('filterOptions()', () => {
  it('filterUniverse() lists the survey years, the measures and each breakdown of the bundled data', () => {
    expect(filterUniverse('year', [ds])).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
    expect(filterUniverse('organisation', [ds])).to.deep.equal(['ccg-nhs', 'la', 'other']);
    expect(filterUniverse('tenure', [ds])).to.deep.equal(['under-5', '5-plus']);
    expect(filterUniverse('deprivation', [ds])).to.deep.equal(['less', 'more']);
    expect(filterUniverse('wave', [ds])).to.deep.equal(['1', '2']);
    expect(filterUniverse('measure', [ds])).to.include.members(['barrier', 'facilitator', 'objective', 'covid-effect']);
  });

  it('filterOptions({barrier stack, year 2020}) disables every organisation type: not published in the 2020 report', () => {
    const models = filterOptions({ charts: [chart(STACK, 'barrier')], state: { year: 2020 }, controls: ['year', 'organisation'], fallback: ds });
    const org = control(models, 'organisation');
    expect(available(org)).to.deep.equal([]);
    expect(reasonOf(org, 'la')).to.equal('not published in the 2020 report');
    expect(unavailableSummary(org)).to.deep.equal(['not published in the 2020 report']);
  });

  it('filterOptions({barrier stack, organisation la}) offers 2019 only: the breakdown exists for 2019 alone', () => {
    const models = filterOptions({ charts: [chart(STACK, 'barrier')], state: { organisation: 'la' }, controls: ['year', 'organisation'], fallback: ds });
    const year = control(models, 'year');
    expect(available(year)).to.deep.equal(['2019']);
    expect(unavailableSummary(year)).to.have.length(2);
    expect(unavailableSummary(year)[0]).to.match(/^2016, 2017 and 2018: shown only in Figure 5\.1/);
    expect(unavailableSummary(year)[1]).to.equal('2020: local authority: not published in the 2020 report');
    expect(reasonOf(year, '2020')).to.equal('local authority: not published in the 2020 report');
    expect(reasonOf(year, '2017')).to.match(/^shown only in Figure 5\.1 of the 2019 report/);
    // A control is judged with the others fixed, never against its own value.
    expect(available(control(models, 'organisation'))).to.deep.equal(['ccg-nhs', 'la', 'other']);
  });

  it('filterOptions({objective trend, organisation la}) does not restrict year: a trend takes no year, and no chart does', () => {
    const models = filterOptions({ charts: [chart(TREND, 'objective')], state: { organisation: 'la' }, controls: ['year', 'organisation'], fallback: ds });
    const year = control(models, 'year');
    expect(year.charts).to.equal(0);
    expect(year.note).to.equal('None of the linked charts responds to survey year.');
    expect(available(control(models, 'organisation'))).to.deep.equal(['ccg-nhs', 'la', 'other']);
  });

  it('one breakdown at a time: with organisation set, tenure and deprivation are unavailable to a chart that takes them through group', () => {
    const models = filterOptions({ charts: [chart(STACK, 'barrier')], state: { year: 2019, organisation: 'la' }, controls: ['organisation', 'tenure', 'deprivation'], fallback: ds });
    expect(available(control(models, 'tenure'))).to.deep.equal([]);
    expect(reasonOf(control(models, 'tenure'), '5-plus')).to.match(/^the reports publish one breakdown at a time; set Organisation type to “All organisation types” first$/);
    // A map of sites takes deprivation as its own filter: alone, it is offered every deprivation…
    const map = filterOptions({ charts: [chart(MAP)], state: { year: 2019, organisation: 'la' }, controls: ['deprivation'], fallback: ds });
    expect(available(control(map, 'deprivation'))).to.deep.equal(['less', 'more']);
    // …but with the stacked bar chart linked too, every chart that takes a choice must show it, and the reason names the chart.
    const withMap = filterOptions({
      charts: [{ ...chart(STACK, 'barrier'), name: 'the stacked bar chart' }, { ...chart(MAP), name: 'the map' }],
      state: { year: 2019, organisation: 'la' },
      controls: ['deprivation'],
      fallback: ds,
    });
    expect(available(control(withMap, 'deprivation'))).to.deep.equal([]);
    expect(reasonOf(control(withMap, 'deprivation'), 'less')).to.equal(
      'the stacked bar chart: the reports publish one breakdown at a time; set Organisation type to “All organisation types” first',
    );
  });

  it('filterOptions() offers the priorities by organisation only for CCG/NHS and local authority (Table 7.1)', () => {
    const models = filterOptions({ charts: [chart(COMPARE, 'priority'), chart(TREND, 'priority')], state: {}, controls: ['organisation'], fallback: ds });
    const org = control(models, 'organisation');
    expect(available(org)).to.deep.equal(['ccg-nhs', 'la']);
    expect(reasonOf(org, 'other')).to.equal("not published for top priority for the next 12 months");
  });

  it('a measure chosen by the bar replaces the chart\'s own when judging years', () => {
    const models = filterOptions({ charts: [chart(STACK, 'barrier')], state: { measure: 'objective' }, controls: ['year', 'measure'], fallback: ds });
    expect(available(control(models, 'year'))).to.deep.equal(['2017', '2018', '2019']);
  });

  it('a year a group is not given for lists the years it is given for as a sentence does: "only 2019 and 2021"', () => {
    const row = (group: string, year: number): ObservationRow => ({
      measure: 'barrier', item: 'a', item_label: 'Barrier A', year, group, response: 'very',
      value: 40, unit: 'percent', base: 30, source_survey: 2021, source_table: 'custom',
    });
    const custom = createDataset([2019, 2020, 2021].map((y) => row('all', y)).concat([row('organisation:la', 2019), row('organisation:la', 2021)]));
    const models = filterOptions({ charts: [{ keys: STACK, measure: 'barrier', dataset: custom }], state: { organisation: 'la' }, controls: ['year', 'organisation'], fallback: ds });
    expect(reasonOf(control(models, 'year'), '2020')).to.equal('local authority: not published for 2020 (only 2019 and 2021)');
  });

  it('a dataset with wave breakdowns makes wave choices available', () => {
    const row = (group: string, value: number): ObservationRow => ({
      measure: 'objective', item: 'joined-up', item_label: 'Joined up', year: 2019, group, response: 'selected',
      value, unit: 'percent', base: 30, source_survey: 2019, source_table: 'custom',
    });
    const custom = createDataset([row('all', 50), row('wave:1', 40), row('wave:2', 60), row('wave:3', 1)]);
    const models = filterOptions({ charts: [{ keys: TREND, measure: 'objective', dataset: custom }], state: {}, controls: ['wave'], fallback: ds });
    expect(available(control(models, 'wave'))).to.deep.equal(['1', '2', '3']);
    expect(control(models, 'wave').choices.map((c) => c.label)).to.deep.equal(['Wave 1', 'Wave 2', 'wave: 3']);
  });

  it('filterOptions({measure}) offers a measure only when every linked chart that takes the measure can show it', () => {
    // A stand-in for the bar's probe: this chart draws barriers and facilitators only.
    const stack: LinkedChartInfo = {
      ...chart(STACK, 'barrier'),
      name: 'the stacked bar chart',
      problemUnder: (state) => (!state.measure || ['barrier', 'facilitator'].includes(state.measure) ? null : 'shows only Barriers and Facilitators'),
    };
    const models = filterOptions({ charts: [stack, chart(TREND, 'objective')], state: {}, controls: ['measure'], fallback: ds });
    const measure = control(models, 'measure');
    expect(available(measure)).to.deep.equal(['barrier', 'facilitator']);
    expect(reasonOf(measure, 'objective')).to.equal('the stacked bar chart shows only Barriers and Facilitators');
    // A data reason of the same chart reads better than the probe's, and wins.
    const in2020 = filterOptions({ charts: [stack], state: { year: 2020 }, controls: ['measure'], fallback: ds });
    expect(reasonOf(control(in2020, 'measure'), 'objective')).to.equal('not published for 2020');
    expect(available(control(filterOptions({ charts: [stack], state: {}, controls: ['year'], fallback: ds }), 'year'))).to.deep.equal(['2019', '2020']);
  });

  it('every control follows the rule of the measure: a choice is offered only if every linked chart that takes it can show it, and each reason names its chart, in full', () => {
    // A stand-in for the bar's probe: this comparison chart draws 2019 alone.
    const compare: LinkedChartInfo = {
      ...chart(COMPARE, 'barrier'),
      name: 'the comparison chart',
      problemUnder: (state) => (state.year == null || state.year === 2019 ? null : 'shows only 2019'),
    };
    const stack: LinkedChartInfo = { ...chart(STACK, 'barrier'), name: 'the stacked bar chart' };
    const models = filterOptions({ charts: [stack, compare], state: {}, controls: ['year', 'organisation', 'wave'], fallback: ds });
    const year = control(models, 'year');
    expect(available(year)).to.deep.equal(['2019']);
    expect(reasonOf(year, '2020')).to.equal('the comparison chart shows only 2019');
    // One reason of both charts: given once, after both.
    expect(reasonOf(year, '2017')).to.match(/^the stacked bar chart and the comparison chart: shown only in Figure 5\.1 of the 2019 report.*; not published as numbers$/);
    expect(unavailableSummary(year).join('. ')).to.contain('2020: the comparison chart shows only 2019');
    // Two charts, two reasons: both given in full, each after its chart, never cut off.
    const byLa = control(filterOptions({ charts: [stack, compare], state: { organisation: 'la' }, controls: ['year', 'organisation'], fallback: ds }), 'year');
    expect(available(byLa)).to.deep.equal(['2019']);
    expect(reasonOf(byLa, '2020')).to.equal('the stacked bar chart: local authority: not published in the 2020 report; the comparison chart shows only 2019');
    expect(reasonOf(byLa, '2020')).not.to.contain('…');
    // The option itself may be short: the first reason, and how many more the note lists.
    expect(byLa.choices.find((c) => c.value === '2020')!.short).to.equal(
      'the stacked bar chart: local authority: not published in the 2020 report; 1 more reason in the note below',
    );
    // The compare takes no breakdown, so the stacked bar chart alone decides those.
    expect(available(control(models, 'organisation'))).to.deep.equal(['ccg-nhs', 'la', 'other']);
    expect(available(control(models, 'wave'))).to.deep.equal([]);
    // Two charts with one reason of their own: the verb agrees with both ("the comparison chart of
    // … and the comparison chart of … show only 2019", where it said "shows").
    const both = control(filterOptions({ charts: [compare, { ...compare, name: 'the other comparison chart' }], state: {}, controls: ['year'], fallback: ds }), 'year');
    expect(reasonOf(both, '2020')).to.equal('the comparison chart and the other comparison chart show only 2019');
    const cannot: LinkedChartInfo = { ...compare, problemUnder: (state) => (state.year == null || state.year === 2019 ? null : 'cannot show 2020') };
    const bothCannot = control(filterOptions({ charts: [cannot, { ...cannot, name: 'the other comparison chart' }], state: {}, controls: ['year'], fallback: ds }), 'year');
    expect(reasonOf(bothCannot, '2020')).to.equal('the comparison chart and the other comparison chart cannot show 2020');
    // A chart already in error under the other filters restricts nothing.
    const broken: LinkedChartInfo = { ...compare, problemUnder: () => 'shows only 2019' };
    expect(available(control(filterOptions({ charts: [broken], state: {}, controls: ['year'], fallback: ds }), 'year'))).to.deep.equal(filterUniverse('year', [ds]));
  });

  it('a chart that cannot show its view even with its own measure restricts no measure (its error is not the bar\'s doing)', () => {
    const broken: LinkedChartInfo = { ...chart(TREND, 'objective'), problemUnder: () => 'cannot show it with its other settings' };
    const models = filterOptions({ charts: [broken], state: {}, controls: ['measure'], fallback: ds });
    expect(available(control(models, 'measure'))).to.deep.equal(filterUniverse('measure', [ds]));
  });

  it('with no chart linked, every choice of the data is offered and a note says so', () => {
    const models = filterOptions({ charts: [], state: {}, controls: ['year'], fallback: ds });
    expect(available(control(models, 'year'))).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
    expect(control(models, 'year').note).to.equal('No chart is linked to this filter bar yet.');
  });
});

describe('url-state', () => {
  it('urlPrefix() is the id and a dot, or nothing', () => {
    expect(urlPrefix('dash')).to.equal('dash.');
    expect(urlPrefix('')).to.equal('');
    expect(urlPrefix(null)).to.equal('');
  });

  it('writeFilterQuery() sets only the bar\'s own parameters and keeps the others in place', () => {
    const q = writeFilterQuery('?page=2&a.year=2016&b.year=2020', 'a.', { year: 2019, organisation: 'la' }, ['year', 'organisation']);
    expect(q).to.equal('?page=2&a.year=2019&b.year=2020&a.organisation=la');
    expect(writeFilterQuery(q, 'a.', {}, ['year', 'organisation'])).to.equal('?page=2&b.year=2020');
    expect(writeFilterQuery('', '', {}, ['year'])).to.equal('');
  });

  it('writeFilterQuery() writes "all" for a control cleared against a default, and drops keys the bar does not control', () => {
    expect(writeFilterQuery('', '', { organisation: 'la', tenure: '5-plus' }, ['year', 'organisation'], { year: 2019 })).to.equal('?year=all&organisation=la');
  });

  it('stateFromQuery(writeFilterQuery(state)) round-trips, over the defaults', () => {
    const defaults = { year: 2019, organisation: 'la' };
    const state = { year: undefined, measure: 'barrier', organisation: 'ccg-nhs' };
    const keys = ['year', 'measure', 'organisation'] as const;
    const q = writeFilterQuery('?x=1', 'f.', state, keys, defaults);
    expect(sameState(stateFromQuery(q, 'f.', keys, defaults), state)).to.equal(true);
    expect(stateFromQuery('?x=1', 'f.', keys, defaults)).to.deep.equal(defaults);
  });

  it('readFilterQuery() returns raw values, encoded characters decoded, and a bad year parses to NaN', () => {
    expect(readFilterQuery('?year=20%2019&organisation=%3Cb%3E', '', ['year', 'organisation'])).to.deep.equal({ year: '20 19', organisation: '<b>' });
    expect(Number.isNaN(stateFromQuery('?year=soon', '', ['year']).year)).to.equal(true);
  });

  it('a parameter given twice with different values is found by repeatedFilterQuery() and sets neither in stateFromQuery(), over the defaults too; the same value twice is one value', () => {
    const q = '?f.year=2019&f.organisation=la&f.year=2020&f.organisation=%20LA&g.year=2018';
    expect(repeatedFilterQuery(q, 'f.', ['year', 'organisation'])).to.deep.equal({ year: ['2019', '2020'] });
    expect(stateFromQuery(q, 'f.', ['year', 'organisation'], { year: 2018 })).to.deep.equal({ year: undefined, organisation: 'la' });
    expect(repeatedFilterQuery('?year=all&year=2019&year=2019', '', ['year'])).to.deep.equal({ year: ['all', '2019', '2019'] });
  });

  it('values of one choice (empty, spaces and `all` in any case are All) are one value to repeatedFilterQuery(), and All to stateFromQuery()', () => {
    expect(repeatedFilterQuery('?year=all&year=&year=%20ALL%20&year=%20', '', ['year'])).to.deep.equal({});
    expect(repeatedFilterQuery('?year=2019&year=%202019%20', '', ['year'])).to.deep.equal({});
    expect(repeatedFilterQuery('?year=&year=2019', '', ['year'])).to.deep.equal({ year: ['', '2019'] });
    expect(stateFromQuery('?organisation=%20&year=%20All', '', ['organisation', 'year'], { organisation: 'la', year: 2019 })).to.deep.equal({ organisation: undefined, year: undefined });
  });
});
