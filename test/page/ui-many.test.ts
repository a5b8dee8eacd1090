// Several charts and filter bars on one page: none reaches into another (from an audit of a CMS page of many charts).
import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { cleanup, disclosureButton, drawn, isOpen, mount } from '../helpers.js';

const tip = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
const live = (el: Element) => el.shadowRoot!.querySelector('.live')!.textContent;
const centre = (e: Element): [number, number] => {
  const r = e.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function two(): Promise<[BarrierStack, BarrierStack]> {
  const box = mount<HTMLDivElement>('<div><barrier-stack id="a" measure="barrier" year="2019" height="300"></barrier-stack><barrier-stack id="b" measure="facilitator" year="2019" height="300"></barrier-stack></div>', 700);
  const a = await drawn(box.querySelector<BarrierStack>('#a')!);
  const b = await drawn(box.querySelector<BarrierStack>('#b')!);
  return [a, b];
}

describe('two charts\' tooltips, menus and keys', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  it('opening the second chart\'s Download menu with the mouse closes the first\'s', async () => {
    const [a, b] = await two();
    a.scrollIntoView();
    await sendMouse({ type: 'click', position: centre(disclosureButton(a, 'menu')) });
    expect(isOpen(a, 'menu')).to.equal(true);
    b.scrollIntoView({ block: 'start' });
    await sendMouse({ type: 'click', position: centre(disclosureButton(b, 'menu')) });
    expect(isOpen(b, 'menu')).to.equal(true);
    expect(isOpen(a, 'menu'), 'first menu still open').to.equal(false);
  });

  it('hovering a mark of one chart while the keyboard is on another: Escape; only one tooltip at a time', async () => {
    const [a, b] = await two();
    window.scrollTo(0, 0);
    // keyboard on chart a's first mark
    a.shadowRoot!.querySelector<SVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(tip(a).hidden).to.equal(false);
    const markB = b.shadowRoot!.querySelector('rect[data-key]')!;
    markB.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: centre(markB) });
    await wait(50);
    const shown = [tip(a), tip(b)].filter((t) => !t.hidden).length;
    expect(shown, 'tooltips visible at once (a: keyboard, b: hover)').to.equal(1);
    await sendKeys({ press: 'Escape' });
    await wait(20);
    expect(tip(b).hidden, 'hover tooltip of b after Escape').to.equal(true);
    expect(tip(a).hidden, 'focus tooltip of a after Escape').to.equal(true);
  });

  it('downloaded SVGs of two charts placed in one page: each chart\'s bars use its own patterns', async () => {
    const [a, b] = await two();
    const c = await drawn(mount<any>('<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>', 700));
    const d = await drawn(mount<any>('<pioneer-compare measure="facilitator" dimension="tenure"></pioneer-compare>', 700));
    const host = document.createElement('div');
    host.innerHTML = [a, b, c, d].map((e) => e.toSvg().replace(/^<\?xml[^>]*>\s*/, '')).join('');
    document.body.append(host);
    try {
      const ids = [...host.querySelectorAll('[id]')].map((e) => e.id);
      expect(new Set(ids).size, 'ids unique across files').to.equal(ids.length);
      for (const svg of host.querySelectorAll(':scope > svg')) {
        for (const el of svg.querySelectorAll('[fill^="url("]')) {
          const id = /#([^")']+)/.exec(el.getAttribute('fill')!)![1];
          expect(svg.querySelector(`[id="${id}"]`), id).to.not.equal(null);
        }
      }
    } finally {
      host.remove();
    }
  });

  it('a chart removed and added again: keyboard and live region still work, the other chart untouched', async () => {
    const [a, b] = await two();
    const parent = a.parentElement!;
    a.remove();
    parent.append(a);
    await drawn(a);
    a.shadowRoot!.querySelector<SVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(live(a)).to.not.equal('');
    expect(live(b)).to.equal('');
  });
});
