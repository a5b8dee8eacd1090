// Print's fit as the embed does it (dist/pioneer-viz.js, what a web editor or a journal author
// pastes), not the source: the print tests (test/page/print-*.test.ts) import src, and the embed
// is minified with its own compress options (rollup.config.mjs). One of them, terser's
// `unsafe_comps`, turned `!(width > 0)` into `width <= 0` in paper-fit.ts (columnsAround), which
// is true, not false, for NaN (a box with no CSS columns): every chart on an ordinary page took its
// first ancestor for a column of NaN px and printed redrawn about 240 px wide and shrunk, its text
// at 2–5.7 pt, and no chart printed its table in its place. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { READABLE_ON_PAPER_PX } from '../../src/components/base/paper-fit.js';
import { NO_WIDTH_ON_PAPER_NOTE, TABLE_ON_PAPER_NOTE } from '../../src/components/base/print-templates.js';
import { squashed, type PrintedPdf } from '../printed-pdf.js';

type Chart = HTMLElement & { updateComplete: Promise<unknown>; summary?: string };
const READABLE_PT = READABLE_ON_PAPER_PX * 0.75;

describe('dist/pioneer-viz.js: print fits a chart to the paper as the source does', function () {
  // Each test saves PDFs: seconds each on a machine busy with other browsers.
  this.timeout(120000);
  let box: HTMLElement | undefined;
  before(async () => {
    // The embed alone defines the elements on this page (nothing here imports them from src).
    const url = '/dist/pioneer-viz.js';
    await import(/* @vite-ignore */ url);
  });
  afterEach(() => box?.remove());

  async function mounted(markup: string, width: number): Promise<Chart> {
    box = document.createElement('div');
    box.style.width = `${width}px`;
    box.innerHTML = `<h2 style="break-after: avoid">Figure S1. A figure</h2>${markup}`; // test-authored markup only
    document.body.appendChild(box);
    const el = box.lastElementChild as Chart;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.plot svg [data-response]'); i++) await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    return el;
  }

  it('<barrier-stack year="2019" compare-year="2020"> in a 480 px column: its drawing on A4 whole, no text under 6 pt; its table in its place on US Letter (README, Printing)', async () => {
    const el = await mounted('<barrier-stack measure="barrier" year="2019" compare-year="2020"></barrier-stack>', 480);
    expect(el.shadowRoot!.querySelector('.plot svg [data-response]'), 'drawn by the embed').to.not.equal(null);
    const source = squashed(el.shadowRoot!.querySelector('.source')!.textContent!);
    const note = squashed(TABLE_ON_PAPER_NOTE);

    const a4 = (await executeServerCommand('print-to-pdf', { paper: 'a4', sizes: true })) as unknown as PrintedPdf;
    const a4Text = a4.pages.map(squashed).join('');
    expect(a4Text.includes(note), 'A4: its table printed in its place').to.equal(false);
    expect(a4.pages.length, 'A4: pages').to.equal(1);
    expect(a4Text, 'A4: the source line').to.include(source);
    expect(Math.min(...a4.sizes.flat().map((r) => r.pt)), 'A4: the smallest text, in pt').to.be.at.least(READABLE_PT);

    const letter = (await executeServerCommand('print-to-pdf', { paper: 'letter', sizes: true })) as unknown as PrintedPdf;
    expect(letter.pages.map(squashed).join('').includes(note), 'US Letter: its table printed in its place').to.equal(true);
    expect(Math.min(...letter.sizes.flat().map((r) => r.pt)), 'US Letter: the smallest text, in pt').to.be.at.least(READABLE_PT);
  });

  it('<barrier-stack> in a 0 px box with 260 px free beside it: prints its title and the note saying why in that room, on one page (README, Printing)', async () => {
    box = document.createElement('div');
    box.style.cssText = 'width: 640px; display: flex';
    const beside = 'Text beside the chart, read whole.';
    box.innerHTML = `<div style="width: 0; flex: none"><barrier-stack measure="barrier" year="2020"></barrier-stack></div><p style="margin: 0 0 0 260px">${beside}</p>`; // test-authored markup only
    document.body.appendChild(box);
    const el = box.querySelector('barrier-stack') as Chart;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('figure[data-no-width]'); i++) await new Promise((r) => setTimeout(r, 50));
    const pdf = (await executeServerCommand('print-to-pdf', { paper: 'a4', sizes: true })) as unknown as PrintedPdf;
    expect(pdf.pages.length, 'pages').to.equal(1);
    const text = squashed(pdf.pages[0]);
    expect(text, 'its title').to.include(squashed('Barriers to integration, 2020'));
    expect(text, 'the note saying why').to.include(squashed(NO_WIDTH_ON_PAPER_NOTE));
    expect(text, 'the text beside it').to.include(squashed(beside));
  });

  it('<barrier-stack measure="barrier" year="2020"> in a 680 px column on A4: printed 680 px wide (not redrawn narrower), its labels at their own size', async () => {
    const el = await mounted('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 680);
    let printedWidth = 0;
    const read = () => (printedWidth = el.shadowRoot!.querySelector<SVGSVGElement>('.plot svg')!.viewBox.baseVal.width);
    window.addEventListener('beforeprint', read);
    try {
      const pdf = (await executeServerCommand('print-to-pdf', { paper: 'a4', sizes: true })) as unknown as PrintedPdf;
      // beforeprint's listeners run in order: the chart's own (registered first) has redrawn it for paper.
      expect(printedWidth, 'the width it is drawn at for paper').to.equal(680);
      expect(pdf.pages.length, 'pages').to.equal(1);
      expect(Math.min(...pdf.sizes.flat().map((r) => r.pt)), 'the smallest text, in pt').to.be.at.least(READABLE_PT);
    } finally {
      window.removeEventListener('beforeprint', read);
    }
  });
});
