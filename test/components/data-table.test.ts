import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { axeViolations } from '../a11y.js';
import { cleanup, drawn, mount, onPhoneWindow } from '../helpers.js';
import { columnsOf, headingName, seenBox } from '../table-headings.js';

// The data table every chart's Table view and <pioneer-table> share (src/components/base/data-table.ts),
// where its columns are several years' responses: a table of every year.

type Chart = PioneerChart<unknown>;

/** The tables of every year's responses: a table of every year, and a stacked bar chart's Table view comparing two years. */
const BY_YEAR = [
  '<pioneer-table measure="barrier"></pioneer-table>',
  '<pioneer-table measure="barrier" year="all"></pioneer-table>',
  '<pioneer-table measure="facilitator"></pioneer-table>',
  '<barrier-stack measure="barrier" year="2020" compare-year="2019" mode="table"></barrier-stack>',
];

/** The 2019 and 2020 reports' words for the barrier answers (Tables 5.1 and 5.2). */
const BARRIER_ANSWERS: Record<string, string> = { 'Very significant': 'very', 'Fairly significant': 'fairly', 'Not significant': 'not', "Don't know": 'dont-know' };

const tableOf = (el: Chart) => el.shadowRoot!.querySelector<HTMLTableElement>('table.data-table')!;

/** Each word of the element's text (its text nodes, a word at a time) and how many lines its glyphs lie on. */
function wordLines(el: Element): { word: string; lines: number }[] {
  const out: { word: string; lines: number }[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.textContent!.matchAll(/\S+/g)) {
      const range = el.ownerDocument.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      // One box per line the word is on (a word split across lines has two or more).
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      out.push({ word: m[0], lines: tops.size });
    }
  }
  return out;
}

/** The headings a cell names by id (`headers`), as their text, each looked up in the cell's own shadow root. */
function headingsOf(td: HTMLTableCellElement): HTMLTableCellElement[] {
  const root = td.getRootNode() as ShadowRoot;
  return (td.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean).map((id) => root.getElementById(id) as HTMLTableCellElement);
}

describe('data table of every year', () => {
  afterEach(cleanup);

  for (const html of BY_YEAR) {
    it(`${html}: printed in a 680 px (A4) column, every heading keeps its words whole and the table fits the column`, async () => {
      const box = mount<HTMLDivElement>(`<div style="width: 680px">${html}</div>`);
      const el = await drawn(box.firstElementChild as Chart);
      await emulateMedia({ media: 'print' });
      try {
        const host = el.shadowRoot!.querySelector<HTMLElement>('.table-host')!;
        const table = tableOf(el);
        expect(table.getBoundingClientRect().width, 'the table within its column').to.be.at.most(host.getBoundingClientRect().width + 0.5);
        expect(host.getBoundingClientRect().width).to.be.at.most(680);
        const ths = [...table.querySelectorAll('th')];
        expect(ths.length).to.be.greaterThan(10);
        const split = ths.flatMap((th) => wordLines(th).filter((w) => w.lines > 1).map((w) => `"${w.word}" in "${(th as HTMLElement).innerText.replace(/\s+/g, ' ')}"`));
        expect(split, 'words split across lines').to.deep.equal([]);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  it('<pioneer-table measure="barrier">: each figure is tied to its item, its year and its response heading (headers ids and colgroup), which name the figure the dataset has for them', async () => {
    const el = await drawn(mount<Chart>('<pioneer-table measure="barrier"></pioneer-table>'));
    const table = tableOf(el);
    const root = el.shadowRoot!;
    // Two heading rows: the years, each over its responses, then the responses.
    const [years, answers] = [...table.tHead!.rows];
    expect([...years.cells].map(headingName)).to.deep.equal(['Item', '2016', '2017', '2018', '2019', '2020']);
    expect([...answers.cells].map(headingName)).to.deep.equal([
      'Very significant', 'Very significant', 'Very significant',
      ...Object.keys(BARRIER_ANSWERS), ...Object.keys(BARRIER_ANSWERS),
    ]);
    // The base and source a year's columns share is said once, over them.
    expect((years.cells[4] as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).to.equal('2019 base 64; 2019 report Table 5.1');
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size, 'ids unique in the shadow root').to.equal(ids.length);
    const dataset = bundledDataset().rows.filter((r) => r.measure === 'barrier' && r.group === 'all');
    const cells = [...table.tBodies[0].querySelectorAll('td')];
    expect(cells.length).to.equal(16 * 11);
    let figures = 0;
    for (const td of cells) {
      const tr = td.closest('tr')!;
      const [item, year, answer] = headingsOf(td);
      // The row's own heading, then the year's over the cell's column, then the response's.
      // (Compared as a boolean: chai's failure holding a table cell hung the test runner 240 s.)
      expect(item === tr.querySelector('th'), `item heading, named by headers="${td.getAttribute('headers') ?? ''}"`).to.equal(true);
      expect(year.getAttribute('scope')).to.equal('colgroup');
      expect(answer.getAttribute('scope')).to.equal('col');
      expect(columnsOf(year), 'the year spans the cell').to.include(columnsOf(td)[0]);
      expect(columnsOf(answer), 'the response is over the cell').to.deep.equal(columnsOf(td));
      const response = BARRIER_ANSWERS[headingName(answer)];
      expect(response, headingName(answer)).to.be.a('string');
      const published = dataset.find((r) => r.item === tr.dataset.item && r.year === Number(headingName(year)) && r.response === response);
      if (td.hasAttribute('data-value')) {
        figures++;
        expect(published, `${tr.dataset.item} ${headingName(year)} ${response}`).to.not.equal(undefined);
        expect(td.getAttribute('data-value')).to.equal(String(published!.value));
        expect(td.textContent!.trim()).to.match(new RegExp(`^${published!.value}%`));
      } else expect(published, `${tr.dataset.item} ${headingName(year)} ${response}: no figure published`).to.equal(undefined);
    }
    expect(figures).to.equal(13 * 4 + 16 * 4);
    // The year heads its columns' group too (for a reader that reads scope, not headers).
    const groups = [...table.querySelectorAll('colgroup')].map((g) => g.span);
    expect(groups).to.deep.equal([1, 1, 1, 1, 4, 4]);
    // Spot checks, from the reports: Table 5.1 (2019) very significant financial constraints 44%; 2020 Table 5.2: 48%.
    const cell = (item: string, yearText: string, answer: string) =>
      [...root.querySelectorAll<HTMLTableCellElement>(`tr[data-item="${item}"] td`)].find((td) => {
        const [, y, a] = headingsOf(td);
        return headingName(y) === yearText && headingName(a) === answer;
      })!;
    expect(cell('financial-constraints', '2019', 'Very significant').textContent!.trim()).to.equal('44% (n=64)');
    expect(cell('financial-constraints', '2020', 'Very significant').textContent!.trim()).to.equal('48% (n=52–54)');
    expect(cell('financial-constraints', '2020', "Don't know").textContent!.trim()).to.equal('4% (n=52–54)');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('<barrier-stack year="2020" compare-year="2019">: its Table view heads 2019 and 2020 over their responses; each figure names both, from Tables 5.1 and 5.2', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2020" compare-year="2019" mode="table"></barrier-stack>'));
    const table = tableOf(el);
    expect([...table.tHead!.rows[0].cells].map(headingName)).to.deep.equal(['Item', '2019', '2020']);
    const td = el.shadowRoot!.querySelector<HTMLTableCellElement>('tr[data-item="incompatible-it"] td[data-value="35"]')!;
    // 2020 report Table 5.2: incompatible IT systems, very significant 35%.
    expect(headingsOf(td).map(headingName)).to.deep.equal(['Incompatible IT systems make it difficult to share patient/ service user information', '2020', 'Very significant']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('<pioneer-trend> Table view: one response a year stays one heading row ("Very significant, 2019"), with no ids', async () => {
    const el = await drawn(mount<Chart>('<pioneer-trend measure="barrier" mode="table"></pioneer-trend>'));
    const table = tableOf(el);
    expect(table.tHead!.rows).to.have.length(1);
    expect([...table.tHead!.rows[0].cells].slice(1).map(headingName)).to.deep.equal([2016, 2017, 2018, 2019, 2020].map((y) => `Very significant, ${y}`));
    expect(table.querySelectorAll('[headers], [id], colgroup')).to.have.length(0);
  });

  it('on screen: each year spans exactly its responses, the item column alone stays pinned, the responses read right-aligned under it', async () => {
    const el = await drawn(mount<Chart>('<pioneer-table measure="barrier"></pioneer-table>', 480));
    const table = tableOf(el);
    const [years, answers] = [...table.tHead!.rows];
    const item = years.cells[0];
    expect(item.rowSpan).to.equal(2);
    expect(getComputedStyle(item).position, 'the item heading pinned').to.equal('sticky');
    // The first response heading is no item heading: it scrolls with its figures.
    const first = answers.cells[0];
    expect(getComputedStyle(first).position).to.equal('static');
    expect(getComputedStyle(first).textAlign).to.equal('right');
    let at = 0;
    for (const year of [...years.cells].slice(1)) {
      const under = [...answers.cells].slice(at, at + year.colSpan);
      at += year.colSpan;
      const box = year.getBoundingClientRect();
      expect(box.left).to.be.closeTo(under[0].getBoundingClientRect().left, 0.5);
      expect(box.right).to.be.closeTo(under[under.length - 1].getBoundingClientRect().right, 0.5);
      expect(box.bottom).to.be.closeTo(under[0].getBoundingClientRect().top, 0.5);
    }
    expect(at).to.equal(answers.cells.length);
    // On screen the words stay whole too (the table scrolls sideways in its region instead).
    const split = [...table.querySelectorAll('thead th')].flatMap((th) => wordLines(th).filter((w) => w.lines > 1).map((w) => w.word));
    expect(split).to.deep.equal([]);
  });
});

/** How many lines the text of `node` lies on. */
function linesOf(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].filter(seenBox).map((r) => Math.round(r.top))).size;
}

describe("data table at a phone's width (320 px)", () => {
  onPhoneWindow();

  // Every measure's widest table (every year, all informants), and a chart's Table view. Their
  // columns were each as narrow as their longest word (45 px), a heading taking 7 to 13 lines
  // ("Don't know | base | 57; | 2020 | report | Table | 5.1").
  const tables = [
    ...[...new Set(bundledDataset().rows.map((r) => r.measure))].map((m) => `<pioneer-table measure="${m}"></pioneer-table>`),
    '<barrier-stack measure="covid-effect" mode="table"></barrier-stack>',
  ];
  for (const markup of tables) {
    it(`${markup}: each column's heading reads in a few lines, the table scrolling sideways in its own box`, async () => {
      const el = await drawn(mount<Chart>(markup, 320));
      const table = tableOf(el);
      const host = el.shadowRoot!.querySelector<HTMLElement>('.table-host')!;
      const crowded = [...table.querySelectorAll<HTMLElement>('thead th[data-column]')].flatMap((th) => {
        const meta = th.querySelector('.col-meta');
        const under = meta ? linesOf(meta) : 0;
        const name = linesOf(th) - under;
        const split = wordLines(th).filter((w) => w.lines > 1);
        return name > 3 || under > 4 || split.length ? [`"${th.innerText.replace(/\s+/g, ' ')}": ${name} + ${under} lines, ${Math.round(th.getBoundingClientRect().width)} px wide`] : [];
      });
      expect(crowded, 'headings of more than 3 lines of name or 4 of base and source, or with a word split').to.deep.equal([]);
      // Wider than the window, it scrolls in its box, not the page; the items stay in view.
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
      if (host.scrollWidth > host.clientWidth) expect(getComputedStyle(table.querySelector('tbody th')!).position).to.equal('sticky');
    });
  }
});
