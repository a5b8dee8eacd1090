// A page of fixed width wider than 1.5 times the paper (`body { width: 1600px }`), printed:
// Chromium shrinks a page to fit the paper by 1/1.5 at most and cuts off what is wider still
// (1,077 px from the page's left on A4). The plot was drawn for paper, but the key, notes and
// source line were laid out in the chart's 1,600 px box: the trend's key printed "Improving
// quality of life for pat", its notes cut mid-word. Read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { PAPER_PRINTABLE_WIDTH, pageShrinkOnPaper, roomOnPaper, shiftOntoPaper } from '../../src/components/base/paper-fit.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Sized = { pages: string[]; sizes: { text: string; pt: number; x: number }[][] };

/**
 * Text as compared with the PDF's: without white space (a line's wrap) or the letters Chromium
 * draws as ligatures (pdf.js reads "fi" in "significant" as nothing).
 */
const comparable = (text: string) => text.replace(/\s+|ff[il]?|f[il]/g, '');

/**
 * An element's text as printed: without what is there for screen readers alone (an empty cell's
 * reason), nor for a copy alone (an empty cell's "(see note 1)", the space after its dash).
 */
function printedText(e: Element): string {
  const copy = e.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only, .absent b').forEach((hidden) => hidden.remove());
  return copy.textContent!.trim().replace(/\s+/g, ' ');
}

/** What the chart prints in words, as it stands once drawn for paper: its title, key entries, summary, notes and source line, and a table's cells where one prints. */
function wordsOf(el: PioneerChart<unknown>): string[] {
  const root = el.shadowRoot!;
  // The line on figures no whole number of informants gives is for the screen (print-unfit-line.test.ts).
  const shown = (e: Element) => !e.closest('[hidden], .off, .size-note, .attribute-note, .status, .description, .controls, .sr-only, .unfit');
  const parts = root.querySelectorAll('.title, .legend li, figure > .summary, figure > .note, .paper-note, .source, .table-host td, .table-host th');
  return [...parts].filter(shown).map(printedText).filter(Boolean);
}

/** Prints the page to PDF, returning its text and what the chart meant to print (read as printing starts, after the library's own listener). */
async function printed(el: PioneerChart<unknown>, paper = 'a4'): Promise<{ pdf: Sized; words: string[] }> {
  let words: string[] = [];
  const read = () => (words = wordsOf(el));
  window.addEventListener('beforeprint', read);
  try {
    return { pdf: (await executeServerCommand('print-to-pdf', { sizes: true, paper })) as unknown as Sized, words };
  } finally {
    window.removeEventListener('beforeprint', read);
  }
}

describe('printing a page wider than 1.5 times the paper', function () {
  // Each test saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  afterEach(() => {
    cleanup();
    document.body.style.width = '';
  });

  for (const [what, markup, least, paper] of [
    ['a trend (objectives)', '<pioneer-trend measure="objective"></pioneer-trend>', 8, 'a4'],
    ['a trend (barriers)', '<pioneer-trend measure="barrier"></pioneer-trend>', 8, 'a4'],
    ['stacked bars', '<barrier-stack measure="barrier" year="2020"></barrier-stack>', 3, 'a4'],
    ['a trend printed as its table', '<pioneer-trend measure="barrier" mode="table"></pioneer-trend>', 20, 'a4'],
    // US Letter (8.5 in) shows more of the page (1,108 px): what fits A4 fits it.
    ['a trend (objectives) on US Letter', '<pioneer-trend measure="objective"></pioneer-trend>', 8, 'letter'],
  ] as const) {
    it(`${what} in body { width: 1600px }: its title, every key entry, its summary, notes and source line print whole`, async () => {
      document.body.style.width = '1600px';
      const el = await drawn(mount<PioneerChart<unknown>>(markup, 1600));
      el.parentElement!.style.width = '';
      await drawn(el);
      const { pdf, words } = await printed(el, paper);
      expect(words.length, 'the chart\'s words').to.be.at.least(least);
      expect(words.some((w) => w.startsWith('Source: PIRU')), 'a source line').to.equal(true);
      const text = comparable(pdf.pages.join(' '));
      const cut = words.filter((w) => !text.includes(comparable(w)));
      expect(cut, 'printed cut or not at all').to.deep.equal([]);
      // Its text keeps its own size on paper (the page is shrunk by 1/1.5, the text enlarged by 1.5).
      const source = pdf.sizes.flat().filter((r) => r.text.startsWith('Source: PIRU'));
      expect(Math.min(...source.map((r) => r.pt)), 'the source line\'s size').to.be.at.least(7.5);
      // Back on screen: its figure as wide as its box.
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(figure.getBoundingClientRect().width, 'the figure after printing').to.equal(el.getBoundingClientRect().width);
    });
  }

  /**
   * On an 1,800 px page, between "Before the row." and "After the row.", a row (`row`: its style)
   * of 600 px cells (each with `cell`, more style) holding `markups`; returns each cell's element.
   */
  const rowOnWidePage = (row: string, cell: string, markups: string[]): PioneerChart<unknown>[] => {
    document.body.style.width = '1800px';
    const box = mount<HTMLElement>(`<p>Before the row.</p><div style="${row}"></div><p>After the row.</p>`, 0);
    box.parentElement!.style.width = '';
    return markups.map((markup) => {
      const div = document.createElement('div');
      div.style.cssText = `width: 600px; flex: none; ${cell}`;
      div.innerHTML = markup; // test-authored markup only
      box.nextElementSibling!.append(div);
      return div.firstElementChild as PioneerChart<unknown>;
    });
  };

  for (const [layout, row] of [
    ['a flex row', 'display: flex'],
    ['a grid', 'display: grid; grid-template-columns: repeat(3, 600px)'],
  ] as const) {
    it(`the third of three 600 px charts side by side in ${layout} on a 1,800 px page, wholly off the paper, prints whole under its row (it printed nothing)`, async () => {
      const charts = rowOnWidePage(row, '', ['<pioneer-trend measure="objective"></pioneer-trend>', '<barrier-stack measure="barrier" year="2019"></barrier-stack>', '<pioneer-trend measure="barrier"></pioneer-trend>']);
      for (const el of charts) await drawn(el);
      const [first, , off] = charts;
      expect(roomOnPaper(off.shadowRoot!.querySelector('figure')!), 'the room the paper leaves it where it is').to.be.at.most(0);
      const { pdf, words } = await printed(off);
      expect(words.length, 'the chart\'s words').to.be.at.least(8);
      const text = comparable(pdf.pages.join(' '));
      const cut = words.filter((w) => !text.includes(comparable(w)));
      expect(cut, 'printed cut or not at all').to.deep.equal([]);
      // Under its row, not over the chart it is moved under: on the next page.
      const pageOf = (words: string) => pdf.pages.findIndex((page) => comparable(page).includes(comparable(words)));
      const title = (el: PioneerChart<unknown>) => el.shadowRoot!.querySelector('.title')!.textContent!.trim();
      expect(pageOf(title(off)), 'its title\'s page').to.equal(pageOf(title(first)) + 1);
      // Back on screen: where it was.
      const figure = off.shadowRoot!.querySelector('figure')!;
      expect(figure.getBoundingClientRect().left, 'the figure after printing').to.equal(off.getBoundingClientRect().left);
    });
  }

  it('a chart wholly off the paper in a box that clips what overflows it (overflow: hidden) is not moved: what follows its row prints on the same page (a new page was started for nothing)', async () => {
    const charts = rowOnWidePage('display: flex', 'overflow: hidden', ['<pioneer-trend measure="objective"></pioneer-trend>', '<p>Beside it.</p>', '<pioneer-trend measure="barrier"></pioneer-trend>']);
    const [first, , off] = charts;
    await drawn(first);
    await drawn(off);
    expect(shiftOntoPaper(off.shadowRoot!.querySelector('figure')!), 'a move').to.equal(null);
    const { pdf } = await printed(off);
    const pageOf = (words: string) => pdf.pages.findIndex((page) => comparable(page).includes(comparable(words)));
    expect(pageOf('After the row.'), 'the page after the row').to.equal(pageOf('‘Most important’ objectives/outcomes'));
    expect(pdf.pages.length, 'pages').to.equal(1);
  });

  // A page's columns break anew on paper: a chart in the left column on screen (the screen
  // balances the columns) starts the right one on paper, where the paper's edge cuts the page
  // (1,077 px on A4). Its room was read from the screen's column: its summary, notes and source
  // line were laid out past the edge and cut ("13 barriers, 2019. In 2019 the barrier most ofte").
  it('a chart in two CSS columns on a 1,200 px page, in the left column on screen and the right one on paper, prints its words whole', async () => {
    document.body.style.width = '1200px';
    const text = 'An article\'s text, in the columns as the figures are, and before them. '.repeat(3);
    const between = '<p>Between the charts.</p>';
    const article = mount<HTMLElement>(
      `<h1>Supplementary figures</h1><p>${text}</p><div style="columns: 2"><p>${text}</p><p>${text}</p><barrier-stack measure="barrier" year="2019"></barrier-stack>${between}<pioneer-trend measure="barrier" response="very"></pioneer-trend>${between}<site-map year="2019"></site-map></div>`,
      0,
    ).parentElement!.lastElementChild as HTMLElement;
    article.parentElement!.style.width = '';
    const charts = [...article.children].filter((e) => e.localName !== 'p') as PioneerChart<unknown>[];
    for (const el of charts) await drawn(el);
    const [el] = charts;
    expect(el.getBoundingClientRect().left, 'in the left column on screen').to.be.below(300);
    const { pdf, words } = await printed(el);
    expect(words.some((w) => w.startsWith('Source: PIRU')), 'a source line').to.equal(true);
    // On paper in the right column: its title starts right of the page's middle (A4 is 595 pt wide).
    const title = comparable(words[0]);
    const runs = pdf.sizes.flat().filter((r) => comparable(r.text).length > 3 && title.startsWith(comparable(r.text)));
    expect(runs.map((r) => r.x > 595 / 2), 'its title in the right column on paper').to.deep.equal([true]);
    const printedText = comparable(pdf.pages.join(' '));
    const cut = words.filter((w) => !printedText.includes(comparable(w)));
    expect(cut, 'printed cut or not at all').to.deep.equal([]);
  });

  it('the room a page wider than the paper shows leaves a chart is read from where the chart starts on it', () => {
    const roomIn = (outer: string, inner = '') => {
      const el = mount<HTMLElement>(`<div style="${inner}"><barrier-stack measure="barrier" year="2020"></barrier-stack></div>`, 0);
      el.parentElement!.setAttribute('style', outer);
      return roomOnPaper(el.firstElementChild!);
    };
    const shown = PAPER_PRINTABLE_WIDTH * 1.5;
    // The test page's body has an 8 px margin.
    expect(roomIn('width: 1000px'), 'shrunk to fit whole').to.equal(Infinity);
    expect(roomIn('max-width: 1600px'), 'fluid').to.equal(Infinity);
    expect(roomIn('width: 1600px')).to.equal(Math.floor(shown - 8));
    expect(roomIn('width: 1600px; margin: 0 auto; padding-left: 20px'), 'centred, padded').to.equal(Math.floor(shown - 28));
    expect(roomIn('width: 1600px; display: flex', 'width: 600px; margin-left: 500px'), 'a column to the right').to.equal(Math.floor(shown - 508));
  });

  describe('a page whose own print style sheet fits it to the paper', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = 'body.fixed { width: 1600px } @media print { body.fixed { width: auto } }';
      document.head.append(style);
    });
    afterEach(() => {
      style.remove();
      document.body.classList.remove('fixed');
    });

    it('is not taken to be shrunk or cut on paper, but is where the page\'s own style attribute fixes it', () => {
      document.body.classList.add('fixed');
      const el = mount<HTMLElement>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 0);
      el.parentElement!.style.width = '';
      expect(pageShrinkOnPaper(el), 'the print rule fits it').to.equal(1);
      expect(roomOnPaper(el), 'the print rule fits it').to.equal(Infinity);
      document.body.style.width = '1600px';
      expect(pageShrinkOnPaper(el), 'the style attribute beats the print rule').to.be.closeTo(1 / 1.5, 0.001);
    });

    it('prints its chart\'s text at its own size (it printed 1.5 times as large)', async () => {
      const markup = '<pioneer-trend measure="objective"></pioneer-trend>';
      const titleOf = async () => {
        const el = await drawn(mount<PioneerChart<unknown>>(markup, 1600));
        el.parentElement!.style.width = '';
        await drawn(el);
        const { pdf, words } = await printed(el);
        cleanup();
        const title = comparable(words[0]);
        return pdf.sizes.flat().filter((r) => comparable(r.text).length > 3 && title.startsWith(comparable(r.text))).map((r) => r.pt);
      };
      const fluid = await titleOf();
      document.body.classList.add('fixed');
      const fitted = await titleOf();
      expect(fluid.length, 'the title found in the PDF').to.be.above(0);
      expect(fitted, 'the title\'s size').to.deep.equal(fluid);
    });
  });
});
