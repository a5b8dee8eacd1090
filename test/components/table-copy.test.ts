import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

// What a reader gets who selects a Table view (or <pioneer-table>) and copies it into a
// spreadsheet or document: the clipboard's plain text after a real Ctrl+C.

type Chart = PioneerChart<unknown>;

const TABLES = [
  '<barrier-stack measure="barrier" year="2020" compare-year="2019" mode="table"></barrier-stack>',
  '<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>',
  '<site-map mode="table"></site-map>',
  '<pioneer-compare measure="barrier" dimension="organisation" mode="table"></pioneer-compare>',
  '<pioneer-table measure="barrier"></pioneer-table>',
];

/** Selects the element's table and the notes under it, as a reader's drag does, and copies them. */
async function copied(el: Chart): Promise<{ text: string; selected: string }> {
  const table = el.shadowRoot!.querySelector('table.data-table')!;
  const range = document.createRange();
  range.setStartBefore(table);
  range.setEndAfter(el.shadowRoot!.querySelector('.table-end') ?? table);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const selected = selection.toString();
  const text = (await executeServerCommand('copy-selection')) as string;
  selection.removeAllRanges();
  return { text, selected };
}

describe('a table selected and copied', () => {
  afterEach(cleanup);

  for (const markup of TABLES) {
    it(`${markup}: each cell's words stay apart from each other's and the next cell's`, async () => {
      const el = await drawn(mount<Chart>(markup, 900));
      const { text, selected } = await copied(el);
      // (Which gives a no-break space as a space.)
      expect(text === selected.replace(/\u00a0/g, ' '), `the clipboard holds the selection: ${text.slice(0, 200)}`).to.equal(true);
      const lines = text.split('\n');
      // The caption, then a heading row: "Item", then the columns, one tab apart.
      expect(lines[1].split('\t')[0]).to.equal('Item');
      // Each row of figures: its label, then one cell a tab for each column of figures.
      const table = el.shadowRoot!.querySelector<HTMLTableElement>('table.data-table')!;
      for (const tr of table.tBodies[0].rows) {
        const label = tr.cells[0].innerText;
        const line = lines.find((l) => l.startsWith(`${label}\t`));
        expect(line, label).to.not.equal(undefined);
        expect(line!.split('\t').length, `${label}: its cells`).to.equal(tr.cells.length);
      }
      // A heading's name and its base are on lines of their own, as on screen, not run together.
      expect(text).to.not.match(/[a-z](base|bases|see note|\d{4} report) /);
      // A cell with no figure: the dash (with its note's number and printed base, as seen), then
      // its reason, a space apart, not "–1No figure…" or "…Figure 5.1)Shown only…".
      expect(text).to.not.match(/–\d*[A-Z]|\)[A-Z]/);
      const gaps = [...table.querySelectorAll<HTMLElement>('td.absent')];
      for (const td of gaps) {
        const seen = td.querySelector<HTMLElement>('[aria-hidden]')!.innerText.trim();
        const reason = td.querySelector('.sr-only')!.textContent!.trim();
        expect(text, 'a gap cell as copied').to.include(`\t${seen} ${reason}`);
      }
    });
  }

  it('a gap cell with a note and a printed base copies as "–2 (base 97; …) Shown only…"', async () => {
    const el = await drawn(mount<Chart>('<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>', 900));
    const { text } = await copied(el);
    expect(text).to.match(/\t–\d \(base 97; 2019 report Figure 5\.1\) Shown only in Figure 5\.1/);
    expect(text).to.match(/\t–\d No figure published for 2019: /);
  });
});
