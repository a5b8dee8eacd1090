/**
 * The years a report shows only in a chart (the 2019 report's Figures 4.1, 5.1 and 6.1) have no
 * value, but the report prints their bases under each figure ("Bases: 2016=97; 2017=98; …"): the
 * trend's Table view, its Data (CSV) download, its long description and its gap marks' names
 * give each gap year's base and the figure it is printed under, never a value; the 2020 report
 * prints none under its Figures 4.1–4.3, and its years say "base not printed". Every base
 * expected below is read from the report's own text (../shared/seeds/), not from data/.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { parseCsv } from '../../src/data/csv.js';
import { seedText } from '../data/util.js';
import { cleanup, drawn, focusedKey, mount, seenText, tabIntoChart, tableGapCells } from '../helpers.js';
import { descriptionAndTable, readBack } from '../read-back.js';

/** The "Bases: 2016=97; …" line printed after a figure's heading in a report's text, as year → base; null where none follows before the next heading. */
function basesUnder(text: string, figure: string): Map<number, number> | null {
  // The heading, not a sentence that starts "Figure 6.1 shows …": its number is followed by a colon or its title's quote.
  const heading = new RegExp(`^\\W*Figure ${figure.replace('.', '\\.')}(?::|\\s+['‘])`, 'm').exec(text);
  expect(heading, `Figure ${figure}'s heading`).to.not.equal(null);
  const after = text.slice(heading!.index + heading![0].length);
  const next = /^\W*(?:Figure|Table) \d|^#/m.exec(after)?.index ?? after.length;
  const line = /^Bases: (.*)$/m.exec(after.slice(0, next));
  return line ? new Map([...line[1].matchAll(/(\d{4})=(\d+)/g)].map(([, y, n]) => [Number(y), Number(n)])) : null;
}

const headingMetas = (el: PioneerTrend) => [...el.shadowRoot!.querySelectorAll('thead .col-meta')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());

// A trend of each figure, of an item whose 2016–2018 values (and for progress, 2019) are only in it.
const FIGURES = [
  { figure: '4.1', attrs: 'measure="progress" items="joined-up"', item: 'joined-up' },
  { figure: '5.1', attrs: 'measure="barrier" response="very" items="financial-constraints"', item: 'financial-constraints' },
  { figure: '6.1', attrs: 'measure="facilitator" response="very" items="working-relationships"', item: 'working-relationships' },
];

describe('<pioneer-trend>: the bases a report prints under a figure whose values it does not', () => {
  afterEach(cleanup);

  for (const { figure, attrs, item } of FIGURES) {
    it(`2019 report Figure ${figure}: each gap year's Table view column, cell, CSV row and long description give the printed base, no value`, async () => {
      const bases = basesUnder(await seedText(2019), figure)!;
      expect([...bases.keys()], `years under Figure ${figure}`).to.deep.equal([2016, 2017, 2018, 2019]);
      const el = await drawn(mount<PioneerTrend>(`<pioneer-trend ${attrs}></pioneer-trend>`, 900));
      const csv = parseCsv(el.toCsv()).records;
      const where = `2019 report Figure ${figure}`;
      const gapYears: number[] = [];
      for (const [year, n] of bases) {
        const line = csv.find((r) => r.year === String(year))!;
        if (line.value !== '') {
          // A year with a printed value (2019 of Tables 5.1 and 6.1): its table prints the same base.
          expect(line.base, `${year}: the table's base is the figure's`).to.equal(String(n));
          continue;
        }
        gapYears.push(year);
        expect([line.value, line.base, line.source_survey, line.source_table], `CSV ${year}`).to.deep.equal(['', String(n), '2019', `figure:${figure}`]);
      }
      expect(gapYears.length, 'gap years').to.be.at.least(3);
      const columns = gapYears.map((y) => y - 2016);
      const cells = await tableGapCells(el, columns.map((c) => [item, c] as const));
      const metas = headingMetas(el);
      gapYears.forEach((year, k) => {
        const base = `base ${bases.get(year)}; ${where}`;
        expect(cells[k].absent, `${year} is a gap`).to.equal(true);
        expect(metas[columns[k]], `${year}'s heading`).to.match(new RegExp(`^${base}; `));
        // In brackets, or a sentence of its own after a reason that ends in a bracket (withPrinted).
        expect(cells[k].spoken, `${year}'s cell`).to.match(new RegExp(`(\\(${base}\\)|\\)\\. B${base.slice(1)})\\.$`));
      });
      el.mode = 'chart';
      await el.updateComplete;
      const { description } = await descriptionAndTable(el, () => []);
      // Each gap year's base, in order, in the runs of years it says together ("bases 98 and 80 respectively, …").
      const said = [...description.matchAll(new RegExp(`bases? ([\\d, and]+?)(?: respectively)?, ${where.replace('.', '\\.')}\\)`, 'g'))].flatMap((m) => m[1].split(/, | and /).map(Number));
      expect(said).to.deep.equal(gapYears.map((y) => bases.get(y)));
    });
  }

  // The years only the 2020 report charts: 2020 of Figure 4.1 (progress) and of Figure 4.3
  // (facilitators). Its Figure 4.2's years (2016–2018 barriers) are the 2019 report's Figure 5.1's too, with its bases.
  for (const { figure, attrs, item } of [
    { figure: '4.1', attrs: 'measure="progress" items="joined-up"', item: 'joined-up' },
    { figure: '4.3', attrs: 'measure="facilitator" response="very" items="working-relationships"', item: 'working-relationships' },
  ]) {
    it(`the 2020 report prints no bases under its Figure ${figure}: its 2020 gap year says "base not printed" where a 2019 figure's year gives its base; the CSV's base stays empty`, async () => {
      const text = await seedText(2020);
      for (const f of ['4.1', '4.2', '4.3']) expect(basesUnder(text, f), `2020 report Figure ${f}`).to.equal(null);
      const el = await drawn(mount<PioneerTrend>(`<pioneer-trend ${attrs}></pioneer-trend>`, 900));
      const line = parseCsv(el.toCsv()).records.find((r) => r.year === '2020')!;
      expect([line.value, line.base, line.source_survey, line.source_table]).to.deep.equal(['', '', '2020', `figure:${figure}`]);
      const said = `base not printed; 2020 report Figure ${figure}`;
      expect(el.marks.find((m) => m.key === `${item}|2020|gap`)!.label, "the gap mark's name").to.match(new RegExp(`\\(${said}\\)\\.$`));
      const [cell] = await tableGapCells(el, [[item, 4]]);
      expect(cell.absent, '2020 is a gap').to.equal(true);
      expect(headingMetas(el)[4], "2020's heading").to.match(new RegExp(`^${said}; `));
      expect(cell.spoken, "2020's cell").to.match(new RegExp(`\\(${said}\\)\\.$`));
      el.mode = 'chart';
      await el.updateComplete;
      const { description } = await descriptionAndTable(el, () => []);
      expect(description).to.match(new RegExp(`2020 no figure \\(.*; base not printed, 2020 report Figure ${figure}\\)$`));
    });
  }

  // The barriers' 2016–2018 are mostly items first asked in 2020 (their note), the rest figure-only
  // (a note of their own): the headings said "base 97; 2019 report Figure 5.1; see note 1, unless
  // marked otherwise", giving the figure's base to the rows that have no figure in it.
  for (const [how, width, markup] of [
    ['printed under its chart (print-table)', 800, '<pioneer-trend measure="barrier" response="very" print-table></pioneer-trend>'],
    ['in its Table view on a phone', 320, '<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>'],
  ] as const) {
    it(`a gap year's heading gives a figure's base only for the cells it speaks for; a cell with a note of its own gives its own, ${how}`, async () => {
      const bases = basesUnder(await seedText(2019), '5.1')!;
      const el = await drawn(mount<PioneerTrend>(markup, width));
      const root = el.shadowRoot!;
      const notes = [...root.querySelectorAll('ol.table-notes li')].map((li) => seenText(li).trim());
      expect(notes[0]).to.equal('No figure published: the reports give this item for 2020 only.');
      expect(headingMetas(el).slice(0, 3)).to.deep.equal(Array(3).fill('see note 1, unless marked otherwise'));
      // Every row the headings' note speaks for is one of the items first asked in 2020.
      const shown = (item: string) => [...root.querySelectorAll(`tr[data-item="${item}"] td [aria-hidden]`)].slice(0, 3).map((s) => seenText(s).replace(/\s+/g, ' ').trim());
      const items = [...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-item')!);
      expect(items.filter((item) => shown(item).every((s) => s === '–')), 'the rows the headings speak for').to.deep.equal(items.filter((i) => i.startsWith('covid-')));
      // The figure-only items: the base and figure beside each dash, the figure in their note.
      for (const item of ['financial-constraints', 'incompatible-it']) {
        expect(shown(item), item).to.deep.equal([2016, 2017, 2018].map((y) => `–2 (base ${bases.get(y)}; 2019 report Figure 5.1)`));
      }
      expect(notes[1]).to.match(/^Shown only in Figure 5\.1 of the 2019 report/);
    });
  }

  it("a gap mark's name, said as the keyboard reaches it, gives the base its figure prints and the figure; its tooltip, by keyboard or pointer, the base alone", async () => {
    const bases = basesUnder(await seedText(2019), '5.1')!;
    const el = await drawn(mount<PioneerTrend>(`<pioneer-trend ${FIGURES[1].attrs}></pioneer-trend>`, 720));
    await tabIntoChart(el);
    const root = el.shadowRoot!;
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    const said: string[] = [];
    for (let i = 0; i < 6 && focusedKey(el) !== 'financial-constraints|2016|gap'; i++) await sendKeys({ press: 'ArrowLeft' });
    for (const year of [2016, 2017, 2018]) {
      expect(focusedKey(el)).to.equal(`financial-constraints|${year}|gap`);
      said.push(root.querySelector('.live')!.textContent!);
      expect(tip.textContent, `${year}'s keyboard tooltip`).to.match(new RegExp(`not published as numbers \\(base ${bases.get(year)}\\)\\.$`));
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(said.map((t) => /\(([^()]*)\)\.$/.exec(t)?.[1])).to.deep.equal([2016, 2017, 2018].map((y) => `base ${bases.get(y)}; 2019 report Figure 5.1`));
    const marker = root.querySelector('svg [data-key="financial-constraints|2017|gap"]')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(marker.left + marker.width / 2), Math.round(marker.top + marker.height / 2)] });
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent, "2017's tooltip under the pointer").to.match(new RegExp(`^Significant financial constraints.*, 2017: no value\\. .*\\(base ${bases.get(2017)}\\)\\.$`, 'i'));
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it("a researcher's own gap row with a base is named by its survey's year, as their figures are, never as one of the reports", async () => {
    const row = (year: number, value: number | '', more = {}) => ({
      measure: 'barrier', item: 'a', item_label: 'Barrier A', year, group: 'all', response: 'very', value, unit: 'percent', base: 40, source_survey: 2021, source_table: 'Tabl 2', ...more,
    });
    const el = mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>', 720);
    el.data = [row(2019, 30), row(2020, '', { note: 'Suppressed', base: 38 }), row(2021, 40)];
    await drawn(el);
    const said = 'base 38; survey 2021, Tabl 2';
    expect(el.marks.find((m) => m.key === 'a|2020|gap')!.label, "the gap mark's name").to.equal(`Barrier A, 2020: no value. Suppressed (${said}).`);
    const [cell] = await tableGapCells(el, [['a', 1]]);
    expect(cell.spoken).to.equal(`Suppressed (${said}).`);
    expect(headingMetas(el), 'the headings').to.deep.equal(['base 40; survey 2021, Tabl 2', `${said}; see note 1`, 'base 40; survey 2021, Tabl 2']);
    expect([...el.shadowRoot!.querySelectorAll('ol.table-notes li')].map((li) => seenText(li).trim()), 'the note it points to').to.deep.equal(['Suppressed']);
    el.mode = 'chart';
    await el.updateComplete;
    const { description, table } = await descriptionAndTable(el, () => []);
    expect(description).to.contain('2020 no figure (suppressed; base 38, survey 2021, Tabl 2)');
    expect(description + table).to.not.contain('2021 report');
  });

  it('read back from its Data (CSV) download, the chart gives the same bases in its Table view', async () => {
    const bases = basesUnder(await seedText(2019), '5.1')!;
    const el = await drawn(mount<PioneerTrend>(`<pioneer-trend ${FIGURES[1].attrs}></pioneer-trend>`, 720));
    for (const [how, back] of await readBack<PioneerTrend>('pioneer-trend', FIGURES[1].attrs, el.toCsv())) {
      back.mode = 'table';
      await back.updateComplete;
      expect(headingMetas(back).slice(0, 3), how).to.deep.equal([2016, 2017, 2018].map((y) => `base ${bases.get(y)}; 2019 report Figure 5.1; see note 1`));
    }
    // The 2020 report's figure, which prints no base, is still the report's read back.
    const facilitators = await drawn(mount<PioneerTrend>(`<pioneer-trend ${FIGURES[2].attrs}></pioneer-trend>`, 720));
    for (const [how, back] of await readBack<PioneerTrend>('pioneer-trend', FIGURES[2].attrs, facilitators.toCsv())) {
      back.mode = 'table';
      await back.updateComplete;
      expect(headingMetas(back)[4], how).to.match(/^base not printed; 2020 report Figure 4\.3; /);
    }
  });
});
