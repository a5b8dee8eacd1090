import { expect } from '@esm-bundle/chai';
import { scaleLinear as d3Linear } from 'd3-scale';
import { scaleLinear, scalePoint } from '../../src/renderers/shared/scale.js';

describe('shared scales (a d3-scale subset without interpolators)', () => {
  it('scaleLinear() maps, nices and ticks exactly as d3-scale does', () => {
    for (const [d, r, n] of [[[0, 57], [40, 600], 5], [[0, 100], [300, 10], 6], [[0, 17.3], [0, 1], 4], [[3, 3], [0, 10], 5]] as const) {
      const ours = scaleLinear().domain(d).range(r).nice(n);
      const theirs = d3Linear().domain(d).range(r).nice(n);
      expect(ours.domain()).to.deep.equal(theirs.domain());
      expect(ours.ticks(n)).to.deep.equal(theirs.ticks(n));
      for (const v of [0, 1.5, 17, 44, 57]) expect(ours(v)).to.be.closeTo(theirs(v), 1e-9);
    }
  });

  it('scalePoint() spaces points evenly across the range', () => {
    const x = scalePoint<number>().domain([2016, 2017, 2018, 2019, 2020]).range([40, 440]);
    expect([2016, 2018, 2020].map((y) => x(y))).to.deep.equal([40, 240, 440]);
    expect(x(2015)).to.equal(undefined);
    expect(x.step()).to.equal(100);
  });
});
