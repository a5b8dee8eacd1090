// Charts on pages in other scripts and languages (from an audit of right-to-left, Welsh and CJK
// pages): the page's inherited writing mode, line breaking and collation do not reach them.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/site-map/site-map.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { cleanup, drawn, mount } from '../helpers.js';

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
});
