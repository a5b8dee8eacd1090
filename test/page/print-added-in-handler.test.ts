// A chart the page adds in its own beforeprint listener, while its own window.print() pauses it:
// Chromium runs no custom element callback then, so the chart is neither connected nor drawn
// for that print (README: add charts before calling window.print()). Taken out afterwards, it
// must not throw from its disconnectedCallback, whose connectedCallback never ran; put back, it draws.
// Headless Chromium fires beforeprint for a page's first window.print() only: a file of its own.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

describe('a chart added by the page\'s own beforeprint listener during window.print()', () => {
  after(cleanup);

  it('taken out after printing it throws nothing, and put back it draws', async () => {
    const box = mount<HTMLElement>('<div></div>', 640);
    const el = document.createElement('barrier-stack') as PioneerChart<unknown>;
    el.setAttribute('measure', 'barrier');
    el.setAttribute('year', '2019');
    const add = () => box.append(el);
    window.addEventListener('beforeprint', add);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      window.print();
      window.dispatchEvent(new Event('afterprint'));
      // Its callbacks, held while the page was paused, run now or never; either way, out it goes.
      await new Promise((r) => setTimeout(r, 50));
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      window.removeEventListener('beforeprint', add);
      window.removeEventListener('error', onError);
    }
    expect(errors, 'errors thrown').to.deep.equal([]);
    box.append(el);
    await drawn(el);
    expect(el.marks.length, 'marks drawn once put back').to.be.greaterThan(10);
  });
});
