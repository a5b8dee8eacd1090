// A web editor's page: the embed's elements under a CMS theme's global CSS (from an audit of the
// embed as pasted into a CMS page). Rules of the page that are meant for the page's own content
// must not reach the charts, and the page's own hiding must hide them.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Chart = PioneerChart<unknown>;

/** The four figures a web editor embeds, each as a chart, in its Table view and (pioneer-table) as a table. */
const FIGURES = [
  '<barrier-stack measure="barrier" year="2020"',
  '<pioneer-trend measure="objective"',
  '<pioneer-compare measure="barrier" dimension="organisation"',
  '<pioneer-table measure="barrier"',
].flatMap((open) => (open.includes('pioneer-table') ? [open] : [open, `${open} mode="table"`]))
  .map((open) => `${open}></${open.slice(1, open.indexOf(' '))}>`);

/** A figure drawn in a div with the page's `style`, its "Describe this chart" opened where it has one. */
async function figureUnder(style: string, markup: string, width: number): Promise<Chart> {
  const box = mount<HTMLElement>(`<div style="${style}">${markup}</div>`, width);
  const el = await drawn(box.firstElementChild as Chart);
  el.shadowRoot!.querySelector<HTMLButtonElement>('.description:not([hidden]) > button')?.click();
  await el.updateComplete;
  return el;
}

/** The text-holding parts a reader reads: title, key, notes, table cells, the description's sentences and list. */
const READ = '.title, .note, .summary, .source, .legend button, .data-table th, .data-table td, .table-notes li, .long-description p, .long-description li';

/** The element focused, through shadow roots, as "tag > tag". */
function focusPath(): string {
  const path: string[] = [];
  for (let a: Element | null = document.activeElement; a; a = a.shadowRoot?.activeElement ?? null) path.push(a.localName);
  return path.join(' > ');
}

describe('the embed under a page\'s own CSS', () => {
  afterEach(cleanup);

  it('a panel the page hides with visibility: hidden (Tailwind\'s invisible, a closed Bootstrap offcanvas) hides its charts and keeps their controls out of the tab order; toSvg() still draws the chart', async () => {
    const box = mount<HTMLElement>(`<div>
      <button id="before">Before</button>
      <div id="panel" style="visibility: hidden">
        <barrier-stack measure="barrier" year="2019"></barrier-stack>
        <pioneer-filters controls="year"><pioneer-trend measure="objective"></pioneer-trend></pioneer-filters>
      </div>
      <button id="after">After</button>
    </div>`, 640);
    const stack = await drawn(box.querySelector<Chart>('barrier-stack')!);
    await drawn(box.querySelector<Chart>('pioneer-trend')!);
    const shown: string[] = [];
    for (const el of [stack, box.querySelector('pioneer-filters')!, box.querySelector('pioneer-trend')!]) {
      for (const node of el.shadowRoot!.querySelectorAll('.title, button, select, svg, svg text, [data-key]')) {
        if (getComputedStyle(node).visibility !== 'hidden') shown.push(`${el.localName} ${node.localName}.${node.getAttribute('class') ?? ''}`);
      }
    }
    expect(shown.slice(0, 5), `${shown.length} parts of the hidden panel shown`).to.deep.equal([]);
    const r = stack.getBoundingClientRect();
    expect(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2), 'a click on the chart reaches what is under the panel').to.equal(box);
    box.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusPath(), 'Tab from the button before the panel').to.equal('button');
    expect(document.activeElement!.id).to.equal('after');
    const file = new DOMParser().parseFromString(stack.toSvg(), 'image/svg+xml');
    expect(file.querySelectorAll('[display="none"]').length, 'elements hidden in the downloaded SVG').to.equal(0);
    expect(file.querySelectorAll('rect').length).to.be.greaterThan(10);
  });

  it('a page\'s font-size-adjust and font-stretch (a theme\'s fallback-font fix, a condensed face) do not shrink or narrow the charts\' text', async () => {
    const widths = async (style: string) => {
      const box = mount<HTMLElement>(`<div style="${style}"><pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend></div>`, 640);
      const el = await drawn(box.querySelector<Chart>('pioneer-trend')!);
      const title = document.createRange();
      title.selectNodeContents(el.shadowRoot!.querySelector('.title')!);
      const label = el.shadowRoot!.querySelector<SVGTextElement>('svg text')!.getBoundingClientRect();
      return `title ${Math.round(title.getBoundingClientRect().width)}×${Math.round(title.getBoundingClientRect().height)}, first label ${Math.round(label.width)}×${Math.round(label.height)}`;
    };
    const plain = await widths('');
    expect(await widths('font-size-adjust: 0.3; font-stretch: condensed')).to.equal(plain);
  });

  it('a page\'s hyphens: auto (under lang="en") does not hyphenate the charts\' titles, keys, notes, table cells or description', async function () {
    this.timeout(20000);
    const hyphenated: string[] = [];
    for (const markup of FIGURES) {
      const el = await figureUnder('hyphens: auto', markup, 320);
      const read = [...el.shadowRoot!.querySelectorAll(READ)];
      expect(read.length, markup).to.be.greaterThan(3);
      for (const node of read) {
        if (getComputedStyle(node).hyphens !== 'manual') hyphenated.push(`${markup.slice(0, 14)} ${node.localName}.${node.getAttribute('class') ?? ''}: ${getComputedStyle(node).hyphens}`);
      }
      cleanup();
    }
    expect([...new Set(hyphenated)].slice(0, 6), `${hyphenated.length} parts hyphenated`).to.deep.equal([]);
  });

  it('a page\'s list style on the body (square inside, an image) does not move or replace the markers of the description\'s and the table\'s notes\' lists', async function () {
    this.timeout(20000);
    /** Each list item's marker and where its text begins, as "marker@left". */
    const items = (el: Chart) => [...el.shadowRoot!.querySelectorAll('.long-description li, .table-notes li')].map((li) => {
      const text = document.createRange();
      text.selectNodeContents(li);
      const cs = getComputedStyle(li);
      return `${cs.listStyleType} ${cs.listStyleImage} ${cs.listStylePosition}@${Math.round(text.getClientRects()[0].left - li.getBoundingClientRect().left)}`;
    });
    for (const markup of [FIGURES[0], FIGURES[FIGURES.length - 1]]) {
      const plain = items(await figureUnder('', markup, 320));
      cleanup();
      expect(plain.length, markup).to.be.greaterThan(0);
      const styled = items(await figureUnder("list-style: square inside linear-gradient(red, red); list-style-type: '→ '", markup, 320));
      cleanup();
      expect(styled, markup).to.deep.equal(plain);
    }
  });

  it('a page\'s white-space: pre or pre-line puts no empty lines over the charts', async function () {
    this.timeout(20000);
    /** The figure's top, below the host's, and the host's height. */
    const placed = (el: Chart) => `figure ${Math.round(el.shadowRoot!.querySelector('figure')!.getBoundingClientRect().top - el.getBoundingClientRect().top)} px down, host ${Math.round(el.getBoundingClientRect().height)} px tall`;
    for (const markup of FIGURES) {
      const plain = placed(await figureUnder('', markup, 768));
      cleanup();
      for (const space of ['pre', 'pre-line']) {
        expect(placed(await figureUnder(`white-space: ${space}`, markup, 768)), `${markup} under white-space: ${space}`).to.equal(plain);
        cleanup();
      }
    }
  });

  it('a page\'s white-space: pre or pre-line puts no empty lines in or under the filter bar', async () => {
    /** The bar's height, and the top of the page's content in it (a chart), below the bar's top. */
    const placed = async (style: string) => {
      const box = mount<HTMLElement>(`<div style="${style}"><pioneer-filters controls="year,measure"><p>content</p></pioneer-filters></div>`, 768);
      const bar = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await bar.updateComplete;
      const top = bar.getBoundingClientRect().top;
      const at = `bar ${Math.round(bar.shadowRoot!.querySelector('.bar')!.getBoundingClientRect().height)} px tall, content ${Math.round(bar.querySelector('p')!.getBoundingClientRect().top - top)} px down`;
      cleanup();
      return at;
    };
    const plain = await placed('');
    for (const space of ['pre', 'pre-line']) expect(await placed(`white-space: ${space}`), `under white-space: ${space}`).to.equal(plain);
  });
});
