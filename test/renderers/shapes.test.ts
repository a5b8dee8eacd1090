import { expect } from '@esm-bundle/chai';
import * as d3 from 'd3-shape';
import * as ours from '../../src/renderers/shared/shapes.js';

/** Area enclosed by a path, measured by the browser (SVG geometry of a rendered path). */
function bboxOf(d: string): DOMRect {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  p.setAttribute('d', d);
  svg.appendChild(p);
  document.body.appendChild(svg);
  const b = p.getBBox();
  svg.remove();
  return b;
}

describe('shared shapes (d3-shape geometry without d3-shape)', () => {
  for (const name of ['symbolCircle', 'symbolSquare', 'symbolDiamond', 'symbolTriangle', 'symbolCross'] as const) {
    it(`symbol(${name}, 90)() has the same extent as d3-shape's`, () => {
      const a = bboxOf(ours.symbol(ours[name], 90)());
      const b = bboxOf(d3.symbol(d3[name], 90)()!);
      for (const k of ['x', 'y', 'width', 'height'] as const) expect(a[k], k).to.be.closeTo(b[k], 0.01);
    });
  }

  it('line() breaks at undefined points and never joins across them', () => {
    const pts = [[0, 0], [10, 5], null, [30, 5], [40, 0]] as ([number, number] | null)[];
    const gen = ours.line<[number, number] | null>().defined((p) => p !== null).x((p) => p![0]).y((p) => p![1]);
    expect(gen(pts)).to.equal('M0,0L10,5M30,5L40,0');
    const d3gen = d3.line<[number, number] | null>().defined((p) => p !== null).x((p) => p![0]).y((p) => p![1]);
    expect(gen(pts)).to.equal(d3gen(pts));
  });
});
