/**
 * A reader who asked for more contrast (prefers-contrast: more, e.g. macOS "Increase contrast"):
 * the axis labels, notes and source line come close to the text colour, and grid lines stand
 * out 3:1 (WCAG 1.4.11), in the light and the dark theme; a page's own colours still win.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { contrastRatio } from '../contrast.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Chart = PioneerChart<unknown>;
const frame = () => new Promise((r) => requestAnimationFrame(r));

async function contrast(more: boolean, colorScheme: 'light' | 'dark' = 'light', media: '' | 'print' = ''): Promise<void> {
  await executeServerCommand('emulate-contrast', { more, colorScheme, media });
  await frame();
  expect(matchMedia('(prefers-contrast: more)').matches, 'the request is emulated').to.equal(more);
}

/** The chart's background, its axis labels' fill, its grid lines' stroke and its note's colour, as computed. */
function colours(el: Chart): { bg: string; axis: string; grid: string; note: string } {
  const root = el.shadowRoot!;
  const figure = root.querySelector('figure')!;
  const axisLabel = root.querySelector<SVGTextElement>('.x-axis text, .y-axis text')!;
  const gridLine = root.querySelector<SVGLineElement>('.x-axis line, .y-axis line')!;
  const note = root.querySelector<HTMLElement>('.source')!;
  expect(axisLabel && gridLine && note, 'an axis label, a grid line and the source line are drawn').to.be.ok;
  return { bg: getComputedStyle(figure).backgroundColor, axis: getComputedStyle(axisLabel).fill, grid: getComputedStyle(gridLine).stroke, note: getComputedStyle(note).color };
}

const charts = ['<barrier-stack measure="barrier" year="2020"', '<pioneer-trend measure="objective" response="selected"'];

describe('prefers-contrast: more', () => {
  afterEach(async () => {
    cleanup();
    await contrast(false);
  });

  for (const open of charts) {
    const tag = open.slice(1, open.indexOf(' '));
    for (const [theme, scheme] of [['', 'light'], ['theme="dark"', 'light'], ['', 'dark'], ['theme="light"', 'dark']] as const) {
      const label = `${open}${theme ? ` ${theme}` : ''}> (${scheme} scheme)`;
      it(`${label}: axis labels and the source line at 10:1 or more, grid lines at 3:1 or more; without the request, as before`, async () => {
        const el = await drawn(mount<Chart>(`${open} ${theme}></${tag}>`));
        await contrast(false, scheme);
        const usual = colours(el);
        // The usual colours: muted text at 4.5:1 at least, grid lines faint (they are not marks).
        expect(contrastRatio(usual.axis, usual.bg)).to.be.within(4.5, 9.9);
        expect(contrastRatio(usual.grid, usual.bg)).to.be.lessThan(3);
        await contrast(true, scheme);
        const more = colours(el);
        expect(more.bg, 'the theme is kept').to.equal(usual.bg);
        expect(contrastRatio(more.axis, more.bg), `axis ${more.axis} on ${more.bg}`).to.be.at.least(10);
        expect(contrastRatio(more.note, more.bg), `source ${more.note} on ${more.bg}`).to.be.at.least(10);
        expect(contrastRatio(more.grid, more.bg), `grid ${more.grid} on ${more.bg}`).to.be.at.least(3);
      });
    }
  }

  it('printed, a dark-themed chart asked for more contrast has the light paper\'s stronger greys', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2020" theme="dark"></barrier-stack>'));
    await contrast(false, 'dark', 'print');
    const usual = colours(el);
    expect(usual.bg).to.equal('rgb(255, 255, 255)');
    expect(contrastRatio(usual.grid, usual.bg)).to.be.lessThan(3);
    await contrast(true, 'dark', 'print');
    const more = colours(el);
    expect(more.bg).to.equal('rgb(255, 255, 255)');
    expect(contrastRatio(more.axis, more.bg), `axis ${more.axis}`).to.be.at.least(10);
    expect(contrastRatio(more.grid, more.bg), `grid ${more.grid}`).to.be.at.least(3);
  });

  it("a page's own muted and grid colours win over the request", async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2020" style="--pioneer-muted-color: rgb(0, 0, 128); --pioneer-grid-color: rgb(200, 0, 0)"></barrier-stack>'));
    await contrast(true);
    const c = colours(el);
    expect([c.axis, c.grid]).to.deep.equal(['rgb(0, 0, 128)', 'rgb(200, 0, 0)']);
  });
});
