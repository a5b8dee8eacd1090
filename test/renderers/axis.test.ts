import { expect } from '@esm-bundle/chai';
import { ticksApart } from '../../src/renderers/shared/axis.js';
import { textWidth } from '../../src/renderers/shared/text-width.js';

const at = (xs: number[], label = (x: number) => `${x}%`) => xs.map((x) => ({ value: x, x, label: label(x) }));

describe('axis: ticksApart()', () => {
  const w = textWidth('100%', 14);

  it('keeps every tick whose labels stand 6 px apart or more', () => {
    const ticks = at([0, Math.ceil(w) + 6, 2 * (Math.ceil(w) + 6)], () => '100%');
    expect(ticksApart(ticks, 14).map((t) => t.x)).to.deep.equal(ticks.map((t) => t.x));
  });

  it('leaves out, from the left, each tick whose label would come closer than the gap to the last one kept', () => {
    const step = Math.ceil((w + 6) / 2) + 1;
    const ticks = at([0, step, 2 * step, 3 * step, 4 * step], () => '100%');
    // Each label is about two steps wide: every second tick is kept.
    expect(ticksApart(ticks, 14).map((t) => t.x)).to.deep.equal([0, 2 * step, 4 * step]);
    // A larger gap asked for: fewer.
    expect(ticksApart(ticks, 14, undefined, 2 * step).map((t) => t.x)).to.deep.equal([0, 4 * step]);
  });

  it('larger text keeps fewer ticks', () => {
    const ticks = at([0, 60, 120, 180, 240]);
    expect(ticksApart(ticks, 14)).to.have.length(5);
    expect(ticksApart(ticks, 40).length).to.be.below(5);
  });

  it('with a width, leaves out the ticks whose labels would leave it', () => {
    const ticks = at([0, 100, 200]);
    expect(ticksApart(ticks, 14, 200).map((t) => t.x), 'half of "0%" left of 0, half of "200%" past 200').to.deep.equal([100]);
    expect(ticksApart(ticks, 14).map((t) => t.x)).to.deep.equal([0, 100, 200]);
  });
});
