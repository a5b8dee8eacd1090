import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn } from '../helpers.js';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

describe('a draw that changes the page’s layout', () => {
  let box: HTMLElement | null = null;
  afterEach(() => {
    box?.remove();
    box = null;
    cleanup();
  });

  it('gives no "ResizeObserver loop" error when a chart drawn taller narrows another (as the scrollbar it brings narrows every chart)', async () => {
    // The second chart's box is as wide as the row is tall, and the row is as tall as the first
    // chart: drawing the first (taller) widens the second, in the same frame, at a shallower
    // depth (as a page's new scrollbar narrows every chart of the page).
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      box = document.createElement('div');
      box.innerHTML = `<div style="display:grid;grid-template-columns:420px auto;align-items:stretch;width:1400px">
        <div><div><div><div><barrier-stack measure="barrier" year="2020"></barrier-stack></div></div></div></div>
        <div style="aspect-ratio:1;justify-self:start;overflow:hidden"><pioneer-trend measure="objective" height="200"></pioneer-trend></div>
      </div>`;
      document.body.append(box);
      const stack = box.querySelector<PioneerChart<unknown>>('barrier-stack')!;
      const trend = box.querySelector<PioneerChart<unknown>>('pioneer-trend')!;
      await drawn(stack);
      await drawn(trend);
      await frames(4);
      // The layout did what it is here for: the trend is as wide as the stacked bars are tall.
      expect(Math.abs(trend.getBoundingClientRect().width - stack.getBoundingClientRect().height)).to.be.below(2);
      expect(trend.getBoundingClientRect().width).to.be.above(500);
      expect(Number(trend.shadowRoot!.querySelector('svg')!.getAttribute('width'))).to.be.closeTo(trend.getBoundingClientRect().width, 40);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
