import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/site-map/site-map.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { parseCsv } from '../../src/data/csv.js';
import { sitesOf } from '../../src/data/query.js';
import { axeViolations } from '../a11y.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

// Expectations from the report text: 2019 report Table 3.1 and section 2 (more/less
// deprived lists), 2020 report Table 3.1.

const marksOf = (el: SiteMap) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.site')];
const hollowIds = (el: SiteMap) => marksOf(el).filter((m) => m.classList.contains('hollow')).map((m) => m.getAttribute('data-key')).sort();
const centre = (m: Element) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(m.getAttribute('transform')!)!.slice(1).map(Number);
const liveText = (el: SiteMap) => el.shadowRoot!.querySelector('.live')!.textContent!;
const key = (svg: SVGSVGElement, k: string) => svg.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const grow = (b: Box, by: number): Box => ({ left: b.left - by, top: b.top - by, right: b.right + by, bottom: b.bottom + by });
const inside = (b: Box, outer: Box) => b.left >= outer.left - 0.5 && b.top >= outer.top - 0.5 && b.right <= outer.right + 0.5 && b.bottom <= outer.bottom + 0.5;
const windowBox = (): Box => ({ left: 0, top: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight });
const centreOf = (b: Box): [number, number] => [(b.left + b.right) / 2, (b.top + b.bottom) / 2];
/** The tooltip's lines of text not wholly in view: outside its box, the plot or the window, or under something else. */
const hiddenText = (root: ShadowRoot, tip: HTMLElement): string[] => {
  const range = document.createRange();
  range.selectNodeContents(tip);
  const box = tip.getBoundingClientRect();
  const plot = root.querySelector('.plot')!.getBoundingClientRect();
  // Hit-tested as painted: a keyboard's tooltip lets the pointer through (pointer-events: none),
  // which elementFromPoint would look past.
  const was = tip.style.pointerEvents;
  tip.style.pointerEvents = 'auto';
  try {
    return [...range.getClientRects()]
      .filter((line) => !inside(line, box) || !inside(line, plot) || !inside(line, windowBox()) || root.elementFromPoint(...centreOf(line)) !== tip)
      .map((line) => `${Math.round(line.left)},${Math.round(line.top)} ${Math.round(line.width)}×${Math.round(line.height)}`);
  } finally {
    tip.style.pointerEvents = was;
  }
};

describe('<site-map>', () => {
  afterEach(cleanup);

  it('in the Table view, the notes on the drawing (approximate locations, marks moved apart, the map outline, the tiles and their codes) are not shown; the total still is, and a figure downloaded from it keeps them', async () => {
    for (const layout of ['map', 'grid']) {
      // The notes a reader sees (and a screen reader reads): those laid out.
      const notes = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="note"]')].filter((n) => n.getClientRects().length > 0).map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
      const drawing = layout === 'map' ? /moved apart.*Natural Earth/ : /Tiles are arranged.*Tile codes: /;
      const chart = await drawn(mount<SiteMap>(`<site-map year="2019" layout="${layout}"></site-map>`));
      const table = await drawn(mount<SiteMap>(`<site-map year="2019" layout="${layout}" mode="table"></site-map>`));
      expect(notes(chart), layout).to.match(drawing);
      expect(notes(table), layout).not.to.match(/moved apart|Natural Earth|Tiles are arranged|Tile codes/);
      expect(notes(table), layout).to.contain('67 key informants in all in 2019');
      // The Download menu's SVG from the Table view is the drawing, with what it needs said under it.
      expect(table.toSvg().replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), `${layout}: the SVG file`).to.match(drawing);
      cleanup();
    }
  });
  it('<site-map> draws the 25 Pioneer sites, sized by the 2020 informants, three of them hollow', async () => {
    const el = await drawn(mount<SiteMap>('<site-map></site-map>'));
    expect(marksOf(el)).to.have.length(25);
    // 2020 report: no returns from Nottingham City, Southend and Staffordshire & Stoke.
    expect(hollowIds(el)).to.deep.equal(['nottingham-city', 'southend', 'staffordshire-and-stoke']);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.contain('2020');
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.match(/2020, Table 3\.1/);
  });

  it('a site smaller than a finger is reached by a pointer just beside it (WCAG 2.5.8: within 12 px of its mark), and the nearest site wins; farther off, none', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const mark = marksOf(el).find((m) => m.getAttribute('data-key') === 'greater-manchester')!;
    const box = mark.getBoundingClientRect();
    expect(box.width, 'smaller than 24 px').to.be.below(24);
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    const label = el.marks.find((m) => m.key === 'greater-manchester')!.label;
    // Beside the mark, on the map's background (not on another site).
    const at: [number, number] = [Math.round(box.right + 6), Math.round(box.top + box.height / 2)];
    expect(el.shadowRoot!.elementFromPoint(...at)?.closest('[data-key]') ?? null, 'not on a mark').to.equal(null);
    await sendMouse({ type: 'move', position: at });
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal(label);
    const selected: unknown[] = [];
    el.addEventListener('pioneer-select', (e) => selected.push((e as CustomEvent).detail));
    await sendMouse({ type: 'click', position: at });
    expect(selected).to.deep.equal([{ source: 'site-map', ...el.marks.find((m) => m.key === 'greater-manchester')!.detail }]);
    expect(el.shadowRoot!.querySelector('.focused')).to.equal(mark);
    // At the map's left edge, level with the mark (the sea, far from every site): nothing.
    const far: [number, number] = [Math.round(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().left + 2), Math.round(box.top + box.height / 2)];
    const near = marksOf(el).some((m) => {
      const r = m.getBoundingClientRect();
      return Math.hypot(Math.max(r.left - far[0], 0, far[0] - r.right), Math.max(r.top - far[1], 0, far[1] - r.bottom)) <= 12;
    });
    expect(near, 'the far point is more than 12 px from every site').to.equal(false);
    await sendMouse({ type: 'move', position: far });
    await new Promise((r) => setTimeout(r, 500));
    expect(tip.hidden, 'the tooltip goes once the pointer is beyond every site').to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  // Centred over each site (or under it), as on the bars, the tooltips of the 25 sites of 2019,
  // focused in turn, covered 79 other sites in all at 640 px and 154 at 360 px (London, the North West).
  for (const [width, before] of [[640, 79], [360, 154]] as const) {
    it(`at ${width} px, the keyboard's tooltip on each site in turn leaves the site and its outline in view (WCAG 2.4.11), inside the plot and the window, and covers few other sites: at most 4 in all (${before} before)`, async () => {
      const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      root.querySelector('svg')!.focus();
      let covered = 0;
      for (let i = 0; i < el.marks.length; i++) {
        if (i) await sendKeys({ press: 'ArrowRight' });
        const focused = root.querySelector('.focused')!;
        const site = focused.getAttribute('data-key');
        expect(tip.hidden, `${site}: shown`).to.equal(false);
        expect(tip.textContent).to.equal(el.marks.find((m) => m.key === site)!.label);
        const t = tip.getBoundingClientRect();
        // The focus outline is 3 px wide, on the mark's edge.
        expect(overlaps(t, grow(focused.getBoundingClientRect(), 2)), `${site}: covered by its own tooltip`).to.equal(false);
        expect(inside(t, root.querySelector('.plot')!.getBoundingClientRect()), `${site}: inside the plot`).to.equal(true);
        expect(inside(t, windowBox()), `${site}: inside the window`).to.equal(true);
        covered += marksOf(el).filter((m) => m !== focused && overlaps(t, m.getBoundingClientRect())).length;
      }
      expect(covered, `other sites covered, over the 25 (${before} before)`).to.be.at.most(4);
    });
  }

  // Placed beside its site or at a corner of the plot, the keyboard's tooltip went up to 197 px
  // from its site at 640 px, 380 px at 360 px and 387 px at 320 px, there over the legend for
  // every site (25 of 25): the eye lost the way from the site to its tooltip. Tried every 8 px
  // across the plot too, it takes the free place nearest the site: at most 62, 108 and 95 px.
  for (const [width, most, before] of [[640, 80, 197], [360, 120, 380], [320, 120, 387]] as const) {
    it(`at ${width} px, the keyboard's tooltip on each site lies within ${most} px of it (${before} px before) and over none of the legend's entries`, async function () {
      this.timeout(30000);
      const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      root.querySelector('svg')!.focus();
      const far: string[] = [];
      const overLegend: string[] = [];
      for (let i = 0; i < el.marks.length; i++) {
        if (i) await sendKeys({ press: 'ArrowRight' });
        const focused = root.querySelector('.focused')!;
        const site = focused.getAttribute('data-key');
        const t = tip.getBoundingClientRect();
        const b = focused.getBoundingClientRect();
        const apart = Math.hypot(Math.max(t.left - b.right, b.left - t.right, 0), Math.max(t.top - b.bottom, b.top - t.bottom, 0));
        if (apart > most) far.push(`${site}: ${Math.round(apart)} px`);
        // Measured now: the window may have scrolled to the focused site.
        const legend = [...root.querySelectorAll('[part~="legend"] > *')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
        if (legend.some((l) => overlaps(t, l))) overLegend.push(site!);
      }
      expect(far, 'farther from their site').to.deep.equal([]);
      expect(overLegend, 'over the legend').to.deep.equal([]);
    });
  }

  // 18em wide at every width (214 px, 60% of a 360 px map), the tooltip covered other sites
  // wherever it went near its site. At most 45% of the map wide (or 35%, or 9em), its text wraps
  // (at its size, 0.85em) and stays all in view in the plot and the window (WCAG 1.4.10).
  for (const width of [360, 320]) {
    it(`at ${width} px, the keyboard's tooltip on each site is at most 45% of the map wide (18em, 214 px, before), its text wrapped inside it and all in view`, async function () {
      this.timeout(30000);
      const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      const plot = root.querySelector('.plot')!.getBoundingClientRect();
      root.querySelector('svg')!.focus();
      const chartText = parseFloat(getComputedStyle(root.querySelector('.plot')!).fontSize);
      for (let i = 0; i < el.marks.length; i++) {
        if (i) await sendKeys({ press: 'ArrowRight' });
        const site = root.querySelector('.focused')!.getAttribute('data-key');
        const t = tip.getBoundingClientRect();
        expect(t.width, `${site}: its width`).to.be.at.most(plot.width * 0.45 + 0.5);
        expect(parseFloat(getComputedStyle(tip).fontSize), `${site}: its text not made smaller`).to.be.closeTo(chartText * 0.85, 0.05);
        expect(tip.scrollWidth, `${site}: no word sticking out`).to.be.at.most(tip.clientWidth);
        expect(hiddenText(root, tip), `${site}: lines of its text out of view`).to.deep.equal([]);
      }
    });
  }

  it('a site focused by the keyboard after the pointer passed over the map gets the keyboard placement, not the hovered one', async function () {
    this.timeout(60000);
    const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const root = el.shadowRoot!;
    await Promise.all(root.getAnimations().map((a) => a.finished));
    const svg = root.querySelector('svg')!;
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    const where = () => {
      const t = tip.getBoundingClientRect();
      return [Math.round(t.left), Math.round(t.top)].join(',');
    };
    svg.focus();
    const byKeys: string[] = [];
    for (let i = 0; i < el.marks.length; i++) {
      if (i) await sendKeys({ press: 'ArrowRight' });
      byKeys.push(where());
    }
    // Back to the first site; then, for each, the pointer crosses the map's corner (the sea)
    // and the chart is focused again (as Tab does): the tooltip is the keyboard's.
    await sendKeys({ press: 'Home' });
    const differ: string[] = [];
    for (let i = 0; i < el.marks.length; i++) {
      if (i) await sendKeys({ press: 'ArrowRight' });
      const b = svg.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(b.left + 3), Math.round(b.top + 3)] });
      await sendMouse({ type: 'move', position: [0, 0] });
      svg.blur();
      svg.focus();
      expect(tip.hidden).to.equal(false);
      if (where() !== byKeys[i]) differ.push(`${el.marks[i].key}: ${where()} not ${byKeys[i]}`);
    }
    expect(differ).to.deep.equal([]);
  });

  // Centred over each site, a hovered site's tooltip covered 77 other sites in all at 640 px and
  // 154 at 360 px, and a pointer going straight to it from the site reached it for 18 of the 25
  // (at both widths): on the way, 7 passed within reach of a neighbour, whose tooltip took its place.
  // Beside the site, 18em wide at every width, it covered 10 at 640 px and 71 at 360 px, and was
  // reached for 25 and 21; wrapped narrower where that fits between the sites, 9 and 17, reached
  // for 25 and 22 (Barnsley, Islington and Greenwich have a neighbour on every way out). With the
  // safe path (safe-path.ts: a neighbour crossed on the way does not take the tooltip over), 25 and 25.
  for (const [width, reached, most, before] of [[640, 25, 12, 77], [360, 25, 20, 154]] as const) {
    it(`at ${width} px, a hovered site's tooltip is beside it, never over it, its text all in view, covers at most ${most} other sites in all (${before} before), and the pointer reaches it straight from the site for ${reached} of 25 (18 before; 22 at 360 px before the safe path; WCAG 1.4.13: hoverable); Escape dismisses it`, async function () {
      this.timeout(90000);
      const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      const lost: string[] = [];
      let covered = 0;
      for (const mark of el.marks) {
        const site = root.querySelector(`[data-key="${mark.key}"]`)!;
        site.scrollIntoView({ block: 'center' });
        const b = site.getBoundingClientRect();
        const from: [number, number] = [Math.round((b.left + b.right) / 2), Math.round((b.top + b.bottom) / 2)];
        await sendMouse({ type: 'move', position: from });
        expect(tip.hidden, `${mark.key}: shown`).to.equal(false);
        expect(tip.textContent).to.equal(mark.label);
        const t = tip.getBoundingClientRect();
        expect(overlaps(t, grow(b, 2)), `${mark.key}: covered by its own tooltip`).to.equal(false);
        expect(inside(t, windowBox()), `${mark.key}: inside the window`).to.equal(true);
        expect(hiddenText(root, tip), `${mark.key}: lines of its text out of view`).to.deep.equal([]);
        covered += marksOf(el).filter((m) => m !== site && overlaps(t, m.getBoundingClientRect())).length;
        // The reader sees where the tooltip is (200 ms), then goes straight to its point nearest
        // the site, 4 px inside it.
        await new Promise((r) => setTimeout(r, 200));
        const to = [Math.max(t.left + 4, Math.min(t.right - 4, from[0])), Math.max(t.top + 4, Math.min(t.bottom - 4, from[1]))];
        for (let i = 1; i <= 12; i++) await sendMouse({ type: 'move', position: [Math.round(from[0] + ((to[0] - from[0]) * i) / 12), Math.round(from[1] + ((to[1] - from[1]) * i) / 12)] });
        // (That it stays while the pointer rests on it is checked on this path, at these widths, in hover-safe-path.test.ts.)
        if (tip.hidden || tip.textContent !== mark.label) lost.push(mark.key);
        // Escape dismisses it wherever the pointer is; the next site's shows as the pointer gets there.
        await sendKeys({ press: 'Escape' });
        expect(tip.hidden, `${mark.key}: dismissed with Escape`).to.equal(true);
      }
      await sendMouse({ type: 'move', position: [0, 0] });
      expect(covered, `other sites covered, over the 25 (${before} before)`).to.be.at.most(most);
      expect(el.marks.length - lost.length, `reached; not: ${lost.join(', ')}`).to.equal(reached);
    });
  }

  // On the grid, searched across the plot as on the map, the keyboard's tooltip went to the free
  // cells (covering no tile): up to 263 px from its tile at 320 px, 235 at 400, 286 at 480 and
  // 230 at 800 (layout="grid"), more than 120 px off for 10, 6, 11 and 4 of the 25 tiles; more
  // than 16 px off for 21, 22, 21 and 11. A reader with a magnifier, or on a phone, lost the way
  // from the tile to its figures. Now beside its tile, 12 px off (the pointer's reach round it).
  for (const [width, layout] of [[320, 'auto'], [400, 'auto'], [480, 'auto'], [800, 'grid']] as const) {
    it(`on the grid at ${width} px (layout="${layout}"), the keyboard's tooltip on each tile lies beside it (at most 16 px off), never over it or its outline, inside the element, its plot and the window`, async function () {
      this.timeout(30000);
      const el = await drawn(mount<SiteMap>(`<site-map layout="${layout}"></site-map>`, width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      expect(root.querySelectorAll('g.tile'), 'the grid drawn').to.have.length(25);
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      root.querySelector('svg')!.focus();
      const far: string[] = [];
      for (let i = 0; i < el.marks.length; i++) {
        if (i) await sendKeys({ press: 'ArrowRight' });
        const focused = root.querySelector('g.tile.focused')!;
        const site = focused.getAttribute('data-key')!;
        expect(tip.hidden, `${site}: shown`).to.equal(false);
        expect(tip.textContent).to.equal(el.marks.find((m) => m.key === site)!.label);
        const t = tip.getBoundingClientRect();
        const b = focused.querySelector('rect')!.getBoundingClientRect();
        const apart = Math.hypot(Math.max(t.left - b.right, b.left - t.right, 0), Math.max(t.top - b.bottom, b.top - t.bottom, 0));
        if (apart > 16) far.push(`${site}: ${Math.round(apart)} px`);
        // The focus outline is 3 px wide, on the tile's edge.
        expect(overlaps(t, grow(b, 2)), `${site}: covered by its own tooltip`).to.equal(false);
        expect(inside(t, el.getBoundingClientRect()), `${site}: inside the element`).to.equal(true);
        expect(inside(t, root.querySelector('.plot')!.getBoundingClientRect()), `${site}: inside the plot`).to.equal(true);
        expect(inside(t, windowBox()), `${site}: inside the window`).to.equal(true);
        expect(hiddenText(root, tip), `${site}: lines of its text out of view`).to.deep.equal([]);
      }
      expect(far, 'more than 16 px from their tile').to.deep.equal([]);
    });
  }

  // By the keyboard, the grid's tooltip was placed as a hovered one is, bordering the 12 px round
  // its tile: over the 25 tiles it covered 100 other tiles' codes and counts at 320 px wide, 54 at
  // 400 and 38 at 480 (up to 12 for one tile), where another place as near its tile covered fewer
  // for 8, 3 and 2 tiles. It now goes anywhere from 12 to 16 px off its tile, round its corners
  // too, covering the fewest: 86, 48 and 35.
  for (const [width, before, after] of [[320, 100, 86], [400, 54, 48], [480, 38, 35]] as const) {
    it(`on the grid at ${width} px, the keyboard's tooltip on each tile covers no more other tiles' codes and counts than any other place 12 to 16 px off it, inside the element, plot and window would: ${after} over the 25 (${before} before)`, async function () {
      this.timeout(60000);
      const el = await drawn(mount<SiteMap>('<site-map></site-map>', width));
      const root = el.shadowRoot!;
      await Promise.all(root.getAnimations().map((a) => a.finished));
      const tiles = [...root.querySelectorAll('g.tile')];
      expect(tiles, 'the grid drawn').to.have.length(25);
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      root.querySelector('svg')!.focus();
      const apartOf = (t: Box, b: Box) => Math.hypot(Math.max(t.left - b.right, b.left - t.right, 0), Math.max(t.top - b.bottom, b.top - t.bottom, 0));
      const worse: string[] = [];
      let total = 0;
      for (let i = 0; i < el.marks.length; i++) {
        if (i) await sendKeys({ press: 'ArrowRight' });
        const focused = root.querySelector('g.tile.focused')!;
        const site = focused.getAttribute('data-key')!;
        expect(tip.hidden, `${site}: shown`).to.equal(false);
        // The other tiles' codes and counts as shown.
        const texts = tiles
          .filter((g) => g !== focused)
          .flatMap((g) => [...g.querySelectorAll('text')])
          .filter((x) => x.getAttribute('display') !== 'none' && x.textContent)
          .map((x) => x.getBoundingClientRect());
        const covers = (t: Box) => texts.filter((r) => overlaps(t, r)).length;
        const t = tip.getBoundingClientRect();
        const b = focused.querySelector('rect')!.getBoundingClientRect();
        const covered = covers(t);
        total += covered;
        // Every place of a tooltip its size, a px apart, clear of the 12 px round its tile and at most
        // 16 px off it, inside the element, the plot and the window: the fewest any of them covers.
        const within = [el.getBoundingClientRect(), root.querySelector('.plot')!.getBoundingClientRect(), windowBox()];
        const clear = grow(b, 12);
        let fewest = Infinity;
        for (let x = b.left - 16 - t.width; x <= b.right + 16; x++)
          for (let y = b.top - 16 - t.height; y <= b.bottom + 16; y++) {
            const place = { left: x, top: y, right: x + t.width, bottom: y + t.height };
            if (!overlaps(place, clear) && apartOf(place, b) <= 16 && within.every((box) => inside(place, box))) fewest = Math.min(fewest, covers(place));
          }
        expect(fewest, `${site}: a place tried`).to.be.below(Infinity);
        if (covered > fewest) worse.push(`${site}: ${covered}, not ${fewest}`);
      }
      expect(worse, 'tiles whose tooltip covers more than a place as near would').to.deep.equal([]);
      expect(total, `other tiles' codes and counts covered, over the 25 (${before} before)`).to.be.below(before).and.at.most(after);
    });
  }

  // Hovered, the tooltip was already beside its tile, but placed to cover the fewest other tiles
  // however little of them: at 320 px it covered 152 other tiles' codes and counts over the 25.
  // It now keeps the codes and counts in view first (the tiles' boxes after): 135.
  it('on the grid at 320 px, a hovered tile\'s tooltip lies beside it, never over it, inside the element, and covers at most 135 of the other tiles\' codes and counts in all (152 before)', async function () {
    this.timeout(60000);
    const el = await drawn(mount<SiteMap>('<site-map></site-map>', 320));
    const root = el.shadowRoot!;
    await Promise.all(root.getAnimations().map((a) => a.finished));
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    const tiles = [...root.querySelectorAll('g.tile')];
    expect(tiles).to.have.length(25);
    let covered = 0;
    for (const mark of el.marks) {
      const tile = root.querySelector(`g.tile[data-key="${mark.key}"]`)!;
      tile.scrollIntoView({ block: 'center' });
      const b = tile.querySelector('rect')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round((b.left + b.right) / 2), Math.round((b.top + b.bottom) / 2)] });
      expect(tip.hidden, `${mark.key}: shown`).to.equal(false);
      expect(tip.textContent).to.equal(mark.label);
      const t = tip.getBoundingClientRect();
      const apart = Math.hypot(Math.max(t.left - b.right, b.left - t.right, 0), Math.max(t.top - b.bottom, b.top - t.bottom, 0));
      expect(apart, `${mark.key}: px from its tile`).to.be.at.most(16);
      expect(overlaps(t, grow(b, 2)), `${mark.key}: covered by its own tooltip`).to.equal(false);
      expect(inside(t, el.getBoundingClientRect()), `${mark.key}: inside the element`).to.equal(true);
      covered += tiles.filter((g) => g !== tile).flatMap((g) => [...g.querySelectorAll('text')]).filter((x) => x.getAttribute('display') !== 'none' && overlaps(t, x.getBoundingClientRect())).length;
      await sendKeys({ press: 'Escape' });
    }
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(covered, 'other tiles\' codes and counts covered, over the 25 (152 before)').to.be.at.most(135);
  });

  it('<site-map year="2019"> draws 3 hollow marks and says so in the summary', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    expect(hollowIds(el)).to.deep.equal(['airedale-wharfedale-and-craven', 'blackpool-and-fylde-coast', 'nottingham-city']);
    expect(el.summary).to.equal(
      '25 Pioneer sites (wave 1: 14, wave 2: 11); in 2019, 22 had at least one informant (none from Airedale, Wharfedale & Craven, Blackpool & Fylde Coast and Nottingham City); most: Barnsley and Leeds (7).',
    );
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(el.summary);
  });

  it('says how many informants in all: the printed total row of Table 3.1 for all sites, the sum of the sites shown for a subset', async () => {
    const totalOf = (el: SiteMap) => el.shadowRoot!.querySelector('[part="note"].total')?.textContent?.trim();
    const ds = bundledDataset();
    const printed = (year: number) => ds.rows.find((r) => r.measure === 'sample-site' && r.item === 'total' && r.year === year)!;
    expect(totalOf(await drawn(mount<SiteMap>('<site-map></site-map>')))).to.equal(`${printed(2020).value} key informants in all in 2020 (the total row of Table 3.1, 2020 report).`);
    expect(printed(2020).value).to.equal(58);
    cleanup();
    expect(totalOf(await drawn(mount<SiteMap>('<site-map year="2017" layout="grid"></site-map>')))).to.equal('105 key informants in all in 2017 (the total row of Table 3.1, 2019 report).');
    cleanup();
    const wave2 = await drawn(mount<SiteMap>('<site-map year="2019" wave="2"></site-map>'));
    const sum = ds.rows
      .filter((r) => r.measure === 'sample-site' && r.year === 2019 && r.item !== 'total' && ds.sites.find((s) => s.id === r.item)?.wave === 2)
      .reduce((a, r) => a + r.value, 0);
    expect(sum).to.be.greaterThan(0).and.lessThan(67);
    expect(totalOf(wave2)).to.equal(`${sum} key informants in 2019 at the 11 sites shown (the sum of their counts).`);
    // In the downloaded SVG's notes too.
    expect(wave2.toSvg()).to.contain(`${sum} key informants in 2019 at the 11 sites shown`);
  });

  it('its CSV names each site\'s wave and deprivation group, as its Table view does, and reads back as data', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    const { header, records } = parseCsv(el.toCsv());
    expect(header.slice(-3)).to.deep.equal(['site_wave', 'site_deprivation', 'note']);
    const ds = bundledDataset();
    // Every year's count of the 25 sites (their labels list them) and each year's total row.
    expect(records.filter((r) => r.year === '2019' && r.item !== 'total').length).to.equal(25);
    for (const r of records.filter((r) => r.item !== 'total')) {
      const site = ds.sites.find((s) => s.id === r.item)!;
      expect(r.site_wave, r.item).to.equal(String(site.wave));
      expect(r.site_deprivation, r.item).to.equal(site.deprivation ?? '');
    }
    expect(records.filter((r) => r.item === 'total').map((r) => [r.site_wave, r.site_deprivation])).to.deep.equal(Array(5).fill(['', '']));
    const barnsley = records.find((r) => r.item_label === 'Barnsley' && r.year === '2019')!;
    expect([barnsley.site_wave, barnsley.site_deprivation, barnsley.value]).to.deep.equal(['1', 'more', '7']);
    // The extra columns do not stop the file being read back as a chart's data (src, as a page gives it).
    const url = URL.createObjectURL(new Blob([el.toCsv()], { type: 'text/csv' }));
    try {
      const back = mount<SiteMap>('<site-map year="2019"></site-map>');
      back.src = url;
      for (let i = 0; i < 100 && !back.marks.length && !back.message; i++) await new Promise((r) => setTimeout(r, 20));
      await drawn(back);
      expect(back.message).to.equal(null);
      expect(back.marks.length).to.equal(el.marks.length);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('a deprivation group in 2019 gives the sites\' sum and the report\'s own count of the group, which differ (33 and 35; 34 and 32), correcting neither', async () => {
    const totalOf = (el: SiteMap) => el.shadowRoot!.querySelector('.note.total')!.textContent!.trim();
    const less = await drawn(mount<SiteMap>('<site-map year="2019" deprivation="less"></site-map>'));
    expect(totalOf(less)).to.equal('33 key informants in 2019 at the 12 sites shown (the sum of their counts). The 2019 report counts 35 informants in the less deprived group (section 3), and does not say why its site counts add up to 33.');
    const more = await drawn(mount<SiteMap>('<site-map year="2019" deprivation="more"></site-map>'));
    expect(totalOf(more)).to.contain('34 key informants in 2019 at the 13 sites shown').and.contain('counts 32 informants in the more deprived group');
    // 2020 (no group sizes printed) and a wave within a group (the report counts no such subset): the sum alone.
    const later = await drawn(mount<SiteMap>('<site-map year="2020" deprivation="less"></site-map>'));
    expect(totalOf(later)).to.match(/^\d+ key informants in 2020 at the 12 sites shown \(the sum of their counts\)\.$/);
    const subset = await drawn(mount<SiteMap>('<site-map year="2019" deprivation="less" wave="1"></site-map>'));
    expect(totalOf(subset)).to.not.contain('The report');
  });

  it('the title says "by wave" only where the colours tell waves apart', async () => {
    const title = (el: Element) => el.shadowRoot!.querySelector('.title')!.textContent!.trim();
    expect(title(await drawn(mount<SiteMap>('<site-map year="2019"></site-map>')))).to.equal('Pioneer sites by wave: key informants in 2019');
    expect(title(await drawn(mount<SiteMap>('<site-map year="2019" wave="1"></site-map>')))).to.equal('Pioneer sites (wave 1): key informants in 2019');
    expect(title(await drawn(mount<SiteMap>('<site-map year="2019" wave="1" color-by="deprivation"></site-map>')))).to.equal('Pioneer sites (wave 1) by deprivation: key informants in 2019');
  });

  it('the title says what the colours show for every wave, deprivation and color-by: with both filters set, which of them', async () => {
    const title = (el: Element) => el.shadowRoot!.querySelector('.title')!.textContent!.trim();
    const titles: Record<string, string> = {};
    for (const filters of ['', 'wave="1"', 'deprivation="more"', 'wave="1" deprivation="more"']) {
      for (const by of ['wave', 'deprivation']) {
        titles[`${filters} ${by}`] = title(await drawn(mount<SiteMap>(`<site-map year="2019" ${filters} color-by="${by}"></site-map>`)));
        cleanup();
      }
      // The two colourings of the same sites never share a title.
      expect(titles[`${filters} wave`], filters).to.not.equal(titles[`${filters} deprivation`]);
    }
    expect(titles['wave="1" deprivation="more" wave']).to.equal('Pioneer sites (wave 1, more deprived) by wave: key informants in 2019');
    expect(titles['wave="1" deprivation="more" deprivation']).to.equal('Pioneer sites (wave 1, more deprived) by deprivation: key informants in 2019');
    expect(titles['deprivation="more" wave']).to.equal('Pioneer sites (more deprived) by wave: key informants in 2019');
    expect(titles['deprivation="more" deprivation']).to.equal('Pioneer sites (more deprived): key informants in 2019');
  });

  it('<site-map year="2019">: Barnsley\'s mark (7 informants) has 7× the area of Kent\'s (1)', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    const width = (id: string) => (el.shadowRoot!.querySelector(`path.site[data-key="${id}"]`) as SVGPathElement).getBBox().width;
    expect((width('barnsley') / width('kent')) ** 2).to.be.closeTo(7, 0.14);
  });

  it('colours by wave by default: exactly two fills across the filled marks, with the shapes to match', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    const filled = marksOf(el).filter((m) => m.classList.contains('filled'));
    const fills = new Set(filled.map((m) => getComputedStyle(m).fill));
    expect(fills.size).to.equal(2);
    expect(marksOf(el).filter((m) => m.getAttribute('data-category') === '1' && m.getAttribute('data-shape') === 'circle')).to.have.length(14);
    expect(marksOf(el).filter((m) => m.getAttribute('data-category') === '2' && m.getAttribute('data-shape') === 'square')).to.have.length(11);
    const legend = [...el.shadowRoot!.querySelectorAll('g.legend text')].map((t) => t.textContent);
    expect(legend).to.include.members(['Wave 1 (14 sites)', 'Wave 2 (11 sites)', 'No informants in 2019', 'Informants in 2019', '(mark area)']);
  });

  it('themes category colours with CSS custom properties', async () => {
    const el = await drawn(mount<SiteMap>('<site-map style="--pioneer-site-wave-2: rgb(1, 2, 3)"></site-map>'));
    const wave2 = marksOf(el).find((m) => m.getAttribute('data-category') === '2' && m.classList.contains('filled'))!;
    expect(getComputedStyle(wave2).fill).to.equal('rgb(1, 2, 3)');
  });

  it('<site-map wave="2"> shows the 11 wave 2 sites; deprivation="more" the 13 more deprived', async () => {
    const el = await drawn(mount<SiteMap>('<site-map wave="2"></site-map>'));
    expect(marksOf(el)).to.have.length(11);
    expect(marksOf(el).every((m) => m.getAttribute('data-category') === '2')).to.equal(true);
    el.removeAttribute('wave');
    el.setAttribute('deprivation', 'more');
    el.setAttribute('color-by', 'deprivation');
    await el.updateComplete;
    expect(marksOf(el)).to.have.length(13);
    expect(marksOf(el).map((m) => m.getAttribute('data-key'))).to.include.members(['barnsley', 'blackpool-and-fylde-coast', 'west-norfolk', 'east-london-wel']);
    el.setAttribute('wave', '1');
    await el.updateComplete;
    // More deprived wave 1 sites: Barnsley, Cornwall, East London, Greenwich, Islington, South Tyneside, Southend, Staffordshire & Stoke.
    expect(marksOf(el)).to.have.length(8);
  });

  it('re-renders when an attribute changes', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    const before = el.shadowRoot!.querySelector('path.site[data-key="kent"]')!;
    expect(before.getAttribute('data-count')).to.equal('1');
    el.setAttribute('year', '2017');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('path.site[data-key="kent"]')!.getAttribute('data-count')).to.equal('17');
    // 2018: Blackpool & Fylde Coast and Cornwall had none.
    el.year = 2018;
    await el.updateComplete;
    expect(hollowIds(el)).to.deep.equal(['blackpool-and-fylde-coast', 'cornwall']);
    el.colorBy = 'deprivation';
    await el.updateComplete;
    expect(new Set(marksOf(el).map((m) => m.getAttribute('data-category')))).to.deep.equal(new Set(['more', 'less']));
  });

  it('at 360 px no two marks overlap (the London sites are moved apart, with leader lines)', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 360));
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.be.closeTo(360, 1);
    const marks = marksOf(el).map((m) => {
      const [x, y] = centre(m);
      const w = m.getBBox().width;
      return { id: m.getAttribute('data-key'), x, y, r: m.getAttribute('data-shape') === 'square' ? (w / 2) * Math.SQRT2 : w / 2 };
    });
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const d = Math.hypot(marks[i].x - marks[j].x, marks[i].y - marks[j].y);
        expect(d, `${marks[i].id} / ${marks[j].id}`).to.be.at.least(marks[i].r + marks[j].r);
      }
    }
    expect(el.shadowRoot!.querySelectorAll('g.leader').length).to.be.at.least(3);
  });

  it('custom data without informants per site says what the map needs, instead of 25 sites with "no informants"', async () => {
    const el = mount<SiteMap>('<site-map></site-map>');
    const warnings = await captureWarnings(async () => {
      el.data = bundledDataset().rows.filter((r) => r.measure === 'priority');
      await drawn(el);
    });
    const message = el.shadowRoot!.querySelector('[part="message"]')!.textContent!;
    expect(message).to.contain('no informants per site (rows of measure sample-site)');
    expect(el.shadowRoot!.querySelectorAll('[data-key]')).to.have.length(0);
    expect(warnings.filter((w) => w.includes('sample-site'))).to.have.length(1);
    // With them, it draws.
    el.data = bundledDataset().rows.filter((r) => r.measure === 'sample-site');
    await drawn(el);
    expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    expect(el.marks).to.have.length(25);
  });

  it('<site-map layout="grid"> draws 25 equal tiles with short labels and no overlap', async () => {
    const el = await drawn(mount<SiteMap>('<site-map layout="grid" year="2019"></site-map>', 320));
    const rects = [...el.shadowRoot!.querySelectorAll('g.tile rect')].map((r) => r.getBoundingClientRect());
    expect(rects).to.have.length(25);
    for (const r of rects) {
      expect(r.width).to.be.closeTo(rects[0].width, 0.01);
      expect(r.height).to.be.closeTo(rects[0].height, 0.01);
    }
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i];
        const b = rects[j];
        expect(a.right <= b.left + 0.01 || b.right <= a.left + 0.01 || a.bottom <= b.top + 0.01 || b.bottom <= a.top + 0.01).to.equal(true);
      }
    }
    expect(el.shadowRoot!.querySelectorAll('g.tile.hollow')).to.have.length(3);
    expect(el.shadowRoot!.querySelector('g.tile[data-key="north-west-london"] .tile-code')!.textContent).to.equal('NWL');
    expect(el.marks).to.have.length(25);
    // The codes have a key on the page, one entry per tile, and the grid credits no outline it does not draw.
    const notes = [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' '));
    const key = notes.find((n) => n.startsWith('Tile codes:'))!;
    expect(key).to.contain('NWL North West London');
    expect(key.split(';')).to.have.length(25);
    expect(notes.join(' ')).not.to.contain('Natural Earth');
  });

  // 12 px: the legend's own text (SITE_MAP_DEFAULTS.legendFontSize), the smallest the map draws,
  // and above the library's smallest chart text (11.2 px, the stacked bars' 0.8 of 14 px). At 320
  // px eight columns made the codes 10.5 px and the counts 9.5 px.
  it('<site-map layout="grid"> at a phone\'s 320 px: every tile\'s code and count at least 12 px on screen, inside its tile, overlapping no other, and every tile named in full', async () => {
    const least = 12;
    const el = await drawn(mount<SiteMap>('<site-map layout="grid" year="2019"></site-map>', 320));
    const root = el.shadowRoot!;
    const svg = root.querySelector('svg')!;
    // Drawn px to screen px (the viewBox is scaled to the SVG's box).
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const tiles = [...root.querySelectorAll<SVGGElement>('g.tile')];
    expect(tiles).to.have.length(25);
    const labels = tiles.flatMap((g) => {
      const box = g.querySelector('rect.tile-box')!.getBoundingClientRect();
      return [...g.querySelectorAll('text')].filter((t) => t.getAttribute('display') !== 'none').map((t) => ({ t, box, r: t.getBoundingClientRect(), key: g.getAttribute('data-key')! }));
    });
    // Codes and counts both (the counts are shown at this width).
    expect(labels).to.have.length(50);
    for (const { t, r, box, key } of labels) {
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      expect(px, `${key} "${t.textContent}" on screen`).to.be.at.least(least);
      expect(inside(r, box), `${key} "${t.textContent}" inside its tile`).to.equal(true);
    }
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(a.r, b.r), `${a.key} "${a.t.textContent}" and ${b.key} "${b.t.textContent}"`).to.equal(false)));
    // Each tile names its site in full: its label (heard on the arrow keys, and its tooltip) and the codes' key.
    const names = new Map(sitesOf(bundledDataset()).map((s) => [s.id, s.name]));
    const keyText = root.querySelector('.tile-key')!.textContent!.replace(/\s+/g, ' ');
    svg.focus();
    for (let i = 0; i < tiles.length; i++) {
      if (i) key(svg, 'ArrowRight');
      const g = root.querySelector('g.tile.focused')!;
      const site = g.getAttribute('data-key')!;
      const name = names.get(site)!;
      expect(name, site).to.be.a('string').and.not.equal('');
      expect(liveText(el), site).to.match(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `));
      expect(keyText, site).to.contain(`${g.querySelector('.tile-code')!.textContent} ${name}`);
    }
  });

  // At 320 px the map's 25 marks were 4.7 to 14 px across (a finger's target: 24 px, WCAG 2.5.8),
  // 9 sites within 16 px of another's centre; at 480 px 7.2 to 21 px, 2 of them. From 560 px
  // none is (autoSiteLayout). The grid's tiles there are 40 px and more, their text 12 px.
  it('by default (layout="auto") a narrow chart (320, 480 px) draws the tiles, every one a target of 24 px or more with its code and count at 12 px or more, and says why in its notes and long description; at 800 px the map; layout="map" and "grid" hold at any width', async () => {
    const notes = (el: SiteMap) => [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' | ');
    const why = /Shown as tiles: at this width the map's marks would be too small and close to tell apart or tap; from 560 px wide it is a map\./;
    for (const width of [320, 480]) {
      const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>', width));
      const root = el.shadowRoot!;
      const svg = root.querySelector('svg')!;
      expect(marksOf(el), `${width} px: no map marks`).to.have.length(0);
      const tiles = [...root.querySelectorAll<SVGGElement>('g.tile')];
      expect(tiles, `${width} px`).to.have.length(25);
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const g of tiles) {
        const box = g.querySelector('rect.tile-box')!.getBoundingClientRect();
        expect(Math.min(box.width, box.height), `${width} px: ${g.getAttribute('data-key')}'s tile`).to.be.at.least(24);
        const texts = [...g.querySelectorAll('text')].filter((t) => t.getAttribute('display') !== 'none');
        expect(texts.map((t) => t.textContent), `${width} px: code and count`).to.have.length(2);
        for (const t of texts) expect(parseFloat(getComputedStyle(t).fontSize) * scale, `${width} px: ${g.getAttribute('data-key')} "${t.textContent}"`).to.be.at.least(12);
      }
      expect(notes(el), `${width} px`).to.match(why).and.contain('Tile codes:').and.not.contain('Natural Earth');
      expect(el.summary, `${width} px: the summary, the chart's accessible name`).to.match(why);
      expect(svg.getAttribute('aria-label')).to.equal(el.summary);
      root.querySelector<HTMLButtonElement>('.description button')!.click();
      expect(root.querySelector('.long-description')!.textContent!.replace(/\s+/g, ' '), `${width} px: the long description`).to.match(why);
      // Keyboard order: north to south, west to east, as on the map.
      expect(el.marks.slice(0, 4).map((m) => m.key)).to.deep.equal(['south-tyneside', 'blackpool-and-fylde-coast', 'airedale-wharfedale-and-craven', 'leeds']);
      cleanup();
    }
    const wide = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>', 800));
    expect(marksOf(wide), '800 px: the map').to.have.length(25);
    expect(wide.shadowRoot!.querySelectorAll('g.tile')).to.have.length(0);
    expect(notes(wide)).to.contain('Natural Earth').and.not.match(/Shown as tiles|Tile codes/);
    expect(wide.summary).not.to.match(/Shown as tiles/);
    // Chosen, either layout is drawn at any width, and not explained as a want of width.
    const map = await drawn(mount<SiteMap>('<site-map year="2019" layout="map"></site-map>', 320));
    expect(marksOf(map), 'layout="map" at 320 px').to.have.length(25);
    expect(notes(map)).to.contain('Natural Earth');
    const grid = await drawn(mount<SiteMap>('<site-map year="2019" layout="grid"></site-map>', 800));
    expect(grid.shadowRoot!.querySelectorAll('g.tile'), 'layout="grid" at 800 px').to.have.length(25);
    expect(`${notes(grid)} ${grid.summary}`).not.to.match(/Shown as tiles/);
  });

  it('by default, a chart narrowed past 560 px turns from the map into the tiles and back, its notes and its focused site following', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>', 800));
    const root = el.shadowRoot!;
    const notes = () => [...root.querySelectorAll('[part="note"]')].map((n) => n.textContent!).join(' ');
    const svg = root.querySelector('svg')!;
    svg.focus();
    key(svg, 'ArrowRight');
    const site = root.querySelector('.focused')!.getAttribute('data-key');
    const resized = async (width: number, ready: () => boolean) => {
      el.parentElement!.style.width = `${width}px`;
      for (let i = 0; i < 60 && !ready(); i++) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
    };
    await resized(400, () => root.querySelectorAll('g.tile').length === 25);
    expect(root.querySelectorAll('g.tile'), 'tiles at 400 px').to.have.length(25);
    expect(notes()).to.contain('Shown as tiles').and.contain('Tile codes:').and.not.contain('Natural Earth');
    expect(root.querySelector('.focused')?.closest('[data-key]')?.getAttribute('data-key'), 'the same site focused').to.equal(site);
    await resized(700, () => marksOf(el).length === 25);
    expect(marksOf(el), 'the map again at 700 px').to.have.length(25);
    expect(notes()).to.contain('Natural Earth').and.not.contain('Tile codes:');
  });

  it('the grid key lists only the tiles drawn, and the map credits its outline', async () => {
    const el = await drawn(mount<SiteMap>('<site-map layout="grid" wave="1"></site-map>', 320));
    const key = el.shadowRoot!.querySelector('.tile-key')!.textContent!.replace(/\s+/g, ' ');
    expect(key.split(';')).to.have.length(el.shadowRoot!.querySelectorAll('g.tile').length);
    el.layout = 'map';
    await drawn(el);
    expect(el.shadowRoot!.querySelector('.tile-key')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent).join(' ')).to.contain('Natural Earth');
  });

  for (const [attr, value, valid] of [
    ['color-by', 'region', 'wave, deprivation'],
    ['year', '2015', '2016, 2017, 2018, 2019, 2020'],
    ['year', 'latest', '2016, 2017, 2018, 2019, 2020'],
    // One year at a time: `all` (a filter bar's word for no filter) is no year, not the latest.
    ['year', 'all', '2016, 2017, 2018, 2019, 2020'],
    ['wave', '3', '1, 2'],
    ['deprivation', 'most', 'more, less'],
    ['layout', 'globe', 'map, grid'],
    ['height', '360px', 'a height in pixels'],
  ] as const) {
    it(`a bad ${attr}="${value}" shows a message naming it and the valid values, warns once, and does not throw`, async () => {
      let el!: SiteMap;
      const warnings = await captureWarnings(async () => {
        el = await drawn(mount<SiteMap>(`<site-map ${attr}="${value}"></site-map>`));
        el.requestUpdate();
        await el.updateComplete;
      });
      const msg = el.shadowRoot!.querySelector('[part="message"]')!.textContent!;
      expect(msg).to.contain(`${attr}="${value}"`);
      expect(msg).to.contain(valid);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${attr}="${value}"`);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    });
  }

  it('recovers from a bad attribute when it is fixed', async () => {
    const el = await drawn(mount<SiteMap>('<site-map wave="2"></site-map>'));
    await captureWarnings(async () => {
      el.setAttribute('wave', 'x');
      await el.updateComplete;
    });
    expect(el.message).to.contain('wave="x"');
    el.removeAttribute('wave');
    await drawn(el);
    expect(el.message).to.equal(null);
    expect(marksOf(el)).to.have.length(25);
  });

  it('its table heads the counts with their source and no "base not printed" (counts have no base); a 2020 mark names the 2020 report', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2020" mode="table"></site-map>'));
    const heads = [...el.shadowRoot!.querySelectorAll('.table-host thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(heads.join(' | ')).to.contain('2020 report Table 3.1');
    expect(heads.join(' | ')).to.not.contain('not printed');
    expect(el.shadowRoot!.querySelector('.table-host tbody')!.textContent).to.not.contain('not printed');
    expect(el.marks.find((m) => m.key === 'barnsley')!.label).to.match(/1 informant in 2020 .*2020: 1, from 2020 report Table 3\.1\)$/);
  });

  it('keyboard arrows move north to south and west to east, announcing each site in the live region', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.focus();
    // Each year's count names the table it is printed in: 2016–2019 the 2019 report's, 2020 the 2020 report's.
    expect(liveText(el)).to.equal('South Tyneside — Wave 1, more deprived; 4 informants in 2019 (informants 2016: 6, 2017: 4, 2018: 6, 2019: 4, from 2019 report Table 3.1; 2020: 2, from 2020 report Table 3.1)');
    // Down moves to the next row's site nearest horizontally; left/right move within the row.
    key(svg, 'ArrowDown');
    expect(liveText(el)).to.match(/^Leeds — Wave 1, less deprived; 7 informants in 2019/);
    expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).to.equal(liveText(el));
    expect(el.shadowRoot!.querySelector('path.site.focused')!.getAttribute('data-key')).to.equal('leeds');
    key(svg, 'ArrowLeft');
    key(svg, 'ArrowLeft');
    expect(liveText(el)).to.match(/^Blackpool & Fylde Coast — Wave 2, more deprived; no informants in 2019/);
  });

  it('Left and Right go through every site in reading order, on past the end of a row (its rows are not drawn): no "End of this row" with no row in sight', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    svg.focus();
    const seen = [liveText(el)];
    for (let i = 1; i < el.marks.length; i++) {
      key(svg, 'ArrowRight');
      seen.push(liveText(el));
    }
    expect(seen).to.deep.equal(el.marks.map((m) => m.label));
    key(svg, 'ArrowRight');
    expect(liveText(el), 'past the last site: no row to speak of').to.equal(`The last one. ${el.marks[el.marks.length - 1].label}`);
    expect(new Set(el.marks.map((m) => m.series)).size, 'several rows walked through').to.be.greaterThan(3);
    for (let i = 1; i < el.marks.length; i++) key(svg, 'ArrowLeft');
    expect(liveText(el)).to.equal(el.marks[0].label);
  });

  it('fires pioneer-select with the site id and year on Enter', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    let detail: unknown;
    document.body.addEventListener('pioneer-select', (e) => (detail = (e as CustomEvent).detail), { once: true });
    svg.focus();
    key(svg, 'ArrowDown');
    key(svg, 'Enter');
    expect(detail).to.deep.equal({ source: 'site-map', kind: 'site', site: 'leeds', year: 2019 });
  });

  it('hover shows name, wave, deprivation and informants per year; click selects', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    const barnsley = el.shadowRoot!.querySelector('path.site[data-key="barnsley"]')!;
    barnsley.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal('Barnsley — Wave 1, more deprived; 7 informants in 2019 (informants 2016: 3, 2017: 2, 2018: 5, 2019: 7, from 2019 report Table 3.1; 2020: 1, from 2020 report Table 3.1)');
    let detail: unknown;
    el.addEventListener('pioneer-select', (e) => (detail = (e as CustomEvent).detail), { once: true });
    barnsley.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(detail).to.include({ kind: 'site', site: 'barnsley', year: 2019 });
  });

  it('fits its width from 320 to 1400 px, and a height override fits the map inside', async () => {
    for (const width of [320, 1400]) {
      const el = await drawn(mount<SiteMap>('<site-map layout="map"></site-map>', width));
      const svg = el.shadowRoot!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      expect(box.width).to.be.closeTo(width, 1);
      expect(box.height).to.be.at.most(760);
      for (const m of marksOf(el)) {
        const r = m.getBoundingClientRect();
        expect(r.left).to.be.at.least(box.left - 0.5);
        expect(r.right).to.be.at.most(box.right + 0.5);
      }
    }
    const el = await drawn(mount<SiteMap>('<site-map height="320"></site-map>', 700));
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().height).to.be.closeTo(320, 1);
    const land = el.shadowRoot!.querySelector('path.land')!.getBoundingClientRect();
    expect(land.bottom).to.be.at.most(svg.getBoundingClientRect().bottom + 0.5);
  });

  for (const layout of ['map', 'grid']) {
    it(`a height too small for the ${layout} and its legend (height="50") is not used: everything stays inside the chart, and the chart says so under it and once in the console`, async () => {
      let el!: SiteMap;
      const warnings = await captureWarnings(async () => {
        el = await drawn(mount<SiteMap>(`<site-map year="2019" layout="${layout}" height="50"></site-map>`, 360));
      });
      const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      expect(svg.height, 'drawn taller than asked').to.be.greaterThan(120);
      for (const part of el.shadowRoot!.querySelectorAll('g.legend text, [data-key], path.land')) {
        const r = part.getBoundingClientRect();
        if (!r.height) continue;
        expect(r.bottom, part.textContent || part.getAttribute('data-key') || part.localName).to.be.at.most(svg.bottom + 0.5);
      }
      // The notes under the chart start below it, not under its legend.
      const note = el.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!;
      expect(note.hidden).to.equal(false);
      expect(note.getBoundingClientRect().top).to.be.at.least(svg.bottom - 0.5);
      const needed = Math.round(svg.height);
      expect(note.textContent).to.match(new RegExp(`^height="50" is less than the ${needed} px this chart needs at this width, so it is drawn ${needed} px tall\\.`));
      expect(warnings.filter((w) => w.includes('height="50"'))).to.have.length(1);
    });
  }

  it('has no axe violations (map and grid)', async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019"></site-map>'));
    expect(await axeViolations(el)).to.deep.equal([]);
    el.layout = 'grid';
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
