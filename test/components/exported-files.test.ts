/**
 * The files a reader takes away, as other programs read them: the SVG's paint references, a
 * download made in forced colours, the PNG's density, file names, the key's language; and what
 * paper does with a chart's title and a filter bar's summary.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { svgToPng } from '../../src/export/svg-export.js';
import { fileNameOf } from '../../src/export/download.js';
import { captureWarnings, cleanup, disclosureButton, drawn, insideBox, mount } from '../helpers.js';

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Files the Download menu saves (name and blob: address), by intercepting the temporary link's click. */
async function downloads(els: PioneerChart<unknown>[], action: 'csv' | 'svg' | 'png'): Promise<{ name: string; href: string }[]> {
  const files: { name: string; href: string }[] = [];
  const orig = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, href: this.href });
  };
  const status = (el: PioneerChart<unknown>) => el.shadowRoot!.querySelector('.status')!.textContent;
  const before = els.map(status);
  try {
    for (const el of els) {
      disclosureButton(el, 'menu').click();
      el.shadowRoot!.querySelector<HTMLButtonElement>(`.menu-items button[data-action="${action}"]`)!.click();
    }
    // Until each status line says what was done (a PNG is drawn from an image first).
    for (let t = 0; t < 5000 && els.some((el, i) => status(el) === before[i]); t += 20) await new Promise((r) => setTimeout(r, 20));
  } finally {
    HTMLAnchorElement.prototype.click = orig;
  }
  return files;
}

/** File names the Download menu gives. */
const downloadNames = async (els: PioneerChart<unknown>[], action: 'csv' | 'svg') => (await downloads(els, action)).map((f) => f.name);

/** An exported SVG with its texture patterns' ids (numbered per element on the page, and hashed) left out, to compare two elements' files. */
const withoutIds = (svg: string) => svg.replace(/pioneer-[a-z]+-\d+(-[a-z-]+-[0-9a-z]+)?/g, 'ID');

/** Lets a chart update and the shared observer report its box (or none) for a few frames, without waiting for a drawing. */
async function settled(el: PioneerChart<unknown>): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
}

/** PNG chunk types in order. */
function chunkTypes(png: Uint8Array): string[] {
  const out: string[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let i = 8; i + 8 <= png.length; ) {
    const n = view.getUint32(i);
    out.push(String.fromCharCode(...png.subarray(i + 4, i + 8)));
    i += 12 + n;
  }
  return out;
}

/** Each text of `svg` that is shown, with where and how wide it is drawn (its box's top left and width, in the SVG's units). */
const textBoxes = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('text')]
    .filter((t) => getComputedStyle(t).display !== 'none')
    .map((t) => {
      const b = t.getBBox();
      return `${t.textContent!.slice(0, 30)}: ${[b.x, b.y, b.width].map((n) => n.toFixed(1)).join(' ')}`;
    });

/** 2019's stacked bars drawn 600 px wide, then their box changed by `change` (hidden, 0 px wide), then set to 2020. */
async function drawnThen2020(change: (box: HTMLElement) => void): Promise<BarrierStack> {
  const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 600));
  change(el.parentElement!);
  await settled(el);
  el.year = 2020;
  await settled(el);
  return el;
}

describe('exported files and paper', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
    cleanup();
  });

  it('the downloaded SVG refers to its texture patterns as url(#id), the form SVG 1.1 renderers (resvg, as the CLI uses) read, not the computed-style url("#id")', async () => {
    const stack = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 800));
    const compare = await drawn(mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>', 800));
    for (const el of [stack, compare]) {
      const svg = el.toSvg();
      expect(svg, 'has texture fills').to.match(/fill="url\(/);
      const quoted = svg.match(/(?:fill|stroke)="url\((?:&quot;|')[^"]*"/g) ?? [];
      expect(quoted.length, `${el.localName}: ${quoted[0]}`).to.equal(0);
    }
  });

  // LibreOffice (Draw, Impress, Writer: checked with 7.4) paints a text's stroke over its glyphs
  // whatever paint-order says: a halo drawn that way left the value labels of the textured
  // segments blank smudges of their segment's colour.
  it('the downloaded SVG draws each halo as a box of its colour behind the text (value labels on a texture; narrow item labels over the grid), no stroke a renderer without paint-order paints over the glyphs, and each text once', async () => {
    for (const [width, haloed] of [
      [800, 'text.seg-label'],
      [320, 'text.item-label'],
    ] as const) {
      const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', width));
      const live = [...el.shadowRoot!.querySelectorAll<SVGTextElement>(`svg ${haloed}`)].filter((t) => getComputedStyle(t).paintOrder.startsWith('stroke') && getComputedStyle(t).stroke !== 'none');
      expect(live.length, `${width} px: haloed ${haloed} drawn`).to.be.greaterThan(3);
      const file = mount<HTMLDivElement>('<div></div>', width).appendChild(new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml').documentElement);
      const stroked = [...file.querySelectorAll('text')].filter((t) => getComputedStyle(t).stroke !== 'none');
      expect(stroked.map((t) => t.textContent), `${width} px: text with a stroke`).to.deep.equal([]);
      for (const t of live) {
        // The file's text of this label, once (its mark's ids are kept: the row's, the segment's).
        const same = [...file.querySelectorAll('text')].filter((f) => f.textContent === t.textContent && f.getAttribute('transform') === t.getAttribute('transform') && f.closest('[aria-label]')?.getAttribute('aria-label') === t.closest('[aria-label]')?.getAttribute('aria-label'));
        expect(same.length, `${width} px: "${t.textContent}" in the file`).to.equal(1);
        const [text] = same;
        // Each line's glyphs inside a box just before the text, in the halo's colour.
        const boxes: Element[] = [];
        for (let b = text.previousElementSibling; b?.localName === 'rect' && !b.hasAttribute('data-key'); b = b.previousElementSibling) boxes.push(b);
        const lines = text.querySelector('tspan') ? [...text.querySelectorAll('tspan')] : [text];
        expect(boxes.length, `${width} px: boxes behind "${t.textContent}"`).to.equal(lines.length);
        for (const b of boxes) expect(getComputedStyle(b).fill, `${width} px: "${t.textContent}"'s box`).to.equal(getComputedStyle(t).stroke);
        // (A line's box runs from the font's ascent to its descent, beyond its glyphs.)
        for (const line of lines) {
          const g = line.getBoundingClientRect();
          const glyphs = { left: g.left, right: g.right, top: g.top + g.height * 0.15, bottom: g.bottom - g.height * 0.2 };
          expect(boxes.some((b) => insideBox(glyphs, b.getBoundingClientRect())), `${width} px: "${line.textContent}" inside its box`).to.equal(true);
        }
      }
    }
  });

  it('the downloaded SVG keeps its spaces as written (LibreOffice dropped the space before a key\'s "⚠ small base"), and a browser draws each of its texts where and as wide as without that', async () => {
    const XML_NS = 'http://www.w3.org/XML/1998/namespace';
    for (const markup of [
      '<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>',
      '<barrier-stack measure="barrier" year="2020"></barrier-stack>',
      '<pioneer-trend></pioneer-trend>',
    ]) {
      for (const width of [800, 320]) {
        const el = await drawn(mount<PioneerChart<unknown>>(markup, width));
        const file = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml').documentElement as unknown as SVGSVGElement;
        expect(file.getAttributeNS(XML_NS, 'space'), `${markup} at ${width} px`).to.equal('preserve');
        if (markup.startsWith('<pioneer-compare')) expect([...file.querySelectorAll('tspan')].filter((t) => t.textContent === ' ⚠ small base').length, 'small-base keys').to.be.greaterThan(0);
        // Drawn twice: as written, and with the spaces collapsed (as before).
        const collapsed = file.cloneNode(true) as SVGSVGElement;
        collapsed.removeAttributeNS(XML_NS, 'space');
        mount<HTMLDivElement>('<div></div>', width).append(file, collapsed);
        expect(textBoxes(file).length).to.be.greaterThan(10);
        expect(textBoxes(file), `${markup} at ${width} px`).to.deep.equal(textBoxes(collapsed));
      }
    }
  });

  it('the downloaded SVG has a text\'s offset in its y (LibreOffice leaves out a <text>\'s dy, and drew the trend\'s years over its "no value" row) and a tspan\'s in px, each text where the chart draws it', async () => {
    for (const markup of [
      '<pioneer-trend></pioneer-trend>',
      '<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>',
      '<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>',
      '<site-map></site-map>',
    ]) {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, 640));
      const text = el.toSvg();
      expect(text.match(/<text [^>]*dy=|dy="[^"]*[a-z][^"]*"/g) ?? [], markup).to.deep.equal([]);
      const file = mount<HTMLDivElement>('<div></div>', 640);
      file.append(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement);
      const drawnAt = textBoxes(el.shadowRoot!.querySelector('svg')!);
      expect(drawnAt.length, markup).to.be.greaterThan(5);
      expect(textBoxes(file.querySelector('g > svg')!), markup).to.deep.equal(drawnAt);
    }
  });

  it('the downloaded SVG keeps each mark\'s data-* ids but not the renderers\' join keys (data-joined, the page\'s bookkeeping)', async () => {
    const stack = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 800));
    const trend = await drawn(mount<PioneerTrend>('<pioneer-trend></pioneer-trend>', 800));
    for (const el of [stack, trend]) {
      expect(el.shadowRoot!.querySelectorAll('svg [data-joined]').length, `${el.localName}: drawn with keys`).to.be.greaterThan(5);
      const svg = el.toSvg();
      expect(svg, el.localName).to.contain('data-key=');
      expect(svg, el.localName).to.not.contain('data-join');
    }
  });

  it("a chart downloaded by a reader in Windows High Contrast keeps the chart's own colours, not the system palette", async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019" theme="light"></barrier-stack>', 800));
    const plain = el.toSvg();
    expect(/<rect width="100%" height="100%" fill="([^"]+)"/.exec(plain)?.[1], 'file background').to.equal('#ffffff');
    await executeServerCommand('emulate-forced-colors', { active: true, colorScheme: 'dark' });
    await frame();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    // The reader sees the system's colours…
    expect(getComputedStyle(el.shadowRoot!.querySelector('figure')!).backgroundColor).to.equal('rgb(0, 0, 0)');
    // …and the file is the same as without them.
    expect(el.toSvg()).to.equal(plain);
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('style') ?? '').to.equal('');
  });

  it('the "PNG, 2×" download records its pixel density, so it is placed at the chart\'s size, not twice it', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 600));
    const png = new Uint8Array(await (await svgToPng(el.toSvg(), 2)).arrayBuffer());
    expect(chunkTypes(png)).to.include('pHYs');
  });

  it('two trends of one page showing different items download to different file names', async () => {
    const a = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const b = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="joined-up"></pioneer-trend>'));
    expect(a.toCsv()).to.not.equal(b.toCsv());
    const names = await downloadNames([a, b], 'csv');
    expect(names[0], names.join(' vs ')).to.not.equal(names[1]);
  });

  it('two tables of one page showing different responses (the same title) download their different figures to different file names', async () => {
    const all = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    const very = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019" responses="very"></pioneer-table>'));
    expect(all.toCsv()).to.not.equal(very.toCsv());
    const names = await downloadNames([all, very], 'csv');
    expect(names).to.deep.equal(['barriers-to-integration-2019.csv', 'barriers-to-integration-2019-very.csv']);
  });

  it('a file name longer than 120 characters (a long list of items) is cut after a whole word, and still ends with the responses asked for', async () => {
    const table = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019" items="financial-constraints,competing-demands,increased-demand,incompatible-it,staff-shortages" responses="very"></pioneer-table>'));
    const trend = await drawn(mount<PioneerTrend>('<pioneer-trend measure="priority" items="inter-organisational-cooperation,continue-implementation,workforce-training,financial-challenges"></pioneer-trend>'));
    // The longest a title, group and responses of the data make is whole (118 characters).
    const longest = await drawn(mount<PioneerTable>('<pioneer-table measure="progress" year="2019" group="tenure:under-5" responses="substantial,some,none,dont-know,substantial-or-some"></pioneer-table>'));
    expect(await downloadNames([table, trend, longest], 'csv')).to.deep.equal([
      'barriers-to-integration-2019-financial-constraints-competing-demands-increased-demand-incompatible-it-staff-10p9a0e-very.csv',
      'top-priority-for-the-next-12-months-by-survey-year-inter-organisational-cooperation-continue-implementation-7hl20f.csv',
      'progress-in-meeting-objectives-outcomes-2019-under-5-years-in-post-substantial-some-none-dont-know-substantial-or-some.csv',
    ]);
    expect((await downloads([trend], 'png'))[0].name).to.equal('top-priority-for-the-next-12-months-by-survey-year-inter-organisational-cooperation-continue-implementation-7hl20f.png');
  });

  it('file names cut to 120 characters: a made-up title of many words, one word longer than that, a suffix of half that or more', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const cut = fileNameOf(words, 'svg', 'very');
    expect(cut).to.equal(`${Array.from({ length: 17 }, (_, i) => `word${i}`).join('-')}-5sai5u-very.svg`);
    expect(cut.length - '.svg'.length).to.equal(120);
    expect(fileNameOf('x'.repeat(130), 'csv')).to.equal(`${'x'.repeat(113)}-ff9u25.csv`);
    const long = 'much better somewhat better no change somewhat worse dont know much easier';
    expect(fileNameOf('Relationships between the NHS and local government, 2019', 'csv', long)).to.equal('relationships-between-the-nhs-and-local-government-2019-much-better-somewhat-better-no-change-somewhat-worse-dont-x2p7gy.csv');
  });

  it('two trends whose long lists of items differ only past the cut download to different file names, each cut after a whole word and ending with a hash of its whole name', async () => {
    const items = 'inter-organisational-cooperation,continue-implementation,workforce-training';
    const a = await drawn(mount<PioneerTrend>(`<pioneer-trend measure="priority" items="${items},financial-challenges"></pioneer-trend>`));
    const b = await drawn(mount<PioneerTrend>(`<pioneer-trend measure="priority" items="${items},data-sharing"></pioneer-trend>`));
    expect(a.toCsv()).to.not.equal(b.toCsv());
    // Both were top-priority-for-the-next-12-months-by-survey-year-inter-organisational-cooperation-continue-implementation-workforce.csv.
    expect(await downloadNames([a, b], 'csv')).to.deep.equal([
      'top-priority-for-the-next-12-months-by-survey-year-inter-organisational-cooperation-continue-implementation-7hl20f.csv',
      'top-priority-for-the-next-12-months-by-survey-year-inter-organisational-cooperation-continue-implementation-wgy1eu.csv',
    ]);
    // With the responses asked for, which still end it.
    const very = (last: string) => mount<PioneerTable>(`<pioneer-table measure="barrier" year="2019" items="financial-constraints,competing-demands,increased-demand,incompatible-it,${last}" responses="very"></pioneer-table>`);
    expect(await downloadNames([await drawn(very('staff-shortages')), await drawn(very('staff-turnover'))], 'csv')).to.deep.equal([
      'barriers-to-integration-2019-financial-constraints-competing-demands-increased-demand-incompatible-it-staff-10p9a0e-very.csv',
      'barriers-to-integration-2019-financial-constraints-competing-demands-increased-demand-incompatible-it-staff-yvnjqx-very.csv',
    ]);
  });

  it("a title with accented Latin letters or in another script (a partner's own responses) names the file with its words: accents as their base letters", async () => {
    const trend = async (response: string) => {
      const el = mount<PioneerTrend>(`<pioneer-trend measure="rhwystr" response="${response}"></pioneer-trend>`);
      el.data = [2019, 2020].map((year) => ({ measure: 'rhwystr', item: 'a', item_label: 'Diffyg staff', year, group: 'all', response, value: 40, unit: 'percent', base: 40, source_survey: year, source_table: '2.1' }));
      return drawn(el);
    };
    const els = [await trend('Gŵyl Café'), await trend('Πολύ καλά'), await trend('جيد جدا')];
    expect(els.map((el) => el.shadowRoot!.querySelector('.title')!.textContent!.trim())).to.deep.equal(['Rhwystr — Gŵyl Café, by survey year', 'Rhwystr — Πολύ καλά, by survey year', 'Rhwystr — جيد جدا, by survey year']);
    // Were rhwystr-g-yl-caf-by-survey-year.csv, and rhwystr-by-survey-year.csv for both of the others.
    expect(await downloadNames(els, 'csv')).to.deep.equal(['rhwystr-gwyl-cafe-by-survey-year.csv', 'rhwystr-πολύ-καλά-by-survey-year.csv', 'rhwystr-جيد-جدا-by-survey-year.csv']);
    // The responses asked for, at the end of a table's name (was rhwystr-g-yl-caf.csv); an accent written as a combining mark too.
    const table = mount<PioneerTable>('<pioneer-table measure="rhwystr" responses="gŵyl-café"></pioneer-table>');
    table.data = els[0].data!.map((row) => ({ ...row, response: 'gŵyl-café' }));
    expect(await downloadNames([await drawn(table)], 'csv')).to.deep.equal(['rhwystr-gwyl-cafe.csv']);
    expect(fileNameOf('Gw\u0302yl Cafe\u0301', 'csv')).to.equal('gwyl-cafe.csv');
    // Other scripts keep their accents and syllables: Greek's, Cyrillic's й, Korean's, Hindi's vowel signs.
    expect(fileNameOf('Πολύ καλά, й 매우 좋음 बहुत अच्छा', 'csv')).to.equal('πολύ-καλά-й-매우-좋음-बहुत-अच्छा.csv');
  });

  it('a zero-width non-joiner or joiner between letters is kept in the name (Persian می‌خواهم, not می-خواهم); one elsewhere is dropped', () => {
    const zwnj = '\u200c';
    // "I want" in Persian, written with its non-joiner, and an Indic conjunct's joiner (Malayalam's chillu).
    expect(fileNameOf(`می${zwnj}خواهم 2020`, 'csv')).to.equal(`می${zwnj}خواهم-2020.csv`);
    expect(fileNameOf('ന\u0d4d\u200dമ', 'csv')).to.equal('ന\u0d4d\u200dമ.csv');
    // Not between letters: at a word's edge, beside a space or a digit, or alone.
    expect([fileNameOf(`${zwnj}می ${zwnj}خواهم${zwnj}`, 'csv'), fileNameOf(`a${zwnj} b`, 'csv'), fileNameOf(`2020${zwnj}\u200d`, 'csv')]).to.deep.equal(['می-خواهم.csv', 'a-b.csv', '2020.csv']);
  });

  it('a run of joiners between letters is kept as typed, whole (joiner, non-joiner, joiner: Arabic لا joined without its ligature); a run elsewhere is dropped whole', () => {
    const [zwj, zwnj] = ['\u200d', '\u200c'];
    expect(fileNameOf(`ل${zwj}${zwnj}${zwj}ا 2020`, 'csv')).to.equal(`ل${zwj}${zwnj}${zwj}ا-2020.csv`);
    expect(fileNameOf(`ന്${zwj}${zwj}മ`, 'csv')).to.equal(`ന്${zwj}${zwj}മ.csv`);
    expect([fileNameOf(`${zwj}${zwnj}می`, 'csv'), fileNameOf(`a${zwj}${zwnj} b`, 'csv'), fileNameOf(`a${zwj}${zwj}2020`, 'csv')]).to.deep.equal(['می.csv', 'a-b.csv', 'a2020.csv']);
  });

  it('a name in letters of more than one byte is cut at 120 bytes of UTF-8 (Linux allows 255), after a whole word or character', () => {
    const bytes = (name: string) => new TextEncoder().encode(name.replace(/\.[a-z]+$/, '')).length;
    const greek = fileNameOf(Array.from({ length: 40 }, () => 'καλά').join(' '), 'csv', 'πολύ');
    expect(greek).to.equal(`${Array.from({ length: 11 }, () => 'καλά').join('-')}-ol4270-πολύ.csv`);
    expect(bytes(greek)).to.be.at.most(120);
    const chinese = fileNameOf('很'.repeat(60), 'png');
    expect(chinese).to.equal(`${'很'.repeat(37)}-1h419px.png`);
    expect(bytes(chinese)).to.be.at.most(120);
  });

  it('a word longer than the room (a script written without spaces) is cut between two grapheme clusters: no conjunct loses a part, no letter its mark', () => {
    const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
    // Devanagari conjuncts (क्ष: क, virama, ष), Thai letters with vowel signs and tone marks,
    // Cyrillic with a stress mark (и + U+0301, which no single character composes), keycaps.
    const words = ['क्ष'.repeat(20), 'กิ'.repeat(30), 'ภาษาไทยที่ไม่มีช่องว่าง'.repeat(4), `a${'и\u0301'.repeat(40)}`, '1\uFE0F\u20E3'.repeat(25)];
    for (const word of words) {
      const name = fileNameOf(word, 'png');
      const kept = name.replace(/-[0-9a-z]+\.png$/, '');
      const clusters = graphemes(kept);
      expect(new TextEncoder().encode(name.replace(/\.png$/, '')).length, name).to.be.at.most(120);
      // Were क्षक्ष…क्षक-…, กิกิ…ก-…, and so on: the last cluster kept cut in two.
      expect(clusters, name).to.deep.equal(graphemes(word).slice(0, clusters.length));
      expect(clusters.length, name).to.be.greaterThan(10);
    }
    expect(fileNameOf(words[0], 'png')).to.equal(`${'क्ष'.repeat(12)}-1mt5849.png`);
  });

  it("a title that names a device Windows reserves (con, aux, com1…) gets -chart, so its file copies to a Windows drive; a name never ends in a dot or space", () => {
    expect(['Con', 'AUX', 'nul', 'Prn', 'COM¹', 'com9', 'LPT1'].map((t) => fileNameOf(t, 'csv'))).to.deep.equal(['con-chart.csv', 'aux-chart.csv', 'nul-chart.csv', 'prn-chart.csv', 'com1-chart.csv', 'com9-chart.csv', 'lpt1-chart.csv']);
    // Only the whole name: with responses or another word it is no device's.
    expect([fileNameOf('Con', 'csv', 'very'), fileNameOf('Aux 2019', 'svg'), fileNameOf('com10', 'png'), fileNameOf('console', 'csv')]).to.deep.equal(['con-very.csv', 'aux-2019.svg', 'com10.png', 'console.csv']);
    // Chromium trims a trailing dot or space itself; the title's never reach the name.
    expect([fileNameOf('Nul. ', 'csv'), fileNameOf('Barriers...', 'csv'), fileNameOf(' . ', 'csv')]).to.deep.equal(['nul-chart.csv', 'barriers.csv', 'chart.csv']);
  });

  it('a table of a measure named as a Windows device (custom data) downloads to a name Windows takes', async () => {
    const table = mount<PioneerTable>('<pioneer-table measure="aux"></pioneer-table>');
    table.data = [2019, 2020].map((year) => ({ measure: 'aux', item: 'a', item_label: 'A', year, group: 'all', response: 'yes', value: 40, unit: 'percent', base: 40, source_survey: year, source_table: '2.1' }));
    await drawn(table);
    expect(await downloadNames([table], 'csv')).to.deep.equal(['aux-chart.csv']);
  });

  it('two charts of one title drawn otherwise (intervals, the grid, diverging bars, another order, the dark theme, a height, lines hidden) download to names of their own; the CSV only where its rows differ', async () => {
    // (A third entry: what the reader does to the second chart before downloading.)
    const hideFirstLine = async (el: PioneerChart<unknown>) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.legend button[data-item]')!.click();
      await el.updateComplete;
    };
    const pairs: [string, string, ((el: PioneerChart<unknown>) => Promise<void>)?][] = [
      ['<pioneer-compare measure="barrier"></pioneer-compare>', '<pioneer-compare measure="barrier" show-intervals></pioneer-compare>'],
      ['<pioneer-compare measure="barrier"></pioneer-compare>', '<pioneer-compare measure="barrier" sort="gap" gap-groups="ccg-nhs la"></pioneer-compare>'],
      ['<site-map year="2019" layout="map"></site-map>', '<site-map year="2019" layout="grid"></site-map>'],
      ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', '<barrier-stack measure="barrier" year="2019" diverging></barrier-stack>'],
      ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', '<barrier-stack measure="barrier" year="2019" sort="alphabetical"></barrier-stack>'],
      ['<pioneer-trend measure="objective" theme="light"></pioneer-trend>', '<pioneer-trend measure="objective" theme="dark"></pioneer-trend>'],
      ['<pioneer-trend measure="objective" height="400"></pioneer-trend>', '<pioneer-trend measure="objective" height="460"></pioneer-trend>'],
      // Too low for its labels: drawn at the height they need, which the name gives.
      ['<pioneer-trend measure="objective"></pioneer-trend>', '<pioneer-trend measure="objective" height="100"></pioneer-trend>'],
      ['<pioneer-trend measure="objective"></pioneer-trend>', '<pioneer-trend measure="objective"></pioneer-trend>', hideFirstLine],
    ];
    const names: string[][] = [];
    for (const [a, b, then] of pairs) {
      const els = [await drawn(mount<PioneerChart<unknown>>(a)), await drawn(mount<PioneerChart<unknown>>(b))];
      await then?.(els[1]);
      expect(withoutIds(els[0].toSvg()), b).to.not.equal(withoutIds(els[1].toSvg()));
      const svg = await downloadNames(els, 'svg');
      const csv = await downloadNames(els, 'csv');
      // Two files of one content may share a name; two of different content may not.
      expect(csv[0] === csv[1], b).to.equal(els[0].toCsv() === els[1].toCsv());
      names.push([...svg, ...csv]);
      cleanup();
    }
    expect(names).to.deep.equal([
      ['barriers-to-integration-very-significant-by-organisation-type-2019.svg', 'barriers-to-integration-very-significant-by-organisation-type-2019-intervals.svg', 'barriers-to-integration-very-significant-by-organisation-type-2019.csv', 'barriers-to-integration-very-significant-by-organisation-type-2019-intervals.csv'],
      ['barriers-to-integration-very-significant-by-organisation-type-2019.svg', 'barriers-to-integration-very-significant-by-organisation-type-2019-gap-ccg-nhs-la.svg', 'barriers-to-integration-very-significant-by-organisation-type-2019.csv', 'barriers-to-integration-very-significant-by-organisation-type-2019-gap-ccg-nhs-la.csv'],
      ['pioneer-sites-by-wave-key-informants-in-2019.svg', 'pioneer-sites-by-wave-key-informants-in-2019-grid.svg', 'pioneer-sites-by-wave-key-informants-in-2019.csv', 'pioneer-sites-by-wave-key-informants-in-2019.csv'],
      ['barriers-to-integration-2019.svg', 'barriers-to-integration-2019-diverging.svg', 'barriers-to-integration-2019.csv', 'barriers-to-integration-2019.csv'],
      ['barriers-to-integration-2019.svg', 'barriers-to-integration-2019-alphabetical-order.svg', 'barriers-to-integration-2019.csv', 'barriers-to-integration-2019-alphabetical-order.csv'],
      ['most-important-objectives-outcomes-by-survey-year.svg', 'most-important-objectives-outcomes-by-survey-year-dark.svg', 'most-important-objectives-outcomes-by-survey-year.csv', 'most-important-objectives-outcomes-by-survey-year.csv'],
      ['most-important-objectives-outcomes-by-survey-year-400px.svg', 'most-important-objectives-outcomes-by-survey-year-460px.svg', 'most-important-objectives-outcomes-by-survey-year.csv', 'most-important-objectives-outcomes-by-survey-year.csv'],
      // (Drawn at the 259 px its labels need.)
      ['most-important-objectives-outcomes-by-survey-year.svg', 'most-important-objectives-outcomes-by-survey-year-259px.svg', 'most-important-objectives-outcomes-by-survey-year.csv', 'most-important-objectives-outcomes-by-survey-year.csv'],
      ['most-important-objectives-outcomes-by-survey-year.svg', 'most-important-objectives-outcomes-by-survey-year-hidden-joined-up.svg', 'most-important-objectives-outcomes-by-survey-year.csv', 'most-important-objectives-outcomes-by-survey-year-hidden-joined-up.csv'],
    ]);
  });

  it("a height that leaves the drawing as it is without one (under what its rows need; the trend's own at its width) leaves its name so too: one drawing, one name", async () => {
    const pairs = [
      ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', '<barrier-stack measure="barrier" year="2019" height="100"></barrier-stack>'],
      ['<pioneer-compare measure="barrier"></pioneer-compare>', '<pioneer-compare measure="barrier" height="50"></pioneer-compare>'],
      // 640 px wide: drawn 352 px tall (0.55 of its width) with no height.
      ['<pioneer-trend measure="objective"></pioneer-trend>', '<pioneer-trend measure="objective" height="352"></pioneer-trend>'],
      // 640 px wide: the map drawn 760 px tall (its most) with no height.
      ['<site-map year="2019"></site-map>', '<site-map year="2019" height="760"></site-map>'],
    ];
    for (const [a, b] of pairs) {
      const els = [await drawn(mount<PioneerChart<unknown>>(a)), await drawn(mount<PioneerChart<unknown>>(b))];
      expect(withoutIds(els[1].toSvg()), b).to.equal(withoutIds(els[0].toSvg()));
      const [plain, tall] = await downloadNames(els, 'svg');
      expect(tall, b).to.equal(plain);
      expect(tall, b).to.not.match(/\d+px/);
      cleanup();
    }
    // One it changes is still named: the trend 400 px tall, the stacked bars 2,000 px (their rows need 725).
    const els = [await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="objective" height="400"></pioneer-trend>')), await drawn(mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2019" height="2000"></barrier-stack>'))];
    expect(await downloadNames(els, 'svg')).to.deep.equal(['most-important-objectives-outcomes-by-survey-year-400px.svg', 'barriers-to-integration-2019-2000px.svg']);
  });

  it("a <site-map>'s height other than its own at its width changes its drawing, so names its files: shorter, taller, or too small (named for the 353 px it is drawn at)", async () => {
    // 640 px wide: 760 px tall with no height (the test before: height="760" keeps its name).
    const plain = await drawn(mount<PioneerChart<unknown>>('<site-map year="2019"></site-map>'));
    expect(plain.shadowRoot!.querySelector('svg')!.getAttribute('viewBox'), 'drawn with no height').to.equal('0 0 640 760');
    const heights = ['759', '400', '761', '2000', '100'];
    const els: PioneerChart<unknown>[] = [];
    // height="100" is under what it needs: said once in the console (pioneer-chart's size note).
    const warnings = await captureWarnings(async () => {
      for (const height of heights) els.push(await drawn(mount<PioneerChart<unknown>>(`<site-map year="2019" height="${height}"></site-map>`)));
    });
    expect(warnings.map((w) => w.replace(/ at this width.*/, '')), 'the console').to.deep.equal(['<site-map>: height="100" is less than the 353 px this chart needs']);
    for (const [i, el] of els.entries()) expect(withoutIds(el.toSvg()), `height="${heights[i]}"`).to.not.equal(withoutIds(plain.toSvg()));
    const names = [...(await downloadNames([plain, ...els], 'svg')), ...(await downloads([els[1]], 'png')).map((f) => f.name)];
    expect(names).to.deep.equal([
      'pioneer-sites-by-wave-key-informants-in-2019.svg',
      'pioneer-sites-by-wave-key-informants-in-2019-759px.svg',
      'pioneer-sites-by-wave-key-informants-in-2019-400px.svg',
      'pioneer-sites-by-wave-key-informants-in-2019-761px.svg',
      'pioneer-sites-by-wave-key-informants-in-2019-2000px.svg',
      'pioneer-sites-by-wave-key-informants-in-2019-353px.svg',
      'pioneer-sites-by-wave-key-informants-in-2019-400px.png',
    ]);
    // Its CSV is its rows', whatever its height.
    expect(await downloadNames([plain, els[1]], 'csv')).to.deep.equal(['pioneer-sites-by-wave-key-informants-in-2019.csv', 'pioneer-sites-by-wave-key-informants-in-2019.csv']);
  });

  it('a chart in a closed <details> (never laid out) exports its chart, drawn at the printed width (680 px): SVG, PNG, CSV and citation as those of the chart laid out 680 px wide', async () => {
    for (const markup of ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', '<pioneer-trend measure="objective"></pioneer-trend>', '<site-map year="2019"></site-map>']) {
      const details = mount<HTMLDetailsElement>(`<details><summary>More</summary>${markup}</details>`, 500);
      const hidden = details.lastElementChild as PioneerChart<unknown>;
      await settled(hidden);
      const shown = await drawn(mount<PioneerChart<unknown>>(markup, 680));
      const svg = hidden.toSvg();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelectorAll('[data-key]').length, `${hidden.localName}: marks in the file`).to.be.greaterThan(5);
      expect(doc.documentElement.getAttribute('width'), hidden.localName).to.equal('680');
      expect(withoutIds(svg), hidden.localName).to.equal(withoutIds(shown.toSvg()));
      expect(hidden.toCsv(), hidden.localName).to.equal(shown.toCsv());
      expect(hidden.figureCitation(), hidden.localName).to.equal(shown.figureCitation());
      const [png] = await downloads([hidden], 'png');
      const [shownPng] = await downloads([shown], 'png');
      const bytes = async (href: string) => [...new Uint8Array(await (await fetch(href)).arrayBuffer())].join();
      expect(png.name, hidden.localName).to.equal(shownPng.name);
      expect(await bytes(png.href), `${hidden.localName}: the PNG`).to.equal(await bytes(shownPng.href));
      // Opened, it is drawn at its own width.
      details.open = true;
      await drawn(hidden);
      await settled(hidden);
      expect(hidden.shadowRoot!.querySelector('svg')!.getAttribute('width'), hidden.localName).to.equal('500');
    }
  });

  it('a table in a closed <details> exports its rows (CSV) as the table shown does', async () => {
    const hidden = mount<HTMLDetailsElement>('<details><summary>More</summary><pioneer-table measure="barrier" year="2019"></pioneer-table></details>').lastElementChild as PioneerTable;
    await settled(hidden);
    const shown = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    expect(hidden.toCsv().split('\n').length).to.be.greaterThan(20);
    expect(hidden.toCsv()).to.equal(shown.toCsv());
  });

  it('a chart hidden with display: none whose year changes exports the new year\'s figures (not those drawn before it was hidden), at the width it had', async () => {
    const el = await drawnThen2020((box) => (box.style.display = 'none'));
    const shown = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 600));
    expect(el.toCsv()).to.equal(shown.toCsv());
    expect(withoutIds(el.toSvg())).to.equal(withoutIds(shown.toSvg()));
  });

  it('laid out 0 px wide (nowhere to draw), the Download menu says so rather than saving a file without the chart; toSvg() is empty', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 0);
    await settled(el);
    expect(el.toSvg()).to.equal('');
    const files = await downloads([el], 'svg');
    expect(files).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('Could not export: This chart is laid out 0 px wide, so it has nowhere to draw. Give it, or the box it is in, a width.');
  });

  it('exported by a script as soon as it is added, before the page has told it its width: drawn at the width it is laid out at, and laid out 0 px wide, not at all', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 400);
    await el.updateComplete;
    const svg = el.toSvg();
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.getAttribute('width')).to.equal('400');
    await settled(el);
    expect(withoutIds(svg), 'the file it gives once measured').to.equal(withoutIds(el.toSvg()));
    const zero = mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 0);
    await zero.updateComplete;
    expect(zero.toSvg().length, 'toSvg()').to.equal(0);
    await settled(zero);
    // Its box shows the note, not a chart drawn 680 px wide for the file.
    expect(zero.shadowRoot!.querySelectorAll('svg [data-key]').length, 'marks drawn in its 0 px box').to.equal(0);
    expect(zero.shadowRoot!.querySelector('.size-note')!.textContent).to.equal('This chart is laid out 0 px wide, so it has nowhere to draw. Give it, or the box it is in, a width.');
  });

  // A script that changes a chart and exports it at once (`b.year = 2019; b.toSvg()`) gets the
  // chart its attributes now say: its update is run first, not left to after the script.
  it('exported by a script in the same task as a change, or as being added, without awaiting the update: the chart its attributes now say', async () => {
    const at680 = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 680));
    const at600 = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 600));
    // In a tab hidden since the page loaded (never laid out): drawn at the printed width.
    const tab = mount<HTMLDivElement>('<div hidden><barrier-stack measure="barrier"></barrier-stack></div>');
    const hidden = tab.firstElementChild as BarrierStack;
    await settled(hidden);
    hidden.year = 2019;
    expect({ csv: hidden.toCsv(), svg: withoutIds(hidden.toSvg()), shownYear: hidden.shownYear }, 'hidden, year set').to.deep.equal({ csv: at680.toCsv(), svg: withoutIds(at680.toSvg()), shownYear: 2019 });
    // Drawn on screen: at its own width.
    const shown = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier"></barrier-stack>', 600));
    shown.setAttribute('year', '2019');
    expect({ csv: shown.toCsv(), svg: withoutIds(shown.toSvg()) }, 'shown, attribute set').to.deep.equal({ csv: at600.toCsv(), svg: withoutIds(at600.toSvg()) });
    // Added, and exported before its first update.
    const added = mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 600);
    expect({ csv: added.toCsv(), svg: withoutIds(added.toSvg()), citation: added.figureCitation() }, 'just added').to.deep.equal({ csv: at600.toCsv(), svg: withoutIds(at600.toSvg()), citation: at600.figureCitation() });
  });

  it('drawn, then laid out 0 px wide and set to another year, it exports nothing of the year drawn before: no 2019 figures under a 2020 title', async () => {
    const el = await drawnThen2020((box) => (box.style.width = '0px'));
    // As a chart laid out 0 px wide from the start: nowhere to draw the 2020 figures.
    const never = mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 0);
    await settled(never);
    expect(el.toSvg().length, 'toSvg()').to.equal(0);
    expect(el.toCsv()).to.equal(never.toCsv());
    expect(el.figureCitation()).to.equal(never.figureCitation());
    for (const kind of ['svg', 'csv'] as const) {
      expect(await downloads([el], kind), kind).to.deep.equal([]);
      // (Said again, the same message ends in a no-break space, so that it is read again.)
      expect(el.shadowRoot!.querySelector('.status')!.textContent!.trim(), kind).to.equal('Could not export: This chart is laid out 0 px wide, so it has nowhere to draw. Give it, or the box it is in, a width.');
    }
  });

  it('with lang="cy", the exported SVG\'s key marks its item labels as Welsh, as the chart\'s own labels are', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend lang="cy" measure="barrier" response="very" items="a,b"></pioneer-trend>', 800);
    const rows = [];
    for (const [item, label] of [['a', 'Gŵyl – cyfyngiadau ariannol'], ['b', 'Diffyg staff']])
      for (const year of [2020, 2021])
        rows.push({ measure: 'barrier', item, item_label: label, year, group: 'all', response: 'very', value: 40, unit: 'percent', base: 40, source_survey: year, source_table: '2.1' });
    el.data = rows;
    await drawn(el);
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const keyTexts = [...doc.querySelectorAll('g.export-key text')];
    expect(keyTexts.length).to.be.greaterThan(0);
    for (const t of keyTexts) expect(t.closest('[lang]')?.getAttribute('lang'), t.textContent!).to.equal('cy');
  });
  it('on paper, the sizer is out of the flow (a page break there cut through the title), and still as wide as the chart', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', 600));
    const sizer = el.shadowRoot!.querySelector<HTMLElement>('.sizer')!;
    const title = el.shadowRoot!.querySelector('.title')!;
    const top = () => title.getBoundingClientRect().top - el.getBoundingClientRect().top;
    const screenTop = top();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(sizer).position).to.equal('absolute');
      expect(sizer.getBoundingClientRect().width).to.equal(el.getBoundingClientRect().width);
      // Nothing moves: the title is where it was, at the top of the chart.
      expect(top()).to.be.closeTo(screenTop, 1.5);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("on paper, a filter bar's summary of its filters stays on the page of the charts below it", async () => {
    const bar = mount<HTMLElement>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await drawn(bar.querySelector<BarrierStack>('barrier-stack')!);
    await emulateMedia({ media: 'print' });
    try {
      const summary = bar.shadowRoot!.querySelector('.print-summary')!;
      expect(getComputedStyle(summary).display).to.equal('block');
      expect(getComputedStyle(summary).breakAfter).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
