// A chart whose box is 0 px wide (`<div style="width:0">`, a flex item squeezed to nothing)
// says on screen that it has nowhere to draw, but print CSS hides that note with the other size
// notes: its PDF held the title and nothing under it, and no reason. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { roomBeside } from '../../src/components/base/paper-fit.js';
import { cleanup, inCard, mount } from '../helpers.js';

type Run = { text: string; pt: number; x: number; y: number; width: number };

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
    // Printed with its own chart, before the other's title.
    expect(text.indexOf(note), 'before the next chart').to.be.below(text.indexOf('Barriers to integration, 2019'));
    // The screen's own note (which asks the page's author for a width) is not printed.
    expect(text, 'the screen\'s note').to.not.contain('Give it, or the box it is in, a width');
    // Gone after printing.
    expect(empty.shadowRoot!.querySelector('.paper-note'), 'the paper note after printing').to.equal(null);
    expect(normal.shadowRoot!.querySelector('.paper-note'), 'no paper note on the drawn chart').to.equal(null);
  });

  it('prints its title and note in the width beside its box, a line each (the title printed a letter a line); a box squeezed beside another leaves none', async () => {
    const empty = mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 0);
    const below = mount<HTMLElement>('<p>What follows the box.</p>', 640);
    await laidOut(empty);
    expect(roomBeside(empty), 'the room beside it: the page\'s width').to.be.above(600);
    const pdf = (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as { pages: string[]; sizes: Run[][] };
    const runs = pdf.sizes.flat();
    const run = (text: string) => runs.find((r) => r.text.includes(text));
    // Whole words on a line: the title on one, the note's start with it.
    expect(run('Barriers to integration, 2020'), 'the title on one line').to.not.equal(undefined);
    expect(run('Not printed: this chart'), 'the note\'s start on one line').to.not.equal(undefined);
    // Over what follows the box, not on it.
    const follows = run('What follows the box.')!;
    expect(follows, 'what follows printed').to.not.equal(undefined);
    for (const text of ['Barriers to integration, 2020', 'Not printed: this chart']) expect(run(text)!.y, text).to.be.above(follows.y);
    expect(below.isConnected).to.equal(true);
    // Back on screen: its figure in its box.
    expect(empty.shadowRoot!.querySelector('figure')!.getBoundingClientRect().width, 'the figure after printing').to.equal(0);
  });

  it('a flex item squeezed to nothing, its neighbour where it starts, has no room beside it', async () => {
    const row = mount<HTMLElement>('<div style="display: flex"><div style="width: 0; flex: none"><barrier-stack measure="barrier" year="2020"></barrier-stack></div><p style="margin: 0">Beside the box.</p></div>', 640);
    const empty = row.querySelector<PioneerChart<unknown>>('barrier-stack')!;
    await laidOut(empty);
    expect(roomBeside(empty)).to.equal(0);
  });

  it('squeezed to nothing beside text, it prints none of itself over that text, nor a letter a line down the page', async () => {
    const text = 'Text beside the chart, which a reader should be able to read whole.';
    for (const tag of ['barrier-stack measure="barrier" year="2020"', 'pioneer-trend measure="objective"']) {
      const row = mount<HTMLElement>(`<div style="display: flex"><div style="flex: 0 0 0; min-width: 0"><${tag}></${tag.split(' ')[0]}></div><p style="margin: 0">${text}</p></div>`, 640);
      const empty = row.querySelector<PioneerChart<unknown>>('barrier-stack, pioneer-trend')!;
      await laidOut(empty);
      expect(roomBeside(empty), tag).to.equal(0);
      const pdf = (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as { pages: string[]; sizes: Run[][] };
      // Its title a letter a line and its summary after it (the trend's key) ran on for pages,
      // and its note, 24em wide, over the text beside it.
      expect(pdf.pages.length, `${tag}: pages`).to.equal(1);
      const runs = pdf.sizes.flat();
      expect(runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim(), tag).to.equal(text);
      // The same under print's emulation: its figure shows nothing and takes no room.
      await emulateMedia({ media: 'print' });
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await empty.updateComplete;
        const figure = empty.shadowRoot!.querySelector('figure')!;
        expect(empty.shadowRoot!.querySelector('.paper-note'), `${tag}: its note`).to.not.equal(null);
        expect(getComputedStyle(figure).overflow, tag).to.equal('clip');
        expect([figure.getBoundingClientRect().width, figure.getBoundingClientRect().height], `${tag}: the figure`).to.deep.equal([0, 0]);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await emulateMedia({ media: 'screen' });
      }
      cleanup();
    }
  });

  it("in a card whose body, in the card's shadow root, is 300 px wide: the room beside it is the body's, and a neighbour given to the same slot leaves none", async () => {
    const empty = inCard<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2020" style="width: 0"></barrier-stack>', 'width: 300px; overflow: hidden');
    await laidOut(empty);
    const card = empty.parentElement!.shadowRoot!.firstElementChild!.getBoundingClientRect();
    expect(roomBeside(empty), 'the room beside it: to the body\'s right edge').to.equal(Math.floor(card.right - empty.getBoundingClientRect().left));
    // Printed, its title and note are laid out in the body, not past its edge, where it cuts them off.
    await emulateMedia({ media: 'print' });
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(empty.shadowRoot!.querySelector('figure')!.getBoundingClientRect().right, 'the printed figure\'s right edge').to.be.at.most(card.right);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
    const squeezed = inCard<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2020" style="width: 0; flex: none"></barrier-stack><p style="margin: 0">Beside the box.</p>', 'display: flex; width: 300px');
    await laidOut(squeezed);
    expect(roomBeside(squeezed)).to.equal(0);
  });
  it('drawn at 640 px, then its box 0 px wide: prints the note and none of what it drew before (it printed the bars beside the note)', async () => {
    const el = mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 640);
    await laidOut(el);
    const label = el.marks[0].label.split(':')[0];
    expect(el.shadowRoot!.querySelector('svg')!.textContent, 'drawn').to.contain(label.slice(0, 30));
    el.parentElement!.style.width = '0';
    await laidOut(el);
    const text = await printedText();
    expect(text, 'the note').to.contain("this chart's box on the page is 0 px wide, so it has nowhere to draw");
    expect(text, 'a bar\'s label drawn before').to.not.contain(label.slice(0, 30));
    expect(text, 'the key drawn before').to.not.contain('Fairly significant');
  });

  it('with room beside it, prints there only what the screen shows there: its title and the note (or the message in its place), not its summary, key or notes, nor a message a letter a line', async () => {
    const text = 'Text beside the chart, read whole.';
    const note = "Not printed: this chart's box on the page is 0 px wide, so it has nowhere to draw.";
    const cases: [string, string][] = [
      ['pioneer-trend measure="objective"', `‘Most important’ objectives/outcomes, by survey year ${note}`],
      ['barrier-stack measure="barrier" year="2020"', `Barriers to integration, 2020 ${note}`],
      // Its message printed a letter a line, for 6 pages of A4.
      ['pioneer-trend measure="nonsense"', 'measure="nonsense" is not valid. Valid values:'],
    ];
    for (const [tag, printed] of cases) {
      const row = mount<HTMLElement>(`<div style="display: flex"><div style="width: 0; flex: none"><${tag}></${tag.split(' ')[0]}></div><p style="margin: 0 0 0 260px">${text}</p></div>`, 640);
      const empty = row.querySelector<PioneerChart<unknown>>('barrier-stack, pioneer-trend')!;
      await laidOut(empty);
      expect(roomBeside(empty), tag).to.equal(260);
      const pdf = (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as { pages: string[]; sizes: Run[][] };
      expect(pdf.pages.length, `${tag}: pages`).to.equal(1);
      const runs = pdf.sizes.flat();
      const beside = runs.find((r) => r.text === text)!;
      expect(beside, `${tag}: the text beside it`).to.not.equal(undefined);
      // What prints in its column, each line ending before the text beside it.
      const own = runs.filter((r) => r !== beside);
      for (const r of own) expect(r.x + r.width, `${tag}: "${r.text}" ends`).to.be.at.most(beside.x);
      const joined = own.map((r) => r.text).join(' ').replace(/\s+/g, ' ');
      if (empty.message) {
        // The whole message, a line of words at a time.
        expect(joined.replace(/\s/g, ''), tag).to.equal(empty.message.replace(/\s/g, ''));
        expect(joined, tag).to.contain(printed);
      } else expect(joined, tag).to.equal(printed);
      // The same under print's emulation: what the screen hides beside it is hidden on paper.
      await emulateMedia({ media: 'print' });
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await empty.updateComplete;
        const shown = [...empty.shadowRoot!.querySelector('figure')!.children].filter((c) => c.checkVisibility() && c.getBoundingClientRect().height > 1).map((c) => c.className.trim());
        expect(shown, tag).to.deep.equal(empty.message ? ['message'] : ['header', 'note paper-note no-width']);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await emulateMedia({ media: 'screen' });
      }
      cleanup();
    }
  });
});
