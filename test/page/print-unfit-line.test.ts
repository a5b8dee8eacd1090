// The line under a drawn chart on figures no whole number of informants out of their printed
// base gives ("⚠ 4 figures drawn, as the report prints them, fit no whole number …") says how
// many; on screen each mark's name and tooltip say which. Paper can say which only in a table:
// the line is not printed, with the chart alone (where it would name none, and a line more
// turned the 2019 stacked bars into their table under a heading on a page turned sideways) or
// with a table printed under it (print-table), whose own note names each, printed once. Read
// from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount, seenText } from '../helpers.js';
import { squashed } from '../printed-pdf.js';

type Pdf = { pages: string[] };
const times = (text: string, part: string) => text.split(part).length - 1;
/** The line under the chart, as its text. */
const lineOf = (el: PioneerChart<unknown>) => el.shadowRoot!.querySelector<HTMLElement>('p.note.unfit')?.textContent ?? '';
/** The table's note naming such figures, as its text. */
const tableNoteOf = (el: PioneerChart<unknown>) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('ol.table-notes li')].map((li) => seenText(li)).find((t) => t.includes('No whole number of informants')) ?? '';

describe('the line on figures no whole number of informants gives, printed', function () {
  // Each test saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(120000);
  afterEach(cleanup);

  it('<barrier-stack measure="barrier" year="2019"> in a 320 px column: one page, the bars without the line', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 320));
    const line = lineOf(el);
    expect(line, 'the line on screen').to.match(/^⚠ \d+ figures drawn, as the report prints them, fit no whole number of informants/);
    const pdf = (await executeServerCommand('print-to-pdf')) as unknown as Pdf;
    expect(pdf.pages.length, 'pages').to.equal(1);
    const printed = squashed(pdf.pages.join(''));
    expect(printed, 'the title').to.include(squashed(el.shadowRoot!.querySelector('.title')!.textContent!));
    expect(printed, 'the source line').to.include('Source:');
    expect(printed, 'no line of it printed').to.not.include(squashed('as the report prints'));
  });

  for (const [markup, width] of [
    ['<barrier-stack measure="barrier" year="2019" print-table></barrier-stack>', 320],
    ['<barrier-stack measure="barrier" year="2019" compare-year="2020" print-table></barrier-stack>', 680],
    ['<pioneer-trend measure="progress" response="substantial" items="greater-say" print-table></pioneer-trend>', 680],
  ] as const) {
    it(`${markup} in ${width} px: the table's note on such figures is printed once, and the line under the chart not`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, width));
      const line = lineOf(el);
      expect(line, 'the line on screen').to.match(/^⚠ \d+ figures? drawn, as the report prints (it|them), fits? no whole number of informants/);
      // The table under the chart is built on screen too (hidden there): its note.
      const note = tableNoteOf(el);
      expect(note, 'the table\'s note').to.not.equal('');
      const pdf = (await executeServerCommand('print-to-pdf')) as unknown as Pdf;
      const printed = squashed(pdf.pages.join(''));
      expect(printed, 'the table printed').to.include('Item');
      expect(times(printed, squashed(note)), 'the table\'s note, printed').to.equal(1);
      expect(times(printed, squashed(line)), 'the line under the chart, printed').to.equal(0);
      expect(printed, 'no line of it printed').to.not.include(squashed('as the report prints'));
    });
  }
});
