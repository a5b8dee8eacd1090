// A chart whose draw failed on screen is drawn again for paper (at the printed width), from a
// page's own window.print() too: there the retry must run within beforeprint, since the page is
// laid out for paper before the call returns (pioneer-chart.ts, setPrinting).
// Headless Chromium fires beforeprint for a page's first window.print() only: a file of its own
// (this one's chart is too tall for a page turned sideways, so it also makes its table ready for
// landscape paper, which is put away as the draw on screen fails again).
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

describe('printing from the page\'s own script a chart whose draw failed on screen, with a table ready for landscape paper', () => {
  after(cleanup);

  it('is drawn for paper when window.print() returns, and shows its failure again afterwards, its landscape table put away', async () => {
    // A renderer that cannot draw wider than the printed width (680 px): it fails at 900 on screen.
    const el = mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 900);
    const chart = el as unknown as { draw(svg: unknown, view: unknown, width: number): unknown };
    const draw = chart.draw;
    chart.draw = function (this: unknown, svg: unknown, view: unknown, width: number) {
      if (width > 680) throw new Error(`cannot draw at ${width} px`);
      return draw.call(this, svg, view, width);
    };
    await captureWarnings(async () => {
      await drawn(el);
    });
    const root = el.shadowRoot!;
    expect(root.querySelector('.message')?.textContent?.trim(), 'on screen').to.equal('Could not draw this chart: cannot draw at 900 px');
    window.print();
    const paper = { message: root.querySelector('.message')?.textContent ?? null, marks: root.querySelectorAll('svg [data-key]').length, landscape: (el as unknown as { tableInLandscape: boolean }).tableInLandscape };
    await captureWarnings(async () => {
      window.dispatchEvent(new Event('afterprint'));
      await drawn(el);
    });
    expect(paper.message, 'no failure printed').to.equal(null);
    expect(paper.marks, 'marks printed').to.be.greaterThan(10);
    expect(paper.landscape, 'its table made ready for a page turned sideways').to.equal(true);
    expect(root.querySelector('.message')?.textContent?.trim(), 'on screen again').to.equal('Could not draw this chart: cannot draw at 900 px');
  });
});
