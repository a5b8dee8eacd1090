// Not part of the suite (no .test.ts): for every measure, how many of the trend's keyboard tooltips
// with 28 px text lie not wholly inside a phone's window (320, 360 and 400 px wide, 568 and 700 px
// tall), by how much at most, and how many cover their own mark, printed as MEASURE lines.
// Run alone: npx web-test-runner --files test/measure/trend-tips-phone.measure.ts (about 3 minutes).
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { MEASURE_LABELS } from '../../src/data/vocabulary.js';
import { cleanup, drawn, mount, tabIntoChart } from '../helpers.js';

const focusedKey = (el: PioneerTrend) => el.shadowRoot!.querySelector('svg .focused')?.getAttribute('data-key') ?? '';

describe('MEASURE trend tooltips at phone widths', function () {
  this.timeout(600000);
  afterEach(async () => {
    cleanup();
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });
  for (const height of [568, 700]) {
    for (const width of [320, 360, 400]) {
      it(`${width}x${height}`, async () => {
        await setViewport({ width, height });
        document.body.style.margin = '0';
        const lines: string[] = [];
        for (const measure of Object.keys(MEASURE_LABELS)) {
          const el = await drawn(mount<PioneerTrend>(`<pioneer-trend measure="${measure}" style="--pioneer-font-size: 28px"></pioneer-trend>`, width));
          if (!el.marks.length) { cleanup(); continue; }
          el.scrollIntoView({ block: 'start' });
          await tabIntoChart(el);
          const seen = new Set<string>();
          let out = 0, worst = 0, worstKey = '', tallest = 0, coversMark = 0;
          const t0 = performance.now();
          for (let i = 0; i < 12; i++) await sendKeys({ press: 'ArrowUp' });
          for (let line = 0; line < 12 && seen.size < el.marks.length; line++) {
            for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowLeft' });
            for (let year = 0; year < 6; year++) {
              const key = focusedKey(el);
              if (key && !seen.has(key)) {
                seen.add(key);
                const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
                const t = tip.getBoundingClientRect();
                const m = el.shadowRoot!.querySelector('svg .focused')!.getBoundingClientRect();
                const past = Math.max(0, -t.left, t.right - innerWidth, -t.top, t.bottom - innerHeight);
                tallest = Math.max(tallest, t.height);
                if (past > 0.5) out++;
                if (past > worst) [worst, worstKey] = [past, `${key} (${t.left.toFixed(0)},${t.top.toFixed(0)},${t.right.toFixed(0)},${t.bottom.toFixed(0)} h${t.height.toFixed(0)})`];
                if (Math.min(t.right, m.right) > Math.max(t.left, m.left) && Math.min(t.bottom, m.bottom) > Math.max(t.top, m.top)) coversMark++;
              }
              await sendKeys({ press: 'ArrowRight' });
            }
            await sendKeys({ press: 'ArrowDown' });
          }
          lines.push(`${measure}: ${out}/${seen.size} (of ${el.marks.length}) out, worst ${worst.toFixed(0)}px ${worstKey}; tallest ${tallest.toFixed(0)}; over mark ${coversMark}; ${((performance.now() - t0) / seen.size).toFixed(0)}ms/step`);
          cleanup();
        }
        console.log(`MEASURE ${width}x${height} inner ${innerWidth}x${innerHeight} client ${document.documentElement.clientWidth}\n` + lines.join('\n'));
      });
    }
  }
});
