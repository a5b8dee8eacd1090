// A chart printed with its table under it (print-table): the chart keeps its key, notes and source line on its page, as one printed alone does. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Pdf = { pages: string[] };
/** Text compared without spaces, line ends or soft hyphens (a line may end anywhere). */
const squashed = (s: string) => s.replace(/[\s\u00ad]+/g, '');

describe('a chart printed with its table under it', function () {
  // Each test saves PDFs: seconds each on a machine busy with other browsers.
  this.timeout(120000);
  afterEach(cleanup);

  for (const [markup, last] of [
    // The key of its lines is HTML under the plot: its last key went over to the next page, with the notes and source.
    ['<pioneer-trend measure="objective" print-table></pioneer-trend>', '.legend li:last-child button, [part="note"]:not([hidden])'],
    // Its summary, notes and source went over, the bars left on the page before.
    ['<barrier-stack measure="progress" print-table></barrier-stack>', '[part="note"]:not([hidden])'],
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
});
