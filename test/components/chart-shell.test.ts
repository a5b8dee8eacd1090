import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import { parseCsv } from '../../src/data/csv.js';
import { textWidth } from '../../src/renderers/shared/text-width.js';
import { axeViolations } from '../a11y.js';
import { captureWarnings, cleanup, disclosure, disclosureButton, drawn, isOpen, mount, pngTextChunks, expectSame, seenText } from '../helpers.js';
import { pngWithText, svgTextEntries } from '../../src/export/png-text.js';
import { narrowNoteOf } from '../../src/components/base/size-note.js';

const trend = () => drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));

describe('chart shell (shared by every chart), through <pioneer-trend>', () => {
  afterEach(cleanup);

  it("in a page's two-column layout the figure stays in one column: its source line is under its chart, not in the next column", async () => {
    const box = mount<HTMLDivElement>('<div style="column-count: 2; column-gap: 24px"><barrier-stack measure="barrier" year="2019"></barrier-stack></div>', 900);
    const el = await drawn(box.firstElementChild as BarrierStack);
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const source = el.shadowRoot!.querySelector('.source')!.getBoundingClientRect();
    expect(source.left, 'the same column').to.be.closeTo(svg.left, 2);
    expect(source.top, 'below the chart').to.be.at.least(svg.bottom - 1);
  });

  it('is a figure named by its title, with a data-built summary on the chart', async () => {
    const el = await trend();
    const fig = el.shadowRoot!.querySelector('figure')!;
    expect(fig.getAttribute('aria-label')).to.match(/objectives/i);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.contain('In 2019 the highest was Patients/service users experiencing more joined up services (58% of 67)');
  });

  it('an update that changes what is shown relabels the chart once: the new summary, never the stale one in between', async () => {
    const el = await trend();
    const svg = el.shadowRoot!.querySelector('svg')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(svg, { attributes: true, attributeFilter: ['aria-label'], attributeOldValue: true });
    const before = svg.getAttribute('aria-label');
    el.setAttribute('items', 'quality-of-care');
    await el.updateComplete;
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(el.summary).to.contain('1 line');
    expect(svg.getAttribute('aria-label')).to.equal(el.summary);
    // One write, from the old summary straight to the new one.
    expect(records.map((r) => r.oldValue)).to.deep.equal([before]);
  });

  it('laid out 0 px wide, says so where the chart would be and warns once; drawn once it has a width; silent when hidden with display: none', async () => {
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    };
    let el!: PioneerTrend;
    const warnings = await captureWarnings(async () => {
      el = mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>', 0);
      await el.updateComplete;
      await frames(3);
      el.requestUpdate();
      await el.updateComplete;
      await frames(2);
      // The console is told once it has lasted a second (the layout settled).
      await new Promise((r) => setTimeout(r, 1100));
    });
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!;
    const text = 'This chart is laid out 0 px wide, so it has nowhere to draw. Give it, or the box it is in, a width.';
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.equal(text);
    expect(note.getBoundingClientRect().width, 'readable, not one word a line').to.be.greaterThan(150);
    expect(el.marks).to.have.length(0);
    expect(warnings).to.deep.equal([`<pioneer-trend>: ${text}`]);
    (el.parentElement as HTMLElement).style.width = '640px';
    await frames(3);
    expect(el.marks.length).to.be.greaterThan(0);
    expect(note.hidden).to.equal(true);
    expect(note.textContent).to.equal('');
    // Hidden (a closed tab, a closed <details>): no box, nothing to say.
    const hidden = await captureWarnings(async () => {
      for (const markup of ['<div style="display: none"><pioneer-trend measure="objective"></pioneer-trend></div>', '<details><summary>More</summary><pioneer-trend measure="objective"></pioneer-trend></details>']) {
        const box = mount<HTMLElement>(markup, 0);
        const chart = box.querySelector<PioneerTrend>('pioneer-trend')!;
        await chart.updateComplete;
        await frames(3);
        expect(chart.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!.hidden, markup).to.equal(true);
      }
    });
    expect(hidden).to.deep.equal([]);
  });

  it('two charts on a page: their Download menus and Chart/Table buttons have names of their own, each starting with its visible label; their group is "Show as", not the title again', async () => {
    const box = mount<HTMLDivElement>('<div><pioneer-trend measure="objective"></pioneer-trend><barrier-stack measure="barrier" year="2020"></barrier-stack></div>');
    const charts = await Promise.all([...box.children].map((c) => drawn(c as PioneerTrend)));
    type Ax = { role?: string; name?: string; children?: Ax[] };
    const all: Ax[] = [];
    const walk = (n: Ax) => {
      all.push(n);
      n.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as Ax);
    const titles = charts.map((el) => el.shadowRoot!.querySelector('.title')!.textContent!.trim());
    expect(titles[0]).to.not.equal(titles[1]);
    const downloads = all.filter((n) => n.name?.startsWith('Download or cite')).map((n) => n.name);
    expect(downloads).to.deep.equal(titles.map((t) => `Download or cite this chart: ${t}`));
    // The Chart/Table pair's group, and its buttons (a list of buttons gives no group's name). Entering
    // the group a reader hears its name, then a button's: the title is said once, by the button.
    // (Chromium's snapshot leaves the group out, so its name is read from its aria-label.)
    const groups = charts.map((el) => el.shadowRoot!.querySelector('.modes[role="group"]')!.getAttribute('aria-label'));
    expect(groups).to.deep.equal(['Show as', 'Show as']);
    const modes = all.filter((n) => n.role === 'button' && /^(?:Chart|Table)(?::|$)/.test(n.name ?? '')).map((n) => n.name);
    expect(modes).to.deep.equal(titles.flatMap((t) => [`Chart: ${t}`, `Table: ${t}`]));
  });

  it('shows a visible source line with table and base n', async () => {
    const el = await trend();
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.equal('Source: PIRU key informant survey 2019, Table 4.1; bases 105 (2017), 85 (2018), 67 (2019)');
  });

  it('the Table view holds exactly the numbers of the marks, with base and source per column', async () => {
    const el = await trend();
    const [, tableButton] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.modes button');
    tableButton.click();
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('table');
    const table = el.shadowRoot!.querySelector('.table-host table')!;
    expect(el.shadowRoot!.querySelector('.plot')!.classList.contains('off')).to.equal(true);
    const tds = [...table.querySelectorAll('tr[data-item="quality-of-care"] td')];
    const cells = tds.map((td) => td.getAttribute('data-value')).filter((v) => v !== null);
    const marks = [...el.shadowRoot!.querySelectorAll('[data-item="quality-of-care"] path.point')].map((p) => p.getAttribute('data-value'));
    expect(cells).to.deep.equal(marks);
    // What a reader sees in those cells: the marks' values (2019 report Table 4.1: 39%, 48%, 51%).
    const seen = tds.filter((td) => td.hasAttribute('data-value')).map((td) => [...td.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim());
    expect(seen).to.deep.equal(['39%', '48%', '51%']);
    expect(marks).to.deep.equal(['39', '48', '51']);
    // The years the chart shows as gaps (hollow markers) are empty cells that say why.
    const absent = tds.filter((td) => td.classList.contains('absent')).map((td) => td.querySelector('.sr-only')!.textContent);
    expect(absent).to.deep.equal(['No figure published for 2016: the question was not asked in 2016 (the 2019 report, section 4).', 'No figure published for 2020: the reports give this measure for 2017–2019.']);
    const headers = [...table.querySelectorAll<HTMLElement>('thead th')].map((th) => th.innerText.replace(/\s+/g, ' ').trim());
    expect(headers).to.deep.equal([
      'Item',
      '2016 see note 1',
      '2017 base 105; 2019 report Table 4.1',
      '2018 base 85; 2019 report Table 4.1',
      '2019 base 67; 2019 report Table 4.1',
      '2020 see note 2',
    ]);
    // Each gap column's reason is a note under the table, which its heading points to (in its
    // heading, a reason made the heading many lines tall in a narrow column).
    const notes = [...el.shadowRoot!.querySelectorAll('.table-notes li')].map((li) => seenText(li).trim());
    expect(notes).to.deep.equal(['No figure published: the question was not asked in 2016 (the 2019 report, section 4).', 'No figure published: the reports give this measure for 2017–2019.']);
  });

  it('the Table view of a trend with chart-only years gives each gap its reason (2016–2018 very significant barriers: Figure 5.1)', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" items="financial-constraints" mode="table"></pioneer-trend>'));
    const row = el.shadowRoot!.querySelector('.table-host tr[data-item="financial-constraints"]')!;
    const tds = [...row.querySelectorAll('td')];
    expect(tds.map((td) => td.getAttribute('data-value'))).to.deep.equal([null, null, null, '44', '48']);
    for (const td of tds.slice(0, 3)) {
      const why = td.querySelector('.sr-only')!.textContent!;
      expect(why).to.match(/Figure 5\.1 of the 2019 report/);
      expect(why).to.match(/not published as numbers/);
      // As a tooltip on the dash, not the cell: a screen reader would read it twice.
      expect(td.querySelector('[aria-hidden="true"]')!.getAttribute('title')).to.equal(why);
    }
    // The gap cells say what the gap markers and the note under the chart say.
    const note = [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');
    // (The note says the reason mid-sentence, after "Gaps in 2016, 2017 and 2018:", without its capital.)
    // (Its cell adds the base printed under the figure, "(base 97; 2019 report Figure 5.1)": trend-figure-bases.test.ts.)
    const reason = tds[0].querySelector('.sr-only')!.textContent!.replace(/ \(base \d+; 2019 report Figure 5\.1\)\.$/, '');
    expect(note).to.contain(`: ${reason[0].toLowerCase()}${reason.slice(1)}`);
  });

  it('on a phone the table view scrolls sideways in its own box, not the page, and keeps its item names in view', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      // Every barrier, 2016–2020: wider than a phone, with gaps whose reasons are screen-reader text.
      const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" mode="table"></pioneer-trend>', 340));
      const host = el.shadowRoot!.querySelector<HTMLElement>('.table-host')!;
      expect(el.shadowRoot!.querySelectorAll('td.absent .sr-only').length, 'gap cells with spoken reasons').to.be.greaterThan(0);
      expect(host.scrollWidth, 'the table is wider than its box').to.be.greaterThan(host.clientWidth);
      expect(document.documentElement.scrollWidth, 'the page is not widened').to.be.at.most(360);
      const name = el.shadowRoot!.querySelector<HTMLElement>('.data-table tbody th')!;
      const before = name.getBoundingClientRect().left;
      host.scrollLeft = 200;
      await new Promise((r) => requestAnimationFrame(r));
      expect(host.scrollLeft).to.be.greaterThan(0);
      expect(name.getBoundingClientRect().left, 'the item names stay in view').to.be.closeTo(before, 1);
      expect(name.getBoundingClientRect().width, 'and are not squeezed to a word a line').to.be.at.least(100);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('an open tooltip follows its mark when the chart is redrawn at a new width (a phone turned): placed again once the mark has moved', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="joined-up"></pioneer-trend>', 700));
    const box = el.parentElement!;
    // The highest point (76%, 2018): its keyboard tooltip goes beside it (beside its year's
    // points) where there is room, else where it hides the fewest points (at 360 px under the
    // line, not over the 2017 and 2019 points); never over it.
    const points = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.point')];
    const top = points.reduce((a, b) => (b.getBoundingClientRect().top < a.getBoundingClientRect().top ? b : a));
    // Reached by the keyboard (a pointer left over the chart would take it back on the move).
    el.shadowRoot!.querySelector('svg')!.focus();
    for (let i = 0; i < 10 && el.shadowRoot!.querySelector('.focused') !== top; i++) await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.querySelector('.focused')).to.equal(top);
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden, 'shown on the press').to.equal(false);
    // How far the tooltip is from the mark's box (0 where they touch), and whether it is over it.
    const gap = () => {
      const [t, m] = [tip.getBoundingClientRect(), top.getBoundingClientRect()];
      const [dx, dy] = [Math.max(t.left - m.right, m.left - t.right), Math.max(t.top - m.bottom, m.top - t.bottom)];
      expect(dx >= -0.5 || dy >= -0.5, 'over its mark').to.equal(true);
      return Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
    };
    expect(gap()).to.be.within(0, 12.5);
    for (const width of [360, 700]) {
      box.style.width = `${width}px`;
      await new Promise((done) => setTimeout(done, 700));
      expect(el.shadowRoot!.querySelector('.focused')).to.equal(top);
      expect(tip.hidden, `still shown at ${width} px`).to.equal(false);
      const placed = tip.getBoundingClientRect();
      if (width === 700) expect(gap(), `at ${width} px`).to.be.within(0, 12.5);
      else gap();
      // Where the keyboard puts it afresh on the mark as now drawn: it followed the mark.
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot!.querySelector('.focused')).to.equal(top);
      const fresh = tip.getBoundingClientRect();
      expect([placed.left, placed.top], `at ${width} px, where it is placed afresh`).to.satisfy(([x, y]: number[]) => Math.abs(x - fresh.left) < 1 && Math.abs(y - fresh.top) < 1);
    }
  });

  it('two lines\' points tied (2020: two barriers at 38% fairly significant) are set side by side, and a focused point is painted over the other lines', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="fairly"></pioneer-trend>', 700));
    const at = (key: string) => el.shadowRoot!.querySelector<SVGPathElement>(`[data-key="${key}"]`)!;
    const [a, b] = [at('covid-time|2020'), at('covid-financial-resources|2020')];
    expect([a.getAttribute('data-value'), b.getAttribute('data-value')]).to.deep.equal(['38', '38']);
    const centre = (m: Element) => {
      const r = m.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2] as const;
    };
    // Level, side by side, neither over the other.
    expect(Math.abs(centre(a)[1] - centre(b)[1]), 'level').to.be.below(2);
    const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
    expect(Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left), 'apart').to.be.below(0);
    el.shadowRoot!.querySelector('svg')!.focus();
    const focused = () => el.shadowRoot!.querySelector('.focused')?.getAttribute('data-key') ?? '';
    const seriesOf = (key: string) => el.marks.find((x) => x.key === key)!.series;
    for (const m of [a, b]) {
      // Home, down to the mark's line, then right along it to 2020.
      const key = m.getAttribute('data-key')!;
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 12 && seriesOf(focused()) !== seriesOf(key); i++) await sendKeys({ press: 'ArrowDown' });
      for (let i = 0; i < 6 && focused() !== key; i++) await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal(key);
      expect(el.shadowRoot!.elementFromPoint(...centre(m)), `${m.getAttribute('data-key')} on top`).to.equal(m);
    }
    // Once the focus leaves, the lines are back in their order (a screen reader's browse mode
    // reads them in it): the legend's.
    const lines = () => [...el.shadowRoot!.querySelectorAll('g.line-series')].map((g) => g.getAttribute('data-item'));
    const legend = [...el.shadowRoot!.querySelectorAll('[part="legend"] button')].map((b) => b.getAttribute('data-item'));
    await sendKeys({ press: 'Home' });
    expect(lines(), 'the first line, focused, is drawn last').to.deep.equal([...legend.slice(1), legend[0]]);
    el.shadowRoot!.querySelector('svg')!.blur();
    expect(lines()).to.deep.equal(legend);
  });

  it('CSV download holds exactly the rows shown, in the export columns and a note column, and a row per gap drawn with the reason the chart gives', async () => {
    const el = await trend();
    const { header, records } = parseCsv(el.toCsv());
    expect(header).to.deep.equal(['measure', 'item', 'item_label', 'year', 'group', 'response', 'value', 'unit', 'base', 'source_survey', 'source_table', 'note']);
    const figures = records.filter((r) => r.value !== '');
    expect(figures.map((r) => r.note)).to.deep.equal(figures.map(() => ''));
    expect(figures).to.have.length(el.shadowRoot!.querySelectorAll('path.point').length);
    expect(figures.map((r) => `${r.item}:${r.year}:${r.value}`).sort()).to.deep.equal(
      ['joined-up:2017:65', 'joined-up:2018:76', 'joined-up:2019:58', 'quality-of-care:2017:39', 'quality-of-care:2018:48', 'quality-of-care:2019:51'],
    );
    // The years the chart draws as gaps (2016: not asked; 2020: not in the reports' tables): no value or base, the reason as the note.
    const gaps = records.filter((r) => r.value === '');
    expect(gaps).to.have.length(el.shadowRoot!.querySelectorAll('path.gap-mark').length);
    const notAsked = 'No figure published for 2016: the question was not asked in 2016 (the 2019 report, section 4).';
    const after = 'No figure published for 2020: the reports give this measure for 2017–2019.';
    expect(gaps.map((r) => [r.item, r.year, r.group, r.response, r.value, r.unit, r.base, r.source_survey, r.source_table, r.note].join('|')).sort()).to.deep.equal([
      `joined-up|2016|all|selected||percent||||${notAsked}`,
      `joined-up|2020|all|selected||percent||||${after}`,
      `quality-of-care|2016|all|selected||percent||||${notAsked}`,
      `quality-of-care|2020|all|selected||percent||||${after}`,
    ]);
    // The note is what the gap's mark says (its tooltip and what a screen reader hears).
    for (const g of gaps) expect(el.marks.find((m) => m.key === `${g.item}|${g.year}|gap`)!.label.split(': no value. ')[1]).to.equal(g.note);
    // Each line's years in order, the lines in the legend's order.
    const legend = [...el.shadowRoot!.querySelectorAll('[part="legend"] button')].map((b) => b.getAttribute('data-item'));
    expect(records.map((r) => `${r.item}:${r.year}`)).to.deep.equal(legend.flatMap((item) => [2016, 2017, 2018, 2019, 2020].map((y) => `${item}:${y}`)));
    // A year the reports show only as a chart: the figure it is in, as its source.
    const progress = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress" items="joined-up"></pioneer-trend>'));
    expect(parseCsv(progress.toCsv()).records.map((r) => [r.year, r.value, r.source_survey, r.source_table, r.note].join('|'))).to.deep.equal([
      "2016||2019|figure:4.1|Shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers (the 2020 report's legend lists 2016 but its section 4 says the question was not asked in 2016).",
      '2017||2019|figure:4.1|Shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers.',
      '2018||2019|figure:4.1|Shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers.',
      "2019||2019|figure:4.1|Shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers (Table 4.4 prints 'substantial' and 'some' separately, not their combined percentage).",
      '2020||2020|figure:4.1|Shown only in Figure 4.1 of the 2020 report; not published as numbers.',
    ]);
  });

  it("the CSV's note column says what the chart says of a row and its columns cannot: 2020's base range (Table 5.2 prints bases 52–54, none per figure), 2019's dashes", async () => {
    const stack = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>'));
    const rows = parseCsv(stack.toCsv()).records;
    const y2020 = rows.filter((r) => r.year === '2020');
    expect(y2020.length).to.be.greaterThan(50);
    for (const r of y2020) {
      expect(r.base, `${r.item} ${r.response}`).to.equal('');
      expect(r.note, `${r.item} ${r.response}`).to.equal("base not printed for this figure; the report gives the bases of its Table 5.2 as 52–54");
    }
    // 2019 Table 5.2 prints "-" for GPs not committed, very significant, in the local authority column.
    const compare = await drawn(mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>'));
    const dash = parseCsv(compare.toCsv()).records.find((r) => r.item === 'gps-not-committed' && r.group === 'organisation:la')!;
    expect([dash.value, dash.base, dash.note]).to.deep.equal(['0', '21', 'printed as a dash ("-") in the 2019 report, which does not say what a dash means; shown as 0']);
    // Two figures of the Other column (base 15) are no whole number of informants (ANOMALIES.md item 13).
    const records = parseCsv(compare.toCsv()).records;
    const unfit = records.filter((r) => r.group === 'organisation:other' && ['increased-demand', 'information-governance'].includes(r.item));
    expect(unfit.map((r) => r.note)).to.deep.equal([
      '43% of 15 is no whole number of informants (6 of 15 is 40.0%, 7 of 15 is 46.7%): fewer may have answered than the printed base, or the figure is misprinted; both are as printed',
      '29% of 15 is no whole number of informants (4 of 15 is 26.7%, 5 of 15 is 33.3%): fewer may have answered than the printed base, or the figure is misprinted; both are as printed',
    ]);
    const plain = records.filter((r) => r.value !== '0' && !unfit.includes(r));
    expect(plain.length).to.be.greaterThan(20);
    for (const r of plain) expect(r.note, `${r.item} ${r.group}`).to.equal('');
  });

  it('SVG download parses as SVG, has no CSS variables left, and contains the title and source line', async () => {
    const el = await trend();
    const text = el.toSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.localName).to.equal('svg');
    expect(doc.querySelector('.export-source')!.textContent).to.contain('Table 4.1');
    expect(doc.querySelector('.export-title')!.textContent).to.match(/objectives/i);
    expect(text).to.not.contain('var(--');
    expect(doc.querySelectorAll('path.point, path[data-key]').length).to.be.greaterThan(0);
  });

  it('SVG download names and describes itself: <title> the chart title, <desc> its summary and source line, no shadow-DOM parts', async () => {
    const el = await trend();
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const root = doc.documentElement;
    const title = el.shadowRoot!.querySelector('.title')!.textContent!.trim();
    expect(root.firstElementChild!.localName).to.equal('title');
    expect(root.firstElementChild!.textContent).to.equal(title);
    const desc = root.querySelector(':scope > desc')!.textContent!;
    expect(desc.startsWith(el.summary), desc).to.equal(true);
    expect(desc.endsWith(`Data from: ${el.citation()}`), 'ends with the full reference').to.equal(true);
    expect(desc).to.contain(el.shadowRoot!.querySelector('.source')!.textContent!.trim());
    // Each part a sentence: the source line ends with a full stop before the notes (the trend has some).
    const source = el.shadowRoot!.querySelector('.source')!.textContent!.trim();
    const firstNote = [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).find(Boolean)!;
    expect(firstNote, 'the chart has a note').to.be.a('string');
    expect(desc).to.contain(`${source}. ${firstNote}`);
    expect(doc.querySelectorAll('[part]')).to.have.length(0);
    // The marks keep their ids and values.
    expect(doc.querySelector('path[data-key][data-value]')).to.not.equal(null);
  });

  it('SVG download carries the notes shown under the chart (why years have no value), wrapped to its width', async () => {
    const el = await trend();
    const shown = [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
    expect(shown.join(' ')).to.match(/Gaps in|No figures/);
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const lines = [...doc.querySelectorAll('.export-note')].map((t) => t.textContent!);
    expect(lines.join(' ')).to.equal(shown.join(' '));
    const width = Number(doc.documentElement.getAttribute('width'));
    const size = Number(doc.querySelector('.export-note')!.getAttribute('font-size'));
    for (const line of lines) expect(textWidth(line, size), line).to.be.at.most(width);
    // Below the source line, inside the image.
    const ys = [...doc.querySelectorAll('.export-note')].map((t) => Number(t.getAttribute('y')));
    expect(Math.min(...ys)).to.be.greaterThan(Math.max(...[...doc.querySelectorAll('.export-source tspan')].map((s) => Number(s.getAttribute('y')))));
    expect(Math.max(...ys)).to.be.lessThan(Number(doc.documentElement.getAttribute('height')));
  });

  it('SVG download of a trend carries a key in place of the HTML legend: each drawn line\'s marker, colour and whole label', async () => {
    const items = ['joined-up', 'unplanned-admissions', 'quality-of-care', 'manage-own-care', 'quality-of-life', 'reducing-costs', 'accessible-services', 'greater-say'];
    const el = await drawn(mount<PioneerTrend>(`<pioneer-trend measure="objective" items="${items.join(',')}"></pioneer-trend>`, 900));
    // One line hidden from the legend: the key lists the lines drawn.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.legend button[data-item="greater-say"]')!.click();
    await el.updateComplete;
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const keys = [...doc.querySelectorAll('.export-key')];
    expect(keys).to.have.length(7);
    const width = Number(doc.documentElement.getAttribute('width'));
    const sourceY = Number(doc.querySelector('.export-source tspan')!.getAttribute('y'));
    const chartBottom = Number(/translate\(0,([\d.]+)\)/.exec(doc.querySelector('g > svg')!.parentElement!.getAttribute('transform')!)![1]) +
      Number(doc.querySelector('g > svg')!.getAttribute('height'));
    for (const [i, item] of items.slice(0, 7).entries()) {
      const k = keys[i];
      const point = el.shadowRoot!.querySelector(`g.line-series[data-item="${item}"] path.point`)!;
      // The whole label (the direct label at the line's end may be cut short), the line's marker and colour.
      const label = [...k.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(label).to.equal(el.shadowRoot!.querySelector(`.legend button[data-item="${item}"]`)!.textContent!.replace(/\s+/g, ' ').trim());
      expect(k.querySelector('path')!.getAttribute('d')).to.equal(point.getAttribute('d'));
      const probe = document.createElement('span');
      probe.style.color = k.querySelector('path')!.getAttribute('fill')!;
      document.body.appendChild(probe);
      expect(getComputedStyle(probe).color, item).to.equal(getComputedStyle(point).fill);
      probe.remove();
      // Inside the image, between the chart and the source line.
      const [x, y] = /translate\(([\d.]+),([\d.]+)\)/.exec(k.getAttribute('transform')!)!.slice(1).map(Number);
      expect(x).to.be.at.least(0);
      for (const t of k.querySelectorAll('text')) expect(x + Number(t.getAttribute('x')) + textWidth(t.textContent!, Number(t.getAttribute('font-size')))).to.be.at.most(width);
      expect(y).to.be.at.least(chartBottom);
      expect(y + 12).to.be.lessThan(sourceY);
    }
    expect(doc.documentElement.outerHTML).not.to.contain('var(--');
    expect(doc.documentElement.outerHTML).not.to.contain('having a greater say');
  });

  it('SVG download of the progress trend keys an item the reports only chart as the legend does: its marker hollow and dashed, no line', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress" items="reducing-costs,joined-up"></pioneer-trend>', 700));
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const keys = [...doc.querySelectorAll('.export-key')];
    // In questionnaire order: joined-up (no value in any year), then reducing costs (its 53%, 2019 prose).
    expect(keys.map((k) => [...k.querySelectorAll('text')].map((t) => t.textContent).join(' '))).to.deep.equal([
      'Patients/service users are now able to experience services that are more joined up (no published value)',
      'On average, per patient/service user health and social care costs have decreased',
    ]);
    expect(keys[1].querySelector('line'), 'a line for the item with a value').to.not.equal(null);
    expect(keys[1].querySelector('path')!.getAttribute('fill')).to.not.equal('none');
    expect(keys[0].querySelector('line'), 'no line for the charted-only item').to.equal(null);
    expect([keys[0].querySelector('path')!.getAttribute('fill'), keys[0].querySelector('path')!.getAttribute('stroke-dasharray')]).to.deep.equal(['none', '2 1.5']);
  });

  it('SVG downloads of several charts inlined in one page keep their own textures (no id shared between files)', async () => {
    const charts = await Promise.all(
      ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', '<barrier-stack measure="facilitator" year="2019"></barrier-stack>', '<pioneer-compare measure="barrier"></pioneer-compare>', '<pioneer-compare measure="facilitator" response="very"></pioneer-compare>'].map((m) =>
        drawn(mount<PioneerTrend>(m)),
      ),
    );
    const files = charts.map((c) => c.toSvg());
    const page = mount<HTMLDivElement>('<div></div>');
    for (const f of files) page.appendChild(document.importNode(new DOMParser().parseFromString(f, 'image/svg+xml').documentElement, true));
    const ids = [...page.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).to.be.greaterThan(4);
    expect(new Set(ids).size, 'ids unique on the page').to.equal(ids.length);
    // Every texture a file uses is its own file's pattern.
    for (const svg of page.querySelectorAll(':scope > svg')) {
      const used = [...svg.querySelectorAll('[fill^="url("]')].map((e) => /url\(["']?#([^)"']+)["']?\)/.exec(e.getAttribute('fill')!)![1]);
      expect(used.length).to.be.greaterThan(0);
      for (const id of used) expect(svg.querySelector(`[id="${id}"]`), id).to.not.equal(null);
    }
    // The same chart exported twice is the same file.
    expect(charts[0].toSvg()).to.equal(files[0]);
  });

  it('SVG download of a narrow chart wraps its title and source line to the width: the whole citation stays in the image', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" items="financial-constraints,incompatible-it"></pioneer-trend>', 420));
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const width = Number(doc.documentElement.getAttribute('width'));
    expect(width).to.equal(420);
    const title = el.shadowRoot!.querySelector('.title')!.textContent!.trim();
    const source = el.shadowRoot!.querySelector('.source')!.textContent!.trim();
    expect(source).to.contain('survey 2020, Table 5.2');
    for (const [cls, whole] of [['export-title', title], ['export-source', source]] as const) {
      const t = doc.querySelector(`.${cls}`)!;
      expect(t.textContent, cls).to.equal(whole);
      const spans = [...t.querySelectorAll('tspan')];
      expect(spans.length, `${cls} lines`).to.be.greaterThan(1);
      const size = Number(t.getAttribute('font-size'));
      for (const s of spans) expect(textWidth(s.textContent!.trim(), size, cls === 'export-title'), s.textContent!).to.be.at.most(width);
    }
    // The chart sits below the title's last line, the source line below the chart.
    const ys = (cls: string) => [...doc.querySelectorAll(`.${cls} tspan`)].map((s) => Number(s.getAttribute('y')));
    const chartTop = Number(/translate\(0,([\d.]+)\)/.exec(doc.querySelector('g > svg')!.parentElement!.getAttribute('transform')!)![1]);
    expect(Math.max(...ys('export-title'))).to.be.lessThan(chartTop);
    expect(Math.min(...ys('export-source'))).to.be.greaterThan(chartTop + Number(doc.querySelector('g > svg')!.getAttribute('height')));
    expect(Math.max(...ys('export-source'))).to.be.lessThan(Math.min(...[...doc.querySelectorAll('.export-note')].map((n) => Number(n.getAttribute('y')))));
  });

  it('SVG download: a long bold title set in DejaVu Sans Bold (the command line\'s font) fits the width, measured by the browser', async () => {
    // 2019 Table 4.6's figure: the longest titles of the command line's --all set.
    const el = await drawn(mount<PioneerTrend>('<pioneer-compare measure="progress" dimension="deprivation"></pioneer-compare>', 800));
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const file = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    file.setAttribute('font-family', 'DejaVu Sans');
    const box = mount<HTMLDivElement>('<div></div>', 840);
    box.appendChild(file);
    await document.fonts.ready;
    const width = Number(file.getAttribute('width'));
    const title = file.querySelector('.export-title') as SVGTextElement;
    expect(getComputedStyle(title).fontWeight).to.match(/^(bold|[6-9]00)$/);
    const spans = [...title.querySelectorAll('tspan')] as SVGTSpanElement[];
    expect(spans.map((s) => s.textContent).join(' ').replace(/\s+/g, ' ')).to.contain('by level of deprivation (2019)');
    for (const s of spans) {
      const x = Number(s.getAttribute('x') ?? title.getAttribute('x') ?? 0);
      expect(x + s.getComputedTextLength(), s.textContent!).to.be.at.most(width);
    }
  });

  it('the longer description, on request, lists every value shown', async () => {
    const el = await trend();
    disclosureButton(el, 'description').click();
    expect(isOpen(el, 'description')).to.equal(true);
    const items = [...disclosure(el, 'description').querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    // Each gap's reason without "No figure published for 2016:", which the year before it says.
    expect(items).to.include('Improving quality of care for patients/service users: 2016 no figure (the question was not asked in 2016, the 2019 report, section 4); 2017 39%; 2018 48%; 2019 51%; 2020 no figure (the reports give this measure for 2017–2019)');
  });

  it('copies a citation naming the report and table', async () => {
    const el = await trend();
    expect(el.citation()).to.contain('Results from the fourth survey (autumn 2019) of Pioneer Key Informants');
    expect(el.citation()).to.contain('Table 4.1');
  });

  it('the download menu opens from the keyboard and closes on Escape', async () => {
    const el = await trend();
    disclosureButton(el, 'menu').focus();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(el, 'menu')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(isOpen(el, 'menu')).to.equal(false);
  });

  /**
   * Chooses a Download menu item as a keyboard user does (Enter on the menu's button, Tab to the
   * item, Enter) and returns the file the page saved (the link the element clicked).
   */
  async function chooseDownload(el: PioneerTrend | BarrierStack, action: string): Promise<{ name: string; blob: Blob | null; status: string }> {
    const root = el.shadowRoot!;
    const saved: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) saved.push({ name: this.download, href: this.href });
      else click.call(this);
    };
    try {
      const status = root.querySelector('.status')!;
      const before = status.textContent;
      disclosureButton(el, 'menu').focus();
      await sendKeys({ press: 'Enter' });
      expect(isOpen(el, 'menu'), 'Enter opens the menu').to.equal(true);
      const item = root.querySelector<HTMLButtonElement>(`.menu-items button[data-action="${action}"]`)!;
      for (let i = 0; i < 8 && root.activeElement !== item; i++) await sendKeys({ press: 'Tab' });
      expectSame(root.activeElement, item, 'Tab reaches the item');
      await sendKeys({ press: 'Enter' });
      expect(isOpen(el, 'menu'), 'a choice closes the menu').to.equal(false);
      expectSame(root.activeElement, disclosureButton(el, 'menu'), 'and leaves the focus on its button');
      for (let i = 0; i < 100 && status.textContent === before; i++) await new Promise((r) => setTimeout(r, 20));
      const file = saved[0];
      return { name: file?.name ?? '', blob: file ? await (await fetch(file.href)).blob() : null, status: status.textContent! };
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  }

  it('Download menu, from the keyboard: Data (CSV) saves the rows shown under a name from the title, and says so', async () => {
    const el = await trend();
    const { name, blob, status } = await chooseDownload(el, 'csv');
    expect(name).to.equal('most-important-objectives-outcomes-by-survey-year-quality-of-care-joined-up.csv');
    expect(blob!.type).to.match(/^text\/csv/);
    const { records } = parseCsv(await blob!.text());
    expect(records.map((r) => `${r.item}:${r.year}:${r.value}:${r.base}:${r.source_table}`).sort()).to.deep.equal([
      'joined-up:2016:::', 'joined-up:2017:65:105:4.1', 'joined-up:2018:76:85:4.1', 'joined-up:2019:58:67:4.1', 'joined-up:2020:::',
      'quality-of-care:2016:::', 'quality-of-care:2017:39:105:4.1', 'quality-of-care:2018:48:85:4.1', 'quality-of-care:2019:51:67:4.1', 'quality-of-care:2020:::',
    ]);
    expect(status).to.equal('Data downloaded as CSV.');
  });

  it('Data (CSV) starts with a UTF-8 byte order mark (Excel otherwise reads "52–54" as "52â€“54"); the file read back gives the same rows', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>'));
    const { blob } = await chooseDownload(el, 'csv');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.slice(1), 'the rest is the chart\'s CSV').to.equal(el.toCsv());
    expect(text, 'a note with an en dash').to.contain('52–54');
  });

  it('Data (CSV) read back through src draws the same marks and the same gaps with the same reasons, and downloads the same file again', async () => {
    for (const markup of [
      '<pioneer-trend measure="objective"></pioneer-trend>',
      '<pioneer-trend measure="progress"></pioneer-trend>',
      '<pioneer-trend measure="barrier"></pioneer-trend>',
      '<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>',
    ]) {
      const first = await drawn(mount<PioneerTrend | BarrierStack>(markup));
      const { blob } = await chooseDownload(first, 'csv');
      const csv = first.toCsv();
      const url = URL.createObjectURL(blob!);
      const again = mount<PioneerTrend | BarrierStack>(markup.replace('>', ` src="${url}">`));
      const t0 = performance.now();
      while (!again.marks.length && !again.message && performance.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 20));
      await drawn(again);
      expect(again.message, markup).to.equal(null);
      const root = (el: Element) => el.shadowRoot!;
      const gapMarks = (el: Element) => [...root(el).querySelectorAll('.gap-mark')].map((g) => g.getAttribute('data-key'));
      expect(gapMarks(again), `${markup}: gaps drawn`).to.deep.equal(gapMarks(first));
      expect(again.marks.map((m) => `${m.key} ${m.label}`), `${markup}: marks and their labels (a gap's reason)`).to.deep.equal(first.marks.map((m) => `${m.key} ${m.label}`));
      // What the chart says of its gaps under the legend (the count of items not shown aside: the file has only those drawn).
      const gapNote = (el: Element) => root(el).querySelector('.legend + .note')?.textContent!.replace(/ ?Showing the \d+ of \d+ items.*$/, '') ?? null;
      if (markup.startsWith('<pioneer-trend')) expect(gapNote(first), markup).to.match(/^(Gaps in|No figures were published|First reported)/);
      expect(gapNote(again), `${markup}: the note on the gaps`).to.equal(gapNote(first));
      expect(again.shadowRoot!.querySelector('.source')!.textContent, `${markup}: the source line`).to.equal(first.shadowRoot!.querySelector('.source')!.textContent);
      expect(again.toCsv(), `${markup}: the second download`).to.equal(csv);
      URL.revokeObjectURL(url);
      cleanup();
    }
  });

  it('a CSV file saved with semicolons (a spreadsheet in a German, French or Dutch locale): the message says so, not "measure: missing"', async () => {
    const csv = 'measure;item;item_label;year;group;response;value;unit;base;source_survey;source_table\r\nobjective;gwyl;Gwyl;2021;all;selected;52,5;percent;60;2021;Tabl 2\r\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const el = mount<PioneerTrend>(`<pioneer-trend measure="objective" src="${url}#t.csv"></pioneer-trend>`);
    const t0 = performance.now();
    while (!el.shadowRoot?.querySelector('[part="message"]') && performance.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 20));
    const message = el.shadowRoot!.querySelector('[part="message"]')!.textContent!;
    expect(message).to.match(/separated by semicolons/);
    expect(message).to.not.match(/missing/);
  });

  it('a semicolon CSV with quoted text (a spreadsheet quoting every text cell, or a label with a semicolon) is named as such first, not as quote errors', () => {
    const { errors } = parseCsv('"measure";"item";"item_label";"year"\r\n"barrier";"a";"Staff; shortages";2022\r\n');
    expect(errors.map((e) => e.message)).to.have.length(1);
    expect(errors[0].message).to.match(/^the fields are separated by semicolons/);
  });

  it('Download menu: Chart (SVG) saves the standalone figure; Chart (PNG, 2×) saves it at twice its size', async () => {
    const el = await trend();
    const svg = await chooseDownload(el, 'svg');
    expect(svg.name).to.equal('most-important-objectives-outcomes-by-survey-year-quality-of-care-joined-up.svg');
    const doc = new DOMParser().parseFromString(await svg.blob!.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('.export-source')!.textContent).to.contain('Table 4.1');
    expect(svg.status).to.equal('Chart downloaded as SVG.');
    const png = await chooseDownload(el, 'png');
    expect(png.name).to.equal('most-important-objectives-outcomes-by-survey-year-quality-of-care-joined-up.png');
    expect(png.blob!.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png.blob!);
    const size = [Number(doc.documentElement.getAttribute('width')), Number(doc.documentElement.getAttribute('height'))];
    expect([bitmap.width, bitmap.height]).to.deep.equal(size.map((n) => n * 2));
    expect(png.status).to.equal('Chart downloaded as PNG.');
    // The PNG carries the title and the description with the full reference, as the SVG does.
    const texts = pngTextChunks(new Uint8Array(await png.blob!.arrayBuffer()));
    expect(texts.Title).to.equal(doc.querySelector(':scope > title')!.textContent);
    expect(texts.Description).to.equal(doc.querySelector(':scope > desc')!.textContent);
    expect(texts.Description).to.contain('Table 4.1').and.contain('London School of Hygiene & Tropical Medicine');
    // Anything that is not a PNG is left as it is (no throw on a short one).
    for (const bytes of [new Uint8Array(0), new Uint8Array(20), new TextEncoder().encode('not a png at all, but longer than thirty-three bytes')]) {
      expect(pngWithText(bytes, [['Title', 'x']])).to.equal(bytes);
    }
    // The title that opens the file, not a mark's own <title> further in.
    expect(svgTextEntries('<svg xmlns="x"><title/><desc>d</desc><g><title>a mark</title></g></svg>')[0]).to.deep.equal(['Title', '']);
  });

  it('Download menu: Copy citation copies it, or shows it where the clipboard is refused', async () => {
    const el = await trend();
    const { blob, status } = await chooseDownload(el, 'cite');
    expect(blob).to.equal(null);
    // Headless Chromium may refuse the clipboard: then the citation is shown to copy by hand.
    expect([`Citation copied: ${el.figureCitation()}`, `Citation: ${el.figureCitation()}`]).to.include(status);
    // The figure's title and its source line with base n, then the report's full reference.
    const [figure, ...reports] = el.figureCitation().split('\n');
    const title = el.shadowRoot!.querySelector('.title')!.textContent!.trim();
    const source = el.shadowRoot!.querySelector('.source')!.textContent!.trim();
    expect(figure).to.equal(`${title}. ${source}.`);
    expect(figure).to.match(/Table 4\.1; bases? \d+/);
    expect(reports).to.deep.equal(el.citation().split('\n'));
    expect(status).to.contain('Erens B, Durand MA');
  });

  it('the status line is a live region in the accessibility tree before its first message, and the same message twice still changes it', async () => {
    const el = await trend();
    type Ax = { role?: string; name?: string; children?: Ax[] };
    const statusNodes = async () => {
      const found: Ax[] = [];
      const walk = (n: Ax) => {
        if (n.role === 'status') found.push(n);
        n.children?.forEach(walk);
      };
      walk((await a11ySnapshot({})) as unknown as Ax);
      return found;
    };
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('');
    // A region that appears only with its first message is often not read by screen readers.
    expect(await statusNodes(), 'an empty status region is already there').to.have.length(1);
    expect(el.shadowRoot!.querySelector('.status')!.getBoundingClientRect().height, 'and takes no room').to.equal(0);
    const first = await chooseDownload(el, 'csv');
    expect(first.status).to.equal('Data downloaded as CSV.');
    // Said where the reader is looking: under the Download button, above the chart (not at the
    // foot of a tall figure, out of view).
    const status = el.shadowRoot!.querySelector('.status')!.getBoundingClientRect();
    const button = disclosureButton(el, 'menu').getBoundingClientRect();
    const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    expect(status.top, 'below the Download button').to.be.at.least(button.bottom - 1);
    expect(status.bottom, 'above the chart').to.be.at.most(plot.top + 1);
    const second = await chooseDownload(el, 'csv');
    expect(second.status, 'changed, so it is read again').to.not.equal(first.status);
    expect(second.status.trim()).to.equal('Data downloaded as CSV.');
  });

  it('in table mode "Describe this chart" (of the hidden chart) is hidden too, and out of the tab order', async () => {
    const el = await trend();
    const description = disclosure(el, 'description');
    expect(description.getBoundingClientRect().height).to.be.greaterThan(0);
    el.mode = 'table';
    await el.updateComplete;
    expect(getComputedStyle(description).display).to.equal('none');
    const button = disclosureButton(el, 'description');
    button.focus();
    expect(el.shadowRoot!.activeElement, 'not focusable').to.not.equal(button);
    el.mode = 'chart';
    await el.updateComplete;
    expect(getComputedStyle(description).display).to.not.equal('none');
  });

  it('theme="dark" switches the colours', async () => {
    const el = await trend();
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(getComputedStyle(figure).backgroundColor).to.equal('rgb(255, 255, 255)');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(figure).backgroundColor).to.equal('rgb(22, 22, 22)');
    expect(getComputedStyle(figure).color).to.equal('rgb(236, 236, 236)');
  });

  it('axe-core finds no WCAG 2.2 AA violation, in chart and table mode, light and dark', async () => {
    const el = await trend();
    expect(await axeViolations(el)).to.deep.equal([]);
    el.mode = 'table';
    el.theme = 'dark';
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('redraws for paper: a chart wider than a page\'s text column (680 px) is drawn 680 wide while printing, so its labels print at their size', async () => {
    const wide = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>', 1000));
    const narrow = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>', 500));
    const viewWidth = (el: PioneerTrend) => Number(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
    expect([viewWidth(wide), viewWidth(narrow)]).to.deep.equal([1000, 500]);
    window.dispatchEvent(new Event('beforeprint'));
    expect([viewWidth(wide), viewWidth(narrow)], 'while printing').to.deep.equal([680, 500]);
    expect(wide.shadowRoot!.querySelectorAll('path.point'), 'the same marks').to.have.length(3);
    window.dispatchEvent(new Event('afterprint'));
    expect([viewWidth(wide), viewWidth(narrow)], 'after printing').to.deep.equal([1000, 500]);
  });

  it('on paper a chart taller than the page is scaled to fit one page, whole (not cut through its axis)', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" height="2400"></pioneer-trend>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().height, 'on screen, as tall as asked').to.be.closeTo(2400, 1);
    await emulateMedia({ media: 'print' });
    try {
      const box = svg.getBoundingClientRect();
      expect(box.height).to.be.at.most(window.innerHeight * 0.92 + 1);
      // Scaled, not cropped: the drawing keeps its proportions.
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      expect(box.width / box.height).to.be.closeTo(w / h, 0.01);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('closes the Download menu when the focus leaves it, so it never covers the marks a reader tabs to', async () => {
    const el = await trend();
    const root = el.shadowRoot!;
    disclosureButton(el, 'menu').focus();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(el, 'menu')).to.equal(true);
    // Tab through the items: the menu stays open while the focus is in it…
    const items = disclosure(el, 'menu').querySelectorAll('.menu-items button');
    for (let i = 0; i < items.length; i++) {
      await sendKeys({ press: 'Tab' });
      expectSame(root.activeElement, items[i], `Tab reaches item ${i + 1}`);
      expect(isOpen(el, 'menu'), `on item ${i + 1}`).to.equal(true);
    }
    // …and closes when Tab goes on to the chart.
    await sendKeys({ press: 'Tab' });
    expectSame(root.activeElement, root.querySelector('svg'));
    expect(isOpen(el, 'menu')).to.equal(false);
  });

  it('a hover tooltip is dismissed with Escape wherever the focus is, and stays hidden on that mark (WCAG 1.4.13)', async () => {
    const el = await trend();
    const root = el.shadowRoot!;
    const point = root.querySelector('path.point[data-key]')!;
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    point.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(tip.hidden).to.equal(false);
    expectSame(root.activeElement, null); // the focus is not on the chart
    await sendKeys({ press: 'Escape' });
    expect(tip.hidden).to.equal(true);
    point.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(tip.hidden, 'the same mark again: still dismissed').to.equal(true);
    // Leaving the chart and coming back shows it again.
    root.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    point.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(tip.hidden).to.equal(false);
  });

  it('a hover tooltip can be reached by the pointer: it stays while the pointer moves onto it, and goes when the pointer leaves (WCAG 1.4.13)', async () => {
    const el = await trend();
    const root = el.shadowRoot!;
    const svgEl = root.querySelector('svg')!;
    const point = root.querySelector('path.point[data-key]')!;
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    expect(getComputedStyle(tip).pointerEvents).to.equal('auto');
    point.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    // Off the mark, over the plot's background on the way to the tooltip…
    svgEl.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    svgEl.dispatchEvent(new PointerEvent('pointerleave'));
    tip.dispatchEvent(new PointerEvent('pointerenter'));
    await wait(600);
    expect(tip.hidden, 'on the tooltip, it stays').to.equal(false);
    tip.dispatchEvent(new PointerEvent('pointerleave'));
    await wait(600);
    expect(tip.hidden, 'left, it goes').to.equal(true);
    // Off the mark and not onto the tooltip: it goes after a moment.
    point.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    svgEl.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(tip.hidden).to.equal(false);
    await wait(600);
    expect(tip.hidden).to.equal(true);
  });

  it('a chart taller than the window scrolls the mark the keyboard moves to into view', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" height="3000"></pioneer-trend>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.focus();
    window.scrollTo(0, 0);
    await sendKeys({ press: 'End' });
    const focused = el.shadowRoot!.querySelector('svg .focused')!;
    const box = focused.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(window.innerHeight + 0.5);
    expect(box.top).to.be.at.least(-0.5);
    window.scrollTo(0, 0);
  });

  it('a misspelt attribute name is said under the chart and once in the console, with the attribute meant; the chart still draws', async () => {
    let el!: BarrierStack;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" yaer="2019" data-cms="1" x-data="{}" hx-get="/x"></barrier-stack>'));
    });
    const note = el.shadowRoot!.querySelector('[part="attribute-note"]')!.textContent!;
    expect(note).to.equal('yaer="2019" is ignored: <barrier-stack> has no attribute "yaer". Did you mean year?');
    expect(warnings.filter((w) => w.includes('yaer'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('yaer'))).to.match(/Its attributes: [a-z-]+(, [a-z-]+)*\.$/).and.to.match(/ measure, year, /);
    // Drawn, with the default year; attributes not meant for the chart (a CMS's, a framework's) say nothing.
    expect(el.marks.length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('2020');
    expect(warnings.join(' ')).not.to.match(/data-cms|x-data|hx-get/);
  });

  it('a long value of a misspelt attribute, or of one in curly quotes, is shortened in its note, as in every other attribute message', async () => {
    const long = 'x'.repeat(5000);
    const shown = `${'x'.repeat(57)}…`;
    let el!: BarrierStack;
    await captureWarnings(async () => {
      el = await drawn(mount<BarrierStack>(`<barrier-stack measure="barrier" yaer="${long}" sort=\u201C${long}\u201D></barrier-stack>`));
    });
    const note = el.shadowRoot!.querySelector('[part="attribute-note"]')!.textContent!;
    expect(note).to.contain(`yaer="${shown}" is ignored: <barrier-stack> has no attribute "yaer". Did you mean year?`);
    expect(note).to.contain(`sort=\u201C${'x'.repeat(56)}… was in curly quotes (\u201C \u201D), as a word processor types them: it is read as sort="${shown}".`);
    expect(note.length).to.be.below(600);
  });

  it('values in curly quotes, as Word or a CMS editor types them (year=”2019”), are read without them and said under the chart; a value cut at its space by them leaves an attribute that is said too', async () => {
    let stack!: BarrierStack, reference!: BarrierStack, trendEl!: PioneerTrend;
    const warnings = await captureWarnings(async () => {
      stack = await drawn(mount<BarrierStack>('<barrier-stack measure=\u201Cbarrier\u201D year=\u201D2019\u201D></barrier-stack>'));
      reference = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
      trendEl = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items=\u201Cquality-of-care, joined-up\u201D></pioneer-trend>'));
    });
    expect(stack.message).to.equal(null);
    expect(stack.summary).to.equal(reference.summary);
    const note = stack.shadowRoot!.querySelector('[part="attribute-note"]')!.textContent!;
    expect(note).to.contain('year=\u201D2019\u201D was in curly quotes (\u201C \u201D), as a word processor types them: it is read as year="2019". Retype them as straight quotes');
    expect(note).to.contain('measure=\u201Cbarrier\u201D was in curly quotes');
    expect(stack.getAttribute('year'), 'set again without them').to.equal('2019');
    expect(warnings.filter((w) => w.startsWith('<barrier-stack>') && w.includes('curly'))).to.have.length(1);
    // items=“quality-of-care, joined-up”: HTML ends the value at the space.
    expect(trendEl.message).to.equal(null);
    expect([...new Set(trendEl.marks.map((m) => m.key.split('|')[0]))]).to.deep.equal(['quality-of-care']);
    const trendNote = trendEl.shadowRoot!.querySelector('[part="attribute-note"]')!.textContent!;
    expect(trendNote).to.contain('joined-up\u201D is ignored: it looks like the end of a value in curly quotes');
    expect(trendNote).to.contain('items=\u201Cquality-of-care, was in curly quotes');
    // Every attribute reads the value meant: a number, the theme's selectors, a label.
    let other!: BarrierStack;
    await captureWarnings(async () => {
      other = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019" height=\u201D900\u201D theme=\u201Cdark\u201D></barrier-stack>'));
    });
    expect(other.message).to.equal(null);
    expect(other.shadowRoot!.querySelector('svg')!.getAttribute('height')).to.equal('900');
    expect(getComputedStyle(other.shadowRoot!.querySelector('figure')!).backgroundColor, 'theme dark').to.equal('rgb(22, 22, 22)');
  });

  it('a tag written self-closing (<barrier-stack … />) holds the chart after it, which is hidden: the chart that can be seen says so, whichever is connected first', async () => {
    let outer!: BarrierStack;
    const warnings = await captureWarnings(async () => {
      outer = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"/><pioneer-trend measure="objective"></pioneer-trend>'));
    });
    const inner = outer.querySelector('pioneer-trend')!;
    expect(inner, 'the parser put the trend inside the stack').to.not.equal(null);
    expect(inner.getBoundingClientRect().width, 'so it is not shown').to.equal(0);
    const note = () => outer.shadowRoot!.querySelector('[part="attribute-note"]')?.textContent ?? '';
    expect(note()).to.equal('<pioneer-trend> is inside this <barrier-stack>, which shows nothing written inside it: was its tag written self-closing (<barrier-stack … />)? HTML does not close these elements that way: write <barrier-stack …></barrier-stack>.');
    expect(warnings.filter((w) => w.includes('self-closing'))).to.have.length(1);
    expect(outer.marks.length, 'the outer chart draws').to.be.greaterThan(0);
    // A chart added inside one already on the page.
    const later = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    expect(later.shadowRoot!.querySelector('[part="attribute-note"]')).to.equal(null);
    await captureWarnings(async () => {
      later.append(document.createElement('pioneer-compare'));
      await later.updateComplete;
    });
    expect(later.shadowRoot!.querySelector('[part="attribute-note"]')!.textContent).to.contain('<pioneer-compare> is inside this <barrier-stack>');
    // A filter bar and its chart parsed into a chart after it was checked: the chart inside the bar tells it.
    const third = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    await captureWarnings(async () => {
      const bar = document.createElement('div');
      bar.innerHTML = '<pioneer-filters controls="year"><pioneer-trend measure="objective"></pioneer-trend></pioneer-filters>'; // test-authored markup
      third.append(bar.firstElementChild!);
      await third.updateComplete;
    });
    expect(third.shadowRoot!.querySelector('[part="attribute-note"]')!.textContent).to.contain('<pioneer-filters> is inside this <barrier-stack>');
  });

  it('in a sidebar 160 px wide, the Chart/Table switch and the Download button wrap inside the column, not past its edge', async () => {
    for (const markup of ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', '<pioneer-trend measure="objective"></pioneer-trend>', '<pioneer-compare measure="barrier"></pioneer-compare>']) {
      const el = await drawn(mount<PioneerTrend>(markup, 160));
      const box = el.getBoundingClientRect();
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.controls button')];
      expect(controls.length, markup).to.be.greaterThan(2);
      for (const c of controls) expect(c.getBoundingClientRect().right, `${markup}: ${c.textContent!.trim()}`).to.be.at.most(box.right + 0.5);
    }
  });

  it('a box too small only for a moment, as a page first lays it out (Storybook\'s docs pages laid charts out 0 px wide, then 760 px), gets its note at once and no console warning', async () => {
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    };
    const warnings = await captureWarnings(async () => {
      const zero = mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>', 0);
      const narrow = mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 160);
      await Promise.all([zero.updateComplete, drawn(narrow)]);
      await frames(3);
      const noteOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!;
      expect(noteOf(zero).textContent, 'said under the chart at once').to.contain('0 px wide');
      expect(noteOf(narrow).textContent, 'said under the chart at once').to.contain('shrunk to fit');
      // The page's layout settles: both get room.
      (zero.parentElement as HTMLElement).style.width = '640px';
      (narrow.parentElement as HTMLElement).style.width = '640px';
      await frames(3);
      expect(noteOf(zero).hidden).to.equal(true);
      expect(noteOf(narrow).hidden).to.equal(true);
      await new Promise((r) => setTimeout(r, 1100));
    });
    expect(warnings.filter((w) => /0 px wide|shrunk to fit/.test(w))).to.deep.equal([]);
  });

  it('squeezed to a pixel or two, a chart says its text is drawn at less than 1% of its size, not at "0%"', async () => {
    let el!: BarrierStack;
    await captureWarnings(async () => {
      el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 1));
      for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    });
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!;
    expect(note.textContent).to.match(/^This chart is 1 px wide, less than the \d+ px it is drawn at, so it is shrunk to fit and its text drawn at less than 1% of its size\./);
    expect(narrowNoteOf(200, 240)).to.contain('drawn at 83% of its size');
  });

  it('narrower than the least width it draws at (a 160 px sidebar), a chart says under it, and once in the console, that it is shrunk and its text with it', async () => {
    let el!: BarrierStack;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 160));
      // The console is told once it has lasted a second (the layout settled).
      await new Promise((r) => setTimeout(r, 1100));
    });
    const svg = el.shadowRoot!.querySelector('svg')!;
    const drawnAt = Number(svg.getAttribute('width'));
    const shown = Math.round(svg.getBoundingClientRect().width);
    expect(drawnAt).to.be.greaterThan(shown);
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.equal(`This chart is ${shown} px wide, less than the ${drawnAt} px it is drawn at, so it is shrunk to fit and its text drawn at ${Math.round((100 * shown) / drawnAt)}% of its size. Give it a box at least ${drawnAt} px wide.`);
    expect(warnings.filter((w) => w.includes('shrunk to fit'))).to.have.length(1);
    // Wide enough, no note.
    const wide = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 400));
    expect(wide.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!.hidden).to.equal(true);
  });

  it('a chart that cannot be shown is named "Chart not shown", never by its tag', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objectve"></pioneer-trend>'));
    expect(el.message).to.contain('measure="objectve"');
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.equal('Chart not shown');
  });

  it('prints a chart whole on one page: its key, notes and source kept with it, a tall plot scaled to leave them room', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" height="3000"></pioneer-trend>'));
    await emulateMedia({ media: 'print' });
    try {
      const root = el.shadowRoot!;
      expect(getComputedStyle(root.querySelector('figure')!).breakInside).to.equal('avoid');
      expect(getComputedStyle(root.querySelector('.source')!).breakInside).to.equal('avoid');
      // The plot takes at most 72% of the page's height, so the title, key, notes and source fit beside it.
      const plot = root.querySelector('.plot svg')!.getBoundingClientRect();
      expect(plot.height).to.be.at.most(window.innerHeight * 0.72 + 0.5);
      expect(plot.height).to.be.greaterThan(window.innerHeight * 0.5);
      // With its table printed beneath, the figure may break (between the table's rows).
      el.printTable = true;
      await el.updateComplete;
      expect(getComputedStyle(root.querySelector('figure')!).breakInside).to.equal('auto');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints without controls, in black and white, with the table beneath when print-table is set', async () => {
    const el = await trend();
    el.printTable = true;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      const root = el.shadowRoot!;
      expect(getComputedStyle(root.querySelector('.controls')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('.table-host')!).display).to.equal('block');
      expect(root.querySelectorAll('.table-host tbody tr')).to.have.length(2);
      const line = root.querySelector('[data-item="quality-of-care"] path.line')!;
      expect(getComputedStyle(line).stroke).to.match(/rgb\((\d+), \1, \1\)/); // a grey
      // On paper the title stays with its chart, the key and the source line come before the
      // table (the page with the chart can be cited), kept with what is above it.
      expect(getComputedStyle(root.querySelector('.header')!).breakAfter).to.equal('avoid');
      expect(getComputedStyle(root.querySelector('.source')!).breakBefore).to.equal('avoid');
      const top = (sel: string) => root.querySelector(sel)!.getBoundingClientRect().top;
      expect(top('.legend'), 'key under the chart').to.be.greaterThan(top('.plot'));
      expect(top('.table-host'), 'table after the key').to.be.greaterThan(top('.legend'));
      expect(top('.source'), 'source line under the key').to.be.greaterThan(top('.legend'));
      expect(top('.table-host'), 'table after the source line').to.be.greaterThan(top('.source'));
      // The printed table: caption and heading kept with the first row, rows never split.
      const table = root.querySelector('.table-host table')!;
      expect(getComputedStyle(table.querySelector('caption')!).breakAfter).to.equal('avoid');
      // Under its chart the table is named on paper by its caption (in place of the chart it is not).
      expect(table.querySelector('caption')!.getBoundingClientRect().height).to.be.greaterThan(5);
      expect(getComputedStyle(table.querySelector('thead')!).display).to.equal('table-header-group');
      expect(getComputedStyle(table.querySelector('tbody tr')!).breakInside).to.equal('avoid');
      // The table printed in place of the chart (the table view): the source line comes last, at
      // the end of the table's own box (kept there with its last rows), and is printed once.
      el.mode = 'table';
      await el.updateComplete;
      expect(root.querySelector('.table-host .table-source')!.textContent, 'the table\'s source line').to.equal(root.querySelector('.source')!.textContent);
      expect(top('.table-host .table-source'), 'source line after the table').to.be.greaterThan(top('.table-host tbody tr:last-child'));
      expect(getComputedStyle(root.querySelector('.source')!).display, 'the figure\'s source line').to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
