// A chart too tall for a page at a readable size (many bars in a narrow column), printed: read from the PDF Chromium saves.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { squashed } from '../printed-pdf.js';

type Pdf = { pages: string[] };
const NOTE = squashed('Printed as a table: at this width the chart is too tall for a page at a readable text size.');
const printed = async () => ((await executeServerCommand('print-to-pdf')) as unknown as Pdf).pages.map(squashed);

describe('a chart too tall for a page at a readable size, printed', function () {
  // Each test saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  afterEach(cleanup);

  // 39 bars in a grid's column: 1,581 px tall, scaled to fit a page its labels printed at about 4 pt.
  const tall = '<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>';

  it('in 320 px: no page before its title is empty; its title, a note saying why, and its table print in place of the chart', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>(tall, 320));
    const root = el.shadowRoot!;
    const title = squashed(root.querySelector('.title')!.textContent!);
    const pages = await printed();
    const at = pages.findIndex((p) => p.includes(title));
    expect(at, 'the title printed').to.be.at.least(0);
    expect(pages.slice(0, at).filter((p) => p === '').length, `empty pages before the title (page ${at + 1})`).to.equal(0);
    // Under the title, the note; then the table's heading and rows, each item with its figures and
    // 95% intervals under its groups' headings (a grid: it fits the column, 318 px, with its words whole);
    // the figure the report prints as a dash says so in print too.
    const first = pages[at].slice(pages[at].indexOf(title) + title.length);
    expect(first, 'the note under the title').to.include(NOTE);
    const all = pages.slice(at).join('');
    for (const heading of ['Verysignificant,CCG/NHS', 'Verysignificant,Localauthority', 'Verysignificant,Other']) expect(all, 'the headings').to.include(heading);
    for (const [item, figures] of [
      ['Significantfinancialconstraintswithinthelocalhealthandsocialcareeconomy', '36%(n=28)95%CI21–54%57%(n=21)95%CI36–75%40%(n=15)95%CI20–64%'],
      ['GPsnotfullycommittedtoourintegratedcareprogramme', '4%(n=28)95%CI1–18%0%,printedasadash(n=21)95%CI0–15%7%(n=15)95%CI1–30%'],
    ]) {
      expect(all, `the row of ${item}`).to.include(item + figures);
    }
    expect(all, 'the source line').to.include(squashed('Source: PIRU key informant survey 2019, Table 5.2'));
    // After printing, the chart is back on screen: no note, the plot shown, no table.
    expect(root.querySelector('.paper-note'), 'the note after printing').to.equal(null);
    expect(root.querySelector('.plot')!.classList.contains('off'), 'the plot hidden after printing').to.equal(false);
    expect(root.querySelector('.table-host')!.classList.contains('off'), 'the table hidden after printing').to.equal(true);
  });

  // Charts that print readably now print as charts, as before: the one above in a page's width,
  // the stacked bars and a trend in a narrow column.
  for (const [markup, width] of [
    [tall, 680],
    ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', 320],
    ['<pioneer-trend measure="barrier" response="very"></pioneer-trend>', 320],
  ] as const) {
    it(`${markup.slice(0, markup.indexOf('>') + 1)} in ${width} px prints as a chart, on one page`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, width));
      const title = squashed(el.shadowRoot!.querySelector('.title')!.textContent!);
      const pages = await printed();
      expect(pages.length, 'pages').to.equal(1);
      expect(pages[0]).to.include(title);
      expect(pages[0], 'the note').not.to.include(NOTE);
      // The table's heading (its first column is "Item") is not printed; the chart's labels are.
      // (One too tall for a page turned sideways has its table built for such a page, hidden here:
      // print-landscape.test.ts.)
      expect(Boolean(el.shadowRoot!.querySelector('.table-host:not(.off) .data-table')), 'a table shown').to.equal(false);
    });
  }
});
