/** The query layer that every chart shares: distributions, items, years, groups, sites, source lines. */
import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import { createDataset } from '../../src/data/dataset.js';
import type { ObservationRow } from '../../src/data/types.js';
import {
  absentReason, citationOf, distribution, figure, firstAskedOf, groupsOf, itemsOf, measuresOf, responsesOf, rowsOf, series, sitesOf, sourceLine, yearSpan, yearsOf,
} from '../../src/data/query.js';

const ds = bundledDataset();

/** Table 5.1 of the 2019 report, rows in printed order. */
const TABLE_5_1 = [
  'financial-constraints', 'increased-demand', 'incompatible-it', 'competing-demands', 'staff-shortages', 'different-cultures',
  'information-governance', 'financial-savings', 'acute-not-engaged', 'pcns-not-aligning', 'staff-turnover', 'insufficient-leadership',
  'gps-not-committed',
];
/** Table 3.1 (both reports), rows in printed order. */
const TABLE_3_1 = [
  'airedale-wharfedale-and-craven', 'barnsley', 'blackpool-and-fylde-coast', 'camden', 'cheshire', 'cornwall', 'east-london-wel',
  'greater-manchester', 'greenwich', 'islington', 'kent', 'leeds', 'nottingham-city', 'nottingham-county', 'north-west-london',
  'sheffield', 'south-devon-and-torbay', 'south-somerset', 'south-tyneside', 'southend', 'staffordshire-and-stoke', 'vale-of-york',
  'wakefield', 'west-norfolk', 'worcestershire',
];
/** Wave column of Table 3.1: the 14 wave-1 Pioneers. */
const WAVE_1 = [
  'barnsley', 'cheshire', 'cornwall', 'east-london-wel', 'greenwich', 'islington', 'kent', 'leeds', 'north-west-london',
  'south-devon-and-torbay', 'south-tyneside', 'southend', 'staffordshire-and-stoke', 'worcestershire',
];
/** 2019 report, section 3: "More deprived Pioneers (bottom third of CCGs)" (Blackpool and East London as Table 3.1 names them). */
const MORE_DEPRIVED = [
  'barnsley', 'blackpool-and-fylde-coast', 'cornwall', 'east-london-wel', 'greater-manchester', 'greenwich', 'islington',
  'nottingham-city', 'south-tyneside', 'southend', 'staffordshire-and-stoke', 'wakefield', 'west-norfolk',
];
/** 2019 report, section 3: "Less deprived Pioneers (top two-thirds of CCGs)". */
const LESS_DEPRIVED = [
  'airedale-wharfedale-and-craven', 'camden', 'cheshire', 'kent', 'leeds', 'nottingham-county', 'north-west-london', 'sheffield',
  'south-devon-and-torbay', 'south-somerset', 'vale-of-york', 'worcestershire',
];
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('query: firstAskedOf()', () => {
  it('barriers: the 13 of Table 5.1 were asked by 2019, the three Covid-19 barriers first in 2020', () => {
    const first = firstAskedOf(ds, 'barrier');
    for (const item of TABLE_5_1) expect(first.get(item), item).to.be.at.most(2019);
    const covid = [...first].filter(([, y]) => y === 2020).map(([item]) => item);
    expect(covid).to.have.length(3);
    expect(covid.every((id) => id.startsWith('covid-'))).to.equal(true);
  });

  it('counts a year the report shows only as a chart (a missing-value record) as asked', () => {
    const rows = rowsOf(ds, 'barrier').filter((r) => r.item === 'financial-constraints' && r.year === 2019);
    const { measure, item, group, response } = rows[0];
    const custom = createDataset(rows, [{ measure, item, year: 2017, group, response, source_survey: 2019, source_figure: 'test', reason: 'test' }]);
    expect(firstAskedOf(custom, 'barrier').get('financial-constraints')).to.equal(2017);
    expect(firstAskedOf(createDataset(rows), 'barrier').get('financial-constraints')).to.equal(2019);
  });
});

describe('query: distribution()', () => {
  it('barrier 2019 all: the 13 items of Table 5.1 in printed order, responses very/fairly/not/dont-know', () => {
    const d = distribution(ds, 'barrier', 2019, 'all');
    expect(d.items).to.have.length(13);
    expect(d.items.map((i) => i.item)).to.deep.equal(TABLE_5_1);
    expect(d.responses).to.deep.equal(['very', 'fairly', 'not', 'dont-know']);
    expect(d.unpublished).to.deep.equal([]);
    const fc = d.items[0];
    expect(fc.label).to.equal('Significant financial constraints within the local health and social care economy.');
    expect(Object.fromEntries(d.responses.map((r) => [r, fc.cells[r]?.value]))).to.deep.equal({ very: 44, fairly: 44, not: 6, 'dont-know': 6 });
    expect(fc.cells.very?.base).to.equal(64);
  });

  it('the group defaults to "all"', () => {
    expect(distribution(ds, 'barrier', 2019)).to.deep.equal(distribution(ds, 'barrier', 2019, 'all'));
  });

  it('each call gives its own copy: changing what one call returned changes nothing a later call returns', () => {
    const first = distribution(ds, 'barrier', 2019);
    first.items.reverse();
    first.items[0].label = 'changed';
    delete first.items[1].cells.very;
    first.responses.pop();
    first.unpublished.push('x');
    const again = distribution(ds, 'barrier', 2019);
    expect(again.items.map((i) => i.item)).to.deep.equal(TABLE_5_1);
    expect(again.items.every((i) => i.label !== 'changed' && i.cells.very)).to.equal(true);
    expect(again.responses).to.deep.equal(['very', 'fairly', 'not', 'dont-know']);
    expect(again.unpublished).to.deep.equal([]);
  });

  it('barrier 2019 organisation:la publishes only "very" and lists the others as unpublished', () => {
    const d = distribution(ds, 'barrier', 2019, 'organisation:la');
    expect(d.responses).to.deep.equal(['very']);
    expect(d.unpublished).to.deep.equal(['fairly', 'not', 'dont-know']);
    expect(d.items).to.have.length(13);
    expect(d.items.map((i) => i.item)).to.deep.equal(TABLE_5_1); // questionnaire order, not Table 5.2's own order
    expect(d.items.every((i) => Object.keys(i.cells).join() === 'very')).to.equal(true);
    expect(d.items[0].cells.very?.value).to.equal(57); // Table 5.2: LA 57%
    expect(d.items[0].cells.very?.base).to.equal(21);
  });

  it('barrier 2020 all: 16 items, the three Covid-19 barriers last', () => {
    const d = distribution(ds, 'barrier', 2020);
    expect(d.items.map((i) => i.item)).to.deep.equal([...TABLE_5_1, 'covid-time', 'covid-staff-diversion', 'covid-financial-resources']);
    expect(d.responses).to.deep.equal(['very', 'fairly', 'not', 'dont-know']);
  });

  it('facilitator 2019: five responses; progress 2019: the derived "substantial-or-some" never stacks', () => {
    expect(distribution(ds, 'facilitator', 2019).responses).to.deep.equal(['very', 'fairly', 'not-very', 'not-at-all', 'dont-know']);
    const p = distribution(ds, 'progress', 2019);
    expect(p.responses).to.deep.equal(['substantial', 'some', 'none', 'dont-know']);
    expect(p.unpublished).to.deep.equal([]);
    expect(p.items).to.have.length(8);
  });

  it('covid-effect 2020: aided/hindered/no-effect/dont-know for the eight objectives', () => {
    const d = distribution(ds, 'covid-effect', 2020);
    expect(d.responses).to.deep.equal(['aided', 'hindered', 'no-effect', 'dont-know']);
    expect(d.items).to.have.length(8);
    expect(d.items[0].cells.aided?.value).to.equal(54);
  });

  it('a year or group without figures gives no items (and lists every response as unpublished)', () => {
    const d = distribution(ds, 'barrier', 2016);
    expect(d.items).to.deep.equal([]);
    expect(d.responses).to.deep.equal([]);
    expect(d.unpublished).to.deep.equal(['very', 'fairly', 'not', 'dont-know']);
    expect(distribution(ds, 'barrier', 2020, 'organisation:la').items).to.deep.equal([]);
    expect(distribution(ds, 'no-such-measure', 2019).items).to.deep.equal([]);
  });
});

describe('query: items, responses, years, groups', () => {
  it('itemsOf keeps the printed order of each measure’s first table', () => {
    expect(itemsOf(ds, 'barrier').map((i) => i.item)).to.deep.equal([...TABLE_5_1, 'covid-time', 'covid-staff-diversion', 'covid-financial-resources']);
    expect(itemsOf(ds, 'barrier').map((i) => i.order)).to.deep.equal([...Array(16).keys()]);
    expect(itemsOf(ds, 'facilitator').map((i) => i.item)).to.deep.equal([
      'working-relationships', 'local-leadership', 'providers-involved', 'voluntary-involved', 'local-champions', 'bottom-up',
      'planning-pcns', 'user-feedback', 'staff-training', 'co-design', 'simple-economy', 'ics-plans', 'monitoring-system',
    ]); // Table 6.1
    expect(itemsOf(ds, 'objective').map((i) => i.item)).to.deep.equal([
      'joined-up', 'unplanned-admissions', 'quality-of-care', 'manage-own-care', 'quality-of-life', 'reducing-costs', 'accessible-services', 'greater-say',
    ]); // Table 4.1
    expect(itemsOf(ds, 'progress').map((i) => i.item)).to.deep.equal([
      'joined-up', 'quality-of-care', 'quality-of-life', 'manage-own-care', 'greater-say', 'accessible-services', 'unplanned-admissions', 'reducing-costs',
    ]); // Table 4.4
    expect(itemsOf(ds, 'challenge').map((i) => i.item)).to.deep.equal([
      'financial-pressures', 'organisational-boundaries', 'conflicting-priorities', 'workforce-motivation', 'it-ig-issues',
      'engaging-organisations', 'effective-leadership', 'staff-shortages', 'effective-commissioning', 'other',
    ]); // Table 7.2
    expect(itemsOf(ds, 'sample-site').map((i) => i.item)).to.deep.equal(TABLE_3_1); // Total left out
  });

  it('itemsOf(measure, year) lists only the items asked that year', () => {
    expect(itemsOf(ds, 'barrier', 2019)).to.have.length(13);
    expect(itemsOf(ds, 'barrier', 2020)).to.have.length(16);
    expect(itemsOf(ds, 'objective', 2016)).to.deep.equal([]);
  });

  it('itemsOf gives the latest report’s label where the wording differs', () => {
    const site = itemsOf(ds, 'sample-site').find((i) => i.item === 'airedale-wharfedale-and-craven')!;
    expect(site.label).to.equal('Airedale, Wharfdale & Craven'); // as the 2020 report prints it
    expect(itemsOf(ds, 'sample-site', 2019)[0].label).to.equal('Airedale, Wharfedale & Craven');
  });

  it('responsesOf lists a measure’s responses in questionnaire order', () => {
    expect(responsesOf(ds, 'progress')).to.deep.equal(['substantial', 'some', 'none', 'dont-know', 'substantial-or-some']);
    expect(responsesOf(ds, 'facilitator')).to.deep.equal(['very', 'fairly', 'not-very', 'not-at-all', 'dont-know']);
    expect(responsesOf(ds, 'objective')).to.deep.equal(['selected']);
    expect(responsesOf(ds, 'relationship')).to.deep.equal(['much-better', 'somewhat-better', 'no-change', 'somewhat-worse', 'dont-know']);
  });

  it('yearsOf: the survey years with figures, optionally for one group', () => {
    expect(yearsOf(ds, 'objective')).to.deep.equal([2017, 2018, 2019]);
    expect(yearsOf(ds, 'barrier')).to.deep.equal([2019, 2020]);
    expect(yearsOf(ds, 'barrier', 'organisation:la')).to.deep.equal([2019]);
    expect(yearsOf(ds, 'facilitator')).to.deep.equal([2019]);
    expect(yearsOf(ds, 'sample-site')).to.deep.equal([2016, 2017, 2018, 2019, 2020]);
    expect(yearsOf(ds, 'covid-effect')).to.deep.equal([2020]);
    expect(yearsOf(ds, 'no-such-measure')).to.deep.equal([]);
  });

  it('groupsOf: "all" first, then the published subgroups; none for 2020', () => {
    expect(groupsOf(ds, 'barrier')).to.deep.equal([
      'all', 'organisation:ccg-nhs', 'organisation:la', 'organisation:other', 'tenure:under-5', 'tenure:5-plus', 'deprivation:less', 'deprivation:more',
    ]);
    expect(groupsOf(ds, 'barrier', 2020)).to.deep.equal(['all']);
    expect(groupsOf(ds, 'objective', 2018)).to.deep.equal(['all']);
    // Tables 7.1/7.2 print CCG/NHS, LA and All ("Other" not shown separately).
    expect(groupsOf(ds, 'priority', 2019)).to.deep.equal(['all', 'organisation:ccg-nhs', 'organisation:la']);
  });

  it('measuresOf lists each measure once; rowsOf is empty for an unknown measure', () => {
    const ms = measuresOf(ds);
    expect(new Set(ms).size).to.equal(ms.length);
    expect(ms).to.include.members(['objective', 'progress', 'barrier', 'facilitator', 'covid-effect', 'mdt-initiative', 'priority', 'challenge', 'sample-site']);
    expect(rowsOf(ds, 'nope')).to.deep.equal([]);
  });

  it('series(): a year without a figure says why — the measure, the group or the item is not given that year', () => {
    // The objectives were asked 2017–2019 only.
    expect(series(ds, 'objective', 'joined-up', 'selected').map((p) => p.reason)).to.deep.equal([
      'No figure published for 2016: the question was not asked in 2016 (the 2019 report, section 4).',
      null,
      null,
      null,
      'No figure published for 2020: the reports give this measure for 2017–2019.',
    ]);
    // A barrier first printed in 2019 (2019 report Table 5.1), and one printed in 2020 only (2020 report Table 5.2).
    expect(series(ds, 'barrier', 'pcns-not-aligning', 'very')[2].reason).to.equal('No figure published for 2018: the reports give this item for 2019–2020.');
    expect(series(ds, 'barrier', 'covid-time', 'very')[3].reason).to.equal('No figure published for 2019: the reports give this item for 2020 only.');
    // A year shown only as a chart keeps its own reason.
    expect(series(ds, 'barrier', 'financial-constraints', 'very')[0].reason).to.match(/^Shown only in Figure/);
  });

  it("series(): a year without a figure for this response says so, not that the item is given then (the trend figures give only 'very significant' barriers before 2019)", () => {
    // 2019 report Figure 5.1 and 2020 report Figure 4.2 chart 'very significant' for 2016–2018;
    // 'fairly significant' is printed for 2019 (Table 5.1) and 2020 (Table 5.2) only.
    expect(series(ds, 'barrier', 'different-cultures', 'fairly').map((p) => p.reason)).to.deep.equal([
      'No figure published for 2016: the reports give ‘Fairly significant’ figures of this measure for 2019–2020.',
      'No figure published for 2017: the reports give ‘Fairly significant’ figures of this measure for 2019–2020.',
      'No figure published for 2018: the reports give ‘Fairly significant’ figures of this measure for 2019–2020.',
      null,
      null,
    ]);
    // Table 3.5 prints a share only for "5 years or more"; the other rows are counts only.
    expect(absentReason(ds, 'sample-tenure', 'post-under-1', 2019, 'all', 'share')).to.equal('No figure published for 2019: the reports give no ‘Share’ figure for this item.');
    // An item first asked later is said to be so, in any answer (not "‘Fairly significant’ … 2019–2020").
    expect(absentReason(ds, 'barrier', 'covid-time', 2019, 'all', 'fairly')).to.equal('No figure published for 2019: the reports give this item for 2020 only.');
    expect(absentReason(ds, 'barrier', 'covid-time', 2016, 'all', 'fairly')).to.equal('No figure published for 2016: the reports give this item for 2020 only.');
    // An answer given that year for other items, not this one: said of the item's figure, its
    // apostrophe typed as every other the charts write ("this item's", not "item’s").
    const answer = (item: string, year: number, response: string): ObservationRow => ({
      measure: 'barrier', item, item_label: item, year, group: 'all', response, value: 10, unit: 'percent', base: 50, source_survey: 2021, source_table: 'own',
    });
    const own = createDataset([answer('a', 2019, 'very'), answer('a', 2019, 'fairly'), answer('a', 2020, 'fairly'), answer('b', 2020, 'very')]);
    expect(absentReason(own, 'barrier', 'a', 2020, 'all', 'very')).to.match(/: the data gives this item's ‘Very significant’ figure for 2019 only\.$/);
  });

  it('yearSpan() says years as a reader would', () => {
    expect(yearSpan([2020])).to.equal('2020 only');
    expect(yearSpan([2017, 2018, 2019])).to.equal('2017–2019');
    expect(yearSpan([2016, 2018, 2019, 2020])).to.equal('2016 and 2018–2020');
  });

  it('figure() finds one cell by key, with response "selected" and group "all" by default', () => {
    expect(figure(ds, 'objective', 'quality-of-care', 2017)?.value).to.equal(39);
    expect(figure(ds, 'barrier', 'financial-constraints', 2019, 'organisation:ccg-nhs', 'very')?.value).to.equal(36);
    expect(figure(ds, 'barrier', 'financial-constraints', 2018, 'all', 'very')).to.equal(undefined);
  });

  it('series() for a subgroup: only the years it is published, the others with a reason', () => {
    const pts = series(ds, 'barrier', 'financial-constraints', 'very', 'organisation:la');
    expect(pts.map((p) => p.row?.value ?? null)).to.deep.equal([null, null, null, 57, null]);
    // Each absent year says why: here the reports break this measure down by organisation for 2019 only.
    expect(pts[4].reason).to.equal('No figure published for 2020: the reports give this measure for local authority in 2019 only.');
    expect(pts[0].reason).to.equal('No figure published for 2016: the reports give this measure for local authority in 2019 only.');
    expect(series(ds, 'objective', 'joined-up', 'selected', 'all', [2018]).map((p) => p.row?.value)).to.deep.equal([76]);
  });
});

describe('query: sitesOf()', () => {
  it('all 25 sites, in the order of Table 3.1', () => {
    expect(ids(sitesOf(ds))).to.deep.equal(TABLE_3_1);
  });

  it('filters by wave: 14 wave-1 and 11 wave-2 sites (Table 3.1 wave column)', () => {
    expect(sorted(ids(sitesOf(ds, { wave: 1 })))).to.deep.equal(sorted(WAVE_1));
    expect(sitesOf(ds, { wave: 2 })).to.have.length(11);
    expect(sorted(ids(sitesOf(ds, { wave: 2 })))).to.deep.equal(sorted(TABLE_3_1.filter((s) => !WAVE_1.includes(s))));
    expect(sitesOf(ds, { wave: null })).to.have.length(25);
  });

  it('filters by deprivation: the 2019 report’s lists (13 more, 12 less deprived)', () => {
    expect(sorted(ids(sitesOf(ds, { deprivation: 'more' })))).to.deep.equal(sorted(MORE_DEPRIVED));
    expect(sorted(ids(sitesOf(ds, { deprivation: 'less' })))).to.deep.equal(sorted(LESS_DEPRIVED));
  });

  it('combines filters: wave 1 and less deprived', () => {
    expect(sorted(ids(sitesOf(ds, { wave: 1, deprivation: 'less' })))).to.deep.equal(
      sorted(WAVE_1.filter((s) => LESS_DEPRIVED.includes(s))),
    );
    expect(sitesOf(ds, { wave: 1, deprivation: 'less' })).to.have.length(6);
  });

  it('carries informants per year from Table 3.1 (Barnsley: 3, 2, 5, 7, 1)', () => {
    const barnsley = sitesOf(ds).find((s) => s.id === 'barnsley')!;
    expect(barnsley.informants).to.deep.equal({ 2016: 3, 2017: 2, 2018: 5, 2019: 7, 2020: 1 });
    expect(barnsley.informants[2019]).to.equal(7);
    expect(barnsley.name).to.equal('Barnsley');
    expect(barnsley.wave).to.equal(1);
    expect(barnsley.deprivation).to.equal('more');
  });

  it('sites with no informant in a year: 2019 and 2020 as section 3 of each report names them', () => {
    const none = (year: number) => sitesOf(ds).filter((s) => s.informants[year] === 0).map((s) => s.id);
    // 2019 report: "with Airedale, Wharfedale & Craven, Blackpool & Fylde Coast and Nottingham City providing no returns"
    expect(none(2019)).to.deep.equal(['airedale-wharfedale-and-craven', 'blackpool-and-fylde-coast', 'nottingham-city']);
    // 2020 report: "with Nottingham City, Southend and Staffordshire & Stoke providing no returns"
    expect(none(2020)).to.deep.equal(['nottingham-city', 'southend', 'staffordshire-and-stoke']);
  });

  it('every site has a name, the 2020 spelling as alias where it differs, and a location in England', () => {
    for (const s of sitesOf(ds)) {
      expect(s.name, s.id).to.not.equal('');
      expect(s.lat, s.id).to.be.within(49.9, 55.9);
      expect(s.lon, s.id).to.be.within(-5.8, 1.8);
    }
    expect(sitesOf(ds).filter((s) => s.alias).map((s) => [s.id, s.alias])).to.deep.equal([
      ['airedale-wharfedale-and-craven', 'Airedale, Wharfdale & Craven'],
    ]);
  });

  it('a dataset without sites gives none', () => {
    expect(sitesOf(createDataset(ds.rows))).to.deep.equal([]);
  });
});

describe('query: sourceLine() and citationOf()', () => {
  const rows = (pred: (r: (typeof ds.rows)[number]) => boolean) => ds.rows.filter(pred);

  it('"Source: PIRU key informant survey 2019, Table 5.1; base 64"', () => {
    expect(sourceLine(rows((r) => r.source_survey === 2019 && r.source_table === '5.1'))).to.equal(
      'Source: PIRU key informant survey 2019, Table 5.1; base 64',
    );
  });

  it('several bases, largest first', () => {
    expect(sourceLine(rows((r) => r.source_survey === 2019 && r.source_table === '5.2'))).to.equal(
      'Source: PIRU key informant survey 2019, Table 5.2; bases 28, 21, 15',
    );
  });

  it('a table that prints one range of bases for all its rows gives that range (2020 Table 5.2: "between 52 and 54")', () => {
    expect(sourceLine(rows((r) => r.measure === 'barrier' && r.year === 2020))).to.equal('Source: PIRU key informant survey 2020, Table 5.2; bases 52–54');
  });

  it('two reports in one line (a two-year comparison)', () => {
    const both = rows((r) => r.measure === 'barrier' && r.group === 'all' && r.response === 'very');
    expect(sourceLine(both)).to.equal('Source: PIRU key informant survey 2019, Table 5.1, base 64; PIRU key informant survey 2020, Table 5.2, bases 52–54');
  });

  it('bases of several years are each named by their year (Table 4.1: 2017=105, 2018=85, 2019=67)', () => {
    const trend = rows((r) => r.measure === 'objective' && r.group === 'all' && r.item === 'joined-up');
    expect(trend.map((r) => r.year).sort()).to.deep.equal([2017, 2018, 2019]);
    expect(sourceLine(trend)).to.equal('Source: PIRU key informant survey 2019, Table 4.1; bases 105 (2017), 85 (2018), 67 (2019)');
    // Years on one base say it once (rows changed from the reports' are no longer theirs: named by their survey's year).
    const same = trend.map((r) => ({ ...r, base: 64 }));
    expect(sourceLine(same)).to.equal('Source: survey 2019, Table 4.1; base 64');
  });

  it('prose figures name their section; the unnumbered MDT table its slug', () => {
    expect(sourceLine(rows((r) => r.measure === 'relationship'))).to.equal('Source: PIRU key informant survey 2020, text of section 5; base 52');
    expect(sourceLine(rows((r) => r.measure === 'mdt-initiative'))).to.equal('Source: PIRU key informant survey 2019, unnumbered MDT table, section 4; base 59');
    expect(sourceLine([])).to.equal('');
  });

  it('says so when a percentage\'s report prints no base (role change, 2020 section 5), and when only some rows lack one', () => {
    const role = rows((r) => r.measure === 'role-change');
    expect(role.map((r) => r.base)).to.deep.equal([null, null]);
    expect(sourceLine(role)).to.equal('Source: PIRU key informant survey 2020, text of section 5; base not printed');
    const mixed = [...rows((r) => r.measure === 'relationship'), ...role];
    expect(sourceLine(mixed)).to.equal('Source: PIRU key informant survey 2020, text of section 5; bases 52, some not printed');
    // Counts (sites per wave) have no base to print: nothing is said.
    expect(sourceLine(rows((r) => r.measure === 'sample-wave' && r.year === 2019))).to.not.contain('base');
  });

  it('citationOf gives the full citation of each report with its tables', () => {
    const c = citationOf(rows((r) => r.source_survey === 2019 && r.source_table === '5.1'));
    expect(c).to.include('Erens B, Durand MA, Wistow G, Al-Haboubi M, Manacorda T, Douglas N, Thana L, Mays N.');
    expect(c).to.include('Results from the fourth survey (autumn 2019) of Pioneer Key Informants');
    expect(c).to.include('April 2020');
    expect(c.endsWith('Table 5.1.')).to.equal(true);
    const two = citationOf(rows((r) => r.measure === 'barrier' && r.group === 'all')).split('\n');
    expect(two).to.have.length(2);
    expect(two[1]).to.include('fifth survey (autumn 2020)');
  });

  it('citationOf starts the list of tables as a sentence after the citation\'s full stop', () => {
    // A chart whose figures are all printed in a report's text was cited "… April 2020. text of
    // section 4."; so was the MDT question's unnumbered table ("… unnumbered MDT table, …").
    const text = citationOf(rows((r) => r.source_survey === 2019 && r.source_table === 'text:4-progress'));
    expect(text.endsWith('April 2020. Text of section 4.'), text).to.equal(true);
    const mdt = citationOf(rows((r) => r.source_table === 'mdt-initiatives'));
    expect(mdt.endsWith('. Unnumbered MDT table, section 4.'), mdt).to.equal(true);
  });

  it('the copied citations are the references the README gives, word for word', async () => {
    const readme = (await (await fetch('/README.md')).text()).replace(/\*/g, '').replace(/\s+/g, ' ');
    for (const survey of [2019, 2020]) {
      const citation = citationOf(rows((r) => r.source_survey === survey).slice(0, 1));
      expect(readme).to.include(citation.slice(0, citation.lastIndexOf(' Table')));
    }
  });
});
