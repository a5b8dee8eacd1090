/**
 * <barrier-stack>'s bars with no figure for a response their year gives other items (a figure a
 * researcher's file suppresses or leaves out): each such cell is a gap of the chart's result, so
 * its Data (CSV) has a row for it where the segment would be drawn (no value or base, the reason
 * as its note), its Table view gives the reason in the cell, the bar's name says the response
 * has no figure, a note under the chart names the bars and says why, and the bar shows it: a
 * hollow, dashed marker where its segment would start, sized by nothing, "no figure" under it,
 * a keyboard stop whose tooltip gives the reason. The bundled reports'
 * tables print every response of every item (no such cell: their CSVs are as before), so the
 * cells come from a researcher's rows: four 2021 barriers, two figures left out.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { STACK_MEASURES } from '../../src/components/barrier-stack/stack-measures.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { groupsOf, yearsOf } from '../../src/data/query.js';
import { parseCsv } from '../../src/data/csv.js';
import { cleanup, drawn, mount, tableGapCells, tabIntoChart } from '../helpers.js';

const RESPONSES = ['very', 'fairly', 'not', 'dont-know'];
/**
 * Very, fairly, not, don't know, of 52 informants (each a whole number of them): Barrier A's
 * add up to 101 (21, 19, 6 and 6 informants, each rounded), the others' to 100.
 */
const VALUES: Record<string, number[]> = { a: [40, 37, 12, 12], b: [19, 40, 31, 10], c: [50, 29, 15, 6], d: [29, 38, 25, 8] };
/** The figures left out: Barrier B's 'fairly significant' (its other figures add up to 60), Barrier C's "don't know" (94). */
const LEFT_OUT = ['b|fairly', 'c|dont-know'];
const rowsOf = (year: number, leftOut: readonly string[]) =>
  Object.entries(VALUES).flatMap(([item, values]) =>
    RESPONSES.map((response, ri) => ({
      measure: 'barrier', item, item_label: `Barrier ${item.toUpperCase()}`, year, group: 'all', response,
      value: values[ri], unit: 'percent', base: 52, source_survey: year, source_table: '3',
    })).filter((r) => !leftOut.includes(`${r.item}|${r.response}`)));
const rows2021 = rowsOf(2021, LEFT_OUT);

const NO_FIGURE = 'Not in the data.';

async function stackOf(data: readonly object[], attributes = 'year="2021"'): Promise<BarrierStack> {
  const el = mount<BarrierStack>(`<barrier-stack measure="barrier" ${attributes}></barrier-stack>`, 720);
  el.data = data;
  return drawn(el);
}
/**
 * What the chart draws, in drawn order (rows top down, each bar, the legend's responses): each
 * bar's response as `item|year|response`, and whether a segment is drawn for it.
 */
function drawnCells(el: BarrierStack): { key: string; segment: boolean }[] {
  const root = el.shadowRoot!;
  const legend = [...root.querySelectorAll('g.legend-item')].map((g) => g.getAttribute('data-response')!);
  const rows = [...root.querySelectorAll('g.row')].sort((a, b) => ty(a) - ty(b));
  return rows.flatMap((row) =>
    [...row.querySelectorAll('g.bar')].flatMap((bar) =>
      legend.map((response) => {
        const key = `${row.getAttribute('data-item')}|${bar.getAttribute('data-year')}|${response}`;
        return { key, segment: bar.querySelector(`rect.seg[data-key="${key}"]`) != null };
      })));
}
const ty = (g: Element) => Number(/translate\([^,]+,([^)]+)\)/.exec(g.getAttribute('transform')!)![1]);
/** The bars' responses drawn with no segment, as `item|year|response`, in drawn order. */
const gapsDrawn = (el: BarrierStack) => drawnCells(el).filter((c) => !c.segment).map((c) => c.key);
const notes = (el: BarrierStack) => [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const rowName = (el: BarrierStack, item: string) => el.shadowRoot!.querySelector(`g.row[data-item="${item}"]`)!.getAttribute('aria-label');

describe('<barrier-stack>: a bar with no figure for a response', () => {
  afterEach(cleanup);

  it("is one row of the Data (CSV) per such response, where its segment would be, with no value or base and the notes' reason; two years' rows stay bar by bar; Table 5.2's CSV is as before", async () => {
    const el = await stackOf(rows2021);
    expect(el.message).to.equal(null);
    // Sorted by 'very significant': C, A, D, B; C's "don't know" and B's 'fairly' have no segment.
    expect(gapsDrawn(el)).to.deep.equal(['c|2021|dont-know', 'b|2021|fairly']);
    const records = parseCsv(el.toCsv()).records;
    const gaps = records.filter((r) => r.value === '');
    expect(gaps.map((r) => `${r.item}|${r.year}|${r.response}`), 'one row per response drawn with no segment').to.deep.equal(gapsDrawn(el));
    for (const g of gaps) {
      expect([g.measure, g.group, g.item_label, g.value, g.base, g.source_table, g.note], `${g.item} ${g.response}`).to.deep.equal(
        ['barrier', 'all', `Barrier ${g.item.toUpperCase()}`, '', '', '', NO_FIGURE]);
    }
    // Every row in the order the bars are drawn, a response with no figure in its place.
    expect(records.map((r) => `${r.item}|${r.year}|${r.response}`)).to.deep.equal(drawnCells(el).map((c) => c.key));
    // The figures are the data's, as they were.
    const figures = records.filter((r) => r.value !== '').map((r) => [r.item, r.response, r.value, r.base, r.note].join('|')).sort();
    expect(figures).to.deep.equal(rows2021.map((r) => [r.item, r.response, r.value, r.base, ''].join('|')).sort());

    // Two years, each item's bars one under the other: the rows stay bar by bar (2021's, then
    // 2020's), the gaps in their bars, the 2020 bars (every figure given) with none.
    const paired = await stackOf([...rows2021, ...rowsOf(2020, [])], 'year="2021" compare-year="2020"');
    expect(gapsDrawn(paired)).to.deep.equal(['c|2021|dont-know', 'b|2021|fairly']);
    const both = parseCsv(paired.toCsv()).records;
    expect(both.map((r) => `${r.item}|${r.year}|${r.response}`)).to.deep.equal(drawnCells(paired).map((c) => c.key));
    expect(both.filter((r) => r.value === '').map((r) => `${r.item}|${r.year}|${r.response}|${r.note}`)).to.deep.equal(
      ['c|2021|dont-know|' + NO_FIGURE, 'b|2021|fairly|' + NO_FIGURE]);

    // The reports' Table 5.2 (2020 barriers) prints every response of its 16 items: its CSV is
    // its 64 figures, as printed, in drawn order, with no gap row of 2020; the three items new in
    // 2020 have a row of 2019 per response saying so (the file has no 2019 figure to judge by).
    const table52 = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 720));
    expect(gapsDrawn(table52)).to.deep.equal([]);
    const all = parseCsv(table52.toCsv()).records;
    const notAsked = all.filter((r) => r.year === '2019');
    expect(notAsked.map((r) => `${r.value}|${r.note}`)).to.deep.equal(notAsked.map(() => '|Not asked in 2019: new in 2020.'));
    expect([...new Set(notAsked.map((r) => r.item))]).to.deep.equal([...table52.shadowRoot!.querySelectorAll('g.row[data-new="2020"]')].map((g) => g.getAttribute('data-item')));
    expect(notAsked).to.have.length(12);
    const printed = all.filter((r) => r.year === '2020');
    expect(printed).to.have.length(64);
    expect(printed.filter((r) => r.value === '')).to.deep.equal([]);
    expect([...new Set(printed.map((r) => r.note))]).to.deep.equal(['base not printed for this figure; the report gives the bases of its Table 5.2 as 52–54']);
    expect(printed.map((r) => `${r.item}|${r.year}|${r.response}`)).to.deep.equal(drawnCells(table52).map((c) => c.key));
    const dataset = new Map(bundledDataset().rows.filter((r) => r.measure === 'barrier' && r.year === 2020 && r.group === 'all').map((r) => [`${r.item}|${r.response}`, r]));
    expect(printed.map((r) => `${r.item}|${r.response}|${r.value}|${r.source_table}`)).to.have.members(
      [...dataset.values()].map((r) => `${r.item}|${r.response}|${r.value}|${r.source_table}`));
    // As the report prints it (data/observations-2020.csv): financial constraints 48, 41, 7, 4.
    expect(printed.filter((r) => r.item === 'financial-constraints').map((r) => `${r.response} ${r.value} ${r.base}`)).to.deep.equal(
      ['very 48 ', 'fairly 41 ', 'not 7 ', 'dont-know 4 ']);
  });

  it('is a gap of the Table view, its cell giving the reason', async () => {
    const el = await stackOf(rows2021);
    // Each a gap, its reason what a screen reader hears and the dash's tooltip.
    expect(await tableGapCells(el, [['b', 1], ['c', 3]])).to.deep.equal([{ cell: 'b 1', absent: true, spoken: NO_FIGURE, title: NO_FIGURE }, { cell: 'c 3', absent: true, spoken: NO_FIGURE, title: NO_FIGURE }]);
    const table = el.shadowRoot!.querySelector('table.data-table')!;
    // The figures beside them are the data's.
    expect([...table.querySelectorAll('tr[data-item="b"] td')].map((td) => td.getAttribute('data-value'))).to.deep.equal(['19', null, '31', '10']);
  });

  it("is named under the chart with its reason, its bars in drawn order, and the rounding note counts only the bars with every figure (not B's 60% or C's 94%)", async () => {
    const el = await stackOf(rows2021);
    expect(notes(el)).to.include("Not in the data: Barrier C (don't know); Barrier B (fairly significant).");
    // Barrier A's figures add up to 101; B's and C's do not add up to 100 because a figure is missing, not by rounding.
    // A researcher's rows are as given (no report rounded them): the note does not say why.
    expect(notes(el).filter((n) => n.includes('rather than 100%'))).to.deep.equal(['Percentages are as given in the data: 1 bar adds up to 101% rather than 100%.']);
    // The report's own figures (2019, Table 5.1): rounded by the report, as printed.
    const table51 = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 720));
    expect(notes(table51).filter((n) => n.includes('rather than 100%'))).to.deep.equal(['Percentages are as printed: because the report rounds each one, 2 bars add up to 101% rather than 100%.']);
  });

  it('says in its bar\'s name (what a screen reader reads for the row) that the response has no figure', async () => {
    const el = await stackOf(rows2021);
    expect(rowName(el, 'b')).to.equal("Barrier B: very significant 19%, fairly significant no figure, not significant 31%, don't know 10%");
    expect(rowName(el, 'c')).to.equal("Barrier C: very significant 50%, fairly significant 29%, not significant 15%, don't know no figure");
    expect(rowName(el, 'a')).to.equal("Barrier A: very significant 40%, fairly significant 37%, not significant 12%, don't know 12%");
  });

  it('read back from its CSV stays a bar with no figure for the response, with the same reason (never a value), and downloads the same file again', async () => {
    const first = await stackOf(rows2021);
    const csv = first.toCsv();
    const again = await stackOf(parseCsv(csv).records);
    expect(again.message).to.equal(null);
    expect(gapsDrawn(again)).to.deep.equal(gapsDrawn(first));
    expect(rowName(again, 'b')).to.equal(rowName(first, 'b'));
    expect(notes(again)).to.deep.equal(notes(first));
    expect(again.toCsv()).to.equal(csv);
    // The same file given as src, as a page gives it.
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const fromFile = mount<BarrierStack>(`<barrier-stack measure="barrier" year="2021" src="${url}#data.csv"></barrier-stack>`, 720);
    const t0 = performance.now();
    while (!fromFile.marks.length && !fromFile.message && performance.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 20));
    await drawn(fromFile);
    URL.revokeObjectURL(url);
    expect(fromFile.message).to.equal(null);
    expect(gapsDrawn(fromFile)).to.deep.equal(gapsDrawn(first));
    expect(fromFile.toCsv()).to.equal(csv);
    // A file's own reason for a figure is the one the chart, its Table view and its CSV give.
    const why = 'Suppressed: fewer than 5 informants answered.';
    const records = parseCsv(csv).records.map((r) => (r.item === 'b' && r.response === 'fairly' ? { ...r, note: why } : r));
    const own = await stackOf(records);
    expect(notes(own)).to.include.members([`${NO_FIGURE.replace(/\.$/, '')}: Barrier C (don't know).`, 'Suppressed: fewer than 5 informants answered: Barrier B (fairly significant).']);
    expect(parseCsv(own.toCsv()).records.filter((r) => r.value === '').map((r) => `${r.item} ${r.note}`)).to.deep.equal([`c ${NO_FIGURE}`, `b ${why}`]);
    own.mode = 'table';
    await own.updateComplete;
    expect(own.shadowRoot!.querySelectorAll('table.data-table tr[data-item="b"] td')[1].querySelector('.sr-only')!.textContent).to.equal(why);
  });

  it("names the item most often rated the severest response only among those with a figure for it: one left out may have been rated so more often", async () => {
    // Barrier C's 'very significant' (50%, the most) left out: A's 40% is the most of the other three.
    const el = await stackOf(rowsOf(2021, ['c|very']));
    const summary = el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')!;
    expect(summary).to.contain('In 2021 the barrier most often rated very significant, of the 3 with a figure for it, was barrier A (40% of 52).');
    // With every figure, the claim is plain.
    const full = await stackOf(rowsOf(2021, []));
    expect(full.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('In 2021 the barrier most often rated very significant was barrier C (50% of 52).');
  });

  it("with a compare year, a response one year's data gives no item is said for that year's bars (they lack it), not left to the eye", async () => {
    // 2020: no "don't know" figure for any barrier; 2021: every response.
    const rows = [...rowsOf(2021, []), ...rowsOf(2020, ['a|dont-know', 'b|dont-know', 'c|dont-know', 'd|dont-know'])];
    const el = await stackOf(rows, 'year="2021" compare-year="2020"');
    expect(el.message).to.equal(null);
    expect(gapsDrawn(el).filter((k) => k.includes('|2020|')).sort(), "the 2020 bars' missing responses").to.deep.equal(['a|2020|dont-know', 'b|2020|dont-know', 'c|2020|dont-know', 'd|2020|dont-know']);
    const said = notes(el).filter((n) => n.startsWith('The 2020 bars'));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^The 2020 bars have no don't know: the data gives no item a figure for it in 2020 \(.+\)\.$/);
    // Not a gap of each bar (no figure was left out of a year that gives the response): no such note, no CSV gap rows.
    expect(notes(el).some((n) => n.startsWith('Not in the data'))).to.equal(false);
    expect(parseCsv(el.toCsv()).records.filter((r) => r.value === '')).to.deep.equal([]);
    // With every response in both years, nothing is said.
    const both = await stackOf([...rowsOf(2021, []), ...rowsOf(2020, [])], 'year="2021" compare-year="2020"');
    expect(notes(both).some((n) => /bars have no/.test(n))).to.equal(false);
  });

  it('drawn diverging, a bar lacks the same responses, says so in its name, and its CSV has the same gap rows in its drawn order', async () => {
    const el = await stackOf(rows2021, 'year="2021" diverging');
    expect(el.message).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('svg line.centre-line').length, 'drawn diverging: a centre line').to.be.greaterThan(0);
    expect(gapsDrawn(el).sort()).to.deep.equal(['b|2021|fairly', 'c|2021|dont-know']);
    expect(rowName(el, 'b')).to.contain('fairly significant no figure');
    const records = parseCsv(el.toCsv()).records;
    expect(records.filter((r) => r.value === '').map((r) => `${r.item}|${r.response}|${r.note}`).sort()).to.deep.equal([`b|fairly|${NO_FIGURE}`, `c|dont-know|${NO_FIGURE}`]);
    expect(records.map((r) => `${r.item}|${r.year}|${r.response}`)).to.deep.equal(drawnCells(el).map((c) => c.key));
    expect(notes(el)).to.include("Not in the data: Barrier C (don't know); Barrier B (fairly significant).");
  });

  describe('drawn on its bar', () => {
    /** The marker of a bar's response with no figure, by `item|year|response`. */
    const markerOf = (el: BarrierStack, key: string) => {
      const m = el.shadowRoot!.querySelector<SVGRectElement>(`rect.gap-mark[data-key="${key}"]`);
      expect(m, `a marker for ${key}`).to.not.equal(null);
      return m!;
    };
    const segOf = (el: BarrierStack, key: string) => el.shadowRoot!.querySelector<SVGRectElement>(`rect.seg[data-key="${key}"]`)!;
    /** The middle of an element's drawn box, left to right, in the window's px. */
    const midX = (e: Element) => { const r = e.getBoundingClientRect(); return (r.left + r.right) / 2; };
    /** Where the segments' rects end and start, in the window's px (the outline they are drawn with excluded). */
    const rightOf = (e: SVGRectElement) => e.getBoundingClientRect().left + e.width.baseVal.value * scaleOf(e);
    const leftOf = (e: SVGRectElement) => e.getBoundingClientRect().left;
    const scaleOf = (e: SVGGraphicsElement) => e.ownerSVGElement!.getBoundingClientRect().width / e.ownerSVGElement!.viewBox.baseVal.width;
    const focusedKey = (el: BarrierStack) => el.shadowRoot!.querySelector('.focused')?.getAttribute('data-key') ?? null;
    const press = (el: BarrierStack, k: string) => el.shadowRoot!.querySelector('svg')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    const LABEL_B = `Barrier B, 2021: Fairly significant, no figure. ${NO_FIGURE}`;

    it('is a hollow, dashed marker in its place in drawn order (the edge between its neighbours\' segments), the same size whatever the share, with "no figure" under it', async () => {
      const el = await stackOf(rows2021);
      const b = markerOf(el, 'b|2021|fairly');
      const c = markerOf(el, 'c|2021|dont-know');
      // B: very significant (19%) ends and not significant (31%) starts where its 'fairly' would start.
      const veryEnd = rightOf(segOf(el, 'b|2021|very'));
      const notStart = leftOf(segOf(el, 'b|2021|not'));
      expect(notStart - veryEnd, 'the neighbours touch: nothing sized for the gap').to.be.closeTo(0, 0.5);
      expect(midX(b), 'B: between very and not significant').to.be.closeTo(veryEnd, 0.5);
      // C: the last drawn, at the end of its not significant segment.
      expect(midX(c), "C: at the end of not significant").to.be.closeTo(rightOf(segOf(el, 'c|2021|not')), 0.5);
      // No size of its own: both as wide, narrow, across their bars.
      const bw = b.getBoundingClientRect().width;
      expect(c.getBoundingClientRect().width).to.be.closeTo(bw, 0.01);
      expect(bw).to.be.below(12);
      const bar = segOf(el, 'b|2021|very').getBoundingClientRect();
      expect(b.getBoundingClientRect().top).to.be.at.most(bar.top);
      expect(b.getBoundingClientRect().bottom).to.be.at.least(bar.bottom);
      // Hollow (the background's colour), dashed, outlined in the text's colour: not a colour of a response.
      const style = getComputedStyle(b);
      expect(style.strokeDasharray).to.not.equal('none');
      // (A segment is outlined in the background's colour; an item's name is in the text's.)
      expect(style.fill).to.equal(getComputedStyle(segOf(el, 'b|2021|very')).stroke);
      expect(style.stroke).to.equal(getComputedStyle(el.shadowRoot!.querySelector('g.row[data-item="b"] text.item-label')!).fill);
      // "no figure" under it, centred on it, in its group (a pointer on it reaches the marker).
      const text = b.parentElement!.querySelector('text.gap-label')!;
      expect(text.textContent).to.equal('no figure');
      expect(midX(text)).to.be.closeTo(midX(b), 1);
      expect(text.getBoundingClientRect().top).to.be.at.least(bar.bottom);
      // One marker per gap the CSV and the Table view give.
      expect(el.shadowRoot!.querySelectorAll('rect.gap-mark')).to.have.length(parseCsv(el.toCsv()).records.filter((r) => r.value === '').length);
    });

    it('drawn diverging, at the centre line (B lacks the last response before it) and at the start of the don\'t-know column (C)', async () => {
      const el = await stackOf(rows2021, 'year="2021" diverging');
      const centre = el.shadowRoot!.querySelector('line.centre-line')!;
      const b = markerOf(el, 'b|2021|fairly');
      expect(midX(b)).to.be.closeTo(midX(centre), 0.5);
      expect(midX(b)).to.be.closeTo(rightOf(segOf(el, 'b|2021|very')), 0.5);
      expect(midX(b)).to.be.closeTo(leftOf(segOf(el, 'b|2021|not')), 0.5);
      // C's "don't know": where the column of the other bars' "don't know" starts.
      expect(midX(markerOf(el, 'c|2021|dont-know'))).to.be.closeTo(leftOf(segOf(el, 'a|2021|dont-know')), 0.5);
    });

    it("with a compare year, on its own year's bar: Barrier A's 2020 bar lacks 'very significant', its marker at the start of its 'fairly significant'", async () => {
      const el = await stackOf([...rows2021, ...rowsOf(2020, ['a|very'])], 'year="2021" compare-year="2020"');
      const a = markerOf(el, 'a|2020|very');
      expect(a.closest('g.bar')!.getAttribute('data-year')).to.equal('2020');
      // At the bar's start, the plot's own edge: it starts there, inside the plot (off the year's label).
      expect(a.getBoundingClientRect().left).to.be.closeTo(leftOf(segOf(el, 'a|2020|fairly')), 0.5);
      expect(el.shadowRoot!.querySelector('rect.gap-mark[data-key="a|2021|very"]'), 'not on the 2021 bar, which has the figure').to.equal(null);
      // The 2020 bar's "no figure" sits between A's two bars, over neither.
      const text = a.parentElement!.querySelector('text.gap-label')!.getBoundingClientRect();
      expect(text.top).to.be.at.least(segOf(el, 'a|2020|fairly').getBoundingClientRect().bottom);
      for (const seg of el.shadowRoot!.querySelectorAll('rect.seg')) {
        const r = seg.getBoundingClientRect();
        expect(r.bottom <= text.top || r.top >= text.bottom || r.right <= text.left || r.left >= text.right, `"no figure" clear of ${seg.getAttribute('data-key')}`).to.equal(true);
      }
    });

    it('is a keyboard stop between its neighbours (ArrowRight and ArrowLeft), its tooltip and the live region saying "no figure" and why', async () => {
      const el = await stackOf(rows2021);
      const mark = el.marks.find((m) => m.key === 'b|2021|fairly');
      expect(mark, 'a mark').to.not.equal(undefined);
      expect(mark!.label).to.equal(LABEL_B);
      // In drawn order among B's marks.
      expect(el.marks.filter((m) => m.key.startsWith('b|')).map((m) => m.key)).to.deep.equal(['b|2021|very', 'b|2021|fairly', 'b|2021|not', 'b|2021|dont-know']);
      el.shadowRoot!.querySelector('svg')!.focus();
      // Rows C, A, D, B: down to B's first segment.
      for (let i = 0; i < 3; i++) press(el, 'ArrowDown');
      expect(focusedKey(el)).to.equal('b|2021|very');
      press(el, 'ArrowRight');
      expect(focusedKey(el), 'the marker is outlined').to.equal('b|2021|fairly');
      expect(el.shadowRoot!.querySelector('.focused')!.classList.contains('gap-mark')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.live')!.textContent).to.equal(LABEL_B);
      const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
      expect(tip.hidden).to.equal(false);
      expect(tip.textContent).to.equal(LABEL_B);
      press(el, 'ArrowRight');
      expect(focusedKey(el)).to.equal('b|2021|not');
      press(el, 'ArrowLeft');
      expect(focusedKey(el)).to.equal('b|2021|fairly');
      // The last of C's: its "don't know", after its not significant.
      press(el, 'Home');
      for (let i = 0; i < 3; i++) press(el, 'ArrowRight');
      expect(focusedKey(el)).to.equal('c|2021|dont-know');
      expect(el.shadowRoot!.querySelector('.live')!.textContent).to.equal(`Barrier C, 2021: Don't know, no figure. ${NO_FIGURE}`);
    });

    it('hovered or pressed, shows the same tooltip (on its marker or its "no figure")', async () => {
      const el = await stackOf(rows2021);
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
      const marker = markerOf(el, 'b|2021|fairly');
      const text = marker.parentElement!.querySelector('text.gap-label')!;
      const centre = (e: Element): [number, number] => { const r = e.getBoundingClientRect(); return [Math.round((r.left + r.right) / 2), Math.round((r.top + r.bottom) / 2)]; };
      await sendMouse({ type: 'move', position: centre(marker) });
      expect(tip.hidden).to.equal(false);
      expect(tip.textContent).to.equal(LABEL_B);
      await sendMouse({ type: 'move', position: [0, 0] });
      await new Promise((r) => setTimeout(r, 600));
      expect(tip.hidden).to.equal(true);
      await sendMouse({ type: 'move', position: centre(text) });
      expect(tip.hidden, 'over its "no figure"').to.equal(false);
      expect(tip.textContent).to.equal(LABEL_B);
      let selected: unknown = null;
      el.addEventListener('pioneer-select', (e) => (selected = (e as CustomEvent).detail), { once: true });
      await sendMouse({ type: 'click', position: centre(marker) });
      expect(focusedKey(el), 'pressed: the marker is the keyboard focus').to.equal('b|2021|fairly');
      expect(tip.textContent).to.equal(LABEL_B);
      expect(selected).to.deep.equal({ source: 'barrier-stack', kind: 'segment', measure: 'barrier', item: 'b', year: 2021, group: 'all', response: 'fairly' });
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('in forced colours and on paper it is still drawn hollow and dashed in the text colour, apart from every segment by its outline', async () => {
      const el = await stackOf(rows2021);
      const marker = markerOf(el, 'b|2021|fairly');
      const text = marker.parentElement!.querySelector('text.gap-label')!;
      try {
        await executeServerCommand('emulate-forced-colors', { active: true });
        await new Promise((r) => requestAnimationFrame(r));
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
        const s = getComputedStyle(marker);
        const canvasText = getComputedStyle(text).fill;
        expect(s.stroke, 'outlined in the text colour').to.equal(canvasText);
        expect(s.fill, 'hollow: the background colour').to.not.equal(canvasText);
        expect(s.strokeDasharray).to.not.equal('none');
        expect(parseFloat(s.strokeWidth)).to.be.at.least(1.5);
        for (const seg of el.shadowRoot!.querySelectorAll('rect.seg')) expect(getComputedStyle(seg).strokeDasharray, seg.getAttribute('data-key')!).to.equal('none');
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      try {
        const m = markerOf(el, 'b|2021|fairly');
        const s = getComputedStyle(m);
        expect([s.fill, s.stroke], 'white, outlined black').to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
        expect(s.strokeDasharray).to.not.equal('none');
        expect(m.parentElement!.querySelector('text.gap-label')!.textContent).to.equal('no figure');
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
    });

    it('at 320 px its "no figure" is inside the chart and runs into no other text or bar', async () => {
      const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2021"></barrier-stack>', 320);
      el.data = [...rowsOf(2021, ['b|fairly', 'c|dont-know', 'd|very'])];
      await drawn(el);
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const labels = [...el.shadowRoot!.querySelectorAll('text.gap-label')];
      expect(labels.map((t) => t.closest('g.gap')!.getAttribute('data-response')).sort()).to.deep.equal(['dont-know', 'fairly', 'very']);
      const others = [...el.shadowRoot!.querySelectorAll('g.plot-area text:not(.gap-label), g.plot-area tspan, rect.seg')].filter((e) => !(e.localName === 'text' && e.querySelector('tspan')));
      for (const t of labels) {
        const r = t.getBoundingClientRect();
        expect(parseFloat(getComputedStyle(t).fontSize), 'legible').to.be.at.least(11);
        expect(r.left >= svg.left && r.right <= svg.right, 'inside the chart').to.equal(true);
        for (const o of others) {
          const q = o.getBoundingClientRect();
          if (!q.width) continue;
          const apart = q.bottom <= r.top + 0.5 || q.top >= r.bottom - 0.5 || q.right <= r.left || q.left >= r.right;
          expect(apart, `"no figure" of ${t.closest('g.gap')!.getAttribute('data-response')} clear of ${o.textContent || o.getAttribute('data-key')}`).to.equal(true);
        }
      }
    });

    it("only a bar with a gap gets a marker: the researcher's two, none in any bundled view (its marks are its segments, one per figure of its CSV; its other rows, the responses a group does not publish)", async () => {
      const el = await stackOf(rows2021);
      expect([...el.shadowRoot!.querySelectorAll('[data-key].gap-mark')].map((m) => m.getAttribute('data-key'))).to.deep.equal(['c|2021|dont-know', 'b|2021|fairly']);
      cleanup();
      const ds = bundledDataset();
      let views = 0;
      for (const measure of STACK_MEASURES) for (const year of yearsOf(ds, measure)) for (const group of groupsOf(ds, measure, year)) {
        const earlier = yearsOf(ds, measure, group).filter((y) => y < year).pop();
        for (const extra of ['', ' diverging', ...(earlier ? [` compare-year="${earlier}"`] : [])]) {
          const view = await drawn(mount<BarrierStack>(`<barrier-stack measure="${measure}" year="${year}" group="${group}"${extra}></barrier-stack>`, 720));
          const what = `${measure} ${year} ${group}${extra}`;
          expect(view.message, what).to.equal(null);
          expect(view.shadowRoot!.querySelectorAll('.gap, .gap-mark, .gap-label').length, what).to.equal(0);
          const all = parseCsv(view.toCsv()).records;
          // Its other rows: the figures of items asked in the compare year alone (named under the
          // chart, not drawn), and the rows of a year before saying items marked new were not asked then.
          const records = all.filter((r) => !r.note.includes('not drawn: asked in') && (r.year === String(year) || r.value !== ''));
          expect(view.marks.length, what).to.equal(records.filter((r) => r.value !== '').length);
          const notAsked = all.filter((r) => r.value === '' && r.year !== String(year));
          const badged = [...view.shadowRoot!.querySelectorAll(`g.row[data-new="${year}"]`)].map((g) => g.getAttribute('data-item'));
          expect([...new Set(notAsked.map((r) => r.item))], what).to.deep.equal(extra.includes('compare') ? [] : badged);
          // A gap row of the year of a bundled view is a response its group does not publish, with the note under the chart.
          const unpublished = [...view.shadowRoot!.querySelectorAll('.note.unpublished')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
          expect([...new Set(records.filter((r) => r.value === '').map((r) => r.note))], what).to.deep.equal(records.some((r) => r.value === '') ? unpublished : []);
          expect(view.marks.length, what).to.equal(view.shadowRoot!.querySelectorAll('rect.seg').length);
          // Nor a note on bars of gaps or items without a figure (the reports print every figure of the bars drawn).
          expect([...view.shadowRoot!.querySelectorAll('.note.missing')].map((n) => n.textContent!.trim()).filter((n) => !n.includes('drawn last')), what).to.deep.equal([]);
          views++;
          cleanup();
        }
      }
      expect(views).to.equal(53);
    });
  });
});


describe('<barrier-stack>: gaps sharing an edge, an item with no figure, sorted by a missing figure', () => {
  afterEach(cleanup);

  /** A researcher's rows of `values` (very, fairly, not, don't know) for `year`, less `leftOut` (item|response). */
  const rowsWith = (year: number, values: Record<string, number[]>, leftOut: readonly string[] = []) =>
    Object.entries(values).flatMap(([item, vs]) =>
      RESPONSES.map((response, ri) => ({
        measure: 'barrier', item, item_label: `Barrier ${item.toUpperCase()}`, year, group: 'all', response,
        value: vs[ri], unit: 'percent', base: 52, source_survey: year, source_table: '3',
      })).filter((r) => !leftOut.includes(`${r.item}|${r.response}`)));
  const box = (e: Element) => e.getBoundingClientRect();
  const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left + 0.01 || b.right <= a.left + 0.01 || a.bottom <= b.top + 0.01 || b.bottom <= a.top + 0.01;
  async function stackWith(data: object[], attributes: string, width = 720): Promise<BarrierStack> {
    const el = mount<BarrierStack>(`<barrier-stack measure="barrier" ${attributes}></barrier-stack>`, width);
    el.data = data;
    await drawn(el);
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    return el;
  }
  const notesOf = (el: BarrierStack) => [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

  it('gaps that share an edge split the bar\'s height there: inside the plot, over no text, none over another', async () => {
    // The 2020 bar of B lacks very, fairly and not: three gaps at 0%, before its don't know.
    const values = { a: [40, 37, 12, 11], b: [30, 40, 20, 10], c: [50, 29, 15, 6] };
    for (const width of [720, 320]) {
      const el = await stackWith([...rowsWith(2021, values), ...rowsWith(2020, values, ['b|very', 'b|fairly', 'b|not'])], 'year="2021" compare-year="2020"', width);
      const marks = [...el.shadowRoot!.querySelectorAll('rect.gap-mark')];
      expect(marks.map((m) => m.getAttribute('data-key')), `${width} px`).to.deep.equal(['b|2020|very', 'b|2020|fairly', 'b|2020|not']);
      const plotStart = box(el.shadowRoot!.querySelector('g.row[data-item="a"] rect.seg')!).left;
      const texts = [...el.shadowRoot!.querySelectorAll('svg text:not(.gap-label)')].filter((t) => box(t).width > 0);
      for (const m of marks) {
        expect(box(m).left, `${width} px: ${m.getAttribute('data-key')} starts inside the plot`).to.be.at.least(plotStart - 0.01);
        const over = texts.filter((t) => !apart(box(m), box(t))).map((t) => t.textContent);
        expect(over, `${width} px: ${m.getAttribute('data-key')} over text`).to.deep.equal([]);
      }
      for (let i = 1; i < marks.length; i++) expect(apart(box(marks[i - 1]), box(marks[i])), `${width} px: markers ${i - 1} and ${i} apart`).to.equal(true);
      // Top down in drawn order, together no taller than the bar and its overhang.
      const tops = marks.map((m) => box(m).top);
      expect([...tops].sort((p, q) => p - q)).to.deep.equal(tops);
      cleanup();
    }
  });

  it('an item whose every figure is a gap row is drawn as a bar of gaps, each a keyboard stop with its reason, and named in the notes', async () => {
    const values = { a: [40, 37, 12, 11], b: [30, 40, 20, 10] };
    const rows: object[] = rowsWith(2021, values, RESPONSES.map((r) => `b|${r}`));
    for (const response of RESPONSES) {
      rows.push({ measure: 'barrier', item: 'b', item_label: 'Barrier B', year: 2021, group: 'all', response, value: '', unit: 'percent', base: '', source_survey: 2021, source_table: '', note: 'Suppressed: fewer than 5 informants.' });
    }
    const el = await stackWith(rows, 'year="2021"');
    expect(el.message).to.equal(null);
    const marks = [...el.shadowRoot!.querySelectorAll('g.row[data-item="b"] rect.gap-mark')];
    expect(marks.map((m) => m.getAttribute('data-key'))).to.deep.equal(RESPONSES.map((r) => `b|2021|${r}`));
    expect(el.shadowRoot!.querySelector('g.row[data-item="b"] text.item-label')?.textContent).to.equal('Barrier B');
    expect(el.marks.filter((m) => m.key.startsWith('b|')).map((m) => m.label)[0]).to.equal('Barrier B, 2021: Very significant, no figure. Suppressed: fewer than 5 informants.');
    // Named once, as its row is ("no figures"), not once per response.
    expect(notesOf(el)).to.include('Suppressed: fewer than 5 informants: Barrier B (no figures).');
    expect(el.shadowRoot!.querySelector('g.row[data-item="b"]')!.getAttribute('aria-label')).to.equal('Barrier B: no figures');
  });

  it('the keyboard starts on the first figure, not on a gap drawn before it; the arrows reach the gap, which says why', async () => {
    // In questionnaire order Barrier A's bar is first, and its first response has no figure.
    const el = await stackWith(rowsWith(2021, { a: [40, 37, 12, 11], b: [30, 40, 20, 10] }, ['a|very']), 'year="2021" sort="questionnaire"');
    expect(el.marks[0].label, 'the first stop in drawn order is the gap').to.equal(`Barrier A, 2021: Very significant, no figure. ${NO_FIGURE}`);
    const live = () => el.shadowRoot!.querySelector('.live')!.textContent!;
    await tabIntoChart(el);
    expect(live()).to.match(/^Barrier A, 2021: Fairly significant 37%/);
    await sendKeys({ press: 'ArrowLeft' });
    expect(live()).to.equal(`Barrier A, 2021: Very significant, no figure. ${NO_FIGURE}`);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Home' });
    expect(live()).to.match(/^Barrier A, 2021: Fairly significant 37%/);
  });

  it("arrowing along a bar, a gap's name is a segment's up to the value: the bar, then the response, then \"no figure\" where the value is said", async () => {
    const el = await stackWith(rowsWith(2021, { a: [40, 37, 12, 11], b: [30, 40, 20, 10] }, ['a|fairly']), 'year="2021" sort="questionnaire"');
    const live = () => el.shadowRoot!.querySelector('.live')!.textContent!;
    await tabIntoChart(el);
    expect(live()).to.match(/^Barrier A, 2021: Very significant 40% \(/);
    await sendKeys({ press: 'ArrowRight' });
    expect(live()).to.equal(`Barrier A, 2021: Fairly significant, no figure. ${NO_FIGURE}`);
    await sendKeys({ press: 'ArrowRight' });
    expect(live()).to.match(/^Barrier A, 2021: Not significant 12% \(/);
  });

  describe('the note naming the bars with no figure', () => {
    /** Gap rows (a researcher's file's, each with `note` as its reason, as its Data (CSV) download writes them) for every response of `item` in `year`. */
    const gapRowsOf = (item: string, year: number, note = NO_FIGURE) =>
      RESPONSES.map((response) => ({ measure: 'barrier', item, item_label: `Barrier ${item.toUpperCase()}`, year, group: 'all', response, value: '', unit: 'percent', base: '', source_survey: year, source_table: '', note }));
    const values = { a: [40, 37, 12, 11], b: [30, 40, 20, 10], c: [50, 29, 15, 6], d: [29, 38, 25, 8] };
    const everyResponse = (item: string) => RESPONSES.map((r) => `${item}|${r}`);
    const missingNotes = (el: BarrierStack) => [...el.shadowRoot!.querySelectorAll('.note.missing')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).filter((n) => !n.includes('drawn last'));

    it('names an item with no figure for any response once, "(no figures)", as its row is named', async () => {
      const el = await stackWith([...rowsWith(2021, values, everyResponse('d')), ...gapRowsOf('d', 2021)], 'year="2021"');
      expect(el.message).to.equal(null);
      expect(gapsDrawn(el), 'a bar of four gaps').to.deep.equal(RESPONSES.map((r) => `d|2021|${r}`));
      expect(missingNotes(el)).to.deep.equal(['Not in the data: Barrier D (no figures).']);
      expect(el.shadowRoot!.querySelector('g.row[data-item="d"]')!.getAttribute('aria-label')).to.equal('Barrier D: no figures');
      // Each response is still its own gap, in the Data (CSV) and among the keyboard stops.
      expect(parseCsv(el.toCsv()).records.filter((r) => r.value === '').map((r) => `${r.item}|${r.response}|${r.note}`)).to.deep.equal(RESPONSES.map((r) => `d|${r}|${NO_FIGURE}`));
      expect(el.marks.filter((m) => m.key.startsWith('d|')).map((m) => m.label)).to.deep.equal(
        ['Very significant', 'Fairly significant', 'Not significant', "Don't know"].map((r) => `Barrier D, 2021: ${r}, no figure. ${NO_FIGURE}`));
    });

    it('names each response of an item with some figures, as before', async () => {
      const el = await stackWith(rowsWith(2021, values, ['b|fairly']), 'year="2021"');
      expect(missingNotes(el)).to.deep.equal(['Not in the data: Barrier B (fairly significant).']);
      // (30% and 20% of 52 are no whole number of informants, which their names say.)
      expect(rowName(el, 'b')).to.equal("Barrier B: very significant 30%, which no whole number of informants out of 52 gives, fairly significant no figure, not significant 20%, which no whole number of informants out of 52 gives, don't know 10%");
    });

    it('in one chart, names the item with no figures once and the other bar by its response, in drawn order', async () => {
      const el = await stackWith([...rowsWith(2021, values, ['b|fairly', ...everyResponse('d')]), ...gapRowsOf('d', 2021)], 'year="2021"');
      // Sorted by very significant: C, A, B, then D (no figure for it) last.
      expect(missingNotes(el)).to.deep.equal(['Not in the data: Barrier B (fairly significant); Barrier D (no figures).']);
      // A file's own reason for the item's figures: said with it, apart from the other bar's.
      const why = 'Suppressed: fewer than 5 informants.';
      const own = await stackWith([...rowsWith(2021, values, ['b|fairly', ...everyResponse('d')]), ...gapRowsOf('d', 2021, why)], 'year="2021"');
      expect(missingNotes(own)).to.deep.equal(['Not in the data: Barrier B (fairly significant).', `${why.replace(/\.$/, '')}: Barrier D (no figures).`]);
    });

    it('an item whose figures have different reasons keeps each response with its reason', async () => {
      const rows = [...rowsWith(2021, values, everyResponse('d')), ...gapRowsOf('d', 2021, 'Suppressed.').map((r, i) => (i ? r : { ...r, note: 'Not asked.' }))];
      const el = await stackWith(rows, 'year="2021"');
      expect(missingNotes(el)).to.deep.equal(['Not asked: Barrier D (very significant).', "Suppressed: Barrier D (fairly significant); Barrier D (not significant); Barrier D (don't know)."]);
      expect(rowName(el, 'd')).to.equal('Barrier D: no figures');
    });

    it('with a compare year, names the year of the bar with no figures once, and a bar of the other year by its response', async () => {
      const rows = [...rowsWith(2021, values, everyResponse('d')), ...gapRowsOf('d', 2021), ...rowsWith(2020, values, ['a|very'])];
      const el = await stackWith(rows, 'year="2021" compare-year="2020"');
      expect(el.message).to.equal(null);
      expect(gapsDrawn(el)).to.include.members([...RESPONSES.map((r) => `d|2021|${r}`), 'a|2020|very']);
      expect(missingNotes(el)).to.deep.equal(['Not in the data: Barrier A, 2020 (very significant); Barrier D, 2021 (no figures).']);
      expect(rowName(el, 'd')).to.equal('Barrier D: 2021: no figures; 2020: very significant 29%, fairly significant 38%, not significant 25%, don\'t know 8%');
    });

    /** The years of the bars drawn for `item`, top down. */
    const barYears = (el: BarrierStack, item: string) => [...el.shadowRoot!.querySelectorAll(`g.row[data-item="${item}"] g.bar`)].map((b) => b.getAttribute('data-year'));
    const oneBarNotes = (el: BarrierStack) => notesOf(el).filter((n) => /one bar/.test(n));

    it('with a compare year whose rows of an item are all gap rows, draws that year\'s bar as a bar of gaps (keyboard stops, tooltips, CSV rows) and names it, "Barrier D, 2020 (no figures)"', async () => {
      const why = 'Suppressed: fewer than 5 informants.';
      const rows = [...rowsWith(2021, values), ...rowsWith(2020, values, everyResponse('d')), ...gapRowsOf('d', 2020, why)];
      const el = await stackWith(rows, 'year="2021" compare-year="2020"');
      expect(el.message).to.equal(null);
      expect(barYears(el, 'd'), "Barrier D's bars").to.deep.equal(['2021', '2020']);
      expect(gapsDrawn(el), 'a 2020 bar of four gaps').to.deep.equal(RESPONSES.map((r) => `d|2020|${r}`));
      expect([...el.shadowRoot!.querySelectorAll('g.row[data-item="d"] g.bar[data-year="2020"] rect.gap-mark')].map((m) => m.getAttribute('data-key'))).to.deep.equal(RESPONSES.map((r) => `d|2020|${r}`));
      expect(missingNotes(el)).to.deep.equal([`${why.replace(/\.$/, '')}: Barrier D, 2020 (no figures).`]);
      // Not marked new beside its own 2020 bar (the file gives it rows in 2020).
      expect(rowName(el, 'd')).to.equal("Barrier D: 2021: very significant 29%, fairly significant 38%, not significant 25%, don't know 8%; 2020: no figures");
      expect(el.shadowRoot!.querySelector('g.row[data-item="d"] .badge'), 'no "New in 2021" badge').to.equal(null);
      expect(el.marks.filter((m) => m.key.startsWith('d|2020|')).map((m) => m.label)).to.deep.equal(
        ['Very significant', 'Fairly significant', 'Not significant', "Don't know"].map((r) => `Barrier D, 2020: ${r}, no figure. ${why}`));
      expect(parseCsv(el.toCsv()).records.filter((r) => r.value === '').map((r) => `${r.item}|${r.year}|${r.response}|${r.note}`)).to.deep.equal(RESPONSES.map((r) => `d|2020|${r}|${why}`));
      // It has two bars: no note says it has one.
      expect(oneBarNotes(el)).to.deep.equal([]);
      // Its Table view's 2020 cells (the first four: the years in order) give the file's reason, not the year's absence.
      expect(await tableGapCells(el, [['d', 0], ['d', 3]])).to.deep.equal([0, 3].map((c) => ({ cell: `d ${c}`, absent: true, spoken: why, title: why })));
    });

    it('with both years\' rows of an item all gap rows, draws both bars as bars of gaps and names each year once', async () => {
      const rows = [...rowsWith(2021, values, everyResponse('d')), ...gapRowsOf('d', 2021), ...rowsWith(2020, values, everyResponse('d')), ...gapRowsOf('d', 2020)];
      const el = await stackWith(rows, 'year="2021" compare-year="2020"');
      expect(el.message).to.equal(null);
      expect(barYears(el, 'd')).to.deep.equal(['2021', '2020']);
      expect(gapsDrawn(el)).to.deep.equal([...RESPONSES.map((r) => `d|2021|${r}`), ...RESPONSES.map((r) => `d|2020|${r}`)]);
      expect(missingNotes(el)).to.deep.equal(['Not in the data: Barrier D, 2021 (no figures); Barrier D, 2020 (no figures).']);
      expect(rowName(el, 'd')).to.equal('Barrier D: 2021: no figures; 2020: no figures');
    });

    it('an item with no row in the year and only gap rows in the compare year is not drawn (no figure in either), and said', async () => {
      const why = 'Suppressed: fewer than 5 informants.';
      const rows = [...rowsWith(2021, values, everyResponse('d')), ...rowsWith(2020, values, everyResponse('d')), ...gapRowsOf('d', 2020, why)];
      const el = await stackWith(rows, 'year="2021" compare-year="2020"');
      expect(el.message).to.equal(null);
      expect(barYears(el, 'd')).to.deep.equal([]);
      expect(notesOf(el).filter((n) => /not shown/.test(n))).to.deep.equal(['Not in the data for 2021, and no figure for 2020, so not shown: Barrier D.']);
      expect(oneBarNotes(el)).to.deep.equal([]);
    });

    it('with a compare year with no row at all of an item, draws its one bar and says so under the chart (not asked, as the note on new items says, where it is not new)', async () => {
      // 2021 beside a later year, 2022, that has no row of Barrier D: no earlier year, so no item is marked new.
      const later = await stackWith([...rowsWith(2021, values), ...rowsWith(2022, values, everyResponse('d'))], 'year="2021" compare-year="2022"');
      expect(later.message).to.equal(null);
      expect(barYears(later, 'd')).to.deep.equal(['2021']);
      expect(barYears(later, 'a')).to.deep.equal(['2021', '2022']);
      expect(oneBarNotes(later)).to.deep.equal(['Not in the data for 2022, so drawn with one bar: Barrier D.']);
      // Not a gap of the data: no gap marker, no CSV gap row, no "Not in the data:" note.
      expect(gapsDrawn(later)).to.deep.equal([]);
      expect(missingNotes(later)).to.deep.equal([]);

      // An item new in the year (not in 2020 or before) keeps the note on new items, as before.
      const earlier = await stackWith([...rowsWith(2021, values), ...rowsWith(2020, values, everyResponse('d'))], 'year="2021" compare-year="2020"');
      expect(barYears(earlier, 'd')).to.deep.equal(['2021']);
      expect(earlier.shadowRoot!.querySelector('g.row[data-item="d"] g.badge')?.textContent).to.equal('New in 2021');
      expect(oneBarNotes(earlier)).to.deep.equal(['Items marked ‘New in 2021’ were not asked in 2020 and have one bar.']);

      // New in 2021 (not in 2020) but given in 2022: two bars, so the note on new items is not said of it.
      const newAndLater = await stackWith([...rowsWith(2020, values, everyResponse('d')), ...rowsWith(2021, values), ...rowsWith(2022, values, everyResponse('c'))], 'year="2021" compare-year="2022"');
      expect(barYears(newAndLater, 'd')).to.deep.equal(['2021', '2022']);
      expect(newAndLater.shadowRoot!.querySelector('g.row[data-item="d"] g.badge')?.textContent).to.equal('New in 2021');
      expect(oneBarNotes(newAndLater)).to.deep.equal(['Not in the data for 2022, so drawn with one bar: Barrier C.']);

      // New in 2021 and not in 2022 either: one bar, but "not asked in 2022" is not what the data
      // says of a later year (it is said of an earlier one): named with the others.
      const newNotLater = await stackWith([...rowsWith(2020, values, everyResponse('d')), ...rowsWith(2021, values), ...rowsWith(2022, values, everyResponse('d'))], 'year="2021" compare-year="2022"');
      expect(barYears(newNotLater, 'd')).to.deep.equal(['2021']);
      expect(newNotLater.shadowRoot!.querySelector('g.row[data-item="d"] g.badge')?.textContent).to.equal('New in 2021');
      expect(oneBarNotes(newNotLater)).to.deep.equal(['Not in the data for 2022, so drawn with one bar: Barrier D.']);
    });
  });

  it('a focused gap marker is outlined whole in the focus colour (a dashed ring reads thinner than a segment\'s)', async () => {
    const el = await stackWith(rowsWith(2021, { a: [40, 37, 12, 11], b: [30, 40, 20, 10] }, ['b|fairly']), 'year="2021"');
    const marker = el.shadowRoot!.querySelector<SVGRectElement>('rect.gap-mark')!;
    expect(getComputedStyle(marker).strokeDasharray, 'unfocused: dashed').to.not.equal('none');
    marker.classList.add('focused');
    expect(getComputedStyle(marker).strokeDasharray).to.equal('none');
    expect(getComputedStyle(marker).strokeWidth).to.equal('3px');
  });

  it('sorted by very significant, an item with no figure for it is drawn last, and a note says why', async () => {
    const values = { a: [40, 37, 12, 11], b: [30, 40, 20, 10], c: [5, 60, 25, 10] };
    const el = await stackWith(rowsWith(2021, values, ['a|very']), 'year="2021"');
    const order = [...el.shadowRoot!.querySelectorAll('g.row')].sort((p, q) => box(p).top - box(q).top).map((g) => g.getAttribute('data-item'));
    expect(order).to.deep.equal(['b', 'c', 'a']);
    expect(notesOf(el)).to.include('Barrier A has no figure for very significant, so is drawn last, after the items sorted by it.');
    // Sorted another way, nothing to say.
    el.setAttribute('sort', 'questionnaire');
    await drawn(el);
    expect(notesOf(el).filter((n) => n.includes('drawn last'))).to.deep.equal([]);
  });

  it('under the Table view, the notes speak of the rows it lists, not of bars; switched back, of bars again', async () => {
    const shown = (el: BarrierStack) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="note"]')].filter((n) => n.checkVisibility()).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
    const values = { a: [40, 37, 12, 11], b: [30, 40, 20, 10], c: [5, 60, 25, 10] };
    // A researcher's rows: A has no figure for very significant (listed last; its 60 is a gap, not rounding), B's and C's add up to 100, D's to 101 (the one row the note counts).
    const sorted = await stackWith([...rowsWith(2021, values, ['a|very']), ...rowsWith(2021, { d: [21, 19, 6, 55] })], 'year="2021" mode="table"');
    expect(sorted.shadowRoot!.querySelector('table.data-table'), 'the table shown').to.not.equal(null);
    expect(shown(sorted)).to.include('Barrier A has no figure for very significant, so is listed last, after the items sorted by it.');
    expect(shown(sorted)).to.include('Percentages are as given in the data: 1 row adds up to 101% rather than 100%.');
    expect(shown(sorted).join(' ')).to.not.match(/\bbars?\b|drawn/);
    expect(new DOMParser().parseFromString(sorted.toSvg(), 'image/svg+xml').querySelector('desc')!.textContent).to.contain('so is drawn last, after the items sorted by it. Percentages are as given in the data: 1 bar adds up to 101% rather than 100%.');
    sorted.mode = 'chart';
    await drawn(sorted);
    expect(shown(sorted)).to.include('Barrier A has no figure for very significant, so is drawn last, after the items sorted by it.');
    expect(shown(sorted)).to.include('Percentages are as given in the data: 1 bar adds up to 101% rather than 100%.');

    // The reports' figures, 2020 beside 2019 (Tables 5.2 and 5.1): three items new in 2020 have one bar, and
    // six bars' printed figures add up to 99–101%. The table marks no item "New": its empty 2019 cells' footnote says why.
    const both = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019" mode="table"></barrier-stack>', 900));
    expect(shown(both)).to.include("Percentages are as printed: because the report rounds each one, in 6 places an item's figures for one year add up to 99–101% rather than 100%.");
    expect(shown(both).filter((n) => n.includes('New in 2020'))).to.deep.equal([]);
    expect(both.shadowRoot!.querySelector('.table-host')!.textContent).to.contain('No figure published: the reports give this item for 2020 only.');
    // A figure downloaded from the Table view draws the chart: its notes are the chart's.
    const desc = new DOMParser().parseFromString(both.toSvg(), 'image/svg+xml').querySelector('desc')!.textContent!;
    expect(desc).to.contain('6 bars add up to 99–101% rather than 100%.');
    expect(desc).to.contain('Items marked ‘New in 2020’ were not asked in 2019 and have one bar.');
    expect(desc).to.not.contain('places');
    both.mode = 'chart';
    await drawn(both);
    expect(shown(both)).to.include('Items marked ‘New in 2020’ were not asked in 2019 and have one bar.');
    expect(shown(both)).to.include('Percentages are as printed: because the report rounds each one, 6 bars add up to 99–101% rather than 100%.');

    // An item not in the compare year's data: given for the year only.
    const later = await stackWith([...rowsWith(2021, values), ...rowsWith(2022, { a: [40, 37, 12, 11], b: [30, 40, 20, 10] })], 'year="2021" compare-year="2022" mode="table"');
    expect(shown(later)).to.include('Not in the data for 2022, so given for 2021 only: Barrier C.');
  });
});
