// The focus ring as painted: read from the window's pixels, not only from the styles (a ring can be drawn and then covered).
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { CHARTS } from './charts.js';
import { cleanup, countNear, drawn, mount, pixelsIn } from '../helpers.js';

describe('the focus ring, as painted', () => {
  afterEach(cleanup);

  /** The inner 2 px of each side of a box, as the page paints them: how many pixels of each are in the colour, per pixel of its length. */
  async function ringSides(box: DOMRect, colour: readonly number[]): Promise<Record<'left' | 'right' | 'top' | 'bottom', number>> {
    const [x, y, w, h] = [Math.round(box.left), Math.round(box.top), Math.round(box.width), Math.round(box.height)];
    const strips = { left: { x, y: y + 4, width: 2, height: h - 8 }, right: { x: x + w - 2, y: y + 4, width: 2, height: h - 8 }, top: { x: x + 4, y, width: w - 8, height: 2 }, bottom: { x: x + 4, y: y + h - 2, width: w - 8, height: 2 } };
    const out = { left: 0, right: 0, top: 0, bottom: 0 };
    for (const side of Object.keys(strips) as (keyof typeof strips)[]) {
      const strip = strips[side];
      out[side] = Math.round((countNear(await pixelsIn(strip), colour) / Math.max(strip.width, strip.height)) * 10) / 10;
    }
    return out;
  }

  it('the Chart/Table switch: a focused button\'s ring is whole, all four sides painted inside the button (the Table button covered the side next to it, the window\'s edge another)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 720));
    const [chartButton, tableButton] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.modes button')];
    // Focused from the keyboard (Tab), as :focus-visible asks.
    document.body.tabIndex = -1;
    document.body.focus();
    for (let i = 0; i < 5 && el.shadowRoot!.activeElement !== chartButton; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the Chart button focused').to.equal(chartButton);
    expect(tableButton.getBoundingClientRect().left - chartButton.getBoundingClientRect().right, 'the buttons touch').to.be.lessThan(1);
    const focus = [192, 0, 96]; // --pioneer-focus-color's default, #c00060
    // Two pixels deep along each side (the ring is 2 px wide).
    expect(await ringSides(chartButton.getBoundingClientRect(), focus), 'the Chart button').to.deep.equal({ left: 2, right: 2, top: 2, bottom: 2 });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the Table button focused').to.equal(tableButton);
    expect(await ringSides(tableButton.getBoundingClientRect(), focus), 'the Table button').to.deep.equal({ left: 2, right: 2, top: 2, bottom: 2 });
  });

  /** The element with the keyboard focus, inside shadow roots. */
  const deepActive = (): Element | null => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };

  /**
   * Where a focused element's ring is cut: by the window (its box grown by outline-offset and
   * width leaves it) or by an ancestor that clips what overflows it, across shadow roots.
   */
  function ringCut(el: Element): string[] {
    const s = getComputedStyle(el);
    const grow = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth);
    const r = el.getBoundingClientRect();
    const ring = { left: r.left - grow, top: r.top - grow + scrollY, right: r.right + grow };
    const cuts: string[] = [];
    if (ring.left < 0 || ring.right > document.documentElement.clientWidth) cuts.push(`by the window's side (${ring.left.toFixed(0)} to ${ring.right.toFixed(0)})`);
    if (ring.top < 0) cuts.push(`by the page's top (${ring.top.toFixed(0)})`);
    for (let p: Node | null = el.parentNode; p && p !== document.body; p = p instanceof ShadowRoot ? p.host : p.parentNode) {
      if (!(p instanceof Element) || getComputedStyle(p).overflow === 'visible') continue;
      const b = p.getBoundingClientRect();
      if (r.left - grow < b.left || r.right + grow > b.right || r.top - grow < b.top || r.bottom + grow > b.bottom) cuts.push(`by <${p.localName} class="${p.className}">'s overflow`);
    }
    return cuts;
  }

  it('a chart flush against the window (body { margin: 0 }): every part the keyboard focuses, in each kind of chart, the Table, and the filter bar, has its whole ring in the window, none cut by the window or an overflow (WCAG 2.4.7, 2.4.11)', async () => {
    document.body.style.margin = '0';
    await setViewport({ width: 600, height: 800 });
    try {
      const cut: string[] = [];
      const kinds: string[] = [];
      for (const markup of [...CHARTS.map((c) => `<${c.tag} ${c.attrs}></${c.tag}>`), '<pioneer-table measure="barrier" year="2019"></pioneer-table>', '<pioneer-filters controls="year,organisation"><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>']) {
        const el = mount<PioneerChart<unknown>>(markup, 600);
        el.parentElement!.style.width = '100%';
        await drawn((el.localName === 'pioneer-filters' ? el.firstElementChild : el) as PioneerChart<unknown>);
        await new Promise((r) => requestAnimationFrame(r));
        document.body.tabIndex = -1;
        document.body.focus();
        for (let i = 0; i < 16; i++) {
          await sendKeys({ press: 'Tab' });
          const a = deepActive();
          if (!a || a === document.body) break;
          scrollTo(0, 0);
          kinds.push(a.localName);
          for (const c of ringCut(a)) cut.push(`${markup.split(' ')[0]}> <${a.localName}> "${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 20)}" ${c}`);
        }
        cleanup();
      }
      expect(new Set(kinds), 'the parts reached').to.have.keys('svg', 'button', 'select', 'div');
      expect(cut).to.deep.equal([]);
    } finally {
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a chart flush against the window: the plot\'s ring is painted whole, its left side at the window\'s edge', async () => {
    document.body.style.margin = '0';
    await setViewport({ width: 800, height: 1000 });
    try {
      const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 600));
      const svg = el.shadowRoot!.querySelector('svg')!;
      document.body.tabIndex = -1;
      document.body.focus();
      for (let i = 0; i < 6 && el.shadowRoot!.activeElement !== svg; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'the plot focused').to.equal(svg);
      const box = svg.getBoundingClientRect();
      expect(box.left, 'flush with the window').to.equal(0);
      // Two pixels deep along each side, less a few where a label or bar's edge is drawn over it.
      const sides = await ringSides(box, [192, 0, 96]);
      expect(Object.values(sides).filter((n) => n >= 1.5), JSON.stringify(sides)).to.have.length(4);
    } finally {
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    }
  });
});
