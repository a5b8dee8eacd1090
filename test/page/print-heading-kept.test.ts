// README, Printing: a chart that does not fit what is left of a page starts the next one, and a
// page's own heading above it stays with it where the page gives it `break-after: avoid`. Read
// from the PDF Chromium saves (as Save as PDF does).
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { squashed } from '../printed-pdf.js';

type Pdf = { pages: string[] };

const HEADING = 'Figure S2. Barriers to integration reported in 2019';

/**
 * Prints a page of a filler block of each height, the heading and the chart, and returns for
 * each height the page the heading printed on and the page the chart's title printed on.
 */
async function pagesOf(el: BarrierStack, heights: number[]): Promise<[number, number][]> {
  const title = squashed(el.shadowRoot!.querySelector('.title')!.textContent!).slice(0, 30);
  const heading = document.createElement('h2');
  heading.textContent = HEADING;
  const filler = document.createElement('div');
  el.before(filler, heading);
  const found: [number, number][] = [];
  for (const h of heights) {
    filler.style.height = `${h}px`;
    const pdf = (await executeServerCommand('print-to-pdf')) as unknown as Pdf;
    const pages = pdf.pages.map(squashed);
    found.push([pages.findIndex((p) => p.includes(squashed(HEADING))), pages.findIndex((p) => p.includes(title))]);
  }
  return found;
}

// A filler that leaves the heading, but not the chart (about 800 px tall on paper), room on an
// A4 page's first page (about 1,045 px of text column).
const heights = [500, 700, 850];

describe("a page's heading above a chart, printed", function () {
  this.timeout(90000);
  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    style?.remove();
    cleanup();
  });

  it('without break-after: avoid, the heading can end a page and its chart start the next (why README says to add it)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 680));
    const found = await pagesOf(el, heights);
    expect(found.some(([h, c]) => h >= 0 && c === h + 1), JSON.stringify(found)).to.equal(true);
  });

  it('with `h2 { break-after: avoid }` in an @media print rule, as README gives it, the heading prints on its chart\'s page', async () => {
    style = document.createElement('style');
    style.textContent = '@media print { h2 { break-after: avoid } }';
    document.head.append(style);
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 680));
    const found = await pagesOf(el, heights);
    for (const [h, c] of found) {
      expect(h, JSON.stringify(found)).to.be.at.least(0);
      expect(c, JSON.stringify(found)).to.equal(h);
    }
    // The sweep reached a chart moved to a page after the first.
    expect(found.some(([, c]) => c > 0), JSON.stringify(found)).to.equal(true);
  });
});
