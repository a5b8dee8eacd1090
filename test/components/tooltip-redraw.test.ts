import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { barrierRow2021 as row, cleanup, drawn, mount } from '../helpers.js';

const frames = (n: number) => new Promise<void>((r) => { const step = (i: number) => (i ? requestAnimationFrame(() => step(i - 1)) : r()); step(n); });

describe('a hover tooltip when the chart is drawn again under a resting pointer', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  it('never goes on showing the figures of before: after year="2019" it names the mark now under the pointer (or is gone)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    const seg = el.shadowRoot!.querySelector('rect[data-key]')!;
    seg.scrollIntoView({ block: 'center' });
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    const box = seg.getBoundingClientRect();
    const at: [number, number] = [Math.round(box.left + 3), Math.round(box.top + box.height / 2)];
    await sendMouse({ type: 'move', position: at });
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain('2020');
    el.year = 2019;
    await el.updateComplete;
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    await frames(3);
    const under = el.shadowRoot!.elementFromPoint(...at)?.closest('[data-key]');
    const now = under ? el.marks.find((m) => m.key === under.getAttribute('data-key')) : undefined;
    if (tip.hidden) return;
    expect(now, 'a tooltip shown over a mark').to.not.equal(undefined);
    expect(tip.textContent).to.equal(now!.label);
    expect(tip.textContent).to.contain('2019');
  });

  it('a mark that stays (same item, year and response, new figures) gets its new label, at its new place', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>');
    el.data = [row('a', 'very', 40), row('a', 'fairly', 30), row('a', 'not', 30), row('b', 'very', 30), row('b', 'fairly', 30), row('b', 'not', 40)];
    await drawn(el);
    el.scrollIntoView({ block: 'start' });
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    const key = 'a|2021|fairly';
    const mark = () => el.shadowRoot!.querySelector(`[data-key="${key}"]`)!;
    // Shown by hovering; after the redraw no pointer event is waited for: the tooltip must be right at once.
    mark().dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain('30%');
    el.data = [row('a', 'very', 10), row('a', 'fairly', 60), row('a', 'not', 30), row('b', 'very', 30), row('b', 'fairly', 30), row('b', 'not', 40)];
    await el.updateComplete;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal(el.marks.find((m) => m.key === key)!.label);
    expect(tip.textContent).to.contain('60%');
    // Centred over where the mark is drawn now (it moved left and grew).
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    await frames(2);
    const m = mark().getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    expect(Math.abs((t.left + t.right) / 2 - (m.left + m.right) / 2)).to.be.below(2);
  });
});

