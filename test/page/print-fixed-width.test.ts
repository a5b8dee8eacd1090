// A page of fixed width wider than the paper (`body { width: 1000px }`), printed: Chromium lays it
// out at its own width and shrinks the whole page to fit A4 (about 0.71× at 1,008 px, at most
// 1/1.5), so a chart drawn for a 680 px text column printed its smallest labels at 6.0 pt (5.6 pt
// in a 1,200 px page) against 7.0 pt on a page of max-width. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { PAPER_PRINTABLE_WIDTH, READABLE_ON_PAPER_PX, pageShrinkOnPaper } from '../../src/components/base/paper-fit.js';
import { cleanup, drawn, inCard, mount } from '../helpers.js';
import { type PrintedPdf } from '../printed-pdf.js';


/** The least size a chart's text prints at, in pt (6 pt: paper-fit.ts's 8 CSS px at 0.75 pt a px). */
const READABLE_PT = READABLE_ON_PAPER_PX * 0.75;

/** Prints the page to PDF with its text runs' sizes, `read` run as printing starts (after the library's own listener: what the chart decided to print). */
async function printedWith(read: () => void): Promise<PrintedPdf> {
  window.addEventListener('beforeprint', read);
  try {
    return (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as PrintedPdf;
  } finally {
    window.removeEventListener('beforeprint', read);
  }
}

/**
 * Prints the page and returns the size, in pt, of the smallest of the chart's SVG text as printed:
 * the PDF's runs of text that are, whole, one of the SVG's texts (a label's line, a value, a tick;
 * the figure's HTML text around it is in longer runs), and whether its table printed in its place.
 */
async function smallestPrinted(el: PioneerChart<unknown>): Promise<{ pt: number; runs: number; table: boolean }> {
  const svg = el.shadowRoot!.querySelector('svg')!;
  let table = false;
  const pdf = await printedWith(() => (table = Boolean(el.shadowRoot!.querySelector('.paper-note'))));
  // The SVG's texts as drawn on screen (the same words are drawn for paper at 680 px).
  const texts = new Set([...svg.querySelectorAll('text, tspan')].filter((t) => !t.querySelector('tspan')).map((t) => t.textContent!.trim()).filter(Boolean));
  const runs = pdf.sizes.flat().filter((r) => texts.has(r.text.trim()));
  return { pt: Math.min(...runs.map((r) => r.pt)), runs: runs.length, table };
}

const chart = '<barrier-stack measure="barrier" year="2020"></barrier-stack>';

describe('printing a page of fixed width wider than the paper', function () {
  // Each test saves a PDF or two: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  afterEach(() => {
    cleanup();
    document.body.style.width = '';
  });

  /** The smallest text of the chart printed in a page of max-width, as most pages are. */
  async function onFluidPage(): Promise<number> {
    const el = await drawn(mount<PioneerChart<unknown>>(chart, 1000));
    el.parentElement!.style.width = '';
    el.parentElement!.style.maxWidth = '1000px';
    await drawn(el);
    const fluid = await smallestPrinted(el);
    cleanup();
    expect(fluid.runs, 'the chart\'s labels found in the PDF').to.be.above(20);
    expect(fluid.table, 'printed as a table').to.equal(false);
    return fluid.pt;
  }

  for (const [what, setUp] of [
    ['body { width: 1000px }', () => { document.body.style.width = '1000px'; return mount<PioneerChart<unknown>>(chart, 1000); }],
    ['a wrapper 1,200 px wide (shrunk by Chromium\'s most, 1/1.5)', () => mount<PioneerChart<unknown>>(chart, 1200)],
  ] as const) {
    it(`${what}: the chart's smallest text prints as large as on a page of max-width, and at least ${READABLE_PT} pt`, async () => {
      const fluid = await onFluidPage();
      const el = await drawn(setUp());
      if (document.body.style.width) el.parentElement!.style.width = '';
      await drawn(el);
      const fixed = await smallestPrinted(el);
      expect(fixed.table, 'printed as a table').to.equal(false);
      expect(fixed.runs, 'the chart\'s labels found in the PDF').to.be.above(20);
      expect(fixed.pt, `smallest text in the fixed-width page (max-width page: ${fluid} pt)`).to.be.at.least(fluid - 0.05);
      expect(fixed.pt, 'smallest text').to.be.at.least(READABLE_PT);
      // Back on screen: drawn at its box's width, its SVG as wide as drawn.
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(svg.getAttribute('viewBox')!.split(' ')[2], 'drawn width after printing').to.equal(String(el.getBoundingClientRect().width));
      expect(svg.getAttribute('width'), 'the SVG\'s width after printing').to.equal(svg.getAttribute('viewBox')!.split(' ')[2]);
    });
  }

  it("in a card whose body, in the card's shadow root, is 1,000 px wide: the chart's smallest text prints as large as on a page of max-width", async () => {
    const fluid = await onFluidPage();
    const el = await drawn(inCard<PioneerChart<unknown>>(chart, 'width: 1000px'));
    el.parentElement!.parentElement!.style.width = '';
    await drawn(el);
    const fixed = await smallestPrinted(el);
    expect(fixed.table, 'printed as a table').to.equal(false);
    expect(fixed.runs, 'the chart\'s labels found in the PDF').to.be.above(20);
    expect(fixed.pt, `smallest text in the card (max-width page: ${fluid} pt)`).to.be.at.least(fluid - 0.05);
  });

  it('a chart in a narrow column of a fixed-width page prints as its table, whose text prints at a readable size', async () => {
    // A 320 px column of a 1,000 px page: 227 px on paper, where the 16 barriers of 2020 are too
    // tall for a page at a readable size: its table prints in its place, as in any narrow column.
    document.body.style.width = '1000px';
    const el = await drawn(mount<PioneerChart<unknown>>(chart, 320));
    let cells: Set<string> = new Set();
    // The table as it prints (rendered for paper as printing starts).
    const pdf = await printedWith(() => (cells = new Set([...el.shadowRoot!.querySelectorAll('.table-host td, .table-host th')].map((c) => c.textContent!.trim()).filter((t) => t.length > 1))));
    expect(el.shadowRoot!.querySelector('.paper-note'), 'printed as a table').to.equal(null, 'the note is gone after printing');
    const runs = pdf.sizes.flat().filter((r) => cells.has(r.text.trim()));
    expect(runs.length, 'the table\'s cells found in the PDF').to.be.above(20);
    // Its cells were 5.6 pt: page text shrunk with the page, under the 6 pt the table prints for.
    expect(Math.min(...runs.map((r) => r.pt)), 'smallest table text').to.be.at.least(READABLE_PT);
    // The source line, page text of the chart's, prints at its size too (6.0 pt shrunk, 8.4 on a page of max-width).
    const source = pdf.sizes.flat().filter((r) => r.text.startsWith('Source: PIRU'));
    expect(source.length, 'the source line found').to.be.above(0);
    expect(Math.min(...source.map((r) => r.pt)), 'source line').to.be.at.least(7.5);
  });

  it('the shrink is read from the chart\'s ancestors\' fixed widths, with what sets them in from the page\'s edge', () => {
    const shrinkIn = (outer: string, inner = '') => {
      const el = mount<HTMLElement>(`<div style="${inner}"><barrier-stack measure="barrier" year="2020"></barrier-stack></div>`, 0);
      el.parentElement!.setAttribute('style', outer);
      return pageShrinkOnPaper(el.firstElementChild!);
    };
    // The test page's body has an 8 px margin.
    expect(shrinkIn('max-width: 1000px'), 'max-width').to.equal(1);
    expect(shrinkIn('width: 1000px; max-width: 100%'), 'held to its container').to.equal(1);
    expect(shrinkIn('width: 700px'), 'narrower than the paper').to.equal(1);
    expect(shrinkIn('width: 1000px')).to.be.closeTo(PAPER_PRINTABLE_WIDTH / 1008, 0.001);
    expect(shrinkIn('min-width: 1000px')).to.be.closeTo(PAPER_PRINTABLE_WIDTH / 1008, 0.001);
    expect(shrinkIn('width: 1000px; margin: 0 auto; padding: 0 20px'), 'centred, padded').to.be.closeTo(PAPER_PRINTABLE_WIDTH / 1048, 0.001);
    expect(shrinkIn('width: 600px; padding-left: 100px', 'width: 800px'), 'a wide box in a narrower one').to.be.closeTo(PAPER_PRINTABLE_WIDTH / 908, 0.001);
    expect(shrinkIn('width: 2000px'), 'at most 1/1.5').to.be.closeTo(1 / 1.5, 0.001);
  });
});
