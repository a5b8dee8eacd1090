// A chart printed as its table on a page turned sideways (landscape) alone, as too tall there at
// a readable size: the chart's key and what describes its drawing printed over the table. A
// trend of objectives in a 320 px column printed its key of lines (the items' names, five lines
// over the table); the site map printed its tiles' key ("Tile codes: AWC Airedale, …") and
// "Tiles are arranged roughly by geography", or for the map "Locations are approximate centres
// …", which the Table view hides. Read from the PDF Chromium saves; upright, each prints as a
// chart, its key with it.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { READABLE_ON_PAPER_PX } from '../../src/components/base/paper-fit.js';
import { TABLE_ON_PAPER_NOTE } from '../../src/components/base/print-templates.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { squashed, type PrintedPdf } from '../printed-pdf.js';


const NOTE = squashed(TABLE_ON_PAPER_NOTE);
const READABLE_PT = READABLE_ON_PAPER_PX * 0.75;
/** The notes that describe a drawing (where its marks are, its outline's source, its tiles' codes). */
const DRAWING_NOTE = /^(Tiles are arranged|Tile codes|Locations are approximate)/;

describe('a chart printed as its table on a page turned sideways alone', function () {
  this.timeout(120000);
  afterEach(cleanup);

  for (const [chart, width] of [
    ['<pioneer-trend measure="objective"></pioneer-trend>', 320],
    ['<site-map year="2019" layout="grid"></site-map>', 320],
    ['<site-map year="2019" color-by="deprivation" layout="map"></site-map>', 480],
    ['<barrier-stack year="2020"></barrier-stack>', 760],
    ['<pioneer-compare measure="barrier" dimension="organisation" show-intervals sort="gap"></pioneer-compare>', 760],
  ] as const) {
    it(`${chart.slice(0, chart.indexOf('>') + 1)} in ${width} px: on A4 sideways its table prints with no key, legend or note on the drawing; upright the chart prints with them`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(chart, width));
      const root = el.shadowRoot!;
      // What keys or describes the drawing, as the screen shows it: the key (in the SVG, or the
      // trend's key of lines beside it) and the notes on the drawing.
      const stray = [
        ...[...root.querySelectorAll('[part="legend"], svg g.legend')].map((e) => squashed(e.textContent!)),
        ...[...root.querySelectorAll('.note')].map((e) => e.textContent!.trim()).filter((t) => DRAWING_NOTE.test(t)).map(squashed),
      ].filter(Boolean);
      expect(stray, 'the key and notes on the drawing, on screen').not.to.deep.equal([]);
      const sideways = (await executeServerCommand('print-to-pdf', { landscape: true, sizes: true })) as unknown as PrintedPdf;
      const all = squashed(sideways.pages.join(''));
      expect(all, 'sideways: the note saying why').to.include(NOTE);
      expect(all, 'sideways: the table heading').to.include('Item');
      expect(stray.filter((s) => all.includes(s)), 'sideways: the key and notes on the drawing printed').to.deep.equal([]);
      expect(Math.min(...sideways.sizes.flat().map((r) => r.pt)), 'sideways: the smallest text, in pt').to.be.at.least(READABLE_PT);
      // Upright, the chart with its key and notes (each printed as laid out: the test reads them right).
      const upright = (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as PrintedPdf;
      const chartText = squashed(upright.pages.join(''));
      expect(chartText, 'upright: the note').not.to.include(NOTE);
      expect(stray.filter((s) => !chartText.includes(s)), 'upright: the key and notes on the drawing not printed').to.deep.equal([]);
    });
  }
});

// Its table is made ready for such a page as printing starts, whatever the paper: the chart's
// update for it drew the chart again, for nothing (the drawing for paper was already made), and
// again as printing ended, about half the time each such chart took then.
describe('a chart whose table is made ready for a page turned sideways, as printing starts and ends', () => {
  afterEach(cleanup);

  // Charts that draw nothing differently on paper (no textures drawn as lines), in columns no
  // wider than the paper's: their drawing for the screen is the one that prints.
  it('keeps its drawing: its marks are not drawn again, its table is built', async () => {
    const els = [
      await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="objective"></pioneer-trend>', 320)),
      await drawn(mount<PioneerChart<unknown>>('<site-map year="2019" layout="grid"></site-map>', 320)),
      await drawn(mount<PioneerChart<unknown>>('<site-map year="2019" color-by="deprivation" layout="map"></site-map>', 480)),
    ];
    // The renderer's calls (the chart's draw), counted on each chart: a drawing that comes out
    // the same changes nothing a reader or a MutationObserver sees, only the time it took.
    const redrawn = async (what: string, act: () => unknown) => {
      const counts = els.map((el) => {
        const chart = el as unknown as { draw: (...a: unknown[]) => unknown };
        const draw = chart.draw;
        const count = { n: 0, undo: () => delete (chart as Partial<typeof chart>).draw };
        chart.draw = function (this: unknown, ...a: unknown[]) {
          count.n++;
          return draw.apply(this, a);
        };
        return count;
      });
      try {
        await act();
      } finally {
        counts.forEach((c) => c.undo());
      }
      return counts.map(({ n }, i) => `${what}, ${els[i].localName}: drawn ${n} times`);
    };
    const starting = await redrawn('printing starts', () => window.dispatchEvent(new Event('beforeprint')));
    // Made ready as printing started: each chart's table, in the chart's place on a page sideways.
    const ready = els.map((el) => {
      const root = el.shadowRoot!;
      return `${el.localName}: ${root.querySelector('figure')!.classList.contains('landscape-table') ? 'its table in its place sideways' : 'no table sideways'}, ${root.querySelectorAll('.table-host tbody tr').length > 3 ? 'rows' : 'no rows'}`;
    });
    // (The update as printing ends comes in a microtask.)
    const ending = await redrawn('printing ends', () => {
      window.dispatchEvent(new Event('afterprint'));
      return Promise.all(els.map((el) => el.updateComplete));
    });
    expect(ready).to.deep.equal(els.map((el) => `${el.localName}: its table in its place sideways, rows`));
    expect([...starting, ...ending].filter((s) => !s.endsWith(': drawn 0 times'))).to.deep.equal([]);
    for (const el of els) expect(el.marks.length, `${el.localName}: its marks after printing`).to.be.above(3);
  });
});
