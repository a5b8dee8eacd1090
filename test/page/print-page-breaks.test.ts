// Where a printed table's pages break: read from the PDF Chromium saves (as Save as PDF does).
import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount, seenText } from '../helpers.js';
import { squashed } from '../printed-pdf.js';

type Pdf = { pages: string[] };
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Prints the page with a blank block of each height above the chart's table, and returns, for
 * each height, the pages' text (squashed).
 */
async function printedAfter(el: PioneerChart<unknown>, heights: number[]): Promise<Map<number, string[]>> {
  const filler = document.createElement('div');
  el.parentElement!.before(filler);
  const printed = new Map<number, string[]>();
  try {
    for (const h of heights) {
      filler.style.height = `${h}px`;
      const pdf = (await executeServerCommand('print-to-pdf')) as unknown as Pdf;
      printed.set(h, pdf.pages.map(squashed));
    }
  } finally {
    filler.remove();
  }
  return printed;
}

// Heights that move the table's head down an A4 page's foot (about 1,045 px of text column),
// 10 px at a time: the head and first row (about 120 px) at its foot, below, and over.
const heights = Array.from({ length: 48 }, (_, i) => 600 + i * 10);

describe('a printed table across pages', function () {
  // Each test saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  afterEach(cleanup);

  // Each chart, the width of its column, and whether its table is longer than a page's foot (so it breaks between rows).
  for (const [markup, width, long] of [
    ['<pioneer-table measure="barrier" year="2019"></pioneer-table>', 680, true],
    ['<barrier-stack measure="barrier" year="2019" mode="table"></barrier-stack>', 680, true],
    // The key of its lines was printed over the table, and left with the title at a page's foot.
    ['<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>', 680, false],
    // A title of two lines in a narrow column: its first line was left at a page's foot.
    ['<pioneer-compare measure="barrier" dimension="organisation" show-intervals mode="table"></pioneer-compare>', 320, true],
  ] as const) {
    it(`${markup.slice(0, markup.indexOf('>') + 1)} in ${width} px: its title and heading are never left at a page's foot without a row`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, width));
      const root = el.shadowRoot!;
      const title = squashed(root.querySelector('.title')!.textContent!);
      // The first column's heading's first words (printed over its column, or in a narrow column
      // in the key above a table printed in long form), and each row's label (which a trend's key
      // of lines also gives).
      const heading = squashed(root.querySelector('.data-table thead th:nth-child(2)')!.textContent!).slice(0, 20);
      const rows = [...root.querySelectorAll('.data-table tbody tr th')].map((th) => squashed(th.textContent!).slice(0, 24));
      const printed = await printedAfter(el, heights);

      let split = 0;
      let pushedOver = 0;
      for (const [h, pages] of printed) {
        // The page the title begins on holds it whole (a summary further on may say it again).
        const at = pages.findIndex((p) => p.includes(title.slice(0, 16)));
        expect(at, `${h} px: the title printed`).to.be.at.least(0);
        expect(pages[at], `${h} px above: the title whole on page ${at + 1}`).to.include(title);
        // After the title on its page: the heading, and after the heading the first row.
        const below = pages[at].slice(pages[at].indexOf(title));
        expect(below, `${h} px above: the heading on the title's page ${at + 1}`).to.include(heading);
        expect(below.slice(below.indexOf(heading)), `${h} px above: the first row on the title's page ${at + 1}`).to.include(rows[0]);
        if (!below.includes(rows.at(-1)!)) split++;
        if (at === 1 && h < 1045) pushedOver++;
      }
      // The sweep reached both cases: a table broken between its rows (one longer than what a
      // page holds below the block), and one that would have left its title and heading alone
      // on the first page, moved whole to the next.
      if (long) expect(split, 'heights at which the table went over a page break').to.be.greaterThan(3);
      expect(pushedOver, 'heights at which the title went to the next page with its first row').to.be.greaterThan(0);
    });
  }
});

describe('a printed table in a narrow column', function () {
  // Each test saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  afterEach(cleanup);

  // The source line ends the figure, after the table and its notes: printed alone at the top of a
  // last page, a reader of that page has a citation and nothing it cites.
  it('every year\'s table (long form) in 320 px: its source line is never alone on its last page, but with the last row', async function () {
    this.timeout(120000);
    const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier"></pioneer-table>', 320));
    const root = el.shadowRoot!;
    const source = squashed(root.querySelector('.source')!.textContent!);
    const lastRow = squashed([...root.querySelectorAll('.data-table tbody th')].at(-1)!.textContent!);
    // Every 20 px over a page's height (about 1,045 px), so the table's end meets a page's foot.
    const printed = await printedAfter(el, Array.from({ length: 53 }, (_, i) => i * 20));
    const alone: string[] = [];
    for (const [h, pages] of printed) {
      const at = pages.findIndex((p) => p.includes(source));
      expect(at, `${h} px above: the source printed`).to.be.at.least(0);
      if (!pages[at].includes(lastRow)) alone.push(`${h} px above: page ${at + 1} of ${pages.length} holds ${pages[at] === source ? 'only the source line' : 'the source without the last row'}`);
    }
    expect(alone.slice(0, 5), `${alone.length} of ${printed.size} heights`).to.deep.equal([]);
  });

  // Save as PDF tags the PDF from the page's accessibility tree as printed: a screen reader
  // reading the PDF is given what that tree has. The source line printed at the table's end is
  // the only one printed (the figure's own is not), so it must be in that tree.
  it('a table printed in place of its chart: its printed source line is in the accessibility tree a tagged PDF is made from', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="2019"></pioneer-table>', 320));
    const source = words(el.shadowRoot!.querySelector('.source')!.textContent!);
    type Ax = { name?: string; children?: Ax[] };
    const names = (n: Ax): string[] => [n.name ?? '', ...(n.children ?? []).flatMap(names)];
    await executeServerCommand('emulate-contrast', { more: false, media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await el.updateComplete;
      const tree = names((await a11ySnapshot({})) as unknown as Ax).map(words);
      expect(tree.filter((n) => n.includes(source)), 'the source line in the tree').to.have.length(1);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await executeServerCommand('emulate-contrast', { more: false });
    }
  });

  it('every year\'s table (21 columns) in 320 px: each item reads in lines of words, not a letter a line', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier"></pioneer-table>', 320));
    await executeServerCommand('emulate-contrast', { more: false, media: 'print' });
    try {
      const problems: string[] = [];
      for (const th of el.shadowRoot!.querySelectorAll<HTMLElement>('.data-table tbody th')) {
        const label = words(th.textContent!);
        const lineHeight = parseFloat(getComputedStyle(th).lineHeight) || parseFloat(getComputedStyle(th).fontSize) * 1.2;
        const lines = Math.round((th.getBoundingClientRect().height - parseFloat(getComputedStyle(th).paddingTop) * 2) / lineHeight);
        if (lines > label.split(' ').length) problems.push(`${label}: ${lines} lines`);
      }
      expect(problems).to.deep.equal([]);
      // Each year of a heading on one line, not a digit a line (the lines its text is laid out on).
      const years = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-table thead th')].filter((th) => /^20\d\d/.test(words(th.textContent!)));
      expect(years.length).to.equal(5);
      const linesOfYear = years.map((th) => {
        const text = [...th.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /20\d\d/.test(n.textContent!))!;
        const range = document.createRange();
        range.selectNodeContents(text);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(linesOfYear).to.deep.equal([1, 1, 1, 1, 1]);
    } finally {
      await executeServerCommand('emulate-contrast', { more: false });
    }
  });

  /**
   * A chart in the right-hand column of a two-column grid (320 px, starting at 360 px), printed:
   * the words of each heading each cell's figure stands under, with the cell's text, as the
   * table prints them.
   */
  async function inRightColumn(markup: string): Promise<{ el: PioneerChart<unknown>; column: HTMLElement }> {
    const grid = mount<HTMLElement>(`<div style="display: grid; grid-template-columns: 320px 320px; column-gap: 40px"><p>Left column.</p><div>${markup}</div></div>`, 680);
    const el = await drawn(grid.querySelector<PioneerChart<unknown>>('div > *:not(p)')!.firstElementChild as PioneerChart<unknown>);
    return { el, column: el.parentElement! };
  }

  /** Each figure's cell: the headings over it (its year's, then its own, as the table's heading rows print them) and its text. */
  function cellsOf(el: PioneerChart<unknown>): { heading: string; text: string }[] {
    const table = el.shadowRoot!.querySelector<HTMLTableElement>('table.data-table')!;
    const [top, under] = [...table.tHead!.rows];
    // A heading's own words (its first text), without the base and source under them.
    const own = (th: HTMLTableCellElement) => [...th.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!.textContent!.trim();
    const headings: string[] = [];
    // The first row's headings after the item's, each spanning its columns; the second row's under them.
    for (const th of [...top.cells].slice(1)) for (let i = 0; i < th.colSpan; i++) headings.push(own(th));
    if (under) [...under.cells].forEach((th, i) => (headings[i] = `${headings[i]}, ${own(th)}`));
    return [...table.tBodies[0].rows].flatMap((tr) =>
      [...tr.cells].filter((c) => c.tagName === 'TD').map((td, i) => ({ heading: headings[i], text: words(seenText(td.querySelector('[aria-hidden]') ?? td)) })),
    );
  }

  /** The cells of the chart's table past its column's right edge, laid out as printed (print media, after beforeprint). */
  async function pastEdge(el: PioneerChart<unknown>, column: HTMLElement): Promise<string[]> {
    await executeServerCommand('emulate-contrast', { more: false, media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await el.updateComplete;
      const right = column.getBoundingClientRect().right;
      return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-table th, .data-table td')]
        .filter((c) => c.getBoundingClientRect().right > right + 0.5)
        .map((c) => `${words(c.textContent!).slice(0, 30)}: ${Math.round(c.getBoundingClientRect().right - right)} px past`);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await executeServerCommand('emulate-contrast', { more: false });
    }
  }

  // Tables whose grid, at its printed size with its words whole, is wider than the column
  // (every year's 11 columns; a trend's 5 years, 436 px; two years' responses, 505 px).
  for (const markup of [
    '<pioneer-table measure="barrier"></pioneer-table>',
    '<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>',
    '<barrier-stack measure="barrier" year="2020" compare-year="2019" mode="table"></barrier-stack>',
  ]) {
    it(`${markup.slice(0, markup.indexOf('>') + 1)} in a 320 px right-hand grid column prints within its column, each figure on a line with its headings`, async () => {
      const { el, column } = await inRightColumn(markup);
      const cells = cellsOf(el);
      expect(cells.length).to.be.greaterThan(3);
      // On screen it is a table (a screen reader's grid of rows and columns), whatever the width.
      const table = el.shadowRoot!.querySelector<HTMLElement>('table.data-table')!;
      expect([table, table.querySelector('td')!].map((e) => getComputedStyle(e).display)).to.deep.equal(['table', 'table-cell']);
      const pdf = (await executeServerCommand('print-to-pdf')) as unknown as Pdf;
      const printed = pdf.pages.map(squashed).join('');
      const past = await pastEdge(el, column);
      expect(past.slice(0, 5), `${past.length} cells past the column's right edge`).to.deep.equal([]);
      // Every figure printed after its headings ("2019, Very significant: 36% (n=64)"), not in a grid whose headings are a page away.
      const unpaired = cells.filter((c) => !printed.includes(squashed(`${c.heading}: ${c.text}`))).map((c) => `${c.heading}: ${c.text}`);
      expect(unpaired.slice(0, 5), `${unpaired.length} of ${cells.length} figures printed without their headings`).to.deep.equal([]);
    });
  }

  // Tables whose grid fits the column at its printed size, its words whole: printed as a table,
  // each item's figures on its line, as on screen (the 2019 table's 4 responses, 320 px; a
  // comparison of three organisations, 318 px; the map's one column).
  for (const markup of [
    '<pioneer-table measure="barrier" year="2019"></pioneer-table>',
    '<barrier-stack measure="barrier" year="2020" print-table></barrier-stack>',
    '<pioneer-compare measure="barrier" dimension="organisation" show-intervals mode="table"></pioneer-compare>',
    '<site-map year="2019" mode="table"></site-map>',
  ]) {
    it(`${markup.slice(0, markup.indexOf('>') + 1)} in a 320 px right-hand grid column, whose grid fits it, prints as a table within its column`, async () => {
      const { el, column } = await inRightColumn(markup);
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('.data-table tbody tr')];
      expect(rows.length).to.be.greaterThan(1);
      const pdf = (await executeServerCommand('print-to-pdf')) as unknown as Pdf;
      const printed = pdf.pages.map(squashed).join('');
      // Each item then its figures, cell after cell, as a table's row reads: no heading before each figure.
      const lines = rows.map((tr) => squashed([...tr.cells].map((c) => seenText(c.querySelector('[aria-hidden]') ?? c)).join('')));
      const notInRows = lines.filter((line) => !printed.includes(line));
      expect(notInRows.slice(0, 3), `${notInRows.length} of ${lines.length} rows not printed as a table's rows`).to.deep.equal([]);
      const past = await pastEdge(el, column);
      expect(past.slice(0, 5), `${past.length} cells past the column's right edge`).to.deep.equal([]);
      // After printing, nothing of it is left on screen.
      expect(el.shadowRoot!.querySelector('.table-host')!.hasAttribute('data-print-grid'), 'marked after printing').to.equal(false);
    });
  }

  // A page's own style around the figure (a card's padding, through ::part(figure)) leaves the
  // table less than the chart's width: a grid that fits the chart's width but not the table's
  // box printed past the column's edge (the comparison's 318 px grid in a 320 px column).
  // So does padding inside the table's own box (::part(table-host)): the table has that box's
  // content width, not its outer width.
  for (const [part, what] of [['figure', 'figure'], ['table-host', 'table']] as const) {
    it(`<pioneer-compare> in a 320 px right-hand column whose page pads its ${what} (::part(${part})) prints within its column`, async () => {
      const style = document.createElement('style');
      style.textContent = `pioneer-compare::part(${part}) { padding: 0 1em; }`;
      document.head.append(style);
      try {
        const { el, column } = await inRightColumn('<pioneer-compare measure="barrier" dimension="organisation" show-intervals mode="table"></pioneer-compare>');
        const past = await pastEdge(el, column);
        expect(past.slice(0, 5), `${past.length} cells past the column's right edge`).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });
  }
});
