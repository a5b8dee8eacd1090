import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import { distribution } from '../../src/data/query.js';
import {
  BARRIER_STACK_DEFAULTS,
  barrierStackSummary,
  renderBarrierStack,
  sortStackItems,
  type StackItem,
} from '../../src/renderers/barrier-stack.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const detachedSvg = () => document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;

/** Items of one year (and group) of a measure, straight from the query layer. */
function itemsOf(measure: string, year: number, group = 'all'): { items: StackItem[]; responses: string[] } {
  const d = distribution(bundledDataset(), measure, year, group);
  return {
    responses: d.responses,
    items: d.items.map((i) => ({ item: i.item, label: i.label, order: i.order, bars: [{ year, cells: i.cells }] })),
  };
}

const plotOf = (svg: SVGSVGElement) => {
  const g = svg.querySelector('g.plot-area')!;
  return { x0: Number(g.getAttribute('data-x0')), x1: Number(g.getAttribute('data-x1')), zero: Number(g.getAttribute('data-zero')) };
};
const seg = (svg: SVGSVGElement, key: string) => svg.querySelector<SVGRectElement>(`rect.seg[data-key="${key}"]`)!;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));

describe('renderBarrierStack', () => {
  it('renderBarrierStack(svg, items, {width}) has the documented defaults', () => {
    expect(BARRIER_STACK_DEFAULTS.narrowWidth).to.equal(480);
    expect(BARRIER_STACK_DEFAULTS.fontSize).to.equal(14);
  });

  it('renderBarrierStack(detachedSvg, barriers 2019) draws 13 bars of 4 segments, one mark per segment', () => {
    const svg = detachedSvg();
    const { items, responses } = itemsOf('barrier', 2019);
    const result = renderBarrierStack(svg, items, { width: 800, measure: 'barrier', responses });
    expect(svg.querySelectorAll('g.row')).to.have.length(13);
    expect(svg.querySelectorAll('rect.seg')).to.have.length(52);
    expect(result.marks).to.have.length(52);
    for (const m of result.marks) expect(svg.querySelectorAll(`[data-key="${m.key}"]`), m.key).to.have.length(1);
  });

  it('renderBarrierStack called twice on the same SVG updates in place and never duplicates marks', () => {
    const svg = detachedSvg();
    const { items, responses } = itemsOf('barrier', 2019);
    renderBarrierStack(svg, items, { width: 800, measure: 'barrier', responses });
    const first = seg(svg, 'financial-constraints|2019|very');
    const result = renderBarrierStack(svg, items, { width: 600, measure: 'barrier', responses, sort: 'alphabetical' });
    expect(svg.querySelectorAll('g.row')).to.have.length(13);
    expect(svg.querySelectorAll('rect.seg')).to.have.length(52);
    expect(svg.querySelectorAll('g.legend-item')).to.have.length(4);
    expect(svg.querySelectorAll('g.plot-area')).to.have.length(1);
    // One pattern per textured response drawn (fairly: lines; not: hatched; don't know: dotted), not per draw.
    expect(svg.querySelectorAll('defs pattern')).to.have.length(3);
    expect(result.marks).to.have.length(52);
    // The same element was updated, not replaced.
    expect(seg(svg, 'financial-constraints|2019|very')).to.equal(first);
    expect(svg.getAttribute('viewBox')).to.match(/^0 0 600 /);
  });

  it('another year redraws the same bars: a segment moves to the new year’s value (its transition runs), its value label keeps its text node', () => {
    const svg = detachedSvg();
    const y2019 = itemsOf('barrier', 2019);
    renderBarrierStack(svg, y2019.items, { width: 900, measure: 'barrier', responses: y2019.responses });
    const before = seg(svg, 'financial-constraints|2019|very');
    const label = before.parentElement!.querySelector('text.seg-label')!;
    const labelText = label.firstChild;
    expect(label.textContent).to.equal('44%');
    const y2020 = itemsOf('barrier', 2020);
    renderBarrierStack(svg, y2020.items, { width: 900, measure: 'barrier', responses: y2020.responses });
    const after = seg(svg, 'financial-constraints|2020|very');
    expect(after).to.equal(before);
    expect(svg.querySelector('[data-key="financial-constraints|2019|very"]')).to.equal(null);
    expect(after.closest('g.bar')!.getAttribute('data-year')).to.equal('2020');
    const value = y2020.items.find((i) => i.item === 'financial-constraints')!.bars[0].cells.very!.value;
    const { x0, x1 } = plotOf(svg);
    expect(num(after, 'width')).to.be.closeTo((value / 100) * (x1 - x0), 1);
    expect(after.getAttribute('data-value')).to.equal(String(value));
    expect(label.firstChild).to.equal(labelText);
    expect(label.textContent).to.equal(`${value}%`);
  });

  it('a segment spans its printed percent of the 0–100 scale (Table 5.1: financial constraints, very significant 44%)', () => {
    const svg = detachedSvg();
    const { items, responses } = itemsOf('barrier', 2019);
    renderBarrierStack(svg, items, { width: 900, measure: 'barrier', responses });
    const { x0, x1 } = plotOf(svg);
    const very = seg(svg, 'financial-constraints|2019|very');
    expect(num(very, 'width')).to.be.closeTo(0.44 * (x1 - x0), 1);
    expect(num(very, 'x')).to.be.closeTo(x0, 0.01);
    // Segments follow each other: fairly starts where very ends.
    const fairly = seg(svg, 'financial-constraints|2019|fairly');
    expect(num(fairly, 'x')).to.be.closeTo(num(very, 'x') + num(very, 'width'), 0.02);
  });

  it('a textured response is one element: its segment is filled by a pattern of its colour and its texture', () => {
    const svg = detachedSvg();
    const { items, responses } = itemsOf('barrier', 2019);
    renderBarrierStack(svg, items, { width: 800, measure: 'barrier', responses });
    const fills: Record<string, string> = {};
    for (const r of svg.querySelectorAll('rect.seg')) fills[r.getAttribute('data-response')!] = r.getAttribute('fill')!;
    // Very significant is a plain colour; fairly has vertical lines, not significant is hatched, don't know dotted.
    expect(Object.keys(fills)).to.have.members(['very', 'fairly', 'not', 'dont-know']);
    expect(fills.very).to.equal('var(--pioneer-response-very, var(--_response-very, #08519C))');
    const patternOf = (response: string) => {
      const id = /^url\(#(.+)\)$/.exec(fills[response])?.[1];
      expect(id, response).to.be.a('string');
      return svg.querySelector(`defs pattern[id="${id}"]`)!;
    };
    const fairly = patternOf('fairly');
    expect(fairly.querySelector('rect')!.getAttribute('fill')).to.equal('var(--pioneer-response-fairly, #7DB7E0)');
    expect(fairly.querySelector('path')!.getAttribute('d')).to.equal('M3,0 v6');
    const not = patternOf('not');
    expect(not.querySelector('rect')!.getAttribute('fill')).to.equal('var(--pioneer-response-not, #FDB47A)');
    expect(not.querySelector('path')!.getAttribute('d')).to.equal('M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2');
    const dontKnow = patternOf('dont-know');
    expect(dontKnow.querySelector('rect')!.getAttribute('fill')).to.equal('var(--pioneer-response-dont-know, #8C8C8C)');
    expect(dontKnow.querySelectorAll('circle')).to.have.length(1);
    // Nothing is drawn over the segments: no overlay elements.
    expect(svg.querySelectorAll('g.bar > :not(rect.seg):not(text)')).to.have.length(0);
    // The legend swatches use the same fills.
    const swatch = svg.querySelector('g.legend-item[data-response="not"] rect.swatch')!;
    expect(swatch.getAttribute('fill')).to.equal(fills.not);
  });

  it('value labels are hidden from assistive technology (the marks announce them); item labels are not', () => {
    const svg = detachedSvg();
    const { items, responses } = itemsOf('barrier', 2019);
    renderBarrierStack(svg, items, { width: 800, measure: 'barrier', responses });
    const labels = [...svg.querySelectorAll('text.seg-label')];
    expect(labels.length).to.be.greaterThan(40);
    expect(labels.filter((t) => !t.closest('[aria-hidden="true"]')).map((t) => t.textContent)).to.deep.equal([]);
    const itemLabels = [...svg.querySelectorAll('text.item-label')];
    expect(itemLabels).to.have.length(13);
    expect(itemLabels.filter((t) => t.closest('[aria-hidden="true"]'))).to.have.length(0);
  });

  it('two charts in one document never share a pattern id', () => {
    const a = detachedSvg();
    const b = detachedSvg();
    const { items, responses } = itemsOf('barrier', 2019);
    renderBarrierStack(a, items, { width: 800, measure: 'barrier', responses });
    renderBarrierStack(b, items, { width: 800, measure: 'barrier', responses });
    const ids = (svg: SVGSVGElement) => [...svg.querySelectorAll('pattern')].map((p) => p.id);
    expect(ids(a)).to.have.length(3);
    expect(ids(a).filter((id) => ids(b).includes(id))).to.deep.equal([]);
  });

  it('sortStackItems orders by the most severe response, then questionnaire order', () => {
    const { items } = itemsOf('barrier', 2019);
    const ids = sortStackItems(items, 'severity', 'very').map((i) => i.item);
    // Table 5.1 'very significant': 44, 34, 32, 31, 27 … 5, 3.
    expect(ids.slice(0, 4)).to.deep.equal(['financial-constraints', 'competing-demands', 'increased-demand', 'incompatible-it']);
    expect(ids[ids.length - 1]).to.equal('gps-not-committed');
    expect(sortStackItems(items, 'questionnaire', 'very')[2].item).to.equal('incompatible-it');
  });

  it('barrierStackSummary names the top item with its percent and base', () => {
    const { items, responses } = itemsOf('barrier', 2019);
    const text = barrierStackSummary(items, { measure: 'barrier', responses });
    expect(text).to.contain('In 2019 the barrier most often rated very significant was significant financial constraints');
    expect(text).to.contain('(44% of 64)');
  });

  it('diverging: positive responses end and negative ones start at the centre line', () => {
    const svg = detachedSvg();
    const { items, responses } = itemsOf('facilitator', 2019);
    renderBarrierStack(svg, items, { width: 900, measure: 'facilitator', responses, diverging: true });
    const { zero, x0, x1 } = plotOf(svg);
    expect(zero).to.be.closeTo((x0 + x1) / 2, 0.5);
    for (const row of svg.querySelectorAll('g.row')) {
      const item = row.getAttribute('data-item');
      const fairly = row.querySelector('rect.seg[data-response="fairly"]')!;
      const notVery = row.querySelector('rect.seg[data-response="not-very"]')!;
      expect(num(fairly, 'x') + num(fairly, 'width'), item!).to.be.closeTo(zero, 0.05);
      expect(num(notVery, 'x'), item!).to.be.closeTo(zero, 0.05);
      // Don't know sits apart, right of the scale.
      expect(num(row.querySelector('rect.seg[data-response="dont-know"]')!, 'x')).to.be.greaterThan(x1);
    }
  });

  it('one published response: bars are that percent alone, on a 0–100 scale (Table 5.2, LA: 57%)', () => {
    const svg = detachedSvg();
    const { items, responses } = itemsOf('barrier', 2019, 'organisation:la');
    expect(responses).to.deep.equal(['very']);
    renderBarrierStack(svg, items, { width: 700, measure: 'barrier', responses, group: 'organisation:la' });
    const { x0, x1 } = plotOf(svg);
    expect(svg.querySelectorAll('rect.seg')).to.have.length(13);
    expect(num(seg(svg, 'financial-constraints|2019|very'), 'width')).to.be.closeTo(0.57 * (x1 - x0), 1);
    // 'GPs not fully committed' is a dash (0) for LAs: a zero-width bar, labelled after its end.
    expect(num(seg(svg, 'gps-not-committed|2019|very'), 'width')).to.equal(0);
    expect(svg.querySelector('g.row[data-item="gps-not-committed"] text.seg-label')!.textContent).to.equal('0%');
  });

  it('no negative sizes and value labels only where they fit, at 320 and 1000 px', () => {
    for (const width of [320, 1000]) {
      const svg = detachedSvg();
      const { items, responses } = itemsOf('barrier', 2020);
      renderBarrierStack(svg, items, { width, measure: 'barrier', responses });
      for (const r of svg.querySelectorAll('rect')) {
        expect(num(r, 'width'), `${width}`).to.be.at.least(0);
        if (r.hasAttribute('height')) expect(num(r, 'height')).to.be.at.least(0);
      }
      expect(svg.querySelector('g.plot-area')!.getAttribute('data-layout')).to.equal(width < 480 ? 'narrow' : 'wide');
    }
  });

  it("a segment's mark, read after the draw (its key, name, anchor and detail are built then), matches its segment, bar and figure", () => {
    // Two years to an item and a "New in" badge (the reports' groups are of 2019 alone), then a
    // group: every part of a bar's name.
    const y2020 = itemsOf('barrier', 2020);
    const y2019 = itemsOf('barrier', 2019);
    const paired: StackItem[] = y2020.items.map((i, n) => {
      const before = y2019.items.find((j) => j.item === i.item);
      return { ...i, newIn: n === 0 ? 2020 : null, bars: before ? [...i.bars, ...before.bars] : i.bars };
    });
    expect(paired.filter((i) => i.bars.length === 2)).to.have.length(13);
    for (const [items, group, responses] of [[paired, 'all', y2020.responses], [itemsOf('barrier', 2019, 'organisation:la').items, 'organisation:la', y2019.responses]] as const) {
    const svg = detachedSvg();
    const result = renderBarrierStack(svg, items, { width: 800, measure: 'barrier', responses, group });
    // Another draw into another SVG between: each chart's marks keep their own bars.
    renderBarrierStack(detachedSvg(), itemsOf('barrier', 2019).items, { width: 500, measure: 'barrier' });
    const segments = result.marks.filter((m) => !m.gap);
    expect(segments).to.have.length(svg.querySelectorAll('rect.seg').length);
    const seriesOf = new Map<string, number>();
    for (const m of segments) {
      const [item, yearText, response] = m.key.split('|');
      const year = Number(yearText);
      const rect = seg(svg, m.key);
      expect(rect, m.key).to.not.equal(null);
      const barG = rect.parentElement!;
      const rowG = barG.parentElement!;
      const translateY = (el: Element) => Number(/translate\([^,]+,([^)]+)\)/.exec(el.getAttribute('transform')!)![1]);
      expect(m.anchor[0], `${m.key} x`).to.be.closeTo(num(rect, 'x') + num(rect, 'width') / 2, 0.011);
      expect(m.anchor[1], `${m.key} y`).to.be.closeTo(translateY(rowG) + translateY(barG), 0.011);
      expect(m.detail).to.deep.equal({ kind: 'segment', measure: 'barrier', item, year, group, response });
      const row = result.rows.find((r) => r.item === item && r.year === year && r.response === response)!;
      expect(row, m.key).to.not.equal(undefined);
      expect(num(rect, 'data-value')).to.equal(row.value);
      const source = items.find((i) => i.item === item)!;
      const isNew = source.newIn === year;
      const at = group === 'all' ? `, ${year}: ` : `, ${year}, Local authority: `;
      expect(m.label.startsWith(`${source.label.slice(0, 20)}`), m.label).to.equal(true);
      expect(m.label, m.key).to.include(`${isNew ? ` (new in ${year})` : ''}${at}`).and.include(` ${row.value}%`).and.include(`; ${row.source_survey} report`);
      expect(m.label.includes(`(new in ${year})`), m.label).to.equal(isNew);
      // One series (keyboard row) to a bar, the same for all its segments.
      const bar = `${item}|${year}`;
      if (seriesOf.has(bar)) expect(m.series).to.equal(seriesOf.get(bar));
      else seriesOf.set(bar, m.series);
    }
    expect(new Set(seriesOf.values()).size).to.equal(seriesOf.size);
    expect(segments.some((m) => m.label.includes('(new in 2020)'))).to.equal(group === 'all');
    }
  });
});

