// A page that adds a chart and calls window.print() in the same task (a "Print the report"
// button that builds the printed view, then prints): the chart's first update runs within
// beforeprint (setPrinting), and what it prints is decided on what that update drew.
// Headless Chromium fires beforeprint for a page's first window.print() only: a file of its own.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

describe('printing from the page\'s own script a chart added in the same task', () => {
  after(cleanup);

  it('a chart too tall for a page, added just before window.print(), prints as its table with the note saying why', async () => {
    // A chart the page showed already.
    await drawn(mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 640));
    await new Promise((r) => requestIdleCallback(r));
    // 39 bars in 320 px: too tall for a page at a readable size.
    const tall = mount<PioneerChart<unknown>>('<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>', 320);
    window.print();
    const root = tall.shadowRoot!;
    const paper = {
      note: root.querySelector('.paper-note')?.textContent?.trim() ?? null,
      plotOff: root.querySelector('.plot')?.classList.contains('off'),
      rows: root.querySelectorAll('.data-table tbody tr').length,
    };
    window.dispatchEvent(new Event('afterprint'));
    await tall.updateComplete;
    expect(paper.note, 'the note').to.equal('Printed as a table: at this width the chart is too tall for a page at a readable text size.');
    expect(paper.plotOff, 'the chart hidden').to.equal(true);
    expect(paper.rows, 'the table\'s rows').to.equal(13);
    expect(root.querySelector('.paper-note'), 'no note after printing').to.equal(null);
    expect(root.querySelector('.plot')!.classList.contains('off'), 'the chart shown after printing').to.equal(false);
  });
});
