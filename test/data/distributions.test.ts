/**
 * Each response distribution sums to 100 within rounding (±2), per item, year and group, wherever
 * every response of the scale is published. Where the report's own figures do not, the row must be
 * named below AND recorded in data/ANOMALIES.md; a new one makes the test fail. Rows that sum to
 * 99 or 101 (rounding) are listed too, so that every deviation is documented. No printed number is
 * ever changed to make this pass.
 */
import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import type { ObservationRow } from '../../src/data/types.js';
import { DERIVED_RESPONSES, RESPONSE_ORDER } from '../../src/data/vocabulary.js';
import { fetchText, fold, sum } from './util.js';

const ds = bundledDataset();

/**
 * Measures whose responses form one distribution per item/year/group, with every response the
 * question offers (or, for prose figures, every category the prose states — the prose accounts
 * for all informants, so the stated categories are exhaustive).
 */
const DISTRIBUTIONS: Record<string, readonly string[]> = {
  // 2019 Tables 5.1–5.3, 2020 Table 5.2: very / fairly / not significant / don't know.
  barrier: ['very', 'fairly', 'not', 'dont-know'],
  // 2019 Tables 6.1–6.3: very / fairly / not very / not at all important / don't know.
  facilitator: ['very', 'fairly', 'not-very', 'not-at-all', 'dont-know'],
  // 2019 Table 4.4: substantial / some / none / don't know ('substantial-or-some' is their sum, excluded).
  progress: ['substantial', 'some', 'none', 'dont-know'],
  // 2020 Table 5.1: aided / hindered / no effect / don't know.
  'covid-effect': ['aided', 'hindered', 'no-effect', 'dont-know'],
  // 2019 section 4 prose: 88% have MDTs, 3% planning, "the remaining 8%" did not know or other.
  'mdt-established': ['yes', 'planning', 'dont-know-or-other'],
  // 2019 section 4 prose: 66% different models, 24% one model, 10% did not know (Q12's order).
  'mdt-models': ['one-model', 'different-models', 'dont-know'],
  // 2019 section 4 prose: 49% plans to align, 37% already aligned, 5% no plans, 9% did not know (Q13's order).
  'mdt-pcn-alignment': ['plans-to-align', 'no-plans', 'already-aligned', 'dont-know'],
  // 2020 section 5 prose: 33% no change, 67% changed.
  'role-change': ['no', 'yes'],
  // 2020 section 5 prose: much 33 / somewhat 40 better, 6 somewhat worse, 19 no change, 2 don't know
  // ("much worse" is not stated; the five stated categories account for everyone).
  relationship: ['much-better', 'somewhat-better', 'no-change', 'somewhat-worse', 'dont-know'],
  // 2020 section 5 prose: much 37 / somewhat 31 easier, 2 more difficult, "the remainder" 4 no difference, 27 don't know.
  'discharge-resources': ['much-easier', 'somewhat-easier', 'more-difficult', 'no-difference', 'dont-know'],
};

/** Measures that are not one distribution per item, and why. Every measure must be in one list. */
const NOT_DISTRIBUTIONS: Record<string, string> = {
  objective: 'select three of eight: "Columns add to more than 100%" (2019 Tables 4.1–4.3)',
  'mdt-initiative': 'each initiative is a separate yes/no (2019 MDT table)',
  priority: 'coded open answers; columns add to 125–139% (ANOMALIES.md item 9)',
  challenge: 'coded open answers; columns add to 128–139% (ANOMALIES.md item 9)',
  'objectives-view-change': 'only "yes" (43%) is printed',
  'covid-facilitation': 'two separate questions, only "yes" printed for each',
  'sample-site': 'counts (Tables 3.1; totals are checked in report-totals.test.ts)',
  'sample-wave': 'counts (Table 3.2)',
  'sample-organisation': 'counts (Table 3.3)',
  'sample-job': 'counts (Table 3.4)',
  'sample-tenure': 'counts (Table 3.5) and two separate prose shares',
};

interface Deviation {
  /** measure|item|year|group */
  key: string;
  sum: number;
  /** Text that data/ANOMALIES.md must contain (white space folded) for this row. */
  anomalies: string;
}

/** Distributions whose printed figures sum outside 100 ± 2. The reports have none (ANOMALIES.md item 11). */
const KNOWN_OUTSIDE_TOLERANCE: Deviation[] = [];

/** Distributions that sum to 99 or 101 as printed (rounding), each recorded in ANOMALIES.md. */
const KNOWN_ROUNDING: Deviation[] = [
  { key: 'progress|joined-up|2019|all', sum: 99, anomalies: '4.4 joined-up 99' },
  { key: 'progress|manage-own-care|2019|all', sum: 99, anomalies: 'manage-own-care 99' },
  { key: 'progress|reducing-costs|2019|all', sum: 99, anomalies: 'reducing-costs 99' },
  { key: 'barrier|increased-demand|2019|all', sum: 101, anomalies: '5.1 increased-demand 101' },
  { key: 'barrier|insufficient-leadership|2019|all', sum: 101, anomalies: 'insufficient-leadership 101' },
  { key: 'facilitator|local-leadership|2019|all', sum: 101, anomalies: '6.1 local-leadership 101' },
  { key: 'facilitator|bottom-up|2019|all', sum: 101, anomalies: 'bottom-up 101' },
  { key: 'facilitator|staff-training|2019|all', sum: 99, anomalies: 'staff-training 99' },
  { key: 'facilitator|co-design|2019|all', sum: 99, anomalies: 'co-design 99' },
  { key: 'mdt-established|community-mdts|2019|all', sum: 99, anomalies: 'MDT established 88+3+8 = 99' },
  { key: 'covid-effect|unplanned-admissions|2020|all', sum: 101, anomalies: '"Unplanned admissions have reduced." = 46+25+11+19 = **101**' },
  { key: 'barrier|staff-shortages|2020|all', sum: 101, anomalies: '"Shortages of frontline staff with the right skills." 32+36+25+8 = 101' },
  { key: 'barrier|financial-savings|2020|all', sum: 101, anomalies: '"Working out realistic financial savings that could be achieved." 27+37+25+12 = 101' },
  { key: 'barrier|insufficient-leadership|2020|all', sum: 99, anomalies: '"Insufficient leadership of our integrated care programme." 11+22+59+7 = 99' },
  { key: 'barrier|covid-time|2020|all', sum: 101, anomalies: '"Time required to deal with Covid-19 pandemic" 42+38+17+4 = 101' },
  { key: 'discharge-resources|nhs-discharge-packages|2020|all', sum: 101, anomalies: "don't know 27: sum **101**" },
];

interface Cell {
  key: string;
  rows: ObservationRow[];
}

/** The rows of each measure, grouped per item/year/group (derived responses left out). */
function cellsOf(measure: string): Cell[] {
  const derived = DERIVED_RESPONSES[measure] ?? [];
  const cells = new Map<string, ObservationRow[]>();
  for (const r of ds.rows) {
    if (r.measure !== measure || derived.includes(r.response)) continue;
    const key = `${r.measure}|${r.item}|${r.year}|${r.group}`;
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    list.push(r);
  }
  return [...cells].map(([key, rows]) => ({ key, rows }));
}

/** The cells where every response of the scale is published. */
function complete(measure: string): Cell[] {
  const scale = DISTRIBUTIONS[measure];
  return cellsOf(measure).filter((c) => scale.every((resp) => c.rows.some((r) => r.response === resp)));
}

let anomaliesText = '';
before(async () => {
  anomaliesText = fold(await fetchText('/data/ANOMALIES.md'));
});

describe('data: response distributions sum to 100 ± 2', () => {
  it('every measure of the dataset is classified as a distribution or not (a new measure must be added here)', () => {
    const measures = [...new Set(ds.rows.map((r) => r.measure))];
    const unclassified = measures.filter((m) => !(m in DISTRIBUTIONS) && !(m in NOT_DISTRIBUTIONS));
    expect(unclassified).to.deep.equal([]);
    for (const m of Object.keys(DISTRIBUTIONS)) expect(measures, m).to.include(m);
  });

  it('the scales here are the query layer’s scales (RESPONSE_ORDER without derived responses)', () => {
    for (const [m, scale] of Object.entries(DISTRIBUTIONS)) {
      const known = RESPONSE_ORDER[m];
      expect(known, `${m} has a questionnaire order`).to.be.an('array');
      expect([...scale], m).to.deep.equal(known.filter((r) => !(DERIVED_RESPONSES[m] ?? []).includes(r)));
    }
  });

  it('each response of a distribution measure belongs to its scale', () => {
    for (const m of Object.keys(DISTRIBUTIONS)) {
      const derived = DERIVED_RESPONSES[m] ?? [];
      const foreign = ds.rows.filter((r) => r.measure === m && !DISTRIBUTIONS[m].includes(r.response) && !derived.includes(r.response));
      expect(foreign.map((r) => `${r.item}/${r.year}/${r.group}/${r.response}`), m).to.deep.equal([]);
    }
  });

  it('where a group does not publish every response, it publishes exactly one (e.g. "very" by organisation) and is not summed', () => {
    for (const m of Object.keys(DISTRIBUTIONS)) {
      const partial = cellsOf(m).filter((c) => !complete(m).some((k) => k.key === c.key));
      for (const c of partial) expect(c.rows, c.key).to.have.length(1);
    }
  });

  it('the distributions checked: 64 in all (Tables 4.4, 5.1, 6.1 of 2019; 5.1, 5.2 of 2020; six prose questions)', () => {
    const counts = Object.fromEntries(Object.keys(DISTRIBUTIONS).map((m) => [m, complete(m).length]));
    expect(counts).to.deep.equal({
      barrier: 13 + 16, // 2019 Table 5.1 + 2020 Table 5.2 (group "all"; Tables 5.2/5.3 of 2019 print 'very' only)
      facilitator: 13, // 2019 Table 6.1
      progress: 8, // 2019 Table 4.4
      'covid-effect': 8, // 2020 Table 5.1
      'mdt-established': 1,
      'mdt-models': 1,
      'mdt-pcn-alignment': 1,
      'role-change': 1,
      relationship: 1,
      'discharge-resources': 1,
    });
  });

  for (const measure of Object.keys(DISTRIBUTIONS)) {
    it(`${measure}: every complete distribution sums to 100 ± 2, except the known anomalies`, () => {
      const cells = complete(measure);
      expect(cells.length, 'at least one complete distribution').to.be.greaterThan(0);
      const outside = cells
        .map((c) => ({ key: c.key, sum: sum(c.rows) }))
        .filter((c) => Math.abs(c.sum - 100) > 2);
      const known = KNOWN_OUTSIDE_TOLERANCE.filter((d) => d.key.startsWith(`${measure}|`)).map(({ key, sum }) => ({ key, sum }));
      expect(outside, 'rows outside 100 ± 2 (name them in KNOWN_OUTSIDE_TOLERANCE and in data/ANOMALIES.md)').to.deep.equal(known);
    });
  }

  it('the rows that sum to 99 or 101 are exactly the listed ones', () => {
    const off = Object.keys(DISTRIBUTIONS)
      .flatMap(complete)
      .map((c) => ({ key: c.key, sum: sum(c.rows) }))
      .filter((c) => c.sum !== 100 && Math.abs(c.sum - 100) <= 2);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(off.sort(byKey)).to.deep.equal(KNOWN_ROUNDING.map(({ key, sum }) => ({ key, sum })).sort(byKey));
  });

  it('every listed deviation is recorded in data/ANOMALIES.md with what was printed', () => {
    for (const d of [...KNOWN_OUTSIDE_TOLERANCE, ...KNOWN_ROUNDING]) {
      expect(anomaliesText.includes(fold(d.anomalies)), `ANOMALIES.md should record ${d.key}: "${d.anomalies}"`).to.equal(true);
    }
    // The 2019 section states that no distribution fails.
    expect(anomaliesText).to.include('Every distribution checked sums to 100 ± 2');
  });

  it('the derived progress response "substantial-or-some" equals substantial + some (±1) where both are printed (2019: costs 4 + 49 = 53)', () => {
    for (const r of ds.rows.filter((x) => x.measure === 'progress' && x.response === 'substantial-or-some')) {
      const parts = ds.rows.filter(
        (x) => x.measure === 'progress' && x.item === r.item && x.year === r.year && x.group === r.group && (x.response === 'substantial' || x.response === 'some'),
      );
      if (parts.length === 2) expect(Math.abs(sum(parts) - r.value), r.item).to.be.at.most(1);
    }
  });
});

describe('data: "pick three" objective columns hold no more choices than their informants could make', () => {
  /**
   * The fewest informants out of `base` whose share prints as `percent` (rounded to a whole %);
   * for a percentage that is no whole number of informants (ANOMALIES.md item 13), the most
   * whose share is below it: a lower bound either way.
   */
  const fewest = (percent: number, base: number): number => {
    for (let k = 0; k <= base; k++) if (Math.abs((100 * k) / base - percent) <= 0.5) return k;
    return Math.floor(((percent - 0.5) * base) / 100);
  };

  it('each column (year and group) of Tables 4.1–4.3: at most 3 × its base choices, except the one recorded in ANOMALIES.md (Table 4.1, 2018: at least 258 of 255)', () => {
    const columns = new Map<string, ObservationRow[]>();
    for (const r of ds.rows.filter((x) => x.measure === 'objective' && x.unit === 'percent' && x.base != null)) {
      const key = `${r.year}|${r.group}`;
      columns.set(key, [...(columns.get(key) ?? []), r]);
    }
    expect(columns.size, 'columns checked').to.be.greaterThan(3);
    const over = [...columns]
      .map(([key, rows]) => ({ key, choices: rows.reduce((n, r) => n + fewest(r.value, r.base!), 0), most: 3 * rows[0].base! }))
      .filter((c) => !(c.choices <= c.most));
    expect(over).to.deep.equal([{ key: '2018|all', choices: 258, most: 255 }]);
    expect(anomaliesText).to.include(fold('Table 4.1, 2018 column'));
    expect(anomaliesText).to.include(fold('258 choices'));
  });
});
