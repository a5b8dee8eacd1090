import { expect } from '@esm-bundle/chai';
import { placeTooltip, type Box } from '../../src/components/base/tooltip-placement.js';

// A 400 × 300 plot; 10 px marks; a 100 × 40 tooltip; a 12 px gap (the pointer's reach).
const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const size = { width: 100, height: 40 };
const at = (x: number, y: number, r = 5): Box => ({ left: x - r, top: y - r, right: x + r, bottom: y + r });
const boxOf = (p: { left: number; top: number }): Box => ({ left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + size.height });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const grow = (b: Box, by: number): Box => ({ left: b.left - by, top: b.top - by, right: b.right + by, bottom: b.bottom + by });
const inside = (b: Box, outer: Box) => b.left >= outer.left && b.top >= outer.top && b.right <= outer.right && b.bottom <= outer.bottom;

describe('placeTooltip()', () => {
  it('placeTooltip({ mark, others: [] }) with room all round: centred above the mark, the gap away (as other charts\' tooltips)', () => {
    const p = placeTooltip({ mark: at(200, 150), size, bounds, others: [], gap: 12 });
    expect(p).to.deep.equal({ left: 150, top: 93, covered: 0, coversMark: false, sizeIndex: 0 });
  });

  it('placeTooltip({ mark at the top }) never covers the mark or its gap: no room above, so beside or below it', () => {
    const mark = at(200, 10);
    const p = placeTooltip({ mark, size, bounds, others: [], gap: 12 });
    expect(p.coversMark).to.equal(false);
    expect(overlaps(boxOf(p), grow(mark, 12))).to.equal(false);
    expect(inside(boxOf(p), bounds)).to.equal(true);
  });

  it('placeTooltip({ others above and to the right }) goes where it covers none of them', () => {
    const mark = at(200, 150);
    const others = [at(200, 120), at(170, 115), at(235, 120), at(240, 150), at(260, 150)];
    const old = { left: 150, top: 93 }; // centred above: over three of them
    expect(others.filter((o) => overlaps(boxOf(old), o))).to.have.length(3);
    const p = placeTooltip({ mark, size, bounds, others, gap: 12 });
    expect(p.covered).to.equal(0);
    expect(others.filter((o) => overlaps(boxOf(p), o))).to.have.length(0);
    expect(overlaps(boxOf(p), grow(mark, 12))).to.equal(false);
  });

  it('placeTooltip() among equals takes the nearest: beside the mark rather than a far corner', () => {
    const mark = at(200, 150);
    // Above is taken; below, left and right are as free as the corners.
    const p = placeTooltip({ mark, size, bounds, others: [at(200, 120)], gap: 12 });
    expect(p.covered).to.equal(0);
    const b = boxOf(p);
    const gapTo = Math.max(b.left - 205, 195 - b.right, b.top - 155, 145 - b.bottom);
    expect(gapTo, 'the gap from the mark').to.be.closeTo(12, 0.01);
  });

  it('placeTooltip({ avoid }) leaves a legend entry in view where that costs no mark, and covers it sooner than a mark', () => {
    const mark = at(200, 150);
    const legend = { left: 150, top: 100, right: 250, bottom: 130 }; // where the tooltip would go, above the mark
    const p = placeTooltip({ mark, size, bounds, others: [], avoid: [legend], gap: 12 });
    expect(overlaps(boxOf(p), legend)).to.equal(false);
    // In a tight plot every place but above the mark covers it or the mark below it: over the
    // legend then, not a mark.
    const q = placeTooltip({ mark, size, bounds: { left: 140, top: 90, right: 260, bottom: 210 }, others: [at(200, 185)], avoid: [legend], gap: 12 });
    expect(q.coversMark).to.equal(false);
    expect(q.covered).to.equal(0);
    expect(overlaps(boxOf(q), legend)).to.equal(true);
  });

  it('placeTooltip({ crowded all round }) by the keyboard goes to the free place nearest the mark (the sea beyond its neighbours), not a far corner; hovered, it stays against the mark', () => {
    const mark = at(200, 150);
    // A ring of marks 45 px out, and marks at the bounds' corners and the middles of their
    // sides, but the top left corner.
    const others: Box[] = [];
    for (let a = 0; a < 360; a += 20) others.push(at(200 + 45 * Math.cos((a * Math.PI) / 180), 150 + 45 * Math.sin((a * Math.PI) / 180), 3));
    others.push(at(200, 10), at(390, 10), at(10, 150), at(390, 150), at(10, 290), at(200, 290), at(390, 290));
    const byKeys = placeTooltip({ mark, size, bounds, others, gap: 12 });
    expect(byKeys.covered).to.equal(0);
    // The top left corner is free too, but 130 px away; just beyond the ring (48 px out) is nearer.
    const apart = (p: { left: number; top: number }) => {
      const b = boxOf(p);
      return Math.hypot(Math.max(b.left - 200, 0, 200 - b.right), Math.max(b.top - 150, 0, 150 - b.bottom));
    };
    expect(apart(byKeys), 'from the mark to its tooltip').to.be.below(60);
    // No free place nearer, on a 1 px grid.
    for (let x = 0; x <= 300; x++) {
      for (let y = 0; y <= 260; y++) {
        const b = boxOf({ left: x, top: y });
        if (apart({ left: x, top: y }) < apart(byKeys) - 8 && !overlaps(b, grow(mark, 12))) expect(others.some((o) => overlaps(b, o)), `free at ${x},${y}`).to.equal(true);
      }
    }
    const hovered = placeTooltip({ mark, size, bounds, others, gap: 12, hovered: true });
    expect(hovered.coversMark).to.equal(false);
    const b = boxOf(hovered);
    const gapTo = Math.max(b.left - 205, 195 - b.right, b.top - 155, 145 - b.bottom);
    expect(gapTo, 'hovered: it borders the mark\'s gap, for the pointer to reach it').to.be.closeTo(12, 0.01);
    expect(hovered.covered).to.be.greaterThan(0);
  });

  it('placeTooltip({ hovered }) is not put where the pointer, on its way from the mark, would pass nearer another mark', () => {
    const mark = at(200, 150);
    // Above the mark and right of it are free, but a mark up and to the right sits by the way
    // to either (the pointer would come nearer to it and show its tooltip instead); below is free
    // and clear of the way.
    const others = [at(212, 140, 2)];
    const free = placeTooltip({ mark, size, bounds, others: [], gap: 12, hovered: true });
    expect(free.top, 'alone, above it').to.be.below(150);
    const p = placeTooltip({ mark, size, bounds, others, gap: 12, hovered: true });
    expect(p.covered).to.equal(0);
    expect(p.top, 'below the mark').to.be.at.least(155);
  });

  it('placeTooltip() stays inside its bounds at their edges, and at their top left when it is the larger', () => {
    for (const mark of [at(5, 5), at(395, 5), at(5, 295), at(395, 295), at(395, 150)]) {
      const p = placeTooltip({ mark, size, bounds, others: [], gap: 12 });
      expect(inside(boxOf(p), bounds), JSON.stringify(mark)).to.equal(true);
      expect(p.coversMark).to.equal(false);
    }
    const small: Box = { left: 10, top: 20, right: 60, bottom: 40 };
    const p = placeTooltip({ mark: at(30, 30), size, bounds: small, others: [] });
    expect([p.left, p.top]).to.deep.equal([10, 20]);
    expect(p.coversMark, 'no room anywhere: says so').to.equal(true);
  });

  it('placeTooltip({ avoid }) by the keyboard, with free places over the legend (the bottom corners) and off it (between the marks), takes one off it', () => {
    const mark = at(200, 150);
    // Marks all round the mark, close, and at the top corners and the middles of the sides; the
    // legend along the bottom, over the bottom corners.
    const others = [at(200, 120), at(200, 180), at(160, 150), at(240, 150), at(160, 120), at(240, 120), at(160, 180), at(240, 180)];
    others.push(at(50, 20), at(200, 20), at(350, 20), at(50, 150), at(350, 150));
    const legend = { left: 0, top: 190, right: 400, bottom: 300 };
    const p = placeTooltip({ mark, size, bounds, others, avoid: [legend], gap: 12 });
    expect(p.covered).to.equal(0);
    expect(overlaps(boxOf(p), legend), 'over the legend').to.equal(false);
  });

  it('placeTooltip({ size: [wide, narrow] }) takes the wrap that covers fewest marks, and the first (widest) among equals', () => {
    const mark = at(200, 150);
    const wide = { width: 200, height: 40 };
    const narrow = { width: 80, height: 100 };
    // Alone: the first size, centred above.
    expect(placeTooltip({ mark, size: [wide, narrow], bounds, others: [], gap: 12, hovered: true }).sizeIndex).to.equal(0);
    // Marks 70 px left and right of it, level with it, above and below: the wide one covers
    // some wherever it borders the mark; the narrow one fits between them, above or below.
    const others = [at(130, 150), at(270, 150), at(130, 110), at(270, 110), at(130, 190), at(270, 190)];
    const p = placeTooltip({ mark, size: [wide, narrow], bounds, others, gap: 12, hovered: true });
    expect(p.sizeIndex).to.equal(1);
    expect(p.covered).to.equal(0);
    expect(p.coversMark).to.equal(false);
    expect(placeTooltip({ mark, size: wide, bounds, others, gap: 12, hovered: true }).covered, 'the wide one alone').to.be.greaterThan(0);
  });

  // A grid of 40 px tiles in the plot's top-left quarter, the rest of it free: searched across the
  // plot, the keyboard's tooltip went to the free part, far from a tile in the middle of the grid.
  it('placeTooltip({ beside: true }) by the keyboard keeps the tooltip beside the mark (the gap away) among tiles packed edge to edge, covering as few of their texts as it can; without it, it goes to the free part of the plot', () => {
    const tile = (col: number, row: number): Box => ({ left: col * 40, top: row * 40, right: col * 40 + 37, bottom: row * 40 + 37 });
    const mark = tile(2, 3);
    const tiles: Box[] = [];
    for (let col = 0; col < 5; col++) for (let row = 0; row < 7; row++) if (col !== 2 || row !== 3) tiles.push(tile(col, row));
    const texts = tiles.map((t) => ({ left: t.left + 8, top: t.top + 12, right: t.right - 8, bottom: t.bottom - 8 }));
    const bounds: Box = { left: 0, top: 0, right: 400, bottom: 400 };
    const gapOf = (b: Box) => Math.max(b.left - mark.right, mark.left - b.right, b.top - mark.bottom, mark.top - b.bottom);
    const far = placeTooltip({ mark, size, bounds, others: texts, gap: 12 });
    expect(gapOf(boxOf(far)), 'searched across the plot').to.be.above(30);
    const near = placeTooltip({ mark, size, bounds, others: texts, avoid: tiles, marks: tiles, gap: 12, beside: true });
    expect(near.coversMark).to.equal(false);
    expect(gapOf(boxOf(near)), 'beside the mark').to.be.closeTo(12, 0.01);
    expect(inside(boxOf(near), bounds)).to.equal(true);
    expect(near.covered, 'texts covered').to.equal(texts.filter((t) => overlaps(boxOf(near), t)).length);
    // No place beside covers fewer texts.
    for (const [left, top] of [[mark.left - 30, mark.top - 52], [mark.left - 30, mark.bottom + 12], [mark.right + 12, mark.top], [mark.left - 112, mark.top]]) {
      expect(texts.filter((t) => overlaps(boxOf({ left, top }), t)).length, `${left},${top}`).to.be.at.least(near.covered);
    }
  });
});
