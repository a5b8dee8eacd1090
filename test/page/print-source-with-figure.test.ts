// A printed figure is never split from its source line (what makes it traceable): it prints whole
// on one page, title to source, its text no smaller than 6 pt, or as its table where the fit says
// so. Two set-ups printed over two pages:
// - A page 900 px wide (of fixed width, which an upright A4 page shrinks) printed sideways, where
//   it is not shrunk: the text around the plot was enlarged for the upright page's shrink anyway
//   (1.25×), took more room than print's fit held for it, and the site map's tiles' key and source
//   line went over to a second page (paper-fit.ts, PAGE_SHRINK_SIDEWAYS).
// - The stacked bars of 2019 and 2020 in a 480–600 px column on upright US Letter: the plot had 72%
//   of the page whatever the text around it took, and the source line's last words printed alone
//   on a second page. The plot now has what that text leaves, if less (uprightPlotRoom), and a
//   chart whose text would print under 6 pt on that page alone prints its table there.
// Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { READABLE_ON_PAPER_PX } from '../../src/components/base/paper-fit.js';
import { TABLE_ON_PAPER_NOTE } from '../../src/components/base/print-templates.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { squashed, type PrintedPdf } from '../printed-pdf.js';

const NOTE = squashed(TABLE_ON_PAPER_NOTE);
const READABLE_PT = READABLE_ON_PAPER_PX * 0.75;

/** Mounts `chart` in a `width` px column under a heading the page keeps with what follows it. */
async function underHeading(chart: string, width: number): Promise<PioneerChart<unknown>> {
  return drawn(mount<PioneerChart<unknown>>(`<h2 style="break-after: avoid">Figure S1. A figure</h2>${chart}`, width).nextElementSibling as PioneerChart<unknown>);
}

/**
 * What is wrong with the chart as printed on `paper` (upright unless `landscape`): more than one
 * page for a drawing, the title or the whole source line not on the drawing's page, text under
 * 6 pt, or (`table`) its table printed in its place or not, as expected.
 */
async function wrongOnPaper(el: PioneerChart<unknown>, paper: string, landscape: boolean, table = false): Promise<string[]> {
  const root = el.shadowRoot!;
  const title = squashed(root.querySelector('.title')!.textContent!);
  const source = squashed(root.querySelector('.source')!.textContent!);
  const pdf = (await executeServerCommand('print-to-pdf', { paper, landscape, sizes: true })) as unknown as PrintedPdf;
  const pages = pdf.pages.map(squashed);
  const at = `${paper}${landscape ? ' sideways' : ''}`;
  const wrong: string[] = [];
  if (pages.join('').includes(NOTE) !== table) wrong.push(`${at}: ${table ? 'no table' : 'its table'} printed in its place`);
  if (!table && pages.length !== 1) wrong.push(`${at}: ${pages.length} pages (${pages.map((p) => p.length).join(', ')} letters)`);
  if (!table && !pages[0].includes(title)) wrong.push(`${at}: the title not on the first page`);
  if (!pages.some((p) => p.includes(source))) wrong.push(`${at}: the source line split between pages`);
  const smallest = Math.min(...pdf.sizes.flat().map((r) => r.pt));
  if (smallest < READABLE_PT) wrong.push(`${at}: smallest text ${smallest} pt`);
  return wrong;
}

describe('a printed figure keeps its source line on its page', function () {
  // Each test saves several PDFs: seconds each on a machine busy with other browsers.
  this.timeout(120000);
  afterEach(cleanup);

  for (const chart of ['<site-map year="2019" color-by="deprivation" layout="grid"></site-map>', '<site-map year="2019"></site-map>']) {
    it(`${chart} in a 900 px page, on A4 and US Letter sideways: whole on one page, its source with it, its notes at their own size`, async () => {
      const el = await underHeading(chart, 900);
      const wrong = [...(await wrongOnPaper(el, 'a4', true)), ...(await wrongOnPaper(el, 'letter', true))];
      expect(wrong).to.deep.equal([]);
      // The source line at its own size (not enlarged for an upright page's shrink): 0.75 pt a px.
      const source = el.shadowRoot!.querySelector('.source')!;
      const own = parseFloat(getComputedStyle(source).fontSize) * 0.75;
      const pdf = (await executeServerCommand('print-to-pdf', { landscape: true, sizes: true })) as unknown as PrintedPdf;
      const run = pdf.sizes.flat().find((r) => r.text.startsWith('Source'));
      expect(run?.pt, 'the source line, in pt').to.be.closeTo(own, 0.1);
    });
  }

  it('<barrier-stack year="2019" compare-year="2020"> in 540 and 600 px, on US Letter and A4 upright: the drawing whole on one page, its source with it', async () => {
    const wrong: string[] = [];
    for (const width of [540, 600]) {
      const el = await underHeading('<barrier-stack measure="barrier" year="2019" compare-year="2020"></barrier-stack>', width);
      for (const paper of ['letter', 'a4']) wrong.push(...(await wrongOnPaper(el, paper, false)).map((w) => `${width} px, ${w}`));
      cleanup();
    }
    expect(wrong).to.deep.equal([]);
  });

  it('<barrier-stack year="2019" compare-year="2020"> in 480 px: on A4 upright the drawing on one page; on US Letter upright (under 6 pt there) its table, the source line whole', async () => {
    const el = await underHeading('<barrier-stack measure="barrier" year="2019" compare-year="2020"></barrier-stack>', 480);
    const wrong = [...(await wrongOnPaper(el, 'a4', false)), ...(await wrongOnPaper(el, 'letter', false, true))];
    expect(wrong).to.deep.equal([]);
  });
});
