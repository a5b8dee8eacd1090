// A chart printed as its table, in its place: its notes said what the drawing shows ("4 bars add
// up to 99–101% rather than 100%", "Items marked ‘New in 2020’ … have one bar", "so each bar is
// that percentage … on a 0–100% scale", "No line is drawn for 7 items"), under a table, naming
// nothing on the paper. Printed so, they are worded as the Table view's are (or left out, where
// they describe the drawing alone); a chart printed as a chart keeps its words. Read from the PDF
// Chromium saves: upright, where the table prints in place of the chart on any page, and turned
// sideways (landscape), where it does only on such a page (print CSS shows the words for the page).
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { parseCsv } from '../../src/data/csv.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { TABLE_ON_PAPER_NOTE } from '../../src/components/base/print-templates.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { squashed } from '../printed-pdf.js';

type Pdf = { pages: string[] };
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const NOTE = squashed(TABLE_ON_PAPER_NOTE);
/** Words for what is drawn. */
const DRAWN = /\b(bars?|tiles?|dots?|whiskers?|colou?rs?|No line is drawn|last line)\b/;
const printed = async (landscape: boolean) => squashed(((await executeServerCommand('print-to-pdf', { landscape })) as unknown as Pdf).pages.join(''));

/** The notes and summary shown, in chart or table mode. */
async function notesIn(el: PioneerChart<unknown> & { mode: string | undefined }, mode: 'chart' | 'table'): Promise<string[]> {
  el.mode = mode;
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.note, .summary')].filter((n) => !n.hidden && n.getClientRects().length).map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe('a chart printed as its table in its place: its notes name nothing drawn', function () {
  this.timeout(120000);
  afterEach(cleanup);

  for (const [chart, width, upright] of [
    // Too tall for an upright page at a readable size: the table prints in its place on any page.
    ['<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 320, 'table'],
    // Readable upright, not on a page turned sideways.
    ['<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 760, 'chart'],
    ['<barrier-stack measure="barrier" year="2019" group="organisation:la"></barrier-stack>', 760, 'chart'],
    ['<pioneer-trend measure="progress"></pioneer-trend>', 760, 'chart'],
  ] as const) {
    it(`${chart.slice(0, chart.indexOf('>') + 1)} in ${width} px: upright it prints as a ${upright}; sideways as a table, its notes in the table's words`, async () => {
      const el = await drawn(mount<PioneerChart<unknown> & { mode: string | undefined }>(chart, width));
      const drawing = (await notesIn(el, 'chart')).filter((t) => DRAWN.test(t));
      const table = await notesIn(el, 'table');
      await notesIn(el, 'chart');
      expect(drawing, 'notes naming the drawing, on screen').not.to.deep.equal([]);
      expect(table.filter((t) => DRAWN.test(t)), "the Table view's notes naming the drawing").to.deep.equal([]);
      for (const landscape of [false, true]) {
        const page = landscape ? 'sideways' : 'upright';
        const text = await printed(landscape);
        if (!landscape && upright === 'chart') {
          expect(text, `${page}: the note saying why`).not.to.include(NOTE);
          expect(drawing.filter((t) => !text.includes(squashed(t))), `${page}: the chart's notes not printed`).to.deep.equal([]);
          continue;
        }
        expect(text, `${page}: the note saying why`).to.include(NOTE);
        expect(drawing.filter((t) => text.includes(squashed(t))), `${page}: notes naming the drawing printed under the table`).to.deep.equal([]);
        expect(table.filter((t) => !text.includes(squashed(t))), `${page}: the table's notes not printed`).to.deep.equal([]);
      }
    });
  }
});

// The map printed as its table in its place (on a page turned sideways alone, as too tall there,
// or on any page): its notes spoke of a map the paper does not show: "Not on the map (not
// Pioneer sites): Hull (4)", "The map draws the counts of 2020; the table gives each site's
// count in every year", and the row "Hull (not on the map)". Printed so (the Table view too, and a
// table printed under the map upright and alone sideways, on the sideways page), they speak of the
// table alone; on screen (the Table view too: the map is a click away) and with the map printed, as before.
describe('<site-map> printed as its table in its place: its notes name no map', function () {
  this.timeout(120000);
  afterEach(cleanup);

  const MAP_WORDS = ['Not on the map (not Pioneer sites): Hull (4).', "The map draws the counts of 2020; the table gives each site's count in every year, as its tooltip does.", 'Hull (not on the map)'];
  const TABLE_WORDS = ['Not Pioneer sites: Hull (4).', "The table gives each site's count in every year, not only 2020.", 'Hull (not a Pioneer site)'];
  /** The Table view's notes and table on screen. */
  const onScreen = async (el: SiteMap) => {
    const table = await notesIn(el as never, 'table');
    const text = [...table, words(el.shadowRoot!.querySelector('.table-host')!.textContent!)].join(' ');
    await notesIn(el as never, 'chart');
    return text;
  };

  for (const [attributes, width, alone] of [
    // Its table in its place sideways only; upright, the map.
    ['layout="grid"', 320, 'sideways'],
    // The same, its table printed on both: upright under the map, in the map's words; sideways
    // alone, in the table's (they kept the map's there, the one table printing on both).
    ['layout="grid" print-table', 320, 'sideways'],
    // Too small to read on any page: its table in its place on both (built before printing, for print-table).
    ['layout="grid" print-table', 150, 'both'],
    // Left in its Table view on screen, a map readable on any page: the Table view prints, no map
    // on either page (it printed "Not on the map", "The map draws…").
    ['mode="table"', 720, 'both, as its Table view'],
  ] as const) {
    it(`a site not on the map, <site-map ${attributes}> in ${width} px: printed without the map (${alone}), its notes say "Not Pioneer sites"; with it, "Not on the map"`, async () => {
      // A researcher's rows: the bundled ones and a site that is not a Pioneer site.
      const records = parseCsv((await drawn(mount<SiteMap>('<site-map></site-map>', 720))).toCsv()).records;
      cleanup();
      const hull = { ...records.find((r) => r.item === 'barnsley' && r.year === '2020')!, item: 'hull', item_label: 'Hull', value: '4', site_wave: '', site_deprivation: '' };
      const el = mount<SiteMap>(`<site-map ${attributes}></site-map>`, width);
      el.data = [...records, hull];
      await drawn(el);
      const screen = await onScreen(el);
      for (const said of MAP_WORDS) expect(screen, 'the Table view on screen').to.include(said);
      const tableView = attributes.includes('mode="table"');
      if (tableView) {
        el.mode = 'table';
        await el.updateComplete;
      }
      for (const landscape of [true, false]) {
        const page = landscape ? 'sideways' : 'upright';
        const text = await printed(landscape);
        if (!landscape && alone === 'sideways') {
          expect(text, `${page}: the note saying why`).not.to.include(NOTE);
          // The map printed: its note; with print-table, the table under it in the map's words too.
          for (const said of attributes.includes('print-table') ? MAP_WORDS : MAP_WORDS.slice(0, 1)) expect(text, `${page}, the map printed: ${said}`).to.include(squashed(said));
          for (const said of TABLE_WORDS) expect(text, `${page}: ${said}`).not.to.include(squashed(said));
          continue;
        }
        if (tableView) expect(text, `${page}: the note saying why`).not.to.include(NOTE);
        else expect(text, `${page}: the note saying why`).to.include(NOTE);
        for (const said of TABLE_WORDS) expect(text, `${page}: ${said}`).to.include(squashed(said));
        for (const said of MAP_WORDS) expect(text, `${page}: ${said}`).not.to.include(squashed(said));
      }
      // On screen again, the Table view in the map's words.
      expect(await onScreen(el), 'on screen after printing').to.equal(screen);
    });
  }
});
