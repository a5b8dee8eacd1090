import { expect } from '@esm-bundle/chai';
import { bundledDataset } from '../../src/data/bundled.js';
import { sitesOf, type SiteWithInformants } from '../../src/data/query.js';
import { MAP_SHAPE } from '../../src/data/generated/map-shape.js';
import { SITE_MAP_DEFAULTS, SITE_TILES, renderSiteGrid, renderSiteMap, siteSummary } from '../../src/renderers/site-map.js';

// Expectations come from the report text: 2019 report Table 3.1 (informants per site
// 2016–2019, wave) and 2020 report Table 3.1 (2020), and the 2019 report's lists of more
// and less deprived Pioneers (section 2).

const SVG_NS = 'http://www.w3.org/2000/svg';
const svgs: SVGSVGElement[] = [];

/** An SVG attached to the page (so getBBox measures what is drawn). */
function freshSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  document.body.appendChild(svg);
  svgs.push(svg);
  return svg;
}

const allSites = (): SiteWithInformants[] => sitesOf(bundledDataset());

interface DrawnMark {
  id: string;
  cx: number;
  cy: number;
  /** Outermost reach of the drawn shape from its centre, from its bounding box. */
  reach: number;
  area: number;
  shape: string;
  hollow: boolean;
  el: SVGGraphicsElement;
}

/** Reads the drawn marks back: centre from the transform, size from the path's own bounding box. */
function drawnMarks(svg: SVGSVGElement): DrawnMark[] {
  return [...svg.querySelectorAll<SVGPathElement>('path.site')].map((el) => {
    const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform')!)!.map(Number);
    const box = el.getBBox();
    const shape = el.getAttribute('data-shape')!;
    const w = box.width;
    const reach = shape === 'circle' ? w / 2 : shape === 'square' ? (w / 2) * Math.SQRT2 : Math.max(box.width, box.height) / 2;
    const area = shape === 'circle' ? Math.PI * (w / 2) ** 2 : shape === 'square' ? w * box.height : (box.width * box.height) / 2;
    return { id: el.getAttribute('data-key')!, cx: x + box.x + box.width / 2, cy: y + box.y + box.height / 2, reach, area, shape, hollow: el.classList.contains('hollow'), el };
  });
}

/** [x1, y1, x2, y2] of a leader line ("M x1,y1 L x2,y2"). */
const leaderEnds = (g: Element): number[] => /M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/.exec(g.querySelector('path')!.getAttribute('d')!)!.slice(1).map(Number);

describe('renderSiteMap', () => {
  afterEach(() => {
    while (svgs.length) svgs.pop()!.remove();
  });

  it('renderSiteMap(svg, sites, {width}) has the expected defaults: 2020, colour by wave, a map of 25 marks', () => {
    const svg = freshSvg();
    const result = renderSiteMap(svg, allSites(), { width: 640 });
    expect(drawnMarks(svg)).to.have.length(25);
    expect(result.marks).to.have.length(25);
    expect(svg.querySelector('path.land')!.getAttribute('d')).to.equal(MAP_SHAPE.path);
    // 2020 report Table 3.1: Nottingham City, Southend and Staffordshire & Stoke provided no returns.
    expect(drawnMarks(svg).filter((m) => m.hollow).map((m) => m.id).sort()).to.deep.equal(['nottingham-city', 'southend', 'staffordshire-and-stoke']);
    expect(result.marks[0].detail).to.deep.equal({ kind: 'site', site: result.marks[0].key, year: 2020 });
    expect(svg.querySelector('[data-legend="cat-1"] text')!.textContent).to.equal('Wave 1 (14 sites)');
  });

  it('renderSiteMap(svg, sites, {year: 2019}) draws the three sites without returns hollow', () => {
    const svg = freshSvg();
    renderSiteMap(svg, allSites(), { width: 640, year: 2019 });
    const hollow = drawnMarks(svg).filter((m) => m.hollow);
    expect(hollow.map((m) => m.id).sort()).to.deep.equal(['airedale-wharfedale-and-craven', 'blackpool-and-fylde-coast', 'nottingham-city']);
    for (const m of hollow) {
      expect(m.el.getAttribute('fill')).to.equal('none');
      expect(m.el.getAttribute('stroke')).to.match(/--pioneer-site-wave-2/);
      expect(m.reach).to.be.greaterThan(2); // visible, not hidden
    }
  });

  it('mark AREA is proportional to informants: Barnsley (7 in 2019) is 7× Kent (1)', () => {
    const svg = freshSvg();
    renderSiteMap(svg, allSites(), { width: 800, year: 2019 });
    const marks = drawnMarks(svg);
    const barnsley = marks.find((m) => m.id === 'barnsley')!;
    const kent = marks.find((m) => m.id === 'kent')!;
    expect(barnsley.shape).to.equal('circle'); // both wave 1
    expect(barnsley.area / kent.area).to.be.closeTo(7, 7 * 0.02);
    // Leeds also had 7: the same size as Barnsley.
    expect(marks.find((m) => m.id === 'leeds')!.area).to.be.closeTo(barnsley.area, 0.5);
  });

  it('colour by wave: 14 wave 1 circles and 11 wave 2 squares, exactly two fills', () => {
    const svg = freshSvg();
    renderSiteMap(svg, allSites(), { width: 640, year: 2019, colorBy: 'wave' });
    const marks = drawnMarks(svg);
    expect(marks.filter((m) => m.shape === 'circle')).to.have.length(14);
    expect(marks.filter((m) => m.shape === 'square')).to.have.length(11);
    const fills = new Set(marks.filter((m) => !m.hollow).map((m) => getComputedStyle(m.el).fill));
    expect(fills.size).to.equal(2);
  });

  it('colour by deprivation: 13 more and 12 less deprived, each with its own shape and fill', () => {
    const svg = freshSvg();
    renderSiteMap(svg, allSites(), { width: 640, year: 2016, colorBy: 'deprivation' });
    const marks = drawnMarks(svg);
    const more = marks.filter((m) => m.el.getAttribute('data-category') === 'more');
    const less = marks.filter((m) => m.el.getAttribute('data-category') === 'less');
    expect(more).to.have.length(13);
    expect(less).to.have.length(12);
    expect(new Set(more.map((m) => m.shape)).size).to.equal(1);
    expect(more[0].shape).to.not.equal(less[0].shape);
    expect(new Set(marks.map((m) => getComputedStyle(m.el).fill)).size).to.equal(2);
    expect(svg.querySelector('[data-legend="cat-more"] text')!.textContent).to.equal('More deprived (13 sites)');
  });

  it('a site without a deprivation category is a "Not classified" diamond, coloured by --pioneer-site-unclassified', () => {
    const svg = freshSvg();
    svg.style.setProperty('--pioneer-site-unclassified', 'rgb(1, 2, 3)');
    const sites = allSites().map((s) => (s.id === 'barnsley' ? { ...s, deprivation: null } : s));
    renderSiteMap(svg, sites, { width: 640, year: 2019, colorBy: 'deprivation' });
    const marks = drawnMarks(svg).filter((m) => m.el.getAttribute('data-category') === 'none');
    expect(marks.map((m) => [m.id, m.shape, getComputedStyle(m.el).fill])).to.deep.equal([['barnsley', 'diamond', 'rgb(1, 2, 3)']]);
    expect(svg.querySelector('[data-legend="cat-none"] text')!.textContent).to.equal('Not classified (1 site)');
    expect(drawnMarks(svg).filter((m) => m.el.getAttribute('data-category') === 'more')).to.have.length(12);
  });

  it('the key draws "No informants" in the shapes and colours of the hollow marks, so greyscale print still matches them', () => {
    // 2019 by wave: the three empty sites are all Wave 2's hollow squares (a hollow circle alone
    // keyed them before); 2020 by wave: a Wave 2 square and two Wave 1 circles; 2019 by
    // deprivation: one less and two more deprived.
    const cases = [
      { year: 2019, colorBy: 'wave' as const },
      { year: 2020, colorBy: 'wave' as const },
      { year: 2019, colorBy: 'deprivation' as const },
    ];
    for (const { year, colorBy } of cases) {
      const svg = freshSvg();
      renderSiteMap(svg, allSites(), { width: 640, year, colorBy });
      const hollow = drawnMarks(svg).filter((m) => m.hollow);
      const drawn = [...new Set(hollow.map((m) => `${m.shape} ${m.el.getAttribute('stroke')}`))].sort();
      const keyed = [...svg.querySelectorAll('[data-legend="hollow"] path')].map((p) => `${p.getAttribute('data-shape')} ${p.getAttribute('stroke')}`).sort();
      expect(keyed, `${year} by ${colorBy}`).to.deep.equal(drawn);
      for (const p of svg.querySelectorAll('[data-legend="hollow"] path')) expect(p.getAttribute('fill')).to.equal('none');
      // The label starts after the last shape, clear of it.
      const item = svg.querySelector('[data-legend="hollow"]')!;
      const shapesRight = Math.max(...[...item.querySelectorAll('path')].map((p) => p.getBoundingClientRect().right));
      expect(item.querySelector('text')!.getBoundingClientRect().left).to.be.greaterThan(shapesRight + 2);
    }
    expect(new Set(cases.map(({ year, colorBy }) => {
      const svg = freshSvg();
      renderSiteMap(svg, allSites(), { width: 640, year, colorBy });
      return svg.querySelectorAll('[data-legend="hollow"] path').length;
    }))).to.deep.equal(new Set([1, 2]));
  });

  for (const year of [2016, 2017, 2018, 2019, 2020]) {
    for (const colorBy of ['wave', 'deprivation'] as const) {
      it(`at 360 px no two marks overlap (${year}, colour by ${colorBy}); displaced marks get a leader line to their true location`, () => {
        const svg = freshSvg();
        svg.style.width = '360px';
        renderSiteMap(svg, allSites(), { width: 360, year, colorBy });
        const marks = drawnMarks(svg);
        for (let i = 0; i < marks.length; i++) {
          for (let j = i + 1; j < marks.length; j++) {
            const a = marks[i];
            const b = marks[j];
            const d = Math.hypot(a.cx - b.cx, a.cy - b.cy);
            expect(d, `${a.id} and ${b.id}`).to.be.at.least(a.reach + b.reach);
          }
          expect(marks[i].cx - marks[i].reach).to.be.at.least(0);
          expect(marks[i].cx + marks[i].reach).to.be.at.most(360);
        }
        // The London sites are within a few px of each other at this size: they must have moved.
        const leaders = [...svg.querySelectorAll('g.leader')].map((g) => g.getAttribute('data-site'));
        expect(leaders.filter((id) => ['camden', 'islington', 'greenwich', 'east-london-wel', 'north-west-london'].includes(id!)).length).to.be.at.least(3);
        for (const g of svg.querySelectorAll('g.leader')) {
          const m = marks.find((k) => k.id === g.getAttribute('data-site'))!;
          const [, , x2, y2] = leaderEnds(g);
          expect(x2).to.be.closeTo(m.cx, 0.05);
          expect(y2).to.be.closeTo(m.cy, 0.05);
        }
      });
    }
  }

  it('leader lines start at the site location projected into the chart', () => {
    const svg = freshSvg();
    renderSiteMap(svg, allSites(), { width: 360, year: 2020 });
    const land = svg.querySelector('path.land')!;
    const [, tx, ty, k] = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(land.getAttribute('transform')!)!.map(Number);
    const camden = allSites().find((s) => s.id === 'camden')!;
    const g = svg.querySelector('g.leader[data-site="camden"]')!;
    const [x1, y1] = leaderEnds(g);
    expect(x1).to.be.closeTo(tx + camden.x * k, 0.05);
    expect(y1).to.be.closeTo(ty + camden.y * k, 0.05);
    expect(Number(g.querySelector('circle')!.getAttribute('cx'))).to.be.closeTo(x1, 0.01);
  });

  it('calling it twice updates in place (same elements, no duplicates)', () => {
    const svg = freshSvg();
    const sites = allSites();
    renderSiteMap(svg, sites, { width: 640, year: 2019 });
    const before = svg.querySelector('path.site[data-key="barnsley"]');
    renderSiteMap(svg, sites, { width: 500, year: 2018 });
    expect(svg.querySelectorAll('path.site')).to.have.length(25);
    expect(svg.querySelectorAll('path.land')).to.have.length(1);
    expect(svg.querySelectorAll('g.legend')).to.have.length(1);
    expect(svg.querySelector('path.site[data-key="barnsley"]')).to.equal(before);
    expect(before!.getAttribute('data-count')).to.equal('5'); // Barnsley 2018: 5
  });

  it('labels give name, wave, deprivation and informants per year', () => {
    const svg = freshSvg();
    const { marks } = renderSiteMap(svg, allSites(), { width: 640, year: 2019 });
    const barnsley = marks.find((m) => m.key === 'barnsley')!;
    expect(barnsley.label).to.equal('Barnsley — Wave 1, more deprived; 7 informants in 2019 (informants 2016: 3, 2017: 2, 2018: 5, 2019: 7, 2020: 1)');
    expect(marks.find((m) => m.key === 'nottingham-city')!.label).to.contain('Wave 2, more deprived; no informants in 2019');
    expect(marks.find((m) => m.key === 'kent')!.label).to.contain('less deprived; 1 informant in 2019');
  });

  it('the summary is built from the data', () => {
    const svg = freshSvg();
    expect(renderSiteMap(svg, allSites(), { width: 640, year: 2019, colorBy: 'deprivation' }).summary, 'by deprivation').to.match(/^25 Pioneer sites \(more deprived: 13, less deprived: 12\); in 2019, 22 had/);
    // One category shown (wave 1's sites alone): not counted again.
    expect(renderSiteMap(svg, allSites().filter((s) => s.wave === 1), { width: 640, year: 2019, subject: 'wave 1 Pioneer sites' }).summary, 'wave 1 alone').to.match(/^14 wave 1 Pioneer sites; in 2019/);
    expect(renderSiteMap(svg, allSites(), { width: 640, year: 2019 }).summary).to.equal(
      '25 Pioneer sites (wave 1: 14, wave 2: 11); in 2019, 22 had at least one informant (none from Airedale, Wharfedale & Craven, Blackpool & Fylde Coast and Nottingham City); most: Barnsley and Leeds (7).',
    );
    // 2017: Kent had 17, the most of any site in any survey.
    expect(siteSummary(allSites(), 2017)).to.match(/most: Kent \(17\)\.$/);
  });

  it('keyboard order runs north to south by rows (series), west to east within a row', () => {
    const svg = freshSvg();
    const { marks } = renderSiteMap(svg, allSites(), { width: 640 });
    expect(marks[0].key).to.equal('south-tyneside');
    expect(marks.slice(1, 5).map((m) => m.key)).to.deep.equal(['blackpool-and-fylde-coast', 'airedale-wharfedale-and-craven', 'leeds', 'vale-of-york']);
    expect(marks[1].series).to.equal(1);
    expect(marks[marks.length - 1].key).to.equal('south-devon-and-torbay');
  });

  it('a height override fits the map inside it', () => {
    const svg = freshSvg();
    svg.style.width = '800px';
    renderSiteMap(svg, allSites(), { width: 800, height: 300 });
    expect(svg.getAttribute('viewBox')).to.equal('0 0 800 300');
    const land = (svg.querySelector('path.land') as SVGGraphicsElement).getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    expect(land.top).to.be.at.least(box.top - 0.5);
    expect(land.bottom).to.be.at.most(box.bottom + 0.5);
    for (const m of drawnMarks(svg)) {
      expect(m.cy + m.reach).to.be.at.most(300);
      expect(m.cy - m.reach).to.be.at.least(0);
    }
  });

  it('is responsive from 320 to 1400 px with a sensible aspect', () => {
    for (const width of [320, 1400]) {
      const svg = freshSvg();
      renderSiteMap(svg, allSites(), { width });
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      expect(w).to.equal(width);
      expect(h).to.be.at.most(SITE_MAP_DEFAULTS.maxHeight);
      for (const m of drawnMarks(svg)) expect(m.cx + m.reach).to.be.at.most(width);
      // The legend never overlaps the land's frame at the side (it sits in the sea, beside or below).
      expect(svg.querySelectorAll('g.legend-item').length).to.be.at.least(4);
    }
  });

  it('filtered sites keep one size scale with maxCount', () => {
    const svg = freshSvg();
    const wave2 = sitesOf(bundledDataset(), { wave: 2 });
    renderSiteMap(svg, wave2, { width: 640, year: 2019, maxCount: 17 });
    const marks = drawnMarks(svg);
    expect(marks).to.have.length(11);
    const svg2 = freshSvg();
    renderSiteMap(svg2, allSites(), { width: 640, year: 2019, maxCount: 17 });
    const wak = (s: SVGSVGElement) => drawnMarks(s).find((m) => m.id === 'wakefield')!.area;
    expect(wak(svg)).to.be.closeTo(wak(svg2), 0.5);
  });
});

describe('renderSiteGrid', () => {
  afterEach(() => {
    while (svgs.length) svgs.pop()!.remove();
  });

  const tiles = (svg: SVGSVGElement) =>
    [...svg.querySelectorAll<SVGGElement>('g.tile')].map((g) => {
      const r = g.querySelector('rect')!.getBoundingClientRect();
      return { id: g.getAttribute('data-key')!, r, hollow: g.classList.contains('hollow'), g };
    });

  it('renderSiteGrid(svg, sites, {width: 320}) draws 25 equal tiles that never overlap', () => {
    const svg = freshSvg();
    svg.style.width = '320px';
    const result = renderSiteGrid(svg, allSites(), { width: 320, year: 2019 });
    const ts = tiles(svg);
    expect(ts).to.have.length(25);
    expect(result.marks).to.have.length(25);
    for (const t of ts) {
      expect(t.r.width).to.be.closeTo(ts[0].r.width, 0.01);
      expect(t.r.height).to.be.closeTo(ts[0].r.width, 0.01);
    }
    for (let i = 0; i < ts.length; i++) {
      for (let j = i + 1; j < ts.length; j++) {
        const a = ts[i].r;
        const b = ts[j].r;
        const overlap = a.left < b.right - 0.01 && b.left < a.right - 0.01 && a.top < b.bottom - 0.01 && b.top < a.bottom - 0.01;
        expect(overlap, `${ts[i].id} and ${ts[j].id}`).to.equal(false);
      }
    }
    expect(ts.filter((t) => t.hollow).map((t) => t.id).sort()).to.deep.equal(['airedale-wharfedale-and-craven', 'blackpool-and-fylde-coast', 'nottingham-city']);
    expect(svg.querySelector('g.tile[data-key="barnsley"] .tile-code')!.textContent).to.equal('BAR');
    expect(svg.querySelector('g.tile[data-key="barnsley"] .tile-count')!.textContent).to.equal('7');
  });

  it('arranges tiles roughly by geography', () => {
    const svg = freshSvg();
    renderSiteGrid(svg, allSites(), { width: 640 });
    const at = (id: string) => tiles(svg).find((t) => t.id === id)!.r;
    expect(at('south-tyneside').top).to.be.lessThan(at('leeds').top);
    expect(at('leeds').top).to.be.lessThan(at('camden').top);
    expect(at('cornwall').top).to.be.greaterThan(at('kent').top - 1);
    expect(at('cornwall').left).to.be.lessThan(at('kent').left);
    expect(Object.keys(SITE_TILES).sort()).to.deep.equal(allSites().map((s) => s.id).sort());
  });

  it('switching layout on the same SVG replaces the other layout', () => {
    const svg = freshSvg();
    const sites = allSites();
    renderSiteMap(svg, sites, { width: 640 });
    renderSiteMap(svg, sites, { width: 640, layout: 'grid' });
    expect(svg.querySelectorAll('path.site, path.land, g.leader')).to.have.length(0);
    expect(svg.querySelectorAll('g.tile')).to.have.length(25);
    renderSiteMap(svg, sites, { width: 640, layout: 'map' });
    expect(svg.querySelectorAll('g.tile')).to.have.length(0);
    expect(svg.querySelectorAll('path.site')).to.have.length(25);
    // The land is painted first and the legend last.
    expect([...svg.children].map((g) => g.getAttribute('class'))).to.deep.equal(['land', 'leaders', 'sites', 'legend']);
  });

  it('a site without a tile gets the nearest free cell to its map position', () => {
    const svg = freshSvg();
    const sites = allSites();
    const extra: SiteWithInformants = { ...sites[0], id: 'somewhere', name: 'Somewhere New', x: 500, y: 600, informants: { 2020: 2 } };
    renderSiteGrid(svg, [...sites, extra], { width: 640 });
    const ts = tiles(svg);
    expect(ts).to.have.length(26);
    const positions = new Set(ts.map((t) => `${Math.round(t.r.left)},${Math.round(t.r.top)}`));
    expect(positions.size).to.equal(26);
  });
});
