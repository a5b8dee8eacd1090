// The keyboard tooltip's cost on <site-map> (25 sites of 2019), before the ring search and after,
// in one run, alternating, so both see the same load. The map is drawn at every width
// (layout="map"): under 560 px `auto` draws the tile grid, whose tooltips are placed by its own
// search (placeBesideMarks), which this bench does not swap. Not part of the suite (not *.test.ts):
//   npx web-test-runner --files test/bench/tooltip-keyboard.bench.ts --port <port>
// It asserts only that both place every tooltip alike; the figures are printed, never asserted.
// (a) placeTooltip alone on the inputs the map gave it, per call: median of many passes.
// (b) an arrow key end to end: keydown handled (focus moved, tooltip measured, placed), then the
//     layout that placement leaves; median and p90 of 100 presses.
import { expect } from '@esm-bundle/chai';
import '../../src/components/site-map/site-map.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { placeAmongMarks } from '../../src/components/base/tooltip-among-marks.js';
import { placeTooltip } from '../../src/components/base/tooltip-placement.js';
import { placeTooltip as placeTooltipBefore } from '../components/tooltip-placement-reference.js';
import { given, placeAmongMarks as placeAmongMarksBefore } from './tooltip-among-marks-before.js';
import { cleanup, drawn, mount } from '../helpers.js';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
const fmt = (x: number) => x.toFixed(3);

describe('keyboard tooltip bench', () => {
  afterEach(cleanup);

  for (const width of [640, 360, 320]) {
    it(`at ${width} px: placeTooltip and an arrow key, before and after`, async function () {
      this.timeout(300000);
      const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      const svg = root.querySelector('svg')!;
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      svg.focus();
      const use = (before: boolean) => Object.defineProperty(el, 'placeTooltip', { value: before ? placeAmongMarksBefore : placeAmongMarks, configurable: true, writable: true });
      const press = (key: string) => svg.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

      // (b) end to end: passes of 25 presses (Home, then ArrowRight to the last site), alternating.
      const handled: Record<'before' | 'after', number[]> = { before: [], after: [] };
      const placedToo: Record<'before' | 'after', number[]> = { before: [], after: [] };
      const where: Record<'before' | 'after', Map<string, string>> = { before: new Map(), after: new Map() };
      given.length = 0;
      for (let pass = 0; pass < 10; pass++) {
        const which = pass % 2 ? 'after' : 'before';
        use(which === 'before');
        for (let i = 0; i < el.marks.length; i++) {
          await frame();
          const t0 = performance.now();
          press(i ? 'ArrowRight' : 'Home');
          const t1 = performance.now();
          tip.getBoundingClientRect();
          const t2 = performance.now();
          if (pass > 1) {
            where[which].set(root.querySelector('.focused')!.getAttribute('data-key')!, `${tip.style.left} ${tip.style.top} ${tip.style.maxWidth}`);
            handled[which].push(t1 - t0);
            placedToo[which].push(t2 - t0);
          }
        }
      }
      // (The first passes, from the page's first scroll position, are left out: the window
      // scrolls to the sites and stays so.)
      expect([...where.after], 'each site\'s tooltip placed alike').to.deep.equal([...where.before]);

      // (a) placeTooltip alone, on the inputs of the last pass before (25 sites).
      const inputs = given.slice(-el.marks.length);
      for (const input of inputs) expect(placeTooltip(input)).to.deep.equal(placeTooltipBefore(input));
      const perCall: Record<'before' | 'after', number[]> = { before: [], after: [] };
      for (let run = 0; run < 60; run++) {
        for (const which of run % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
          const f = which === 'before' ? placeTooltipBefore : placeTooltip;
          const t0 = performance.now();
          for (const input of inputs) f(input);
          perCall[which].push((performance.now() - t0) / inputs.length);
        }
      }
      const m = (xs: number[]) => quantile(xs, 0.5);
      console.log(
        `BENCH ${width}px placeTooltip per call: before ${fmt(m(perCall.before))} ms, after ${fmt(m(perCall.after))} ms (×${(m(perCall.before) / m(perCall.after)).toFixed(1)}) | ` +
          `arrow key handled: before median ${fmt(m(handled.before))} p90 ${fmt(quantile(handled.before, 0.9))}, after median ${fmt(m(handled.after))} p90 ${fmt(quantile(handled.after, 0.9))} (×${(m(handled.before) / m(handled.after)).toFixed(1)}) | ` +
          `handled + layout: before median ${fmt(m(placedToo.before))} p90 ${fmt(quantile(placedToo.before, 0.9))}, after median ${fmt(m(placedToo.after))} p90 ${fmt(quantile(placedToo.after, 0.9))} (n=${handled.after.length} each)`,
      );
    });
  }
});
