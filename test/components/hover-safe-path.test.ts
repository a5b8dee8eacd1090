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

/** A pointer event of `type` from a pen or finger at p, on what is under p, as the browser sends it. */
const pointer = (el: SiteMap, type: string, pointerType: 'pen' | 'touch', p: Point, buttons = 0, on?: Element) =>
  (on ?? el.shadowRoot!.elementFromPoint(...p)!).dispatchEvent(
    new PointerEvent(type, { pointerType, pointerId: 2, isPrimary: true, buttons, clientX: p[0], clientY: p[1], bubbles: !type.endsWith('leave'), composed: true }),
  );
/** A hovering pen's move to p. */
const penMove = async (el: SiteMap, p: Point) => void pointer(el, 'pointermove', 'pen', p);
/**
 * A finger's tap at p, as Chromium sends it: down, up, and out of the chart as it lifts (a finger
 * has no hover); then the press's focus (the chart's, unless it has it) and click.
 */
function tap(el: SiteMap, p: Point) {
  const svg = el.shadowRoot!.querySelector('svg')!;
  pointer(el, 'pointerdown', 'touch', p, 1);
  pointer(el, 'pointerup', 'touch', p);
  pointer(el, 'pointerleave', 'touch', p, 0, svg);
  if (el.shadowRoot!.activeElement !== svg) svg.focus({ preventScroll: true });
  el.shadowRoot!.elementFromPoint(...p)!.dispatchEvent(new MouseEvent('click', { clientX: p[0], clientY: p[1], bubbles: true, composed: true }));
}

/**
 * Barnsley's hovered tooltip at 360 px, the pointer rested on the site: the steps of its straight
 * way to the tooltip, the last on Barnsley (where it left the site), and the first on a neighbour.
 * `move`: the mouse's (real moves), or a pen's.
 */
async function towardsBarnsleysTooltip(el: SiteMap, move = (p: Point) => sendMouse({ type: 'move', position: p })) {
  const root = el.shadowRoot!;
  const site = root.querySelector('[data-key="barnsley"]')!;
  site.scrollIntoView({ block: 'center' });
  const from = centreOf(site.getBoundingClientRect());
  await move(from);
  await pause(200);
  const tip = root.querySelector<HTMLElement>('.tooltip')!;
  const label = el.marks.find((m) => m.key === 'barnsley')!.label;
  expect(tip.textContent).to.equal(label);
  const t = tip.getBoundingClientRect();
  const to = nearestInside(t, from);
  const steps: Point[] = Array.from({ length: 12 }, (_, i) => [Math.round(from[0] + ((to[0] - from[0]) * (i + 1)) / 12), Math.round(from[1] + ((to[1] - from[1]) * (i + 1)) / 12)]);
  const n = steps.findIndex((p) => markAt(el, p) !== 'barnsley' && markAt(el, p) !== null && root.elementFromPoint(...p) !== tip);
  expect(n, 'a neighbour on the way').to.be.greaterThan(0);
  for (const p of steps.slice(0, n + 1)) await move(p);
  return { tip, label, t, left: steps[n - 1], on: steps[n], neighbour: markAt(el, steps[n])! };
}

/** The map at 360 px, Barnsley tapped: its tooltip shown (and the chart focused). */
async function barnsleyTapped() {
  const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
  const site = el.shadowRoot!.querySelector('[data-key="barnsley"]')!;
  site.scrollIntoView({ block: 'center' });
  tap(el, centreOf(site.getBoundingClientRect()));
  const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
  expect(tip.textContent, "Barnsley's, tapped").to.equal(el.marks.find((m) => m.key === 'barnsley')!.label);
  return { el, tip };
}

describe('the safe path from a hovered mark to its tooltip (WCAG 1.4.13: hoverable)', function () {
  this.timeout(120000);
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  for (const width of [640, 360, 320]) {
    it(`at ${width} px, every site's hovered tooltip of 2019 is reached straight from the site (25 of 25; 25, 22 and 21 at 640, 360 and 320 px before), and every third one stays as the pointer rests on it`, async () => {
      const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', width));
      expect(await unreached(el, 'near', { steps: 12 }, 200)).to.deep.equal([]);
    });
  }

  it("crossing a neighbour on the way to the tooltip keeps the tooltip; resting on the neighbour gives the neighbour's within 150 ms", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const { tip, label, neighbour } = await towardsBarnsleysTooltip(el);
    expect(tip.textContent, `still Barnsley's over ${neighbour}`).to.equal(label);
    await pause(150);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent, 'the neighbour the pointer rests on').to.equal(el.marks.find((m) => m.key === neighbour)!.label);
  });

  it("a pointer leaving the path (not heading to the tooltip) onto another site gets that site's tooltip at once", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
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
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const { tip, label, neighbour } = await towardsBarnsleysTooltip(el);
    const back = centreOf(el.shadowRoot!.querySelector('[data-key="barnsley"]')!.getBoundingClientRect());
    await sendMouse({ type: 'move', position: back });
    await pause(250);
    expect(tip.textContent, `resting on Barnsley, not ${neighbour}`).to.equal(label);
  });

  it("the page scrolling under a pointer resting on a neighbour: no rest on the neighbour (it is no longer under the pointer); the pointer, now on the map's background, lets the tooltip go", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const spacer = document.body.appendChild(document.createElement('div'));
    spacer.style.height = `${2 * innerHeight}px`;
    try {
      const { tip, label, on, neighbour } = await towardsBarnsleysTooltip(el);
      // The scroll that brings the map's background (no site within reach, not the tooltip) under the pointer.
      const svg = el.shadowRoot!.querySelector('svg')!;
      const dy = Array.from({ length: 150 }, (_, i) => 2 * i + 4).find((d) => {
        const p: Point = [on[0], on[1] + d];
        return markAt(el, p) === null && svg.contains(el.shadowRoot!.elementFromPoint(...p));
      });
      expect(dy, 'the background below the neighbour').to.not.equal(undefined);
      window.scrollBy(0, dy!);
      expect(markAt(el, on), 'under the pointer after the scroll').to.equal(null);
      await pause(150);
      expect(tip.textContent, `not ${neighbour}'s, 150 ms on`).to.equal(label);
      await pause(500);
      expect(tip.hidden, 'the pointer on no site').to.equal(true);
    } finally {
      spacer.remove();
    }
  });

  it("a pen hovering goes the safe path as the mouse does: crossing a neighbour keeps the tooltip; resting there gives the neighbour's", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const { tip, label, neighbour } = await towardsBarnsleysTooltip(el, (p) => penMove(el, p));
    expect(tip.textContent, `still Barnsley's over ${neighbour}`).to.equal(label);
    await pause(150);
    expect(tip.textContent, 'the neighbour the pen rests over').to.equal(el.marks.find((m) => m.key === neighbour)!.label);
  });

  it("a pen pressed on the screen has no safe path: moved onto a neighbour, it gets the neighbour's tooltip at once", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const { tip, on, neighbour } = await towardsBarnsleysTooltip(el, (p) => penMove(el, p));
    pointer(el, 'pointermove', 'pen', on, 1);
    expect(tip.textContent).to.equal(el.marks.find((m) => m.key === neighbour)!.label);
  });

  it("a tap shows the tapped site's tooltip at once, whatever the mouse's safe path, and it stays once the finger lifts (a finger has no hover); so does a second tap's", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const { tip, neighbour } = await towardsBarnsleysTooltip(el);
    // Two sites other than Barnsley and the neighbour the mouse is resting on, each under its centre.
    const [first, second] = el.marks
      .map((m) => ({ mark: m, at: centreOf(el.shadowRoot!.querySelector(`[data-key="${m.key}"]`)!.getBoundingClientRect()) }))
      .filter(({ mark, at }) => mark.key !== 'barnsley' && mark.key !== neighbour && markAt(el, at) === mark.key && at[1] > 0 && at[1] < innerHeight);
    for (const { mark, at } of [first, second]) {
      tap(el, at);
      expect(tip.hidden).to.equal(false);
      expect(tip.textContent, `${mark.key}'s, at once`).to.equal(mark.label);
      await pause(600);
      expect(tip.hidden, `${mark.key}'s, 600 ms after the finger lifted`).to.equal(false);
      expect(tip.textContent).to.equal(mark.label);
    }
  });

  it("a finger panning the page from a site (no tap: the browser cancels the press) leaves no tooltip behind", async () => {
    // A tap first, so the chart has the focus (a mouse's press there would show its mark's tooltip at once).
    const { el, tip } = await barnsleyTapped();
    const other = el.marks.find((m) => m.key !== 'barnsley' && markAt(el, centreOf(el.shadowRoot!.querySelector(`[data-key="${m.key}"]`)!.getBoundingClientRect())) === m.key)!;
    const from = centreOf(el.shadowRoot!.querySelector(`[data-key="${other.key}"]`)!.getBoundingClientRect());
    // As Chromium sends a pan: down, cancel (the page takes the gesture), out of the chart; no click.
    pointer(el, 'pointerdown', 'touch', from, 1);
    // A finger down may be a pan's start: the other site neither takes the tooltip nor the focus
    // (real touch input: touch-pan.test.ts).
    expect(tip.textContent, 'not the site the pan starts on').to.not.equal(other.label);
    pointer(el, 'pointercancel', 'touch', from);
    pointer(el, 'pointerleave', 'touch', from, 0, el.shadowRoot!.querySelector('svg')!);
    await pause(600);
    expect(tip.hidden, '600 ms after the pan').to.equal(true);
  });

  it("a tap on the map's background lets the tooltip go", async () => {
    const { el, tip } = await barnsleyTapped();
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const background = Array.from({ length: 40 }, (_, i): Point => [Math.round(svg.left + 4), Math.round(svg.top + 4 + i * 8)]).find(
      (p) => markAt(el, p) === null && el.shadowRoot!.elementFromPoint(...p)?.closest('svg'),
    )!;
    tap(el, background);
    await pause(600);
    expect(tip.hidden).to.equal(true);
  });

  it("a key pressed while a hovered tooltip is going (the pointer just left the marks) shows the keyboard's mark, and it stays", async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const root = el.shadowRoot!;
    const site = root.querySelector('[data-key="barnsley"]')!;
    site.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: centreOf(site.getBoundingClientRect()) });
    await pause(200);
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden).to.equal(false);
    // Off the chart: the hovered tooltip has 400 ms to go.
    await sendMouse({ type: 'move', position: [0, 0] });
    root.querySelector('svg')!.focus();
    await sendKeys({ press: 'End' });
    const last = el.marks[el.marks.length - 1];
    expect(tip.textContent).to.equal(last.label);
    await pause(600);
    expect(tip.hidden, "the keyboard's tooltip, 600 ms on").to.equal(false);
    expect(tip.textContent).to.equal(last.label);
  });

  it('Escape while crossing a neighbour on the path: no tooltip comes back after the rest', async () => {
    const el = await settle(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const { tip, neighbour } = await towardsBarnsleysTooltip(el);
    await sendKeys({ press: 'Escape' });
    expect(tip.hidden).to.equal(true);
    await pause(250);
    expect(tip.hidden, `after Escape over ${neighbour}`).to.equal(true);
  });
});
