// A chart printed from a page's own window.print() builds its table while the page's scripts are
// paused, when Lit can stamp a template it has prepared but cannot prepare one (its Trusted Types
// policy is a callback Chromium will not run then). print-templates.ts prepares the table's
// templates once the page is idle: after that, no chart's table may need a template of its own.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Policy = { createHTML(html: string): unknown };

describe('templates prepared for printing', () => {
  afterEach(cleanup);

  it('once the page is idle, every kind of chart shows its table (headed by year or not, with gaps, notes, n and intervals) with no template prepared then', async () => {
    const charts: PioneerChart<unknown>[] = [];
    for (const markup of [
      // No year: the latest.
      '<barrier-stack measure="barrier"></barrier-stack>',
      '<barrier-stack measure="barrier" year="2020"></barrier-stack>',
      // Two years' responses: headed in two rows.
      '<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>',
      '<pioneer-trend measure="barrier" response="very"></pioneer-trend>',
      '<pioneer-trend measure="objective"></pioneer-trend>',
      '<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>',
      '<site-map year="2019"></site-map>',
    ]) {
      charts.push(await drawn(mount<PioneerChart<unknown>>(markup, 640)));
    }
    await new Promise((r) => requestIdleCallback(r));
    const proto = (window as unknown as { TrustedTypePolicy: { prototype: Policy } }).TrustedTypePolicy.prototype;
    const original = proto.createHTML;
    const prepared: string[] = [];
    proto.createHTML = function (this: Policy, html: string) {
      prepared.push(html.replace(/\s+/g, ' ').slice(0, 120));
      return original.call(this, html);
    };
    try {
      for (const el of charts) {
        el.setAttribute('mode', 'table');
        await el.updateComplete;
      }
    } finally {
      proto.createHTML = original;
    }
    // Each table was built, and took its branches (a check that the charts above still do).
    const cells = charts.map((el) => el.shadowRoot!.querySelectorAll('.data-table td').length);
    expect(cells.every((n) => n > 0), `cells: ${cells}`).to.equal(true);
    const all = charts.map((el) => el.shadowRoot!);
    expect(all.some((r) => r.querySelector('.data-table thead tr + tr')), 'a table headed in two rows').to.equal(true);
    expect(all.some((r) => r.querySelector('.data-table td.absent sup.note-ref')), 'an empty cell pointing to a note').to.equal(true);
    expect(all.some((r) => r.querySelector('.table-notes li')), 'notes').to.equal(true);
    expect(prepared.join(' @@ '), 'templates prepared after the page was idle').to.equal('');
  });
});
