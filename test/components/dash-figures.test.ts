/**
 * The 2019 report prints a dash ("-") in 19 cells where a percentage would be, stored as 0
 * (data/ANOMALIES.md item 21). The chart's note says such figures are shown as 0%; each place
 * that gives one figure (a mark's name, its tooltip and what the keyboard announces, a row's
 * name in browse mode, a Table view's or <pioneer-table>'s cell, the SVG file's row names) says
 * which 0% are those: "0%, printed as a dash". A 0 of a researcher's survey is not marked.
 */
import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { bundledDataset } from '../../src/data/bundled.js';
import type { ObservationRow } from '../../src/data/types.js';
import { barrierRow2021, cleanup, disclosureButton, drawn, mount } from '../helpers.js';

type Chart = PioneerChart<unknown> & { mode: string | undefined };
type Ax = { role?: string; name?: string; children?: Ax[] };
const flat = (n: Ax, out: Ax[] = []): Ax[] => {
  out.push(n);
  n.children?.forEach((c) => flat(c, out));
  return out;
};

const SAID = '0%, printed as a dash';
const ds = bundledDataset();
// The dashes, read from the dataset: the 2019 report's figures stored as 0%.
const dashes = ds.rows.filter((r) => r.source_survey === 2019 && r.unit === 'percent' && r.value === 0);
const keyOf = (r: ObservationRow) => `${r.item}|${r.year}|${r.response}`;
const chartsOf = (measures: readonly string[]) => [...new Set(dashes.filter((r) => measures.includes(r.measure)).map((r) => `${r.measure}|${r.group}`))].map((k) => k.split('|') as [string, string]);

/** Walks to the mark `key` with the keyboard as a reader does (Home, then down the rows, then along); returns what the live region says there. */
async function keyTo(el: Chart, key: string): Promise<string> {
  const target = el.marks.find((m) => m.key === key)!;
  el.shadowRoot!.querySelector('svg')!.focus();
  await sendKeys({ press: 'Home' });
  const current = () => el.marks.find((m) => m.key === el.shadowRoot!.querySelector('.focused')?.getAttribute('data-key'))!;
  for (let n = 0; n < 60 && current().series !== target.series; n++) await sendKeys({ press: current().series < target.series ? 'ArrowDown' : 'ArrowUp' });
  const at = () => el.marks.indexOf(current());
  const to = el.marks.indexOf(target);
  for (let n = 0; n < 60 && at() !== to; n++) await sendKeys({ press: at() < to ? 'ArrowRight' : 'ArrowLeft' });
  expect(current().key, 'the keyboard reaches the mark').to.equal(key);
  return el.shadowRoot!.querySelector('.live')!.textContent!.trim();
}

/** The tooltip a pointer over mark `key` shows. */
function hoverTip(el: Chart, key: string): string {
  el.shadowRoot!.querySelector(`[data-key="${key}"]`)!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
  const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
  expect(tip.hidden).to.equal(false);
  return tip.textContent!;
}

/** Each figure cell of a chart's table, by its row's item and its column's heading text, with the cell's text. */
function tableCells(root: ParentNode): { item: string; heading: string; text: string }[] {
  return [...root.querySelectorAll('table.data-table tbody tr')].flatMap((tr) =>
    [...tr.querySelectorAll('td:not(.absent)')].map((td) => ({ item: tr.getAttribute('data-item')!, heading: td.getAttribute('data-heading')!, text: td.textContent!.trim() })),
  );
}

describe('figures the 2019 report prints as a dash', () => {
  afterEach(cleanup);

  it('are the 19 zeros of the 2019 report, in the stacked bars, comparisons and tables', () => {
    expect(dashes).to.have.length(19);
    expect(new Set(dashes.map((r) => r.measure))).to.deep.equal(new Set(['barrier', 'facilitator', 'priority', 'challenge']));
  });

  it('<barrier-stack>: each says so in its mark (keyboard announcement, tooltip) and its row\'s name in browse mode; no other figure does', async () => {
    for (const [measure, group] of chartsOf(['barrier', 'facilitator'])) {
      const el = await drawn(mount<Chart>(`<barrier-stack measure="${measure}" year="2019" group="${group}"></barrier-stack>`, 900));
      const here = dashes.filter((r) => r.measure === measure && r.group === group);
      const keys = new Set(here.map(keyOf));
      for (const m of el.marks) {
        if (keys.has(m.key)) expect(m.label, m.key).to.match(/: [^:]* 0%, printed as a dash \(base \d+( informants)?; 2019 report Table \d\.\d\)$/);
        else expect(m.label, m.key).to.not.contain('dash');
      }
      const first = here[0];
      expect(hoverTip(el, keyOf(first))).to.contain(SAID);
      expect(await keyTo(el, keyOf(first))).to.contain(SAID);
      // Browse mode: each bar's row is one image, named by its values.
      const images = flat((await a11ySnapshot({})) as unknown as Ax).filter((n) => n.role === 'image');
      for (const r of here) {
        const row = images.filter((n) => n.name?.startsWith(`${r.item_label.replace(/\.$/, '')}:`));
        expect(row, `${measure} ${group} ${r.item}`).to.have.length(1);
        expect(row[0].name).to.contain(SAID);
      }
      const said = images.map((n) => n.name!.split(SAID).length - 1).reduce((a, b) => a + b, 0);
      expect(said, `${measure} ${group}: one mention per dash`).to.equal(here.length);
      // The SVG file keeps the rows' names.
      expect(el.toSvg().split(SAID).length - 1, `${measure} ${group} SVG`).to.equal(here.length);
      // "Describe this chart" says each figure once.
      disclosureButton(el, 'description').click();
      await el.updateComplete;
      const described = el.shadowRoot!.querySelector('.long-description')!.textContent!.replace(/\s+/g, ' ');
      expect(described.split(SAID).length - 1, `${measure} ${group} description`).to.equal(here.length);
      cleanup();
    }
  });

  it('<barrier-stack> Table view and <pioneer-table>: the cell of each says so, and no other cell does', async () => {
    for (const [measure, group] of chartsOf(['barrier', 'facilitator', 'priority', 'challenge'])) {
      const here = dashes.filter((r) => r.measure === measure && r.group === group);
      // <barrier-stack> draws the Likert measures; <pioneer-table> tabulates any.
      const stacked = ['barrier', 'facilitator'].includes(measure);
      const stack = stacked ? [await drawn(mount<Chart>(`<barrier-stack measure="${measure}" year="2019" group="${group}" mode="table"></barrier-stack>`, 900))] : [];
      const table = await drawn(mount<Chart>(`<pioneer-table measure="${measure}" year="2019" group="${group}"></pioneer-table>`, 900));
      for (const el of [...stack, table]) {
        await el.updateComplete;
        const cells = tableCells(el.shadowRoot!);
        expect(cells.length, `${el.localName} ${measure} ${group}`).to.be.greaterThan(here.length);
        const marked = cells.filter((c) => c.text.includes('dash'));
        expect(marked.map((c) => c.item).sort(), `${el.localName} ${measure} ${group}`).to.deep.equal(here.map((r) => r.item).sort());
        for (const c of marked) expect(c.text).to.match(/^0%, printed as a dash\b/);
        expect(cells.filter((c) => c.text.startsWith('0%') && !c.text.includes('dash'))).to.deep.equal([]);
      }
      cleanup();
    }
  });

  it('<pioneer-compare>: each says so in its mark and its row\'s name, and in the Table view', async () => {
    for (const measure of ['barrier', 'priority', 'challenge']) {
      const here = dashes.filter((r) => r.measure === measure && r.group.startsWith('organisation:'));
      const el = await drawn(mount<Chart>(`<pioneer-compare measure="${measure}" dimension="organisation"></pioneer-compare>`, 900));
      const marked = el.marks.filter((m) => m.label.includes('dash'));
      expect(marked.map((m) => m.key).sort(), measure).to.deep.equal(here.map((r) => `${r.item}|${r.group}`).sort());
      for (const m of marked) expect(m.label).to.match(/\(n=\d+\): 0%, printed as a dash \(2019 report Table \d\.\d\)\./);
      expect(hoverTip(el, marked[0].key)).to.contain(SAID);
      const images = flat((await a11ySnapshot({})) as unknown as Ax).filter((n) => n.role === 'image');
      expect(images.map((n) => n.name!.split(SAID).length - 1).reduce((a, b) => a + b, 0), measure).to.equal(here.length);
      el.mode = 'table';
      await el.updateComplete;
      expect(tableCells(el.shadowRoot!).filter((c) => c.text.includes(SAID)).length, measure).to.equal(here.length);
      cleanup();
    }
    // The summary's largest gap, where it is a dash's row (the only item shown).
    const r = dashes.find((d) => d.measure === 'barrier' && d.group.startsWith('organisation:'))!;
    const one = await drawn(mount<Chart>(`<pioneer-compare measure="barrier" dimension="organisation" items="${r.item}"></pioneer-compare>`));
    expect(one.summary).to.match(new RegExp(`The largest gap .*: .*\\d%, .* ${SAID} \\(`));
  });

  it('<pioneer-trend>: a year that is a dash says so in its point\'s mark and its line\'s name', async () => {
    const r = dashes.find((d) => d.measure === 'facilitator' && d.response === 'not-at-all')!;
    const el = await drawn(mount<Chart>(`<pioneer-trend measure="facilitator" response="not-at-all" items="${r.item}"></pioneer-trend>`));
    const point = el.marks.find((m) => m.key === `${r.item}|2019`)!;
    expect(point.label).to.match(/, 2019: 0% not at all important, printed as a dash \(base \d+; 2019 report Table 6\.1\)$/);
    for (const m of el.marks.filter((x) => x !== point)) expect(m.label).to.not.contain('dash');
    const line = flat((await a11ySnapshot({})) as unknown as Ax).filter((n) => n.role === 'image' && n.name?.includes('2019 0%'));
    expect(line.map((n) => n.name)).to.have.length(1);
    expect(line[0].name).to.contain(`2019 ${SAID}`);
  });

  it("a 0% of a researcher's survey is not one: its mark, tooltip, row and cell say 0% only", async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>');
    el.data = [barrierRow2021('a', 'very', 0), barrierRow2021('a', 'fairly', 40), barrierRow2021('a', 'not', 60)];
    await drawn(el);
    const mark = el.marks.find((m) => m.key === 'a|2021|very')!;
    expect(mark.label).to.contain('Very significant 0% (base 40;');
    expect(hoverTip(el as unknown as Chart, mark.key)).to.not.contain('dash');
    const row = flat((await a11ySnapshot({})) as unknown as Ax).find((n) => n.role === 'image' && n.name?.startsWith('Barrier A:'))!;
    expect(row.name).to.contain('very significant 0%, fairly').and.not.contain('dash');
    el.mode = 'table';
    await el.updateComplete;
    expect(tableCells(el.shadowRoot!).find((c) => c.text.startsWith('0%'))!.text).to.equal('0%');
  });
});
