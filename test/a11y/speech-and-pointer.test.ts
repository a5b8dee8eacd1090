/**
 * WCAG 2.2 for a reader who uses speech input ("click Table", "click Download") or a pointer, over
 * every element, in each state a reader opens (the Download menu, the table, the long description,
 * a trend's line hidden, the filter bar's selects):
 * - 2.5.3 (label in name): each control's name, as Chromium's accessibility tree gives it (what
 *   voice control matches the words said against), begins with the text the control shows.
 * - 2.5.8 (target size, minimum): on a phone's 320 px, each control is 24 by 24 px or more, or
 *   has no other control within the 24 px circle of the exception.
 * - 2.4.11 (focus not obscured, minimum): with a mark's tooltip up under a resting pointer, or the
 *   Download menu open, each stop Tab reaches in the chart is not wholly hidden by them.
 * - 1.4.10 (reflow): at 320 px the page never scrolls sideways; only a table scrolls in its box.
 * (The sticky header's case of 2.4.11 is focus-not-obscured.test.ts's.)
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount, onPhoneWindow } from '../helpers.js';
import { settle } from '../filter-bar.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { CHARTS } from './charts.js';

type Chart = PioneerChart<unknown>;
type Control = { role: string; name: string; shown: string };

/** Every element in a main state: the charts of charts.ts, a table alone, and a filter bar with a chart in it. */
const PAGE = `<div>
  ${CHARTS.map(({ tag, attrs }) => `<${tag} ${attrs}></${tag}>`).join('\n')}
  <pioneer-table measure="barrier" year="2019"></pioneer-table>
  <pioneer-filters controls="year,organisation,tenure,deprivation"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>
</div>`;

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** Mounts every element (at `width`) and waits for all to draw; returns the charts and tables. */
async function everyElement(width: number): Promise<Chart[]> {
  const box = mount<HTMLDivElement>(PAGE, width);
  const charts = [...box.querySelectorAll<Chart>('pioneer-trend, barrier-stack, site-map, pioneer-compare, pioneer-table')];
  await Promise.all(charts.map((c) => drawn(c)));
  await settle(box.querySelector<PioneerFilters>('pioneer-filters')!);
  await frames(2);
  return charts;
}

const button = (el: Element, text: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);

/** Words as spoken: lower case, punctuation and runs of space as one space. */
const spoken = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}%×]+/gu, ' ').trim();

/** The controls whose name does not begin with the text they show. */
const notLabelInName = (controls: Control[]) => controls.filter((c) => c.shown && !spoken(c.name).startsWith(spoken(c.shown))).map((c) => `${c.role} showing "${c.shown}" named "${c.name}"`);

const axControls = async () => (await executeServerCommand('ax-controls')) as unknown as Control[];

describe('speech input and pointer (WCAG 2.2: 2.5.3, 2.5.8, 2.4.11, 1.4.10)', () => {
  afterEach(() => cleanup());

  it("every control of every element, in every state, is named first with the text it shows (2.5.3: a reader who says \"click Table\" reaches it)", async () => {
    const charts = await everyElement(800);
    const seen: Control[] = [];
    const check = async (state: string) => {
      const controls = await axControls();
      seen.push(...controls);
      expect(notLabelInName(controls), state).to.deep.equal([]);
    };
    await check('as drawn');
    // Each chart's Download menu open in turn (one open at a time).
    for (const el of charts) {
      button(el, 'Download')!.click();
      await el.updateComplete;
      await check(`${el.localName}'s Download menu open`);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
    }
    // A trend's line hidden with its legend key: the key keeps its text and its name.
    const trend = charts.find((c) => c.localName === 'pioneer-trend')!;
    trend.shadowRoot!.querySelector<HTMLButtonElement>('.legend button')!.click();
    // The long descriptions open, then every chart shown as a table.
    for (const el of charts) button(el, 'Describe this chart')?.click();
    await frames(2);
    await check('legend key pressed, descriptions open');
    for (const el of charts) button(el, 'Table')?.click();
    await Promise.all(charts.map((c) => c.updateComplete));
    await frames(2);
    await check('as tables');
    // What was checked: every kind of control the elements have.
    const shown = new Set(seen.map((c) => c.shown));
    for (const text of ['Chart', 'Table', 'Download', 'Data (CSV)', 'Chart (SVG)', 'Chart (PNG, 2×)', 'Copy citation', 'Describe this chart', 'Reset', 'Survey year', 'Organisation type', 'Years in post', 'Deprivation', 'Patients/service users experiencing more joined up services']) {
      expect(shown.has(text), `a control showing "${text}" was checked`).to.equal(true);
    }
    expect(seen.filter((c) => c.role === 'button').length, 'buttons checked').to.be.above(100);
    expect(seen.some((c) => c.role === 'combobox') && seen.some((c) => c.role === 'option'), 'selects and their options checked').to.equal(true);
  });

  describe('on a phone (320 px)', () => {
    onPhoneWindow();

    it('every control, in every state, is a target of 24 by 24 px or more, or alone in the 24 px circle round its centre (2.5.8); the page never scrolls sideways, only a table in its box (1.4.10)', async () => {
      const charts = await everyElement(320);
      const problems: string[] = [];
      let checked = 0;
      const check = (state: string) => {
        const targets: { what: string; r: DOMRect }[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const e of root.querySelectorAll<HTMLElement>('button, select, a[href], input, summary, [role="button"], [role="menuitem"]')) {
            const r = e.getBoundingClientRect();
            if (r.width && r.height) targets.push({ what: `${(e.getRootNode() as ShadowRoot).host?.localName ?? 'page'} ${e.localName} "${(e.textContent ?? '').trim().slice(0, 40)}"`, r });
          }
          for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
        };
        walk(document);
        checked += targets.length;
        const centre = (r: DOMRect) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
        const gap = ([x, y]: number[], r: DOMRect) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
        for (const t of targets) {
          if (t.r.width >= 24 && t.r.height >= 24) continue;
          const c = centre(t.r);
          // The exception: its circle meets no other target, nor another small target's circle.
          const near = targets.filter((o) => o !== t && (gap(c, o.r) < 12 || ((o.r.width < 24 || o.r.height < 24) && Math.hypot(c[0] - centre(o.r)[0], c[1] - centre(o.r)[1]) < 24)));
          if (near.length) problems.push(`${state}: ${t.what} ${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)} px, near ${near.map((n) => n.what).join(', ')}`);
        }
        if (document.documentElement.scrollWidth > innerWidth) problems.push(`${state}: the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
        for (const el of charts) {
          for (const e of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
            if (e.scrollWidth > e.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(e).overflowX) && !e.classList.contains('table-host')) problems.push(`${state}: ${el.localName}'s ${e.localName}.${e.className} scrolls sideways`);
          }
        }
      };
      check('as drawn');
      for (const el of charts) {
        button(el, 'Download')!.click();
        await el.updateComplete;
        check(`${el.localName}'s Download menu open`);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
      }
      for (const el of charts) button(el, 'Describe this chart')?.click();
      await frames(2);
      check('descriptions open');
      for (const el of charts) button(el, 'Table')?.click();
      await Promise.all(charts.map((c) => c.updateComplete));
      await frames(2);
      check('as tables');
      expect(problems).to.deep.equal([]);
      expect(checked, 'targets checked').to.be.above(200);
    });

    it("Tab through each chart with a mark's tooltip up under a resting pointer, and through its open Download menu: no stop is wholly hidden by the tooltip, the menu or the window's edge (2.4.11)", async () => {
      const charts = (await everyElement(320)).filter((c) => c.localName !== 'pioneer-table');
      // Somewhere on the page for Tab to leave the last chart to.
      mount<HTMLButtonElement>('<button>after</button>', 320);
      const deepActive = () => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a as HTMLElement;
      };
      /** Whether any of a 5 by 5 grid of points over the part of `el` in the window finds `el` (or what is in it) on top. */
      const seenAt = (el: Element) => {
        const b = el.getBoundingClientRect();
        const [left, top, right, bottom] = [Math.max(b.left, 0), Math.max(b.top, 0), Math.min(b.right, innerWidth), Math.min(b.bottom, innerHeight)];
        if (right <= left || bottom <= top) return false;
        for (let i = 1; i < 6; i++) {
          for (let j = 1; j < 6; j++) {
            const x = left + ((right - left) * i) / 6;
            const y = top + ((bottom - top) * j) / 6;
            let hit = document.elementFromPoint(x, y);
            while (hit?.shadowRoot) {
              const inner = hit.shadowRoot.elementFromPoint(x, y);
              if (!inner || inner === hit) break;
              hit = inner;
            }
            if (hit && (hit === el || el.contains(hit))) return true;
          }
        }
        return false;
      };
      /** The chart's tooltip or open menu whose box holds the whole of `a` (not in it), if one does (either may let the pointer through). */
      const coveredBy = (el: Chart, a: Element) =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tooltip:not([hidden]), .menu-items')].find((c) => {
          const b = c.getBoundingClientRect();
          const r = a.getBoundingClientRect();
          if (c.contains(a)) return false;
          return b.width > 0 && b.left <= r.left && b.right >= r.right && b.top <= r.top && b.bottom >= r.bottom;
        })?.className;
      const hidden: string[] = [];
      let stops = 0;
      let tooltips = 0;
      const stop = (el: Chart, state: string) => {
        const a = deepActive();
        const what = `${el.localName} ${state}: ${a.localName} "${(a.textContent ?? '').trim().slice(0, 30)}"`;
        stops++;
        if (!seenAt(a)) hidden.push(`${what} not seen`);
        const by = a.localName === 'svg' ? undefined : coveredBy(el, a);
        if (by) hidden.push(`${what} under .${by}`);
      };
      for (const el of charts) {
        for (const which of ['first', 'last']) {
          // A pointer resting on the chart's first or last mark (the last at the plot's foot, above the
          // Describe button): its tooltip stays up while the keyboard moves on.
          const svg = el.shadowRoot!.querySelector('svg')!;
          window.scrollBy(0, svg.getBoundingClientRect().top - 8);
          const marks = [...svg.querySelectorAll('[data-key]')];
          const r = marks[which === 'first' ? 0 : marks.length - 1].getBoundingClientRect();
          await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + Math.min(r.height / 2, 3))] });
          await frames(3);
          if (!el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.hidden) tooltips++;
          // Tab from the chart's first control until focus leaves the chart.
          button(el, 'Chart')!.focus(); // scrolled into view, as Tab would
          for (let k = 0; k < 12 && document.activeElement === el; k++) {
            stop(el, `tooltip of its ${which} mark up`);
            await sendKeys({ press: 'Tab' });
            await frames(1);
          }
        }
        // The Download menu opened from its button (focus stays on it), then Tab on through its
        // items and past them to the chart's own stops after it.
        button(el, 'Download')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        for (let k = 0; k < 7 && document.activeElement === el; k++) {
          stop(el, 'with its menu opened');
          await sendKeys({ press: 'Tab' });
          await frames(1);
        }
        await sendKeys({ press: 'Escape' });
      }
      await sendMouse({ type: 'move', position: [0, 0] });
      expect(hidden).to.deep.equal([]);
      expect(stops, 'stops checked').to.be.at.least(charts.length * 12);
      expect(tooltips, 'tooltips up under the pointer').to.be.above(charts.length);
    });
  });
});
