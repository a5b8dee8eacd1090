// The focus ring as painted: read from the window's pixels, not only from the styles (a ring can be drawn and then covered).
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { cleanup, drawn, mount } from '../helpers.js';

/** The pixels the page shows in a box (CSS px of the window, as getBoundingClientRect gives it: the scroll is added). */
async function pixelsIn(box: { x: number; y: number; width: number; height: number }): Promise<ImageData> {
  const png = (await executeServerCommand('capture-clip', { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height })) as unknown as string;
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height);
}

/** How many pixels are within a small distance of an RGB colour. */
function countNear(img: ImageData, [r, g, b]: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (Math.abs(img.data[i] - r) + Math.abs(img.data[i + 1] - g) + Math.abs(img.data[i + 2] - b) < 60) n++;
  return n;
}

describe('the focus ring, as painted', () => {
  afterEach(cleanup);

  it('the Chart/Table switch: a focused button\'s ring is whole, its side next to the other button painted over it (the Table button covered the Chart button\'s)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 720));
    const [chartButton, tableButton] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.modes button')];
    // Focused from the keyboard (Tab), as :focus-visible asks.
    document.body.tabIndex = -1;
    document.body.focus();
    for (let i = 0; i < 5 && el.shadowRoot!.activeElement !== chartButton; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the Chart button focused').to.equal(chartButton);
    // The ring (2 px, 2 px outside the button) on the Chart button's right runs over the Table button.
    const chart = chartButton.getBoundingClientRect();
    const table = tableButton.getBoundingClientRect();
    expect(table.left - chart.right, 'the buttons touch').to.be.lessThan(1);
    const focus = [192, 0, 96]; // --pioneer-focus-color's default, #c00060
    const rightSide = await pixelsIn({ x: Math.ceil(chart.right) + 1, y: Math.round(chart.top) + 4, width: 4, height: Math.floor(chart.height) - 8 });
    expect(countNear(rightSide, focus), 'ring pixels over the Table button').to.be.at.least(rightSide.height * 1.5);
    // The same from the Table button's side: its ring's left side over the Chart button.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the Table button focused').to.equal(tableButton);
    const leftSide = await pixelsIn({ x: Math.floor(table.left) - 5, y: Math.round(table.top) + 4, width: 4, height: Math.floor(table.height) - 8 });
    expect(countNear(leftSide, focus), 'ring pixels over the Chart button').to.be.at.least(leftSide.height * 1.5);
  });
});
