import { expect } from '@esm-bundle/chai';
import '../../src/components/site-map/site-map.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { placeTooltip, type Box, type Size, type TooltipPlacementInput } from '../../src/components/base/tooltip-placement.js';
import { placeTooltip as everyPlace } from './tooltip-placement-reference.js';
import { given, placeAmongMarks as recordingPlaceAmongMarks } from '../bench/tooltip-among-marks-before.js';
import { cleanup, drawn, mount } from '../helpers.js';

// The keyboard's tooltip is searched for in rings outward from its mark, stopping once no place
// farther out can rank better (placeTooltip). It must land exactly where trying every place of
// the grid against every mark put it (the code before, kept as the reference): same corner, same
// size, same count of marks covered, for every site of the map and for crowds made to tie.

/** A repeatable stream of numbers in [0, 1) (mulberry32). */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const at = (x: number, y: number, r = 5): Box => ({ left: x - r, top: y - r, right: x + r, bottom: y + r });
const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const sameAsEveryPlace = (input: TooltipPlacementInput, what: string) => expect(placeTooltip(input), what).to.deep.equal(everyPlace(input));

describe('placeTooltip() by rings', () => {
  afterEach(cleanup);

  for (const width of [640, 360, 320]) {
    it(`at ${width} px, the keyboard's tooltip on each of the 25 sites of 2019 goes where trying every place put it`, async function () {
      this.timeout(30000);
      const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      const svg = root.querySelector('svg')!;
      svg.focus();
      // What the map gives placeTooltip for each site, as the keyboard reaches it.
      Object.defineProperty(el, 'placeTooltip', { value: recordingPlaceAmongMarks, configurable: true });
      given.length = 0;
      for (let i = 0; i < el.marks.length; i++) svg.dispatchEvent(new KeyboardEvent('keydown', { key: i ? 'ArrowRight' : 'Home', bubbles: true }));
      expect(given.map((input) => input.hovered)).to.deep.equal(el.marks.map(() => false));
      given.forEach((input, i) => sameAsEveryPlace(input, el.marks[i].key));
    });
  }

  it('crowds of marks at random (up to 70, more than a mask word), with legends, sizes that tie and a plot smaller than the tooltip, by the keyboard and hovered', () => {
    const next = random(2019);
    for (let n = 0; n < 120; n++) {
      const count = [0, 5, 25, 40, 70][n % 5];
      const others = Array.from({ length: count }, () => at(next() * 400, next() * 300, 2 + next() * 8));
      const avoid = n % 3 ? [{ left: 0, top: 260, right: 180, bottom: 280 }, { left: 200, top: 260, right: 400, bottom: 300 }] : [];
      const size: Size[] = [{ width: 100, height: 40 }, { width: 80, height: 60 }, { width: 100, height: 40 }, { width: 420, height: 20 }].slice(0, 1 + (n % 4));
      const mark = at(next() * 400, next() * 300, 3 + next() * 5);
      for (const hovered of [false, true]) sameAsEveryPlace({ mark, size, bounds, others, avoid, gap: 8 + (n % 3) * 2, hovered }, `crowd ${n}, ${hovered ? 'hovered' : 'keyboard'}`);
    }
  });

  it('marks on a lattice of the grid\'s own step round a mark in the middle, so that places tie in distance, in marks covered and in legend entries covered', () => {
    for (const step of [8, 16, 24, 40]) {
      const others: Box[] = [];
      for (let x = 20; x < 400; x += step) for (let y = 20; y < 300; y += step) if (Math.abs(x - 200) + Math.abs(y - 150) > 1) others.push(at(x, y, 2));
      for (const size of [{ width: 100, height: 40 }, [{ width: 40, height: 40 }, { width: 40, height: 40 }], [{ width: 64, height: 24 }, { width: 24, height: 64 }]]) {
        for (const avoid of [[], [{ left: 0, top: 0, right: 400, bottom: 300 }], [{ left: 0, top: 0, right: 200, bottom: 150 }, { left: 200, top: 150, right: 400, bottom: 300 }]]) {
          sameAsEveryPlace({ mark: at(200, 150), size, bounds, others, avoid, gap: 12 }, `lattice ${step}, ${JSON.stringify(size)}, ${avoid.length} legend entries`);
        }
      }
    }
  });

  it('a ring of marks round the mark: the free places just beyond it tie in distance (to the half pixel), and the first in the grid\'s order wins, as before, even in a ring searched later', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const next = random(seed);
      const others: Box[] = [];
      const radius = 30 + Math.floor(next() * 30);
      for (let a = 0; a < 360; a += 15 + Math.floor(next() * 10)) others.push(at(200 + radius * Math.cos((a * Math.PI) / 180), 152 + radius * Math.sin((a * Math.PI) / 180), 3));
      const size = { width: 40 + 8 * Math.floor(next() * 8), height: 16 + 8 * Math.floor(next() * 6) };
      sameAsEveryPlace({ mark: at(200, 152, 4), size, bounds, others, gap: 12 }, `seed ${seed}`);
    }
  });

  it('a plot full of marks, with no free place anywhere: the place covering fewest, as before', () => {
    const others: Box[] = [];
    for (let x = 5; x < 400; x += 30) for (let y = 5; y < 300; y += 30) others.push(at(x, y, 4));
    for (const mark of [at(200, 150), at(10, 10), at(395, 295), at(100, 290)]) {
      sameAsEveryPlace({ mark, size: [{ width: 150, height: 70 }, { width: 90, height: 110 }], bounds, others, gap: 8 }, JSON.stringify(mark));
    }
    // And a plot the tooltip does not fit: every place at its top left corner.
    sameAsEveryPlace({ mark: at(30, 30), size: [{ width: 100, height: 40 }], bounds: { left: 10, top: 20, right: 60, bottom: 40 }, others: [at(40, 30)], gap: 8 }, 'too small');
  });
});
