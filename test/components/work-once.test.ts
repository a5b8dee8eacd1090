/**
 * Work a chart does once per view, not per draw: the line under the chart on figures no whole
 * number of informants gives (unfitLine over the figures drawn) is worked out once per view,
 * though the long description, open, is built again at each draw (a new width), and the source
 * line under the chart is not written again by a draw whose figures come from the same source.
 * What the reader gets is the same: the line, the description and the source line.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

type Chart = PioneerChart<unknown>;
const words = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00ad]+/g, ' ').trim();
const SAID = 'no whole number of informants out of';
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

/** Counts the chart's calls of drawnRows (the figures the unfit line is counted from). */
function countDrawnRows(el: Chart): { n: number } {
  const count = { n: 0 };
  const own = el as unknown as { drawnRows: (view: unknown) => unknown };
  const original = own.drawnRows;
  own.drawnRows = function (this: unknown, view: unknown) {
    count.n++;
    return original.call(this, view);
  };
  return count;
}

/** Resizes the chart's box and waits for the draw at the new width. */
async function resized(el: Chart, width: number): Promise<void> {
  const before = el.shadowRoot!.querySelector('svg')!.getAttribute('width');
  el.parentElement!.style.width = `${width}px`;
  for (let i = 0; i < 20 && el.shadowRoot!.querySelector('svg')!.getAttribute('width') === before; i++) await frame();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal(String(width));
}

const lineUnder = (el: Chart) => [...el.shadowRoot!.querySelectorAll('p.note')].map((p) => words(p.textContent)).filter((t) => t.includes(SAID));
const description = (el: Chart) => words(el.shadowRoot!.querySelector('.long-description')?.textContent);

describe('a chart works out once per view what each draw would say again', function () {
  this.timeout(60000);
  // The page as before: its charts removed, scrolled back to the top (the description opened made it tall).
  afterEach(() => {
    cleanup();
    window.scrollTo(0, 0);
  });

  for (const markup of [
    '<pioneer-trend measure="barrier" response="very" items="increased-demand,information-governance,financial-constraints"></pioneer-trend>',
    '<barrier-stack measure="barrier" year="2019"></barrier-stack>',
  ]) {
    const tag = markup.slice(1, markup.indexOf(' '));
    it(`<${tag}>: the unfit line, under the chart and in an open "Describe this chart", is counted once per view, not again at each draw`, async () => {
      const el = await drawn(mount<Chart>(markup, 900));
      const line = lineUnder(el);
      expect(line, 'the line under the chart').to.have.length(1);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.description button')!.click();
      await el.updateComplete;
      const said = description(el);
      expect(said).to.contain(line[0].replace(/^⚠ /, ''));
      const calls = countDrawnRows(el);
      // Drawn again at new widths, the description open: built again, the same line.
      await resized(el, 800);
      await resized(el, 700);
      expect(description(el), 'the description after the draws').to.contain(line[0].replace(/^⚠ /, ''));
      expect(lineUnder(el)).to.deep.equal(line);
      expect(calls.n, 'figures counted again for the same view').to.equal(0);
      // A new view (its lines or year changed) counts its own figures, once.
      if (tag === 'pioneer-trend') {
        el.shadowRoot!.querySelector<HTMLButtonElement>('.legend button')!.click();
      } else {
        el.setAttribute('year', '2020');
      }
      await drawn(el);
      await el.updateComplete;
      expect(calls.n, 'figures counted for the new view').to.equal(1);
      const now = lineUnder(el);
      if (now.length) expect(description(el)).to.contain(now[0].replace(/^⚠ /, ''));
      else expect(description(el)).to.not.contain(SAID);
    });
  }

  it('<pioneer-trend> given new rows from the same source: the source line under the chart is the same, and not written again', async () => {
    const rows = (shift: number) =>
      [2016, 2017, 2018, 2019, 2020].map((year, i) => ({
        measure: 'objective', item: 'work-once', item_label: 'Work once', year, group: 'all', response: 'selected',
        value: 30 + i + shift, unit: 'percent', base: 100, source_survey: 2020, source_table: 'a test table',
      }));
    const el = mount<Chart>('<pioneer-trend measure="objective" response="selected" items="work-once"></pioneer-trend>', 700);
    (el as unknown as { data: unknown }).data = rows(0);
    await drawn(el);
    const source = el.shadowRoot!.querySelector('.source')!;
    const text = words(source.textContent);
    expect(text).to.contain('a test table');
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((m) => writes.push(...m));
    observer.observe(source, { childList: true, characterData: true, subtree: true });
    (el as unknown as { data: unknown }).data = rows(5);
    await drawn(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('path.point[data-year="2016"]')!.getAttribute('data-value')).to.equal('35');
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(words(source.textContent)).to.equal(text);
    expect(writes, 'writes to the source line').to.have.length(0);
  });

  it('a message in place of the chart, updated again: its empty source line and caveat are not written again', async () => {
    let el!: Chart;
    const warned = await captureWarnings(async () => {
      el = mount<Chart>('<barrier-stack measure="barrier" year="1999"></barrier-stack>', 700);
      await el.updateComplete;
    });
    expect(warned.join(' ')).to.contain('year="1999" is not valid');
    expect(el.shadowRoot!.querySelector('.message'), 'the message').to.not.equal(null);
    const parts = ['.source', '.source-note'].map((s) => el.shadowRoot!.querySelector(s)!);
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((m) => writes.push(...m));
    for (const part of parts) observer.observe(part, { childList: true, characterData: true, attributes: true, subtree: true });
    // Updated twice more, still a message: the year wrong still, the sort changed.
    const warnedAgain = await captureWarnings(async () => {
      el.setAttribute('sort', 'alphabetical');
      await el.updateComplete;
      el.setAttribute('year', '1998');
      await el.updateComplete;
    });
    expect(warnedAgain.join(' ')).to.contain('year="1998" is not valid');
    expect(words(el.shadowRoot!.querySelector('.message')!.textContent)).to.contain('1998');
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(parts.map((p) => [words(p.textContent), (p as HTMLElement).hidden]), 'the source line, and the caveat hidden').to.deep.equal([['', false], ['', true]]);
    expect(writes.map((w) => `${(w.target as Element).className ?? w.target.nodeName} ${w.type} ${w.attributeName ?? ''}`.trim()), 'writes to the source line and caveat').to.deep.equal([]);
  });
});
