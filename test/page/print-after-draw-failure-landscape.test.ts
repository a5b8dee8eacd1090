// As print-after-draw-failure.test.ts, with a chart too tall for a page turned sideways: it also
// makes its table ready for landscape paper as printing begins, which is put away after printing
// in the update where the draw on screen fails again (that update still shows the failure).
// Headless Chromium fires beforeprint for a page's first window.print() only: a file of its own.
import { cleanup } from '../helpers.js';
import { printAfterDrawFailure } from './print-after-draw-failure-case.js';

describe('printing from the page\'s own script a chart whose draw failed on screen, with a table ready for landscape paper', () => {
  after(cleanup);

  it('is drawn for paper when window.print() returns, and shows its failure again afterwards, its landscape table put away', async () => {
    await printAfterDrawFailure('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', true);
  });
});
