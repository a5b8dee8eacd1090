/**
 * Timing: what a chart shows when printing starts before it was measured, when it becomes a
 * message under the keyboard focus, when a filter bar is changed twice in one task, when it is
 * moved into an iframe and back, and when its description is opened before it has a width.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { cleanup, drawn, mount } from '../helpers.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const frames = (n = 3) => new Promise<void>(async (r) => { for (let i = 0; i < n; i++) await new Promise((q) => requestAnimationFrame(q)); r(); });


describe('printing a chart that has not been measured yet', () => {
  afterEach(() => {
    window.dispatchEvent(new Event('afterprint'));
    cleanup();
    document.querySelectorAll('section.race').forEach((s) => s.remove());
  });

  it('a chart in a content-visibility:auto section the reader never scrolled to is drawn for paper', async () => {
    const spacer = document.createElement('section');
    spacer.className = 'race';
    spacer.style.height = '4000px';
    const sec = document.createElement('section');
    sec.className = 'race';
    sec.style.cssText = 'content-visibility:auto;contain-intrinsic-size:auto 800px;width:640px';
    sec.innerHTML = '<barrier-stack measure="barrier" year="2020"></barrier-stack>';
    document.body.append(spacer, sec);
    const el = sec.firstElementChild as BarrierStack;
    await el.updateComplete;
    await frames(5);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete; // what printing allows: microtasks, no frame
    expect(el.marks.length, 'marks drawn when the page is laid out for print').to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('.source')!.textContent, 'source line printed').to.contain('Source');
  });

  it('a chart a page adds in its own beforeprint handler is drawn before the page is laid out for paper', async () => {
    let added: BarrierStack | null = null;
    const add = () => { added = mount<BarrierStack>('<barrier-stack measure="facilitator" year="2019"></barrier-stack>', 1000); };
    window.addEventListener('beforeprint', add);
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await added!.updateComplete;
      expect(added!.marks.length, 'marks of the chart added for print').to.be.greaterThan(0);
    } finally {
      window.removeEventListener('beforeprint', add);
    }
  });
});

async function focusedThenInvalid(): Promise<BarrierStack> {
  const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 700));
  const svg = el.shadowRoot!.querySelector('svg')!;
  svg.focus();
  svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
  expect(el.shadowRoot!.querySelector('.live')!.textContent).to.contain('2019');
  el.setAttribute('year', '1999');
  await el.updateComplete;
  expect(el.message).to.contain('year="1999"');
  return el;
}

describe('a chart that turns into a message while a mark has the keyboard focus', () => {
  afterEach(cleanup);

  it('keeps the keyboard focus in the chart (not on <body>)', async () => {
    await focusedThenInvalid();
    expect(document.activeElement?.localName, 'element holding the focus').to.not.equal('body');
  });

  it('leaves no announcement of the figures it no longer shows in its live region', async () => {
    const el = await focusedThenInvalid();
    expect(el.shadowRoot!.querySelector('.live')!.textContent, 'live region').to.not.contain('2019');
  });

  it('reports no marks and no rows for a chart showing only a message (marks, toCsv, citation)', async () => {
    const el = await focusedThenInvalid();
    expect(el.marks.length, 'marks').to.equal(0);
    expect(el.toCsv().trim().split('\n').length, 'CSV lines').to.be.at.most(1);
    expect(el.citation(), 'citation').to.equal('');
  });
});


describe('a filter bar changed twice in one task', () => {
  afterEach(cleanup);

  it('each select shows the state the bar applies', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>', 800);
    await drawn(bar.querySelector<BarrierStack>('barrier-stack')!);
    await bar.updateComplete;
    const sel = (k: string) => bar.shadowRoot!.querySelector<HTMLSelectElement>(`select[name=${k}]`)!;
    const pick = (k: string, v: string) => { sel(k).value = v; sel(k).dispatchEvent(new Event('change', { bubbles: true })); };
    // Both choices are offered (enabled) when made.
    expect([...sel('organisation').options].find((o) => o.value === 'la')!.disabled).to.equal(false);
    expect([...sel('tenure').options].find((o) => o.value === '5-plus')!.disabled).to.equal(false);
    pick('organisation', 'la');
    pick('tenure', '5-plus');
    await bar.updateComplete;
    await bar.updateComplete;
    const state = bar.filterState;
    expect(sel('organisation').value).to.equal(state.organisation ?? '');
    expect(sel('tenure').value, `tenure select vs applied state ${JSON.stringify(state)}`).to.equal(state.tenure ?? '');
  });
});


describe('a chart moved into another document and back', () => {
  afterEach(cleanup);

  it('keeps its styles (font, hidden table host, screen-reader-only live region)', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 600));
    const box = el.parentElement!;
    const frame = document.createElement('iframe');
    frame.srcdoc = '<body><div id="x" style="width:500px"></div></body>';
    await new Promise((r) => { frame.onload = r; document.body.append(frame); });
    try {
      frame.contentDocument!.getElementById('x')!.append(el);
      await wait(300);
      box.append(el);
      el.year = 2019;
      await el.updateComplete;
      await wait(300);
      const sr = el.shadowRoot!;
      const fig = getComputedStyle(sr.querySelector('figure')!);
      expect(sr.adoptedStyleSheets.length + sr.querySelectorAll('style').length, 'style sheets').to.be.greaterThan(0);
      expect(fig.fontFamily).to.not.equal('"Times New Roman"');
      expect(getComputedStyle(sr.querySelector('.table-host')!).display, 'table host of a chart in chart mode').to.equal('none');
      expect(sr.querySelector('.live')!.getBoundingClientRect().width, 'sr-only live region').to.be.at.most(1);
    } finally {
      frame.remove();
    }
  });
});


describe('the long description opened while the chart is 0 px wide', () => {
  afterEach(cleanup);

  it('is filled in once the chart gets a width and is drawn', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 0);
    await el.updateComplete;
    await wait(200);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.description')!;
    details.querySelector('summary')!.click();
    await wait(100);
    expect(details.open).to.equal(true);
    el.parentElement!.style.width = '600px';
    await wait(400);
    expect(el.marks.length).to.be.greaterThan(0);
    expect(details.open).to.equal(true);
    expect(el.shadowRoot!.querySelector('.long-description')!.textContent!.trim(), 'the open description').to.not.equal('');
  });
});
