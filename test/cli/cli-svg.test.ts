/**
 * `pioneer-viz render` draws what the element draws: the build (scripts/build-node.mjs) ran the
 * CLI for a fixed set of charts into test/output/cli/; here each element draws the same chart at
 * the same width in Chromium, and every mark (data-key) must sit in the same place (±0.5 px).
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount, pngTextChunks } from '../helpers.js';

import { CLI_FIXTURES, FIXTURE_WIDTH, PNG_FIXTURE } from './fixtures.js';

const base = '/test/output/cli/';
const fixtures = { width: FIXTURE_WIDTH, charts: CLI_FIXTURES, png: { file: `${PNG_FIXTURE.name}.png`, scale: PNG_FIXTURE.scale } };
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Boxes of the marks relative to their chart's SVG, by data-key. */
function markBoxes(svg: SVGSVGElement): Map<string, DOMRect> {
  // The origin of the chart's user space on screen (the bounding box of a nested <svg> is that
  // of its content, not of its viewport).
  const ctm = svg.getScreenCTM()!;
  expect([ctm.a, ctm.d], 'drawn at scale 1').to.deep.equal([1, 1]);
  const boxes = new Map<string, DOMRect>();
  for (const el of svg.querySelectorAll('[data-key]')) {
    const r = el.getBoundingClientRect();
    boxes.set(el.getAttribute('data-key')!, new DOMRect(r.x - ctm.e, r.y - ctm.f, r.width, r.height));
  }
  return boxes;
}

/** A colour as #rrggbb, however written (the browser's computed rgb(), the stylesheet's hex). */
const hex = (c: string | null) => {
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(c ?? '');
  return rgb ? `#${rgb.slice(1).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}` : (c ?? '').toLowerCase();
};

/**
 * The texts drawn over a box of their halo's colour (export/svg-export.ts's haloBoxes: a box a
 * line, just before its text and placed as it is, the last line's start inside the last box; a
 * key's swatch before its text lies beside it), each as its text and the box's colour.
 */
function haloed(root: ParentNode): string[] {
  const at = (el: Element, name: string) => parseFloat(el.getAttribute(name) ?? '') || 0;
  return [...root.querySelectorAll('text')].flatMap((t) => {
    const box = t.previousElementSibling;
    if (box?.localName !== 'rect' || box.hasAttribute('data-key') || box.getAttribute('transform') !== t.getAttribute('transform')) return [];
    const line = [...t.querySelectorAll('tspan')].pop() ?? t;
    const [x, y] = [at(line, 'x'), at(line, 'y')];
    const inside = at(box, 'x') <= x && x <= at(box, 'x') + at(box, 'width') && at(box, 'y') <= y && y <= at(box, 'y') + at(box, 'height');
    return inside ? [`${t.textContent} on ${hex(box.getAttribute('fill'))}`] : [];
  });
}

/** The CLI's file placed in the page; returns the chart SVG nested inside it. */
function placeFile(text: string, width: number): { file: SVGSVGElement; chart: SVGSVGElement } {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the file is well-formed XML').to.equal(null);
  const file = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  const box = mount<HTMLDivElement>('<div></div>', width + 40);
  box.appendChild(file);
  return { file, chart: file.querySelector('g > svg') as SVGSVGElement };
}

describe('pioneer-viz render (CLI) against the element in Chromium', () => {
  afterEach(cleanup);

  for (const f of fixtures.charts) {
    const attrs = Object.entries(f.attributes).map(([k, v]) => (v === '' ? k : `${k}="${v}"`)).join(' ');
    const width = f.width ?? fixtures.width;
    it(`<${f.tag} ${attrs}> at ${width} px: same marks in the same places (±0.5 px), title and source inside, texts haloed as in the element's download`, async () => {
      const text = await (await fetch(`${base}${f.name}.svg`)).text();
      const el = await drawn(mount<PioneerChart<unknown>>(`<${f.tag} ${attrs}></${f.tag}>`, width));
      expect(el.message).to.equal(null);
      await pause(450); // let any transition settle
      const browserSvg = el.shadowRoot!.querySelector('svg')!;
      expect(browserSvg.getAttribute('viewBox')).to.equal(`0 0 ${width} ${browserSvg.viewBox.baseVal.height}`);

      const { file, chart } = placeFile(text, width);
      expect(chart.getAttribute('viewBox'), 'same size').to.equal(browserSvg.getAttribute('viewBox'));
      const expected = markBoxes(browserSvg);
      const actual = markBoxes(chart);
      expect(expected.size).to.be.greaterThan(0);
      expect([...actual.keys()].sort(), 'same marks').to.deep.equal([...expected.keys()].sort());
      const off: string[] = [];
      for (const [key, e] of expected) {
        const a = actual.get(key)!;
        const d = Math.max(Math.abs(a.x - e.x), Math.abs(a.y - e.y), Math.abs(a.width - e.width), Math.abs(a.height - e.height));
        if (d > 0.5) off.push(`${key}: cli ${[a.x, a.y, a.width, a.height].map((n) => n.toFixed(1))} vs element ${[e.x, e.y, e.width, e.height].map((n) => n.toFixed(1))}`);
      }
      expect(off, 'marks out of place').to.deep.equal([]);

      // Title, source line and base n inside the file, as the element shows them.
      const title = el.shadowRoot!.querySelector('.title')!.textContent!.trim();
      const source = el.shadowRoot!.querySelector('.source')!.textContent!.trim();
      expect(file.querySelector('.export-title')?.textContent).to.equal(title);
      expect(file.querySelector('.export-source')?.textContent).to.equal(source);
      if (f.tag !== 'site-map') expect(source, 'base n in the source line').to.match(/base/); // the map shows counts, which have no base
      // The notes under the chart (why a year has no value, rounding, what is not shown), wrapped
      // into lines in the file: the same words in the same order as the element shows and exports.
      const shown = [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean); // an empty note is not shown
      const lines = [...file.querySelectorAll('.export-note')].map((t) => t.textContent!);
      expect(lines.join(' ')).to.equal(shown.join(' '));
      const exported = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
      expect(lines, 'the same lines as the element\'s own SVG download').to.deep.equal([...exported.querySelectorAll('.export-note')].map((t) => t.textContent!));
      // The key (where the legend is HTML outside the SVG: the trend's), as the element's own download draws it.
      const keyOf = (root: ParentNode) =>
        [...root.querySelectorAll('.export-key')].map((k) => `${k.querySelector('path')!.getAttribute('fill')} ${k.querySelector('path')!.getAttribute('d')} ${[...k.querySelectorAll('text')].map((t) => t.textContent).join(' ')}`);
      expect(keyOf(file), 'the same key as the element\'s own SVG download').to.deep.equal(keyOf(exported));
      if (f.tag === 'pioneer-trend') expect(keyOf(file)).to.have.length(el.shadowRoot!.querySelectorAll('.legend button').length);
      // The reports' full reference in the file's description, as in the element's own download.
      const desc = file.querySelector(':scope > desc')!.textContent!;
      expect(desc, 'full reference').to.contain(`Data from: ${el.citation().replace(/\n/g, ' ')}`);
      expect(desc).to.contain('Policy Innovation and Evaluation Research Unit (PIRU), London School of Hygiene & Tropical Medicine');
      expect(exported.querySelector(':scope > desc')!.textContent).to.equal(desc);
      // Styles are inlined: no CSS variable is left for a tool that knows none.
      expect(text).not.to.match(/var\(--/);
      // The screen's halos, as boxes behind their texts: the value labels on textured segments,
      // and narrow, the item labels across the grid lines (the CLI draws what a screen shows).
      expect(haloed(file), 'the same texts haloed as in the element\'s own SVG download').to.deep.equal(haloed(exported));
      if (f.name === 'barrier-stack-2020-narrow') expect(haloed(file).filter((h) => h.startsWith('Significant financial constraints'))).to.have.length(1);
    });
  }

  it('the PNG decodes at the asked size (width × scale) and is not blank', async () => {
    const svgText = await (await fetch(`${base}${fixtures.png.file.replace(/\.png$/, '.svg')}`)).text();
    const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svgText) ?? /<svg[^>]*\sheight="([\d.]+)"[^>]*\swidth="([\d.]+)"/.exec(svgText);
    const size = /\sheight="([\d.]+)"[^>]*\swidth="([\d.]+)"/.test(m![0]) ? { w: Number(m![2]), h: Number(m![1]) } : { w: Number(m![1]), h: Number(m![2]) };
    const blob = await (await fetch(`${base}${fixtures.png.file}`)).blob();
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(size.w * fixtures.png.scale), Math.round(size.h * fixtures.png.scale)]);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++;
      if (data[i] < 40 && data[i + 2] > 120) blue++; // the 'very significant' fill (#08519C)
    }
    const pixels = data.length / 4;
    expect(ink / pixels, 'share of drawn pixels').to.be.greaterThan(0.05);
    expect(blue, 'the dark blue segments are drawn').to.be.greaterThan(1000);
    // Title and description (source line, base n, full reference) inside the PNG, as in its SVG.
    const texts = pngTextChunks(new Uint8Array(await blob.arrayBuffer()));
    const svgDoc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(texts.Title).to.equal(svgDoc.querySelector(':scope > title')!.textContent);
    expect(texts.Description).to.equal(svgDoc.querySelector(':scope > desc')!.textContent);
    expect(texts.Description).to.match(/2019, Table 5\.1; base 64/).and.contain("Data from: Erens B");
  });
});
