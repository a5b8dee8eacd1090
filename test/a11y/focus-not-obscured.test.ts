/**
 * WCAG 2.2 SC 2.4.11 (Focus not obscured): on a page with a sticky header that sets
 * `scroll-padding-top` (CSS technique C43, as README asks of such a page), the mark reached with
 * the arrows is scrolled into view below the header, not under it: the chart scrolls a mark into
 * view as the browser scrolls a focused element, taking the page's scroll padding. A scroll of
 * its own reckoning would leave the mark under the header, where a keyboard user loses it. Its
 * tooltip, the sighted keyboard user's copy of what is announced, is kept out from under the
 * header too: the window's part below the scroll padding is where it is seen.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

/** Presses `key` `times` times on a chart whose marks have the keyboard; each mark reached, or its tooltip, that starts under the header. */
async function underHeader(el: PioneerChart<unknown>, header: HTMLElement, key: string, times: number): Promise<{ marks: string[]; tooltips: string[] }> {
  const [marks, tooltips]: string[][] = [[], []];
  for (let i = 0; i < times; i++) {
    await sendKeys({ press: key });
    await new Promise((r) => requestAnimationFrame(r));
    const mark = el.shadowRoot!.querySelector('.focused')!;
    const [box, tip] = [mark.getBoundingClientRect(), el.shadowRoot!.querySelector('[part=tooltip]')!.getBoundingClientRect()];
    const below = header.getBoundingClientRect().bottom;
    if (box.top < below) marks.push(`${mark.getAttribute('data-key')} at ${Math.round(box.top)} px`);
    if (tip.height > 0 && tip.top < below - 0.5) tooltips.push(`${mark.getAttribute('data-key')}'s at ${Math.round(tip.top)} px`);
  }
  return { marks, tooltips };
}

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
    // Up past the chart's head (29 bars), the last presses at its first bar.
    const hidden = await underHeader(el, header, 'ArrowUp', 30);
    expect(header.getBoundingClientRect().top, 'the header stays at the top of the window').to.equal(0);
    expect(hidden, 'marks and their tooltips under the header').to.deep.equal({ marks: [], tooltips: [] });
  });

  it('on a phone (320 × 568), read up from the foot of the stacked bars and of a comparison: no tooltip under the header where there is room below its mark', async () => {
    await setViewport({ width: 320, height: 568 });
    try {
      for (const markup of ['<barrier-stack measure="barrier" year="2020"></barrier-stack>', '<pioneer-compare measure="barrier" dimension="deprivation"></pioneer-compare>']) {
        const el = await drawn(mount<PioneerChart<unknown>>(markup, 320));
        el.shadowRoot!.querySelector('svg')!.focus();
        await sendKeys({ press: 'End' });
        expect(await underHeader(el, header, 'ArrowUp', 12), markup).to.deep.equal({ marks: [], tooltips: [] });
        cleanup();
        window.scrollTo(0, 0);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
