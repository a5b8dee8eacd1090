// Several charts and filter bars on one page: none reaches into another (from an audit of a CMS page of many charts).
import { expect } from '@esm-bundle/chai';
import { renderCompare } from '../../src/renderers/index.js';
import { compareTable } from '../renderers/compare-data.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const table = compareTable;

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
