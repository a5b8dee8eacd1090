// The case both print-after-draw-failure files run, each on a page of its own: headless Chromium
// fires beforeprint for a page's first window.print() only.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { captureWarnings, drawn, mount } from '../helpers.js';

/**
 * Mounts `markup` 900 px wide with a renderer that cannot draw wider than the printed width
 * (680 px), prints from the page's own script, and checks that the chart was drawn for paper
 * and shows its failure again afterwards; `landscapeTable`: whether it made its table ready for
 * a page turned sideways as printing began.
 */
export async function printAfterDrawFailure(markup: string, landscapeTable: boolean): Promise<void> {
  const el = mount<PioneerChart<unknown>>(markup, 900);
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
  expect(paper.landscape, 'its table made ready for a page turned sideways').to.equal(landscapeTable);
  expect(root.querySelector('.message')?.textContent?.trim(), 'on screen again').to.equal('Could not draw this chart: cannot draw at 900 px');
}
