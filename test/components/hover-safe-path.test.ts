import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/site-map/site-map.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { onSafePath } from '../../src/components/base/safe-path.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { centreOf, nearestInside, pause, unreached } from '../hover-paths.js';

// Measured with real mouse moves, the pointer resting 200 ms on the mark first (the reader sees
// where its tooltip is) and then going straight to it: before the safe path, the map's
// tooltips were reached for 25 of 25 sites at 640 px, 22 at 360 px and 21 at 320 px
// (Barnsley, Islington, Greenwich, and Nottingham County at 320 px: a neighbour on every way
// out took the tooltip over), and the stacked bars' (2020, 360 px) from each segment's centre to
// the tooltip's centre for 41 of 64 segments.

type Point = [number, number];
const settle = async <T extends SiteMap>(el: T) => {
  await drawn(el);
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
  return el;
};
const distance = (p: Point, r: DOMRect) => Math.hypot(Math.max(r.left - p[0], 0, p[0] - r.right), Math.max(r.top - p[1], 0, p[1] - r.bottom));
/** The mark a pointer at p is on, as the chart finds it: under it, or the nearest within 12 px. */
const markAt = (el: SiteMap, p: Point): string | null => {
  const under = el.shadowRoot!.elementFromPoint(...p)?.closest('[data-key]');
  if (under) return under.getAttribute('data-key');
  let best: string | null = null;
  let bestD = 12;
  for (const m of el.shadowRoot!.querySelectorAll('svg [data-key]')) {
    const d = distance(p, m.getBoundingClientRect());
    if (d <= bestD) [best, bestD] = [m.getAttribute('data-key'), d];
  }
  return best;
};

/**
 * Barnsley's hovered tooltip at 360 px, the pointer rested on the site: the steps of its straight
 * way to the tooltip, the last on Barnsley (where it left the site), and the first on a neighbour.
 */
async function towardsBarnsleysTooltip(el: SiteMap) {
  const root = el.shadowRoot!;
  const site = root.querySelector('[data-key="barnsley"]')!;
  site.scrollIntoView({ block: 'center' });
  const from = centreOf(site.getBoundingClientRect());
  await sendMouse({ type: 'move', position: from });
  await pause(200);
  const tip = root.querySelector<HTMLElement>('.tooltip')!;
  const label = el.marks.find((m) => m.key === 'barnsley')!.label;
  expect(tip.textContent).to.equal(label);
  const t = tip.getBoundingClientRect();
  const to = nearestInside(t, from);
  const steps: Point[] = Array.from({ length: 12 }, (_, i) => [Math.round(from[0] + ((to[0] - from[0]) * (i + 1)) / 12), Math.round(from[1] + ((to[1] - from[1]) * (i + 1)) / 12)]);
  const n = steps.findIndex((p) => markAt(el, p) !== 'barnsley' && markAt(el, p) !== null && root.elementFromPoint(...p) !== tip);
  expect(n, 'a neighbour on the way').to.be.greaterThan(0);
  for (const p of steps.slice(0, n + 1)) await sendMouse({ type: 'move', position: p });
  return { tip, label, t, left: steps[n - 1], on: steps[n], neighbour: markAt(el, steps[n])! };
}

describe('the safe path from a hovered mark to its tooltip (WCAG 1.4.13: hoverable)', function () {
  this.timeout(120000);
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  for (const width of [640, 360, 320]) {
    it(`at ${width} px, every site's hovered tooltip of 2019 is reached straight from the site (25 of 25; 25, 22 and 21 at 640, 360 and 320 px before)`, async () => {
      const el = await settle(mount<SiteMap>('<site-map year="2019"></site-map>', width));
      expect(await unreached(el, 'near', { steps: 12 }, 200)).to.deep.equal([]);
    });
  }

  it("crossing a neighbour on the way to the tooltip keeps the tooltip; resting on the neighbour gives the neighbour's within 150 ms", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019"></site-map>', 360));
    const { tip, label, neighbour } = await towardsBarnsleysTooltip(el);
    expect(tip.textContent, `still Barnsley's over ${neighbour}`).to.equal(label);
    await pause(150);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent, 'the neighbour the pointer rests on').to.equal(el.marks.find((m) => m.key === neighbour)!.label);
  });

  it("a pointer leaving the path (not heading to the tooltip) onto another site gets that site's tooltip at once", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019"></site-map>', 360));
    const { tip, label, t, left, on } = await towardsBarnsleysTooltip(el);
    expect(tip.textContent).to.equal(label);
    // The nearest site whose centre is off the path, and where the pointer is on it.
    const off = el.marks
      .map((m) => ({ key: m.key, at: centreOf(el.shadowRoot!.querySelector(`[data-key="${m.key}"]`)!.getBoundingClientRect()) }))
      .filter(({ key, at }) => key !== 'barnsley' && !onSafePath(left, t, at) && markAt(el, at) === key)
      .sort((a, b) => Math.hypot(a.at[0] - on[0], a.at[1] - on[1]) - Math.hypot(b.at[0] - on[0], b.at[1] - on[1]))[0];
    await sendMouse({ type: 'move', position: off.at });
    expect(tip.textContent, `${off.key}'s, with no rest`).to.equal(el.marks.find((m) => m.key === off.key)!.label);
  });

  it('a pointer that crosses a neighbour on the path and comes back to its own site keeps its own tooltip (the rest begun on the neighbour is called off)', async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019"></site-map>', 360));
    const { tip, label, neighbour } = await towardsBarnsleysTooltip(el);
    const back = centreOf(el.shadowRoot!.querySelector('[data-key="barnsley"]')!.getBoundingClientRect());
    await sendMouse({ type: 'move', position: back });
    await pause(250);
    expect(tip.textContent, `resting on Barnsley, not ${neighbour}`).to.equal(label);
  });

  it('Escape while crossing a neighbour on the path: no tooltip comes back after the rest', async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019"></site-map>', 360));
    const { tip, neighbour } = await towardsBarnsleysTooltip(el);
    await sendKeys({ press: 'Escape' });
    expect(tip.hidden).to.equal(true);
    await pause(250);
    expect(tip.hidden, `after Escape over ${neighbour}`).to.equal(true);
  });
});
