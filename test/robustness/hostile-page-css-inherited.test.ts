// A web editor's page: the embed's elements under a CMS theme whose global CSS sets inherited
// properties on the body (SVG text and stroke properties, font features, a colour scheme).
// They are inherited into the charts' shadow roots; what a chart draws, and how its text reads,
// must be what it is on a plain page.
import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/site-map/site-map.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { captureWarnings, cleanup, countNear, drawn, mount, pixelsIn } from '../helpers.js';

type Chart = PioneerChart<unknown>;

/** The four charts a web editor embeds. */
const CHARTS = [
  '<barrier-stack measure="barrier" year="2020"></barrier-stack>',
  '<pioneer-trend measure="objective"></pioneer-trend>',
  '<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>',
  '<site-map year="2019"></site-map>',
];

/** A chart drawn in a div with the page's `style` (as a theme's rule on the body reaches it: inherited). */
async function chartUnder(style: string, markup: string, width = 760): Promise<Chart> {
  const box = mount<HTMLElement>(`<div style="${style}">${markup}</div>`, width);
  return drawn(box.firstElementChild as Chart);
}

/** A CMS theme's SVG rules on the body: meant for its own icons, inherited by every SVG under it. */
const SVG_PAGE = [
  'fill: red', 'stroke: blue', 'marker: url(#m)', 'clip-rule: evenodd', 'text-anchor: middle', 'dominant-baseline: central',
  'stroke-dasharray: 4', 'stroke-dashoffset: 2', 'stroke-width: 7px', 'stroke-linecap: round', 'stroke-linejoin: bevel',
  'stroke-miterlimit: 1', 'fill-opacity: 0.3', 'stroke-opacity: 0.3', 'paint-order: stroke', 'fill-rule: evenodd', 'font-style: italic', 'text-rendering: geometricPrecision',
  'shape-rendering: crispEdges', 'letter-spacing: 3px', 'word-spacing: 9px',
].join('; ');

/** The SVG properties a mark or label is painted with. */
const PAINT = [
  'fill', 'stroke', 'marker-start', 'clip-rule', 'text-anchor', 'dominant-baseline', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'fill-opacity', 'stroke-opacity', 'paint-order', 'fill-rule', 'font-style', 'text-rendering', 'shape-rendering',
];

/** Each SVG text's box (the plot's labels, key, axis ticks), relative to the host's top left. */
function textBoxes(el: Chart): { text: string; box: number[] }[] {
  const host = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => {
    const r = t.getBoundingClientRect();
    return { text: `${t.getAttribute('class') ?? 'text'} "${t.textContent!.trim().slice(0, 24)}"`, box: [r.left - host.left, r.top - host.top, r.width, r.height] };
  });
}

/** Each SVG element's paint, as "tag.class: property value" lines (a texture's id without the chart's number). */
function paints(el: Chart): string[] {
  return [...el.shadowRoot!.querySelectorAll('svg *')].flatMap((node) => {
    const cs = getComputedStyle(node);
    return PAINT.map((p) => `${node.localName}.${node.getAttribute('class') ?? ''} ${p}: ${cs.getPropertyValue(p).replace(/-\d+-/g, '-')}`);
  });
}

/** The text-holding parts a reader reads: title, key, notes, table cells, the charts' SVG labels. */
const READ = '.title, .note, .summary, .source, .legend, .legend button, .data-table caption, .data-table th, .data-table td, .table-notes li, svg text';

/** The properties that choose the glyphs a text is drawn with. */
const GLYPHS = [
  'font-feature-settings', 'font-variant', 'font-variant-caps', 'font-variant-numeric', 'font-variant-ligatures', 'font-kerning',
  'font-synthesis', 'font-variation-settings', 'font-optical-sizing', 'font-style', 'text-rendering', '-webkit-text-security',
];

/** Each part's glyph properties, as "tag.class: property value" lines. */
function glyphs(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll(READ)].flatMap((node) => {
    const cs = getComputedStyle(node);
    return GLYPHS.map((p) => `${el.localName} ${node.localName}.${node.getAttribute('class') ?? ''} ${p}: ${cs.getPropertyValue(p)}`);
  });
}

/** The lines of `styled` not as on the plain page, each with the plain page's value. */
const differences = (styled: string[], plain: string[]) =>
  styled.flatMap((line, i) => (line === plain[i] ? [] : [`${line} (plain: ${plain[i]?.split(': ').pop()})`]));

describe('the embed under a page\'s inherited CSS', () => {
  afterEach(async () => { cleanup(); await emulateMedia({ media: 'screen', colorScheme: 'light' }); });

  it('a page\'s SVG text and stroke properties on the body (fill, text-anchor: middle, dominant-baseline: central, stroke-dasharray: 4 …) neither move the charts\' labels, key or axis ticks nor change how their marks are painted', async function () {
    this.timeout(30000);
    for (const markup of CHARTS) {
      const plainEl = await chartUnder('', markup);
      const plain = { boxes: textBoxes(plainEl), paint: paints(plainEl) };
      cleanup();
      expect(plain.boxes.length, markup).to.be.greaterThan(3);
      const styledEl = await chartUnder(SVG_PAGE, markup);
      const styled = { boxes: textBoxes(styledEl), paint: paints(styledEl) };
      cleanup();
      expect(styled.boxes.length, `${markup}: labels drawn`).to.equal(plain.boxes.length);
      const at = (box: number[]) => box.map((v) => v.toFixed(1)).join(',');
      const moved = styled.boxes.flatMap((s, i) => (s.box.some((v, k) => Math.abs(v - plain.boxes[i].box[k]) > 0.5)
        ? [`${s.text} at ${at(s.box)}, on a plain page ${at(plain.boxes[i].box)}`] : []));
      expect(moved.slice(0, 4), `${markup}: ${moved.length} labels moved`).to.deep.equal([]);
      const painted = differences(styled.paint, plain.paint);
      expect([...new Set(painted)].slice(0, 6), `${markup}: ${painted.length} paints differ`).to.deep.equal([]);
    }
  });

  it('a page\'s font features (small caps, old-style figures, no kerning, synthesis, a text-security disc) do not change the glyphs of the charts\' titles, keys, notes, table cells or labels', async function () {
    this.timeout(30000);
    const page = '-webkit-text-security: disc; font-feature-settings: \'smcp\', \'onum\'; font-variant: small-caps oldstyle-nums; font-kerning: none; font-synthesis: none; font-variation-settings: \'wght\' 700; font-optical-sizing: none; text-rendering: optimizeSpeed';
    for (const markup of [...CHARTS, '<pioneer-table measure="barrier"></pioneer-table>', '<barrier-stack measure="barrier" year="2020" mode="table"></barrier-stack>']) {
      const plain = glyphs(await chartUnder('', markup));
      cleanup();
      const el = await chartUnder(page, markup);
      const styled = glyphs(el);
      const secured = [...el.shadowRoot!.querySelectorAll<HTMLElement>(READ)].filter((n) => (getComputedStyle(n) as CSSStyleDeclaration & { webkitTextSecurity: string }).webkitTextSecurity !== 'none');
      cleanup();
      expect(secured.length, `${markup}: parts whose every letter is a disc`).to.equal(0);
      const changed = differences(styled, plain);
      expect([...new Set(changed)].slice(0, 6), `${markup}: ${changed.length} differ`).to.deep.equal([]);
    }
  });

  it('a page\'s color-scheme: dark does not reach what the browser draws in the charts (the table\'s scrollbar, the filter bar\'s selects): they follow the chart\'s theme', async () => {
    /** The colour scheme of a chart's table and of the filter bar's selects, drawn in a page of `style`, with the elements' `attrs`. */
    const schemes = async (style: string, attrs = '') => {
      const box = mount<HTMLElement>(`<div style="${style}"><pioneer-filters controls="year,measure" ${attrs}><barrier-stack measure="barrier" year="2020" mode="table" ${attrs}></barrier-stack></pioneer-filters></div>`, 640);
      const chart = await drawn(box.querySelector<Chart>('barrier-stack')!);
      const bar = box.querySelector('pioneer-filters')!;
      const parts = [chart.shadowRoot!.querySelector('.table-host')!, ...bar.shadowRoot!.querySelectorAll('select')];
      expect(parts.length).to.equal(3);
      const seen = [...new Set(parts.map((p) => getComputedStyle(p).colorScheme))].join(', ');
      cleanup();
      return seen;
    };
    expect(await schemes('color-scheme: dark'), 'light theme on a dark page').to.equal('light');
    expect(await schemes('color-scheme: light', 'theme="dark"'), 'theme="dark" on a light page').to.equal('dark');
    await emulateMedia({ colorScheme: 'dark' });
    expect(await schemes('color-scheme: light'), 'a reader who prefers dark, on a light page').to.equal('dark');
    expect(await schemes('color-scheme: dark', 'theme="light"'), 'theme="light" for a reader who prefers dark, on a dark page').to.equal('light');
    await emulateMedia({ colorScheme: 'light' });
    // A page that darkens the light theme with its own colours says so (README, Styling).
    const darkened = 'color-scheme: dark; --pioneer-background: transparent; --pioneer-text-color: #eee; --pioneer-color-scheme: dark';
    expect(await schemes(darkened), 'the light theme darkened by the page, --pioneer-color-scheme: dark').to.equal('dark');
    await emulateMedia({ media: 'print' });
    expect(await schemes('color-scheme: dark', 'theme="dark"'), 'printed, in paper\'s colours').to.equal('light');
    expect(await schemes(darkened), 'printed, --pioneer-color-scheme: dark too').to.equal('light');
  });
});

/** Every element, a chart also in its Table view, and the filter bar on its own. */
const EVERY = [
  ...CHARTS, '<barrier-stack measure="barrier" year="2020" mode="table"></barrier-stack>', '<pioneer-table measure="barrier"></pioneer-table>',
  '<pioneer-filters controls="year,measure"></pioneer-filters>',
];

/** `markup` in the page's `open` tag (and its close), drawn (the filter bar updated), in view. */
async function wrapped(open: string, markup: string): Promise<HTMLElement> {
  const tag = open.slice(1, open.search(/[ >]/));
  const box = mount<HTMLElement>(`${open}${markup}</${tag}>`, 640);
  const el = box.firstElementChild as Chart;
  await (el.localName === 'pioneer-filters' ? el.updateComplete : drawn(el));
  el.scrollIntoView({ block: 'start' });
  return el;
}

describe('the embed in a page\'s wrapper: text decoration and pointer-events', () => {
  afterEach(async () => { await sendMouse({ type: 'move', position: [0, 0] }); cleanup(); });

  it('an underline or line-through of the page\'s (an <a>, <u> or <ins> around the element, a block\'s text-decoration) is not painted under or through the charts\' titles, buttons, notes and table cells, or the filter bar\'s labels; nor does the page\'s line-height or text-indent move or heighten them', async function () {
    this.timeout(60000);
    // The page's decoration in a colour the charts never paint: each of its pixels is the page's line.
    const LIME = [0, 255, 0];
    // Its line-height and text-indent too: a chart's figure (or the bar) sits on a line of the host's.
    const block = '<div style="text-decoration: underline line-through 3px rgb(0, 255, 0); line-height: 5; text-indent: 5em">';
    const inline = ['<a href="#top" style="color: rgb(0, 255, 0)">', '<u style="color: rgb(0, 255, 0)">', '<ins style="color: rgb(0, 255, 0)">'];
    const painted: string[] = [];
    /** The host's size, and where its figure (or the bar) starts in it. */
    const at = (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      return `${Math.round(r.width)}×${Math.round(r.height)}, content at ${Math.round(el.shadowRoot!.querySelector('figure, .root')!.getBoundingClientRect().left - r.left)} px`;
    };
    // A chart showing only its message (an attribute the chart does not take) is shorter than the page's line.
    const warned = await captureWarnings(async () => {
      for (const markup of [...EVERY, '<barrier-stack measure="objective"></barrier-stack>']) {
        const plain = await wrapped('<div>', markup);
        const plainAt = at(plain);
        cleanup();
        for (const open of markup.startsWith('<barrier-stack') || markup.startsWith('<pioneer-filters') ? [block, ...inline] : [block]) {
          const el = await wrapped(open, markup);
          expect(at(el), `${open} ${markup}: its box`).to.equal(plainAt);
          const r = el.getBoundingClientRect();
          const seen = await pixelsIn({ x: r.left, y: r.top, width: r.width, height: Math.min(r.height, innerHeight - r.top) });
          expect(seen.data.length / 4 - countNear(seen, [255, 255, 255]), `${markup}: what it shows captured`).to.be.greaterThan(50);
          const lime = countNear(seen, LIME);
          if (lime) painted.push(`${open.slice(0, 30)} ${markup.slice(0, 40)}: ${lime} px of the page's line`);
          cleanup();
        }
      }
    });
    expect(warned.every((w) => w.includes('measure="objective" is not valid')), warned.join('\n')).to.equal(true);
    expect(painted.slice(0, 6), `${painted.length} decorated`).to.deep.equal([]);
  });

  it('under a page\'s pointer-events: none (a wrapper\'s, inherited), the charts\' buttons, marks and tooltips and the filter bar\'s selects are reached by the pointer; a page\'s rule on the element itself still lets the pointer through', async function () {
    this.timeout(60000);
    /** The controls and first mark shown in the window. */
    const targets = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, svg [data-key]')]
      .filter((t) => t.getClientRects().length && t.getBoundingClientRect().bottom < innerHeight)
      .filter((t, i, all) => !t.matches('[data-key]') || all.findIndex((o) => o.matches('[data-key]')) === i);
    /** Those not hit at their centres, as "tag.class (what was hit)". */
    const missed = (el: HTMLElement) => targets(el).flatMap((t) => {
      const r = t.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit && t.contains(hit) ? [] : [`${t.localName}.${t.getAttribute('class') ?? ''} (${hit?.localName ?? 'nothing'})`];
    });
    const unreached: string[] = [];
    let tried = 0;
    for (const markup of EVERY) {
      const el = await wrapped('<div style="pointer-events: none">', markup);
      tried += targets(el).length;
      unreached.push(...missed(el).map((m) => `${el.localName} ${m}`));
      cleanup();
    }
    expect(tried, 'controls and marks tried').to.be.greaterThan(20);
    expect(unreached.slice(0, 6), `${unreached.length} not reached`).to.deep.equal([]);

    // A hover shows a mark's tooltip, which the pointer reaches too (it stays while the pointer rests on it).
    const stack = await wrapped('<div style="pointer-events: none">', CHARTS[0]);
    const seg = stack.shadowRoot!.querySelector('rect[data-key]')!;
    await Promise.all(stack.shadowRoot!.getAnimations().map((a) => a.finished));
    const box = seg.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 3), Math.round(box.top + box.height / 2)] });
    const tip = stack.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden, 'the tooltip after a hover over a mark').to.equal(false);
    const t = tip.getBoundingClientRect();
    expect(stack.shadowRoot!.elementFromPoint(t.left + t.width / 2, t.top + t.height / 2), 'the pointer over the tooltip').to.equal(tip);
    cleanup();

    // The page's own rule on the element: its choice, which wins.
    const rule = document.createElement('style');
    rule.textContent = 'barrier-stack, pioneer-filters { pointer-events: none }';
    document.head.append(rule);
    try {
      for (const markup of [CHARTS[0], EVERY[EVERY.length - 1]]) {
        const el = await wrapped('<div>', markup);
        const shown = targets(el).length;
        expect(shown, markup).to.be.greaterThan(2);
        expect(missed(el).length, `${markup}: of ${shown} controls and marks, those the page's rule lets the pointer through`).to.equal(shown);
        cleanup();
      }
    } finally {
      rule.remove();
    }
  });
});

describe('the embed under a page\'s inherited text wrapping, underline style, scrollbar colour and caption side', () => {
  afterEach(async () => { cleanup(); await emulateMedia({ media: 'screen' }); });

  /** `markup` drawn in a div with the page's `style`, its "Describe this chart" opened where it has one, in view. */
  async function opened(style: string, markup: string, width: number): Promise<Chart> {
    const box = mount<HTMLElement>(`<div style="${style}">${markup}</div>`, width);
    const el = box.firstElementChild as Chart;
    await (el.localName === 'pioneer-filters' ? el.updateComplete : drawn(el));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.description:not([hidden]) > button')?.click();
    await el.updateComplete;
    el.scrollIntoView({ block: 'start' });
    return el;
  }

  it('a page\'s text-wrap: balance or pretty does not re-break the lines of the charts\' titles, notes, description and table, nor the filter bar\'s; its underline position, offset and ink skipping do not move the charts\' own underlines', async function () {
    this.timeout(40000);
    /** Each text part's lines, as "class: left,top,width" of each line box, relative to the host. */
    const lines = (el: Element) => {
      const host = el.getBoundingClientRect();
      return [...el.shadowRoot!.querySelectorAll(`${READ}, .long-description p, .long-description li, .description > button, label, .notes li`)].map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return `${node.localName}.${node.getAttribute('class') ?? ''}: ${[...range.getClientRects()].map((r) => [r.left - host.left, r.top - host.top, r.width].map(Math.round).join(',')).join(' ')}`;
      });
    };
    const markups = [...CHARTS.slice(0, 3), '<pioneer-table measure="barrier"></pioneer-table>', '<pioneer-filters controls="year,measure,organisation"></pioneer-filters>'];
    for (const markup of markups) {
      const plain = lines(await opened('', markup, 320));
      cleanup();
      expect(plain.length, markup).to.be.greaterThan(3);
      for (const wrap of ['balance', 'pretty']) {
        const styled = lines(await opened(`text-wrap: ${wrap}`, markup, 320));
        cleanup();
        const changed = differences(styled, plain);
        expect(changed.slice(0, 4), `${markup} under text-wrap: ${wrap}: ${changed.length} parts' lines differ`).to.deep.equal([]);
      }
    }
    /** The pixels of the chart's underlined buttons (the pressed mode button, "Describe this chart") and a little under them. */
    const underlined = async (style: string) => {
      const el = await chartUnder(style, CHARTS[0], 640);
      const shots: number[][] = [];
      for (const button of el.shadowRoot!.querySelectorAll('.modes [aria-pressed=true], .description > button')) {
        button.scrollIntoView({ block: 'center' });
        const r = button.getBoundingClientRect();
        shots.push([...(await pixelsIn({ x: r.left, y: r.top, width: r.width, height: r.height + 8 })).data]);
      }
      cleanup();
      return shots;
    };
    const plain = await underlined('');
    expect(plain.length, 'underlined buttons').to.equal(2);
    const styled = await underlined('text-underline-position: under; text-underline-offset: 6px; text-decoration-skip-ink: none');
    expect(plain.map((shot) => shot.filter((v) => v < 200).length > 20), 'the buttons\' text captured').to.deep.equal([true, true]);
    const moved = styled.map((shot, i) => shot.filter((v, k) => v !== plain[i][k]).length);
    expect(moved, 'colour values changed in the pressed mode button and "Describe this chart"').to.deep.equal([0, 0]);
  });

  it('a page\'s scrollbar-color does not colour the table\'s scrollbar, and its caption-side: bottom does not move a printed table\'s caption under the table', async () => {
    const table = await chartUnder('scrollbar-color: red blue', '<barrier-stack measure="barrier" year="2020" mode="table"></barrier-stack>', 320);
    expect(getComputedStyle(table.shadowRoot!.querySelector('.table-host')!).scrollbarColor, 'the table\'s scrollbar colours').to.equal('auto');
    cleanup();
    await emulateMedia({ media: 'print' });
    const printed = await chartUnder('caption-side: bottom', '<barrier-stack measure="barrier" year="2020" print-table></barrier-stack>', 640);
    await printed.updateComplete;
    const caption = printed.shadowRoot!.querySelector('.table-host.under-chart caption')!.getBoundingClientRect();
    const firstRow = printed.shadowRoot!.querySelector('.table-host.under-chart tbody tr')!.getBoundingClientRect();
    expect(caption.height, 'the caption printed').to.be.greaterThan(0);
    expect(caption.bottom, 'the caption\'s foot, below the first row\'s top').to.be.at.most(firstRow.top + 0.5);
  });
});
