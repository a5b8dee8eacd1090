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

describe('MEASURE table heading lines at 320 px', function () {
  this.timeout(600000);
  it('every trend measure, response and group', async () => {
    await setViewport({ width: 320, height: 568 });
    document.body.style.margin = '0';
    const ds = bundledDataset();
    const all: number[] = [];
    const out: string[] = [];
    for (const measure of measuresOf(ds)) {
      for (const response of responsesOf(ds, measure)) {
        for (const group of ['all', ...groupsOf(ds, measure).filter((g) => /^(deprivation|organisation|tenure):/.test(g))]) {
          const el = await drawn(mount<PioneerTrend>(`<pioneer-trend measure="${measure}" response="${response}" group="${group}"></pioneer-trend>`, 320));
          if (el.message || !el.marks.length) { cleanup(); continue; }
          el.mode = 'table';
          await el.updateComplete;
          const lines = headingLines(el);
          all.push(...lines.map((l) => l.lines));
          const worst = lines.reduce((a, b) => (b.lines > a.lines ? b : a));
          out.push(`${measure} ${response} ${group}: max ${worst.lines} (${worst.text.slice(0, 90)}); ${lines.map((l) => l.lines).join(' ')}`);
          cleanup();
        }
      }
    }
    all.sort((a, b) => a - b);
    const median = all.length % 2 ? all[(all.length - 1) / 2] : (all[all.length / 2 - 1] + all[all.length / 2]) / 2;
    console.log(`MEASURE ${out.length} tables, ${all.length} headings: max ${all[all.length - 1]}, median ${median}\n${out.join('\n')}`);
  });
  it('<pioneer-table>: every measure and group, all responses and each', async () => {
    await setViewport({ width: 320, height: 568 });
    document.body.style.margin = '0';
    const ds = bundledDataset();
    const all: number[] = [];
    const out: string[] = [];
    for (const measure of measuresOf(ds)) {
      for (const response of ['', ...responsesOf(ds, measure)]) {
        for (const group of ['all', ...groupsOf(ds, measure).filter((g) => g !== 'all')]) {
          const el = await drawn(mount<PioneerTable>(`<pioneer-table measure="${measure}" responses="${response}" group="${group}"></pioneer-table>`, 320));
          await el.updateComplete;
          const lines = headingLines(el);
          if (el.message || !lines.length) { cleanup(); continue; }
          all.push(...lines.map((l) => l.lines));
          const worst = lines.reduce((a, b) => (b.lines > a.lines ? b : a));
          out.push(`${measure} ${response || '*'} ${group}: max ${worst.lines} (${worst.text.slice(0, 90)}); ${lines.map((l) => l.lines).join(' ')}`);
          cleanup();
        }
      }
    }
    all.sort((a, b) => a - b);
    const median = all.length % 2 ? all[(all.length - 1) / 2] : (all[all.length / 2 - 1] + all[all.length / 2]) / 2;
    console.log(`MEASURE TABLE ${out.length} tables, ${all.length} headings: max ${all[all.length - 1]}, median ${median}\n${out.join('\n')}`);
  });
});
