/**
 * The trend's points of equal (or nearly equal) value in a year: set side by side, so that
 * none hides another, their lines meeting them there, and kept inside the plot at its first
 * and last years (off the y axis's labels and the line-end labels).
 */
import { expect } from '@esm-bundle/chai';
import { renderTrend, type TrendSeries } from '../../src/renderers/trend.js';
import type { ObservationRow } from '../../src/data/types.js';

const row = (item: string, year: number, value: number): ObservationRow => ({
  measure: 'objective', item, item_label: item, year, group: 'all', response: 'selected', value, unit: 'percent', base: 60, source_survey: 2019, source_table: '4.1',
});

/** Eight lines from `from`% in 2017 to `to`% in 2019, each with its own value in 2018 (10, 20, … 80). */
const eightLines = (from: number, to: number): TrendSeries[] =>
  Array.from({ length: 8 }, (_, i) => ({
    item: `item-${i}`,
    label: `Item ${i}`,
    colorIndex: i,
    points: [2017, 2018, 2019].map((year) => ({ year, row: row(`item-${i}`, year, year === 2017 ? from : year === 2019 ? to : 10 * (i + 1)), reason: null, missing: null })),
  }));

const overlap = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

function drawn(series: TrendSeries[], width: number): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.style.cssText = `display: block; width: ${width}px; overflow: visible`;
  document.body.append(svg);
  renderTrend(svg, series, { width });
  return svg;
}

describe('trend points that would hide one another', () => {
  for (const width of [800, 480]) {
    it(`eight lines equal in the first and last years (${width} px): every point shows, inside the plot, each line through its own`, () => {
      const svg = drawn(eightLines(40, 40), width);
      try {
        const points = (year: number) => [...svg.querySelectorAll<SVGPathElement>(`path.point[data-year="${year}"]`)];
        for (const year of [2017, 2019]) {
          const boxes = points(year).map((p) => p.getBoundingClientRect());
          expect(boxes, String(year)).to.have.length(8);
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${year}: points ${i} and ${j}`).to.equal(0);
        }
        // The first year's points right of the y axis's labels, the last year's left of the line-end labels' markers.
        const yLabels = Math.max(...[...svg.querySelectorAll('.y-axis text')].map((t) => t.getBoundingClientRect().right));
        expect(Math.min(...points(2017).map((p) => p.getBoundingClientRect().left)), 'first year inside the plot').to.be.at.least(yLabels);
        const markers = [...svg.querySelectorAll('.direct-marker')].map((m) => m.getBoundingClientRect().left);
        if (markers.length) expect(Math.max(...points(2019).map((p) => p.getBoundingClientRect().right)), 'last year left of the labels').to.be.at.most(Math.min(...markers));
        // 2018's values are 10 points apart: those stay on their year.
        const x2018 = new Set(points(2018).map((p) => /translate\(([^,]+),/.exec(p.getAttribute('transform')!)![1]));
        expect(x2018.size, '2018 points on one x').to.equal(1);
        // Each line's vertices are its own points.
        for (const g of svg.querySelectorAll('g.line-series')) {
          const vertices = (g.querySelector('path.line')!.getAttribute('d') ?? '').match(/-?[\d.]+,-?[\d.]+/g)!;
          const at = [...g.querySelectorAll('path.point')].map((p) => /translate\(([^)]+)\)/.exec(p.getAttribute('transform')!)![1]);
          expect(vertices.map((v) => v.split(',').map((n) => Math.round(Number(n) * 10) / 10).join()), g.getAttribute('data-item')!).to.deep.equal(at.map((v) => v.split(',').map((n) => Math.round(Number(n) * 10) / 10).join()));
        }
      } finally {
        svg.remove();
      }
    });
  }

  for (const width of [320, 480]) {
    it(`six lines equal in a middle year at ${width} px (of five years): set side by side, smaller where the years are close, none over another`, () => {
      const six: TrendSeries[] = Array.from({ length: 6 }, (_, i) => ({
        item: `item-${i}`,
        label: `Item ${i}`,
        colorIndex: i,
        points: [2016, 2017, 2018, 2019, 2020].map((year) => ({ year, row: row(`item-${i}`, year, year === 2018 ? 50 : 12 * (i + 1)), reason: null, missing: null })),
      }));
      const svg = drawn(six, width);
      try {
        const boxes = [...svg.querySelectorAll<SVGPathElement>('path.point[data-year="2018"]')].map((p) => p.getBoundingClientRect());
        expect(boxes).to.have.length(6);
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `points ${i} and ${j}`).to.equal(0);
        // Within the space between 2018's neighbours' points.
        const x = (year: number) => Math.max(...[...svg.querySelectorAll(`path.point[data-year="${year}"]`)].map((p) => p.getBoundingClientRect().right));
        const left = (year: number) => Math.min(...[...svg.querySelectorAll(`path.point[data-year="${year}"]`)].map((p) => p.getBoundingClientRect().left));
        expect(Math.min(...boxes.map((b) => b.left)), 'right of 2017').to.be.above(x(2017));
        expect(Math.max(...boxes.map((b) => b.right)), 'left of 2019').to.be.below(left(2019));
      } finally {
        svg.remove();
      }
    });
  }

  it('a diamond 2 points above a square (the objectives of 2017, 54% and 52%): taller than wide, its tip would sit on the square; set side by side', () => {
    const two: TrendSeries[] = [1, 3].map((colorIndex, i) => ({
      item: `item-${i}`,
      label: `Item ${i}`,
      colorIndex,
      points: [2017, 2018, 2019].map((year) => ({ year, row: row(`item-${i}`, year, year === 2017 ? [52, 54][i] : 20 + 70 * i), reason: null, missing: null })),
    }));
    const svg = drawn(two, 1000);
    try {
      const [square, diamond] = [...svg.querySelectorAll<SVGPathElement>('path.point[data-year="2017"]')].map((p) => p.getBoundingClientRect());
      expect(overlap(square, diamond)).to.equal(0);
    } finally {
      svg.remove();
    }
  });
});

