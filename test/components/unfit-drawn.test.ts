/**
 * <barrier-stack> and <pioneer-trend> draw figures that no whole number of informants out of
 * their printed base gives (data/ANOMALIES.md item 13: 2019 Tables 5.1 and 6.1 of 64, Table
 * 5.2's Other of 15, the progress prose's 53% of 67). Under the chart one short line says how
 * many it draws (counted here from the marks drawn, with shareMismatch, not from a list), and
 * "Describe this chart" says it too; each such mark's name and tooltip says it of its figure.
 * The Table view marks and names them in its own note (unfit-figures.test.ts), so the line is
 * not shown there. A chart that draws none shows no line. Figures whose table's own caveat
 * says it (Table 4.6, Table 7.1's 8% of 18) are left to that caveat.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { isReportRow } from '../../src/data/report-rows.js';
import type { ObservationRow } from '../../src/data/types.js';
import { hasSourceCaveat } from '../../src/data/vocabulary.js';
import { shareMismatch } from '../../src/data/wilson.js';
import { cleanup, drawn, mount, seenText } from '../helpers.js';

type Chart = PioneerChart<unknown> & { mode: string | undefined };
const words = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00ad]+/g, ' ').trim();
const ds = bundledDataset();
const unfit = (r: ObservationRow | undefined) => !!r && shareMismatch(r) !== null && !hasSourceCaveat(r);
/** The report's figures such as no whole number of informants gives, and that no caveat of their table says so of. */
const shown = ds.rows.filter((r) => isReportRow(r) && unfit(r));
const SAID = 'no whole number of informants out of';
const which = (r: ObservationRow) => `, which no whole number of informants out of ${r.base} gives`;
/** What a bar's segment, or a line, says of such a figure. */
const saidOf = (r: ObservationRow) => `${r.value}%${which(r)}`;

/** The row a mark draws (its detail's measure, item, year, group and response), if it draws one. */
function rowOf(m: Chart['marks'][number]): ObservationRow | undefined {
  const d = m.detail as { measure?: string; item?: string; year?: number; group?: string; response?: string };
  if (!d.response) return undefined;
  return ds.rows.find((r) => r.measure === d.measure && r.item === d.item && r.year === d.year && r.group === d.group && r.response === d.response);
}
/** How many of the figures drawn no whole number of informants out of their printed base gives. */
const drawnUnfit = (el: Chart) => el.marks.filter((m) => unfit(rowOf(m))).length;
/** The lines on such figures shown under the chart. */
const lines = (el: Chart) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('p.note')].filter((p) => p.getClientRects().length && words(p.textContent).includes(SAID)).map((p) => words(p.textContent));
/** What the line says of `n` figures. */
const lineOf = (n: number) =>
  n === 1
    ? '⚠ 1 figure drawn, as the report prints it, fits no whole number of informants out of its base.'
    : `⚠ ${n} figures drawn, as the report prints them, fit no whole number of informants out of their base.`;

/** The tooltip a pointer over mark `key` shows. */
function hoverTip(el: Chart, key: string): string {
  el.shadowRoot!.querySelector(`[data-key="${CSS.escape(key)}"]`)!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
  const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
  expect(tip.hidden, `tooltip of ${key}`).to.equal(false);
  return words(tip.textContent);
}

/** The long description's text, opened with its button. */
async function described(el: Chart): Promise<string> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.description button')!.click();
  await el.updateComplete;
  return words(el.shadowRoot!.querySelector('.long-description')!.textContent);
}

describe('<barrier-stack> and <pioneer-trend>: figures no whole number of informants gives, said under the chart and on their marks', function () {
  this.timeout(120000);
  afterEach(cleanup);

  it('<barrier-stack measure year group>: one line under the bars counting such figures drawn, each such segment\'s name says it; the Table view does not repeat the line', async () => {
    const stacks = [...new Set(shown.filter((r) => ['barrier', 'facilitator', 'progress', 'covid-effect'].includes(r.measure)).map((r) => `${r.measure}|${r.year}|${r.group}`))];
    // Tables 5.1 and 6.1 (all informants, 2019) among them, and a chart that draws none.
    expect(stacks).to.include.members(['barrier|2019|all', 'facilitator|2019|all']);
    let total = 0;
    for (const c of [...stacks, 'barrier|2020|all']) {
      const [measure, year, group] = c.split('|');
      const el = await drawn(mount<Chart>(`<barrier-stack measure="${measure}" year="${year}" group="${group}"></barrier-stack>`, 900));
      const n = drawnUnfit(el);
      total += n;
      if (c === 'barrier|2020|all') expect(n, c).to.equal(0);
      expect(lines(el), c).to.deep.equal(n ? [lineOf(n)] : []);
      for (const m of el.marks) {
        const r = rowOf(m);
        expect(m.label.includes(SAID), `${c} ${m.label}`).to.equal(unfit(r));
        if (unfit(r)) expect(m.label, c).to.contain(`${saidOf(r!)} (base ${r!.base}`);
      }
      if (n) {
        const mark = el.marks.find((m) => unfit(rowOf(m)))!;
        expect(hoverTip(el, mark.key), c).to.contain(saidOf(rowOf(mark)!));
        // The Table view marks them with its own note: the line is not shown again.
        el.mode = 'table';
        await drawn(el);
        expect(lines(el), `${c}: Table view`).to.deep.equal([]);
        expect([...el.shadowRoot!.querySelectorAll('ol.table-notes li')].filter((li) => words(seenText(li)).startsWith('No whole number of informants'))).to.have.length(1);
      }
      cleanup();
    }
    expect(total, 'such figures drawn').to.be.greaterThan(30);
  });

  it('<barrier-stack measure="barrier" year="2019">: "Describe this chart" says the line too; 2020\'s, which draws none, does not', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 900));
    const n = drawnUnfit(el);
    expect(n).to.be.greaterThan(1);
    const text = await described(el);
    expect(text).to.contain(lineOf(n).slice(2));
    const none = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 900));
    expect(await described(none)).to.not.contain(SAID);
  });

  it('<pioneer-trend measure response group items>: the line says "1 figure", the point\'s name, tooltip (without its bracket) and line say it, for each such figure (the progress prose\'s 53% of 67 among them)', async () => {
    expect(shown.map((r) => `${r.source_table} ${r.value}% of ${r.base}`)).to.include('text:4-progress 53% of 67');
    for (const r of shown) {
      const el = await drawn(mount<Chart>(`<pioneer-trend measure="${r.measure}" response="${r.response}" group="${r.group}" items="${r.item}"></pioneer-trend>`, 720));
      const name = `${r.measure} ${r.item} ${r.year} ${r.group} ${r.response}`;
      expect(drawnUnfit(el), name).to.equal(1);
      expect(lines(el), name).to.deep.equal([lineOf(1)]);
      const point = el.marks.find((m) => m.key === `${r.item}|${r.year}`)!;
      // After what it counts, where it is a response's share ("8% substantial, which …").
      expect(point.label, name).to.contain(`: ${r.value}%`).and.to.contain(`${which(r)} (base ${r.base}`);
      for (const m of el.marks.filter((x) => x !== point)) expect(m.label, name).to.not.contain(SAID);
      const tip = hoverTip(el, point.key);
      expect(tip, name).to.contain(which(r)).and.not.to.contain('(base');
      expect(el.shadowRoot!.querySelector(`g.line-series[data-item="${r.item}"]`)!.getAttribute('aria-label'), name).to.contain(`${r.year} ${saidOf(r)}`);
      expect(await described(el), name).to.contain(lineOf(1).slice(2));
      cleanup();
    }
  });

  it('<pioneer-trend measure="barrier" response="very">: the line counts the lines shown, and goes when the reader hides them', async () => {
    const el = await drawn(mount<Chart>('<pioneer-trend measure="barrier" response="very" items="increased-demand,information-governance,financial-constraints"></pioneer-trend>', 720));
    const n = drawnUnfit(el);
    expect(n, 'such figures drawn').to.be.greaterThan(0);
    expect(lines(el)).to.deep.equal([lineOf(n)]);
    for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.legend button')) {
      b.click();
      await drawn(el);
      expect(lines(el), `after hiding ${b.dataset.item}`).to.deep.equal(drawnUnfit(el) ? [lineOf(drawnUnfit(el))] : []);
    }
    expect(lines(el), 'every line hidden').to.deep.equal([]);
  });

  it('a trend that draws no such figure (the objectives) shows no line, says none in its description, and no point\'s name says it', async () => {
    const el = await drawn(mount<Chart>('<pioneer-trend measure="objective"></pioneer-trend>', 720));
    expect(drawnUnfit(el)).to.equal(0);
    expect(lines(el)).to.deep.equal([]);
    for (const m of el.marks) expect(m.label).to.not.contain(SAID);
    expect(await described(el)).to.not.contain(SAID);
  });
});
