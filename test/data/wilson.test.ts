import { expect } from '@esm-bundle/chai';
import { countsFor, differenceInterval, shareMismatch, wilsonInterval, wilsonIntervalOf } from '../../src/data/wilson.js';

describe('wilsonInterval', () => {
  it('wilsonInterval(44, 64) is about 32.5–56.2% (the 2019 report: financial constraints, 44% of 64)', () => {
    const { low, high } = wilsonInterval(44, 64);
    expect(low).to.be.closeTo(32.5, 0.1);
    expect(high).to.be.closeTo(56.2, 0.1);
  });

  it('wilsonInterval(57, 21) is wide for a small base and contains the value', () => {
    const { low, high } = wilsonInterval(57, 21);
    expect(low).to.be.closeTo(36.4, 0.1);
    expect(high).to.be.closeTo(75.4, 0.1);
  });

  it('wilsonInterval(p, n) is asymmetric near the ends and never leaves 0–100', () => {
    const zero = wilsonInterval(0, 28);
    expect(zero.low).to.equal(0);
    expect(zero.high).to.be.closeTo(12.1, 0.1);
    const all = wilsonInterval(100, 23);
    expect(all.high).to.equal(100);
    expect(all.low).to.be.closeTo(85.7, 0.1);
  });

  it('wilsonInterval(p, n, z) narrows with a smaller z and a larger base', () => {
    const a = wilsonInterval(50, 30);
    const b = wilsonInterval(50, 30, 1);
    const c = wilsonInterval(50, 300);
    expect(b.high - b.low).to.be.lessThan(a.high - a.low);
    expect(c.high - c.low).to.be.lessThan(a.high - a.low);
  });

  it('wilsonInterval throws a RangeError where there is no interval to give', () => {
    expect(() => wilsonInterval(44, 0)).to.throw(RangeError);
    expect(() => wilsonInterval(44, Number.NaN)).to.throw(RangeError);
    expect(() => wilsonInterval(101, 64)).to.throw(RangeError);
    expect(() => wilsonInterval(-1, 64)).to.throw(RangeError);
  });

  it('wilsonIntervalOf(row) is null without a printed base or for counts, and never throws', () => {
    expect(wilsonIntervalOf({ value: 44, unit: 'percent', base: null })).to.equal(null);
    expect(wilsonIntervalOf({ value: 7, unit: 'count', base: 64 })).to.equal(null);
    expect(wilsonIntervalOf({ value: 101, unit: 'percent', base: 64 })).to.equal(null);
    expect(wilsonIntervalOf({ value: 44, unit: 'percent', base: 64 })!.low).to.be.closeTo(32.5, 0.1);
  });
});

describe('differenceInterval (Newcombe\'s hybrid score interval of a gap between two groups)', () => {
  // Reference values worked by hand from the formula (Newcombe 1998, method 10) in Python.
  it('41% of 39 against 16% of 25 (2019 Table 5.3, incompatible IT, by years in post): 1.7 to 43.3 points, excluding 0 though the two groups\' own intervals overlap', () => {
    const a = { value: 41, unit: 'percent', base: 39 };
    const b = { value: 16, unit: 'percent', base: 25 };
    const d = differenceInterval(a, b)!;
    expect(d.low).to.be.closeTo(1.71, 0.01);
    expect(d.high).to.be.closeTo(43.28, 0.01);
    const [ia, ib] = [wilsonIntervalOf(a)!, wilsonIntervalOf(b)!];
    expect(ia.low, 'the groups\' intervals overlap').to.be.lessThan(ib.high);
  });

  it('57% of 21 against 36% of 28 (2019 Table 5.2): −6.6 to 44.8 points; swapped, the interval is mirrored; no interval without a base', () => {
    const la = { value: 57, unit: 'percent', base: 21 };
    const ccg = { value: 36, unit: 'percent', base: 28 };
    const d = differenceInterval(la, ccg)!;
    expect(d.low).to.be.closeTo(-6.64, 0.01);
    expect(d.high).to.be.closeTo(44.8, 0.01);
    const back = differenceInterval(ccg, la)!;
    expect(back.low).to.be.closeTo(-d.high, 1e-9);
    expect(back.high).to.be.closeTo(-d.low, 1e-9);
    expect(differenceInterval(la, { value: 36, unit: 'percent', base: null })).to.equal(null);
  });
});

describe('countsFor and shareMismatch (is a printed percentage a whole number of informants out of its printed base?)', () => {
  it('countsFor gives the counts whose share rounds to the figure as printed (to its own decimals)', () => {
    expect(countsFor(44, 64)).to.deep.equal([28]); // 43.75%
    expect(countsFor(0, 21)).to.deep.equal([0]);
    expect(countsFor(100, 5)).to.deep.equal([5]);
    expect(countsFor(50, 200)).to.deep.equal([99, 100, 101]); // 49.5, 50 and 50.5% all print as 50%
    expect(countsFor(12.5, 8)).to.deep.equal([1]);
    expect(countsFor(12.4, 8)).to.deep.equal([]); // 1 of 8 is 12.5%, not 12.4% to one decimal
    expect(countsFor(53, 67)).to.deep.equal([]); // 35 of 67 is 52.2%, 36 of 67 is 53.7%
  });

  it('shareMismatch names the two nearest counts for a figure its base cannot give (2019 report, Table 4.4: 53% of 67), and is null otherwise', () => {
    expect(shareMismatch({ value: 53, unit: 'percent', base: 67 })).to.equal('53% of 67 is no whole number of informants (35 of 67 is 52.2%, 36 of 67 is 53.7%)');
    expect(shareMismatch({ value: 43, unit: 'percent', base: 15 })).to.equal('43% of 15 is no whole number of informants (6 of 15 is 40.0%, 7 of 15 is 46.7%)');
    expect(shareMismatch({ value: 44, unit: 'percent', base: 64 })).to.equal(null);
    expect(shareMismatch({ value: 53, unit: 'percent', base: null })).to.equal(null);
    expect(shareMismatch({ value: 7, unit: 'count', base: 64 })).to.equal(null);
    expect(shareMismatch({ value: 101, unit: 'percent', base: 64 })).to.equal(null);
    // A base that is no whole number (custom data: a weighted base) counts no informants.
    expect(shareMismatch({ value: 50, unit: 'percent', base: 10.5 })).to.equal(null);
  });
});
