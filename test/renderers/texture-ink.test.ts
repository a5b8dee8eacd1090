// Textures drawn as lines and dots for paper: the pattern tile's geometry, clipped to each box.
import { expect } from '@esm-bundle/chai';
import { textureInk } from '../../src/renderers/shared/texture-ink.js';

type Seg = [number, number, number, number];
const segments = (d: string): Seg[] => [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)/g)].map((m) => m.slice(1).map(Number) as Seg);
const dotCentres = (d: string, r: number) => [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)a/g)].map((m) => [Math.round((Number(m[1]) + r) * 100) / 100, Number(m[2])]);
const mod6 = (v: number) => ((Math.round(v * 100) / 100) % 6 + 6) % 6;

describe('textureInk: a texture as path data over a box', () => {
  it('draws each texture as its 6 px tile does, clipped to a 12×6 box at the origin', () => {
    expect(segments(textureInk('lines', 0, 0, 12, 6).lines)).to.deep.equal([[3, 0, 3, 6], [9, 0, 9, 6]]);
    expect(segments(textureInk('hatch', 0, 0, 12, 6).lines)).to.deep.equal([[0, 6, 6, 0], [6, 6, 12, 0]]);
    expect(segments(textureInk('cross', 0, 0, 12, 6).lines)).to.deep.equal([[0, 6, 6, 0], [6, 6, 12, 0], [0, 0, 6, 6], [6, 0, 12, 6]]);
    expect(dotCentres(textureInk('dots', 0, 0, 12, 6, 1.1).dots, 1.1)).to.deep.equal([[3, 3], [9, 3]]);
    expect(textureInk('dots', 0, 0, 12, 6).lines).to.equal('');
    expect(textureInk('hatch', 0, 0, 12, 6).dots).to.equal('');
  });

  it('keeps every line inside its box, on the tile grid of the space (neighbouring boxes line up)', () => {
    const boxes: [number, number, number, number][] = [[0, 0, 1, 1], [17.3, 4.1, 93.7, 21], [250.5, 0, 3.2, 30], [-10, -7, 40, 12], [101, 3, 0.4, 18]];
    for (const [x, y, w, h] of boxes) {
      const inside = (px: number, py: number) => px >= x - 0.01 && px <= x + w + 0.01 && py >= y - 0.01 && py <= y + h + 0.01;
      for (const texture of ['lines', 'hatch', 'cross'] as const) {
        for (const [ax, ay, bx, by] of segments(textureInk(texture, x, y, w, h).lines)) {
          expect(inside(ax, ay) && inside(bx, by), `${texture} over ${[x, y, w, h]}: ${[ax, ay, bx, by]}`).to.equal(true);
          if (texture === 'lines') expect([ax === bx, mod6(ax)]).to.deep.equal([true, 3]);
          else if (Math.abs(ax + ay - (bx + by)) < 0.02) expect(mod6(ax + ay) % 6 < 0.02 || mod6(ax + ay) > 5.98).to.equal(true);
          else expect(texture === 'cross' && (mod6(ax - ay) < 0.02 || mod6(ax - ay) > 5.98), `${[ax, ay, bx, by]}`).to.equal(true);
        }
      }
      for (const [cx, cy] of dotCentres(textureInk('dots', x, y, w, h).dots, 1.1)) {
        // Whole dots: none spills over the box's edge (the pattern would cut it there).
        expect(inside(cx - 1.1, cy - 1.1) && inside(cx + 1.1, cy + 1.1), `a dot at ${cx},${cy} over ${[x, y, w, h]}`).to.equal(true);
        expect([mod6(cx), mod6(cy)]).to.deep.equal([3, 3]);
      }
    }
  });

  it('a dot whose centre is in the box but not all of it is left out', () => {
    // The dot at (3, 3) of radius 1.3 reaches y = 1.7: not whole in a box from y = 2, nor in one ending at x = 4.
    expect(textureInk('dots', 0, 2, 12, 6, 1.3).dots).to.equal('');
    expect(dotCentres(textureInk('dots', 0, 0, 4.5, 6, 1.3).dots, 1.3)).to.deep.equal([[3, 3]]);
    expect(textureInk('dots', 0, 0, 4, 6, 1.3).dots).to.equal('');
  });

  it('a wide box gets a line every 6 px: none missing between its ends', () => {
    const lines = segments(textureInk('lines', 10, 0, 60, 20).lines);
    expect(lines.map((s) => s[0])).to.deep.equal([15, 21, 27, 33, 39, 45, 51, 57, 63, 69]);
    // Diagonals x + y = 6k for every k whose line crosses the box (10 ≤ x + y ≤ 90, strictly through it).
    expect(segments(textureInk('hatch', 10, 0, 60, 20).lines)).to.have.length(13);
  });

  it('nothing for no texture, an empty box or a box that is not a number', () => {
    expect(textureInk('none', 0, 0, 50, 50)).to.deep.equal({ lines: '', dots: '' });
    expect(textureInk('hatch', 0, 0, 0, 50)).to.deep.equal({ lines: '', dots: '' });
    expect(textureInk('dots', 0, 0, Number.NaN, 50)).to.deep.equal({ lines: '', dots: '' });
  });
});
