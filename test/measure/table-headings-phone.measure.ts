// Not part of the suite (no .test.ts): for every trend measure, response and group, the lines of
// each Table view heading at a phone's width (320 px), and of <pioneer-table>'s for every measure,
// group and response (and all responses), printed as MEASURE lines.
// Run alone: npx web-test-runner --files test/measure/table-headings-phone.measure.ts
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { groupsOf, measuresOf, responsesOf } from '../../src/data/query.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { headingLines } from '../table-headings.js';

/**
 * Mounts each chart at 320 px, shows its table (`toTable`; false: a chart with nothing to show,
 * skipped) and prints each heading's lines as a MEASURE line, with the tallest and the median.
 */
async function measureHeadings(label: string, markups: readonly string[], toTable: (el: PioneerTrend | PioneerTable) => Promise<boolean>) {
  await setViewport({ width: 320, height: 568 });
  document.body.style.margin = '0';
  const all: number[] = [];
  const out: string[] = [];
  for (const markup of markups) {
    const el = await drawn(mount<PioneerTrend | PioneerTable>(markup, 320));
    const lines = (await toTable(el)) ? headingLines(el) : [];
    if (!el.message && lines.length) {
      all.push(...lines.map((l) => l.lines));
      const worst = lines.reduce((a, b) => (b.lines > a.lines ? b : a));
      out.push(`${markup}: max ${worst.lines} (${worst.text.slice(0, 90)}); ${lines.map((l) => l.lines).join(' ')}`);
    }
    cleanup();
  }
  all.sort((a, b) => a - b);
  const median = all.length % 2 ? all[(all.length - 1) / 2] : (all[all.length / 2 - 1] + all[all.length / 2]) / 2;
  console.log(`MEASURE ${label}: ${out.length} tables, ${all.length} headings: max ${all[all.length - 1]}, median ${median}\n${out.join('\n')}`);
}

describe('MEASURE table heading lines at 320 px', function () {
  this.timeout(600000);
  const ds = bundledDataset();
  it('every trend measure, response and group', async () => {
    const markups = measuresOf(ds).flatMap((measure) => responsesOf(ds, measure).flatMap((response) =>
      ['all', ...groupsOf(ds, measure).filter((g) => /^(deprivation|organisation|tenure):/.test(g))].map((group) => `<pioneer-trend measure="${measure}" response="${response}" group="${group}"></pioneer-trend>`)));
    await measureHeadings('trend Table view', markups, async (el) => {
      if (el.message || !(el as PioneerTrend).marks.length) return false;
      (el as PioneerTrend).mode = 'table';
      await el.updateComplete;
      return true;
    });
  });
  it('<pioneer-table>: every measure and group, all responses and each', async () => {
    const markups = measuresOf(ds).flatMap((measure) => ['', ...responsesOf(ds, measure)].flatMap((response) =>
      ['all', ...groupsOf(ds, measure).filter((g) => g !== 'all')].map((group) => `<pioneer-table measure="${measure}" responses="${response}" group="${group}"></pioneer-table>`)));
    await measureHeadings('<pioneer-table>', markups, async (el) => {
      await el.updateComplete;
      return true;
    });
  });
});
