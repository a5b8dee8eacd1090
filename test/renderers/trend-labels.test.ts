/**
 * The trend's line-end labels: stacked without overlap, and always inside the plot's height,
 * wherever the lines end (all near 0%, all near 100%).
 */
import { expect } from '@esm-bundle/chai';
import { renderTrend, type TrendSeries } from '../../src/renderers/trend.js';
import type { ObservationRow } from '../../src/data/types.js';

const row = (item: string, year: number, value: number): ObservationRow => ({
  measure: 'objective', item, item_label: item, year, group: 'all', response: 'selected', value, unit: 'percent', base: 60, source_survey: 2019, source_table: '4.1',
});

function eightLinesEndingAt(value: number): TrendSeries[] {
  return Array.from({ length: 8 }, (_, i) => ({
    item: `item-${i}`,
    label: `Patients/service users item number ${i} with a label long enough to wrap onto two lines`,
    colorIndex: i,
    points: [2018, 2019].map((year) => ({ year, row: row(`item-${i}`, year, year === 2019 ? value : 50), reason: null, missing: null })),
  }));
}

describe('trend line-end labels', () => {
  for (const end of [1, 99]) {
    it(`eight two-line labels of lines all ending at ${end}%: inside the chart, none overlapping`, () => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.style.cssText = 'display: block; width: 800px; overflow: visible';
      document.body.append(svg);
      try {
        renderTrend(svg, eightLinesEndingAt(end), { width: 800 });
        const height = Number(svg.getAttribute('height'));
        const top = svg.getBoundingClientRect().top;
        const boxes = [...svg.querySelectorAll('.direct-label')].map((t) => t.getBoundingClientRect()).sort((a, b) => a.top - b.top);
        expect(boxes).to.have.length(8);
        expect(boxes[0].top - top, 'first label inside the top').to.be.at.least(-0.5);
        expect(boxes[7].bottom - top, 'last label above the foot').to.be.at.most(height + 0.5);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i].top, `label ${i}`).to.be.at.least(boxes[i - 1].bottom - 0.5);
        // Above the x axis: the x axis labels are under the plot.
        const axis = Math.min(...[...svg.querySelectorAll('.x-axis text')].map((t) => t.getBoundingClientRect().top));
        expect(boxes[7].bottom, 'above the year labels').to.be.at.most(axis + 0.5);
      } finally {
        svg.remove();
      }
    });
  }
});
