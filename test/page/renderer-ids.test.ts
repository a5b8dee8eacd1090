// Several charts and filter bars on one page: none reaches into another (from an audit of a CMS page of many charts).
import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import { itemsOf, rowsOf } from '../../src/data/query.js';
import { groupLabel } from '../../src/data/vocabulary.js';
import { renderCompare, type CompareData, type CompareItem } from '../../src/renderers/index.js';
import type { ObservationRow } from '../../src/data/types.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
function table(measure: string, response: string, groups: string[]): CompareData {
  const rows = rowsOf(bundledDataset(), measure).filter((r) => r.year === 2019 && r.response === response && groups.includes(r.group));
  const order = new Map(itemsOf(bundledDataset(), measure).map((i) => [i.item, i.order] as const));
  const items = new Map<string, CompareItem & { cells: Record<string, ObservationRow> }>();
  for (const r of rows) {
    if (!items.has(r.item)) items.set(r.item, { item: r.item, label: r.item_label, order: order.get(r.item) ?? 99, cells: {} });
    items.get(r.item)!.cells[r.group] = r;
  }
  return { measure, response, year: 2019, groups: groups.map((id) => ({ id, label: groupLabel(id) })), items: [...items.values()] };
}

describe('pure renderers, two charts inlined in one page', () => {
  it('two comparisons drawn with renderCompare into inline SVGs of one page: each bar fills with its own chart\'s pattern', () => {
    const box = document.createElement('div');
    box.innerHTML = '<div id="one"></div><div id="two" style="--pioneer-color-2: rgb(255, 0, 0)"></div>';
    document.body.append(box);
    try {
      const svgs = ['one', 'two'].map((id) => box.querySelector(`#${id}`)!.appendChild(document.createElementNS(SVG_NS, 'svg') as SVGSVGElement));
      renderCompare(svgs[0], table('barrier', 'very', ['organisation:ccg-nhs', 'organisation:la', 'organisation:other']), { width: 600 });
      renderCompare(svgs[1], table('facilitator', 'very', ['tenure:under-5', 'tenure:5-plus']), { width: 600 });
      const bar = svgs[1].querySelector('rect.bar.group-1')!;
      const id = /#([^")']+)/.exec(bar.getAttribute('fill')!)![1];
      const used = document.getElementById(id)!; // what url(#id) resolves to in this document
      expect(svgs[1].contains(used), `the pattern the second chart's bar gets for url(#${id}) is its own`).to.equal(true);
    } finally {
      box.remove();
    }
  });
});
