// Charts on pages in other scripts and languages (from an audit of right-to-left, Welsh and CJK
// pages): the page's inherited writing mode, line breaking and collation do not reach them.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/site-map/site-map.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { ObservationRow } from '../../src/data/types.js';
import { cleanup, drawn, mount } from '../helpers.js';

// "Are the (IT) systems compatible?": an Arabic label with a Latin acronym in it, as a partner's own data may have it.
const AR = 'هل الأنظمة (IT) متوافقة؟';
const RESPONSES = ['very', 'fairly', 'not', 'dont-know'] as const;
const stackRows = (): ObservationRow[] =>
  ([['anzima', AR, [50, 30, 15, 5]], ['gwyl', 'Gŵyl ŷd: llwyth gwaith', [20, 40, 30, 10]]] as const).flatMap(([item, item_label, values]) =>
    values.map((value, i) => ({ measure: 'barrier', item, item_label, year: 2022, group: 'all', response: RESPONSES[i], value, unit: 'percent' as const, base: 60, source_survey: 2022, source_table: 'Tabl 4.1' })),
  );

/** Left edge (px) of each space-separated word of an SVG text or an element's text, in logical order. */
function wordLefts(node: Element): Record<string, number> {
  const out: Record<string, number> = {};
  if (node instanceof SVGTextContentElement) {
    const s = node.textContent!;
    let at = 0;
    for (const w of s.split(' ')) {
      const j = s.indexOf(w, at);
      const xs: number[] = [];
      for (let k = j; k < j + w.length; k++) if (!/[\u2068\u2069]/.test(s[k])) xs.push(Math.min(node.getStartPositionOfChar(k).x, node.getEndPositionOfChar(k).x));
      out[w.replace(/[\u2068\u2069]/g, '')] = Math.min(...xs);
      at = j + w.length;
    }
    return out;
  }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const s = t.nodeValue!;
    let at = 0;
    for (const w of s.split(/\s+/)) {
      if (!w) continue;
      const j = s.indexOf(w, at);
      // The word's own letters, without an isolate's (zero-width) marks at its ends.
      const lead = w.length - w.replace(/^[\u2068\u2069‘’]+/, '').length;
      const trail = w.length - w.replace(/[\u2068\u2069‘’]+$/, '').length;
      const r = document.createRange();
      r.setStart(t, j + lead);
      r.setEnd(t, j + w.length - trail);
      out[w.replace(/[\u2068\u2069‘’]/g, '')] ??= r.getClientRects()[0]?.left ?? NaN;
      at = j + w.length;
    }
  }
  return out;
}

/** The Arabic label reads right to left: its first word is right of its last and of "(IT)". */
function expectReadsRightToLeft(where: string, node: Element) {
  const x = wordLefts(node);
  expect(x['هل'], `${where}: "هل" (first word) right of "متوافقة؟" (last word)`).to.be.greaterThan(x['متوافقة؟']);
  expect(x['هل'], `${where}: "هل" right of "(IT)"`).to.be.greaterThan(x['(IT)']);
}

describe('charts on pages in other scripts', () => {
  afterEach(cleanup);

  it('a chart inside a vertical writing-mode section (a Japanese or Mongolian page) is drawn, not "laid out 0 px wide"', async () => {
    const box = mount<HTMLElement>('<div style="writing-mode: vertical-rl; height: 900px"><barrier-stack measure="barrier" year="2019"></barrier-stack></div>', 640);
    const el = await drawn(box.firstElementChild as BarrierStack);
    await new Promise((r) => setTimeout(r, 200));
    const notes = [...el.shadowRoot!.querySelectorAll('[part="note"], [part="size-note"]')].map((n) => n.textContent).join(' ');
    expect(notes, 'no "laid out 0 px wide" note').to.not.match(/0 px wide/);
    expect(el.marks.length, 'marks drawn').to.be.greaterThan(0);
    expect(el.getBoundingClientRect().width, 'a width to draw in').to.be.above(300);
  });

  it("a page's word-break: break-all (a common CJK reset) splits no column's base n (\"base 6\" / \"4\") or word in the table", async () => {
    const box = mount<HTMLElement>('<div style="word-break: break-all; line-break: anywhere"><pioneer-table measure="barrier" year="2019"></pioneer-table></div>', 420);
    const el = await drawn(box.firstElementChild as PioneerTable);
    await new Promise((r) => setTimeout(r, 100));
    const root = el.shadowRoot!;
    const metas = [...root.querySelectorAll('thead .col-meta')];
    let checked = 0;
    for (const m of metas) {
      const t = [...m.childNodes].find((c) => c.nodeType === 3 && c.nodeValue!.includes('64')) as Text | undefined;
      if (!t) continue;
      const r = document.createRange();
      const at = t.nodeValue!.indexOf('64');
      r.setStart(t, at);
      r.setEnd(t, at + 2);
      expect(r.getClientRects().length, `"${m.textContent}": "64" is split over two lines`).to.equal(1);
      checked++;
    }
    expect(checked, 'columns with base 64').to.be.greaterThan(0);
    const figure = root.querySelector('figure, .root')!;
    expect([getComputedStyle(figure).wordBreak, getComputedStyle(figure).lineBreak]).to.deep.equal(['normal', 'auto']);
  });

  it("the site map's tile key is in English order in a browser whose language sorts otherwise (Czech: CH after H)", async () => {
    const original = String.prototype.localeCompare;
    // What a browser whose default locale is Czech does when no locale is given.
    String.prototype.localeCompare = function (this: string, that: string, locales?: string | string[], options?: Intl.CollatorOptions) {
      return original.call(this, that, locales ?? 'cs', options);
    };
    try {
      const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="grid"></site-map>', 700));
      const codes = [...el.shadowRoot!.querySelectorAll('.tile-key b')].map((b) => b.textContent!);
      expect(codes.length, 'codes in the key').to.be.greaterThan(20);
      expect(codes, codes.join(' ')).to.deep.equal([...codes].sort());
    } finally {
      String.prototype.localeCompare = original;
    }
  });

  async function arabicStack(): Promise<BarrierStack> {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2022"></barrier-stack>', 900);
    el.data = stackRows();
    return drawn(el);
  }

  it("a researcher's right-to-left label keeps its reading order in the bar's label, the summary and the table", async () => {
    const el = await arabicStack();
    const root = el.shadowRoot!;
    // The label's lines (tspans), each read right to left.
    const label = [...root.querySelectorAll('svg text')].find((t) => t.textContent!.includes('(IT)'))!;
    expect(label, 'bar label drawn').to.exist;
    const lines = label.querySelectorAll('tspan').length ? [...label.querySelectorAll('tspan')] : [label];
    expect(lines.map((l) => l.textContent!.replace(/[\u2068\u2069]/g, '')).join(' '), 'the whole label').to.equal(AR);
    for (const line of lines) {
      const x = wordLefts(line as SVGTextContentElement);
      const words = line.textContent!.replace(/[\u2068\u2069]/g, '').split(' ');
      for (let i = 1; i < words.length; i++) expect(x[words[i - 1]], `line "${line.textContent}": "${words[i - 1]}" right of "${words[i]}"`).to.be.greaterThan(x[words[i]]);
    }
    expectReadsRightToLeft('summary sentence', root.querySelector('.summary')!);
    const table = mount<PioneerTable>('<pioneer-table measure="barrier" year="2022"></pioneer-table>', 900);
    table.data = stackRows();
    await drawn(table);
    const th = [...table.shadowRoot!.querySelectorAll('tbody th')].find((t) => t.textContent!.includes('IT'))!;
    expectReadsRightToLeft('table row header', th);
    // The Welsh label beside it is as it was (nothing added to a left-to-right label).
    expect([...root.querySelectorAll('svg text')].some((t) => t.textContent === 'Gŵyl ŷd: llwyth gwaith'), 'Welsh label').to.equal(true);
  });

  it("an English label with a right-to-left word is lowered mid-sentence in the summary like any other", async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2022"></barrier-stack>', 900);
    el.data = ([['funding', 'Lack of funding (تمويل)', [70, 20, 5, 5]], ['staff', 'Staff turnover', [10, 40, 40, 10]]] as const).flatMap(([item, item_label, values]) =>
      values.map((value, i) => ({ measure: 'barrier', item, item_label, year: 2022, group: 'all', response: RESPONSES[i], value, unit: 'percent' as const, base: 60, source_survey: 2022, source_table: '4.1' })),
    );
    await drawn(el);
    const summary = el.shadowRoot!.querySelector('.summary')!.textContent!.replace(/[\u2068\u2069]/g, '');
    expect(summary).to.contain('lack of funding (تمويل)');
  });

  it("a researcher's Welsh labels are marked as Welsh (lang on the element): bars, table rows, a trend's lines and key; the library's words stay English", async () => {
    const cy = stackRows().filter((r) => r.item === 'gwyl');
    const stack = mount<BarrierStack>('<barrier-stack lang="cy" measure="barrier" year="2022"></barrier-stack>', 900);
    stack.data = cy;
    await drawn(stack);
    const label = [...stack.shadowRoot!.querySelectorAll('svg text')].find((t) => t.textContent!.includes('Gŵyl'))!;
    expect(label.matches(':lang(cy)'), 'the bar\'s label').to.equal(true);
    expect(stack.shadowRoot!.querySelector('.title, [part="title"]')!.matches(':lang(en)'), 'the title (the library\'s words)').to.equal(true);
    stack.setAttribute('mode', 'table');
    await stack.updateComplete;
    const th = [...stack.shadowRoot!.querySelectorAll('tbody th')].find((t) => t.textContent!.includes('Gŵyl'))!;
    expect(th.matches(':lang(cy)'), 'the table\'s row').to.equal(true);
    expect(stack.shadowRoot!.querySelector('thead th')!.matches(':lang(en)'), 'the table\'s headings').to.equal(true);
    // Its language changed later: the labels follow.
    stack.setAttribute('lang', 'ga');
    await stack.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect([...stack.shadowRoot!.querySelectorAll('tbody th')].find((t) => t.textContent!.includes('Gŵyl'))!.matches(':lang(ga)'), 'after lang="ga"').to.equal(true);

    const trend = mount<PioneerTrend>('<pioneer-trend lang="cy" measure="objective" items="gwyl"></pioneer-trend>', 700);
    trend.data = [2021, 2022].map((year, i) => ({ measure: 'objective', item: 'gwyl', item_label: 'Gwell gofal', year, group: 'all', response: 'selected', value: 40 + i, unit: 'percent' as const, base: 60, source_survey: year, source_table: 'Tabl 2' }));
    await drawn(trend);
    const lineLabel = [...trend.shadowRoot!.querySelectorAll('svg text')].find((t) => t.textContent!.includes('Gwell'))!;
    expect(lineLabel.matches(':lang(cy)'), 'the line\'s label').to.equal(true);
    const key = [...trend.shadowRoot!.querySelectorAll('.legend button span')].find((t) => t.textContent!.includes('Gwell'))!;
    expect(key.matches(':lang(cy)'), 'the key').to.equal(true);

    const compare = await drawn(mount<PioneerChart<unknown>>('<pioneer-compare lang="en-GB" measure="barrier" dimension="deprivation"></pioneer-compare>', 800));
    expect(compare.shadowRoot!.querySelector('svg text.item-label')!.matches(':lang(en-GB)'), 'the comparison\'s item label').to.equal(true);

    // Without lang, the labels are the figure's (English, as the reports' are).
    const plain = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    expect(plain.shadowRoot!.querySelector('svg text.item-label')!.hasAttribute('lang')).to.equal(false);
    expect(plain.shadowRoot!.querySelector('svg text.item-label')!.matches(':lang(en)')).to.equal(true);
  });

  it("a researcher's right-to-left label in a tooltip: the year and figures stay after it", async () => {
    const root = (await arabicStack()).shadowRoot!;
    const seg = [...root.querySelectorAll<SVGRectElement>('rect.seg')].find((r) => r.getAttribute('data-key')?.startsWith('anzima'))!;
    const b = seg.getBoundingClientRect();
    seg.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: b.left + 5, clientY: b.top + b.height / 2, pointerType: 'mouse' }));
    await new Promise((r) => setTimeout(r, 50));
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden, 'tooltip shown').to.equal(false);
    const x = wordLefts(tip);
    const arabic = ['هل', 'الأنظمة', 'متوافقة؟,'].map((w) => x[w]).filter((v) => v !== undefined);
    expect(arabic.length, `Arabic words found in "${tip.textContent}"`).to.be.above(1);
    expect(x['2022:'], `tooltip "${tip.textContent}": the year follows the label`).to.be.greaterThan(Math.max(...arabic));
  });

  it("a long right-to-left line label of a trend is drawn whole beside its line, every word in order, none cut", async () => {
    const long = 'المرضى ومستخدمو الخدمات الذين يحصلون على خدمات أكثر تكاملاً وتنسيقاً في جميع أنحاء المنطقة';
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="qiyud"></pioneer-trend>', 700);
    el.data = [2021, 2022, 2023].map((year, i) => ({
      measure: 'objective', item: 'qiyud', item_label: long, year, group: 'all', response: 'selected', value: 40 + i * 5, unit: 'percent' as const, base: 60, source_survey: year, source_table: 'Tabl 2',
    }));
    await drawn(el);
    const label = el.shadowRoot!.querySelector<SVGTextElement>('.direct-label')!;
    const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent!.replace(/[\u2068\u2069]/g, ''));
    expect(lines.length, 'wrapped').to.be.above(1);
    expect(lines.join(' '), 'every word, in order').to.equal(long);
    expect(label.textContent, 'no ellipsis').not.to.contain('…');
  });
});
