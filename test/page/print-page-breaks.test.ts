// Where a printed table's pages break: read from the PDF Chromium saves (as Save as PDF does).
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Pdf = { pages: string[] };
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Prints the page with a blank block of each height above the chart's table, and returns, for
 * each height, the pages' text (spaces and line ends as one space).
 */
async function printedAfter(el: PioneerChart<unknown>, heights: number[]): Promise<Map<number, string[]>> {
  const filler = document.createElement('div');
  el.parentElement!.before(filler);
  const printed = new Map<number, string[]>();
  try {
    for (const h of heights) {
      filler.style.height = `${h}px`;
      const pdf = (await executeServerCommand('print-to-pdf')) as unknown as Pdf;
      printed.set(h, pdf.pages.map(words));
    }
  } finally {
    filler.remove();
  }
  return printed;
}

// Heights that move the table's head down an A4 page's foot (about 1,045 px of text column),
// 10 px at a time: the head and first row (about 120 px) at its foot, below, and over.
const heights = Array.from({ length: 36 }, (_, i) => 720 + i * 10);

describe('a printed table across pages', () => {
  afterEach(cleanup);

  for (const markup of ['<pioneer-table measure="barrier" year="2019"></pioneer-table>', '<barrier-stack measure="barrier" year="2019" mode="table"></barrier-stack>']) {
    it(`${markup.slice(1, markup.indexOf(' '))}: its title and heading are never left at a page's foot without a row`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, 680));
      const root = el.shadowRoot!;
      const title = words(root.querySelector('.title')!.textContent!);
      const firstRow = words(root.querySelector('.data-table tbody tr th')!.textContent!).split(' ').slice(0, 4).join(' ');
      const lastRow = words([...root.querySelectorAll('.data-table tbody tr th')].at(-1)!.textContent!).split(' ').slice(0, 4).join(' ');
      const printed = await printedAfter(el, heights);

      let split = 0;
      let pushedOver = 0;
      for (const [h, pages] of printed) {
        const at = pages.findIndex((p) => p.includes(title));
        expect(at, `${h} px: the title printed`).to.be.at.least(0);
        expect(pages[at], `${h} px above: the first row on the title's page ${at + 1}`).to.include(firstRow);
        if (!pages[at].includes(lastRow)) split++;
        if (at === 1 && h < 1045) pushedOver++;
      }
      // The sweep reached both cases: a table broken between its rows, and one that would have
      // left its title and heading alone on the first page, moved whole to the next.
      expect(split, 'heights at which the table went over a page break').to.be.greaterThan(3);
      expect(pushedOver, 'heights at which the title went to the next page with its first row').to.be.greaterThan(0);
    });
  }
});
