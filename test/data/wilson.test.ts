import { expect } from '@esm-bundle/chai';
import { wilsonInterval, wilsonIntervalOf } from '../../src/data/wilson.js';

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
