// Not part of the suite (no .test.ts): the before/after figures of the safe path, printed as MEASURE lines.
// Run alone, with a longer per-file limit: npx web-test-runner --files test/measure/hover-paths.measure.ts (about 10 minutes).
import '../../src/components/site-map/site-map.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { markEls, markToMark, unreached } from '../hover-paths.js';

const settle = async (el: PioneerChart<unknown>) => {
  await drawn(el);
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
  return el;
};

describe('MEASURE hover paths', function () {
  this.timeout(600000);
  afterEach(cleanup);
  const charts: [string, string, number][] = [
    ['map', '<site-map year="2019"></site-map>', 640],
    ['map', '<site-map year="2019"></site-map>', 360],
    ['map', '<site-map year="2019"></site-map>', 320],
    ['stack', '<barrier-stack measure="barrier" year="2020"></barrier-stack>', 360],
    ['trend', '<pioneer-trend measure="objective"></pioneer-trend>', 360],
    ['compare', '<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>', 360],
  ];
  for (const [name, markup, width] of charts) {
    it(`${name} ${width}`, async () => {
      const el = await settle(mount<PioneerChart<unknown>>(markup, width));
      const n = markEls(el).length;
      const near0 = await unreached(el, 'near', { steps: 12 });
      const near200 = await unreached(el, 'near', { steps: 12 }, 200);
      const centre200 = await unreached(el, 'centre', { step: 4 }, 200);
      const sweep = await markToMark(el, 200);
      console.log(`MEASURE ${name}@${width}: marks ${n}; near/12 steps no rest ${n - near0.length} (not ${near0.join(' ')}); near/12 rest200 ${n - near200.length} (not ${near200.join(' ')}); centre/4px rest200 ${n - centre200.length} (not ${centre200.join(' ')}); mark-to-mark at once ${sweep.atOnce}/${sweep.of}, after 200 ms ${sweep.afterDwell}/${sweep.of} (missed ${sweep.missed.join(' ')}; under: ${sweep.underTooltip.join(' ')})`);
    });
  }
});
