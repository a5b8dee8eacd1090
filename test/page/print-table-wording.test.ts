// A chart printed as its table, in its place: its notes said what the drawing shows ("4 bars add
// up to 99–101% rather than 100%", "Items marked ‘New in 2020’ … have one bar", "so each bar is
// that percentage … on a 0–100% scale", "No line is drawn for 7 items"), under a table, naming
// nothing on the paper. Printed so, they are worded as the Table view's are (or left out, where
// they describe the drawing alone); a chart printed as a chart keeps its words. Read from the PDF
// Chromium saves: upright, where the table prints in place of the chart on any page, and turned
// sideways (landscape), where it does only on such a page (print CSS shows the words for the page).
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { TABLE_ON_PAPER_NOTE } from '../../src/components/base/print-templates.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Pdf = { pages: string[] };
/** Text compared without spaces, line ends or soft hyphens (a line may end anywhere). */
const squashed = (s: string) => s.replace(/[\s\u00ad]+/g, '');
const NOTE = squashed(TABLE_ON_PAPER_NOTE);
/** Words for what is drawn. */
const DRAWN = /\b(bars?|tiles?|dots?|whiskers?|colou?rs?|No line is drawn|last line)\b/;
const printed = async (landscape: boolean) => squashed(((await executeServerCommand('print-to-pdf', { landscape })) as unknown as Pdf).pages.join(''));

/** The notes and summary shown, in chart or table mode. */
async function notesIn(el: PioneerChart<unknown> & { mode: string | undefined }, mode: 'chart' | 'table'): Promise<string[]> {
  el.mode = mode;
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.note, .summary')].filter((n) => !n.hidden && n.getClientRects().length).map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe('a chart printed as its table in its place: its notes name nothing drawn', function () {
  this.timeout(120000);
  afterEach(cleanup);

  for (const [chart, width, upright] of [
    // Too tall for an upright page at a readable size: the table prints in its place on any page.
    ['<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 320, 'table'],
    // Readable upright, not on a page turned sideways.
    ['<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 760, 'chart'],
    ['<barrier-stack measure="barrier" year="2019" group="organisation:la"></barrier-stack>', 760, 'chart'],
    ['<pioneer-trend measure="progress"></pioneer-trend>', 760, 'chart'],
  ] as const) {
    it(`${chart.slice(0, chart.indexOf('>') + 1)} in ${width} px: upright it prints as a ${upright}; sideways as a table, its notes in the table's words`, async () => {
      const el = await drawn(mount<PioneerChart<unknown> & { mode: string | undefined }>(chart, width));
      const drawing = (await notesIn(el, 'chart')).filter((t) => DRAWN.test(t));
      const table = await notesIn(el, 'table');
      await notesIn(el, 'chart');
      expect(drawing, 'notes naming the drawing, on screen').not.to.deep.equal([]);
      expect(table.filter((t) => DRAWN.test(t)), "the Table view's notes naming the drawing").to.deep.equal([]);
      for (const landscape of [false, true]) {
        const page = landscape ? 'sideways' : 'upright';
        const text = await printed(landscape);
        if (!landscape && upright === 'chart') {
          expect(text, `${page}: the note saying why`).not.to.include(NOTE);
          expect(drawing.filter((t) => !text.includes(squashed(t))), `${page}: the chart's notes not printed`).to.deep.equal([]);
          continue;
        }
        expect(text, `${page}: the note saying why`).to.include(NOTE);
        expect(drawing.filter((t) => text.includes(squashed(t))), `${page}: notes naming the drawing printed under the table`).to.deep.equal([]);
        expect(table.filter((t) => !text.includes(squashed(t))), `${page}: the table's notes not printed`).to.deep.equal([]);
      }
    });
  }
});
