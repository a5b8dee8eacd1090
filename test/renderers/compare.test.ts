/**
 * renderCompare draws into a detached SVG. Expectations come from the 2019 report's text
 * (Tables 5.2 and 5.3 and the prose around them), not from the data files.
 */
import { expect } from '@esm-bundle/chai';
import { wilsonInterval } from '../../src/data/wilson.js';
import { COMPARE_DEFAULTS, renderCompare, sortCompareItems } from '../../src/renderers/compare.js';
import { compareTable, TABLE_5_2_GROUPS } from './compare-data.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const detached = () => document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;


const table = compareTable;
const ORG = TABLE_5_2_GROUPS;
const table52 = () => table('barrier', 'very', ORG);
const bar = (svg: SVGSVGElement, key: string) => svg.querySelector<SVGRectElement>(`rect.bar[data-key="${key}"]`)!;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const legendTexts = (svg: SVGSVGElement) => [...svg.querySelectorAll('g.legend-entry text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());

describe('renderCompare', () => {
  it('renderCompare(svg, Table 5.2) draws one bar per item and group, 13 × 3, each a mark with data-key item|group', () => {
    const svg = detached();
    const result = renderCompare(svg, table52(), { width: 800 });
    expect(svg.querySelectorAll('rect.bar')).to.have.length(39);
    expect(result.marks).to.have.length(39);
    expect(result.rows).to.have.length(39);
    for (const m of result.marks) expect(svg.querySelector(`[data-key="${m.key}"]`), m.key).to.not.equal(null);
    // 2019 report Table 5.2: significant financial constraints, CCG/NHS 36, LA 57, Other 40.
    expect(num(bar(svg, 'financial-constraints|organisation:ccg-nhs'), 'data-value')).to.equal(36);
    expect(num(bar(svg, 'financial-constraints|organisation:la'), 'data-value')).to.equal(57);
    expect(num(bar(svg, 'financial-constraints|organisation:other'), 'data-value')).to.equal(40);
  });

  it('names every group with its base n (Table 5.2: CCG/NHS=28; LA=21; Other=15) and marks each base under 30', () => {
    const svg = detached();
    renderCompare(svg, table52(), { width: 800 });
    expect(legendTexts(svg)).to.deep.equal([
      'CCG/NHS (n=28) ⚠ small base',
      'Local authority (n=21) ⚠ small base',
      'Other (n=15) ⚠ small base',
    ]);
    const notes = [...svg.querySelectorAll('text.note')].map((t) => t.textContent).join(' ');
    expect(notes).to.contain("fewer than 30 informants in the group (this chart's cut-off, not the report's). The report warns that with its few informants the numbers in its sub-groups are small, so comparisons between them need to be treated with caution.");
  });

  it('puts no caution on bases of 30 or more (Table 5.3: less deprived=34, more deprived=30)', () => {
    const svg = detached();
    renderCompare(svg, table('barrier', 'very', ['deprivation:less', 'deprivation:more']), { width: 800 });
    expect(legendTexts(svg)).to.deep.equal(['Less deprived sites (n=34 informants)', 'More deprived sites (n=30 informants)']);
    expect(svg.querySelector('.caution')).to.equal(null);
    expect([...svg.querySelectorAll('text.note')].map((t) => t.textContent).join(' ')).to.not.contain('caution');
  });

  it('cautions only the small group (Table 5.3: less than 5 years=39, 5+ years=25)', () => {
    const svg = detached();
    renderCompare(svg, table('barrier', 'very', ['tenure:under-5', 'tenure:5-plus']), { width: 800 });
    expect(legendTexts(svg)).to.deep.equal(['Under 5 years in post (n=39)', '5+ years in post (n=25) ⚠ small base']);
  });

  it('bar lengths are proportional to the values (financial constraints: LA 57% vs CCG/NHS 36%)', () => {
    const svg = detached();
    renderCompare(svg, table52(), { width: 800 });
    const la = bar(svg, 'financial-constraints|organisation:la');
    const ccg = bar(svg, 'financial-constraints|organisation:ccg-nhs');
    expect(num(la, 'x')).to.equal(num(ccg, 'x'));
    expect(num(la, 'width') / num(ccg, 'width')).to.be.closeTo(57 / 36, 0.005);
    // GPs not fully committed: "-" for LA in Table 5.2, a zero-length bar.
    expect(num(bar(svg, 'gps-not-committed|organisation:la'), 'width')).to.equal(0);
  });

  it('groups differ by colour and texture and keep their position in every row', () => {
    const svg = detached();
    renderCompare(svg, table52(), { width: 800 });
    const fills = ORG.map((g) => bar(svg, `financial-constraints|${g}`).getAttribute('fill'));
    expect(new Set(fills).size).to.equal(3);
    expect(fills[1]).to.match(/^url\(#/);
    expect(svg.querySelectorAll('defs pattern')).to.have.length(2);
    for (const row of svg.querySelectorAll('g.row')) {
      const ys = ORG.map((g) => num(row.querySelector(`rect.bar[data-group="${g}"]`)!, 'y'));
      expect(ys[0]).to.be.lessThan(ys[1]);
      expect(ys[1]).to.be.lessThan(ys[2]);
    }
  });

  it('draws 95% Wilson intervals as whiskers only with showIntervals, and gives them in the labels', () => {
    const svg = detached();
    let result = renderCompare(svg, table52(), { width: 800 });
    expect(svg.querySelectorAll('g.interval')).to.have.length(0);
    expect(result.marks[0].label).to.not.contain('CI');
    result = renderCompare(svg, table52(), { width: 800, showIntervals: true });
    expect(svg.querySelectorAll('g.interval')).to.have.length(39);
    const la = bar(svg, 'financial-constraints|organisation:la');
    const whisker = la.parentElement!.querySelector('g.interval')!;
    const expected = wilsonInterval(57, 21);
    expect(Number(whisker.getAttribute('data-low'))).to.be.closeTo(expected.low, 0.01);
    expect(Number(whisker.getAttribute('data-high'))).to.be.closeTo(expected.high, 0.01);
    // The whisker sits on the bar's scale: its ends are at low and high on the same axis.
    const line = whisker.querySelector('line.whisker')!;
    const x0 = num(la, 'x');
    const perPoint = num(la, 'width') / 57;
    expect(num(line, 'x1')).to.be.closeTo(x0 + expected.low * perPoint, 0.01);
    expect(num(line, 'x2')).to.be.closeTo(x0 + expected.high * perPoint, 0.01);
    // Its halo edges the line by at most half a pixel a side: a bar the whisker crosses reads as
    // one bar with a line over it, not as a bar cut in two by a band of background.
    const halo = whisker.querySelector('path.halo')!;
    expect((num(halo, 'stroke-width') - Number(line.getAttribute('stroke-width'))) / 2).to.be.within(0.25, 0.5);
    const mark = result.marks.find((m) => m.key === 'financial-constraints|organisation:la')!;
    expect(mark.label).to.equal(
      'Significant financial constraints within the local health and social care economy, Local authority (n=21): 57% (95% CI 36–75%; 2019 report Table 5.2). Small base (under 30): treat differences with caution.',
    );
    expect([...svg.querySelectorAll('text.note')].map((t) => t.textContent).join(' ')).to.contain('Wilson score');
    // Turning them off again removes them (the same SVG, updated in place).
    renderCompare(svg, table52(), { width: 800 });
    expect(svg.querySelectorAll('g.interval')).to.have.length(0);
  });

  it('draws no interval where a base is not printed, and says so', () => {
    const svg = detached();
    const data = table('barrier', 'very', ORG, (r) => (r.group === 'organisation:other' ? { ...r, base: null } : r));
    const result = renderCompare(svg, data, { width: 800, showIntervals: true });
    expect(svg.querySelectorAll('g.interval')).to.have.length(26);
    expect(legendTexts(svg)[2]).to.equal('Other (n not printed)');
    const mark = result.marks.find((m) => m.key === 'financial-constraints|organisation:other')!;
    expect(mark.label).to.contain('base not printed, so no interval');
    expect([...svg.querySelectorAll('text.note')].map((t) => t.textContent).join(' ')).to.contain('No interval where the base is not printed');
  });

  it('sort: "gap" orders items by the absolute CCG/NHS–LA difference, largest first (ties in questionnaire order)', () => {
    const svg = detached();
    const result = renderCompare(svg, table52(), { width: 800, sort: 'gap' });
    const order = [...svg.querySelectorAll('g.row')].map((g) => g.getAttribute('data-item'));
    // Table 5.2 CCG/NHS vs LA: 36/57, 36/19, 21/10, 32/24, 21/14, 4/10, 14/19, 29/33, 4/–, 36/33, 7/5, 18/19, 4/5.
    expect(order).to.deep.equal([
      'financial-constraints', 'increased-demand', 'acute-not-engaged', 'incompatible-it', 'staff-shortages', 'pcns-not-aligning',
      'information-governance', 'financial-savings', 'gps-not-committed', 'competing-demands', 'staff-turnover', 'different-cultures',
      'insufficient-leadership',
    ]);
    const ys = [...svg.querySelectorAll('g.row')].map((g) => num(g.querySelector('rect.bar')!, 'y'));
    expect([...ys].sort((a, b) => a - b)).to.deep.equal(ys);
    // Marks and rows follow the drawn order; marks of one item share a series.
    expect(result.marks.slice(0, 3).map((m) => m.key)).to.deep.equal(ORG.map((g) => `financial-constraints|${g}`));
    expect(result.marks.slice(0, 3).map((m) => m.series)).to.deep.equal([0, 0, 0]);
    expect(result.rows.slice(3, 6).map((r) => r.item)).to.deep.equal(['increased-demand', 'increased-demand', 'increased-demand']);
  });

  it('sort: "gap" with gapGroups compares the two groups asked for', () => {
    const data = table52();
    const sorted = sortCompareItems(data.items, 'gap', ['organisation:la', 'organisation:other']);
    // LA vs Other: financial savings 33/13 and increased demand 19/43 differ most (20 and 24 points).
    expect(sorted.slice(0, 2).map((i) => i.item)).to.deep.equal(['increased-demand', 'financial-savings']);
  });

  it('sums up the largest gap from the data', () => {
    const result = renderCompare(detached(), table52(), { width: 800, subject: 'Very significant barriers by organisation type' });
    expect(result.summary).to.contain('The largest gap between CCG/NHS and local authority is for significant financial constraints');
    expect(result.summary).to.contain('CCG/NHS 36%, local authority 57% (21 points; 95% interval of the gap −7 to 45 points, which includes 0: chance alone could give a gap this large)');
    expect(result.summary).to.contain('All groups have a base under 30');
  });

  it('calling it twice updates rather than appends', () => {
    const svg = detached();
    renderCompare(svg, table52(), { width: 800, showIntervals: true });
    renderCompare(svg, table52(), { width: 600, showIntervals: true, sort: 'gap' });
    expect(svg.querySelectorAll('rect.bar')).to.have.length(39);
    expect(svg.querySelectorAll('g.legend-entry')).to.have.length(3);
    expect(svg.querySelectorAll('defs')).to.have.length(1);
    expect(svg.querySelectorAll('g.interval')).to.have.length(39);
    expect(svg.getAttribute('width')).to.equal('600');
  });

  it('wraps labels in full at 320 px (above the bars) and keeps every text inside the width', () => {
    const svg = detached();
    renderCompare(svg, table52(), { width: 320 });
    const charW = COMPARE_DEFAULTS.fontSize * COMPARE_DEFAULTS.labelSize * COMPARE_DEFAULTS.charWidth;
    const lineH = COMPARE_DEFAULTS.fontSize * COMPARE_DEFAULTS.labelSize * COMPARE_DEFAULTS.lineHeight;
    for (const row of table52().items) {
      const label = svg.querySelector(`g.row[data-item="${row.item}"] text.item-label`)!;
      const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent!.trim());
      expect(label.textContent).to.equal(row.label.replace(/\.\s*$/, ''));
      for (const l of lines) expect(l.length * charW).to.be.at.most(320);
      // Narrow layout: the label sits above its first bar.
      const firstBar = svg.querySelector(`g.row[data-item="${row.item}"] rect.bar`)!;
      expect(num(label, 'y') + (lines.length - 1) * lineH).to.be.lessThan(num(firstBar, 'y') + 1);
    }
    for (const rect of svg.querySelectorAll('rect.bar')) expect(num(rect, 'x') + num(rect, 'width')).to.be.at.most(320);
  });

  it('a larger height thickens the bars; a smaller one is ignored', () => {
    const svg = detached();
    renderCompare(svg, table52(), { width: 800 });
    const natural = num(svg, 'height');
    const thin = num(svg.querySelector('rect.bar')!, 'height');
    renderCompare(svg, table52(), { width: 800, height: natural + 400 });
    expect(num(svg, 'height')).to.equal(natural + 400);
    expect(num(svg.querySelector('rect.bar')!, 'height')).to.be.greaterThan(thin);
    renderCompare(svg, table52(), { width: 800, height: 100 });
    expect(num(svg, 'height')).to.equal(natural);
  });

  it('every focusable mark has a select detail of kind group with its ids', () => {
    const result = renderCompare(detached(), table52(), { width: 800 });
    expect(result.marks[1].detail).to.deep.equal({
      kind: 'group', measure: 'barrier', item: 'financial-constraints', year: 2019, group: 'organisation:la', response: 'very',
    });
  });
});
