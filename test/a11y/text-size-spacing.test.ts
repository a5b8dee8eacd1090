/**
 * WCAG 1.4.12 (text spacing) and 1.4.4 (resize text): letter-, word- and line spacing set with
 * the elements' custom properties (by a reader's style sheet, or the page: its own
 * letter-spacing stays out, see hostile-pages) reach the charts' text, and their labels are laid
 * out for it: none runs out of its chart or into another; a font size set after the chart is
 * drawn redraws it at that size; the reader's own default text size (a browser setting) sizes
 * the charts' text, the page's font sizes do not.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, disclosureButton, drawn, mount } from '../helpers.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import { CHARTS } from './charts.js';

type Chart = PioneerChart<unknown>;

/** The spacing WCAG 1.4.12 names, as a reader's style sheet sets it for these elements. */
const SPACING = '--pioneer-letter-spacing: 0.12em; --pioneer-word-spacing: 0.16em; --pioneer-line-height: 1.5';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** Drawn texts of the chart's SVG whose box leaves the SVG (by more than half a pixel). */
function textsOutside(el: Chart): string[] {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const box = svg.getBoundingClientRect();
  const out: string[] = [];
  for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
    if (!t.textContent?.trim() || t.getClientRects().length === 0) continue;
    const r = t.getBoundingClientRect();
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`"${t.textContent}" ${r.left.toFixed(1)}–${r.right.toFixed(1)} of ${box.left.toFixed(1)}–${box.right.toFixed(1)}`);
  }
  return out;
}

/** Item labels (of stacked bars, compared groups) whose box runs into a bar. */
function labelsOverBars(el: Chart): string[] {
  const bars = [...el.shadowRoot!.querySelectorAll('svg rect[data-key]')].map((r) => r.getBoundingClientRect()).filter((r) => r.width > 0);
  const out: string[] = [];
  for (const t of el.shadowRoot!.querySelectorAll('svg text.item-label')) {
    const a = t.getBoundingClientRect();
    const hit = bars.find((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5);
    if (hit) out.push(`"${t.textContent}" ${a.left.toFixed(1)}–${a.right.toFixed(1)} over a bar at ${hit.left.toFixed(1)}`);
  }
  return out;
}

/** Pairs of legend entries (key and text) whose boxes overlap. */
function legendOverlaps(el: Chart): string[] {
  const entries = [...el.shadowRoot!.querySelectorAll('svg g.legend > g')].map((g) => ({ label: g.textContent!.trim(), r: g.getBoundingClientRect() }));
  const out: string[] = [];
  entries.forEach((a, i) =>
    entries.slice(i + 1).forEach((b) => {
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 0.5 && h > 0.5) out.push(`${a.label} / ${b.label}`);
    }),
  );
  return out;
}

/** Pairs of drawn texts of the chart's SVG whose boxes overlap (by more than a pixel each way). */
function textOverlaps(el: Chart): string[] {
  const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg text')]
    .filter((t) => t.textContent?.trim() && t.getClientRects().length > 0 && !t.closest('text text'))
    .map((t) => ({ label: t.textContent!.trim(), r: t.getBoundingClientRect() }))
    .filter((t) => t.r.width > 0);
  const out: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 1) out.push(`"${a.label}" / "${b.label}" (${w.toFixed(0)}×${h.toFixed(0)} px)`);
    }),
  );
  return out;
}

describe('text spacing and text size (WCAG 1.4.12, 1.4.4)', () => {
  afterEach(cleanup);

  it('<pioneer-compare> stretched by a tall height with very large text (40 px): its bars stay as tall as their value labels, and its axis keeps only ticks whose labels have room', async () => {
    const el = await drawn(mount<Chart>('<pioneer-compare measure="barrier" dimension="organisation" height="3000" style="--pioneer-font-size: 40px"></pioneer-compare>', 900));
    await frames(2);
    expect(el.message).to.equal(null);
    expect(textOverlaps(el)).to.deep.equal([]);
  });

  for (const { tag, attrs } of CHARTS) {
    it(`<${tag} ${attrs}> on a phone with text at 200% (28 px in a 340 px column): no text drawn over another`, async () => {
      const el = await drawn(mount<Chart>(`<${tag} ${attrs} style="--pioneer-font-size: 28px"></${tag}>`, 340));
      await frames(2);
      expect(el.message).to.equal(null);
      expect(textOverlaps(el)).to.deep.equal([]);
    });
  }

  for (const { tag, attrs } of CHARTS) {
    for (const width of [640, 320]) {
      it(`<${tag} ${attrs}> at ${width} px with a reader's text spacing: the spacing reaches the text, no label leaves the chart or runs into a bar, no legend entries overlap`, async () => {
        const box = mount<HTMLDivElement>(`<div style="${SPACING}"><${tag} ${attrs}></${tag}></div>`, width);
        const el = await drawn(box.firstElementChild as Chart);
        await frames(2);
        const text = el.shadowRoot!.querySelector('svg text')!;
        expect(parseFloat(getComputedStyle(text).letterSpacing), 'letter-spacing reaches the chart').to.be.closeTo(0.12 * 14, 0.01);
        expect(parseFloat(getComputedStyle(text).wordSpacing), 'word-spacing too').to.be.closeTo(0.16 * 14, 0.01);
        expect(getComputedStyle(el.shadowRoot!.querySelector('figure')!).lineHeight).to.equal(`${1.5 * 14}px`);
        expect(textsOutside(el)).to.deep.equal([]);
        expect(labelsOverBars(el)).to.deep.equal([]);
        expect(legendOverlaps(el)).to.deep.equal([]);
      });
    }
  }

  it("every control is set in a reader's text spacing as the chart's text is: the Chart/Table switch, the Download menu's items, the trend's legend keys, the filter bar's selects and Reset (a browser's own style sets them back to normal)", async () => {
    const box = mount<HTMLDivElement>(
      `<div style="${SPACING}"><pioneer-filters><barrier-stack measure="barrier" year="2020"></barrier-stack><pioneer-trend></pioneer-trend></pioneer-filters></div>`,
      800,
    );
    const bar = box.firstElementChild as Chart;
    const [stack, trend] = [...bar.children] as Chart[];
    await drawn(stack);
    await drawn(trend);
    await bar.updateComplete;
    disclosureButton(stack, 'menu').click();
    const unspaced: string[] = [];
    for (const el of [stack, trend, bar]) {
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, select')];
      expect(controls.length, `${el.localName} has controls`).to.be.greaterThan(1);
      for (const c of controls) {
        const cs = getComputedStyle(c);
        const fontSize = parseFloat(cs.fontSize);
        const letter = parseFloat(cs.letterSpacing) || 0;
        const word = parseFloat(cs.wordSpacing) || 0;
        // At least what WCAG 1.4.12 asks of text of its size (the spacing is inherited as the
        // chart's 0.12em in px, so a control's smaller text gets a little more).
        if (letter < 0.12 * fontSize - 0.01 || word < 0.16 * fontSize - 0.01) {
          unspaced.push(`${el.localName} ${c.localName} "${(c.textContent ?? '').trim().slice(0, 30)}": ${cs.letterSpacing} / ${cs.wordSpacing}`);
        }
      }
    }
    expect(unspaced).to.deep.equal([]);
  });

  /**
   * Each of the filter bar's selects as laid out: whether it holds its chosen option's text whole
   * (the lines that text needs at the select's width, measured in its font, fit its height), its
   * edges inside the bar's, and its height.
   */
  async function filterSelects(style: string, width: number, measure = '') {
    await setViewport({ width, height: 700 });
    document.body.style.margin = '0';
    const bar = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      `<pioneer-filters controls="year,measure,wave,deprivation,organisation,tenure" ${measure} style="${style}"><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>`,
      width,
    );
    await drawn(bar.firstElementChild as Chart);
    await bar.updateComplete;
    await frames(2);
    const row = bar.shadowRoot!.querySelector('.bar')!.getBoundingClientRect();
    const ctx = document.createElement('canvas').getContext('2d')!;
    return {
      pageScrolls: document.documentElement.scrollWidth > innerWidth,
      selects: [...bar.shadowRoot!.querySelectorAll('select')].map((s) => {
        const cs = getComputedStyle(s);
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const text = s.selectedOptions[0].label.replace(/\s+/g, ' ').trim();
        // The room for text: the box less its padding and, for a browser's own select, its arrow.
        const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - (cs.appearance === 'none' ? 0 : 20);
        const lines = Math.ceil(ctx.measureText(text).width / room);
        const tall = s.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
        const box = s.getBoundingClientRect();
        return { text, whole: lines <= 1 || tall >= lines * parseFloat(cs.lineHeight) - 1, inside: box.left >= row.left - 0.5 && box.right <= row.right + 0.5, height: box.height, top: Math.round(box.top) };
      }),
    };
  }

  it("the filter bar at 320 px with text at 200% (28 px): each select shows its chosen option whole, on as many lines as it needs (a browser's own select cut \"Each chart's own measure\" short), inside the bar, the page not scrolling sideways (WCAG 1.4.10)", async () => {
    try {
      for (const measure of ['', 'measure="progress"']) {
        const { pageScrolls, selects } = await filterSelects('--pioneer-font-size: 28px', 320, measure);
        expect(pageScrolls, 'the page scrolls sideways').to.equal(false);
        expect(selects.filter((s) => !s.whole || !s.inside).map((s) => s.text), 'cut short or outside the bar').to.deep.equal([]);
        expect(selects.map((s) => s.text)).to.include(measure ? 'Progress in meeting objectives/outcomes' : "Each chart's own measure");
        cleanup();
      }
      // In a row at the usual size: one line each, as tall as before, four to the first row; a
      // long measure wraps rather than being cut.
      const wide = await filterSelects('', 1000);
      expect(wide.selects.map((s) => s.height)).to.deep.equal([28, 28, 28, 28, 28, 28]);
      expect(wide.selects.filter((s) => s.top === wide.selects[0].top)).to.have.length(4);
      cleanup();
      const long = await filterSelects('', 1000, 'measure="progress"');
      expect(long.selects.filter((s) => !s.whole).map((s) => s.text)).to.deep.equal([]);
    } finally {
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('spacing set after the chart is drawn redraws it, its labels laid out for it', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 320));
    el.style.cssText = '--pioneer-letter-spacing: 0.3em; --pioneer-word-spacing: 0.5em';
    await frames(3);
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('svg text')!).letterSpacing)).to.be.closeTo(0.3 * 14, 0.01);
    expect(textsOutside(el)).to.deep.equal([]);
    expect(legendOverlaps(el)).to.deep.equal([]);
  });

  it('a spacing of normal (not a length) leaves the text unspaced, and a later font size still redraws', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019" style="--pioneer-letter-spacing: normal; --pioneer-word-spacing: normal"></barrier-stack>'));
    const label = () => el.shadowRoot!.querySelector('svg text.item-label')!;
    expect(getComputedStyle(label()).letterSpacing).to.equal('normal');
    const size = parseFloat(getComputedStyle(label()).fontSize);
    el.style.setProperty('--pioneer-font-size', '20px');
    await frames(3);
    expect(parseFloat(getComputedStyle(label()).fontSize)).to.be.closeTo((size * 20) / 14, 0.2);
    expect(textsOutside(el)).to.deep.equal([]);
  });

  it('<pioneer-compare> at 320 px with spacing: a small-base caution too long for its name\'s line starts the next line at the name\'s left edge', async () => {
    const el = await drawn(mount<Chart>(`<pioneer-compare measure="barrier" dimension="organisation" style="${SPACING}"></pioneer-compare>`, 320));
    const wrapped = [...el.shadowRoot!.querySelectorAll('.legend-entry')].filter((g) => g.querySelector('.caution')?.hasAttribute('dy'));
    expect(wrapped.length, 'some caution has a line of its own').to.be.greaterThan(0);
    for (const g of wrapped) {
      const name = g.querySelector('.group-name')!.getBoundingClientRect();
      const caution = g.querySelector('.caution')!.getBoundingClientRect();
      expect(caution.left).to.be.closeTo(name.left, 1);
      expect(caution.top).to.be.at.least(name.bottom - 1);
      expect(g.textContent).to.match(/\) ⚠ small base$/);
    }
  });

  it("a reader's default text size of 20 px (a browser setting) draws the charts' text at 17.5 px, laid out for it; a page's font sizes, even !important, still change nothing", async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% !important } * { font-size: 30px !important }';
    const sizes = async () => {
      const out: number[] = [];
      for (const tag of ['barrier-stack measure="barrier" year="2019"', 'pioneer-trend measure="objective"']) {
        const el = await drawn(mount<Chart>(`<${tag}></${tag.split(' ')[0]}>`, 640));
        await frames(2);
        out.push(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('figure')!).fontSize), parseFloat(getComputedStyle(el.shadowRoot!.querySelector('svg text')!).fontSize));
        expect(textsOutside(el), tag).to.deep.equal([]);
        expect(labelsOverBars(el), tag).to.deep.equal([]);
      }
      cleanup();
      return out;
    };
    try {
      const usual = await sizes();
      expect([usual[0], usual[2]], "the figures at the browser's usual 16 px").to.deep.equal([14, 14]);
      // (The page's sizes at 16 px are the hostile-pages test's. Chromium keeps computed styles
      // across an emulated change of this setting, so each state is seen once, in this order.)
      await executeServerCommand('set-default-font-size', { px: 20 });
      const large = await sizes();
      expect([large[0], large[2]], 'the figures, 0.875 of 20 px').to.deep.equal([17.5, 17.5]);
      expect(large[1], 'a stacked-bar label, 1.25 times').to.be.closeTo(usual[1] * 1.25, 0.05);
      expect(large[3], 'a trend label, 1.25 times').to.be.closeTo(usual[3] * 1.25, 0.05);
      document.head.append(style);
      expect(await sizes(), 'the page sets its own sizes, at 20 px').to.deep.equal(large);
    } finally {
      style.remove();
      await executeServerCommand('set-default-font-size', { px: 16 });
    }
  });

  for (const layout of ['map', 'grid']) {
    it(`<site-map layout="${layout}">: its legend's text follows the chart's font size (20 px: 20/14 as tall), none of it leaving the chart`, async () => {
      const legendHeights = (el: Chart) =>
        [...el.shadowRoot!.querySelectorAll('svg g.legend g[data-legend^="cat-"] text, svg g.legend g[data-legend="hollow"] text')].map((t) => t.getBoundingClientRect().height);
      const plain = await drawn(mount<Chart>(`<site-map year="2019" layout="${layout}"></site-map>`, 640));
      const before = legendHeights(plain);
      expect(before.length).to.be.greaterThan(1);
      const large = await drawn(mount<Chart>(`<site-map year="2019" layout="${layout}" style="--pioneer-font-size: 20px"></site-map>`, 640));
      await frames(2);
      const after = legendHeights(large);
      after.forEach((h, i) => expect(h / before[i], `legend text ${i}`).to.be.closeTo(20 / 14, 0.08));
      expect(textsOutside(large)).to.deep.equal([]);
      expect(legendOverlaps(large)).to.deep.equal([]);
    });
  }

  it('text at twice the size (28 px, a reader\'s 200%) in a phone\'s 290 px: the map\'s legend under the map and the comparison\'s legend stay inside their charts, a group\'s name wrapping at a space', async () => {
    const map = await drawn(mount<Chart>('<site-map year="2019" layout="map" style="--pioneer-font-size: 28px"></site-map>', 290));
    await frames(2);
    // The hollow mark's label on two lines, at its left edge.
    const hollow = [...map.shadowRoot!.querySelectorAll('svg g.legend g[data-legend="hollow"] text')];
    expect(hollow.map((t) => t.textContent).join(' ')).to.equal('No informants in 2019');
    expect(hollow.length).to.equal(2);
    expect(hollow[1].getBoundingClientRect().left).to.be.closeTo(hollow[0].getBoundingClientRect().left, 1);
    expect(textsOutside(map)).to.deep.equal([]);
    expect(legendOverlaps(map)).to.deep.equal([]);
    cleanup();
    // The tile grid's note on its numbers too (it ran 44 px past the chart's edge, "…informants in 20").
    const grid = await drawn(mount<Chart>('<site-map year="2019" layout="grid" style="--pioneer-font-size: 28px"></site-map>', 290));
    await frames(2);
    const note = [...grid.shadowRoot!.querySelectorAll('svg g.legend g[data-legend="grid-note"] text')];
    expect(note.map((t) => t.textContent).join(' ')).to.equal('Number: informants in 2019');
    expect(note.length, 'lines of the note').to.be.greaterThan(1);
    expect(textsOutside(grid)).to.deep.equal([]);
    expect(legendOverlaps(grid)).to.deep.equal([]);
    cleanup();
    const compare = await drawn(mount<Chart>('<pioneer-compare style="--pioneer-font-size: 28px"></pioneer-compare>', 290));
    await frames(2);
    expect(textsOutside(compare)).to.deep.equal([]);
    const entries = [...compare.shadowRoot!.querySelectorAll('svg g.legend-entry')];
    const la = entries.find((g) => g.textContent!.startsWith('Local authority'))!;
    // Read as one name, its lines one under the other at the name's left edge, the caution last.
    expect(la.textContent).to.equal('Local authority (n=21) ⚠ small base');
    const lines = [...la.querySelectorAll('.group-name, .name-line, .caution')].map((t) => t.getBoundingClientRect());
    expect(lines.length).to.be.greaterThan(2);
    lines.slice(1).forEach((r, i) => {
      expect(r.left, `line ${i + 2}`).to.be.closeTo(lines[0].left, 1);
      expect(r.top, `line ${i + 2}`).to.be.at.least(lines[i].bottom - 1);
    });
    // Entries do not overlap one another.
    const boxes = entries.map((g) => g.getBoundingClientRect());
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5, `entries ${i} and a later one`).to.equal(false)));
  });

  it('<site-map layout="grid">: its tiles\' codes and counts follow the chart\'s font size (20 px: about 20/14 as tall where the tiles have room), each inside its tile', async () => {
    const sizes = (el: Chart) =>
      [...el.shadowRoot!.querySelectorAll('svg g.tile')].map((g) => {
        const tile = g.querySelector('rect.tile-box')!.getBoundingClientRect();
        const texts = [...g.querySelectorAll('text')].filter((t) => t.textContent).map((t) => t.getBoundingClientRect());
        const inside = texts.every((r) => r.left >= tile.left - 0.5 && r.right <= tile.right + 0.5 && r.top >= tile.top - 0.5 && r.bottom <= tile.bottom + 0.5);
        return { code: parseFloat(getComputedStyle(g.querySelector('text.tile-code')!).fontSize), inside };
      });
    const plain = sizes(await drawn(mount<Chart>('<site-map year="2019" layout="grid"></site-map>', 800)));
    const large = sizes(await drawn(mount<Chart>('<site-map year="2019" layout="grid" style="--pioneer-font-size: 20px"></site-map>', 800)));
    expect(plain.length).to.equal(25);
    large.forEach((t, i) => expect(t.code / plain[i].code, `tile ${i}`).to.be.closeTo(20 / 14, 0.1));
    expect([...plain, ...large].every((t) => t.inside), 'every code and count inside its tile').to.equal(true);
  });

  it('a font size set after the chart is drawn redraws it at that size, labels laid out for it', async () => {
    const el = await drawn(mount<Chart>('<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>'));
    const label = () => el.shadowRoot!.querySelector('svg text')!;
    const before = parseFloat(getComputedStyle(label()).fontSize);
    const height = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().height;
    el.style.setProperty('--pioneer-font-size', '24px');
    await frames(3);
    expect(parseFloat(getComputedStyle(label()).fontSize)).to.be.closeTo((before * 24) / 14, 0.2);
    expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().height, 'drawn again, taller').to.be.greaterThan(height * 1.2);
    expect(textsOutside(el)).to.deep.equal([]);
    expect(legendOverlaps(el)).to.deep.equal([]);
  });
});
