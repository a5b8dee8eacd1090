// Textures on paper: the stacked bars and the comparison print their textures as lines and dots
// of their own, not pattern fills, which Chromium saves to PDF as a page-sized bitmap per mark
// (one stacked-bar chart made a 6 MB PDF of 51 bitmaps).
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { distribution } from '../../src/data/query.js';
import { responseStyle } from '../../src/renderers/shared/response-style.js';
import { cleanup, drawn, mount, writtenTwice, type PdfRun } from '../helpers.js';

type Seg = [number, number, number, number];
const lineSegments = (d: string | null): Seg[] => [...(d ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)/g)].map((m) => m.slice(1).map(Number) as Seg);
const dotStarts = (d: string | null) => [...(d ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)a/g)].map((m) => [Number(m[1]), Number(m[2])]);
const svgOf = (el: Element) => el.shadowRoot!.querySelector('svg')!;
/** Every drawn element painted with a pattern, by its attribute or by the element's CSS. */
const patternPainted = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('rect, path, circle')].filter((el) => !el.closest('pattern') && /url\(/.test(`${el.getAttribute('fill')} ${getComputedStyle(el).fill}`));
const print = () => window.dispatchEvent(new Event('beforeprint'));
const printed = () => window.dispatchEvent(new Event('afterprint'));

/** The ink subpaths inside a box (x, w; the bar's height), and those outside every box given. */
function inkIn(segs: Seg[], box: { x: number; w: number; h: number; y?: number }): Seg[] {
  const y0 = box.y ?? 0;
  // The drawn box's x and width are each rounded to 0.01 px: its end may be 0.01 px off the ink's.
  const inside = (x: number, y: number) => x >= box.x - 0.02 && x <= box.x + box.w + 0.02 && y >= y0 - 0.02 && y <= y0 + box.h + 0.02;
  return segs.filter(([ax, ay, bx, by]) => inside(ax, ay) && inside(bx, by));
}

describe('textures on paper', function () {
  // Each test saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  afterEach(() => {
    printed();
    cleanup();
  });

  it('stacked bars: between beforeprint and afterprint every texture is ink over a plain fill, the very values under no ink', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 800));
    const svg = svgOf(el);
    const textured = [...svg.querySelectorAll('rect.seg')].filter((r) => responseStyle(r.getAttribute('data-response')!).texture !== 'none');
    expect(patternPainted(svg).length, 'on screen: pattern fills').to.be.greaterThan(40);
    expect(svg.querySelectorAll('.seg-ink').length, 'no ink on screen').to.equal(0);

    print();
    expect(patternPainted(svg), 'marks and swatches painted with a pattern on paper').to.deep.equal([]);
    // Every segment as drawn: its value from the report, and its texture as ink inside its box.
    const d = distribution(bundledDataset(), 'barrier', 2020, 'all');
    const segments = [...svg.querySelectorAll<SVGRectElement>('rect.seg')];
    expect(segments).to.have.length(d.items.reduce((n, i) => n + Object.keys(i.cells).length, 0));
    let inked = 0;
    for (const bar of svg.querySelectorAll('g.bar')) {
      const lines = lineSegments(bar.querySelector('path.seg-ink[stroke]')?.getAttribute('d') ?? null);
      const dots = dotStarts(bar.querySelector('path.seg-ink:not([stroke])')?.getAttribute('d') ?? null).map(([x, y]) => [x + 1.1, y, x + 1.1, y] as Seg);
      let claimed = 0;
      for (const rect of bar.querySelectorAll<SVGRectElement>('rect.seg')) {
        const response = rect.getAttribute('data-response')!;
        const box = { x: Number(rect.getAttribute('x')), w: Number(rect.getAttribute('width')), h: Number(rect.getAttribute('height')) };
        const texture = responseStyle(response).texture;
        expect(rect.getAttribute('fill'), `${response}: its plain colour`).to.equal(responseStyle(response).fill);
        const own = inkIn(texture === 'dots' ? dots : lines, box);
        if (texture === 'none') {
          expect(inkIn(lines, box).filter(([ax, , bx]) => ax > box.x + 0.5 && bx < box.x + box.w - 0.5), `no ink on ${response}`).to.deep.equal([]);
        } else if (box.w >= 6) {
          expect(own.length, `${rect.getAttribute('data-key')}: its ${texture} (${box.w} px wide)`).to.be.greaterThan(0);
          if (texture === 'lines') expect(own.every(([ax, , bx]) => ax === bx), 'vertical lines').to.equal(true);
          if (texture === 'hatch') expect(own.every(([ax, ay, bx, by]) => Math.abs(ax + ay - bx - by) < 0.02), 'diagonals').to.equal(true);
          inked++;
        }
        claimed += own.length;
      }
      // No ink of a bar falls outside its textured segments.
      expect(claimed, 'every line or dot belongs to a textured segment').to.equal(lines.length + dots.length);
      // The value labels are painted over the ink.
      const ink = bar.querySelector('.seg-ink');
      const label = bar.querySelector('.seg-label');
      if (ink && label) expect(ink.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING, 'labels after the ink').to.be.greaterThan(0);
    }
    expect(inked, 'textured segments inked').to.equal(textured.filter((r) => Number(r.getAttribute('width')) >= 6).length);
    // The key: each textured response's swatch has its ink.
    for (const item of svg.querySelectorAll('g.legend-item')) {
      const texture = responseStyle(item.getAttribute('data-response')!).texture;
      expect(item.querySelectorAll('.swatch-ink').length, `${item.getAttribute('data-response')}'s swatch`).to.equal(texture === 'none' ? 0 : 1);
    }

    printed();
    expect(patternPainted(svg).length, 'back on screen: the patterns').to.be.greaterThan(40);
    expect(svg.querySelectorAll('.seg-ink, .swatch-ink').length, 'no ink left on screen').to.equal(0);
  });

  it('comparison: the hatched, dotted and cross-hatched groups print as ink, the solid one plain', async () => {
    const el = await drawn(mount<PioneerCompare>('<pioneer-compare measure="barrier" year="2019" dimension="organisation"></pioneer-compare>', 800));
    const svg = svgOf(el);
    expect(patternPainted(svg).length, 'on screen: pattern fills').to.be.greaterThan(10);
    print();
    expect(patternPainted(svg), 'painted with a pattern on paper').to.deep.equal([]);
    let checked = 0;
    for (const cell of svg.querySelectorAll('g.bar-group')) {
      const bar = cell.querySelector<SVGRectElement>('rect.bar')!;
      if (bar.getAttribute('fill') === 'transparent') continue;
      const texture = /texture-(\w+)/.exec(bar.getAttribute('class')!)![1];
      const box = { x: Number(bar.getAttribute('x')), y: Number(bar.getAttribute('y')), w: Number(bar.getAttribute('width')), h: Number(bar.getAttribute('height')) };
      const ink = cell.querySelector('path.bar-ink');
      if (texture === 'none' || box.w < 6) {
        expect(ink, 'a solid bar has no ink').to.equal(null);
        continue;
      }
      const d = ink!.getAttribute('d')!;
      const marks = texture === 'dots' ? dotStarts(d).map(([x, y]) => [x + 1.3, y, x + 1.3, y] as Seg) : lineSegments(d);
      expect(marks.length, `${bar.getAttribute('data-key')}: its ${texture}`).to.be.greaterThan(0);
      expect(inkIn(marks, box).length, 'all inside its bar').to.equal(marks.length);
      // Under the value label (and the whisker).
      expect(ink!.compareDocumentPosition(cell.querySelector('text.value')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      checked++;
    }
    expect(checked, 'textured bars checked').to.be.greaterThan(10);
    printed();
    expect(svg.querySelectorAll('.bar-ink, .swatch-ink').length, 'no ink left on screen').to.equal(0);
    expect(patternPainted(svg).length, 'back on screen: the patterns').to.be.greaterThan(10);
  });

  it('saved as PDF, each value on a textured segment is written once, its box clear of ink', async () => {
    // A halo stroked under a label is saved by Chromium as a second, invisible copy of its text:
    // the PDF of the 2020 bars read "48% 41%41% 7%7%" to a reader copying, searching or listening.
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 680));
    const pdf = (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as { sizes: PdfRun[][] };
    const runs = pdf.sizes.flat().filter((r) => /^\d+%$/.test(r.text));
    expect(writtenTwice([runs]), 'values written twice in one place').to.deep.equal([]);
    // 16 barriers × 4 responses, less the segments too narrow for their label.
    const labels = [...svgOf(el).querySelectorAll('text.seg-label')].map((t) => t.textContent);
    expect(runs.length, 'value labels and the axis in the PDF').to.equal(labels.length + 5);
    // While it prints, the hatching and dots stop short of each label's glyphs, as the halo does on screen.
    print();
    for (const bar of svgOf(el).querySelectorAll('g.bar')) {
      const marks = [
        ...lineSegments(bar.querySelector('path.seg-ink[stroke]')?.getAttribute('d') ?? null),
        ...dotStarts(bar.querySelector('path.seg-ink:not([stroke])')?.getAttribute('d') ?? null).map(([x, y]) => [x + 1.1, y, x + 1.1, y] as Seg),
      ];
      for (const label of bar.querySelectorAll<SVGTextElement>('text.seg-label:not([text-anchor])')) {
        expect(label.getAttribute('stroke'), `${label.textContent}: no halo on paper`).to.equal(null);
        const box = label.getBBox();
        const [tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(label.getAttribute('transform')!)!.slice(1).map(Number);
        // The glyphs' box: from the text's own box, less the line's space above and below the digits.
        const glyphs = { x: tx + box.x, w: box.width, y: ty - box.height * 0.55, h: box.height * 0.55 };
        const through = marks.filter(([ax, ay, bx, by]) => [0, 0.25, 0.5, 0.75, 1].some((k) => {
          const x = ax + k * (bx - ax);
          const y = ay + k * (by - ay);
          return x > glyphs.x && x < glyphs.x + glyphs.w && y > glyphs.y && y < glyphs.y + glyphs.h;
        }));
        expect(through, `ink through "${label.textContent}"`).to.deep.equal([]);
      }
    }
  });

  it('saved as PDF, the stacked bars and the comparison hold no bitmaps: a small file of vector marks', async () => {
    await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 680));
    await drawn(mount<PioneerCompare>('<pioneer-compare measure="barrier" year="2019" dimension="organisation"></pioneer-compare>', 680));
    const pdf = (await executeServerCommand('print-to-pdf')) as { bytes: number; images: number };
    expect(pdf.images, 'bitmaps in the PDF').to.equal(0);
    expect(pdf.bytes, 'bytes of the PDF').to.be.below(500_000);
  });
});
