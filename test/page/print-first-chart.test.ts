// A page whose first chart is added and printed in the same task (a "Print this figure" button
// that builds the page's only chart from script, then calls window.print()): no template of the
// chart had been prepared when print() paused the page, and Chromium runs no Trusted Types
// callback then (print-templates.ts).
// Headless Chromium fires beforeprint for a page's first window.print() only: a file of its own.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, mount } from '../helpers.js';

describe('printing from the page\'s own script the page\'s first chart, added in the same task', () => {
  after(cleanup);

  it('prints its title and bars, with nothing reported', async () => {
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    let paper: { title: string | null; segments: number };
    try {
      const el = mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 640);
      window.print();
      const root = el.shadowRoot!;
      paper = {
        title: root.querySelector('[part="title"]')?.textContent?.trim() ?? null,
        segments: root.querySelectorAll('.seg').length,
      };
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    } finally {
      console.error = error;
    }
    expect(errors, 'errors while printing').to.deep.equal([]);
    expect(paper.title, 'the title').to.equal('Barriers to integration, 2019');
    // 2019 report Table 5.1: 13 barriers × 4 responses.
    expect(paper.segments, 'segments').to.equal(52);
  });
});
