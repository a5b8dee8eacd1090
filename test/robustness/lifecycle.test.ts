import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { PioneerTrend as TrendClass } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { cleanup, drawn, mount } from '../helpers.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const points = (el: Element) => el.shadowRoot!.querySelectorAll('path.point').length;

async function settle(el: PioneerTrend): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await frame();
  }
}

describe('hostile or unusual pages: lifecycle', () => {
  afterEach(cleanup);

  it('a zero-size container draws nothing and throws nothing, then draws when it gets a width', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>', 0);
    await settle(el);
    expect(points(el)).to.equal(0);
    el.parentElement!.style.width = '500px';
    await settle(el);
    expect(points(el)).to.equal(3);
  });

  it('a container hidden with display:none then shown draws correctly at its width', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>', 600);
    el.parentElement!.style.display = 'none';
    await settle(el);
    expect(points(el)).to.equal(0);
    el.parentElement!.style.display = 'block';
    await settle(el);
    expect(points(el)).to.equal(3);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('600');
  });

  it('an element moved between parents, removed and re-added redraws at the new width', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>', 600));
    const other = mount<HTMLDivElement>('<div></div>', 400).parentElement!;
    other.appendChild(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('400');
    el.remove();
    await settle(el);
    other.appendChild(el);
    await settle(el);
    expect(points(el)).to.equal(3);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('400');
  });

  it('1,000 attribute changes in one burst settle on the last value with one render', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    let draws = 0;
    const original = TrendClass.prototype['draw' as keyof PioneerTrend] as unknown as (...a: unknown[]) => unknown;
    (el as unknown as { draw: (...a: unknown[]) => unknown }).draw = function (this: PioneerTrend, ...args: unknown[]) {
      draws++;
      return original.apply(this, args);
    };
    const ids = ['quality-of-care', 'joined-up', 'unplanned-admissions', 'manage-own-care'];
    for (let i = 0; i < 1000; i++) el.setAttribute('items', ids[i % ids.length]);
    await settle(el);
    expect(draws).to.equal(1);
    expect(el.shadowRoot!.querySelector('g.line-series')!.getAttribute('data-item')).to.equal(ids[999 % ids.length]);
  });

  it('200 charts on one page all render and respond', async () => {
    const box = mount<HTMLDivElement>('<div></div>', 300);
    const els: PioneerTrend[] = [];
    for (let i = 0; i < 200; i++) {
      const el = document.createElement('pioneer-trend');
      el.setAttribute('measure', 'objective');
      el.setAttribute('items', 'quality-of-care');
      box.appendChild(el);
      els.push(el);
    }
    for (let i = 0; i < 20 && els.some((e) => points(e) === 0); i++) await frame();
    expect(els.filter((e) => points(e) === 3)).to.have.length(200);
    let selected = '';
    box.addEventListener('pioneer-select', (e) => (selected = String((e as CustomEvent).detail.year)));
    els[199].shadowRoot!.querySelector<SVGElement>('path.point[data-year="2018"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(selected).to.equal('2018');
  });

  it('connect/disconnect 1,000 times: observers are released and the heap returns to within 10%', async () => {
    const gc = (window as unknown as { gc?: () => void }).gc;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    expect(gc, 'run Chromium with --js-flags=--expose-gc').to.be.a('function');
    const box = mount<HTMLDivElement>('<div></div>', 400);
    const warm = document.createElement('pioneer-trend');
    warm.setAttribute('measure', 'objective');
    box.appendChild(warm);
    await settle(warm as PioneerTrend);
    warm.remove();
    gc!();
    await frame();
    gc!();
    const before = memory!.usedJSHeapSize;
    // Every size watch an element starts on connecting is ended on disconnecting.
    const proto = ResizeObserver.prototype;
    const { observe, unobserve } = proto;
    const watched = new Set<Element>();
    let observed = 0;
    proto.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
      observed++;
      watched.add(target);
      return observe.call(this, target, options);
    };
    proto.unobserve = function (this: ResizeObserver, target: Element) {
      watched.delete(target);
      return unobserve.call(this, target);
    };
    // 50 rounds of 20: each element connects, draws (a frame passes), and disconnects.
    let drew = 0;
    try {
      for (let round = 0; round < 50; round++) {
        const batch: PioneerTrend[] = [];
        for (let i = 0; i < 20; i++) {
          const el = document.createElement('pioneer-trend');
          el.setAttribute('measure', 'objective');
          el.setAttribute('items', 'quality-of-care');
          box.appendChild(el);
          batch.push(el);
        }
        await frame();
        await frame();
        drew += batch.filter((el) => points(el) === 3).length;
        for (const el of batch) el.remove();
      }
    } finally {
      proto.observe = observe;
      proto.unobserve = unobserve;
    }
    expect(drew).to.equal(1000);
    expect(observed, 'each element watched its size').to.be.at.least(1000);
    expect(watched.size, 'and stopped when removed').to.equal(0);
    await frame();
    await frame();
    gc!();
    await new Promise((r) => setTimeout(r, 50));
    gc!();
    const after = memory!.usedJSHeapSize;
    const ratio = after / before;
    console.log(`heap: before ${(before / 1e6).toFixed(2)} MB, after 1,000 connect/disconnect ${(after / 1e6).toFixed(2)} MB (×${ratio.toFixed(3)})`);
    expect(ratio).to.be.lessThan(1.1);
  });
});
