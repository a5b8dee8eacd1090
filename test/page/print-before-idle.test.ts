// A page that calls window.print() before it was ever idle (printing on load, or a Print button
// pressed while the page is still busy): a chart too tall for a page still prints as its table.
// Chromium runs no Trusted Types callback while print() pauses the page, and the table's templates
// were never prepared before it (print-templates.ts).
// Headless Chromium fires beforeprint for a page's first window.print() only: a file of its own.
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

describe('printing from the page\'s own script before the page was idle', () => {
  after(cleanup);

  it('a chart too tall for a page prints as its table, with the note saying why, when window.print() comes before any idle time', async () => {
    // A page busy until it prints: no idle callback runs before window.print().
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    let paper: { note: string | null; plotOff: boolean; rows: number };
    try {
      // 39 bars in 320 px: too tall for a page at a readable size.
      const tall = await drawn(mount<PioneerChart<unknown>>('<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>', 320));
      window.print();
      const root = tall.shadowRoot!;
      paper = {
        note: root.querySelector('.paper-note')?.textContent?.trim() ?? null,
        plotOff: root.querySelector('.plot')!.classList.contains('off'),
        rows: root.querySelectorAll('.data-table tbody tr').length,
      };
      window.dispatchEvent(new Event('afterprint'));
      await tall.updateComplete;
    } finally {
      window.requestIdleCallback = idle;
      console.error = error;
    }
    expect(errors, 'errors while printing').to.deep.equal([]);
    expect(paper.note, 'the note').to.equal('Printed as a table: at this width the chart is too tall for a page at a readable text size.');
    expect(paper.plotOff, 'the chart hidden').to.equal(true);
    expect(paper.rows, 'the table\'s rows').to.equal(13);
  });
});
