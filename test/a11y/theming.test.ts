/**
 * A web designer restyling the charts (README's custom properties, ::part, theme): brand
 * colours keep value labels readable, reach the tooltip and series colours in the dark theme,
 * print in paper's colours and greys wherever they are set, download on the brand's dark
 * background; the muted colour reaches the axes; the manifest lists only parts an element has;
 * a restyled title stays inside a phone's column.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, inCard, mount } from '../helpers.js';
import { contrastRatio } from '../contrast.js';

type Chart = PioneerChart<unknown>;
const frames = async (n: number) => { for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r)); };

const ratio = contrastRatio;

/** Each value label drawn on a segment, with the segment's fill (a texture's base colour) and the label's colour. */
function valueLabels(el: Chart) {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const segs = [...svg.querySelectorAll<SVGRectElement>('rect[data-key]')];
  return [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => /^\d+%$/.test(t.textContent!.trim())).flatMap((t) => {
    const r = t.getBoundingClientRect(); const cx = r.left + r.width / 2; const cy = r.top + r.height / 2;
    const seg = segs.find((s) => { const b = s.getBoundingClientRect(); return cx >= b.left && cx <= b.right && cy >= b.top && cy <= b.bottom; });
    if (!seg) return [];
    let fill = getComputedStyle(seg).fill;
    if (fill.startsWith('url')) fill = getComputedStyle(svg.querySelector(`#${CSS.escape(/#([^"')]+)/.exec(fill)![1])} .texture-base`)!).fill;
    return [{ key: seg.dataset.key!, fill, text: getComputedStyle(t).fill, ratio: ratio(fill, getComputedStyle(t).fill) }];
  });
}

describe('theming: a site\'s brand colours, parts and themes', () => {
  afterEach(async () => { cleanup(); await emulateMedia({ media: 'screen', colorScheme: 'light' }); });

  it('a brand palette for the responses (--pioneer-response-very light, -fairly dark) keeps value labels readable on their segments (≥ 4.5:1)', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019" style="--pioneer-response-very: #FFD100; --pioneer-response-fairly: #002147"></barrier-stack>', 760));
    await frames(2);
    const bad = valueLabels(el).filter((l) => l.ratio < 4.5).map((l) => `${l.key}: ${l.text} on ${l.fill} = ${l.ratio.toFixed(2)}:1`);
    expect(bad).to.deep.equal([]);
    // The downloaded SVG writes the labels' colours as rgb(), which tools outside browsers read.
    const file = el.toSvg();
    expect(file).to.not.contain('color(srgb');
    expect(file, "dark labels on the yellow segments").to.contain('fill="rgb(26, 26, 26)"');
  });

  it('a value label\'s colour for a page\'s palette is worked out once, on the chart, and follows a palette changed after drawing', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 760));
    // Once per chart: the host holds the colour its labels inherit, as a colour (a registered
    // property), not as the formula each label would work out again (about 0.4 s of the
    // browser's style work on a page of 50 charts).
    expect(getComputedStyle(el).getPropertyValue('--_pioneer-label-very').trim()).to.match(/^(rgb\(\d|color\(srgb \d)/);
    el.style.setProperty('--pioneer-response-very', '#FFD100');
    el.style.setProperty('--pioneer-response-fairly', '#002147');
    await frames(2);
    const bad = valueLabels(el).filter((l) => l.ratio < 4.5).map((l) => `${l.key}: ${l.text} on ${l.fill} = ${l.ratio.toFixed(2)}:1`);
    expect(bad).to.deep.equal([]);
    expect(valueLabels(el).filter((l) => l.fill === 'rgb(255, 209, 0)').length, 'labels on the yellow segments').to.be.above(0);
  });

  it('a stacked bar chart moved into an iframe\'s page keeps value labels readable on a page\'s palette there', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:900px';
    frame.srcdoc = '<body style="margin:0"><div id="x" style="width:760px; --pioneer-response-very: #FFD100; --pioneer-response-fairly: #002147"></div></body>';
    await new Promise((r) => { frame.onload = r; document.body.append(frame); });
    try {
      const el = document.createElement('barrier-stack') as Chart;
      el.setAttribute('measure', 'barrier');
      el.setAttribute('year', '2019');
      frame.contentDocument!.getElementById('x')!.append(el);
      await drawn(el);
      await frames(2);
      const win = frame.contentWindow!;
      expect(win.getComputedStyle(el).getPropertyValue('--_pioneer-label-very').trim(), 'worked out once there too').to.match(/^(rgb\(\d|color\(srgb \d)/);
      const svg = el.shadowRoot!.querySelector('svg')!;
      // Each label on a plain (untextured) segment of its bar, against that segment's fill.
      const pairs = [...svg.querySelectorAll<SVGTextElement>('text.seg-label[fill]')].flatMap((t) => {
        const seg = t.parentElement!.querySelector<SVGRectElement>(`rect.seg[data-response="${t.dataset.response}"]`);
        const fill = seg ? win.getComputedStyle(seg).fill : '';
        return fill.startsWith('rgb') ? [{ fill, text: win.getComputedStyle(t).fill, response: t.dataset.response }] : [];
      });
      expect(pairs.filter((p) => p.fill === 'rgb(255, 209, 0)').length, 'labels on the yellow segments').to.be.above(0);
      expect(pairs.filter((p) => ratio(p.fill, p.text) < 4.5).map((p) => `${p.response}: ${p.text} on ${p.fill}`)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a value label placed after a segment too narrow for it is in the chart\'s text colour, not the one chosen for the fill', async () => {
    const row = (item: string, value: number) => ({ measure: 'barrier', item, item_label: `Barrier ${item}`, year: 2021, group: 'all', response: 'very', value, unit: 'percent', base: 40, source_survey: 2021, source_table: '1' });
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2021"></barrier-stack>', 640);
    el.data = [row('a', 3), row('b', 60)];
    await drawn(el);
    const after = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('text.seg-label')].find((t) => !t.hasAttribute('fill'));
    expect(after, 'a label after its segment').to.not.equal(undefined);
    expect(getComputedStyle(after!).fill).to.equal(getComputedStyle(el.shadowRoot!.querySelector('figure')!).color);
  });

  it('in the dark theme, the 7th line\'s legend key has the line\'s colour', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend theme="dark" measure="objective" items="joined-up,unplanned-admissions,quality-of-care,manage-own-care,quality-of-life,reducing-costs,accessible-services,greater-say"></pioneer-trend>', 760));
    const key = el.shadowRoot!.querySelector<SVGElement>('.legend svg.swatch.c7');
    const lines = [...el.shadowRoot!.querySelectorAll<SVGElement>('svg[part="svg"] .line')];
    expect(key, 'a 7th key').to.not.equal(null);
    expect(getComputedStyle(key!).color).to.equal(getComputedStyle(lines[6]).stroke);
    expect(getComputedStyle(key!).color, 'not black on the dark background').to.not.equal('rgb(0, 0, 0)');
  });

  it('--pioneer-tooltip-background / -color set on a page ancestor reach the tooltip in the dark theme too', async () => {
    const box = mount<HTMLDivElement>('<div style="--pioneer-tooltip-background: rgb(0, 33, 71); --pioneer-tooltip-color: rgb(255, 209, 0); --pioneer-color-7: rgb(228, 0, 43)"><pioneer-trend theme="dark" measure="objective"></pioneer-trend></div>', 760);
    const el = await drawn(box.firstElementChild as Chart);
    const cs = getComputedStyle(el);
    expect([cs.getPropertyValue('--pioneer-tooltip-background').trim(), cs.getPropertyValue('--pioneer-tooltip-color').trim(), cs.getPropertyValue('--pioneer-color-7').trim()]).to.deep.equal(['rgb(0, 33, 71)', 'rgb(255, 209, 0)', 'rgb(228, 0, 43)']);
  });

  it('a dark-themed chart with brand colours prints in the light colours (README: "a dark-themed chart prints in the light colours")', async () => {
    const box = mount<HTMLDivElement>('<div style="--pioneer-background: #0B1F33; --pioneer-text-color: #F0F4F8; --pioneer-muted-color: #C5D0DB"><barrier-stack theme="dark" measure="barrier" year="2019"></barrier-stack></div>', 640);
    const el = await drawn(box.firstElementChild as Chart);
    await emulateMedia({ media: 'print' });
    await frames(3);
    const root = el.shadowRoot!;
    const paper = getComputedStyle(root.querySelector('figure')!).backgroundColor;
    const faint = [
      ['item label', getComputedStyle(root.querySelector('svg text.item-label')!).fill],
      ['source line', getComputedStyle(root.querySelector('.source')!).color],
    ].map(([what, c]) => `${what} ${c} on ${paper}: ${ratio(c, paper).toFixed(2)}:1`).filter((s) => Number(s.split(': ')[1].split(':')[0]) < 4.5);
    expect(faint).to.deep.equal([]);
  });

  it('a dark-themed chart whose brand text is a mid-light grey (#A0AEC0) downloads as SVG "on its dark background", not white', async () => {
    const box = mount<HTMLDivElement>('<div style="--pioneer-background: #0B1F33; --pioneer-text-color: #A0AEC0"><pioneer-trend theme="dark" measure="objective"></pioneer-trend></div>', 640);
    const el = await drawn(box.firstElementChild as Chart);
    await frames(2);
    const svg = el.toSvg();
    const bg = /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)![1];
    const axisText = /fill="(rgb\(160, 174, 192\))"/.exec(svg)?.[1];
    expect(axisText, 'the chart text keeps the brand colour').to.equal('rgb(160, 174, 192)');
    expect(ratio(bg, axisText!), `brand text on the file's background ${bg}`).to.be.at.least(4.5);
  });

  it("a transparent chart with the brand's grey text (#A0AEC0) in a card whose body, in its shadow root, is navy downloads on the navy, not white", async () => {
    // The card's box around its slot paints the navy; the card itself paints nothing.
    const el = await drawn(inCard<Chart>('<pioneer-trend measure="objective" style="--pioneer-background: transparent; --pioneer-text-color: #A0AEC0"></pioneer-trend>', 'background: #0B1F33', 640));
    await frames(2);
    const svg = el.toSvg();
    const bg = /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)![1];
    expect(bg, "the file's background").to.equal('rgb(11, 31, 51)');
    expect(ratio(bg, 'rgb(160, 174, 192)'), `brand text on the file's background ${bg}`).to.be.at.least(4.5);
  });

  it('--pioneer-muted-color ("Secondary text (axes, source line)") reaches the axis tick labels', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019" style="--pioneer-muted-color: rgb(4, 5, 6); --pioneer-text-color: rgb(1, 2, 3)"></barrier-stack>', 640));
    const ticks = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg text.muted')];
    expect(ticks.length, 'the renderer marks its axis labels muted').to.be.greaterThan(0);
    expect([...new Set(ticks.map((t) => getComputedStyle(t).fill))]).to.deep.equal(['rgb(4, 5, 6)']);
  });

  it('brand series colours print in the greys either way: set on a wrapper or on the element itself', async () => {
    const box = mount<HTMLDivElement>(`<div style="--pioneer-color-1: #FFD100"><pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend><pioneer-trend measure="objective" items="quality-of-care,joined-up" style="--pioneer-color-1: #FFD100"></pioneer-trend></div>`, 640);
    const [wrapped, own] = [...box.querySelectorAll<Chart>('pioneer-trend')];
    await drawn(wrapped); await drawn(own);
    await emulateMedia({ media: 'print' });
    await frames(3);
    const first = (el: Chart) => getComputedStyle(el.shadowRoot!.querySelector('svg .line')!).stroke;
    expect({ wrapped: first(wrapped), own: first(own) }).to.deep.equal({ wrapped: 'rgb(0, 0, 0)', own: 'rgb(0, 0, 0)' });
  });

  it('every ::part that custom-elements.json lists for <pioneer-trend>, <site-map> and <pioneer-table> exists in a drawn chart (summary, description)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    await import('../../src/components/site-map/site-map.js');
    await import('../../src/components/pioneer-table/pioneer-table.js');
    const missing: string[] = [];
    for (const [tag, attrs] of [['pioneer-trend', 'measure="objective"'], ['site-map', 'year="2019"'], ['pioneer-table', 'measure="barrier" year="2019"']]) {
      const decl = manifest.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === tag);
      const el = await drawn(mount<Chart>(`<${tag} ${attrs}></${tag}>`, 640));
      await frames(2);
      const present = new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part')!.split(/\s+/)));
      for (const p of ['summary', 'description']) if (decl.cssParts.some((c: any) => c.name === p) && !present.has(p)) missing.push(`${tag}::part(${p})`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('a ::part(title) restyle (uppercase, 2em) on a 360 px phone column wraps inside the chart instead of widening the page', async () => {
    const st = document.createElement('style'); st.textContent = 'pioneer-trend.big::part(title) { text-transform: uppercase; font-size: 2em }'; document.head.append(st);
    try {
      const el = await drawn(mount<Chart>('<pioneer-trend class="big" measure="objective" items="quality-of-care,joined-up"></pioneer-trend>', 360));
      await frames(2);
      const host = el.getBoundingClientRect(); const title = el.shadowRoot!.querySelector('[part=title]')!.getBoundingClientRect();
      expect(title.right, 'title right edge vs the chart\'s').to.be.at.most(host.right + 0.5);
    } finally { st.remove(); }
  });
});

