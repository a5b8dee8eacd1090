import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, expectSame, focusedKey, mount, tabIntoChart } from '../helpers.js';

// A chart drawn at a width, then its box 0 px wide (a grid column collapsing, its container set
// to `width: 0`): its note said it had nowhere to draw, while the SVG drawn before stayed in the
// page unseen, its marks still reached with Tab (and an arrow key showed a tooltip of the figures
// drawn before) and read out by a screen reader.

type Chart = PioneerChart<unknown>;

describe('a chart drawn, then laid out 0 px wide', function () {
  this.timeout(30000);
  afterEach(cleanup);

  for (const markup of ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', '<pioneer-trend measure="objective"></pioneer-trend>', '<site-map></site-map>', '<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>']) {
    it(`${markup.match(/^<[\w-]+/)![0]}> drawn, then in a grid column collapsed to 0 px: what it drew is not shown, reached with Tab or in the accessibility tree; a reader on a mark is on the note; all back once the column has a width`, async () => {
      const frames = async (n: number) => {
        for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
      };
      const grid = mount<HTMLDivElement>(`<div style="display: grid; grid-template-columns: 1fr 100px">${markup}<p>Beside</p></div>`, 700);
      // A button after it, where Tab leaving the chart lands: past the page's last control, Tab
      // takes the focus out of the page, and the test files after this one (which share its page)
      // would focus with no focus events.
      grid.after(Object.assign(document.createElement('button'), { textContent: 'after' }));
      const el = await drawn(grid.firstElementChild as Chart);
      const root = el.shadowRoot!;
      const svg = () => root.querySelector('svg')!;
      const note = root.querySelector<HTMLElement>('[part="size-note"]')!;
      /** The names in the accessibility tree that are the drawing's: its summary, its rows'. */
      const names = [svg(), ...svg().querySelectorAll('[role="img"]')].map((n) => n.getAttribute('aria-label'));
      const marksHeard = async () => {
        const labels = new Set(names);
        const heard: string[] = [];
        const walk = (n: { name?: string; children?: unknown[] }) => {
          if (n.name && labels.has(n.name)) heard.push(n.name);
          (n.children as typeof n[] | undefined)?.forEach(walk);
        };
        walk((await a11ySnapshot({})) as unknown as { children?: unknown[] });
        return heard;
      };
      /** Whether Tab, from the button before the chart to where it leaves the chart, reaches its SVG. */
      const tabReachesSvg = async () => {
        (grid.previousElementSibling!.firstElementChild as HTMLElement).focus();
        for (let i = 0; i < 30; i++) {
          await sendKeys({ press: 'Tab' });
          if (root.activeElement === svg()) return true;
          if (!el.matches(':focus-within')) return false;
        }
        throw new Error('Tab never left the chart');
      };
      expect((await marksHeard()).length, 'its marks in the tree, drawn').to.be.greaterThan(0);
      await tabIntoChart(el);
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedKey(el), 'on a mark').to.not.equal('');
      grid.style.gridTemplateColumns = '0px 100px';
      await frames(4);
      expect(note.textContent).to.equal('This chart is laid out 0 px wide, so it has nowhere to draw. Give it, or the box it is in, a width.');
      expect(svg().checkVisibility(), 'its SVG shown').to.equal(false);
      expectSame(root.activeElement, note);
      expect(await marksHeard(), 'marks in the accessibility tree').to.deep.equal([]);
      expect(await tabReachesSvg(), 'Tab reaches its SVG').to.equal(false);
      // A width again: drawn there, the reader left on the note back on the chart.
      note.focus();
      grid.style.gridTemplateColumns = '1fr 100px';
      await frames(4);
      expect(svg().checkVisibility(), 'its SVG shown').to.equal(true);
      expect(svg().getBoundingClientRect().width).to.equal(600);
      expectSame(root.activeElement, svg());
      expect(focusedKey(el), 'on a mark again').to.not.equal('');
      expect((await marksHeard()).length, 'its marks in the tree again').to.be.greaterThan(0);
      expect(await tabReachesSvg(), 'Tab reaches its SVG').to.equal(true);
    });
  }
});
