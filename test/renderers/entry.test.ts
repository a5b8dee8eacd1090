/**
 * `pioneer-viz/renderers` (src/renderers/index.ts): the renderers alone. In this page nothing
 * else is imported, so an element defined here would have been registered by that entry.
 */
import { expect } from '@esm-bundle/chai';
import * as renderers from '../../src/renderers/index.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { series } from '../../src/data/query.js';

describe('pioneer-viz/renderers', () => {
  it('registers no element and exports the four renderers', () => {
    for (const tag of ['barrier-stack', 'pioneer-trend', 'site-map', 'pioneer-compare', 'pioneer-table', 'pioneer-filters']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    for (const name of ['renderBarrierStack', 'renderTrend', 'renderSiteMap', 'renderSiteGrid', 'renderCompare']) {
      expect(typeof (renderers as Record<string, unknown>)[name], name).to.equal('function');
    }
  });

  it('renderTrend draws a line from the query layer into a plain SVG (2019 report Table 4.1)', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const points = series(bundledDataset(), 'objective', 'quality-of-care', 'selected');
    const result = renderers.renderTrend(svg, [{ item: 'quality-of-care', label: 'Quality of care', points, colorIndex: 0 }], { width: 640 });
    const values = [...svg.querySelectorAll('path.point')].map((p) => Number(p.getAttribute('data-value')));
    expect(values).to.deep.equal([39, 48, 51]);
    expect(result.marks).to.have.length(5);
    // The line runs through the three points, left to right, higher for a larger value.
    const at = [...svg.querySelectorAll('path.point')].map((p) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(p.getAttribute('transform')!)!.slice(1).map(Number));
    const d = svg.querySelector('path.line')!.getAttribute('d')!;
    const vertices = [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);
    expect(vertices).to.have.length(3);
    vertices.forEach(([x, y], i) => {
      expect(x).to.be.closeTo(at[i][0], 0.01);
      expect(y).to.be.closeTo(at[i][1], 0.01);
    });
    expect(at[0][0]).to.be.below(at[1][0]);
    expect(at[1][0]).to.be.below(at[2][0]);
    expect(at[0][1]).to.be.above(at[1][1]);
    expect(at[1][1]).to.be.above(at[2][1]);
  });
});
