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

// Its plot hidden at 0 px, the rest of the chart stayed: a trend's key buttons, "Describe this
// chart", the Chart and Table buttons (and in the Table view the table, of the figures drawn
// before, in a scroll box 0 px wide) were reached with Tab and read out, for a chart not shown;
// its title, notes and key stood a letter a line.
describe('a chart drawn, then laid out 0 px wide: its controls', function () {
  this.timeout(30000);
  afterEach(cleanup);

  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  };
  type Ax = { role?: string; name?: string; children?: Ax[] };
  /** The names of the buttons and regions in the accessibility tree (the page's own two buttons left out). */
  const controlsHeard = async () => {
    const heard: string[] = [];
    const walk = (n: Ax) => {
      if ((n.role === 'button' || n.role === 'region') && n.name && !['before', 'after'].includes(n.name)) heard.push(n.name);
      n.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as Ax);
    return heard;
  };

  it('a message in place of a chart 0 px wide (a year with no data) is shown; the chart back in its place, with a width, has its controls', async () => {
    const grid = mount<HTMLDivElement>('<div style="display: grid; grid-template-columns: 1fr 100px"><barrier-stack measure="barrier" year="2019"></barrier-stack><p>Beside</p></div>', 700);
    const el = await drawn(grid.firstElementChild as Chart);
    grid.style.gridTemplateColumns = '0px 100px';
    await frames(4);
    el.setAttribute('year', '1999');
    await el.updateComplete;
    await frames(3);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.message')!.checkVisibility(), 'the message shown').to.equal(true);
    grid.style.gridTemplateColumns = '1fr 100px';
    await frames(4);
    el.setAttribute('year', '2019');
    await el.updateComplete;
    await frames(4);
    expect(el.shadowRoot!.querySelector('svg')!.checkVisibility(), 'its SVG shown').to.equal(true);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.description button')!.checkVisibility(), '"Describe this chart" shown').to.equal(true);
  });

  const CASES: [markup: string, focused: string][] = [
    ['<pioneer-trend measure="objective"></pioneer-trend>', '.legend button'],
    ['<barrier-stack measure="barrier" year="2019"></barrier-stack>', '.description button'],
    ['<site-map></site-map>', '.modes button'],
    ['<pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare>', '.description button'],
    ['<barrier-stack measure="barrier" year="2019" mode="table"></barrier-stack>', '.table-host'],
  ];
  for (const [markup, focused] of CASES) {
    it(`${markup.replace(/ measure.*?>/, '>').replace(/<\/.*/, '')}${markup.includes('table') ? ' in the Table view' : ''}: only its Download button is reached with Tab or heard; its title is read whole; a reader on ${focused} is on the note, and back there once it has a width`, async () => {
      const grid = mount<HTMLDivElement>(`<div style="display: grid; grid-template-columns: 1fr 100px">${markup}<p>Beside</p></div>`, 700);
      grid.before(Object.assign(document.createElement('button'), { textContent: 'before' }));
      // Where Tab leaving the chart lands (the page's last control would take the focus out of the page).
      grid.after(Object.assign(document.createElement('button'), { textContent: 'after' }));
      const el = await drawn(grid.firstElementChild as Chart);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const note = root.querySelector<HTMLElement>('[part="size-note"]')!;
      const title = root.querySelector<HTMLElement>('[part="title"]')!;
      const download = root.querySelector<HTMLElement>('.menu > button')!;
      /** What Tab stops on in the chart, from the button before it until it leaves. */
      const tabStops = async () => {
        (grid.previousElementSibling as HTMLElement).focus();
        const stops: Element[] = [];
        for (let i = 0; i < 30; i++) {
          await sendKeys({ press: 'Tab' });
          if (!el.matches(':focus-within')) return stops;
          stops.push(root.activeElement!);
        }
        throw new Error('Tab never left the chart');
      };
      const drawnStops = await tabStops();
      const drawnHeard = await controlsHeard();
      expect(drawnStops.length, 'reached with Tab, drawn').to.be.greaterThan(2);
      expect(drawnHeard.length, 'heard, drawn').to.be.greaterThan(2);
      const reader = root.querySelector<HTMLElement>(focused)!;
      reader.focus();
      // (What is beside it 400 px on: room for its title, note and Download button, which a neighbour
      // right beside the box leaves none for: chart-no-width-beside.test.ts.)
      grid.style.gridTemplateColumns = '0px 100px';
      grid.style.columnGap = '400px';
      await frames(4);
      expect(note.textContent).to.contain('0 px wide');
      expectSame(root.activeElement, note);
      expect(reader.checkVisibility(), `${focused} shown`).to.equal(false);
      expect(await tabStops(), 'reached with Tab').to.deep.equal([download]);
      expect(await controlsHeard(), 'buttons and regions heard').to.deep.equal([download.getAttribute('aria-label')]);
      // Its title whole words a line, as wide as the note, not a letter a line.
      const line = parseFloat(getComputedStyle(title).fontSize) * 1.6;
      expect(title.getBoundingClientRect().width, 'its title\'s width').to.be.greaterThan(150);
      expect(title.getBoundingClientRect().height, 'its title\'s height').to.be.lessThan(3 * line);
      // A width again: all back, the reader left on the note where they were.
      note.focus();
      grid.style.gridTemplateColumns = '1fr 100px';
      grid.style.columnGap = '';
      await frames(4);
      expectSame(root.activeElement, reader);
      expect(reader.checkVisibility(), `${focused} shown`).to.equal(true);
      expect(await tabStops(), 'reached with Tab again').to.deep.equal(drawnStops);
      expect(await controlsHeard(), 'heard again').to.deep.equal(drawnHeard);
    });
  }
});
