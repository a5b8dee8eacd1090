/**
 * Spot checks of single cells against the report text, asked through the typed API
 * `published(measure, item, year, response, group)`. Every expected value, base and table
 * below was read from the reports themselves (../shared/seeds/000_0d7fbdab7220d7d5.txt for the
 * 2019 report, 002_57b88b6d2c6ab2fd.txt for the 2020 report), not from data/*.csv. A dash in a
 * table is 0. Labels are as printed, white space folded.
 */
import { expect } from '@esm-bundle/chai';
import type { Group, ItemId, Measure, ResponseOf } from '../../src/data/generated/vocabulary.js';
import { published } from '../../src/data/published.js';
import { captureWarnings } from '../helpers.js';

interface Expected {
  value: number;
  /** The base n printed for the column; null where none is printed. */
  base: number | null;
  table: string;
  survey: 2019 | 2020;
  /** The row label as printed, when checked. */
  label?: string;
}

let checked = 0;

/** Asserts one published cell: value, base, unit, source table and report. */
function cell<M extends Measure>(measure: M, item: ItemId<M>, year: number, response: ResponseOf<M>, group: Group | 'all', want: Expected): void {
  const where = `${measure}/${item}/${year}/${group}/${response}`;
  const r = published(measure, item, year, response, group);
  expect(r, `${where} is published`).to.not.equal(undefined);
  expect(
    { value: r!.value, base: r!.base, source_table: r!.source_table, source_survey: r!.source_survey },
    where,
  ).to.deep.equal({ value: want.value, base: want.base, source_table: want.table, source_survey: want.survey });
  expect(r!.unit, where).to.equal(response === 'count' ? 'count' : 'percent');
  if (want.label !== undefined) expect(r!.item_label, where).to.equal(want.label);
  checked++;
}

/** Counts from the sample tables: no base printed. */
const n = (value: number, table: string, survey: 2019 | 2020, label?: string): Expected => ({ value, base: null, table, survey, label });
/** A percentage of the 2019 report. */
const p19 = (value: number, base: number | null, table: string, label?: string): Expected => ({ value, base, table, survey: 2019, label });
/** A percentage of the 2020 report. */
const p20 = (value: number, base: number | null, table: string, label?: string): Expected => ({ value, base, table, survey: 2020, label });

describe('data: spot checks against the 2019 report', () => {
  it('Table 3.1 (informants per site)', () => {
    cell('sample-site', 'barnsley', 2019, 'count', 'all', n(7, '3.1', 2019, 'Barnsley'));
    cell('sample-site', 'kent', 2017, 'count', 'all', n(17, '3.1', 2019));
    cell('sample-site', 'north-west-london', 2016, 'count', 'all', n(9, '3.1', 2019));
    cell('sample-site', 'nottingham-county', 2017, 'count', 'all', n(14, '3.1', 2019));
    cell('sample-site', 'airedale-wharfedale-and-craven', 2019, 'count', 'all', n(0, '3.1', 2019, 'Airedale, Wharfedale & Craven'));
    cell('sample-site', 'total', 2018, 'count', 'all', n(85, '3.1', 2019, 'Total'));
  });

  it('Table 3.2 (wave)', () => {
    cell('sample-wave', 'wave-1', 2016, 'count', 'all', n(61, '3.2', 2019, 'Wave 1'));
    cell('sample-wave', 'wave-1', 2018, 'count', 'all', n(54, '3.2', 2019));
    cell('sample-wave', 'wave-2', 2017, 'count', 'all', n(43, '3.2', 2019));
    cell('sample-wave', 'wave-2', 2019, 'count', 'all', n(21, '3.2', 2019, 'Wave 2'));
  });

  it('Table 3.3 (organisation)', () => {
    cell('sample-organisation', 'ccg', 2019, 'count', 'all', n(10, '3.3', 2019, 'Clinical Commissioning Group (CCG)'));
    cell('sample-organisation', 'la', 2017, 'count', 'all', n(33, '3.3', 2019, 'Local Authority (LA) (includes joint appointments with CCG)'));
    cell('sample-organisation', 'nhs-provider', 2018, 'count', 'all', n(24, '3.3', 2019));
    cell('sample-organisation', 'other', 2016, 'count', 'all', n(25, '3.3', 2019));
  });

  it('Table 3.4 (job title)', () => {
    cell('sample-job', 'integration-lead', 2016, 'count', 'all', n(22, '3.4', 2019, 'Pioneer lead/other local integration lead/coordinator'));
    cell('sample-job', 'director', 2017, 'count', 'all', n(30, '3.4', 2019));
    cell('sample-job', 'other-senior-manager', 2018, 'count', 'all', n(20, '3.4', 2019));
    cell('sample-job', 'clinical-professional', 2019, 'count', 'all', n(5, '3.4', 2019));
    cell('sample-job', 'non-clinical-professional', 2016, 'count', 'all', n(1, '3.4', 2019));
  });

  it('Table 3.5 (years in area / post, 2019)', () => {
    cell('sample-tenure', 'area-5-plus', 2019, 'count', 'all', n(56, '3.5', 2019, '5 years or more'));
    cell('sample-tenure', 'area-under-1', 2019, 'count', 'all', n(3, '3.5', 2019, 'Less than 1 year'));
    cell('sample-tenure', 'post-1-to-2', 2019, 'count', 'all', n(15, '3.5', 2019, '1 to less than 2 years'));
    cell('sample-tenure', 'post-5-plus', 2019, 'count', 'all', n(26, '3.5', 2019));
  });

  it('Table 4.1 (most important objectives by year; bases 2017=105, 2018=85, 2019=67)', () => {
    cell('objective', 'joined-up', 2018, 'selected', 'all', p19(76, 85, '4.1', 'Patients/service users experiencing more joined up services.'));
    cell('objective', 'quality-of-care', 2017, 'selected', 'all', p19(39, 105, '4.1'));
    cell('objective', 'manage-own-care', 2017, 'selected', 'all', p19(54, 105, '4.1'));
    cell('objective', 'greater-say', 2019, 'selected', 'all', p19(12, 67, '4.1'));
  });

  it('Table 4.2 (objectives by organisation; CCG/NHS=28, LA=23, Other=16)', () => {
    cell('objective', 'joined-up', 2019, 'selected', 'organisation:la', p19(70, 23, '4.2'));
    cell('objective', 'accessible-services', 2019, 'selected', 'organisation:la', p19(4, 23, '4.2'));
    cell('objective', 'reducing-costs', 2019, 'selected', 'organisation:ccg-nhs', p19(18, 28, '4.2'));
    cell('objective', 'greater-say', 2019, 'selected', 'organisation:other', p19(25, 16, '4.2'));
  });

  it('Table 4.3 (objectives by tenure and deprivation; 41, 26, 35, 32)', () => {
    cell('objective', 'reducing-costs', 2019, 'selected', 'tenure:under-5', p19(37, 41, '4.3'));
    cell('objective', 'reducing-costs', 2019, 'selected', 'tenure:5-plus', p19(19, 26, '4.3'));
    cell('objective', 'accessible-services', 2019, 'selected', 'deprivation:less', p19(6, 35, '4.3'));
    cell('objective', 'accessible-services', 2019, 'selected', 'deprivation:more', p19(31, 32, '4.3'));
  });

  it('Table 4.4 (progress; Base=67)', () => {
    cell('progress', 'joined-up', 2019, 'substantial', 'all', p19(22, 67, '4.4', 'Patients/service users are now able to experience services that are more joined up.'));
    cell('progress', 'quality-of-care', 2019, 'some', 'all', p19(72, 67, '4.4'));
    cell('progress', 'accessible-services', 2019, 'none', 'all', p19(21, 67, '4.4'));
    cell('progress', 'reducing-costs', 2019, 'dont-know', 'all', p19(18, 67, '4.4'));
  });

  it('Table 4.5 (substantial/some progress by organisation; 28, 23, 16)', () => {
    cell('progress', 'joined-up', 2019, 'substantial-or-some', 'organisation:la', p19(100, 23, '4.5'));
    cell('progress', 'manage-own-care', 2019, 'substantial-or-some', 'organisation:ccg-nhs', p19(75, 28, '4.5'));
    cell('progress', 'quality-of-life', 2019, 'substantial-or-some', 'organisation:other', p19(81, 16, '4.5'));
    cell('progress', 'reducing-costs', 2019, 'substantial-or-some', 'organisation:other', p19(42, 16, '4.5'));
  });

  it('Table 4.6 (substantial/some progress by tenure and deprivation; printed bases 34, 21, 29, 26)', () => {
    cell('progress', 'joined-up', 2019, 'substantial-or-some', 'tenure:under-5', p19(93, 34, '4.6'));
    cell('progress', 'quality-of-life', 2019, 'substantial-or-some', 'tenure:5-plus', p19(88, 21, '4.6'));
    cell('progress', 'joined-up', 2019, 'substantial-or-some', 'deprivation:less', p19(94, 29, '4.6'));
    cell('progress', 'reducing-costs', 2019, 'substantial-or-some', 'deprivation:more', p19(56, 26, '4.6'));
  });

  it('MDT initiatives table (unnumbered; n=59)', () => {
    cell('mdt-initiative', 'voluntary-sector', 2019, 'selected', 'all', p19(85, 59, 'mdt-initiatives', 'Voluntary sector provides services'));
    cell('mdt-initiative', 'care-navigators', 2019, 'selected', 'all', p19(78, 59, 'mdt-initiatives'));
    cell('mdt-initiative', 'shared-it', 2019, 'selected', 'all', p19(19, 59, 'mdt-initiatives'));
    cell('mdt-initiative', 'none', 2019, 'selected', 'all', p19(2, 59, 'mdt-initiatives', 'None of the above'));
    cell('mdt-initiative', 'dont-know', 2019, 'selected', 'all', p19(3, 59, 'mdt-initiatives'));
  });

  it('Table 5.1 (barriers; Base = 64)', () => {
    cell('barrier', 'financial-constraints', 2019, 'very', 'all', p19(44, 64, '5.1', 'Significant financial constraints within the local health and social care economy.'));
    cell('barrier', 'increased-demand', 2019, 'fairly', 'all', p19(54, 64, '5.1'));
    cell('barrier', 'pcns-not-aligning', 2019, 'not', 'all', p19(58, 64, '5.1'));
    cell('barrier', 'financial-savings', 2019, 'dont-know', 'all', p19(16, 64, '5.1'));
    cell('barrier', 'gps-not-committed', 2019, 'very', 'all', p19(3, 64, '5.1'));
    cell('barrier', 'incompatible-it', 2019, 'very', 'all', p19(31, 64, '5.1', 'Incompatible IT systems make it difficult to share patient/ service user information'));
  });

  it('Table 5.2 (very significant barriers by organisation; 28, 21, 15)', () => {
    cell('barrier', 'financial-constraints', 2019, 'very', 'organisation:la', p19(57, 21, '5.2'));
    cell('barrier', 'increased-demand', 2019, 'very', 'organisation:ccg-nhs', p19(36, 28, '5.2'));
    cell('barrier', 'gps-not-committed', 2019, 'very', 'organisation:la', p19(0, 21, '5.2')); // printed "-"
    cell('barrier', 'staff-turnover', 2019, 'very', 'organisation:other', p19(20, 15, '5.2'));
  });

  it('Table 5.3 (very significant barriers by tenure and deprivation; 39, 25, 34, 30)', () => {
    cell('barrier', 'incompatible-it', 2019, 'very', 'tenure:under-5', p19(41, 39, '5.3'));
    cell('barrier', 'competing-demands', 2019, 'very', 'tenure:5-plus', p19(48, 25, '5.3'));
    cell('barrier', 'financial-constraints', 2019, 'very', 'deprivation:less', p19(56, 34, '5.3'));
    cell('barrier', 'gps-not-committed', 2019, 'very', 'deprivation:less', p19(0, 34, '5.3')); // printed "-"
    cell('barrier', 'financial-savings', 2019, 'very', 'deprivation:more', p19(17, 30, '5.3'));
  });

  it('Table 6.1 (facilitators; Base=64)', () => {
    cell('facilitator', 'working-relationships', 2019, 'very', 'all', p19(78, 64, '6.1', 'Building, maintaining and reinforcing good working relationships between key local partners.'));
    cell('facilitator', 'working-relationships', 2019, 'not-very', 'all', p19(0, 64, '6.1')); // printed "-"
    cell('facilitator', 'simple-economy', 2019, 'not-at-all', 'all', p19(8, 64, '6.1'));
    cell('facilitator', 'monitoring-system', 2019, 'not-very', 'all', p19(31, 64, '6.1'));
    cell('facilitator', 'planning-pcns', 2019, 'dont-know', 'all', p19(10, 64, '6.1'));
    cell('facilitator', 'local-leadership', 2019, 'fairly', 'all', p19(22, 64, '6.1'));
  });

  it('Table 6.2 (very important facilitators by organisation; 28, 21, 15)', () => {
    cell('facilitator', 'user-feedback', 2019, 'very', 'organisation:la', p19(52, 21, '6.2'));
    cell('facilitator', 'user-feedback', 2019, 'very', 'organisation:ccg-nhs', p19(18, 28, '6.2'));
    cell('facilitator', 'simple-economy', 2019, 'very', 'organisation:la', p19(75, 21, '6.2'));
    cell('facilitator', 'ics-plans', 2019, 'very', 'organisation:other', p19(64, 15, '6.2'));
  });

  it('Table 6.3 (very important facilitators by tenure and deprivation; 39, 25, 34, 30)', () => {
    cell('facilitator', 'co-design', 2019, 'very', 'tenure:under-5', p19(45, 39, '6.3'));
    cell('facilitator', 'bottom-up', 2019, 'very', 'tenure:5-plus', p19(36, 25, '6.3', 'Having a ‘bottom up’ approach, with staff driving change/developing the framework.'));
    cell('facilitator', 'voluntary-involved', 2019, 'very', 'deprivation:more', p19(73, 30, '6.3'));
    cell('facilitator', 'ics-plans', 2019, 'very', 'deprivation:less', p19(24, 34, '6.3'));
  });

  it('Table 7.1 (top priority; CCG/NHS=23, LA=18, All=54)', () => {
    cell('priority', 'continue-implementation', 2019, 'selected', 'all', p19(35, 54, '7.1', 'Continue implementation (of specific local initiative)'));
    cell('priority', 'align-pcn', 2019, 'selected', 'all', p19(15, 54, '7.1'));
    cell('priority', 'continue-implementation', 2019, 'selected', 'organisation:la', p19(50, 18, '7.1'));
    cell('priority', 'involve-users', 2019, 'selected', 'organisation:ccg-nhs', p19(0, 23, '7.1')); // printed "-"
    cell('priority', 'involve-users', 2019, 'selected', 'organisation:la', p19(8, 18, '7.1')); // ANOMALIES.md item 10
  });

  it('Table 7.2 (biggest challenge; CCG/NHS=24, LA=18, All=53)', () => {
    cell('challenge', 'financial-pressures', 2019, 'selected', 'all', p19(45, 53, '7.2', 'Financial pressures'));
    cell('challenge', 'organisational-boundaries', 2019, 'selected', 'organisation:ccg-nhs', p19(42, 24, '7.2'));
    cell('challenge', 'effective-commissioning', 2019, 'selected', 'organisation:la', p19(0, 18, '7.2')); // printed "-"
    cell('challenge', 'other', 2019, 'selected', 'organisation:la', p19(11, 18, '7.2', 'Other answers'));
  });

  it('prose figures of section 4 (progress on costs; MDTs — no base printed)', () => {
    cell('progress', 'reducing-costs', 2019, 'substantial-or-some', 'all', p19(53, 67, 'text:4-progress'));
    cell('mdt-established', 'community-mdts', 2019, 'yes', 'all', p19(88, null, 'text:4-mdts'));
    cell('mdt-established', 'community-mdts', 2019, 'planning', 'all', p19(3, null, 'text:4-mdts'));
    cell('mdt-models', 'mdt-models', 2019, 'different-models', 'all', p19(66, null, 'text:4-mdts'));
    cell('mdt-pcn-alignment', 'pcn-alignment', 2019, 'plans-to-align', 'all', p19(49, null, 'text:4-mdts'));
    cell('mdt-pcn-alignment', 'pcn-alignment', 2019, 'already-aligned', 'all', p19(37, null, 'text:4-mdts'));
  });
});

describe('data: spot checks against the 2020 report', () => {
  it('Table 3.1 (2020 column; the 2016–2019 columns are the 2019 report’s rows)', () => {
    cell('sample-site', 'camden', 2020, 'count', 'all', n(6, '3.1', 2020, 'Camden'));
    cell('sample-site', 'cornwall', 2020, 'count', 'all', n(5, '3.1', 2020));
    cell('sample-site', 'southend', 2020, 'count', 'all', n(0, '3.1', 2020));
    cell('sample-site', 'airedale-wharfedale-and-craven', 2020, 'count', 'all', n(1, '3.1', 2020, 'Airedale, Wharfdale & Craven'));
    cell('sample-site', 'total', 2020, 'count', 'all', n(58, '3.1', 2020));
    // The 2016 column printed by both reports is kept once, from the 2019 report.
    cell('sample-site', 'kent', 2017, 'count', 'all', n(17, '3.1', 2019));
  });

  it('Table 3.2 (wave)', () => {
    cell('sample-wave', 'wave-1', 2020, 'count', 'all', n(35, '3.2', 2020));
    cell('sample-wave', 'wave-2', 2020, 'count', 'all', n(23, '3.2', 2020));
    cell('sample-wave', 'wave-1', 2016, 'count', 'all', n(61, '3.2', 2019));
  });

  it('Table 3.3 (organisation)', () => {
    cell('sample-organisation', 'ccg', 2020, 'count', 'all', n(14, '3.3', 2020));
    cell('sample-organisation', 'la', 2020, 'count', 'all', n(11, '3.3', 2020));
    cell('sample-organisation', 'nhs-provider', 2020, 'count', 'all', n(27, '3.3', 2020, 'NHS provider (e.g. primary care, acute trust)'));
    cell('sample-organisation', 'other', 2020, 'count', 'all', n(6, '3.3', 2020));
  });

  it('Table 3.4 (job title)', () => {
    cell('sample-job', 'integration-lead', 2020, 'count', 'all', n(4, '3.4', 2020));
    cell('sample-job', 'director', 2020, 'count', 'all', n(23, '3.4', 2020));
    cell('sample-job', 'clinical-professional', 2020, 'count', 'all', n(11, '3.4', 2020, 'Health care professional (clinical)'));
    cell('sample-job', 'non-clinical-professional', 2020, 'count', 'all', n(1, '3.4', 2020));
  });

  it('Table 3.5 (years in local area / current post, 2020)', () => {
    cell('sample-tenure', 'area-5-plus', 2020, 'count', 'all', n(52, '3.5', 2020));
    cell('sample-tenure', 'area-3-to-4', 2020, 'count', 'all', n(4, '3.5', 2020));
    cell('sample-tenure', 'post-4-to-5', 2020, 'count', 'all', n(11, '3.5', 2020));
    cell('sample-tenure', 'post-5-plus', 2020, 'count', 'all', n(27, '3.5', 2020));
  });

  it('Table 5.1 (Covid-19 aided/hindered progress; Base=57)', () => {
    cell('covid-effect', 'joined-up', 2020, 'aided', 'all', p20(54, 57, '5.1', 'Patients/service users are now able to experience services that are more joined up.'));
    cell('covid-effect', 'quality-of-life', 2020, 'hindered', 'all', p20(70, 57, '5.1'));
    cell('covid-effect', 'greater-say', 2020, 'no-effect', 'all', p20(19, 57, '5.1'));
    cell('covid-effect', 'unplanned-admissions', 2020, 'dont-know', 'all', p20(19, 57, '5.1'));
    cell('covid-effect', 'reducing-costs', 2020, 'dont-know', 'all', p20(42, 57, '5.1'));
  });

  it('Table 5.2 (barriers 2020; "Bases range between 52 and 54", so no base)', () => {
    cell('barrier', 'financial-constraints', 2020, 'very', 'all', p20(48, null, '5.2'));
    cell('barrier', 'covid-time', 2020, 'very', 'all', p20(42, null, '5.2', 'Time required to deal with Covid-19 pandemic'));
    cell('barrier', 'covid-time', 2020, 'fairly', 'all', p20(38, null, '5.2'));
    cell('barrier', 'covid-staff-diversion', 2020, 'very', 'all', p20(44, null, '5.2', 'Diversion of staff resources to deal with Covid-19 pandemic'));
    cell('barrier', 'information-governance', 2020, 'not', 'all', p20(47, null, '5.2'));
    cell('barrier', 'competing-demands', 2020, 'dont-know', 'all', p20(2, null, '5.2'));
    cell('barrier', 'gps-not-committed', 2020, 'dont-know', 'all', p20(11, null, '5.2'));
  });

  it('prose figures (sections 3 and 5)', () => {
    // 2019 section 3: "Less than two in five … (38%)" (26/67 is 38.8%: ANOMALIES.md item 3), "84%".
    cell('sample-tenure', 'post-5-plus', 2019, 'share', 'all', p19(38, null, 'text:3-tenure'));
    cell('sample-tenure', 'area-5-plus', 2019, 'share', 'all', p19(84, null, 'text:3-tenure'));
    cell('sample-tenure', 'post-5-plus', 2020, 'share', 'all', p20(47, null, 'text:3-tenure'));
    cell('sample-tenure', 'area-5-plus', 2020, 'share', 'all', p20(90, null, 'text:3-tenure'));
    cell('role-change', 'covid-role-change', 2020, 'no', 'all', p20(33, null, 'text:5-role-change'));
    cell('role-change', 'covid-role-change', 2020, 'yes', 'all', p20(67, null, 'text:5-role-change'));
    cell('objectives-view-change', 'covid-objectives-view', 2020, 'yes', 'all', p20(43, null, 'text:5-objectives-change'));
    cell('relationship', 'nhs-local-government', 2020, 'much-better', 'all', p20(33, 52, 'text:5-relationships'));
    cell('relationship', 'nhs-local-government', 2020, 'somewhat-better', 'all', p20(40, 52, 'text:5-relationships'));
    cell('relationship', 'nhs-local-government', 2020, 'somewhat-worse', 'all', p20(6, 52, 'text:5-relationships'));
    cell('discharge-resources', 'nhs-discharge-packages', 2020, 'much-easier', 'all', p20(37, null, 'text:5-discharge-resources'));
    cell('discharge-resources', 'nhs-discharge-packages', 2020, 'dont-know', 'all', p20(27, null, 'text:5-discharge-resources'));
    cell('covid-facilitation', 'easier-to-implement-changes', 2020, 'yes', 'all', p20(81, 52, 'text:5-new-initiatives'));
    cell('covid-facilitation', 'prompted-new-initiatives', 2020, 'yes', 'all', p20(90, 52, 'text:5-new-initiatives'));
  });

  it('what the reports do not print is not published', async () => {
    // "Much worse" is not stated in the prose on NHS–local government relationships: it is on
    // the question's scale, but no figure of the measure has it, so it is not a response type.
    const said = await captureWarnings(() => {
      // @ts-expect-error — never published for 'relationship'
      expect(published('relationship', 'nhs-local-government', 2020, 'much-worse')).to.equal(undefined);
    });
    expect(said).to.deep.equal(['pioneer-viz: published(): response "much-worse" is not a response of relationship of the bundled data. Valid values: much-better, somewhat-better, no-change, somewhat-worse, dont-know.']);
    // Figures 5.1 / 4.2: 2016–2018 'very significant' barriers are charts only.
    expect(published('barrier', 'financial-constraints', 2016, 'very')).to.equal(undefined);
    // The 2020 report prints no subgroups.
    expect(published('barrier', 'financial-constraints', 2020, 'very', 'organisation:la')).to.equal(undefined);
    // Table 7.1: "Results for 'Other' organisations are not shown separately".
    expect(published('priority', 'continue-implementation', 2019, 'selected', 'organisation:other')).to.equal(undefined);
    // The objectives question was not asked in 2016 (2019 report, section 4).
    expect(published('objective', 'joined-up', 2016, 'selected')).to.equal(undefined);
  });

  after(() => {
    // At least 3 cells per numbered table of both reports: 20 tables (2019) + 7 (2020) + prose.
    expect(checked).to.be.at.least(3 * 27);
  });
});
