// Text on paper is written once. A halo stroked under text (paint-order: stroke) is saved by
// Chromium to PDF as a second copy of the text: a PDF of the narrow stacked bars read each item
// label twice ("Unplanned admissions have reducedUnplanned admissions have reduced") to a reader
// copying, searching or listening to it. The stacked bars are the only chart that haloes text:
// a value on a texture (print-textures.test.ts) and, narrow, an item label across the grid lines.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { cleanup, drawn, mount, writtenTwice, type PdfRun } from '../helpers.js';

const print = () => window.dispatchEvent(new Event('beforeprint'));
const printed = () => window.dispatchEvent(new Event('afterprint'));
const translateOf = (el: Element) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '')!.slice(1).map(Number);

describe('text on paper, written once', function () {
  // Each chart saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  afterEach(() => {
    printed();
    cleanup();
  });

  for (const markup of ['<barrier-stack measure="progress"></barrier-stack>', '<barrier-stack measure="progress" diverging></barrier-stack>']) {
    it(`${markup}, narrow: saved as PDF, each item label is written once; the grid lines printed stop short of it`, async () => {
      const el = await drawn(mount<BarrierStack>(markup, 360));
      const svg = el.shadowRoot!.querySelector('svg')!;
      print();
      expect(svg.querySelector('[data-layout]')?.getAttribute('data-layout')).to.equal('narrow');
      const lines = [...svg.querySelectorAll('text.item-label tspan')].map((t) => t.textContent!);
      // Where the labels are (their row's place added), and the grid's drawn dashes: the stretches
      // of each tick line from its top that the axis's dash pattern draws (none: the whole line).
      const labels = [...svg.querySelectorAll<SVGTextElement>('text.item-label')].map((t) => {
        const box = t.getBBox();
        const rowY = translateOf(t.parentElement!)[1];
        return { text: t.textContent, x0: box.x, x1: box.x + box.width, y0: rowY + box.y, y1: rowY + box.y + box.height };
      });
      const axis = svg.querySelector('g.x-axis')!;
      const pattern = (axis.getAttribute('stroke-dasharray') ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
      let crossings = 0;
      for (const tick of axis.querySelectorAll('g.tick')) {
        const x = translateOf(tick)[0];
        const line = tick.querySelector('line')!;
        const [top, bottom] = [Number(line.getAttribute('y1')), Number(line.getAttribute('y2'))];
        const dashes: [number, number][] = [];
        for (let i = 0, y = top; pattern.length && y < bottom; i++) {
          const n = pattern[i % pattern.length];
          if (i % 2 === 0) dashes.push([y, Math.min(bottom, y + n)]);
          y += n;
        }
        if (!pattern.length) dashes.push([top, bottom]);
        for (const l of labels.filter((l) => x > l.x0 && x < l.x1)) {
          crossings++;
          const through = dashes.filter(([a, b]) => b > a && a < l.y1 && b > l.y0);
          expect(through, `the grid line at ${x} through "${l.text}"`).to.deep.equal([]);
        }
      }
      expect(crossings, 'labels across a grid line').to.be.greaterThan(5);
      printed();

      const pdf = (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as { sizes: PdfRun[][] };
      expect(writtenTwice(pdf.sizes), 'text written twice in one place').to.deep.equal([]);
      const runs = pdf.sizes.flat().map((r) => r.text);
      // As often as drawn (two labels end "patients/service users has improved").
      const times = (all: string[], l: string) => all.filter((r) => r === l).length;
      expect(lines.filter((l) => times(runs, l) !== times(lines, l)), 'label lines printed more or less often than drawn').to.deep.equal([]);

      // Back on screen, the labels keep their halo over whole grid lines.
      expect(axis.hasAttribute('stroke-dasharray'), 'dashed grid on screen').to.equal(false);
      expect(getComputedStyle(svg.querySelector('text.item-label')!).paintOrder, 'halo on screen').to.match(/^stroke/);
    });
  }
});
