// Renderers called directly (pioneer-viz/renderers) with bad input (from an audit of a developer
// drawing into their own SVGs): a drawing at sizes that are numbers, or an error naming the input.
import { expect } from '@esm-bundle/chai';
import { bundledDataset, sitesOf, distribution, publishedSeries, rowsOf } from '../../src/data/index.js';
import { renderBarrierStack, renderTrend, renderCompare, renderSiteMap, type StackItem, type TrendSeries, type CompareData } from '../../src/renderers/index.js';
import type { ObservationRow } from '../../src/data/index.js';
import { compareTable, TABLE_5_2_GROUPS } from './compare-data.js';

const NS = 'http://www.w3.org/2000/svg';
const drawnInto: SVGSVGElement[] = [];
const attached = (): SVGSVGElement => {
  const s = document.createElementNS(NS, 'svg') as SVGSVGElement;
  document.body.appendChild(s);
  drawnInto.push(s);
  return s;
};
/** The README/JSDoc example's items. */
function stackItems(year = 2019, measure = 'barrier'): { responses: string[]; items: StackItem[] } {
  const d = distribution(bundledDataset(), measure, year);
  return { responses: d.responses, items: d.items.map((i) => ({ ...i, bars: [{ year, cells: i.cells }] })) };
}
const qualityOfCare = (): TrendSeries[] => [{ item: 'quality-of-care', label: 'Quality of care', points: [...publishedSeries('objective', 'quality-of-care', 'selected')], colorIndex: 0 }];
/** 2019 report Table 5.2 (as test/renderers/compare.test.ts builds it). */
const table52 = () => compareTable('barrier', 'very', TABLE_5_2_GROUPS);
const aRow = (o: Partial<ObservationRow> = {}): ObservationRow => ({ ...rowsOf(bundledDataset(), 'barrier').find((r) => r.year === 2019 && r.group === 'all' && r.response === 'very')!, ...o });

/** Either a drawing with finite geometry, or an error whose message names the bad input. */
function drawsOrExplains(draw: () => unknown, svg: SVGSVGElement, names: RegExp): void {
  let error: unknown;
  try { draw(); } catch (e) { error = e; }
  if (error) {
    expect(error, String(error)).to.not.be.instanceOf(TypeError);
    expect(String(error)).to.match(names);
  } else {
    expect(svg.getAttribute('viewBox'), 'viewBox').to.not.match(/NaN/);
  }
}

describe('renderers given bad input: a drawing or an error naming it, never NaN coordinates or a TypeError', () => {
  afterEach(() => drawnInto.splice(0).forEach((s) => s.remove()));

  it('renderBarrierStack with a NaN value: a clear error or a drawing, not "reading \'row\'"', () => {
    const svg = attached();
    const items: StackItem[] = [{ item: 'x', label: 'X', order: 1, bars: [{ year: 2019, cells: { very: aRow({ value: NaN }), fairly: aRow({ response: 'fairly', value: 40 }) } }] }];
    drawsOrExplains(() => renderBarrierStack(svg, items, { width: 640, measure: 'barrier' }), svg, /NaN|value/i);
  });

  for (const [name, draw] of [
    ['renderBarrierStack', (svg: SVGSVGElement) => renderBarrierStack(svg, stackItems().items, { width: NaN, measure: 'barrier' })],
    ['renderTrend', (svg: SVGSVGElement) => renderTrend(svg, qualityOfCare(), { width: NaN })],
    ['renderCompare', (svg: SVGSVGElement) => renderCompare(svg, table52(), { width: NaN })],
    ['renderSiteMap', (svg: SVGSVGElement) => renderSiteMap(svg, sitesOf(bundledDataset()), { width: NaN })],
  ] as const) {
    it(`${name} with width NaN: a clear error or a drawing, not viewBox "0 0 NaN …"`, () => {
      const svg = attached();
      drawsOrExplains(() => draw(svg), svg, /width/i);
    });
  }

  for (const [name, draw] of [
    ['renderBarrierStack', (svg: SVGSVGElement) => renderBarrierStack(svg, stackItems().items, { width: 640, height: NaN, measure: 'barrier' })],
    ['renderTrend', (svg: SVGSVGElement) => renderTrend(svg, qualityOfCare(), { width: 640, height: NaN })],
    ['renderCompare', (svg: SVGSVGElement) => renderCompare(svg, table52(), { width: 640, height: NaN })],
  ] as const) {
    it(`${name} with height NaN is drawn at the height it needs (as renderSiteMap does)`, () => {
      const svg = attached();
      drawsOrExplains(() => draw(svg), svg, /height/i);
    });
  }

  it('a missing label: a clear error, not "Cannot read properties of undefined (reading \'replace\')"', () => {
    const cases: [string, (svg: SVGSVGElement) => unknown][] = [
      ['stack', (svg) => renderBarrierStack(svg, [{ item: 'x', order: 1, bars: [{ year: 2019, cells: { very: aRow() } }] } as unknown as StackItem], { width: 640, measure: 'barrier' })],
      ['trend', (svg) => renderTrend(svg, [{ ...qualityOfCare()[0], label: undefined } as unknown as TrendSeries], { width: 640 })],
      ['compare', (svg) => renderCompare(svg, { ...table52(), items: [{ ...table52().items[0], label: undefined }] } as unknown as CompareData, { width: 640 })],
    ];
    const failures: string[] = [];
    for (const [name, draw] of cases) {
      const svg = attached();
      try { draw(svg); } catch (e) { if (e instanceof TypeError) failures.push(`${name}: ${e.message}`); }
    }
    expect(failures).to.deep.equal([]);
  });

  it('renderSiteMap with an unknown colorBy: an error naming the valid encodings, not "Cannot read properties of undefined"', () => {
    const svg = attached();
    let error: unknown;
    try { renderSiteMap(svg, sitesOf(bundledDataset()), { width: 640, colorBy: 'region' as 'wave' }); } catch (e) { error = e; }
    expect(error, 'an error').to.be.instanceOf(RangeError);
    expect(String(error)).to.match(/colorBy "region".*wave, deprivation/);
    // A name every object has is not an encoding either.
    let inherited: unknown;
    try { renderSiteMap(attached(), sitesOf(bundledDataset()), { width: 640, colorBy: 'toString' as 'wave' }); } catch (e) { inherited = e; }
    expect(String(inherited)).to.match(/^RangeError: renderSiteMap: colorBy "toString" is not one of wave, deprivation/);
  });

  it('renderSiteMap with a site without map position: the grid places it on a tile of its own below the others; the map names it', () => {
    const sites = sitesOf(bundledDataset());
    const unplaced = { ...sites[0], id: 'newtown', name: 'Newtown', x: undefined as unknown as number, y: undefined as unknown as number };
    const grid = attached();
    renderSiteMap(grid, [...sites, unplaced], { width: 640, layout: 'grid' });
    const [, , , H] = grid.getAttribute('viewBox')!.split(' ').map(Number);
    expect(H, 'grid height').to.be.finite.and.above(0);
    for (const el of grid.querySelectorAll('[transform], rect, text')) {
      for (const a of ['transform', 'x', 'y', 'width', 'height']) expect(el.getAttribute(a) ?? '', `${el.localName} ${a}`).to.not.match(/NaN/);
    }
    const tiles = [...grid.querySelectorAll('[data-key]')];
    expect(tiles.length, 'a tile for every site').to.equal(sites.length + 1);
    const map = attached();
    let error: unknown;
    try { renderSiteMap(map, [...sites, unplaced], { width: 640 }); } catch (e) { error = e; }
    expect(error, 'an error').to.be.instanceOf(RangeError);
    expect(String(error)).to.match(/Newtown has no map position/);
  });

  it('renderTrend with colorIndex -1: a clear error or a drawing, not "type is not a function"', () => {
    const svg = attached();
    drawsOrExplains(() => renderTrend(svg, [{ ...qualityOfCare()[0], colorIndex: -1 }], { width: 640 }), svg, /colorIndex/i);
  });
  it('a first series with fewer years (item first asked in 2018) does not pile the others\' points at x=0', () => {
    const [q] = qualityOfCare(); // 2016–2020, values in 2017–2019
    const newer: TrendSeries = { item: 'newer', label: 'Newer item', points: q.points.filter((p) => p.year >= 2018), colorIndex: 1 };
    const svg = attached();
    const result = renderTrend(svg, [newer, { ...q, colorIndex: 0 }], { width: 640 });
    const left = Number(svg.querySelector('.y-axis line')!.getAttribute('x1')); // the plot's left edge
    const outside = [...svg.querySelectorAll('path.point, path.gap-mark')].map((p) => [p.getAttribute('data-key'), Number(/translate\(([-\d.]+)/.exec(p.getAttribute('transform')!)![1])] as const).filter(([, x]) => x < left);
    expect(outside, 'marks left of the plot').to.deep.equal([]);
    expect(result.marks.filter((m) => m.anchor[0] < left).map((m) => m.key)).to.deep.equal([]);
  });
  it('renderTrend: a point of a year the explicit `years` leave out is not drawn (at the axis\'s left edge, before)', () => {
    const svg = attached();
    const result = renderTrend(svg, qualityOfCare(), { width: 640, years: [2018, 2019, 2020] });
    expect(result.marks.map((m) => m.key).some((k) => /2016|2017/.test(k))).to.equal(false);
    expect([...svg.querySelectorAll('.x-axis text')].map((t) => t.textContent)).to.deep.equal(['2018', '2019', '2020']);
  });
});

/** An app page whose text is `px` (no element CSS: the renderers' own attributes only). */
function withPageFont<T>(px: number, f: () => T): T {
  document.body.style.fontSize = `${px}px`;
  try {
    return f();
  } finally {
    document.body.style.fontSize = '';
  }
}

/** Texts whose drawn box leaves the SVG's viewBox (an inline SVG clips them). */
function textsOutside(svg: SVGSVGElement): string[] {
  const [, , W, H] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  const out: string[] = [];
  for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
    if (!t.textContent) continue;
    const b = t.getBBox();
    const m = svg.getScreenCTM()!.inverse().multiply(t.getScreenCTM()!);
    const x0 = m.a * b.x + m.e, x1 = m.a * (b.x + b.width) + m.e, y0 = m.d * b.y + m.f, y1 = m.d * (b.y + b.height) + m.f;
    if (x0 < -0.5 || x1 > W + 0.5 || y0 < -0.5 || y1 > H + 0.5) out.push(`"${t.textContent.slice(0, 24)}" x ${x0.toFixed(0)}–${x1.toFixed(0)}, y ${y0.toFixed(0)}–${y1.toFixed(0)} (viewBox ${W}×${H})`);
  }
  return out;
}

describe('renderers without the elements\' CSS: text at the size it is laid out for, whatever the page\'s', () => {
  afterEach(() => drawnInto.splice(0).forEach((s) => s.remove()));

  it('renderBarrierStack on a 24px page: every text inside the viewBox (control: passes)', () => {
    withPageFont(24, () => {
      const svg = attached();
      const { items, responses } = stackItems();
      renderBarrierStack(svg, items, { width: 640, measure: 'barrier', responses });
      expect(textsOutside(svg)).to.deep.equal([]);
    });
  });

  it('renderTrend on a 24px page: every text inside the viewBox', () => {
    withPageFont(24, () => {
      const svg = attached();
      renderTrend(svg, qualityOfCare(), { width: 640 });
      expect(textsOutside(svg)).to.deep.equal([]);
    });
  });

  it('renderTrend({ fontSize: 20 }): axis labels are drawn at the size the margins were laid out for', () => {
    const svg = attached();
    renderTrend(svg, qualityOfCare(), { width: 640, fontSize: 20 });
    const sizes = [...svg.querySelectorAll('.x-axis text, .y-axis text')].map((t) => getComputedStyle(t).fontSize);
    expect([...new Set(sizes)]).to.deep.equal(['20px']);
  });

  it('renderCompare on a 24px page: item labels stay in their column, notes and legend inside the viewBox', () => {
    withPageFont(24, () => {
      const svg = attached();
      renderCompare(svg, table52(), { width: 800 });
      const plotLeft = Number(svg.querySelector('rect.bar')!.getAttribute('x'));
      const intoBars = [...svg.querySelectorAll<SVGTextElement>('text.item-label')].filter((t) => { const b = t.getBBox(); return b.x + b.width > plotLeft; }).map((t) => t.textContent!.slice(0, 30));
      expect(intoBars, `item labels reaching past x=${plotLeft}`).to.deep.equal([]);
      expect(textsOutside(svg)).to.deep.equal([]);
    });
  });

  it('renderCompare({ fontSize: 20 }): item labels at 0.86 × 20px, as their wrapping assumes', () => {
    const svg = attached();
    renderCompare(svg, table52(), { width: 800, fontSize: 20 });
    expect(getComputedStyle(svg.querySelector('text.item-label')!).fontSize).to.equal('17.2px');
  });
});

describe('renderers without the elements\' CSS on a dark app page: text in the page\'s colour, not black', () => {
  afterEach(() => {
    drawnInto.splice(0).forEach((s) => s.remove());
    document.body.style.color = '';
    document.body.style.background = '';
  });
  const LIGHT = 'rgb(240, 240, 240)';
  const cases: [string, (svg: SVGSVGElement) => unknown][] = [
    ['renderBarrierStack', (svg) => renderBarrierStack(svg, stackItems().items, { width: 640, measure: 'barrier', responses: stackItems().responses })],
    ['renderTrend', (svg) => renderTrend(svg, qualityOfCare(), { width: 640 })],
    ['renderCompare', (svg) => renderCompare(svg, table52(), { width: 800 })],
    ['renderSiteMap', (svg) => renderSiteMap(svg, sitesOf(bundledDataset()), { width: 640 })],
    ['renderSiteMap grid', (svg) => renderSiteMap(svg, sitesOf(bundledDataset()), { width: 640, layout: 'grid' })],
  ];
  for (const [name, draw] of cases) {
    it(`${name}: every text without a colour of its own (labels, axes, legend) is drawn in the page's text colour`, () => {
      document.body.style.color = LIGHT;
      document.body.style.background = '#111';
      const svg = attached();
      draw(svg);
      // A text with its own fill (a segment's value on its colour, a badge) keeps it; the rest
      // were black (the SVG initial fill) on the dark page.
      const own = (t: Element) => t.closest('[fill]:not(svg)');
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent && !own(t));
      expect(texts.length, 'texts checked').to.be.above(3);
      const black = texts.filter((t) => getComputedStyle(t).fill !== LIGHT).map((t) => `"${t.textContent!.slice(0, 20)}" ${getComputedStyle(t).fill}`);
      expect(black).to.deep.equal([]);
    });
  }
});
