/**
 * The safe path from a hovered mark to its tooltip (safe-path.ts), in plain numbers: the hull of
 * the point where the pointer left the mark and the tooltip's box, with PATH_SLACK px of slack.
 */
import { expect } from '@esm-bundle/chai';
import { onSafePath, PATH_SLACK } from '../../src/components/base/safe-path.js';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('onSafePath', () => {
  // Left the mark at (0, 50), heading right to a box 100–200 × 0–100.
  const from: [number, number] = [0, 50];
  const tip = box(100, 0, 200, 100);

  it('is on the path inside the box, inside the triangle to its near edge, and at the exit point', () => {
    expect(onSafePath(from, tip, [150, 50]), 'in the box').to.equal(true);
    expect(onSafePath(from, tip, [50, 50]), 'half way, on the line').to.equal(true);
    expect(onSafePath(from, tip, [50, 26]), 'half way, near the triangle\'s upper side (y = 25)').to.equal(true);
    expect(onSafePath(from, tip, from), 'where it left').to.equal(true);
  });

  it('allows PATH_SLACK px outside the hull and no more', () => {
    // The triangle's upper side runs from (0, 50) to (100, 0): at x = 50 it is at y = 25; a point
    // straight above it is (25 − y)·cos(atan(0.5)) from the side.
    const off = (px: number) => 25 - px / Math.cos(Math.atan(0.5));
    expect(onSafePath(from, tip, [50, off(PATH_SLACK - 0.5)])).to.equal(true);
    expect(onSafePath(from, tip, [50, off(PATH_SLACK + 0.5)])).to.equal(false);
    expect(onSafePath(from, tip, [-PATH_SLACK - 1, 50]), 'behind the exit point').to.equal(false);
    expect(onSafePath(from, tip, [150, 100 + PATH_SLACK + 1]), 'below the box').to.equal(false);
  });

  it('a box with no area in line with the exit point: the line to it is the path', () => {
    expect(onSafePath([0, 0], box(20, 0, 40, 0), [10, 0])).to.equal(true);
    expect(onSafePath([0, 0], box(20, 0, 40, 0), [10, PATH_SLACK + 1])).to.equal(false);
  });
});
