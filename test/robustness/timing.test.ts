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
import { captureWarnings, cleanup, disclosureButton, drawn, isOpen, mount } from '../helpers.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/site-map/site-map.js';
import { bundledDataset } from '../../src/data/bundled.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A same-origin iframe on the page holding a 500 px box, `#x`, loaded. */
async function frameWithBox(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:600px';
  frame.srcdoc = '<body><div id="x" style="width:500px"></div></body>';
  await new Promise((r) => {
    frame.onload = r;
    document.body.append(frame);
  });
  return frame;
}
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
    disclosureButton(el, 'description').click();
    await wait(100);
    expect(isOpen(el, 'description')).to.equal(true);
    el.parentElement!.style.width = '600px';
    await wait(400);
    expect(el.marks.length).to.be.greaterThan(0);
    expect(isOpen(el, 'description')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.long-description')!.textContent!.trim(), 'the open description').to.not.equal('');
  });
});

describe('after the review of these fixes', () => {
  afterEach(() => {
    window.dispatchEvent(new Event('afterprint'));
    cleanup();
  });

  it('a chart laid out 0 px wide still says so, and draws nothing, after the page is printed', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 0);
    await el.updateComplete;
    await frames(5);
    const note = () => el.shadowRoot!.querySelector('.size-note')?.textContent?.trim() ?? '';
    expect(note()).to.contain('laid out 0 px wide');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    await frames(5);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal(null);
    expect(el.marks.length).to.equal(0);
    expect(note()).to.contain('laid out 0 px wide');
  });

  for (const attr of ['mode="grid"', 'print-table="false"']) {
    it(`<pioneer-table ${attr}>: said to be ignored, and so it is (the table is shown, no message)`, async () => {
      let message: string | null = 'not read';
      let note = '';
      let rows = 0;
      await captureWarnings(async () => {
        const el = await drawn(mount<PioneerChart<unknown>>(`<pioneer-table measure="barrier" year="2019" ${attr}></pioneer-table>`));
        message = el.message;
        note = el.shadowRoot!.querySelector('.attribute-note')?.textContent?.trim() ?? '';
        rows = el.shadowRoot!.querySelectorAll('tbody tr').length;
      });
      expect(note).to.contain('is ignored');
      expect(message).to.equal(null);
      expect(rows).to.be.greaterThan(10);
    });
  }

  it("<site-map lang=\"cy\">: the Table view's site groups, the library's words, are not marked as Welsh; the site's name is", async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<site-map year="2019" lang="cy" mode="table"></site-map>', 800));
    const th = el.shadowRoot!.querySelector('tbody th')!;
    expect(th.textContent).to.match(/\(Wave \d, (more|less) deprived\)$/);
    expect(th.matches(':lang(cy)')).to.equal(false);
    expect(th.querySelector('span')!.matches(':lang(cy)')).to.equal(true);
  });

  it('a chart that became a message under the keyboard focus, fixed again, gives the focus back to the chart', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 700));
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.focus();
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    el.setAttribute('year', '1999');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.className).to.equal('message');
    el.setAttribute('year', '2019');
    await drawn(el);
    expect(el.shadowRoot!.activeElement?.localName).to.equal('svg');
  });

  it('a chart first connected inside an iframe is styled there and drawn, with no error', async () => {
    const frame = await frameWithBox();
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    frame.contentWindow!.addEventListener('error', onError);
    const el = document.createElement('barrier-stack') as BarrierStack;
    try {
      el.setAttribute('measure', 'barrier');
      el.setAttribute('year', '2020');
      frame.contentDocument!.getElementById('x')!.append(el);
      for (let i = 0; i < 40 && !el.marks.length; i++) await wait(25);
      const sr = el.shadowRoot!;
      expect(errors).to.deep.equal([]);
      expect(el.marks.length).to.be.greaterThan(0);
      expect(frame.contentWindow!.getComputedStyle(sr.querySelector('.table-host')!).display).to.equal('none');
      expect(frame.contentWindow!.getComputedStyle(sr.querySelector('figure')!).fontFamily).to.not.contain('Times');
    } finally {
      window.removeEventListener('error', onError);
      el.remove();
      await frames(2);
      frame.remove();
    }
  });

  it('an iframe removed with a chart still in it raises no error, and leaves the page\'s other charts resizing', async () => {
    const frame = await frameWithBox();
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const inFrame = document.createElement('barrier-stack') as BarrierStack;
    inFrame.setAttribute('measure', 'barrier');
    frame.contentDocument!.getElementById('x')!.append(inFrame);
    const other = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>', 600));
    try {
      for (let i = 0; i < 40 && !inFrame.marks.length; i++) await wait(25);
      expect(inFrame.marks.length).to.be.greaterThan(0);
      frame.remove();
      await wait(300);
      other.parentElement!.style.width = '480px';
      await wait(300);
      expect(errors, 'error events').to.deep.equal([]);
      expect(Number(other.shadowRoot!.querySelector('svg[part="svg"]')!.getAttribute('width')), 'the other chart redrawn at its new width').to.equal(480);
      // Let go with its document: the page's printing redraws the page's chart for paper, not the removed frame's.
      window.dispatchEvent(new Event('beforeprint'));
      const inked = (el: BarrierStack) => el.shadowRoot!.querySelector('svg[part="svg"]')!.hasAttribute('data-inked');
      expect([inked(other), inked(inFrame)], 'drawn for paper: the page\'s chart, the removed frame\'s').to.deep.equal([true, false]);
      window.dispatchEvent(new Event('afterprint'));
      await wait(50);
      // Taken out of the removed frame's document into the page, it is watched and drawn again.
      const box = document.createElement('div');
      box.style.width = '520px';
      box.className = 'race';
      document.body.append(box);
      box.append(inFrame);
      await wait(300);
      expect(Number(inFrame.shadowRoot!.querySelector('svg[part="svg"]')!.getAttribute('width'))).to.equal(520);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      inFrame.remove();
      document.querySelectorAll('div.race').forEach((d) => d.remove());
    }
  });

  it('a chart in a frame kept for the back button (pagehide, persisted) still resizes when the frame is shown again', async () => {
    const frame = await frameWithBox();
    const el = document.createElement('barrier-stack') as BarrierStack;
    el.setAttribute('measure', 'barrier');
    const box = frame.contentDocument!.getElementById('x')!;
    box.append(el);
    try {
      for (let i = 0; i < 40 && !el.marks.length; i++) await wait(25);
      const win = frame.contentWindow!;
      win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      box.style.width = '420px';
      await wait(300);
      expect(Number(el.shadowRoot!.querySelector('svg[part="svg"]')!.getAttribute('width'))).to.equal(420);
    } finally {
      el.remove();
      frame.remove();
    }
  });

  it('a filter announcement put off while the reader steps through a select says the state applied when it is said', async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    const chart = bar.querySelector<BarrierStack>('barrier-stack')!;
    await drawn(chart);
    await bar.updateComplete;
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    const step = async (value: string) => {
      const s = bar.shadowRoot!.querySelector<HTMLSelectElement>('select[name=year]')!;
      s.value = value;
      s.dispatchEvent(new Event('change', { bubbles: true }));
      await bar.updateComplete;
      await chart.updateComplete;
    };
    await step('2019');
    await step('2020');
    // A page script gives the chart rows of 2019 only: the bar turns the reader's 2020 off.
    chart.data = bundledDataset().rows.filter((r) => r.measure === 'barrier' && r.year === 2019);
    for (let i = 0; i < 10 && bar.filterState.year != null; i++) await wait(20);
    expect(bar.filterState.year).to.equal(undefined);
    await wait(800);
    expect(status.textContent).to.not.contain('Survey year: 2020');
  });
});
