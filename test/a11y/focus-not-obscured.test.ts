/**
 * WCAG 2.2 SC 2.4.11 (Focus not obscured): on a page with a sticky header that sets
 * `scroll-padding-top` (CSS technique C43, as README asks of such a page), the mark reached with
 * the arrows is scrolled into view below the header, not under it: the chart scrolls a mark into
 * view as the browser scrolls a focused element, taking the page's scroll padding. A scroll of
 * its own reckoning would leave the mark under the header, where a keyboard user loses it.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

describe('focus not obscured by a sticky header (WCAG 2.4.11)', () => {
  let header: HTMLElement;
  beforeEach(() => {
    header = document.createElement('header');
    header.style.cssText = 'position: sticky; top: 0; height: 48px; background: #003; z-index: 10';
    document.body.prepend(header);
    document.documentElement.style.scrollPaddingTop = '56px';
  });
  afterEach(() => {
    cleanup();
    header.remove();
    document.documentElement.style.scrollPaddingTop = '';
    window.scrollTo(0, 0);
  });

  it('a stacked bar chart taller than the window, read from its foot: each mark the arrows reach going up is below the header, none under it', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 640));
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().height, 'the chart is taller than the window').to.be.greaterThan(innerHeight);
    // The chart's foot at the window's foot, its head scrolled out above: the reader came up from the page's end.
    window.scrollBy(0, svg.getBoundingClientRect().bottom - innerHeight);
    svg.focus({ preventScroll: true });
    await sendKeys({ press: 'End' });
    const hidden: string[] = [];
    // Up past the chart's head (29 bars), the last presses at its first bar.
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'ArrowUp' });
      await new Promise((r) => requestAnimationFrame(r));
      const mark = el.shadowRoot!.querySelector('.focused')!;
      const box = mark.getBoundingClientRect();
      if (box.top < header.getBoundingClientRect().bottom) hidden.push(`${mark.getAttribute('data-key')} at ${Math.round(box.top)} px`);
    }
    expect(header.getBoundingClientRect().top, 'the header stays at the top of the window').to.equal(0);
    expect(hidden, 'marks under the header').to.deep.equal([]);
  });
});
