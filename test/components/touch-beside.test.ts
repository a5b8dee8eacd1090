import { expect } from '@esm-bundle/chai';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, disclosureButton, drawn, mount } from '../helpers.js';

// A phone's 360 by 740 px window, a page with a 12 px margin, and real touch input
// (Input.dispatchTouchEvent: test/touch-commands.mjs), whose taps Chromium adjusts onto the
// nearest control within reach of the finger, as on a phone.

type Point = [number, number];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const frame = () => new Promise((r) => requestAnimationFrame(r));
/**
 * A tap at `at`, and the wait for what it does: its click (which a tap on the page's margin gets
 * too, on the page), then two frames for what the click changed to be drawn; at most 150 ms for
 * the click (the fixed wait this was: a tap's click comes a frame or two after the lift).
 */
async function tap(at: Point, radius?: number): Promise<void> {
  let heard: () => void = () => {};
  const clicked = new Promise<void>((r) => (heard = r));
  window.addEventListener('click', heard, { capture: true, once: true });
  try {
    await executeServerCommand('touch', { from: at.map(Math.round), ...(radius ? { radius } : {}) });
    await Promise.race([clicked, pause(150)]);
  } finally {
    window.removeEventListener('click', heard, { capture: true });
  }
  await frame();
  await frame();
}
/** Waits until `done()` holds, a frame at a time, for at most `ms` (the fixed wait this was). */
async function until(done: () => boolean, ms: number): Promise<void> {
  const end = performance.now() + ms;
  while (!done() && performance.now() < end) await frame();
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('tapped on a phone (360 by 740 px, 12 px page margin)', () => {
  beforeEach(async () => {
    await setViewport({ width: 360, height: 740 });
    document.body.style.margin = '12px';
  });
  afterEach(async () => {
    cleanup();
    window.scrollTo(0, 0);
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it("the map's tooltip for a tapped tile (Greater Manchester) leaves the legend and most tiles' codes in view", async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<site-map year="2019"></site-map>', 336));
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('svg .tile').length, 'the grid').to.equal(25);
    el.scrollIntoView({ block: 'start' });
    await pause(50);
    const tile = root.querySelector('svg [data-key="greater-manchester"]')!;
    const t = tile.getBoundingClientRect();
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    await tap([t.left + t.width / 2, t.top + t.height / 2]);
    await until(() => !tip.hidden, 150);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.match(/^Greater Manchester/);
    const b = tip.getBoundingClientRect();
    const legend = [...root.querySelectorAll('svg [part~="legend"] > *')].map((e) => e.getBoundingClientRect());
    expect(legend.length).to.be.greaterThan(0);
    const codes = [...root.querySelectorAll('svg [data-key] text')].filter((x) => !tile.contains(x)).filter((x) => overlaps(b, x.getBoundingClientRect()));
    // Before: kept where a mouse pointer goes straight onto it, it went down a column of six
    // tiles (13 of their codes and counts) and over two of the legend's entries.
    expect(legend.filter((l) => overlaps(b, l)).length, 'legend entries covered').to.equal(0);
    expect(codes.length, 'other tiles’ codes and counts covered').to.be.at.most(7);
    expect(overlaps(b, tile.getBoundingClientRect()), 'over its tile').to.equal(false);
    expect(b.left >= -0.5 && b.top >= -0.5 && b.right <= innerWidth + 0.5 && b.bottom <= innerHeight + 0.5, 'in the window').to.equal(true);
  });

  it("a tap in the page's margin beside the trend's keys hides no line; a tap on a key still does", async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend></pioneer-trend>', 336));
    const keys = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.legend button')];
    expect(keys.length).to.be.greaterThan(2);
    const pressed = () => keys.map((k) => k.getAttribute('aria-pressed')).join(' ');
    const shown = pressed();
    for (const key of keys) {
      key.scrollIntoView({ block: 'center' });
      await pause(50);
      const k = key.getBoundingClientRect();
      const y = k.top + k.height / 2;
      // Beside it in the margin: 6 px and 8 px off the legend, with a small and a broad finger.
      for (const [x, radius] of [[k.left - 6, 5], [4, 15], [innerWidth - 4, 15]] as const) {
        await tap([x, y], radius);
        expect(pressed(), `${key.dataset.item}: a tap at x ${Math.round(x)} (radius ${radius})`).to.equal(shown);
      }
      await tap([k.left + 20, y]);
      await until(() => key.getAttribute('aria-pressed') === 'false', 150);
      expect(key.getAttribute('aria-pressed'), `${key.dataset.item} tapped`).to.equal('false');
      await tap([k.left + 20, y]);
      await until(() => pressed() === shown, 150);
      expect(pressed()).to.equal(shown);
    }
  });
  // The button scrolled to the window's middle: its element's box and its own, and the height of its middle.
  const inView = async (host: Element, button: Element) => {
    button.scrollIntoView({ block: 'center' });
    await pause(50);
    const b = button.getBoundingClientRect();
    return { h: host.getBoundingClientRect(), b, y: b.top + b.height / 2 };
  };
  // A tap in the margin beside a button, at its middle's height: 6 px off the element with a small finger, and 4 px from the screen's edge with a broad one.
  const besideIn = async (host: Element, button: Element, side: 'left' | 'right', check: () => unknown) => {
    const { h, b, y } = await inView(host, button);
    const before = check();
    for (const [x, radius] of (side === 'left' ? [[h.left - 6, 5], [4, 15]] : [[h.right + 6, 5], [innerWidth - 4, 15]]) as [number, number][]) {
      await tap([x, y], radius);
      expect(check(), `${button.textContent}: a tap at x ${Math.round(x)} (radius ${radius})`).to.deep.equal(before);
    }
    await tap([b.left + b.width / 2, y]);
    await until(() => !same(check(), before), 150);
    expect(check(), `${button.textContent} tapped`).not.to.deep.equal(before);
  };

  it("a tap in the page's margin beside a chart's Chart, Describe and Download buttons presses none; a tap on one does", async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2020" mode="table"></barrier-stack>', 336));
    const root = el.shadowRoot!;
    const [chart, table] = root.querySelectorAll('.modes button');
    // Before: a tap beside the Chart button (at the chart's left edge) left the Table view.
    await besideIn(el, chart, 'left', () => table.getAttribute('aria-pressed'));
    const describe = root.querySelector('.description button')!;
    await besideIn(el, describe, 'left', () => describe.getAttribute('aria-expanded'));
    const t = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="2019"></pioneer-table>', 336));
    const download = t.shadowRoot!.querySelector('.menu > button')!;
    expect(download.getBoundingClientRect().right, 'Download at the right edge').to.be.closeTo(t.getBoundingClientRect().right, 1);
    await besideIn(t, download, 'right', () => download.getAttribute('aria-expanded'));
  });

  it("a tap in the page's margin beside the filter bar's Reset leaves the filters, and beside a button of a chart inside it presses none; a tap on one does", async () => {
    // 220 px wide: Reset wraps under the year's select, at the bar's left edge (as it does at the
    // screen's edge on a phone whose reader's text is large).
    const bar = mount<HTMLElement>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>', 220);
    const stack = await drawn(bar.querySelector<PioneerChart<unknown>>('barrier-stack')!);
    const root = bar.shadowRoot!;
    const reset = root.querySelector('.reset')!;
    const year = root.querySelector('select')!;
    year.value = '2019';
    year.dispatchEvent(new Event('change'));
    await pause(100);
    expect(reset.getBoundingClientRect().left, 'Reset at the left edge').to.be.closeTo(bar.getBoundingClientRect().left, 1);
    await besideIn(bar, reset, 'left', () => year.value);
    expect(year.value).to.equal('');
    // A chart inside the bar: its buttons too.
    const describe = stack.shadowRoot!.querySelector('.description button')!;
    await besideIn(stack, describe, 'left', () => describe.getAttribute('aria-expanded'));
  });

  // The guard judges a button's click by the window's last pointerup: a finger lifted in the
  // margin must not leave the next mouse click, nor any key's click, judged by it. After a tap in
  // the page's margin beside the button (outside `host`: stopped), a mouse click on the button
  // (sendMouse), Enter and Space each press it; `restore` puts it back for the next.
  const pressedAfterMarginTap = async (host: Element, button: HTMLElement, check: () => unknown, restore: () => unknown) => {
    for (const how of ['a mouse click', 'Enter', 'Space'] as const) {
      expect(button.checkVisibility(), `${button.textContent}: shown`).to.equal(true);
      const { h, b, y } = await inView(host, button);
      const before = check();
      // In the margin on the button's side of the element, outside it, with a broad finger.
      const x = b.left - h.left < h.right - b.right ? 4 : innerWidth - 4;
      expect(x < h.left || x > h.right, 'the tap outside the element').to.equal(true);
      await tap([x, y], 15);
      expect(check(), `${button.textContent}: the tap in the margin`).to.deep.equal(before);
      if (how === 'a mouse click') await sendMouse({ type: 'click', position: [Math.round(b.left + b.width / 2), Math.round(y)] });
      else {
        button.focus();
        await sendKeys({ press: how });
      }
      await until(() => !same(check(), before), 150);
      expect(check(), `${button.textContent}: ${how} right after a tap in the margin`).not.to.deep.equal(before);
      await restore();
      await until(() => same(check(), before), 100);
      expect(check(), `${button.textContent}: put back`).to.deep.equal(before);
    }
    await resetMouse();
    (host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  };

  it("after a tap in the page's margin, a mouse click on a chart's Chart, Describe, Download button or a trend's key presses it, as Enter and Space do", async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2020" mode="table"></barrier-stack>', 336));
    const root = el.shadowRoot!;
    const [chart, table] = root.querySelectorAll<HTMLElement>('.modes button');
    await pressedAfterMarginTap(el, chart, () => table.getAttribute('aria-pressed'), () => table.click());
    // The long description is the chart's: its button shown in the Chart view.
    chart.click();
    await el.updateComplete;
    const describe = root.querySelector<HTMLElement>('.description button')!;
    await pressedAfterMarginTap(el, describe, () => describe.getAttribute('aria-expanded'), () => describe.click());
    const t = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="2019"></pioneer-table>', 336));
    const download = disclosureButton(t, 'menu');
    await pressedAfterMarginTap(t, download, () => download.getAttribute('aria-expanded'), () => download.getAttribute('aria-expanded') === 'true' && download.click());
    const trend = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend></pioneer-trend>', 336));
    const key = trend.shadowRoot!.querySelector<HTMLElement>('.legend button')!;
    await pressedAfterMarginTap(trend, key, () => key.getAttribute('aria-pressed'), () => key.click());
  });

  it("after a tap in the page's margin, a mouse click on the filter bar's Reset, or on a button of a chart inside the bar, presses it, as Enter and Space do", async () => {
    const bar = mount<HTMLElement>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>', 220);
    const stack = await drawn(bar.querySelector<PioneerChart<unknown>>('barrier-stack')!);
    const root = bar.shadowRoot!;
    const reset = root.querySelector<HTMLElement>('.reset')!;
    const year = root.querySelector('select')!;
    const choose2019 = () => {
      year.value = '2019';
      year.dispatchEvent(new Event('change'));
    };
    choose2019();
    await pause(100);
    await pressedAfterMarginTap(bar, reset, () => year.value, choose2019);
    const describe = stack.shadowRoot!.querySelector<HTMLElement>('.description button')!;
    await pressedAfterMarginTap(stack, describe, () => describe.getAttribute('aria-expanded'), () => describe.click());
  });
});
