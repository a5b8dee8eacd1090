import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount, seenText } from '../helpers.js';
import { columnsOf } from '../table-headings.js';

// What a reader gets who selects a Table view (or <pioneer-table>) and copies it into a
// spreadsheet or document: the clipboard's plain text after a real Ctrl+C.

type Chart = PioneerChart<unknown>;

/** A cell's text on one line, its runs of white space one space: as a paste's cell shows it. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const TABLES = [
  '<barrier-stack measure="barrier" year="2020" compare-year="2019" mode="table"></barrier-stack>',
  '<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>',
  '<site-map mode="table"></site-map>',
  '<pioneer-compare measure="barrier" dimension="organisation" mode="table"></pioneer-compare>',
  '<pioneer-table measure="barrier"></pioneer-table>',
];

/** Selects the element's table and the notes under it, as a reader's drag does, and copies them. */
async function copied(el: Chart): Promise<{ text: string; selected: string; html: string }> {
  const table = el.shadowRoot!.querySelector('table.data-table')!;
  const range = document.createRange();
  range.setStartBefore(table);
  range.setEndAfter(el.shadowRoot!.querySelector('.table-end') ?? table);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const selected = selection.toString();
  const text = (await executeServerCommand('copy-selection')) as string;
  const html = (await executeServerCommand('copy-selection', { html: true })) as string;
  selection.removeAllRanges();
  return { text, selected, html };
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
      // A heading's name and its base are a space apart (on one line: below), not run together.
      expect(text).to.not.match(/[a-z](base|bases|see note|\d{4} report) /);
      // A cell with no figure: the dash (with its note's number and printed base, as seen), then
      // its reason, a space apart, not "–1No figure…" or "…Figure 5.1)Shown only…".
      expect(text).to.not.match(/–\d*[A-Z]|\)[A-Z]/);
      const gaps = [...table.querySelectorAll<HTMLElement>('td.absent')];
      for (const td of gaps) {
        const ref = td.querySelector('sup.note-ref')?.textContent;
        const base = td.querySelector('.col-meta')?.textContent;
        const reason = td.querySelector('.sr-only')!.textContent!.trim();
        expect(text, 'a gap cell as copied').to.include(`\t–${ref ? ` (see note ${ref})` : ''}${base ? ` ${base}` : ''} ${reason}`);
      }
    });
  }

  // Pasted as plain text (a text editor, an e-mail, R's or pandas' read from the clipboard), a
  // heading's base on the line under its name began another row, and a heading over several
  // columns (a year over its responses), or beside one spanning two rows ("Item"), was one tab,
  // so the headings after it stood over the wrong columns.
  for (const markup of TABLES) {
    it(`${markup}: as plain text, every heading is on its row's line, over the columns it heads; seen, its base is under its name`, async () => {
      const el = await drawn(mount<Chart>(markup, 900));
      const table = el.shadowRoot!.querySelector<HTMLTableElement>('table.data-table')!;
      const { text, html } = await copied(el);
      const lines = text.split('\n');
      const first = lines.findIndex((l) => l.startsWith('Item\t'));
      const rows = [...table.tHead!.rows, ...table.tBodies[0].rows];
      const grid = lines.slice(first, first + rows.length).map((l) => l.split('\t'));
      const columns = table.tBodies[0].rows[0].cells.length;
      rows.forEach((tr, r) => {
        expect(grid[r]?.length, `line ${r + 1} of the table: ${JSON.stringify(lines[first + r])}`).to.equal(columns);
        for (const cell of tr.cells) {
          const [col, ...spanned] = columnsOf(cell);
          const seen = oneLine(seenText(cell));
          if (cell.localName === 'th') expect(oneLine(grid[r][col]), `row ${r + 1}, column ${col + 1}`).to.equal(seen);
          for (const c of spanned) expect(grid[r][c], `a column "${seen}" spans`).to.equal('');
        }
      });
      // The HTML flavour (a spreadsheet's paste) has each heading in one cell of its own, its
      // name and base a space apart, with no <br> (which a spreadsheet can take for a new row).
      const pasted = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('thead th')];
      expect(pasted.map((th) => oneLine(th.textContent!)), 'headings in the HTML').to.deep.equal([...table.tHead!.querySelectorAll('th')].map((th) => oneLine(seenText(th))));
      expect(pasted.filter((th) => th.querySelector('br')).length, 'headings in the HTML with a <br>').to.equal(0);
      // On screen, each heading's base is still on a line under its name.
      const withBase = [...table.tHead!.querySelectorAll('th')].filter((th) => th.querySelector('.col-meta'));
      expect(withBase.length, 'headings with a base').to.be.greaterThan(0);
      for (const th of withBase) {
        const name = document.createRange();
        name.setStart(th, 0);
        name.setEndBefore(th.querySelector('.line-break')!);
        expect(th.querySelector('.col-meta')!.getBoundingClientRect().top, seenText(th)).to.be.at.least(name.getBoundingClientRect().bottom - 1);
      }
    });
  }

  it('a gap cell with a note and a printed base copies as "– (see note 2) (base 97; …) Shown only…"', async () => {
    const el = await drawn(mount<Chart>('<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>', 900));
    const { text } = await copied(el);
    expect(text).to.match(/\t– \(see note \d\) \(base 97; 2019 report Figure 5\.1\) Shown only in Figure 5\.1/);
    expect(text).to.match(/\t– \(see note \d\) No figure published for 2019: /);
  });

  // A gap's dash and the number of its note, seen as "–¹", were copied as "–1": minus one, a
  // figure no report printed. Copied, the number says it is a note's; seen and heard, nothing changes.
  for (const markup of TABLES) {
    it(`${markup}: a dash and its note's number copy as "– (see note 1)", never as a negative number, as plain text and as HTML`, async () => {
      const el = await drawn(mount<Chart>(markup, 900));
      const table = el.shadowRoot!.querySelector<HTMLTableElement>('table.data-table')!;
      const gaps = [...table.querySelectorAll<HTMLElement>('td.absent')];
      const { text, html } = await copied(el);
      // No cell of figures or gap starts with a number after a dash ("–1"), and none runs a note's
      // number into a figure or bracket ("44%2", "(n=64)2").
      const cells = text.split('\n').flatMap((line) => line.split('\t'));
      expect(cells.filter((c) => /^–\S|%\d|\)\d/.test(c)), 'plain text').to.deep.equal([]);
      // A spreadsheet or word processor pastes the HTML: its cells, each as its text (a
      // spreadsheet keeps no clipping), say the same.
      const pasted = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('td')].map((td) => oneLine(td.textContent!));
      expect(pasted.length, 'cells in the HTML').to.equal(table.querySelectorAll('td').length);
      expect(pasted.filter((c) => /^–\S|%\d|\)\d/.test(c)), 'HTML').to.deep.equal([]);
      for (const [i, td] of [...table.querySelectorAll('td')].entries()) {
        const ref = td.querySelector('sup.note-ref')?.textContent;
        if (ref) expect(pasted[i], 'a gap cell in the HTML').to.match(new RegExp(`^– \\(see note ${ref}\\) `));
      }
      // Seen, still the dash and the raised number alone ("(see note" is not drawn) …
      for (const td of gaps) {
        expect(td.querySelector('sup.note-ref')?.getBoundingClientRect().width ?? 1, 'the number drawn').to.be.greaterThan(0);
        for (const b of td.querySelectorAll('b')) expect(b.getBoundingClientRect().width, 'copied text unseen').to.be.at.most(1);
      }
      // … and heard, the cell's reason alone, once (the dash and all copied around its number
      // are hidden from screen readers).
      const marked = gaps.filter((td) => td.querySelector('sup.note-ref'));
      for (const td of [marked[0], gaps[0]].filter(Boolean)) {
        td.dataset.probe = '';
        type Ax = { role?: string; name?: string; children?: Ax[] };
        const heard: string[] = [];
        const walk = (n: Ax | null) => {
          if (n?.name) heard.push(n.name);
          n?.children?.forEach(walk);
        };
        // (pierce/: Puppeteer's selector into shadow roots; the snapshot is the cell's own tree.)
        walk((await a11ySnapshot({ selector: 'pierce/td[data-probe]' })) as unknown as Ax);
        delete td.dataset.probe;
        expect(heard, 'what a screen reader gets in the cell').to.deep.equal([td.querySelector('.sr-only')!.textContent]);
      }
      if (/barrier-stack|pioneer-trend|pioneer-table/.test(markup)) expect(marked.length, 'gap cells with a note number').to.be.greaterThan(0);
    });
  }
});

// The notes under a table, copied with it: a list's numbers are its markers, which a copy leaves
// out, so "(see note 2)" pointed into a list of notes without numbers. Each note now holds its
// number as copy-only text (b, unseen and hidden from screen readers), and the list draws its
// markers as before, for the eye and for screen readers (which get them from the markers).
// The HTML flavour: a word processor (Word, LibreOffice) numbers an <ol>'s items itself and shows
// text a browser clips, so with the number's text and the list's own numbering it pasted "1. 1.".
// The copied list says it has no numbering of its own (list-style: none, on the <ol>), and each
// item the table's own counter style ("notes", like decimal), which is defined only in the
// element's shadow root: a word processor does not know the name and so keeps the list's "none",
// pasting each number once, as text; a browser's rich-text editor draws an unknown counter style
// as decimal and clips the number's text, as the element does: each number once there too.
describe('a table\'s notes selected and copied', () => {
  afterEach(cleanup);
  type Ax = { role?: string; name?: string; children?: Ax[] };
  // Where a word processor does not know a list-style-type, it takes the list's.
  const KNOWN = /^(none|decimal|disc|circle|square|(lower|upper)-(alpha|latin|roman))$/;
  const listStyle = (e: HTMLElement) => (KNOWN.test(e.style.listStyleType) ? e.style.listStyleType : undefined);

  for (const markup of TABLES) {
    it(`${markup}: each note copies with its number, once, as plain text and as HTML; seen and heard as before`, async () => {
      const el = await drawn(mount<Chart>(markup, 900));
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('ol.table-notes li')];
      if (/barrier-stack|pioneer-trend|pioneer-table|pioneer-compare/.test(markup)) expect(items.length, 'notes under the table').to.be.greaterThan(0);
      // Heard: each note's marker gives its number ("1. "), and its text follows, once, with no
      // number of its own (the copy-only text is hidden from screen readers).
      const heard = (await executeServerCommand('ax-tree', { name: 'Notes to the table' })) as Ax | null;
      expect(heard?.children?.length ?? 0, 'notes heard').to.equal(items.length);
      const said = (heard?.children ?? []).map((li, i) => {
        expect(li.role).to.equal('listitem');
        expect(li.children![0], `note ${i + 1}'s marker`).to.deep.include({ role: 'ListMarker', name: `${i + 1}. ` });
        const rest = li.children!.slice(1);
        expect(rest.filter((c) => c.role !== 'StaticText' || /^\d+\.\s*$/.test(c.name!)), `note ${i + 1} heard`).to.deep.equal([]);
        return rest.map((c) => c.name).join('');
      });
      // Seen: the list's markers, and nothing of the copied number's text.
      for (const li of items) {
        expect(getComputedStyle(li).display).to.equal('list-item');
        expect(getComputedStyle(li).listStyleType, 'a marker drawn').to.not.equal('none');
        for (const b of li.querySelectorAll('b')) expect(b.getBoundingClientRect().width, 'copied text unseen').to.be.at.most(1);
      }
      const { text, html } = await copied(el);
      // Plain text: "1. No figure published…", each note on its line, its number once.
      const lines = text.split('\n');
      said.forEach((note, i) => expect(lines.filter((l) => l.includes(note)), `note ${i + 1} copied`).to.deep.equal([`${i + 1}. ${note}`]));
      if (!items.length) return;
      // HTML, pasted into a word processor: what it numbers, then each item's text.
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const ol = doc.querySelector<HTMLElement>('ol.table-notes')!;
      const pasted = [...ol.querySelectorAll<HTMLElement>('li')].map((li, i) =>
        `${(listStyle(li) ?? listStyle(ol) ?? 'decimal') === 'none' ? '' : `${i + 1}. `}${li.textContent!.replace(/\s+/g, ' ')}`);
      expect(pasted, 'pasted into a word processor').to.deep.equal(said.map((note, i) => `${i + 1}. ${note}`));
      // … and into a browser's rich-text editor, which draws the markers and clips the text as here.
      const editor = document.body.appendChild(document.createElement('div'));
      editor.contentEditable = 'true';
      editor.append(document.importNode(ol, true));
      for (const li of editor.querySelectorAll('li')) {
        expect(getComputedStyle(li).listStyleType, 'a marker drawn in the editor').to.not.equal('none');
        expect(li.querySelector('b')!.getBoundingClientRect().width, 'the number\'s text clipped in the editor').to.be.at.most(1);
      }
      editor.remove();
    });
  }
});
