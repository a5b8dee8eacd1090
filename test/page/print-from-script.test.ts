// Printing from a page's own script (a "Print this page" button calling window.print()): the
// browser fires beforeprint inside that call, with the page's scripts paused, and lays the page
// out for paper before the call returns, so no microtask of the charts runs in between. What a
// chart changes for paper must be in place when beforeprint's listeners return.
// Headless Chromium fires beforeprint for a page's first window.print() only, prints nothing and
// never fires afterprint: so one call, for every chart here, and afterprint dispatched by hand.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

/** What a chart shows for paper now. */
function shownOf(el: PioneerChart<unknown>) {
  const root = el.shadowRoot!;
  const host = root.querySelector('.table-host');
  return {
    note: root.querySelector('.paper-note')?.textContent?.trim() ?? null,
    plotOff: root.querySelector('.plot')!.classList.contains('off'),
    tableOff: !host || host.classList.contains('off'),
    underChart: Boolean(host?.classList.contains('under-chart')),
    rows: root.querySelectorAll('.data-table tbody tr').length,
    grid: Boolean(host?.hasAttribute('data-print-grid')),
  };
}

describe('printing from the page\'s own script (window.print())', () => {
  after(cleanup);

  it('a chart too tall for a page is its table with the note saying why, and a table printed beneath its chart is built, each marked to print as the grid that fits, when window.print() lays the page out; afterwards both are as on screen', async () => {
    // 39 bars in 320 px: too tall for a page at a readable size. Its grid (318 px) fits the column.
    const tall = await drawn(mount<PioneerChart<unknown>>('<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>', 320));
    // Its table beneath it (print-table): 319.8 px, a grid in 320 px.
    const beneath = await drawn(mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2019" print-table></barrier-stack>', 320));
    // As a reader's click on the page's Print button comes: once the page has been idle.
    await new Promise((r) => requestIdleCallback(r));
    window.print();
    const paper = [shownOf(tall), shownOf(beneath)];
    window.dispatchEvent(new Event('afterprint'));

    expect(paper[0].note, 'the tall chart\'s note').to.equal('Printed as a table: at this width the chart is too tall for a page at a readable text size.');
    expect(paper[0].plotOff, 'the tall chart hidden').to.equal(true);
    expect(paper[0].tableOff, 'the tall chart\'s table shown').to.equal(false);
    expect(paper[0].rows, 'the tall chart\'s table\'s rows').to.equal(13);
    expect(paper[0].grid, 'the tall chart\'s table printed as a grid').to.equal(true);

    expect(paper[1].note, 'no note for the chart that prints').to.equal(null);
    expect(paper[1].plotOff, 'the chart printed').to.equal(false);
    expect(paper[1].underChart, 'its table printed beneath it').to.equal(true);
    expect(paper[1].rows, 'its table\'s rows').to.equal(13);
    expect(paper[1].grid, 'its table printed as a grid').to.equal(true);

    for (const el of [tall, beneath]) await el.updateComplete;
    for (const [el, name] of [[tall, 'the tall chart'], [beneath, 'the chart with its table beneath']] as const) {
      const screen = shownOf(el);
      expect(screen.note, `${name}: the note after printing`).to.equal(null);
      expect(screen.plotOff, `${name}: hidden after printing`).to.equal(false);
      expect(screen.tableOff, `${name}: the table hidden after printing`).to.equal(true);
      expect(screen.grid, `${name}: marked as a grid after printing`).to.equal(false);
    }
  });
});
