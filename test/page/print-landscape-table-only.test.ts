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

type Sized = { pages: string[]; sizes: { text: string; pt: number }[][] };

/** Text compared without spaces, line ends or soft hyphens (a line may end anywhere). */
const squashed = (s: string) => s.replace(/[\s\u00ad]+/g, '');
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
      const sideways = (await executeServerCommand('print-to-pdf', { landscape: true, sizes: true })) as unknown as Sized;
      const all = squashed(sideways.pages.join(''));
      expect(all, 'sideways: the note saying why').to.include(NOTE);
      expect(all, 'sideways: the table heading').to.include('Item');
      expect(stray.filter((s) => all.includes(s)), 'sideways: the key and notes on the drawing printed').to.deep.equal([]);
      expect(Math.min(...sideways.sizes.flat().map((r) => r.pt)), 'sideways: the smallest text, in pt').to.be.at.least(READABLE_PT);
      // Upright, the chart with its key and notes (each printed as laid out: the test reads them right).
      const upright = (await executeServerCommand('print-to-pdf', { sizes: true })) as unknown as Sized;
      const chartText = squashed(upright.pages.join(''));
      expect(chartText, 'upright: the note').not.to.include(NOTE);
      expect(stray.filter((s) => !chartText.includes(s)), 'upright: the key and notes on the drawing not printed').to.deep.equal([]);
    });
  }
});
