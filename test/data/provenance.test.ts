/**
 * Provenance: every row says where it comes from and what it counts; every percentage has its
 * printed base or a documented reason for none; every missing year-value has a reason naming the
 * chart that shows it, and the query layer answers it with that reason — never with a number.
 */
import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import { keyOf } from '../../src/data/dataset.js';
import { publishedSeries } from '../../src/data/published.js';
import { series } from '../../src/data/query.js';
import { shareMismatch } from '../../src/data/wilson.js';
import { YEARS } from '../../src/data/vocabulary.js';
import type { ItemId } from '../../src/data/generated/vocabulary.js';

const ds = bundledDataset();

/** A numbered table (`5.1`), the unnumbered MDT table, or a prose figure with its section (`text:5-relationships`). */
const SOURCE_TABLE = /^(?:\d\.\d|mdt-initiatives|text:\d-[a-z0-9-]+)$/;

/**
 * Tables and prose figures that print percentages without a base n, and why. Keyed
 * `source_survey|source_table`. Every other percentage must carry its base.
 */
const NO_BASE: Record<string, string> = {
  '2019|text:4-mdts': '2019 report section 4: the three MDT questions are given in prose without a base (ANOMALIES.md item 7)',
  '2020|5.2': '2020 report Table 5.2: "Bases range between 52 and 54; missings are excluded from the base."',
  '2019|text:3-tenure': '2019 report section 3: "Less than two in five … (38%)", "the vast majority (84%)" — no base printed (ANOMALIES.md item 3)',
  '2020|text:3-tenure': '2020 report section 3: "Slightly fewer than half … (47%)", "the vast majority (90%)" — no base printed',
  '2020|text:5-role-change': '2020 report section 5: "One third (33%) … two-thirds (67%)" — no base printed',
  '2020|text:5-objectives-change': '2020 report section 5: "Forty-three percent responded positively" — no base printed',
  '2020|text:5-discharge-resources': '2020 report section 5: discharge resources 37/31/2/4/27% — no base printed',
};

/** The trend charts without numbers: which measure and response each shows. */
const FIGURES: Record<string, { measure: string; response: string }> = {
  '2019|figure:4.1': { measure: 'progress', response: 'substantial-or-some' },
  '2019|figure:5.1': { measure: 'barrier', response: 'very' },
  '2019|figure:6.1': { measure: 'facilitator', response: 'very' },
  '2020|figure:4.1': { measure: 'progress', response: 'substantial-or-some' },
  '2020|figure:4.2': { measure: 'barrier', response: 'very' },
  '2020|figure:4.3': { measure: 'facilitator', response: 'very' },
};

/** The twelve barriers asked in all four surveys 2016–2019 (2019 report, section 5; all of Table 5.1 but PCNs). */
const TREND_BARRIERS = [
  'financial-constraints', 'increased-demand', 'incompatible-it', 'competing-demands', 'staff-shortages', 'different-cultures',
  'information-governance', 'financial-savings', 'acute-not-engaged', 'staff-turnover', 'insufficient-leadership', 'gps-not-committed',
];
/** The seven facilitators of Figures 6.1 (2019) / 4.3 (2020) that the prose names; the eighth is never named. */
const TREND_FACILITATORS = [
  'working-relationships', 'local-leadership', 'voluntary-involved', 'local-champions', 'bottom-up', 'co-design', 'simple-economy',
];
const OBJECTIVES: ItemId<'objective'>[] = [
  'joined-up', 'unplanned-admissions', 'quality-of-care', 'manage-own-care', 'quality-of-life', 'reducing-costs', 'accessible-services', 'greater-say',
];

describe('data: provenance of every row', () => {
  it('every row names its report, its table and its unit', () => {
    const bad = ds.rows.filter(
      (r) => ![2019, 2020].includes(r.source_survey) || !SOURCE_TABLE.test(r.source_table) || !['percent', 'count'].includes(r.unit),
    );
    expect(bad.map(keyOf)).to.deep.equal([]);
    expect(ds.rows.length).to.be.greaterThan(900);
  });

  it('every row has its printed label', () => {
    expect(ds.rows.filter((r) => !r.item_label.trim() || r.item_label !== r.item_label.replace(/\s+/g, ' ').trim()).map(keyOf)).to.deep.equal([]);
  });

  it('a report describes only its own survey years (the 2020 report’s 2016–2019 columns are kept once, from the 2019 report)', () => {
    expect(ds.rows.filter((r) => r.source_survey === 2019 && (r.year < 2016 || r.year > 2019)).map(keyOf)).to.deep.equal([]);
    expect(ds.rows.filter((r) => r.source_survey === 2020 && r.year !== 2020).map(keyOf)).to.deep.equal([]);
  });

  it('counts are the sample tables (3.1–3.5), with response "count" and no base', () => {
    for (const r of ds.rows.filter((x) => x.unit === 'count')) {
      expect(r.measure.startsWith('sample-'), keyOf(r)).to.equal(true);
      expect(r.response, keyOf(r)).to.equal('count');
      expect(r.base, keyOf(r)).to.equal(null);
      expect(r.source_table, keyOf(r)).to.match(/^3\.[1-5]$/);
    }
  });

  it('every percentage has its base, or belongs to a table/prose figure that prints none (listed here)', () => {
    const unexplained = ds.rows.filter((r) => r.unit === 'percent' && r.base === null && !(`${r.source_survey}|${r.source_table}` in NO_BASE));
    expect(unexplained.map((r) => `${keyOf(r)} (${r.source_survey} ${r.source_table})`)).to.deep.equal([]);
  });

  it('each listed table/prose figure really prints no base, and really exists', () => {
    for (const where of Object.keys(NO_BASE)) {
      const rows = ds.rows.filter((r) => `${r.source_survey}|${r.source_table}` === where);
      expect(rows.length, where).to.be.greaterThan(0);
      expect(rows.filter((r) => r.base !== null).map(keyOf), where).to.deep.equal([]);
    }
  });

  it('every printed base is a whole number of informants no larger than that year’s sample', () => {
    for (const r of ds.rows.filter((x) => x.base !== null)) {
      const sample = ds.surveys.find((s) => s.year === r.year)?.questionnaires;
      expect(Number.isInteger(r.base), keyOf(r)).to.equal(true);
      expect(r.base!, keyOf(r)).to.be.within(1, sample ?? Infinity);
    }
  });

  it('a printed base is one per column: the same for every row of a table, year and group', () => {
    const seen = new Map<string, Set<number | null>>();
    for (const r of ds.rows.filter((x) => x.unit === 'percent')) {
      const k = `${r.source_survey}|${r.source_table}|${r.measure}|${r.year}|${r.group}`;
      let s = seen.get(k);
      if (!s) seen.set(k, (s = new Set()));
      s.add(r.base);
    }
    const mixed = [...seen].filter(([, s]) => s.size > 1).map(([k, s]) => `${k}: ${[...s].join('/')}`);
    expect(mixed).to.deep.equal([]);
  });
});

describe('data: cells printed as a dash', () => {
  // Read from the 2019 report (../shared/seeds/000_0d7fbdab7220d7d5.txt): every cell of its
  // tables printed "-" where a percentage would be. The 2020 report's tables print none.
  const DASHES = [
    '5.2|barrier|gps-not-committed|organisation:la|very',
    '5.3|barrier|gps-not-committed|deprivation:less|very',
    '6.1|facilitator|working-relationships|all|not-very',
    '6.1|facilitator|working-relationships|all|not-at-all',
    '6.1|facilitator|voluntary-involved|all|not-at-all',
    '6.1|facilitator|staff-training|all|not-at-all',
    '7.1|priority|involve-users|organisation:ccg-nhs|selected',
    '7.1|priority|mental-health|organisation:ccg-nhs|selected',
    '7.1|priority|involve-la|organisation:ccg-nhs|selected',
    '7.1|priority|other|organisation:ccg-nhs|selected',
    '7.1|priority|financial-challenges|organisation:la|selected',
    '7.1|priority|leadership-vision|organisation:la|selected',
    '7.1|priority|share-learning|organisation:la|selected',
    '7.1|priority|evaluate-impact|organisation:la|selected',
    '7.1|priority|redesign-pathways|organisation:la|selected',
    '7.2|challenge|engaging-organisations|organisation:la|selected',
    '7.2|challenge|effective-commissioning|organisation:ccg-nhs|selected',
    '7.2|challenge|effective-commissioning|organisation:la|selected',
    '7.2|challenge|other|organisation:ccg-nhs|selected',
  ];

  it('the 19 dashes of the 2019 report are its 0% rows, and no other percentage is 0 (so the caveat finds every dash, and only dashes)', () => {
    const zero = ds.rows.filter((r) => r.unit === 'percent' && r.value === 0);
    expect(zero.every((r) => r.source_survey === 2019 && r.year === 2019)).to.equal(true);
    expect(zero.map((r) => `${r.source_table}|${r.measure}|${r.item}|${r.group}|${r.response}`).sort()).to.deep.equal([...DASHES].sort());
  });

  it('a dash is 0 because its base allows nothing else: every dash row has a printed base at which one informant would print as 2% or more', () => {
    for (const r of ds.rows.filter((x) => x.unit === 'percent' && x.value === 0)) {
      expect(r.base, keyOf(r)).to.be.a('number').and.be.within(1, 66);
      expect(Math.round(100 / r.base!), keyOf(r)).to.be.at.least(2);
    }
  });
});

describe('data: percentages that are no whole number of informants out of their printed base', () => {
  // data/ANOMALIES.md item 13 (with items 2 and 10), read from the 2019 report: where each is,
  // by table and group. shareMismatch finds these, and the CSV's note column and the
  // comparison's intervals say so.
  const RECORDED = {
    '4.3|tenure:under-5': 1, '4.4|all': 1, '4.5|organisation:other': 1,
    '4.6|tenure:under-5': 4, '4.6|tenure:5-plus': 6, '4.6|deprivation:less': 6, '4.6|deprivation:more': 7,
    '5.1|all': 4, '5.2|organisation:other': 2, '5.3|tenure:under-5': 1, '5.3|deprivation:less': 1,
    '6.1|all': 7, '6.2|organisation:la': 7, '6.2|organisation:other': 1,
    '6.3|tenure:under-5': 7, '6.3|deprivation:less': 7, '6.3|tenure:5-plus': 1, '6.3|deprivation:more': 1,
    '7.1|organisation:la': 1, 'text:4-progress|all': 1,
  };

  it('shareMismatch finds exactly the 67 cells recorded, all in the 2019 report (its Table 4.6 holds 23 of them)', () => {
    const found: Record<string, number> = {};
    for (const r of ds.rows.filter((x) => shareMismatch(x))) {
      expect(r.source_survey, keyOf(r)).to.equal(2019);
      const k = `${r.source_table}|${r.group}`;
      found[k] = (found[k] ?? 0) + 1;
    }
    expect(found).to.deep.equal(RECORDED);
    expect(Object.values(found).reduce((a, b) => a + b, 0)).to.equal(67);
  });
});

describe('data: missing values are explicit', () => {
  it('every missing value has a reason naming the figure that shows it, and its report', () => {
    expect(ds.missing.length).to.be.greaterThan(0);
    for (const m of ds.missing) {
      expect(m.source_figure, keyOf(m)).to.match(/^figure:\d\.\d$/);
      expect(m.reason, keyOf(m)).to.include(`Figure ${m.source_figure.slice('figure:'.length)} of the ${m.source_survey} report`);
      expect(m.reason, keyOf(m)).to.match(/not published as (numbers|a number)/);
      expect(FIGURES, keyOf(m)).to.have.property(`${m.source_survey}|${m.source_figure}`);
      const fig = FIGURES[`${m.source_survey}|${m.source_figure}`];
      expect({ measure: m.measure, response: m.response, group: m.group }, keyOf(m)).to.deep.equal({ ...fig, group: 'all' });
    }
  });

  it('no missing value has an observation for the same key, and each key is listed once', () => {
    const rows = new Set(ds.rows.map(keyOf));
    expect(ds.missing.filter((m) => rows.has(keyOf(m))).map(keyOf)).to.deep.equal([]);
    expect(new Set(ds.missing.map(keyOf)).size).to.equal(ds.missing.length);
  });

  it('Figures 5.1 (2019) and 4.2 (2020): the twelve trend barriers × 2016–2018, and nothing else', () => {
    const keys = ds.missing.filter((m) => m.measure === 'barrier').map((m) => `${m.item}|${m.year}`).sort();
    expect(keys).to.deep.equal(TREND_BARRIERS.flatMap((b) => [2016, 2017, 2018].map((y) => `${b}|${y}`)).sort());
  });

  it('Figures 6.1 (2019) and 4.3 (2020): the seven named facilitators × 2016–2018 and 2020; the unnamed eighth is not guessed', () => {
    const keys = ds.missing.filter((m) => m.measure === 'facilitator').map((m) => `${m.item}|${m.year}`).sort();
    expect(keys).to.deep.equal(TREND_FACILITATORS.flatMap((f) => [2016, 2017, 2018, 2020].map((y) => `${f}|${y}`)).sort());
  });

  it('Figure 4.1 (both reports): the eight objectives × 2016–2020, except costs 2019, which the prose prints (53%)', () => {
    const keys = ds.missing.filter((m) => m.measure === 'progress').map((m) => `${m.item}|${m.year}`).sort();
    const want = OBJECTIVES.flatMap((o) => YEARS.filter((y) => !(o === 'reducing-costs' && y === 2019)).map((y) => `${o}|${y}`));
    expect(keys).to.deep.equal(want.sort());
  });

  it('series(): barrier financial-constraints "very" 2016–2018 come back with the figures’ reason and no row; 2019 = 44, 2020 = 48', () => {
    const pts = publishedSeries('barrier', 'financial-constraints', 'very');
    expect(pts.map((p) => p.year)).to.deep.equal([2016, 2017, 2018, 2019, 2020]);
    for (const p of pts.slice(0, 3)) {
      expect(p.row, String(p.year)).to.equal(null);
      expect(p.missing, String(p.year)).to.not.equal(null);
      expect(p.reason).to.equal(p.missing!.reason);
      expect(p.reason).to.include('Figure 5.1 of the 2019 report');
      expect(p.reason).to.include('Figure 4.2 of the 2020 report');
      expect(p.reason).to.include('not published as numbers');
    }
    expect(pts.slice(3).map((p) => [p.row?.value, p.row?.source_survey, p.row?.source_table, p.reason])).to.deep.equal([
      [44, 2019, '5.1', null],
      [48, 2020, '5.2', null],
    ]);
  });

  it('series(): every missing value of the dataset comes back from series() with its reason and row null', () => {
    for (const m of ds.missing) {
      const p = series(ds, m.measure, m.item, m.response, m.group).find((x) => x.year === m.year)!;
      expect(p.row, keyOf(m)).to.equal(null);
      expect(p.reason, keyOf(m)).to.equal(m.reason);
      expect(p.missing, keyOf(m)).to.equal(m);
    }
  });

  it('series(): facilitator working-relationships "very" 2020 is only in Figure 4.3 of the 2020 report', () => {
    const p = publishedSeries('facilitator', 'working-relationships', 'very').find((x) => x.year === 2020)!;
    expect(p.row).to.equal(null);
    expect(p.reason).to.equal('Shown only in Figure 4.3 of the 2020 report; not published as numbers.');
  });

  it('no value is interpolated: the objective series (2017–2019) has no 2016 or 2020 row', () => {
    for (const item of OBJECTIVES) {
      const pts = publishedSeries('objective', item, 'selected');
      expect(pts.filter((p) => p.row).map((p) => p.year), item).to.deep.equal([2017, 2018, 2019]);
      for (const p of pts.filter((x) => !x.row)) {
        expect(p.missing, `${item} ${p.year}`).to.equal(null);
        expect(p.reason, `${item} ${p.year}`).to.equal(
          p.year === 2016 ? 'No figure published for 2016: the question was not asked in 2016 (the 2019 report, section 4).' : `No figure published for ${p.year}: the reports give this measure for 2017–2019.`,
        );
      }
    }
    expect(ds.rows.filter((r) => r.measure === 'objective' && (r.year === 2016 || r.year === 2020)).map(keyOf)).to.deep.equal([]);
  });

  it('no value is interpolated: a barrier new in 2019 (PCNs) has no 2016–2018 row and no missing record', () => {
    const pts = publishedSeries('barrier', 'pcns-not-aligning', 'very');
    expect(pts.map((p) => [p.year, p.row?.value ?? null, p.missing === null])).to.deep.equal([
      [2016, null, true],
      [2017, null, true],
      [2018, null, true],
      [2019, 6, true],
      [2020, 6, true],
    ]);
  });

  it('no value is derived: progress "substantial-or-some" for group all exists only where printed (costs 2019, 53%)', () => {
    const rows = ds.rows.filter((r) => r.measure === 'progress' && r.response === 'substantial-or-some' && r.group === 'all');
    expect(rows.map((r) => [r.item, r.year, r.value, r.source_table])).to.deep.equal([['reducing-costs', 2019, 53, 'text:4-progress']]);
  });
});
