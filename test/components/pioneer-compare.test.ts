/**
 * <pioneer-compare> in Chromium. Expectations come from the 2019 report's text (Tables 4.2,
 * 5.2, 5.3, 7.1 and the prose around them), not from the data files.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import { parseCsv } from '../../src/data/csv.js';
import { axeViolations, browseNodes } from '../a11y.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

const compare = (attrs: string, width = 720) => drawn(mount<PioneerCompare>(`<pioneer-compare ${attrs}></pioneer-compare>`, width));
const root = (el: PioneerCompare) => el.shadowRoot!;
const bar = (el: PioneerCompare, key: string) => root(el).querySelector<SVGRectElement>(`rect.bar[data-key="${key}"]`)!;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const legend = (el: PioneerCompare) => [...root(el).querySelectorAll('g.legend-entry text')].map((t) => t.textContent!.trim());
const notes = (el: PioneerCompare) => [...root(el).querySelectorAll('text.note')].map((t) => t.textContent).join(' ');
const rowOrder = (el: PioneerCompare) => [...root(el).querySelectorAll('g.row')].map((g) => g.getAttribute('data-item'));
const key = (el: PioneerCompare, k: string) => root(el).querySelector('svg')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('<pioneer-compare>', () => {
  afterEach(cleanup);

  it('<pioneer-compare measure="barrier" dimension="organisation"> is Table 5.2: 13 items × CCG/NHS, LA, Other', async () => {
    const el = await compare('measure="barrier" dimension="organisation"');
    expect(root(el).querySelectorAll('rect.bar')).to.have.length(39);
    expect(el.marks).to.have.length(39);
    expect(root(el).querySelector('figcaption')!.textContent).to.contain('by organisation type (2019)');
    expect(root(el).querySelector('.source')!.textContent).to.equal('Source: PIRU key informant survey 2019, Table 5.2; bases 28, 21, 15');
  });

  it('in browse mode a screen reader meets each row as its item and each group\'s value (2019 report Table 5.2)', async () => {
    const el = await compare('measure="barrier" dimension="organisation"');
    const nodes = await browseNodes(el.summary);
    // The legend (groups and bases) reads as text; each row is one image named by its values.
    expect(nodes.filter((n) => n.role === 'image')).to.have.length(13);
    expect(nodes.map((n) => n.name)).to.include('Local authority (n=21)');
    const row = nodes.find((n) => n.name.startsWith('Significant financial constraints'))!;
    expect(row.name).to.match(/^Significant financial constraints within the local health and social care economy: CCG\/NHS 36%, Local authority 57%, Other \d+%$/);
    expect(row.name.endsWith(`Other ${num(bar(el, 'financial-constraints|organisation:other'), 'data-value')}%`)).to.equal(true);
  });

  it('shows each base with the group name (CCG/NHS=28; LA=21; Other=15) and a small-base caution on all three', async () => {
    const el = await compare('measure="barrier" dimension="organisation"');
    expect(legend(el)).to.deep.equal(['CCG/NHS (n=28) ⚠ small base', 'Local authority (n=21) ⚠ small base', 'Other (n=15) ⚠ small base']);
    expect(notes(el)).to.contain("(this chart's cut-off, not the report's). The report warns that with its few informants the numbers in its sub-groups are small");
    expect(el.summary).to.contain('All groups have a base under 30');
  });

  it('the summary gives the 95% interval of the largest gap, not whether the two groups\' intervals overlap (they do here, yet the gap excludes 0)', async () => {
    const el = await compare('measure="barrier" dimension="tenure" show-intervals');
    expect(el.summary).to.contain('under 5 years in post 41%, 5+ years in post 16% (25 points; 95% interval of the gap 2 to 43 points).');
    expect(el.summary).to.not.contain('overlap');
    // Said under the chart too, on screen and on paper (not only in its accessible name).
    const shown = el.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;
    expect(shown.textContent).to.equal(el.summary);
    // Heard once: it is the chart's accessible name, so the paragraph is hidden from screen
    // readers while the chart is shown (not in the table view, where the chart is hidden).
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(el.summary);
    expect(shown.getAttribute('aria-hidden')).to.equal('true');
    el.mode = 'table';
    await el.updateComplete;
    expect(shown.hasAttribute('aria-hidden')).to.equal(false);
    el.mode = 'chart';
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shown).display).to.not.equal('none');
      expect(shown.getBoundingClientRect().height).to.be.greaterThan(10);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("progress by years in post (Table 4.6) says that the table's printed bases do not fit its percentages, which the intervals are drawn from", async () => {
    const el = await compare('measure="progress" dimension="tenure" show-intervals');
    expect(el.shadowRoot!.querySelector('.source-note')!.textContent).to.contain("Table 4.6 prints bases (under 5 years in post 34, 5+ years 21, less deprived 29, more deprived 26) that most of its percentages cannot be shares of");
    const barriers = await compare('measure="barrier" dimension="tenure" show-intervals');
    expect(barriers.shadowRoot!.querySelector<HTMLElement>('.source-note')!.hidden).to.equal(true);
  });

  it('puts no caution on a base of 30 or more: deprivation (34, 30) none; tenure only on 5+ years (25, not 39)', async () => {
    const dep = await compare('measure="barrier" dimension="deprivation"');
    expect(legend(dep)).to.deep.equal(['Less deprived sites (n=34 informants)', 'More deprived sites (n=30 informants)']);
    expect(root(dep).querySelector('.caution')).to.equal(null);
    expect(notes(dep)).to.not.contain('caution');
    const ten = await compare('measure="barrier" dimension="tenure"');
    expect(legend(ten)).to.deep.equal(['Under 5 years in post (n=39)', '5+ years in post (n=25) ⚠ small base']);
  });

  it("the Table view's headings say a group of sites' base is of informants, as its key does (Table 5.3: less deprived sites are 12, their informants 34); other groups' bases as before", async () => {
    const metas = async (attrs: string) => {
      const el = await compare(attrs);
      el.mode = 'table';
      await el.updateComplete;
      return [...root(el).querySelectorAll('thead th .col-meta')].map((m) => m.textContent!.trim());
    };
    expect(await metas('measure="barrier" dimension="deprivation"')).to.deep.equal(['base 34 informants; 2019 report Table 5.3', 'base 30 informants; 2019 report Table 5.3']);
    expect(await metas('measure="barrier" dimension="tenure"')).to.deep.equal(['base 39; 2019 report Table 5.3', 'base 25; 2019 report Table 5.3']);
  });

  it('bar lengths are proportional to the values: financial constraints LA 57% vs CCG/NHS 36% (Table 5.2)', async () => {
    const el = await compare('measure="barrier" dimension="organisation"');
    const la = bar(el, 'financial-constraints|organisation:la');
    const ccg = bar(el, 'financial-constraints|organisation:ccg-nhs');
    expect(num(la, 'data-value')).to.equal(57);
    expect(num(ccg, 'data-value')).to.equal(36);
    expect(num(la, 'width') / num(ccg, 'width')).to.be.closeTo(57 / 36, 0.005);
    // Increased demand: CCG/NHS 36% vs LA 19% — the same 36% draws the same length.
    expect(num(bar(el, 'increased-demand|organisation:ccg-nhs'), 'width')).to.be.closeTo(num(ccg, 'width'), 0.001);
    expect(root(el).querySelector(`[data-key="financial-constraints|organisation:la"]`)!.parentElement!.querySelector('text.value')!.textContent).to.equal('57%');
  });

  it('draws 95% intervals when show-intervals is set, and none otherwise', async () => {
    const el = await compare('measure="barrier" dimension="organisation"');
    expect(root(el).querySelectorAll('g.interval')).to.have.length(0);
    el.showIntervals = true;
    await drawn(el);
    expect(el.getAttribute('show-intervals')).to.equal('');
    expect(root(el).querySelectorAll('g.interval')).to.have.length(39);
    const mark = el.marks.find((m) => m.key === 'financial-constraints|organisation:la')!;
    expect(mark.label).to.contain('Local authority (n=21): 57% (95% CI 36–75%; 2019 report Table 5.2)');
    el.removeAttribute('show-intervals');
    await drawn(el);
    expect(root(el).querySelectorAll('g.interval')).to.have.length(0);
  });

  it('with show-intervals, its Data (CSV) gives each figure\'s 95% interval as the whiskers draw it, and still reads back as data', async () => {
    const el = await compare('measure="barrier" dimension="organisation"');
    expect(parseCsv(el.toCsv()).header).to.not.include('ci95_low');
    el.showIntervals = true;
    await drawn(el);
    const { header, records } = parseCsv(el.toCsv());
    expect(header.slice(-3)).to.deep.equal(['ci95_low', 'ci95_high', 'note']);
    expect(records.length).to.equal(39);
    // Table 5.2: 57% of the 21 LA informants; the whisker and the mark say 36–75%.
    const la = records.find((r) => r.item === 'financial-constraints' && r.group === 'organisation:la')!;
    expect([la.value, la.base, la.ci95_low, la.ci95_high]).to.deep.equal(['57', '21', '36.4', '75.4']);
    // Each end rounds to what the chart says: CCG/NHS's savings (29% of 28) end at 47.497, not 47.5, where the label says 47%.
    expect(records.find((r) => r.item === 'financial-savings' && r.group === 'organisation:ccg-nhs')!.ci95_high).to.equal('47.497');
    for (const mark of el.marks) {
      const [, low, high] = /95% CI (\d+)–(\d+)%/.exec(mark.label)!;
      const [item, group] = mark.key.split('|');
      const r = records.find((x) => x.item === item && x.group === group)!;
      expect([Math.round(Number(r.ci95_low)), Math.round(Number(r.ci95_high))], mark.key).to.deep.equal([Number(low), Number(high)]);
    }
    expect(el.marks.find((m) => m.key === 'financial-constraints|organisation:la')!.label).to.contain('95% CI 36–75%');
    // Every figure's interval holds its value.
    for (const r of records) {
      expect(Number(r.ci95_low), r.item).to.be.at.most(Number(r.value));
      expect(Number(r.ci95_high), r.item).to.be.at.least(Number(r.value));
    }
    const url = URL.createObjectURL(new Blob([el.toCsv()], { type: 'text/csv' }));
    try {
      const back = mount<PioneerCompare>(`<pioneer-compare measure="barrier" dimension="organisation" show-intervals src="${url}#data.csv"></pioneer-compare>`, 720);
      for (let i = 0; i < 100 && !back.marks.length && !back.message; i++) await new Promise((r) => setTimeout(r, 20));
      await drawn(back);
      expect(back.message).to.equal(null);
      expect(back.marks.map((m) => m.label)).to.deep.equal(el.marks.map((m) => m.label));
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('sort="gap" orders items by the CCG/NHS–LA gap, largest first; gap-groups picks the pair', async () => {
    const el = await compare('measure="barrier" dimension="organisation" sort="gap"');
    // Table 5.2: financial constraints 36 vs 57 (21), increased demand 36 vs 19 (17), acute services 21 vs 10 (11).
    expect(rowOrder(el).slice(0, 3)).to.deep.equal(['financial-constraints', 'increased-demand', 'acute-not-engaged']);
    // The default order is the questionnaire's (Table 5.1): financial constraints, increased demand, incompatible IT …
    el.sort = 'questionnaire';
    await drawn(el);
    expect(rowOrder(el).slice(0, 3)).to.deep.equal(['financial-constraints', 'increased-demand', 'incompatible-it']);
    // Table 6.2 (facilitators): LA vs CCG/NHS differ most on a simple economy (75 vs 32) and user feedback (52 vs 18).
    const fac = await compare('measure="facilitator" dimension="organisation" sort="gap" gap-groups="organisation:ccg-nhs,organisation:la"');
    expect(rowOrder(fac).slice(0, 2)).to.deep.equal(['simple-economy', 'user-feedback']);
    // Short form of gap-groups: LA vs Other on Table 5.2 — increased demand 19 vs 43 (24) first.
    const short = await compare('measure="barrier" dimension="organisation" sort="gap" gap-groups="la,other"');
    expect(rowOrder(short)[0]).to.equal('increased-demand');
  });

  it('mode="table" holds the same numbers as the marks, with each base in its column', async () => {
    const el = await compare('measure="barrier" dimension="organisation" mode="table"');
    const table = root(el).querySelector('.table-host table')!;
    expect(root(el).querySelector('.plot')!.classList.contains('off')).to.equal(true);
    const headers = [...table.querySelectorAll<HTMLElement>('thead th')].map((th) => th.innerText.replace(/\s+/g, ' ').trim());
    expect(headers).to.deep.equal([
      'Item',
      'Very significant, CCG/NHS base 28; 2019 report Table 5.2',
      'Very significant, Local authority base 21; 2019 report Table 5.2',
      'Very significant, Other base 15; 2019 report Table 5.2',
    ]);
    const groups = ['organisation:ccg-nhs', 'organisation:la', 'organisation:other'];
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(13);
    for (const tr of rows) {
      const item = tr.getAttribute('data-item')!;
      const cells = [...tr.querySelectorAll('td')].map((td) => Number(td.getAttribute('data-value')));
      const marks = groups.map((g) => num(bar(el, `${item}|${g}`), 'data-value'));
      expect(cells, item).to.deep.equal(marks);
    }
    const fin = [...rows.find((tr) => tr.getAttribute('data-item') === 'financial-constraints')!.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(fin).to.deep.equal(['36% (n=28)', '57% (n=21)', '40% (n=15)']);
  });

  it('says which groups a table does not publish, with their dimension (Table 7.1: no separate column for Other organisation types, and an item called Other)', async () => {
    const el = await compare('measure="priority"');
    expect(legend(el)).to.deep.equal(['CCG/NHS (n=23) ⚠ small base', 'Local authority (n=18) ⚠ small base']);
    // Named with its dimension: Table 7.1 also has an item called "Other".
    expect(notes(el)).to.contain('Other (organisation type): not published separately in Table 7.1');
    // Continue implementation: CCG/NHS 26%, LA 50%.
    expect(num(bar(el, 'continue-implementation|organisation:la'), 'data-value')).to.equal(50);
  });

  it("names the item of the largest gap mid-sentence, lowered, where its first word is followed by a comma (Table 4.2: reducing costs, CCG/NHS 18%, LA 39%)", async () => {
    const el = await compare('measure="objective" dimension="organisation"');
    const summary = root(el).querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain('The largest gap between CCG/NHS and local authority is for reducing, on average, per patient/service user health and social care costs: CCG/NHS 18%, local authority 39%');
  });

  it('names its groups mid-sentence in lower case, a name keeping its capitals (Table 5.3: under 5 years in post 41%, 5+ years 16%; less deprived 56%, more deprived 30%)', async () => {
    const ten = await compare('measure="barrier" dimension="tenure"');
    expect(ten.summary).to.contain('compared across 2 groups, under 5 years in post (n=39), 5+ years in post (n=25). The largest gap between under 5 years in post and 5+ years in post is for');
    const dep = await compare('measure="barrier" dimension="deprivation" sort="gap"');
    expect(dep.summary).to.contain('compared across 2 groups, less deprived sites (n=34 informants), more deprived sites (n=30 informants). The largest gap between less deprived sites and more deprived sites is for');
    expect(notes(dep)).to.contain('Sorted by the gap between less deprived sites and more deprived sites, largest first.');
  });

  it("says under the chart, with intervals or without, and in its Table view, that the 2019 report's Table 7.1 prints 8% of 18 LA informants for involving users, which no number of them gives (data/ANOMALIES.md item 10)", async () => {
    const said = "The 2019 report's Table 7.1 prints 8% of its 18 local authority informants for ‘Involve users / voluntary sector’, which is no whole number of informants (1 of 18 is 5.6%, 2 of 18 is 11.1%); it, and any interval drawn from it, are as printed.";
    for (const attrs of ['', 'mode="table"', 'show-intervals']) {
      const el = await compare(`measure="priority" dimension="organisation" year="2019" ${attrs}`);
      const note = root(el).querySelector<HTMLElement>('.source-note')!;
      expect(note.textContent, attrs).to.contain(said);
      expect(note.getClientRects().length, `${attrs}: shown`).to.be.greaterThan(0);
      // Said once: not again among the intervals' notes.
      expect(notes(el), attrs).to.not.contain('Involve users');
    }
    // Not under a comparison without that figure (2019 report Table 5.2).
    const other = await compare('measure="barrier" dimension="organisation"');
    expect(root(other).querySelector('.source-note')!.textContent).to.not.contain('Involve users');
  });

  it('defaults the response per measure (progress: substantial or some, Table 4.5; objectives: selected, Table 4.2)', async () => {
    const prog = await compare('measure="progress"');
    expect(root(prog).querySelector('.source')!.textContent).to.contain('Table 4.5');
    expect(num(bar(prog, 'joined-up|organisation:la'), 'data-value')).to.equal(100);
    const obj = await compare('measure="objective" dimension="tenure"');
    expect(root(obj).querySelector('.source')!.textContent).to.contain('Table 4.3');
    // Reducing costs: under 5 years 37% vs 5+ years 19%.
    expect(num(bar(obj, 'reducing-costs|tenure:under-5'), 'data-value')).to.equal(37);
    expect(num(bar(obj, 'reducing-costs|tenure:5-plus'), 'data-value')).to.equal(19);
  });

  it('items="…" limits the rows, in questionnaire order; its ids separated by commas, spaces or both', async () => {
    for (const items of ['increased-demand,financial-constraints', 'increased-demand financial-constraints', ' increased-demand ,  financial-constraints ']) {
      const el = await compare(`measure="barrier" items="${items}" gap-groups="la ccg-nhs"`);
      expect(el.message, items).to.equal(null);
      expect(rowOrder(el), items).to.deep.equal(['financial-constraints', 'increased-demand']);
      cleanup();
    }
  });

  it('says which figures no whole number of informants out of their printed base gives (2019 Table 5.2, Other, base 15: 43% and 29%), with intervals or without: it is about the figures as printed', async () => {
    const el = await compare('measure="barrier" dimension="organisation" show-intervals');
    const listed = 'Increased demand for existing services (Other: 43% of 15); Information governance regulations making it difficult to share patient/ service user information (Other: 29% of 15).';
    expect(notes(el).replace(/\s+/g, ' ')).to.contain(
      `No whole number of informants out of their printed base gives these figures, so fewer may have answered than the base, or the report misprints them; their intervals use the base as printed: ${listed}`,
    );
    // Without intervals it is said too, of the figures shown as printed; Table 4.6 (progress by
    // years in post), whose bases are off throughout, says so once in its own caveat instead.
    const plain = await compare('measure="barrier" dimension="organisation"');
    expect(notes(plain).replace(/\s+/g, ' ')).to.contain(
      `No whole number of informants out of their printed base gives these figures, so fewer may have answered than the base, or the report misprints them; they are shown as printed: ${listed}`,
    );
    const progress = await compare('measure="progress" dimension="tenure" show-intervals');
    expect(root(progress).querySelector('.source')!.textContent).to.contain('Table 4.6');
    expect(notes(progress)).to.not.contain('No whole number');
    expect(root(progress).querySelector('.source-note')!.textContent).to.contain('Bases, and any intervals drawn from them, are as printed.');
  });

  it('compares a dimension that custom data adds (wave), and gives no interval where a base is not printed', async () => {
    const row = (item: string, group: string, value: number, base: number | null) => ({
      measure: 'barrier', item, item_label: item === 'a' ? 'Barrier A' : 'Barrier B', year: 2019, group, response: 'very',
      value, unit: 'percent', base, source_survey: 2019, source_table: 'unit-data',
    });
    const el = mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="wave" show-intervals></pioneer-compare>');
    el.data = [row('a', 'wave:1', 50, 40), row('a', 'wave:2', 20, null), row('b', 'wave:1', 10, 40), row('b', 'wave:2', 30, null)];
    await drawn(el);
    expect(el.message).to.equal(null);
    expect(legend(el)).to.deep.equal(['Wave 1 (n=40 informants)', 'Wave 2 (n not printed)']);
    expect(root(el).querySelectorAll('g.interval')).to.have.length(2);
    expect(notes(el)).to.contain('No interval where the base is not printed: Barrier A (Wave 2); Barrier B (Wave 2)');
    expect(el.marks.find((m) => m.key === 'a|wave:2')!.label).to.contain('base not printed, so no interval');
    expect(root(el).querySelector('figcaption')!.textContent).to.contain('by Pioneer wave (2019)');
  });

  for (const [attr, bad, valid] of [
    ['dimension', 'wave', 'organisation, tenure, deprivation'],
    ['measure', 'sample-site', 'objective'],
    ['response', 'fairly', 'very'],
    ['year', '2018', '2019'],
    ['sort', 'size', 'questionnaire, gap'],
    ['gap-groups', 'organisation:ccg-nhs', '"ccg-nhs la"'],
    ['items', 'financial-constraint', 'financial-constraints'],
  ] as const) {
    it(`a bad ${attr} shows a message with the valid values and warns exactly once`, async () => {
      let el!: PioneerCompare;
      const warnings = await captureWarnings(async () => {
        el = await compare(attr === 'measure' ? `measure="${bad}"` : `measure="barrier" ${attr}="${bad}"`);
        el.requestUpdate();
        await el.updateComplete;
      });
      const msg = root(el).querySelector('[part="message"]')!.textContent!;
      expect(msg).to.contain(`${attr}="${bad}"`);
      expect(msg).to.contain(valid);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${attr}="${bad}"`);
      expect(root(el).querySelector('svg')).to.equal(null);
    });
  }

  it('a bad gap-groups message suggests pairs a shared Storybook link keeps, each of which the chart then draws', async () => {
    // Storybook keeps a link's arg only if it matches this (its URL check); a value with ':' or ',' is dropped.
    const URL_SAFE = /^[a-zA-Z0-9 _-]*$/;
    let el!: PioneerCompare;
    await captureWarnings(async () => {
      el = await compare('measure="barrier" dimension="organisation" sort="gap" gap-groups="la"');
    });
    // The examples after "e.g.", separated by " or ", each maybe in quotes.
    const examples = (el.message ?? '').split('e.g. ')[1] ?? '';
    const suggested = examples.replace(/\.$/, '').split(' or ').map((v) => v.replace(/^"|"$/g, '')).filter(Boolean);
    expect(suggested, el.message ?? '').to.have.length.above(0);
    for (const pair of suggested) {
      expect(pair, `the message's example "${pair}" would be dropped from a Storybook link`).to.match(URL_SAFE);
      el.setAttribute('gap-groups', pair);
      await drawn(el);
      expect(el.message, `gap-groups="${pair}"`).to.equal(null);
    }
  });

  it('keyboard: right/left move between groups, down/up between items; the live region reads the bar', async () => {
    const el = await compare('measure="barrier" dimension="organisation" show-intervals');
    const svg = root(el).querySelector('svg')!;
    svg.focus();
    const live = () => root(el).querySelector('.live')!.textContent!;
    expect(live()).to.match(/^Significant financial constraints .*, CCG\/NHS \(n=28\): 36%/);
    key(el, 'ArrowRight');
    expect(live()).to.contain('Local authority (n=21): 57% (95% CI 36–75%; 2019 report Table 5.2)');
    expect(root(el).querySelector('.focused')!.getAttribute('data-key')).to.equal('financial-constraints|organisation:la');
    key(el, 'ArrowDown');
    expect(root(el).querySelector('.focused')!.getAttribute('data-key')).to.equal('increased-demand|organisation:la');
    expect(live()).to.contain('Increased demand for existing services, Local authority (n=21): 19%');
    key(el, 'ArrowLeft');
    expect(root(el).querySelector('.focused')!.getAttribute('data-key')).to.equal('increased-demand|organisation:ccg-nhs');
    key(el, 'ArrowUp');
    expect(root(el).querySelector('.focused')!.getAttribute('data-key')).to.equal('financial-constraints|organisation:ccg-nhs');
    key(el, 'End');
    expect(root(el).querySelector('.focused')!.getAttribute('data-key')).to.equal('gps-not-committed|organisation:other');
  });

  it('is one tab stop: Tab reaches the chart, Home/End announce the ends with a visible outline, Tab leaves', async () => {
    const before = mount<HTMLButtonElement>('<button>before</button>');
    const el = await compare('measure="objective" dimension="deprivation"');
    before.focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = root(el).activeElement?.localName === 'svg';
    }
    expect(reached).to.equal(true);
    const live = () => root(el).querySelector('.live')!.textContent!;
    // Table 4.3: joined-up services, less deprived 66% (n=35).
    expect(live()).to.match(/^Patients\/service users experiencing more joined up services, Less deprived sites \(n=35 informants\): 66% \(2019 report Table 4.3\)\.$/);
    await sendKeys({ press: 'End' });
    expect(live()).to.equal(el.marks[el.marks.length - 1].label);
    // Greater say: more deprived 16% (n=32).
    expect(live()).to.contain('More deprived sites (n=32 informants): 16%');
    await sendKeys({ press: 'Home' });
    expect(live()).to.equal(el.marks[0].label);
    expect(getComputedStyle(root(el).querySelector('.focused')!).strokeWidth).to.equal('3px');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.localName).to.not.equal('svg');
  });

  it('a bar of 0% (printed as a dash), drawn 0 px wide, is outlined when the arrows reach it: a ring around where it is, gone with the focus', async () => {
    const el = await compare('measure="barrier" dimension="deprivation"');
    const svg = root(el).querySelector('svg')!;
    svg.focus();
    const zero = 'gps-not-committed|deprivation:less';
    expect(bar(el, zero).getBBox().width, 'the 0% bar').to.equal(0);
    key(el, 'End');
    key(el, 'ArrowLeft');
    expect(root(el).querySelector('.focused')!.getAttribute('data-key')).to.equal(zero);
    expect(root(el).querySelector('.live')!.textContent).to.contain('0%, printed as a dash');
    const ring = () => root(el).querySelector<SVGRectElement>('svg .focus-ring');
    const [mark, seen] = [bar(el, zero).getBoundingClientRect(), ring()!.getBoundingClientRect()];
    expect([seen.width, seen.height].map((n) => n >= 4), 'the ring is drawn with area').to.deep.equal([true, true]);
    expect(seen.left <= mark.left && seen.right >= mark.right && seen.top <= mark.top && seen.bottom >= mark.bottom, 'round the bar').to.equal(true);
    expect([getComputedStyle(ring()!).stroke, getComputedStyle(ring()!).fill]).to.deep.equal(['rgb(192, 0, 96)', 'none']);
    // A bar with area is outlined itself; no ring.
    key(el, 'ArrowRight');
    expect(bar(el, root(el).querySelector('.focused')!.getAttribute('data-key')!).getBBox().width).to.be.greaterThan(0);
    expect(ring()).to.equal(null);
    key(el, 'ArrowLeft');
    expect(ring()).to.not.equal(null);
    key(el, 'Escape');
    expect(ring()).to.equal(null);
  });

  it('fires pioneer-select {kind: group, measure, item, year, group, response} on Enter and on click', async () => {
    const el = await compare('measure="barrier" dimension="organisation"');
    const details: unknown[] = [];
    const listener = (e: Event) => details.push((e as CustomEvent).detail);
    document.body.addEventListener('pioneer-select', listener);
    try {
      root(el).querySelector('svg')!.focus();
      key(el, 'ArrowRight');
      key(el, 'Enter');
      bar(el, 'increased-demand|organisation:other').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    } finally {
      document.body.removeEventListener('pioneer-select', listener);
    }
    expect(details).to.deep.equal([
      { source: 'pioneer-compare', kind: 'group', measure: 'barrier', item: 'financial-constraints', year: 2019, group: 'organisation:la', response: 'very' },
      { source: 'pioneer-compare', kind: 'group', measure: 'barrier', item: 'increased-demand', year: 2019, group: 'organisation:other', response: 'very' },
    ]);
  });

  it('fills its container from 320 to 1400 px, wrapping labels in full, and honours a larger height', async () => {
    for (const width of [320, 1400]) {
      const el = await compare('measure="facilitator" dimension="organisation"', width);
      const svg = root(el).querySelector('svg')!;
      expect(num(svg, 'width')).to.equal(width);
      expect(svg.getBoundingClientRect().width).to.be.closeTo(width, 1);
      const label = root(el).querySelector('g.row[data-item="simple-economy"] text.item-label')!;
      expect(label.textContent).to.equal('Having a relatively simple health and social care economy (eg, one local authority and one CCG with co-terminus boundaries)');
      for (const rect of root(el).querySelectorAll('rect.bar')) expect(num(rect, 'x') + num(rect, 'width')).to.be.at.most(width);
    }
    const el = await compare('measure="barrier" height="1200"');
    expect(num(root(el).querySelector('svg')!, 'height')).to.equal(1200);
    expect(root(el).querySelector<HTMLElement>('[part="size-note"]')!.hidden).to.equal(true);
  });

  it('a height smaller than the rows need is drawn at the height they need, with a note and one warning naming height', async () => {
    let el!: PioneerCompare;
    const warnings = await captureWarnings(async () => {
      el = await compare('measure="barrier" height="200"');
    });
    const needed = num(root(el).querySelector('svg')!, 'height');
    expect(needed).to.be.greaterThan(200);
    const note = root(el).querySelector<HTMLElement>('[part="size-note"]')!;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain(`height="200" is less than the ${needed} px this chart needs at this width`);
    expect(warnings.filter((w) => w.includes('height="200"'))).to.have.length(1);
  });

  it('any height at least the rows need is drawn at that height, with no note (at 640 px, 947, 954 and 961 px were told they needed 1 px more)', async () => {
    const small = await compare('measure="barrier" dimension="organisation" height="300"', 640);
    const needed = num(root(small).querySelector('svg')!, 'height');
    // (Its notes have grown since those heights were seen: a few just over what it needs too.)
    const heights = [needed, needed + 1, needed + 6, needed + 13, 947, 948, 954, 961, 1000, 2019, 9999].filter((h) => h >= needed);
    expect(heights.length).to.be.greaterThan(5);
    const warnings = await captureWarnings(async () => {
      for (const h of heights) {
        const el = await compare(`measure="barrier" dimension="organisation" height="${h}"`, 640);
        expect(num(root(el).querySelector('svg')!, 'height'), `height="${h}"`).to.equal(h);
        expect(root(el).querySelector<HTMLElement>('[part="size-note"]')!.hidden, `height="${h}"`).to.equal(true);
      }
    });
    expect(warnings).to.deep.equal([]);
  });

  it('a filter-driven attribute change re-renders (year and measure are its filter attributes)', async () => {
    const ctor = customElements.get('pioneer-compare') as unknown as { filterAttributes: object };
    expect(ctor.filterAttributes).to.deep.equal({ year: 'year', measure: 'measure' });
    const el = await compare('measure="barrier" dimension="deprivation"');
    el.setAttribute('measure', 'facilitator');
    await drawn(el);
    expect(root(el).querySelector('.source')!.textContent).to.contain('Table 6.3');
    // Table 6.3: voluntary organisations involved, less deprived 45% vs more deprived 73%.
    expect(num(bar(el, 'voluntary-involved|deprivation:more'), 'data-value')).to.equal(73);
    el.setAttribute('year', '2019');
    await drawn(el);
    expect(el.message).to.equal(null);
  });

  it('forced colours leave every bar visible and keep the groups apart by texture', async () => {
    const el = await compare('measure="barrier" dimension="organisation" show-intervals');
    try {
      await executeServerCommand('emulate-forced-colors', { active: true });
      await new Promise((r) => requestAnimationFrame(r));
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const painted = (v: string) => v !== 'none' && !/rgba\(\d+, \d+, \d+, 0\)/.test(v);
      for (const m of root(el).querySelectorAll('svg [data-key]')) {
        const cs = getComputedStyle(m);
        expect(painted(cs.fill) || (painted(cs.stroke) && parseFloat(cs.strokeWidth) > 0), m.getAttribute('data-key')!).to.equal(true);
      }
      const fills = ['organisation:ccg-nhs', 'organisation:la', 'organisation:other'].map((g) => getComputedStyle(bar(el, `financial-constraints|${g}`)).fill);
      expect(new Set(fills).size).to.equal(3);
      expect(fills[1]).to.contain('url(');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('axe-core finds no violation: chart with intervals, table mode, dark theme, narrow', async () => {
    const el = await compare('measure="barrier" dimension="organisation" show-intervals');
    expect(await axeViolations(el)).to.deep.equal([]);
    el.mode = 'table';
    el.theme = 'dark';
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
    const narrow = await compare('measure="priority" sort="gap"', 320);
    expect(await axeViolations(narrow)).to.deep.equal([]);
  });

  it('on paper, a table caption of two lines is kept whole with its heading and first row, wherever a page ends (a narrow column)', async () => {
    // Pages are not measurable in a browser; a multi-column box is (Chromium breaks columns as
    // it breaks pages): each column a page, as wide as a narrow column (420 px, where the title
    // of Table 4.5's comparison wraps to two lines), of heights from the window's (what print's
    // vh measures) to twice that, so that a page ends at each point of the table's top.
    // Printed to PDF, the defect this guards was the caption's first line alone at the foot of
    // the chart's page, its second over the table's heading on the next.
    const colWidth = 420;
    const gap = 40;
    const pages = mount<HTMLDivElement>(
      '<div><pioneer-compare measure="progress" dimension="organisation" show-intervals print-table></pioneer-compare></div>',
      6 * (colWidth + gap) - gap,
    );
    pages.style.cssText = `columns: ${colWidth}px; column-gap: ${gap}px; column-fill: auto`;
    const el = await drawn(pages.querySelector<PioneerCompare>('pioneer-compare')!);
    // On paper the figure may break (its table runs on); its host's avoid-column is for a page's own columns.
    el.style.breakInside = 'auto';
    await emulateMedia({ media: 'print' });
    try {
      const left = pages.getBoundingClientRect().left;
      const page = (r: DOMRect) => Math.floor((r.left - left + gap / 2) / (colWidth + gap));
      const table = root(el).querySelector('.table-host table')!;
      const caption = table.querySelector('caption')!;
      const lines = () => {
        const range = document.createRange();
        range.selectNodeContents(caption);
        return [...range.getClientRects()].filter((r) => r.width > 0);
      };
      expect(new Set(lines().map((r) => Math.round(r.top))).size, 'the caption wraps').to.be.at.least(2);
      const split: string[] = [];
      let tableOnNextPage = 0;
      for (let height = window.innerHeight; height <= 2 * window.innerHeight; height += 4) {
        pages.style.height = `${height}px`;
        const captionPages = [...new Set(lines().map(page))];
        const heading = page(table.querySelector('thead')!.getBoundingClientRect());
        const firstRow = page(table.querySelector('tbody tr')!.getBoundingClientRect());
        if (captionPages.length !== 1 || captionPages[0] !== heading || heading !== firstRow) {
          split.push(`${height} px pages: caption on pages ${captionPages.join(' and ')}, heading on ${heading}, first row on ${firstRow}`);
        }
        if (heading > page(root(el).querySelector('.plot')!.getBoundingClientRect())) tableOnNextPage++;
      }
      expect(tableOnNextPage, 'pages where the table starts a page after the chart').to.be.greaterThan(0);
      expect(split).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
