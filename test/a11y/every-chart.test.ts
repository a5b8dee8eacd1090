import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { axeViolations } from '../a11y.js';
import { parseCsv } from '../../src/data/csv.js';
import { srgbAsRgb, svgToPng } from '../../src/export/svg-export.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { CHARTS } from './charts.js';

type Chart = PioneerChart<unknown>;
const live = (el: Element) => el.shadowRoot!.querySelector('.live')!.textContent!;
const focusedKey = (el: Element) => el.shadowRoot!.querySelector('.focused')?.getAttribute('data-key') ?? null;
/** What a gap's name says in place of its value: a trend's "…, 2016: no value. <why>", a bar's "…: Very significant, no figure. <why>", a comparison's "…: no figure. <why>". */
const SAYS_NO_FIGURE = /\bno (?:value|figure)\. /;


/**
 * What a gap's table cell and a trend gap's name say of a CSV gap row, after `lead`: its note, and
 * where the row names the figure that alone shows the value, the base printed under it, "(base
 * 97; …", or "(base not printed; …" (the 2020 report's). (The mark's tooltip gives the base alone,
 * "(base 97).": with the figure's name it was too tall to place in a phone's plot.)
 */
const gapSaid = (r: Record<string, string>, lead: string): string[] =>
  r.source_table ? [`${lead}${r.note.replace(/\.$/, '')} (base ${r.base || 'not printed'}; `] : [`${lead}${r.note}`];

describe('accessibility of every chart', () => {
  afterEach(async () => {
    cleanup();
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  for (const { tag, attrs, summary } of CHARTS) {
    const html = `<${tag} ${attrs}></${tag}>`;

    it(`${html}: one tab stop for the chart; arrows, Home/End walk the marks and announce them; Escape leaves`, async () => {
      const before = mount<HTMLButtonElement>('<button>before</button>');
      const el = await drawn(mount<Chart>(html));
      before.focus();
      // Tab past the chart's own controls until the chart itself has focus.
      let reached = false;
      for (let i = 0; i < 8 && !reached; i++) {
        await sendKeys({ press: 'Tab' });
        reached = el.shadowRoot!.activeElement?.localName === 'svg';
      }
      expect(reached, 'the chart takes focus with Tab').to.equal(true);
      const marks = el.marks;
      // Tab and Home start on the first mark with a figure, never a gap before it (the arrows reach
      // that): found from what each mark's name says, not from the `gap` flag the chart starts by.
      const start = marks.find((m) => !SAYS_NO_FIGURE.test(m.label)) ?? marks[0];
      if (tag === 'pioneer-trend') expect(marks[0].label, "a trend's first mark in drawn order is a year with no value").to.match(SAYS_NO_FIGURE);
      expect(live(el), 'announces the first figure').to.equal(start.label);
      expect(live(el)).to.match(/\d/);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'End' });
      expect(live(el)).to.equal(marks[marks.length - 1].label);
      await sendKeys({ press: 'Home' });
      expect(live(el)).to.equal(start.label);
      // The mark spoken is the mark outlined.
      expect(focusedKey(el), 'Home outlines the first stop').to.equal(start.key);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.focused')!).strokeWidth).to.equal('3px');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.localName, 'Tab leaves the chart: one tab stop').to.not.equal('svg');
    });

    it(`${html}: an arrow that cannot move (end of a run of marks, first or last run) says so, then names the mark again`, async () => {
      const el = await drawn(mount<Chart>(html));
      const svg = el.shadowRoot!.querySelector('svg')!;
      svg.focus();
      const markLabel = () => el.marks.find((m) => m.key === focusedKey(el))?.label ?? '';
      // Runs that are not drawn (the map's rows of sites) end only at the first and last mark.
      for (const [key, cue] of [['ArrowRight', /^(End of this (row|bar|line)|The last one)\. /], ['ArrowLeft', /^(Start of this (row|bar|line)|The first one)\. /], ['ArrowDown', /^Last (row|bar|line)\. /], ['ArrowUp', /^First (row|bar|line)\. /]] as const) {
        // Walk that way until the focused mark no longer changes: each move names the mark alone.
        let before = '';
        for (let n = 0; n < 60 && focusedKey(el) !== before; n++) {
          before = focusedKey(el) ?? '';
          await sendKeys({ press: key });
          if (focusedKey(el) !== before) expect(live(el), `${key} moved`).to.equal(markLabel());
        }
        expect(focusedKey(el), `${key} stopped`).to.equal(before);
        expect(live(el), `${key} at the edge`).to.match(cue);
        expect(live(el).replace(cue, '').trim()).to.equal(markLabel());
        // Pressed again, it says so again: the live region changes (a screen reader says nothing for the same text), its words the same.
        const first = live(el);
        await sendKeys({ press: key });
        expect(live(el), `${key} pressed again at the edge`).to.not.equal(first);
        expect(live(el).trim(), `${key} pressed again: the same words`).to.equal(first.trim());
      }
    });

    it(`${html}: on a page in another language, its English words are marked as English (title, summary, table)`, async () => {
      const page = mount<HTMLElement>(`<div lang="cy">${html}</div>`);
      const el = await drawn(page.firstElementChild as Chart);
      el.mode = 'table';
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const node of [root.querySelector('figcaption, .title'), root.querySelector('svg'), root.querySelector('.table-host td, .table-host th'), root.querySelector('.source')]) {
        expect(node, 'present').to.not.equal(null);
        expect(node!.matches(':lang(en)'), node!.outerHTML.slice(0, 60)).to.equal(true);
      }
      // The page around it keeps its own language.
      expect(page.matches(':lang(cy)')).to.equal(true);
    });

    it(`${html}: the summary text is built from the data`, async () => {
      const el = await drawn(mount<Chart>(html));
      expect(el.summary).to.match(summary);
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(el.summary);
    });

    it(`${html}: forced colours leave every mark visible`, async () => {
      const el = await drawn(mount<Chart>(html));
      await executeServerCommand('emulate-forced-colors', { active: true });
      await new Promise((r) => requestAnimationFrame(r));
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      const marks = [...el.shadowRoot!.querySelectorAll('svg [data-key]')];
      expect(marks.length).to.be.greaterThan(0);
      const invisible = marks.filter((m) => {
        const cs = getComputedStyle(m);
        const painted = (v: string) => v !== 'none' && !/rgba\(\d+, \d+, \d+, 0\)/.test(v);
        return !(painted(cs.fill) || (painted(cs.stroke) && parseFloat(cs.strokeWidth) > 0)) || cs.visibility === 'hidden' || cs.opacity === '0';
      });
      expect(invisible.map((m) => m.getAttribute('data-key'))).to.deep.equal([]);
    });

    it(`${html}: the Table view and the CSV hold exactly the figures behind the marks`, async () => {
      const el = await drawn(mount<Chart>(html));
      const csv = parseCsv(el.toCsv()).records;
      expect(csv.length).to.be.greaterThan(0);
      // Each mark's drawn value (a segment's, point's or bar's data-value, a site's count) is its
      // CSV row's value, and is in what a screen reader hears of it; a gap's row has no value,
      // and its note is the reason the mark gives.
      expect(el.marks.length).to.be.greaterThan(0);
      let valued = 0;
      for (const m of el.marks) {
        const d = m.detail as { kind?: string; site?: string; item?: string; year?: number; group?: string; response?: string };
        const node = el.shadowRoot!.querySelector(`[data-key="${CSS.escape(m.key)}"]`)!;
        expect(node, m.key).to.not.equal(null);
        const shown = node.getAttribute('data-value') ?? node.getAttribute('data-count') ?? '';
        const rows = csv.filter((r) =>
          d.kind === 'site' ? r.item === d.site && r.year === String(d.year) : r.item === d.item && r.year === String(d.year) && r.group === (d.group ?? 'all') && r.response === d.response,
        );
        if (shown === '') {
          expect(rows.filter((r) => r.value !== ''), `${m.key}: drawn without a value, so no row with one`).to.deep.equal([]);
          for (const gap of csv.filter((r) => r.value === '' && r.item === d.item && r.year === String(d.year))) for (const said of gapSaid(gap, 'no value. ')) expect(m.label, m.key).to.contain(said);
          continue;
        }
        expect(rows.map((r) => r.value), m.key).to.deep.equal([shown]);
        expect(m.label, m.key).to.contain(rows[0].unit === 'percent' ? `${shown}%` : shown);
        valued++;
      }
      expect(valued, 'marks with values').to.be.greaterThan(0);
      el.mode = 'table';
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('.table-host table')!;
      // Each column's own heading (a table of every year's responses heads them under their years, in a second row).
      const columns = [...table.querySelectorAll('thead th[data-column]')].map((th) => th.getAttribute('data-column'));
      const cells: string[] = [];
      const absent: string[] = [];
      for (const tr of table.querySelectorAll('tbody tr')) {
        [...tr.querySelectorAll('td')].forEach((td, i) => {
          if (td.hasAttribute('data-value')) cells.push(`${tr.getAttribute('data-item')}|${columns[i]}|${td.getAttribute('data-value')}`);
          else absent.push(`${tr.getAttribute('data-item')}|${columns[i]}|${td.querySelector('.sr-only')!.textContent}`);
        });
      }
      const fromCsv = csv.filter((r) => r.value !== '').map((r) => `${r.item}|${r.measure}|${r.year}|${r.group}|${r.response}|${r.value}`);
      expect(cells.sort()).to.deep.equal(fromCsv.sort());
      // Each gap row of the CSV is an empty cell of the table, with the same reason (and the base its figure prints).
      for (const r of csv.filter((row) => row.value === '')) {
        const cell = `${r.item}|${r.measure}|${r.year}|${r.group}|${r.response}|`;
        const found = absent.find((a) => a.startsWith(cell));
        expect(found, cell).to.not.equal(undefined);
        for (const said of gapSaid(r, cell)) expect(found, cell).to.contain(said);
      }
    });

    it(`${html}: SVG download parses, carries the source line; PNG is 2× the chart`, async () => {
      const el = await drawn(mount<Chart>(html));
      const text = el.toSvg();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelector('.export-source')!.textContent).to.match(/^Source: PIRU key informant survey 20(19|20)/);
      expect(text).to.not.contain('var(--');
      const png = await svgToPng(text, 2);
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).to.equal(2 * Number(doc.documentElement.getAttribute('width')));
    });

    it(`${html}: SVG download, placed in a page without the chart's styles, draws every element as the chart does`, async () => {
      const el = await drawn(mount<Chart>(html));
      const text = el.toSvg();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const file = document.importNode(doc.documentElement, true);
      mount<HTMLDivElement>('<div></div>').appendChild(file);
      const chart = el.shadowRoot!.querySelector('svg')!;
      const exported = file.querySelector('g > svg')!;
      const liveEls = [...chart.querySelectorAll('*')];
      // A text haloed on screen (a stroke under its glyphs) has its halo as a box of that colour
      // before it in the file, one a line, and no stroke: the file's other elements are the chart's.
      const haloed = (e: Element) => e.localName === 'text' && getComputedStyle(e).paintOrder.startsWith('stroke') && getComputedStyle(e).stroke !== 'none';
      const everyFileEl = [...exported.querySelectorAll('*')];
      const fileEls: Element[] = [];
      const halos: string[] = [];
      for (const a of liveEls) {
        if (haloed(a)) {
          for (const line of a.querySelector('tspan') ? a.querySelectorAll('tspan') : [a]) {
            const box = everyFileEl[fileEls.length + halos.length];
            halos.push(`${line.textContent}: ${box?.localName} ${box && getComputedStyle(box).fill}`);
            expect(halos.at(-1), 'a box in the halo\'s colour').to.equal(`${line.textContent}: rect ${getComputedStyle(a).stroke}`);
          }
        }
        fileEls.push(everyFileEl[fileEls.length + halos.length]);
      }
      expect(fileEls.map((e) => e?.localName), 'the same elements').to.deep.equal(liveEls.map((e) => e.localName));
      expect(everyFileEl.length, 'and the boxes').to.equal(fileEls.length + halos.length);
      if (html.startsWith('<barrier-stack')) expect(halos.length, 'value labels on a texture').to.be.greaterThan(3);
      const props = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'font-size', 'font-weight', 'text-anchor'];
      // The file's ids are the chart's with a suffix of its own (a hash of the file): compared without it.
      const liveId = chart.querySelector('[id]')?.id;
      const suffix = liveId ? exported.querySelector('[id]')!.id.slice(liveId.length) : '';
      if (liveId) expect(suffix).to.match(/^-[0-9a-z]+$/);
      const differ: string[] = [];
      // The chart's value labels take a colour computed by relative colour syntax, which the
      // browser gives as color(srgb …); the file writes the same colour as rgb(…).
      const asRgb = srgbAsRgb;
      liveEls.forEach((a, i) => {
        const ca = getComputedStyle(a);
        if (ca.display === 'none') return;
        const cb = getComputedStyle(fileEls[i]);
        if (haloed(a)) expect(cb.stroke, 'a haloed text\'s stroke').to.equal('none');
        for (const p of haloed(a) ? props.filter((q) => !q.startsWith('stroke')) : props) {
          const [va, vb] = [asRgb(ca.getPropertyValue(p)), suffix ? cb.getPropertyValue(p).replaceAll(`${suffix}"`, '"') : cb.getPropertyValue(p)];
          if (va !== vb) differ.push(`${a.localName}[${a.getAttribute('data-key') ?? i}] ${p}: ${va} vs ${vb}`);
        }
      });
      expect(differ.slice(0, 10), `${differ.length} differences`).to.deep.equal([]);
      // Inherited values are written where they change, not repeated on every element.
      const inherited = props.filter((p) => p !== 'opacity');
      const repeated = fileEls.flatMap((e) => {
        const parent = getComputedStyle(e.parentElement!);
        return inherited.filter((p) => e.hasAttribute(p) && parent.getPropertyValue(p) === getComputedStyle(e).getPropertyValue(p)).map((p) => `${e.localName} ${p}`);
      });
      expect(repeated.slice(0, 10), `${repeated.length} attributes repeat the parent's value`).to.deep.equal([]);
    });

    for (const [label, width, fontSize] of [['320 px', 320, 14], ['200% zoom (640 px, 28 px text)', 640, 28]] as const) {
      it(`${html}: at ${label} no text is cut off or spills out of the chart`, async () => {
        const el = mount<Chart>(html, width);
        el.style.setProperty('--pioneer-font-size', `${fontSize}px`);
        await drawn(el);
        const svg = el.shadowRoot!.querySelector('svg')!;
        const box = svg.getBoundingClientRect();
        expect(box.width).to.be.at.most(width + 0.5);
        const outside = [...svg.querySelectorAll('text')]
          .filter((t) => t.textContent!.trim() && getComputedStyle(t).display !== 'none')
          .map((t) => ({ t: t.textContent!.trim(), r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.left < box.left - 2 || r.right > box.right + 2))
          .map(({ t, r }) => `${t} [${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}]`);
        expect(outside).to.deep.equal([]);
      });
    }

    it(`${html}: axe-core reports no violation (chart and table, light and dark)`, async () => {
      const el = await drawn(mount<Chart>(html));
      expect(await axeViolations(el)).to.deep.equal([]);
      el.theme = 'dark';
      el.mode = 'table';
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }
});
