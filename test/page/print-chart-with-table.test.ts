// A chart printed with its table under it (print-table): the chart keeps its key, notes and source line on its page, as one printed alone does. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { squashed } from '../printed-pdf.js';

type Pdf = { pages: string[] };

describe('a chart printed with its table under it', function () {
  // Each test saves PDFs: seconds each on a machine busy with other browsers.
  this.timeout(120000);
  afterEach(cleanup);

  // (Not the line on figures no whole number of informants gives, .unfit: under a table printed
  // beneath the chart, the table's own note says it, and the line is not printed.)
  for (const [markup, last] of [
    // The key of its lines is HTML under the plot: its last key went over to the next page, with the notes and source.
    ['<pioneer-trend measure="objective" print-table></pioneer-trend>', '.legend li:last-child button, [part="note"]:not([hidden], .unfit)'],
    // Its summary, notes and source went over, the bars left on the page before.
    ['<barrier-stack measure="progress" print-table></barrier-stack>', '[part="note"]:not([hidden], .unfit)'],
  ] as const) {
    it(`${markup.slice(0, markup.indexOf('>') + 1)} below a page's worth of text: title, plot, key, notes and source on one page; the table after them`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, 680));
      const root = el.shadowRoot!;
      const title = squashed(root.querySelector('.title')!.textContent!);
      // The last of them before the source line (the trend's last legend key and its notes; the stacked bars' notes).
      const lastBeforeSource = squashed([...root.querySelectorAll(last)].at(-1)!.textContent!);
      const source = squashed(root.querySelector('.source')!.textContent!);
      expect(lastBeforeSource.length, 'text to find').to.be.greaterThan(10);
      const filler = document.createElement('div');
      el.parentElement!.before(filler);
      try {
        // Heights that put the chart's foot past the first page's (about 1,045 px of text column).
        for (const h of [350, 500, 650]) {
          filler.style.height = `${h}px`;
          const pages = ((await executeServerCommand('print-to-pdf')) as unknown as Pdf).pages.map(squashed);
          const at = pages.findIndex((p) => p.includes(title));
          expect(at, `${h} px: the title printed`).to.be.at.least(0);
          expect(pages[at], `${h} px: the last key or note on the title's page`).to.include(lastBeforeSource);
          expect(pages[at], `${h} px: the source line on the title's page`).to.include(source);
          // The table's rows come after (its heading "Item" on the same page or the next).
          expect(pages.slice(at).join(''), `${h} px: the table printed`).to.include('Item');
        }
      } finally {
        filler.remove();
      }
    });
  }

  it('in an article of two CSS columns, its table flows down the columns, breaking between rows, not one row to a page', async () => {
    const article = mount<HTMLElement>(
      `<div style="column-count: 2; column-gap: 24px"><p>${'An article\'s text before the figure. '.repeat(8)}</p><barrier-stack measure="barrier" year="2019" print-table></barrier-stack><p>The article's text after it.</p></div>`,
      1000,
    );
    // A box of the page's width (a fixed 1000 px would be shrunk to fit the paper).
    article.parentElement!.style.width = 'auto';
    const el = await drawn(article.querySelector<PioneerChart<unknown>>('barrier-stack')!);
    // Margins of 15 mm, as a print dialog's default may be: a 680 px text column, two 328 px columns.
    const pages = ((await executeServerCommand('print-to-pdf', { margin: 15 / 25.4 })) as unknown as Pdf).pages.map(squashed);
    // Each of the 13 barriers of the 2019 report's Table 5.1 is a row of the table; its rows print on at most 2 pages.
    const rows = [...el.shadowRoot!.querySelectorAll('.data-table tbody th')].map((th) => squashed(th.textContent!));
    expect(rows).to.have.length(13);
    // (The chart's labels print the items too, before the table: each row's page is the last to print its item.)
    const onPages = rows.map((row) => pages.map((p, i) => (p.includes(row) ? i : -1)).reduce((a, b) => Math.max(a, b)));
    for (const [i, at] of onPages.entries()) expect(at, `row ${rows[i]} printed`).to.be.at.least(0);
    expect(new Set(onPages).size, `pages the rows print on (${pages.length} pages in all)`).to.be.at.most(2);
    expect(pages.length, 'pages in all').to.be.at.most(3);
    expect(pages.at(-1), 'the text after it').to.include(squashed("The article's text after it."));
  });
});

