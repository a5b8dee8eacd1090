// Print's fit of a chart to a page turned sideways (paper-fit.ts, roomAroundPlot) counts the room
// its text around the plot takes on paper: each part that prints by its outer height (margins
// with it), and none of a part print CSS hides (NOT_ON_PAPER), margins and all. It took the
// figure less the boxes of the hidden parts: their margins were counted, and the note under a
// chart given a `height` too small (hidden in print) in full. The stacked bars of 2019 given
// height="360" in a 680 px column, readable on A4 and US Letter sideways (6.1 and 6.3 pt), so
// printed their table in place of the drawing. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { PAPER_REST, READABLE_ON_PAPER_PX } from '../../src/components/base/paper-fit.js';
import { TABLE_ON_PAPER_NOTE } from '../../src/components/base/print-templates.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';
import { squashed, type PrintedPdf } from '../printed-pdf.js';

const NOTE = squashed(TABLE_ON_PAPER_NOTE);
const READABLE_PT = READABLE_ON_PAPER_PX * 0.75;

/** Mounts `chart` in a `width` px column under a heading the page keeps with what follows it. */
async function underHeading(chart: string, width: number): Promise<PioneerChart<unknown>> {
  return drawn(mount<PioneerChart<unknown>>(`<h2 style="break-after: avoid">Figure S1. A figure</h2>${chart}`, width).nextElementSibling as PioneerChart<unknown>);
}

/** Prints the page (A4 sideways unless told), returning the PDF and the room the chart's figure held for its text around the plot while printing. */
async function printed(el: PioneerChart<unknown>, options: Record<string, unknown> = { landscape: true }): Promise<{ pdf: PrintedPdf; rest: string }> {
  let rest = '';
  // After the chart's own listener (added when its module loaded): what it set for print CSS.
  const read = () => (rest = el.shadowRoot!.querySelector<HTMLElement>('figure')!.style.getPropertyValue(PAPER_REST));
  window.addEventListener('beforeprint', read);
  try {
    const pdf = (await executeServerCommand('print-to-pdf', { ...options, sizes: true })) as unknown as PrintedPdf;
    return { pdf, rest };
  } finally {
    window.removeEventListener('beforeprint', read);
  }
}

describe('print\'s fit counts what prints around the plot, not what it hides', function () {
  // Each test saves several PDFs: seconds each on a machine busy with other browsers.
  this.timeout(120000);
  afterEach(cleanup);

  it('<barrier-stack year="2019" height="360"> (too small: a note on screen) in 680 px, on A4 and US Letter sideways: the drawing, whole on one page, no text under 6 pt', async () => {
    let el!: PioneerChart<unknown>;
    // The console says the height is too small, once (not again as print draws it at the page's width).
    const warnings = await captureWarnings(async () => {
      el = await underHeading('<barrier-stack year="2019" height="360"></barrier-stack>', 680);
    });
    expect(warnings, 'the console').to.have.length(1);
    expect(warnings[0]).to.match(/^<barrier-stack>: height="360" is less than the \d+ px this chart needs at this width, so it is drawn \d+ px tall\./);
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLElement>('.size-note')!.hidden, 'the note on the height, on screen').to.equal(false);
    const title = squashed(root.querySelector('.title')!.textContent!);
    const source = squashed(root.querySelector('.source')!.textContent!);
    const wrong: string[] = [];
    for (const paper of ['a4', 'letter']) {
      let pdf!: PrintedPdf;
      const later = await captureWarnings(async () => void ({ pdf } = await printed(el, { paper, landscape: true })));
      if (later.length) wrong.push(`${paper}: warned again: ${later.join(' | ')}`);
      const pages = pdf.pages.map(squashed);
      if (pages.join('').includes(NOTE)) wrong.push(`${paper}: its table printed in its place`);
      if (pages.length !== 1) wrong.push(`${paper}: ${pages.length} pages`);
      if (!pages[0].includes(title) || !pages[0].includes(source)) wrong.push(`${paper}: title or source line not on the first page`);
      if (root.querySelector('.size-note')!.textContent && pages.join('').includes(squashed(root.querySelector('.size-note')!.textContent!))) wrong.push(`${paper}: the note on the height printed`);
      const smallest = Math.min(...pdf.sizes.flat().map((r) => r.pt));
      if (smallest < READABLE_PT) wrong.push(`${paper}: smallest text ${smallest} pt`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('<barrier-stack year="2019"> in 760 px: the room held for its text is the same with a note on a height too small and without, and with the line on figures no whole number gives and without', async () => {
    const el = await underHeading('<barrier-stack year="2019"></barrier-stack>', 760);
    const root = el.shadowRoot!;
    const line = root.querySelector<HTMLElement>('p.note.unfit')!;
    // The line's spacing is a margin, as every note's.
    expect(parseFloat(getComputedStyle(line).marginTop), 'the line\'s margin over it, in px').to.be.above(0);
    expect(getComputedStyle(line).paddingTop, 'the line\'s padding over it').to.equal('0px');
    const { rest } = await printed(el);
    expect(rest, 'the room held while printing').to.match(/^\d+px$/);
    // Without the line (as a chart whose figures all fit whole numbers): the same room.
    line.style.display = 'none';
    const without = await printed(el);
    line.style.display = '';
    expect(without.rest, 'without the line').to.equal(rest);
    // Given a height too small for it: drawn at the height it needs, a note on screen saying so, which does not print.
    const warnings = await captureWarnings(async () => {
      el.setAttribute('height', '520');
      await drawn(el);
      await el.updateComplete;
    });
    expect(warnings, 'the console, given height="520"').to.have.length(1);
    expect(warnings[0]).to.match(/^<barrier-stack>: height="520" is less than the \d+ px this chart needs at this width/);
    expect(root.querySelector<HTMLElement>('.size-note')!.hidden, 'the note on the height, on screen').to.equal(false);
    let small!: { pdf: PrintedPdf; rest: string };
    expect(await captureWarnings(async () => void (small = await printed(el))), 'the console while printing').to.deep.equal([]);
    expect(small.rest, 'with the note on the height').to.equal(rest);
  });
});
