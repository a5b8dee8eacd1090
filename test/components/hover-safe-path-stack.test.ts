import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { unreached } from '../hover-paths.js';

// The safe path (safe-path.ts) on the stacked bars: a segment's tooltip is centred above it, and
// the pointer going there passed within reach of the segment beside it (the narrow "don't know"
// ones, whose tooltip sits against the plot's right edge), which took the tooltip over.
describe('the safe path on the stacked bars', function () {
  this.timeout(200000);
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  it("the stacked bars (2020, 360 px): every segment's tooltip is reached straight from its centre to the tooltip's centre in 4 px steps (64 of 64; 41 before), and every third one stays as the pointer rests on it", async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 360));
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    expect(await unreached(el, 'centre', { step: 4 }, 200)).to.deep.equal([]);
  });

});
