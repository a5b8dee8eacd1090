/**
 * What a screen reader gives a reader who walks the charts with the keyboard and browses them:
 * Chromium's accessibility tree (a11ySnapshot) and the live regions, after real key presses.
 */
import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { sitesOf } from '../../src/data/query.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { cleanup, disclosureButton, drawn, mount } from '../helpers.js';
import { select, settle, settleAll } from '../filter-bar.js';

type Chart = PioneerChart<unknown>;
type Ax = { role?: string; name?: string; description?: string; children?: Ax[] };
const flat = (n: Ax, out: Ax[] = []): Ax[] => {
  out.push(n);
  n.children?.forEach((c) => flat(c, out));
  return out;
};
const tree = async () => flat((await a11ySnapshot({})) as unknown as Ax);
const live = (el: Element) => el.shadowRoot!.querySelector('.live')!.textContent!;
const outlined = (el: Element) => el.shadowRoot!.querySelector('.focused')?.getAttribute('data-key') ?? null;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('what a screen reader gives', () => {
  afterEach(cleanup);

  it('after Escape ("Left the marks"), Enter and Space select nothing unseen, and an arrow returns to the mark left', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const selected: unknown[] = [];
    el.addEventListener('pioneer-select', (e) => selected.push((e as CustomEvent).detail));
    el.shadowRoot!.querySelector('svg')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const left = outlined(el);
    const said = live(el);
    expect(left).to.be.a('string');
    await sendKeys({ press: 'Escape' });
    expect(live(el)).to.match(/^Left the marks/);
    expect(outlined(el)).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(selected).to.deep.equal([]);
    await sendKeys({ press: 'ArrowRight' });
    expect(outlined(el)).to.equal(left);
    expect(live(el)).to.equal(said);
    // Back on the marks, Enter selects the mark shown.
    await sendKeys({ press: 'Enter' });
    expect(selected).to.have.length(1);
  });

  it('a chart redrawn after Escape does not outline the mark left again', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    el.shadowRoot!.querySelector('svg')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Escape' });
    el.setAttribute('year', '2019');
    await drawn(el);
    expect(outlined(el)).to.equal(null);
    expect(live(el)).to.match(/^Left the marks/);
  });

  it('<site-map layout="grid">: its tiles are not read as bare codes and counts ("STY", "4")', async () => {
    const el = await drawn(mount<Chart>('<site-map year="2019" layout="grid"></site-map>'));
    expect(el.shadowRoot!.querySelectorAll('.tile-code').length).to.equal(25);
    const name = el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')!;
    const group = (await tree()).find((n) => n.name === name)!;
    expect(group).to.exist;
    const bare = flat(group).filter((n) => n !== group && /^(?:[A-Z]{2,3}|\d+|–)$/.test((n.name ?? '').trim()));
    expect(bare.map((n) => n.name)).to.deep.equal([]);
  });

  it("<site-map>: the Table view and the long description name each site's wave and deprivation group, and say what the counts count", async () => {
    const el = await drawn(mount<Chart>('<site-map year="2019" color-by="deprivation"></site-map>'));
    const barnsley = sitesOf(bundledDataset()).find((s) => s.id === 'barnsley')!;
    const groups = `Wave ${barnsley.wave}, ${barnsley.deprivation} deprived`;
    el.mode = 'table';
    await drawn(el);
    const row = [...el.shadowRoot!.querySelectorAll('.table-host tbody tr')].find((tr) => tr.textContent!.includes('Barnsley'))!;
    expect(row.querySelector('th')!.textContent!.trim()).to.equal(`Barnsley (${groups})`);
    // Its columns are every year its label lists; the map draws 2019's.
    const years = [...el.shadowRoot!.querySelectorAll('.table-host thead tr:last-child th')].map((th) => th.textContent!.trim());
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells[years.findIndex((y) => y.startsWith('2019')) - 1]).to.equal(String(barnsley.informants[2019]));
    el.mode = 'chart';
    await drawn(el);
    disclosureButton(el, 'description').click();
    await pause(50);
    const line = [...el.shadowRoot!.querySelectorAll('.long-description li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()).find((t) => t.startsWith('Barnsley'))!;
    // Each year its label lists, as the Table view has them.
    const counts = Object.entries(barnsley.informants).sort(([a], [b]) => Number(a) - Number(b));
    expect(counts.map(([y]) => y)).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
    expect(line).to.equal(`Barnsley (${groups}): ${counts.map(([y, n]) => `${y} ${n} informant${n === 1 ? '' : 's'}`).join('; ')}`);
  });

  it('a focused mark is in the tree once (the tooltip shows what the live region says), and is gone once the focus leaves', async () => {
    const el = await drawn(mount<Chart>('<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>'));
    const after = mount<HTMLButtonElement>('<button>after</button>');
    el.shadowRoot!.querySelector('svg')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const label = live(el);
    expect(label).to.match(/%/);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.hidden).to.equal(false);
    expect((await tree()).filter((n) => n.name === label)).to.have.length(1);
    after.focus();
    await pause(50);
    expect(live(el)).to.equal('');
    expect((await tree()).filter((n) => n.name === label)).to.have.length(0);
  });

  it("an empty table cell gives its reason once (no title on the cell: it would be read again as the cell's description); the dash keeps it as a tooltip", async () => {
    const el = await drawn(mount<Chart>('<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>'));
    const cell = el.shadowRoot!.querySelector<HTMLElement>('td.absent')!;
    const reason = cell.querySelector('.sr-only')!.textContent!;
    expect(reason).to.match(/\w/);
    expect(cell.hasAttribute('title')).to.equal(false);
    expect(cell.querySelector('[aria-hidden="true"]')!.getAttribute('title')).to.equal(reason);
    const nodes = (await tree()).filter((n) => n.name === reason || n.description === reason);
    expect(nodes.length).to.be.greaterThan(0);
    for (const n of nodes) expect(n.description ?? '').to.not.equal(reason);
  });

  it('<pioneer-compare show-intervals>: the Table view and the long description give the 95% interval of each figure, as the marks say it', async () => {
    const el = await drawn(mount<Chart>('<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>'));
    const mark = el.marks[0].label;
    const ci = /95% CI \d+–\d+%/.exec(mark)![0];
    const value = /(\d+)%/.exec(mark)![1];
    el.mode = 'table';
    await drawn(el);
    const cells = [...el.shadowRoot!.querySelectorAll('.table-host td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.some((t) => t.startsWith(`${value}%`) && t.endsWith(ci))).to.equal(true);
    // (A figure no whole number of informants gives also points to its note: compare-table-notes.test.ts.)
    expect(cells.every((t) => /95% CI \d+–\d+%( \(see note \d+\))?$|no interval/.test(t))).to.equal(true);
    el.mode = 'chart';
    await drawn(el);
    disclosureButton(el, 'description').click();
    await pause(50);
    expect(el.shadowRoot!.querySelector('.long-description')!.textContent).to.contain(`(${ci})`);
    // Without show-intervals, the table gives none.
    el.removeAttribute('show-intervals');
    el.mode = 'table';
    await drawn(el);
    expect(el.shadowRoot!.querySelector('.table-host')!.textContent).not.to.contain('CI');
  });

  it('two charts: each "Describe this chart" disclosure is named with its chart, as the Download menus are', async () => {
    const box = mount<HTMLDivElement>('<div><pioneer-trend measure="objective"></pioneer-trend><barrier-stack measure="barrier" year="2020"></barrier-stack></div>');
    await Promise.all([...box.children].map((c) => drawn(c as Chart)));
    const names = (await tree()).filter((n) => /^Describe this chart/.test(n.name ?? '')).map((n) => n.name!);
    expect(names).to.have.length(2);
    expect(new Set(names).size).to.equal(2);
    for (const n of names) expect(n).to.match(/^Describe this chart: \S/);
  });

  it("six charts on a page: a screen reader's list of buttons (which gives no group's name) tells each chart's Chart and Table buttons apart, each name starting with the word shown", async () => {
    const box = mount<HTMLDivElement>(
      `<div>
        <pioneer-trend measure="objective"></pioneer-trend>
        <pioneer-trend measure="barrier"></pioneer-trend>
        <barrier-stack measure="barrier" year="2019"></barrier-stack>
        <barrier-stack measure="barrier" year="2020"></barrier-stack>
        <site-map year="2019"></site-map>
        <pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>
        <pioneer-table measure="barrier" year="2019"></pioneer-table>
      </div>`,
    );
    const charts = await Promise.all([...box.children].map((c) => drawn(c as Chart)));
    const withModes = charts.filter((el) => el.localName !== 'pioneer-table');
    const titles = withModes.map((el) => el.shadowRoot!.querySelector('.title')!.textContent!.trim());
    expect(new Set(titles).size, titles.join(' | ')).to.equal(6);
    // What the list of buttons reads: twelve names, none the same, in page order.
    const heard = (await tree()).filter((n) => n.role === 'button' && /^(?:Chart|Table)(?::|$)/.test(n.name ?? '')).map((n) => n.name);
    expect(heard).to.deep.equal(titles.flatMap((t) => [`Chart: ${t}`, `Table: ${t}`]));
    // Label in name (WCAG 2.5.3): each name begins with the word on its button, which is unchanged.
    for (const el of withModes) {
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.modes button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Chart', 'Table']);
      for (const b of buttons) expect(b.getAttribute('aria-label')!.startsWith(`${b.textContent!.trim()}: `)).to.equal(true);
    }
    // A table alone has no Chart/Table pair.
    expect(charts[6].shadowRoot!.querySelector('.modes')).to.equal(null);
  });

  it("a filter's options stepped through quickly are announced once, for the option stopped at; another control's change is said at once", async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year,organisation"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await drawn(bar.querySelector<Chart>('barrier-stack')!);
    await settle(bar);
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    const step = async (key: string, value: string) => {
      const s = select(bar, key);
      s.value = value;
      s.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(bar);
    };
    // 2020 publishes no CCG/NHS barriers: the stacked bars move to 2019, and the line says so.
    const first = '1 chart updated. Organisation type: CCG/NHS. The stacked bar chart now shows 2019, not 2020.';
    await step('organisation', 'ccg-nhs');
    expect(status.textContent).to.equal(first);
    await step('organisation', 'la');
    await step('organisation', 'other');
    // Still the first: the select itself says each option passed.
    expect(status.textContent).to.equal(first);
    await pause(800);
    expect(status.textContent).to.equal('1 chart updated. Organisation type: Other.');
    await step('year', '2019');
    expect(status.textContent).to.equal('1 chart updated. Survey year: 2019; Organisation type: Other.');
    await settleAll();
  });
});
