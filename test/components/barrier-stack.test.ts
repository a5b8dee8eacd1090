import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { STACK_MEASURES } from '../../src/components/barrier-stack/stack-measures.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { axeViolations, browseNodes } from '../a11y.js';
import { barrierRow2021 as row, captureWarnings, cleanup, drawn, mount, expectSame } from '../helpers.js';

// Expected figures are from the reports' text: 2019 report Tables 5.1–5.3 (base 64),
// 2020 report Table 5.2 (16 barriers, three of them about Covid-19; no per-row base printed).

const root = (el: BarrierStack) => el.shadowRoot!;
const rowIds = (el: BarrierStack) => [...root(el).querySelectorAll('g.row')].map((g) => g.getAttribute('data-item')!);
/** Row ids top to bottom, by their drawn position. */
const rowsTopDown = (el: BarrierStack) =>
  [...root(el).querySelectorAll('g.row')]
    .map((g) => ({ id: g.getAttribute('data-item')!, y: Number(/translate\([^,]+,([^)]+)\)/.exec(g.getAttribute('transform')!)![1]) }))
    .sort((a, b) => a.y - b.y)
    .map((r) => r.id);
const plotOf = (el: BarrierStack) => {
  const g = root(el).querySelector('g.plot-area')!;
  return { x0: Number(g.getAttribute('data-x0')), x1: Number(g.getAttribute('data-x1')), zero: Number(g.getAttribute('data-zero')) };
};
const seg = (el: BarrierStack, key: string) => root(el).querySelector<SVGRectElement>(`rect.seg[data-key="${key}"]`)!;
const num = (e: Element, a: string) => Number(e.getAttribute(a));
const key = (el: BarrierStack, k: string) => root(el).querySelector('svg')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const live = (el: BarrierStack) => root(el).querySelector('.live')!.textContent!;
const notes = (el: BarrierStack) => [...root(el).querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

/** Rectangles of an element's rendered boxes in SVG user units (the SVG is drawn 1:1). */
const box = (e: Element) => (e as SVGGraphicsElement).getBBox();

describe('<barrier-stack>', () => {
  afterEach(cleanup);

  it('an item label of 20,000 letters with no space draws, wrapped, without freezing the page (it took minutes)', async () => {
    const first = bundledDataset().rows.find((r) => r.measure === 'barrier' && r.year === 2019)!.item;
    const rows = bundledDataset().rows.map((r) => (r.item === first ? { ...r, item_label: 'W'.repeat(20000) } : r));
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>');
    el.data = rows;
    await drawn(el);
    expect(el.message).to.equal(null);
    const label = el.shadowRoot!.querySelector(`g.row[data-item="${first}"] text`)!;
    expect(label.textContent!.replace(/-/g, '').length).to.equal(20000);
  });

  it('axe-core finds no WCAG 2.2 AA violation (stacked, diverging with new items, one-response group, dark)', async () => {
    for (const attrs of ['measure="barrier" year="2019"', 'measure="barrier" compare-year="2019" diverging', 'measure="barrier" group="organisation:la"', 'measure="facilitator" theme="dark"']) {
      const el = await drawn(mount<BarrierStack>(`<barrier-stack ${attrs}></barrier-stack>`));
      expect(await axeViolations(el), attrs).to.deep.equal([]);
    }
  });

  it('a click on a mark below the first, with the first scrolled out of view: that mark is focused, selected and shown, and the page does not move', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const spacer = document.createElement('div');
    spacer.style.height = '2000px';
    document.body.append(spacer);
    try {
      const marks = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('rect[data-key]')];
      const target = marks[marks.length - 1];
      // The last bar near the top of the window, the first bar above it, out of view.
      window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top - 40);
      expect(marks[0].getBoundingClientRect().bottom, 'first mark out of view').to.be.lessThan(0);
      const before = window.scrollY;
      const selected: unknown[] = [];
      el.addEventListener('pioneer-select', (e) => selected.push((e as CustomEvent).detail));
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      expect(window.scrollY, 'the page stays').to.equal(before);
      const mark = el.marks.find((m) => m.key === target.getAttribute('data-key'))!;
      expect(selected).to.deep.equal([{ source: 'barrier-stack', ...mark.detail }]);
      expectSame(el.shadowRoot!.activeElement, el.shadowRoot!.querySelector('svg'));
      expect(el.shadowRoot!.querySelector('.focused')).to.equal(target);
      expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).to.equal(mark.label);
      // The keyboard goes on from the mark clicked.
      el.shadowRoot!.querySelector('svg')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
      expect(el.shadowRoot!.querySelector('.focused')!.getAttribute('data-key')).to.not.equal(marks[0].getAttribute('data-key'));
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('a click on the background of a chart not yet focused: the chart is focused, no mark shown or selected, no jump; the first arrow shows the first mark, Space selects nothing unseen', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    const selected: unknown[] = [];
    el.addEventListener('pioneer-select', (e) => selected.push((e as CustomEvent).detail));
    const first = el.shadowRoot!.querySelector('rect[data-key]')!.getBoundingClientRect();
    const svgBox = svg.getBoundingClientRect();
    // Left of the first bar, above its label: the chart's background.
    const at: [number, number] = [Math.round(svgBox.left + 4), Math.round(svgBox.top + 2)];
    expect(el.shadowRoot!.elementFromPoint(...at)?.closest('[data-key]') ?? null, 'not a mark').to.equal(null);
    expect(first.left).to.be.greaterThan(at[0]);
    const scrolled = window.scrollY;
    await sendMouse({ type: 'click', position: at });
    expectSame(el.shadowRoot!.activeElement, svg);
    expect(el.shadowRoot!.querySelector('.focused')).to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.hidden).to.equal(true);
    expect(window.scrollY).to.equal(scrolled);
    await sendKeys({ press: 'Space' });
    expect(selected, 'Space selects no mark the reader has not seen').to.deep.equal([]);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.querySelector('.focused')!.getAttribute('data-key')).to.equal(el.marks[0].key);
    expect(el.shadowRoot!.querySelector('.live')!.textContent).to.equal(el.marks[0].label);
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([{ source: 'barrier-stack', ...el.marks[0].detail }]);
  });

  it("a pointer on an item's name beside its bar reaches no segment: the name is not a mark (a pointer on the background just beside a segment still reaches it)", async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    // Rows in place (a redraw at the page's final width moves them with a transition).
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    const row = el.shadowRoot!.querySelector('g.row')!;
    const seg = row.querySelector('rect[data-key]')!;
    const name = row.querySelector('.item-label tspan')!;
    // The pointer as the browser reports it, level with the first segment, `dx` px left of it (measured as sent: the page may scroll).
    const over = (target: Element, dx: number) => {
      const box = seg.getBoundingClientRect();
      target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.left - dx, clientY: box.top + box.height / 2 }));
    };
    // Over the name's letters, 11 px from the segment.
    over(name, 11);
    await new Promise((r) => setTimeout(r, 300));
    expect(tip.hidden, 'no tooltip over the name').to.equal(true);
    // On the chart's background 3 px from the segment: it is within reach.
    over(svg, 3);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal(el.marks.find((m) => m.key === seg.getAttribute('data-key'))!.label);
  });

  for (const [how, css, scale] of [['CSS zoom: 2', 'zoom: 2', 2], ['transform: scale(0.5)', 'transform: scale(0.5); transform-origin: 0 0', 0.5]] as const) {
    it(`under an ancestor's ${how}, a tooltip below a top-row mark starts just under it (8 px of the chart's own), not far off or over it`, async () => {
      const el = await drawn(mount<BarrierStack>(`<div style="${css}"><barrier-stack measure="barrier" year="2019"></barrier-stack></div>`, 320).firstElementChild as BarrierStack);
      const root = el.shadowRoot!;
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      const seg = root.querySelector('rect.seg')!;
      // The page scrolled so that the mark is 4 px under the window's top edge: no room above it
      // in the window, room below (at zoom 2 in a 600 px window, unscrolled, the tooltip fits
      // only above, over the title: the test had passed on a scroll left by chance).
      window.scrollBy(0, seg.getBoundingClientRect().top - 4);
      try {
        expect(seg.getBoundingClientRect().top, 'scrolled').to.be.closeTo(4, 1);
        seg.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
        expect(tip.hidden).to.equal(false);
        expect(tip.classList.contains('below'), 'no room above the top row').to.equal(true);
        const gap = tip.getBoundingClientRect().top - seg.getBoundingClientRect().bottom;
        expect(gap).to.be.closeTo(8 * scale, 1);
      } finally {
        window.scrollTo(0, 0);
      }
    });
  }

  it('a tooltip stays inside the plot at its edges, full width, and opens below a mark at the top', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 640));
    const root = el.shadowRoot!;
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    const hover = (seg: Element) => seg.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    const firstRow = root.querySelector('rect.seg')!.parentElement!;
    const rightmost = [...firstRow.querySelectorAll('rect.seg')].pop()!; // top row, right edge: don't know
    hover(rightmost);
    let box = tip.getBoundingClientRect();
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain("Don't know");
    expect(box.right, 'inside the right edge').to.be.at.most(plot.right + 0.5);
    expect(box.left).to.be.at.least(plot.left - 0.5);
    expect(box.width, 'not squeezed by the edge').to.be.greaterThan(180);
    expect(box.top, 'below the top row, not over the title and controls').to.be.at.least(plot.top);
    hover(firstRow.querySelector('rect.seg')!); // top row, left edge
    box = tip.getBoundingClientRect();
    expect(box.left, 'inside the left edge').to.be.at.least(plot.left - 0.5);
    const lastRow = [...root.querySelectorAll('rect.seg')].pop()!;
    hover(lastRow); // bottom row: room above, so above the mark
    box = tip.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(lastRow.getBoundingClientRect().top);
    // The same row scrolled to the window's top edge: no room above in the window, so below it.
    const spacer = document.createElement('div');
    spacer.style.height = '2000px';
    document.body.append(spacer);
    try {
      window.scrollTo(0, window.scrollY + lastRow.getBoundingClientRect().top - 6);
      hover(lastRow);
      box = tip.getBoundingClientRect();
      expect(box.top, 'inside the window').to.be.at.least(0);
      expect(box.top, 'under the mark').to.be.at.least(lastRow.getBoundingClientRect().bottom - 0.5);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('narrow and diverging (320 px): the centre line never strikes through an item label, and labels are haloed over the grid', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="progress" year="2019" diverging></barrier-stack>', 320));
    const svg = root(el).querySelector('svg')!;
    expect(svg.querySelector('[data-layout]')!.getAttribute('data-layout')).to.equal('narrow');
    const labels = [...svg.querySelectorAll<SVGTextElement>('text.item-label')].map((t) => t.getBoundingClientRect());
    const lines = [...svg.querySelectorAll<SVGLineElement>('line.centre-line')].map((l) => l.getBoundingClientRect());
    expect(labels.length).to.equal(8);
    expect(lines.length, 'a centre line beside each bar').to.equal(8);
    const crossings = lines.flatMap((l) => labels.filter((b) => l.left >= b.left && l.left <= b.right && l.top < b.bottom && l.bottom > b.top));
    expect(crossings).to.have.length(0);
    expect(getComputedStyle(svg.querySelector('text.item-label')!).paintOrder).to.match(/^stroke/);
  });

  it('in browse mode a screen reader meets each row as its item and every value drawn (2020 report Table 5.2), not label fragments', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const nodes = await browseNodes(el.summary);
    expect(nodes.map((n) => n.role)).to.deep.equal(new Array(16).fill('image'));
    expect(nodes[0].name).to.equal("Significant financial constraints within the local health and social care economy: very significant 48%, fairly significant 41%, not significant 7%, don't know 4%");
    expect(nodes.map((n) => n.name)).to.include("Time required to deal with Covid-19 pandemic (new in 2020): very significant 42%, fairly significant 38%, not significant 17%, don't know 4%");
    // Every drawn segment's value is in its row's name, in drawn order.
    for (const row of root(el).querySelectorAll('g.row')) {
      const label = row.getAttribute('aria-label')!;
      const values = [...row.querySelectorAll('rect.seg')].map((r) => `${r.getAttribute('data-value')}%`);
      expect(label.match(/\d+%/g), label).to.deep.equal(values);
    }
  });

  it('compared years: a row reads each year and its values', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>'));
    const names = (await browseNodes(el.summary)).map((n) => n.name);
    expect(names).to.include("Significant financial constraints within the local health and social care economy: 2020: very significant 48%, fairly significant 41%, not significant 7%, don't know 4%; 2019: very significant 44%, fairly significant 44%, not significant 6%, don't know 6%");
  });

  it('<barrier-stack measure="barrier" year="2019"> draws 13 bars', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    expect(root(el).querySelectorAll('g.bar')).to.have.length(13);
    expect(el.marks).to.have.length(13 * 4);
    expect(root(el).querySelector('[part="title"]')!.textContent).to.contain('Barriers to integration, 2019');
  });

  it("a group of sites' segments say their base is of informants ('base 34 informants', as the key and table do: 12 sites); an organisation's base stays 'base 21'", async () => {
    for (const [group, noun] of [['deprivation:less', ' informants'], ['organisation:la', '']] as const) {
      const el = await drawn(mount<BarrierStack>(`<barrier-stack measure="barrier" year="2019" group="${group}"></barrier-stack>`));
      const row = bundledDataset().rows.find((r) => r.measure === 'barrier' && r.year === 2019 && r.group === group && r.item === 'financial-constraints' && r.response === 'very')!;
      const mark = el.marks.find((m) => m.key === 'financial-constraints|2019|very')!;
      expect(mark.label, group).to.contain(`(base ${row.base}${noun}; 2019 report Table ${row.source_table})`);
    }
  });

  it('the "very significant" segment of financial constraints spans 44% of the plot width (Table 5.1)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 800));
    const { x0, x1 } = plotOf(el);
    const very = seg(el, 'financial-constraints|2019|very');
    expect(num(very, 'width')).to.be.closeTo(0.44 * (x1 - x0), 1);
    expect(very.getAttribute('data-value')).to.equal('44');
    // Its value is written inside it, and the legend names the response.
    const label = root(el).querySelector('g.row[data-item="financial-constraints"] text.seg-label[data-response="very"]')!;
    expect(label.textContent).to.equal('44%');
    const legend = [...root(el).querySelectorAll('g.legend-item text')].map((t) => t.textContent);
    expect(legend).to.deep.equal(['Very significant', 'Fairly significant', 'Not significant', "Don't know"]);
  });

  it('each value label says its own segment\'s figure, on every response of every bar (two years\' bars too)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 800));
    const wrong: string[] = [];
    const responses = new Set<string>();
    for (const t of root(el).querySelectorAll('text.seg-label')) {
      const response = t.getAttribute('data-response')!;
      const rect = t.parentElement!.querySelector(`rect.seg[data-response="${response}"]`)!;
      responses.add(response);
      const figure = `${Math.round(Number(rect.getAttribute('data-value')))}%`;
      if (t.textContent !== figure) wrong.push(`${rect.getAttribute('data-key')}: labelled ${t.textContent}, its figure ${figure}`);
    }
    expect(responses.size, 'labels on more than the first response').to.be.greaterThan(1);
    expect(wrong.slice(0, 5), `${wrong.length} labels not their segment's figure`).to.deep.equal([]);
  });

  it('a value label on a textured segment is haloed in the segment\'s plain colour; on a plain one it is not', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    // The plain colour under each texture: the base tile of the segment's pattern.
    const baseOf = (rect: Element) => {
      const id = /url\("?#([^")]+)"?\)/.exec(getComputedStyle(rect).fill)?.[1];
      return id ? getComputedStyle(root(el).getElementById(id)!.querySelector('rect')!).fill : null;
    };
    const seen = { haloed: [] as string[], plain: 0 };
    for (const t of root(el).querySelectorAll('text.seg-label')) {
      const rect = t.parentElement!.querySelector(`rect.seg[data-response="${t.getAttribute('data-response')}"]`)!;
      const cs = getComputedStyle(t);
      const base = baseOf(rect);
      const inside = !t.hasAttribute('text-anchor');
      if (inside && base) {
        expect(cs.stroke, t.textContent!).to.equal(base);
        expect(cs.paintOrder, t.textContent!).to.match(/^stroke/);
        expect(parseFloat(cs.strokeWidth)).to.be.within(2, 4);
        seen.haloed.push(`${t.getAttribute('data-response')} ${t.textContent}`);
      } else {
        expect(cs.stroke, t.textContent!).to.equal('none');
        seen.plain++;
      }
    }
    // Table 5.1: 'fairly', 'not significant' and 'don't know' are textured; financial constraints' 6% and 6% among them.
    expect(seen.haloed.filter((h) => h.startsWith('fairly ')).length).to.be.greaterThan(5);
    expect(seen.haloed.filter((h) => h.startsWith('not ')).length).to.be.greaterThan(5);
    expect(seen.haloed.filter((h) => h.startsWith('dont-know ')).length).to.be.greaterThan(3);
    // 'very significant' is plain: its labels (and those drawn beside a segment) have no halo.
    expect(seen.plain).to.be.greaterThan(5);
  });

  it("names an item whose label's first word is followed by a comma as mid-sentence, lowered (2019 report Table 6.1: 78% of 64)", async () => {
    // "Building, maintaining and reinforcing…": the comma was read as part of the word, which
    // kept its capital ("…most often rated very important was Building, maintaining…").
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="facilitator" year="2019"></barrier-stack>'));
    const summary = root(el).querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain(
      'In 2019 the facilitator most often rated very important was building, maintaining and reinforcing good working relationships between key local partners (78% of 64).',
    );
  });

  it('says in words what the chart shows, from the data', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    const summary = root(el).querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain('In 2019 the barrier most often rated very significant was significant financial constraints');
    expect(summary).to.contain('(44% of 64)');
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(summary);
    // Heard once: the paragraph is the chart's accessible name, so it is hidden from screen
    // readers while the chart is shown, and read in the table view, where the chart is hidden.
    const shown = root(el).querySelector('[part="summary"]')!;
    expect(shown.getAttribute('aria-hidden')).to.equal('true');
    const heard = async () => {
      type Node = { name?: string; children?: Node[] };
      let n = 0;
      const walk = (node: Node) => {
        if (node.name?.includes('the barrier most often rated very significant')) n++;
        node.children?.forEach(walk);
      };
      walk((await a11ySnapshot({})) as unknown as Node);
      return n;
    };
    expect(await heard(), 'the chart\'s name only').to.equal(1);
    el.mode = 'table';
    await el.updateComplete;
    expect(shown.hasAttribute('aria-hidden')).to.equal(false);
  });

  it('defaults to the latest year: 2020 draws 16 bars and marks the three Covid-19 barriers as new', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>'));
    expect(root(el).querySelectorAll('g.bar')).to.have.length(16);
    const fresh = [...root(el).querySelectorAll('g.row[data-new="2020"]')].map((g) => g.getAttribute('data-item')!);
    expect(fresh).to.have.length(3);
    expect(fresh.every((id) => id.startsWith('covid-'))).to.equal(true);
    const badges = [...root(el).querySelectorAll('g.badge text')].map((t) => t.textContent);
    expect(badges).to.deep.equal(['New in 2020', 'New in 2020', 'New in 2020']);
    // 2020 report Table 5.2: time required to deal with Covid-19, very significant 42%; no base per
    // row, but "Bases range between 52 and 54" for the table.
    const mark = el.marks.find((m) => m.key === 'covid-time|2020|very')!;
    expect(mark.label).to.contain('Time required to deal with Covid-19 pandemic (new in 2020), 2020: Very significant 42%');
    expect(mark.label).to.contain("(bases 52–54 for the report's whole table; 2020 report Table 5.2)");
    expect(mark.label).not.to.contain('base not printed');
  });

  it('Table 5.2 (2020) prints one range of bases for all its rows: the source line, summary and table give it', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    expect(root(el).querySelector('.source')!.textContent).to.equal('Source: PIRU key informant survey 2020, Table 5.2; bases 52–54');
    expect(el.summary).to.contain("(48%; bases 52–54 for the report's whole table)");
    el.mode = 'table';
    await el.updateComplete;
    const metas = [...root(el).querySelectorAll('.table-host th .col-meta')].map((m) => m.textContent!.trim());
    expect(metas.length).to.equal(4);
    for (const m of metas) expect(m).to.equal('bases 52–54; 2020 report Table 5.2');
    // Compared with 2019 (Table 5.1, base 64): both.
    el.setAttribute('compare-year', '2019');
    await el.updateComplete;
    // Each report's base follows its own table, this chart's year first, as in its citation.
    expect(root(el).querySelector('.source')!.textContent).to.equal(
      'Source: PIRU key informant survey 2020, Table 5.2, bases 52–54; PIRU key informant survey 2019, Table 5.1, base 64',
    );
    expect(el.citation().split('\n').map((c) => c.slice(c.indexOf('Results from the'), c.indexOf(') of Pioneer') + 1))).to.deep.equal([
      'Results from the fifth survey (autumn 2020)',
      'Results from the fourth survey (autumn 2019)',
    ]);
  });

  it('sort="severity" (default) puts the largest "very significant" first; questionnaire and alphabetical reorder', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    // Table 5.1 'very significant': financial constraints 44, competing demands 34, increased demand 32, IT 31.
    expect(rowsTopDown(el).slice(0, 4)).to.deep.equal(['financial-constraints', 'competing-demands', 'increased-demand', 'incompatible-it']);
    expect(rowsTopDown(el).at(-1)).to.equal('gps-not-committed'); // 3%
    el.sort = 'questionnaire';
    await el.updateComplete;
    expect(rowsTopDown(el).slice(0, 3)).to.deep.equal(['financial-constraints', 'increased-demand', 'incompatible-it']);
    el.setAttribute('sort', 'alphabetical');
    await el.updateComplete;
    // "Acute services …" first, "Working out realistic financial savings …" last.
    expect(rowsTopDown(el)[0]).to.equal('acute-not-engaged');
    expect(rowsTopDown(el).at(-1)).to.equal('financial-savings');
  });

  it('a group that publishes only one response draws that response alone, with a note (Table 5.2: LA)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019" group="organisation:la"></barrier-stack>', 800));
    const responses = new Set([...root(el).querySelectorAll('rect.seg')].map((r) => r.getAttribute('data-response')));
    expect([...responses]).to.deep.equal(['very']);
    expect(root(el).querySelectorAll('g.bar')).to.have.length(13);
    const { x0, x1 } = plotOf(el);
    // 'Significant financial constraints': LA 57%.
    expect(num(seg(el, 'financial-constraints|2019|very'), 'width')).to.be.closeTo(0.57 * (x1 - x0), 1);
    const note = notes(el).find((n) => n.includes('not published'))!;
    expect(note).to.contain('Only ‘Very significant’ is published for local authority in 2019');
    expect(note).to.contain('fairly significant, not significant, don\'t know');
    expect(note).to.contain('Table 5.2');
    expect([...root(el).querySelectorAll('g.legend-item')]).to.have.length(1);
  });

  it('progress by group publishes only "substantial or some": drawn alone, never stacked with its parts', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="progress" group="tenure:5-plus"></barrier-stack>'));
    const responses = new Set([...root(el).querySelectorAll('rect.seg')].map((r) => r.getAttribute('data-response')));
    expect([...responses]).to.deep.equal(['substantial-or-some']);
    expect(notes(el).some((n) => n.includes('not published for this group'))).to.equal(true);
    const all = await drawn(mount<BarrierStack>('<barrier-stack measure="progress"></barrier-stack>'));
    const allResponses = new Set([...root(all).querySelectorAll('rect.seg')].map((r) => r.getAttribute('data-response')));
    expect([...allResponses]).to.deep.equal(['substantial', 'some', 'none', 'dont-know']);
  });

  it('diverging centres the bars on the neutral point, with "don\'t know" apart', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019" diverging></barrier-stack>', 900));
    const { zero, x0, x1 } = plotOf(el);
    expect(zero).to.be.closeTo((x0 + x1) / 2, 0.5);
    for (const row of root(el).querySelectorAll('g.row')) {
      const id = row.getAttribute('data-item')!;
      const fairly = seg(el, `${id}|2019|fairly`);
      const not = seg(el, `${id}|2019|not`);
      expect(num(fairly, 'x') + num(fairly, 'width'), id).to.be.closeTo(zero, 0.05);
      expect(num(not, 'x'), id).to.be.closeTo(zero, 0.05);
      expect(num(seg(el, `${id}|2019|dont-know`), 'x'), id).to.be.greaterThan(x1);
    }
    // Same scale on both sides: 44% very + 44% fairly left of centre, 6% not right of it.
    const px = (x1 - x0) / 2 / Number(root(el).querySelector('g.plot-area')!.getAttribute('data-domain')!.split(',')[1]);
    expect(num(seg(el, 'financial-constraints|2019|very'), 'x')).to.be.closeTo(zero - 88 * px, 1);
    expect(num(seg(el, 'financial-constraints|2019|not'), 'width')).to.be.closeTo(6 * px, 1);
  });

  it('diverging on a measure without a neutral point says so and stacks from 0', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="covid-effect" diverging></barrier-stack>'));
    expect(root(el).querySelector('g.plot-area')!.getAttribute('data-mode')).to.equal('stacked');
    const note = 'Effect of Covid-19 on progress: the answers are not on a scale with a neutral point, so the bars are stacked from 0.';
    expect(notes(el)).to.include(note);
    // A note on the drawing: the Table view, which shows no bars, does not show it (as it hides the
    // stacked bars' other notes on the drawing); a downloaded figure (the drawing) still says it.
    const shown = () => [...root(el).querySelectorAll<HTMLElement>('[part="note"]')].filter((n) => n.getClientRects().length).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
    expect(shown(), 'on the chart').to.include(note);
    el.mode = 'table';
    await el.updateComplete;
    expect(shown(), 'under the Table view').not.to.include(note);
    expect(el.toSvg(), 'in the figure downloaded').to.include('neutral point');
    el.mode = 'chart';
    await el.updateComplete;
    expect(shown(), 'on the chart again').to.include(note);
  });

  it('compare-year="2019" draws paired bars for items asked in both years, one bar for the new ones', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 900));
    expect(root(el).querySelectorAll('g.row')).to.have.length(16);
    expect(root(el).querySelectorAll('g.bar')).to.have.length(13 * 2 + 3);
    const fc = root(el).querySelector('g.row[data-item="financial-constraints"]')!;
    expect([...fc.querySelectorAll('g.bar')].map((b) => b.getAttribute('data-year'))).to.deep.equal(['2020', '2019']);
    // 2020 report Table 5.2: 48% very significant; 2019 report Table 5.1: 44%.
    expect(seg(el, 'financial-constraints|2020|very').getAttribute('data-value')).to.equal('48');
    expect(seg(el, 'financial-constraints|2019|very').getAttribute('data-value')).to.equal('44');
    expect([...fc.querySelectorAll('text.bar-year')].map((t) => t.textContent)).to.deep.equal(['2020', '2019']);
    const covid = root(el).querySelector('g.row[data-item="covid-time"]')!;
    expect(covid.querySelectorAll('g.bar')).to.have.length(1);
    expect(covid.querySelector('g.badge text')!.textContent).to.equal('New in 2020');
    // Up/down moves between bars: from the 2020 bar of an item to its 2019 bar.
    const svg = root(el).querySelector('svg')!;
    svg.focus();
    const first = live(el);
    expect(first).to.match(/, 2020: /);
    key(el, 'ArrowDown');
    expect(live(el)).to.match(/, 2019: /);
    expect(live(el).split(',')[0]).to.equal(first.split(',')[0]);
  });

  it('re-renders when an attribute changes', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    el.setAttribute('year', '2020');
    await el.updateComplete;
    expect(root(el).querySelectorAll('g.bar')).to.have.length(16);
    el.setAttribute('measure', 'facilitator');
    el.setAttribute('year', '2019');
    await el.updateComplete;
    expect(root(el).querySelectorAll('g.bar')).to.have.length(13);
    // 2019 report Table 6.1: good working relationships, 78% very important.
    expect(seg(el, 'working-relationships|2019|very').getAttribute('data-value')).to.equal('78');
    expect(rowIds(el)).to.not.include('financial-constraints');
  });

  it('another year re-sorts the rows: a row that changes place is moved, not rebuilt, and its segments still glide to their new widths', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 800));
    // Marks move only in a chart seen in the window, told a frame after it is connected.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const before = new Map([...root(el).querySelectorAll('g.row')].map((g) => [g.getAttribute('data-item')!, g]));
    const widths = new Map([...root(el).querySelectorAll('rect.seg')].map((r) => [r, r.getAttribute('width')]));
    el.setAttribute('year', '2019');
    await el.updateComplete;
    const after = [...root(el).querySelectorAll('g.row')];
    const kept = after.filter((g) => before.get(g.getAttribute('data-item')!) === g);
    // Rows of items asked in both years keep their element; some of them change order
    // (2019's Table 5.1 ranks them differently from 2020's Table 5.2), so the join moves them.
    const keptIds = kept.map((g) => g.getAttribute('data-item'));
    const keptBefore = [...before.keys()].filter((id) => keptIds.includes(id));
    expect(kept.length).to.be.greaterThan(5);
    expect(keptIds).to.not.deep.equal(keptBefore);
    // Every segment of a kept row whose width changed is mid-transition (the CSS transition
    // runs), including the rows that moved: a move that re-inserted them would drop it.
    const moved = keptIds.filter((id, i) => keptBefore.indexOf(id!) !== i);
    expect(moved.length).to.be.greaterThan(0);
    for (const g of kept) {
      const resized = [...g.querySelectorAll<SVGRectElement>('rect.seg')].filter((r) => widths.has(r) && widths.get(r) !== r.getAttribute('width'));
      expect(resized.length, g.getAttribute('data-item')!).to.be.greaterThan(0);
      for (const r of resized) {
        const transitions = r.getAnimations().filter((a) => a instanceof CSSTransition);
        expect(transitions.length, `${r.getAttribute('data-key')} (${moved.includes(g.getAttribute('data-item')) ? 'moved' : 'in place'})`).to.be.greaterThan(0);
      }
    }
  });

  for (const [attrs, attribute, valid] of [
    ['measure="barriers"', 'measure="barriers"', 'barrier, facilitator, progress, covid-effect'],
    ['measure="barrier" year="2017"', 'year="2017"', '2019, 2020'],
    ['measure="barrier" group="organisation:nhs"', 'group="organisation:nhs"', 'organisation:la'],
    ['measure="barrier" year="2020" group="organisation:la"', 'group="organisation:la"', 'all'],
    ['measure="barrier" sort="size"', 'sort="size"', 'severity, questionnaire, alphabetical'],
    ['measure="barrier" year="2020" compare-year="2018"', 'compare-year="2018"', '2019'],
    ['measure="barrier" year="twenty"', 'year="twenty"', '2019, 2020'],
  ] as const) {
    it(`<barrier-stack ${attrs}> shows a message naming ${attribute.split('=')[0]} and its valid values, warns once, does not throw`, async () => {
      let el!: BarrierStack;
      const warnings = await captureWarnings(async () => {
        el = await drawn(mount<BarrierStack>(`<barrier-stack ${attrs}></barrier-stack>`));
        await el.updateComplete;
      });
      const msg = root(el).querySelector('[part="message"]')!.textContent!;
      expect(msg).to.contain(attribute);
      expect(msg).to.contain(valid);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(attribute);
      expect(root(el).querySelector('svg')).to.equal(null);
    });
  }

  it('diverging: the don\'t-know panel gives its scale in its header, so no tick label of its own reads on from the main axis ("100% 10%")', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="facilitator" year="2019" diverging></barrier-stack>', 680));
    expect(root(el).querySelector('.aside-header text')!.textContent).to.equal("Don't know, 0–10%");
    const labels = [...root(el).querySelectorAll('.x-axis .tick text')].map((t) => ({ text: t.textContent, x: t.getBoundingClientRect().left })).sort((a, b) => a.x - b.x);
    expect(labels.map((l) => l.text)).to.deep.equal(['100%', '75%', '50%', '25%', '0%', '25%', '50%', '75%', '100%']);
    // Every don't-know bar ends within the panel's 0–10% scale.
    const dk = [...root(el).querySelectorAll('rect.seg[data-response="dont-know"]')].map((r) => Number(r.getAttribute('data-value')));
    expect(Math.max(...dk)).to.be.at.most(10);
  });

  it('the chart\'s summary and the sentence under it are the same text (the Covid-19 items in questionnaire order)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const under = root(el).querySelector('[part="summary"]')!.textContent!.trim();
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(under);
    expect(under).to.match(/New in 2020: time required to deal with Covid-19 pandemic; diversion of staff resources to deal with Covid-19 pandemic; financial resources required to deal with Covid-19 pandemic\.$/);
  });

  it('a bad attribute on one chart leaves another chart on the page drawn', async () => {
    await captureWarnings(async () => {
      const bad = await drawn(mount<BarrierStack>('<barrier-stack measure="nope"></barrier-stack>'));
      const good = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
      expect(bad.message).to.contain('measure="nope"');
      expect(root(good).querySelectorAll('g.bar')).to.have.length(13);
    });
  });

  it('a redraw while the chart has keyboard focus outlines, shows and announces the focused mark, and only it', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    const svg = root(el).querySelector('svg')!;
    svg.focus();
    key(el, 'ArrowDown');
    key(el, 'ArrowRight');
    expect(live(el)).to.match(/^Too many competing demands .*: Fairly significant/);
    // Another year: the rows are re-sorted and the bars redrawn in place.
    el.setAttribute('year', '2020');
    await el.updateComplete;
    const focused = [...root(el).querySelectorAll('.focused')];
    expect(focused).to.have.length(1);
    const mark = el.marks.find((m) => m.key === focused[0].getAttribute('data-key'))!;
    expect(mark.key).to.match(/\|2020\|/);
    // The tooltip and the live region speak of the outlined mark, in the new year.
    expect(root(el).querySelector('.tooltip')!.textContent).to.equal(mark.label);
    expect(live(el)).to.equal(mark.label);
  });

  it('keyboard: arrows move between segments and bars; the live region gives label, value, base and table', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    const svg = root(el).querySelector('svg')!;
    svg.focus();
    expect(live(el)).to.equal(
      'Significant financial constraints within the local health and social care economy, 2019: Very significant 44% (base 64; 2019 report Table 5.1)',
    );
    expect(seg(el, 'financial-constraints|2019|very').classList.contains('focused')).to.equal(true);
    key(el, 'ArrowRight');
    expect(live(el)).to.contain('Fairly significant 44% (base 64');
    key(el, 'ArrowRight');
    expect(live(el)).to.contain('Not significant 6%');
    key(el, 'ArrowDown'); // next bar: competing demands (34% very), same position: not significant 13%
    expect(live(el)).to.match(/^Too many competing demands .*: Not significant 13% \(base 64; 2019 report Table 5.1\)$/);
    key(el, 'ArrowLeft');
    expect(live(el)).to.contain('Fairly significant 48%');
    key(el, 'ArrowUp');
    expect(live(el)).to.match(/^Significant financial constraints/);
    const tooltip = root(el).querySelector<HTMLElement>('.tooltip')!;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.equal(live(el));
  });

  it('fires pioneer-select with the segment ids on Enter', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    let detail: unknown;
    document.body.addEventListener('pioneer-select', (e) => (detail = (e as CustomEvent).detail), { once: true });
    root(el).querySelector('svg')!.focus();
    key(el, 'ArrowRight');
    key(el, 'Enter');
    expect(detail).to.deep.equal({
      source: 'barrier-stack',
      kind: 'segment',
      measure: 'barrier',
      item: 'financial-constraints',
      year: 2019,
      group: 'all',
      response: 'fairly',
    });
  });

  it('in forced colours (Windows High Contrast) every response of every measure still looks different, and its legend key looks like its segments', async () => {
    try {
      for (const measure of STACK_MEASURES) {
        const el = await drawn(mount<BarrierStack>(`<barrier-stack measure="${measure}"></barrier-stack>`));
        await executeServerCommand('emulate-forced-colors', { active: true });
        await new Promise((r) => requestAnimationFrame(r));
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
        // What a reader can tell apart once the colours are the system's: a plain fill's colour,
        // or the texture of a pattern (its base tile is forced to one colour for all).
        const look = (shape: Element) => {
          const fill = getComputedStyle(shape).fill;
          const id = /url\("?#([^")]+)"?\)/.exec(fill)?.[1];
          if (!id) return `plain ${fill}`;
          const ink = root(el).getElementById(id)!.querySelector(':scope > :not(rect)')!;
          return `${ink.localName} ${ink.getAttribute('d') ?? ''}`;
        };
        const looks = new Map<string, string>();
        for (const rect of root(el).querySelectorAll('rect.seg')) {
          const response = rect.getAttribute('data-response')!;
          expect(looks.get(response) ?? look(rect), `${measure} ${response}: the same look on every bar`).to.equal(look(rect));
          looks.set(response, look(rect));
        }
        expect(looks.size, `${measure}: responses drawn`).to.be.greaterThan(2);
        expect(new Set(looks.values()).size, `${measure}: ${[...looks].map(([r, l]) => `${r} = ${l}`).join('; ')}`).to.equal(looks.size);
        for (const [response, l] of looks) {
          expect(look(root(el).querySelector(`g.legend-item[data-response="${response}"] rect.swatch`)!), `${measure} ${response}: legend key`).to.equal(l);
        }
        await executeServerCommand('emulate-forced-colors', { active: false });
        cleanup();
      }
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('every segment is a mark whose data-key is drawn once', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="facilitator"></barrier-stack>'));
    expect(el.marks).to.have.length(13 * 5);
    for (const m of el.marks) expect(root(el).querySelectorAll(`[data-key="${m.key}"]`), m.key).to.have.length(1);
  });

  for (const width of [320, 1000]) {
    it(`at ${width} px: fills the width, labels wrap without overlapping each other or the bars, no negative sizes`, async () => {
      const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', width));
      const svg = root(el).querySelector('svg')!;
      expect(svg.getBoundingClientRect().width).to.be.closeTo(width, 1);
      const narrow = width < 480;
      expect(root(el).querySelector('g.plot-area')!.getAttribute('data-layout')).to.equal(narrow ? 'narrow' : 'wide');
      const { x0 } = plotOf(el);
      const rows = [...svg.querySelectorAll<SVGGElement>('g.row')];
      const boxes = rows.map((row) => {
        const ty = Number(/translate\([^,]+,([^)]+)\)/.exec(row.getAttribute('transform')!)![1]);
        const label = box(row.querySelector('text.item-label')!);
        const bars = [...row.querySelectorAll<SVGGElement>('g.bar')].map((b) => {
          const by = Number(/translate\([^,]+,([^)]+)\)/.exec(b.getAttribute('transform')!)![1]);
          const r = b.querySelector('rect.seg')!;
          return { top: ty + by, bottom: ty + by + num(r, 'height') };
        });
        return { row, ty, label: { x: label.x, y: label.y + ty, width: label.width, height: label.height }, bars };
      });
      for (const b of boxes) {
        const id = b.row.getAttribute('data-item')!;
        // Labels stay inside the SVG and, when wide, inside their column left of the year gutter and bars.
        expect(b.label.x, id).to.be.at.least(-0.5);
        expect(b.label.x + b.label.width, id).to.be.at.most(width + 0.5);
        if (!narrow) expect(b.label.x + b.label.width, id).to.be.at.most(x0 - 30);
        else expect(b.label.y + b.label.height, id).to.be.at.most(b.bars[0].top + 0.5); // label above its bars
        // The full label is drawn (no truncation).
        const text = [...b.row.querySelectorAll('text.item-label tspan')].map((t) => t.textContent).join(' ');
        expect(text.replace(/-(?= )/g, '').replace(/\s+/g, ' ')).to.have.length.greaterThan(10);
        expect(text).to.not.contain('…');
      }
      // Rows do not overlap: each row's label and bars end above the next row's start.
      for (let i = 1; i < boxes.length; i++) {
        const prevBottom = Math.max(boxes[i - 1].label.y + boxes[i - 1].label.height, ...boxes[i - 1].bars.map((b) => b.bottom));
        const nextTop = Math.min(boxes[i].label.y, ...boxes[i].bars.map((b) => b.top));
        expect(prevBottom, `${boxes[i - 1].row.getAttribute('data-item')} / ${boxes[i].row.getAttribute('data-item')}`).to.be.at.most(nextTop + 0.5);
      }
      // Value labels sit inside their segments.
      for (const t of svg.querySelectorAll<SVGTextElement>('text.seg-label')) {
        const r = t.parentElement!.querySelector(`rect.seg[data-response="${t.getAttribute('data-response')}"]`)!;
        const tb = t.getBBox();
        const tx = Number(/translate\(([^,]+),/.exec(t.getAttribute('transform')!)![1]);
        expect(tx + tb.x, t.textContent!).to.be.at.least(num(r, 'x') - 0.5);
        expect(tx + tb.x + tb.width, t.textContent!).to.be.at.most(num(r, 'x') + num(r, 'width') + 0.5);
        // …and are centred on the bar's height (within 1.5 px).
        const ty = Number(/translate\([^,]+,([^)]+)\)/.exec(t.getAttribute('transform')!)![1]);
        expect(ty + tb.y + tb.height / 2, t.textContent!).to.be.closeTo(num(r, 'height') / 2, 1.5);
      }
      // Legend entries do not overlap.
      const legend = [...svg.querySelectorAll<SVGGElement>('g.legend-item')].map((g) => {
        const [, lx, ly] = /translate\(([^,]+),([^)]+)\)/.exec(g.getAttribute('transform')!)!.map(Number);
        const b = g.getBBox();
        return { x: lx + b.x, y: ly + b.y, r: lx + b.x + b.width, b: ly + b.y + b.height };
      });
      for (const a of legend) {
        expect(a.r).to.be.at.most(width + 0.5);
        for (const c of legend) if (a !== c) expect(a.r <= c.x || c.r <= a.x || a.b <= c.y || c.b <= a.y).to.equal(true);
      }
      for (const r of svg.querySelectorAll('rect')) {
        if (r.hasAttribute('width')) expect(num(r, 'width')).to.be.at.least(0);
        if (r.hasAttribute('height')) expect(num(r, 'height')).to.be.at.least(0);
      }
    });
  }

  it('draws a custom dataset given as `data` (rows in the export format)', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>');
    el.data = [row('a', 'very', 10), row('a', 'fairly', 20), row('a', 'not', 70), row('b', 'very', 60), row('b', 'fairly', 30), row('b', 'not', 10)];
    await drawn(el);
    expect(rowsTopDown(el)).to.deep.equal(['b', 'a']);
    expect(el.marks.map((m) => m.key)).to.include('a|2021|not');
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.contain('was barrier B (60% of 40)');
  });

  it('items tied for the top are named in questionnaire order in the accessible name and the sentence under the chart alike, however the bars are sorted', async () => {
    // Questionnaire order: Zeta, then Alpha; alphabetical order draws Alpha first.
    const row = (item: string, label: string, response: string, value: number) => ({
      measure: 'barrier', item, item_label: label, year: 2021, group: 'all', response,
      value, unit: 'percent', base: 40, source_survey: 2021, source_table: '1',
    });
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" sort="alphabetical"></barrier-stack>');
    el.data = [row('z', 'Zeta barrier', 'very', 60), row('z', 'Zeta barrier', 'not', 40), row('a', 'Alpha barrier', 'very', 60), row('a', 'Alpha barrier', 'not', 40)];
    await drawn(el);
    expect(rowsTopDown(el)).to.deep.equal(['a', 'z']);
    const sentence = root(el).querySelector('[part="summary"]')!.textContent!.trim();
    expect(sentence).to.contain('were zeta barrier and alpha barrier (60% of 40 each)');
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(sentence);
  });

  it('the keyboard stays on the same item and response when another year redraws the chart (its segment moves, it is not swapped for another item)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    const svg = root(el).querySelector('svg')!;
    svg.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    const before = root(el).querySelector('.focused')!.getAttribute('data-key')!;
    const [item, , response] = before.split('|');
    expect(before).to.match(/\|2019\|/);
    el.year = 2020;
    await drawn(el);
    await el.updateComplete;
    const after = `${item}|2020|${response}`;
    expect(el.marks.some((m) => m.key === after), `${after} is drawn in 2020`).to.equal(true);
    expect(root(el).querySelector('.focused')!.getAttribute('data-key')).to.equal(after);
    expect(root(el).querySelector('.live')!.textContent).to.equal(el.marks.find((m) => m.key === after)!.label);
  });

  it('height overrides the height (when larger than the rows need)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019" height="1400"></barrier-stack>'));
    expect(root(el).querySelector('svg')!.getAttribute('height')).to.equal('1400');
    expect(root(el).querySelector<HTMLElement>('[part="size-note"]')!.hidden).to.equal(true);
  });

  it('a height smaller than the rows need is not used: the chart says so under it and warns once, naming height and what would do', async () => {
    const natural = Number(root(await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'))).querySelector('svg')!.getAttribute('height'));
    cleanup();
    let el!: BarrierStack;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" height="300"></barrier-stack>'));
      // A resize redraws at another natural height: the note follows, the console is not told again.
      el.parentElement!.style.width = '500px';
      for (let i = 0; i < 20 && !/^0 0 500 /.test(root(el).querySelector('svg')!.getAttribute('viewBox')!); i++) {
        await new Promise((r) => requestAnimationFrame(r));
        await el.updateComplete;
      }
    });
    const svgEl = root(el).querySelector('svg')!;
    const drawnHeight = Number(svgEl.getAttribute('height'));
    expect(drawnHeight).to.be.greaterThan(natural); // narrower: labels wrap onto more lines
    const note = root(el).querySelector<HTMLElement>('[part="size-note"]')!;
    expect(note.hidden).to.equal(false);
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(note.textContent).to.equal(`height="300" is less than the ${drawnHeight} px this chart needs at this width, so it is drawn ${drawnHeight} px tall. Use a height of at least ${drawnHeight}, or none for the chart's own height.`);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<barrier-stack>: height="300" is less than the \d+ px/);
    // Not a note of the figure: an exported SVG does not carry it, and paper does not show it.
    expect(el.toSvg()).to.not.contain('height="300" is less');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(note).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // A height that fits clears the note.
    el.height = drawnHeight + 50;
    await drawn(el);
    expect(svgEl.getAttribute('height')).to.equal(String(drawnHeight + 50));
    expect(note.hidden).to.equal(true);
  });

  it('a figure the report prints as a dash says so under the chart: LA informants on GPs not fully committed, 2019 (Table 5.2)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019" group="organisation:la"></barrier-stack>', 800));
    const zero = seg(el, 'gps-not-committed|2019|very');
    expect(zero, 'the 0% segment is a mark').to.not.equal(null);
    expect(zero.getAttribute('data-value')).to.equal('0');
    const caveat = root(el).querySelector<HTMLElement>('.source-note')!;
    expect(caveat.hidden).to.equal(false);
    expect(caveat.textContent).to.contain('prints a dash ("-") for a figure shown here (Table 5.2), and does not say what a dash means. It is shown as 0%, the only value its base allows (one informant of 21 would be 4.8%).');
    // The same chart for all informants (Table 5.1) has no dash, and no such caveat.
    el.setAttribute('group', 'all');
    await el.updateComplete;
    await drawn(el);
    expect(root(el).querySelector('.source-note')!.textContent).to.not.contain('dash');
  });

  it('the Covid-19 effects\' summary says progress in the objective was hindered (the question of the 2020 report\'s Table 5.1), not the objective\'s statement', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="covid-effect"></barrier-stack>', 800));
    expect(el.summary).to.contain('In 2020 the objective in which progress was most often said to have been hindered by Covid-19 was ‘The quality of life for patients/service users has improved’ (70% of 57).');
  });

  it('follows the width of its container', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 900));
    expect(root(el).querySelector('svg')!.getAttribute('viewBox')).to.match(/^0 0 900 /);
    el.parentElement!.style.width = '400px';
    for (let i = 0; i < 20 && !/^0 0 400 /.test(root(el).querySelector('svg')!.getAttribute('viewBox')!); i++) {
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
    }
    expect(root(el).querySelector('svg')!.getAttribute('viewBox')).to.match(/^0 0 400 /);
    expect(root(el).querySelector('g.plot-area')!.getAttribute('data-layout')).to.equal('narrow');
  });
});
