// Not part of the suite (no .test.ts): on the grid, how many other tiles' codes and counts (TEXTS: text
// boxes; TILES: tiles with any) the keyboard's tooltip covers, tile by tile, against the fewest any place
// 12 to 16 px off its tile covers at its size (oracle), at any of its wraps, and shrunk to its longest
// line (slack: px it could lose); printed as MEASURE lines.
// Run alone: npx web-test-runner --files test/measure/grid-tooltip.measure.ts
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/site-map/site-map.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (b: Box, o: Box) => b.left >= o.left - 0.5 && b.top >= o.top - 0.5 && b.right <= o.right + 0.5 && b.bottom <= o.bottom + 0.5;
const apartOf = (t: Box, b: Box) => Math.hypot(Math.max(t.left - b.right, b.left - t.right, 0), Math.max(t.top - b.bottom, b.top - t.bottom, 0));

describe('MEASURE grid keyboard tooltip', function () {
  this.timeout(600000);
  afterEach(cleanup);
  for (const [width, style] of [[320, ''], [400, ''], [480, ''], [320, '--pioneer-font-size: 28px'], [290, '--pioneer-font-size: 28px']] as const) {
    it(`${width} ${style}`, async () => {
      const el = await drawn(mount<SiteMap>(`<site-map style="${style}"></site-map>`, width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      root.querySelector('svg')!.focus();
      const tiles = [...root.querySelectorAll('g.tile')];
      const win: Box = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight };
      const per: number[] = [];
      const perText: number[] = [];
      const times: number[] = [];
      const orig = (el as unknown as { placeTooltip: (...a: unknown[]) => unknown }).placeTooltip;
      Object.defineProperty(el, 'placeTooltip', { value: (...a: unknown[]) => { const t0 = performance.now(); const r = orig(...a); times.push(performance.now() - t0); return r; }, configurable: true });
      const best: number[] = [];
      const dists: number[] = [];
      const widths: number[] = [];
      const allSizes: number[] = [], allShrunk: number[] = [], slack: number[] = [];
      for (let i = 0; i < el.marks.length; i++) {
        if (i) await sendKeys({ press: 'ArrowRight' });
        const focused = root.querySelector('g.tile.focused')!;
        const texts = tiles.filter((g) => g !== focused).map((g) => [...g.querySelectorAll('text')].filter((x) => x.getAttribute('display') !== 'none').map((x) => x.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0));
        const count = (t: Box) => texts.filter((ts) => ts.some((r) => overlaps(t, r))).length;
        const t = tip.getBoundingClientRect();
        const b = focused.querySelector('rect')!.getBoundingClientRect();
        per.push(count(t));
        perText.push(texts.flat().filter((r) => overlaps(t, r)).length);
        dists.push(apartOf(t, b));
        widths.push(t.width);
        // Oracle: every place at 1 px steps, within 16 px of the tile, clear of it and 12 px round it, inside element, plot, window.
        const el0 = el.getBoundingClientRect();
        const plot = root.querySelector('.plot')!.getBoundingClientRect();
        const clear: Box = { left: b.left - 12, top: b.top - 12, right: b.right + 12, bottom: b.bottom + 12 };
        const oracle = (w: number, h: number, far = 16) => {
          let min = Infinity;
          for (let x = b.left - 16 - w; x <= b.right + 16; x += 1)
            for (let y = b.top - 16 - h; y <= b.bottom + 16; y += 1) {
              const c = { left: x, top: y, right: x + w, bottom: y + h };
              if (overlaps(c, clear) || apartOf(c, b) > far || !inside(c, el0) || !inside(c, plot) || !inside(c, win)) continue;
              min = Math.min(min, count(c));
            }
          return min;
        };
        best.push(oracle(t.width, t.height, 16));
        const mw = tip.style.maxWidth;
        const sizes = ['', 'min(18em, 35%)', 'min(18em, 100%, max(25%, 9em))', 'min(18em, 100%)'].map((m) => { tip.style.maxWidth = m; const r = tip.getBoundingClientRect(); return [r.width, r.height]; });
        // Shrunk to its longest line, each wrap.
        const shrunk = ['', 'min(18em, 35%)', 'min(18em, 100%, max(25%, 9em))', 'min(18em, 100%)'].map((m) => { tip.style.maxWidth = m; const r = tip.getBoundingClientRect(); const range = document.createRange(); range.selectNodeContents(tip); const lines = [...range.getClientRects()]; const lw = Math.max(...lines.map((l) => l.right)) - Math.min(...lines.map((l) => l.left)); const cs = getComputedStyle(tip); return [lw + parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) + parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth), r.height]; });
        tip.style.maxWidth = mw;
        slack.push(t.width - shrunk[sizes.findIndex(([w, h]) => Math.abs(w - t.width) < 0.5 && Math.abs(h - t.height) < 0.5)]?.[0]);
        allSizes.push(Math.min(...sizes.map(([w, h]) => oracle(w, h, 16))));
        allShrunk.push(Math.min(...[...sizes, ...shrunk].map(([w, h]) => oracle(w, h, 16))));
      }
      const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
      console.log(`MEASURE ${width} ${style}: TEXTS total ${sum(perText)} max ${Math.max(...perText)} per ${perText.join(',')} | ms median ${times.sort((a, b) => a - b)[times.length >> 1]?.toFixed(2)} max ${Math.max(...times).toFixed(2)} | TILES total ${sum(per)} max ${Math.max(...per)} per ${per.join(',')} | oracle(same size, 12..16px) total ${sum(best)} per ${best.join(',')} | oracle any wrap: ${sum(allSizes)}; + shrunk 16: ${sum(allShrunk)} | slack ${slack.map((v) => Math.round(v)).join(',')} | dist max ${Math.max(...dists).toFixed(1)} | width ${Math.min(...widths).toFixed(0)}-${Math.max(...widths).toFixed(0)}`);
    });
  }
});
