// A chart whose draw failed on screen is drawn again for paper (at the printed width), from a
// page's own window.print() too: there the retry must run within beforeprint, since the page is
// laid out for paper before the call returns (pioneer-chart.ts, setPrinting).
// Headless Chromium fires beforeprint for a page's first window.print() only: a file of its own.
import { cleanup } from '../helpers.js';
import { printAfterDrawFailure } from './print-after-draw-failure-case.js';

describe('printing from the page\'s own script a chart whose draw failed on screen', () => {
  after(cleanup);

  it('is drawn for paper when window.print() returns, and shows its failure again afterwards', async () => {
    await printAfterDrawFailure('<barrier-stack measure="barrier" year="2019"></barrier-stack>', false);
  });
});
