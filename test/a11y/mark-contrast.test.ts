import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { contrastRatio, parseColor } from '../contrast.js';
import { SERIES_COLORS, SERIES_TEXT } from '../../src/renderers/shared/palette.js';

/**
 * WCAG 2.2 SC 1.4.11 (non-text contrast): the marks a reader needs (lines, points, site marks,
 * bars and segments without a printed value) contrast at least 3:1 with what they are drawn
 * on, in the light and the dark theme. Colours are the browser's computed ones, so a theme's
 * custom properties are what is checked, not the source's hex codes.
 */
type Chart = PioneerChart<unknown>;
const ALL_OBJECTIVES = 'joined-up,unplanned-admissions,quality-of-care,manage-own-care,quality-of-life,reducing-costs,accessible-services,greater-say';
const MIN = 3;
const rgb = (c: [number, number, number]) => `rgb(${c.map(Math.round).join(', ')})`;
/** `color` at `opacity` over `under`, as the eye sees it. */
const over = (color: string, opacity: number, under: string) => {
  const [a, b] = [parseColor(color)!, parseColor(under)!];
  return rgb(a.map((v, i) => v * opacity + b[i] * (1 - opacity)) as [number, number, number]);
};

async function chart(html: string, width = 760): Promise<{ root: ShadowRoot; bg: string }> {
  const el = await drawn(mount<Chart>(html, width));
  const root = el.shadowRoot!;
  expect(el.message || '', html).to.equal('');
  return { root, bg: getComputedStyle(root.querySelector('figure')!).backgroundColor };
}

/** Every [what, ratio] pair whose ratio is under 3:1. */
const failing = (pairs: [string, number][]) => pairs.filter(([, r]) => !(r >= MIN)).map(([w, r]) => `${w}: ${r.toFixed(2)}:1`);

for (const theme of ['light', 'dark']) {
  describe(`marks contrast at least 3:1 with what they are drawn on (${theme} theme)`, () => {
    afterEach(cleanup);

    it('<pioneer-trend> with all eight objectives: every line and every point marker', async () => {
      const { root, bg } = await chart(`<pioneer-trend theme="${theme}" measure="objective" items="${ALL_OBJECTIVES}"></pioneer-trend>`);
      const lines = [...root.querySelectorAll<SVGPathElement>('path.line')];
      const points = [...root.querySelectorAll<SVGPathElement>('path.point')];
      expect(lines.length, 'eight lines').to.equal(8);
      expect(points.length, 'points drawn').to.be.greaterThan(16);
      expect(failing([
        ...lines.map((l, i): [string, number] => [`line ${i + 1} ${getComputedStyle(l).stroke}`, contrastRatio(getComputedStyle(l).stroke, bg)]),
        ...points.map((p): [string, number] => [`point ${p.getAttribute('data-key')} ${getComputedStyle(p).fill}`, contrastRatio(getComputedStyle(p).fill, bg)]),
      ])).to.deep.equal([]);
    });

    for (const colorBy of ['wave', 'deprivation']) {
      it(`<site-map color-by="${colorBy}">: every site mark against the land and the background; the legend's keys too`, async () => {
        const { root, bg } = await chart(`<site-map theme="${theme}" year="2019" color-by="${colorBy}"></site-map>`);
        const land = getComputedStyle(root.querySelector('path.land')!).fill;
        const marks = [...root.querySelectorAll<SVGPathElement>('path.site-mark')];
        expect(marks.length).to.equal(25);
        expect(root.querySelectorAll('path.site-mark.hollow').length, 'hollow marks are checked too').to.equal(3);
        // A filled mark shows its fill; a hollow one its outline. Marks sit on land or, off the coast, on the background.
        const edge = (m: SVGPathElement) => (m.classList.contains('hollow') ? getComputedStyle(m).stroke : getComputedStyle(m).fill);
        const keys = [...root.querySelectorAll<SVGPathElement>('[part="legend"] path')].filter((p) => getComputedStyle(p).fill !== 'none');
        expect(keys.length, 'a legend key per colour shown').to.be.at.least(2);
        expect(failing([
          ...marks.flatMap((m): [string, number][] => [
            [`${m.getAttribute('data-key')} on land`, contrastRatio(edge(m), land)],
            [`${m.getAttribute('data-key')} on background`, contrastRatio(edge(m), bg)],
          ]),
          ...keys.map((k): [string, number] => [`legend key ${getComputedStyle(k).fill}`, contrastRatio(getComputedStyle(k).fill, bg)]),
        ])).to.deep.equal([]);
      });

      it(`<site-map layout="grid" color-by="${colorBy}">: every tile's outline, and its marker against the tile's tint`, async () => {
        const { root, bg } = await chart(`<site-map theme="${theme}" year="2019" layout="grid" color-by="${colorBy}"></site-map>`);
        const tiles = [...root.querySelectorAll<SVGGElement>('g.tile')];
        expect(tiles.length).to.equal(25);
        expect(failing(tiles.flatMap((t): [string, number][] => {
          const box = getComputedStyle(t.querySelector('rect')!);
          const marker = getComputedStyle(t.querySelector('path')!);
          const tint = box.fill.startsWith('rgb') ? over(box.fill, Number(box.fillOpacity), bg) : bg;
          const shown = marker.fill.startsWith('rgb') ? marker.fill : marker.stroke;
          return [
            [`tile outline ${box.stroke}`, contrastRatio(box.stroke, bg)],
            [`tile marker ${shown} on ${tint}`, contrastRatio(shown, tint)],
          ];
        }))).to.deep.equal([]);
      });
    }

    it('<pioneer-compare>: each group\'s bar colour (solid, or under its texture)', async () => {
      const { root, bg } = await chart(`<pioneer-compare theme="${theme}" measure="barrier" dimension="organisation"></pioneer-compare>`);
      const solid = [...root.querySelectorAll<SVGRectElement>('rect.bar')].filter((b) => getComputedStyle(b).fill.startsWith('rgb'));
      const textured = [...root.querySelectorAll<SVGRectElement>('pattern > rect')];
      expect(solid.length, 'first group solid').to.be.greaterThan(0);
      expect(textured.length, 'other groups textured').to.be.greaterThan(0);
      expect(failing([...solid, ...textured].map((b): [string, number] => [getComputedStyle(b).fill, contrastRatio(getComputedStyle(b).fill, bg)]))).to.deep.equal([]);
    });

    for (const [attrs, width] of [['measure="barrier" year="2019"', 760], ['measure="barrier" year="2020"', 760], ['measure="barrier" year="2019"', 320], ['measure="covid-effect"', 360]] as const) {
      it(`<barrier-stack ${attrs}> at ${width}px: every segment is either labelled with its value or contrasts with the background`, async () => {
        const { root, bg } = await chart(`<barrier-stack theme="${theme}" ${attrs}></barrier-stack>`, width);
        const segs = [...root.querySelectorAll<SVGRectElement>('rect.seg')];
        expect(segs.length).to.be.greaterThan(20);
        // A segment's value label is drawn in its bar's group, with the segment's response.
        const labelled = (s: SVGRectElement) => !!s.parentElement!.querySelector(`text.seg-label[data-response="${s.getAttribute('data-response')}"]`);
        expect(segs.filter(labelled).length, 'most segments carry their value').to.be.greaterThan(segs.length / 2);
        expect(segs.filter((s) => !labelled(s)).every((s) => s.classList.contains('bare')), 'the unlabelled ones, and only they, are outlined').to.equal(true);
        expect(segs.filter(labelled).some((s) => s.classList.contains('bare'))).to.equal(false);
        expect(failing(segs.filter((s) => !labelled(s)).map((s): [string, number] => {
          const cs = getComputedStyle(s);
          // A textured segment's colour is its pattern's base tile.
          const fill = cs.fill.startsWith('url(') ? getComputedStyle(root.querySelector(`${/#[^"')]+/.exec(cs.fill)![0]} rect`)!).fill : cs.fill;
          const edge = cs.stroke.startsWith('rgb') && parseFloat(cs.strokeWidth) >= 1 && contrastRatio(cs.stroke, bg) > 1 ? cs.stroke : fill;
          return [`${s.getAttribute('data-key')} (${edge})`, contrastRatio(edge, bg)];
        }))).to.deep.equal([]);
      });
    }
  });
}

describe('marks contrast at least 3:1 on paper (print)', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ media: 'screen' });
  });

  for (const [tag, attrs] of [['barrier-stack', 'measure="barrier" year="2019"'], ['site-map', 'year="2019"'], ['pioneer-trend', 'measure="objective"']]) {
    it(`<${tag} theme="dark"> prints in the light theme's colours on white paper: text 4.5:1 on it, land light`, async () => {
      await emulateMedia({ media: 'print' });
      const { root, bg } = await chart(`<${tag} theme="dark" ${attrs}></${tag}>`);
      expect(bg, 'the paper stays white').to.equal('rgb(255, 255, 255)');
      const texts = [...root.querySelectorAll<SVGTextElement>('svg text')].filter((t) => t.textContent!.trim() && getComputedStyle(t).fill.startsWith('rgb'));
      expect(texts.length, 'labels drawn').to.be.greaterThan(5);
      // Text on the paper (not on a filled segment) must keep 4.5:1; the label on a segment is checked against the segment elsewhere.
      const onPaper = texts.filter((t) => !t.classList.contains('seg-label'));
      expect(onPaper.filter((t) => !(contrastRatio(getComputedStyle(t).fill, bg) >= 4.5)).map((t) => `${t.textContent} ${getComputedStyle(t).fill}`)).to.deep.equal([]);
      const land = root.querySelector('path.land');
      if (land) expect(getComputedStyle(land).fill, 'light land').to.equal('rgb(227, 227, 227)');
    });
  }

  it('<pioneer-trend> prints its series in greys that keep 3:1 on white, told apart by their markers', async () => {
    await emulateMedia({ media: 'print' });
    const { root, bg } = await chart('<pioneer-trend measure="objective" items="joined-up,unplanned-admissions,quality-of-care,manage-own-care"></pioneer-trend>');
    expect(bg).to.equal('rgb(255, 255, 255)');
    const strokes = [...root.querySelectorAll<SVGPathElement>('path.line')].map((l) => getComputedStyle(l).stroke);
    expect(strokes.length).to.equal(4);
    expect(strokes.every((c) => { const [r, g, b] = parseColor(c)!; return r === g && g === b; }), `greys: ${strokes.join(' ')}`).to.equal(true);
    expect(failing(strokes.map((c): [string, number] => [c, contrastRatio(c, bg)]))).to.deep.equal([]);
  });

  it('prints all eight series in greys, each 3:1 on white, neighbours at least 2:1 apart (bars of adjacent groups stay apart)', async () => {
    await emulateMedia({ media: 'print' });
    const el = await drawn(mount<Chart>('<pioneer-compare measure="facilitator" dimension="organisation"></pioneer-compare>'));
    const style = getComputedStyle(el);
    const greys = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => style.getPropertyValue(`--pioneer-color-${n}`).trim());
    const rgb = greys.map((g) => parseColor(g));
    expect(rgb.every((c) => c && c[0] === c[1] && c[1] === c[2]), greys.join(' ')).to.equal(true);
    expect(failing(greys.map((g): [string, number] => [`${g} on white`, contrastRatio(g, '#ffffff')]))).to.deep.equal([]);
    const apart = greys.slice(1).map((g, i): [string, number] => [`${greys[i]} next to ${g}`, contrastRatio(greys[i], g) * (3 / 2)]);
    expect(failing(apart)).to.deep.equal([]);
    // Any two of the four greys at least 1.8:1 apart: a trend's lines cross any other, not only their neighbours'.
    const close = greys.slice(0, 4).flatMap((g, i) => greys.slice(i + 1, 4).filter((h) => !(contrastRatio(g, h) >= 1.8)).map((h) => `${g} and ${h}: ${contrastRatio(g, h).toFixed(2)}:1`));
    expect(close).to.deep.equal([]);
    // As drawn: the first group's bars take the first grey.
    expect(getComputedStyle(el.shadowRoot!.querySelector('rect.bar.group-0')!).fill).to.equal('rgb(0, 0, 0)');
  });

  it('<pioneer-compare show-intervals> prints each whisker in ink over a halo of the paper, so it shows where it crosses a black bar', async () => {
    await emulateMedia({ media: 'print' });
    const { root, bg } = await chart('<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>');
    const intervals = [...root.querySelectorAll('g.interval')];
    expect(intervals.length).to.equal(39);
    const problems: string[] = [];
    let onBlack = 0;
    for (const g of intervals) {
      const bar = g.parentElement!.querySelector('rect.bar')!;
      const barFill = getComputedStyle(bar).fill;
      const halo = g.querySelector('path.halo')!;
      const ink = getComputedStyle(g.querySelector('line.whisker')!).stroke;
      const haloStroke = getComputedStyle(halo).stroke;
      if (barFill === 'rgb(0, 0, 0)') onBlack++;
      // The halo is painted first (under the line) and stands out from bar and paper alike.
      if (g.firstElementChild !== halo) problems.push('halo not under the whisker');
      if (haloStroke !== bg) problems.push(`halo ${haloStroke}`);
      if (!(contrastRatio(ink, haloStroke) >= MIN)) problems.push(`ink ${ink} on halo ${haloStroke}`);
      if (parseColor(barFill) && !(contrastRatio(haloStroke, barFill) >= MIN) && !(contrastRatio(ink, barFill) >= MIN)) problems.push(`neither halo nor ink shows on ${barFill}`);
      // The halo runs the whisker's length.
      const line = g.querySelector('line.whisker')!;
      const hb = (halo as SVGGraphicsElement).getBBox();
      if (Math.abs(hb.x - Number(line.getAttribute('x1'))) > 0.5 || Math.abs(hb.x + hb.width - Number(line.getAttribute('x2'))) > 0.5) problems.push('halo shorter than the whisker');
    }
    expect(onBlack, 'the first group prints black').to.be.greaterThan(0);
    expect(problems).to.deep.equal([]);
  });
});

describe('the series palette', () => {
  it('keeps 3:1 on white (the dark theme is checked as drawn, above), and its label colours 4.5:1 on each colour (custom responses)', () => {
    expect(failing(SERIES_COLORS.flatMap((c, i): [string, number][] => [
      [`${c} on white`, contrastRatio(c, '#ffffff')],
      [`label ${SERIES_TEXT[i]} on ${c} (needs 4.5)`, contrastRatio(SERIES_TEXT[i], c) * (3 / 4.5)],
    ]))).to.deep.equal([]);
  });
});
