// A page printed turned sideways (landscape), A4 and US Letter, at Chromium's margins (about
// 0.4 in) and none: less tall than upright, its 72% left the plot too little room for the text
// around it, and scaled a tall chart's text under 6 pt. In a 760 px column under a heading kept
// with it (`h2 { break-after: avoid }`), a comparison printed at 4.4 pt with its dash note and
// source line on the next page, the site map's tile codes and source line went over to the next
// page, and the stacked bars of 2020 printed at 4.8 pt. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { READABLE_ON_PAPER_PX } from '../../src/components/base/paper-fit.js';
import { TABLE_ON_PAPER_NOTE } from '../../src/components/base/print-templates.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { squashed, type PrintedPdf } from '../printed-pdf.js';


const NOTE = squashed(TABLE_ON_PAPER_NOTE);
/** The least size a chart's text prints at, in pt (6 pt: paper-fit.ts's 8 CSS px at 0.75 pt a px). */
const READABLE_PT = READABLE_ON_PAPER_PX * 0.75;

/** Mounts `chart` in a 760 px column under a heading the page keeps with what follows it, as an article's figure. */
async function underHeading(chart: string): Promise<PioneerChart<unknown>> {
  const el = await drawn(mount<PioneerChart<unknown>>(`<h2 style="break-after: avoid">Figure S1. A figure</h2>${chart}`, 760).nextElementSibling as PioneerChart<unknown>);
  el.parentElement!.style.cssText = 'max-width: 760px';
  return drawn(el);
}

describe('a page printed turned sideways (landscape)', function () {
  // Each test saves five PDFs: seconds each on a machine busy with other browsers.
  this.timeout(120000);
  afterEach(cleanup);

  const papers = [
    { paper: 'a4', landscape: true },
    { paper: 'a4', landscape: true, margin: 0 },
    { paper: 'letter', landscape: true },
    { paper: 'letter', landscape: true, margin: 0 },
  ];

  // Each chart, and whether it prints as its table on a page turned sideways (its text, scaled to
  // the room left, would print under 6 pt) or as a chart (the map, 668 px tall: at 72% of 717 px
  // its text printed at 7 pt, but its key and source line went over).
  for (const [chart, table] of [
    ['<pioneer-compare measure="barrier" dimension="organisation" show-intervals sort="gap"></pioneer-compare>', true],
    ['<site-map year="2019" color-by="deprivation" layout="grid"></site-map>', false],
    ['<barrier-stack year="2020"></barrier-stack>', true],
  ] as const) {
    const tag = chart.slice(0, chart.indexOf('>') + 1);
    it(`${tag}: on A4 and US Letter, with margins and without, ${table ? 'its table prints in its place' : 'it prints whole on one page'}, no text under ${READABLE_PT} pt; upright, it prints as a chart`, async () => {
      const el = await underHeading(chart);
      const root = el.shadowRoot!;
      const title = squashed(root.querySelector('.title')!.textContent!);
      const source = squashed(root.querySelector('.source')!.textContent!);
      // What each paper printed that it should not, all papers read before the test fails.
      const wrong: string[] = [];
      for (const options of papers) {
        const what = `${options.paper}${options.margin === 0 ? ', no margins' : ''}`;
        const pdf = (await executeServerCommand('print-to-pdf', { ...options, sizes: true })) as unknown as PrintedPdf;
        const pages = pdf.pages.map(squashed);
        const smallest = Math.min(...pdf.sizes.flat().map((r) => r.pt));
        if (smallest < READABLE_PT) wrong.push(`${what}: smallest text ${smallest} pt`);
        if (!pages[0].includes(title)) wrong.push(`${what}: the title not on the first page, with its heading`);
        if (table) {
          // Under the title, the note saying why; the table's rows follow, and its source line ends it.
          if (!pages[0].slice(pages[0].indexOf(title)).includes(NOTE)) wrong.push(`${what}: no note under the title`);
          if (!pages.join('').includes('Item')) wrong.push(`${what}: no table heading`);
          if (!pages.at(-1)!.includes(source)) wrong.push(`${what}: the source line not on the last page`);
        } else {
          // The figure whole on the heading's page: its plot's labels, notes and source line.
          if (pages.length !== 1) wrong.push(`${what}: ${pages.length} pages, the second starting ${pages[1].slice(0, 40)}`);
          if (!pages[0].includes(source)) wrong.push(`${what}: the source line not on the first page`);
          if (pages.join('').includes(NOTE)) wrong.push(`${what}: printed as a table`);
        }
      }
      expect(wrong).to.deep.equal([]);
      // Upright, as before: the chart, whole on one page, its text at least 6 pt.
      const upright = (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as PrintedPdf;
      expect(upright.pages.length, 'upright: pages').to.equal(1);
      expect(squashed(upright.pages[0]), 'upright: the note').not.to.include(NOTE);
      expect(squashed(upright.pages[0]), 'upright: the source line').to.include(source);
      expect(Math.min(...upright.sizes.flat().map((r) => r.pt)), 'upright: the smallest text, in pt').to.be.at.least(READABLE_PT);
      // After printing, the chart is back on screen, and no table is left built for paper.
      expect(squashed(root.querySelector('figure')!.textContent!), 'the note after printing').not.to.include(NOTE);
      expect(root.querySelector('figure')!.classList.contains('landscape-table'), 'marked for landscape after printing').to.equal(false);
    });
  }

  // More text over a figure than the heading paper-fit.ts makes room for (roomAroundPlot's 96 px):
  // a page's h1 and a paragraph of four lines, then the chart. Its figure is not cut or split: it
  // does not fit under them, and goes whole to the next page (its print CSS keeps it together),
  // its text as large as under a heading alone.
  for (const chart of ['<site-map year="2019" color-by="deprivation" layout="grid"></site-map>', '<barrier-stack year="2019"></barrier-stack>']) {
    it(`${chart.slice(0, chart.indexOf('>') + 1)} under an h1 and a paragraph, on A4 sideways: whole on the next page, no text under ${READABLE_PT} pt`, async () => {
      const para = 'The Pioneer programme ran from 2013 to 2020. These lines stand for the introduction a page puts between its heading and its first figure, as an article or a report does. '.repeat(3);
      const box = mount<HTMLElement>(`<h1>Survey results</h1><p>${para}</p>${chart}`, 760);
      box.parentElement!.style.cssText = 'max-width: 760px';
      const el = await drawn(box.parentElement!.querySelector<PioneerChart<unknown>>('site-map, barrier-stack')!);
      const root = el.shadowRoot!;
      const title = squashed(root.querySelector('.title')!.textContent!);
      const source = squashed(root.querySelector('.source')!.textContent!);
      const pdf = (await executeServerCommand('print-to-pdf', { landscape: true, sizes: true })) as unknown as PrintedPdf;
      const pages = pdf.pages.map(squashed);
      expect(pages.length, 'pages').to.equal(2);
      expect(pages[0], 'the first page: the heading').to.include('Surveyresults');
      expect(pages[0], 'the first page: nothing of the figure').not.to.include(title);
      expect(pages[1], 'the second page: the title').to.include(title);
      expect(pages[1], 'the second page: the source line').to.include(source);
      expect(pages.join(''), 'printed as a chart').not.to.include(NOTE);
      expect(Math.min(...pdf.sizes.flat().map((r) => r.pt)), 'the smallest text, in pt').to.be.at.least(READABLE_PT);
    });
  }
});
