// A chart whose box is 0 px wide (`<div style="width:0">`, a flex item squeezed to nothing)
// says on screen that it has nowhere to draw, but print CSS hides that note with the other size
// notes: its PDF held the title and nothing under it, and no reason. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, mount } from '../helpers.js';

/** The PDF's text, pages joined, its runs of spaces made one. */
async function printedText(): Promise<string> {
  const pdf = (await executeServerCommand('print-to-pdf', {})) as unknown as { pages: string[] };
  return pdf.pages.join(' ').replace(/\s+/g, ' ');
}

/** Resolves once the chart has had its width from the shared observer (0 px here, so no draw to wait for). */
async function laidOut(el: PioneerChart<unknown>): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  }
}

describe('printing a chart whose box is 0 px wide', function () {
  this.timeout(60000);
  afterEach(cleanup);

  it('prints under its title why nothing is drawn; a chart beside it with room prints no such note', async () => {
    const empty = mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 0);
    const normal = mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 640);
    await laidOut(empty);
    await laidOut(normal);
    // On screen, its size note says so.
    const onScreen = empty.shadowRoot!.querySelector<HTMLElement>('.size-note')!;
    expect(onScreen.hidden, 'the note on screen hidden').to.equal(false);
    expect(onScreen.textContent).to.contain('0 px wide');
    const text = await printedText();
    expect(text, 'the drawn chart\'s title printed').to.contain('Barriers to integration, 2019');
    const note = "this chart's box on the page is 0 px wide, so it has nowhere to draw";
    expect(text, 'the note for the 0 px chart').to.contain(note);
    expect(text.split('0 px wide').length - 1, 'notes of a 0 px box printed').to.equal(1);
    // Printed with its own chart, before the other's title (the 0 px chart's own title is
    // printed a letter a line in its box, so is not found whole).
    expect(text.indexOf(note), 'before the next chart').to.be.below(text.indexOf('Barriers to integration, 2019'));
    // The screen's own note (which asks the page's author for a width) is not printed.
    expect(text, 'the screen\'s note').to.not.contain('Give it, or the box it is in, a width');
    // Gone after printing.
    expect(empty.shadowRoot!.querySelector('.paper-note'), 'the paper note after printing').to.equal(null);
    expect(normal.shadowRoot!.querySelector('.paper-note'), 'no paper note on the drawn chart').to.equal(null);
  });
});
