/**
 * The Table view's scroll box, reached with Tab (it takes the focus so that a keyboard can scroll
 * a table wider than the chart): its focus outline is the one every control of the chart has,
 * and no part of the table is painted over it (WCAG 2.4.7 Focus Visible, 2.4.11 Focus Not
 * Obscured). The item column is pinned (position: sticky) and paints over whatever lies inside
 * the box's edge: the browser's own ring, drawn half inside, was 1 px wide along that column. The
 * ring is drawn inside the box (outside it, it was cut at a window's edge), over that column.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import { cleanup, countNear, drawn, mount, pixelsIn } from '../helpers.js';

/** Tabs from a button placed before the element until its Table view's scroll box has focus. */
async function tabToTable(el: HTMLElement): Promise<HTMLElement> {
  const before = mount<HTMLButtonElement>('<button>before</button>');
  el.parentElement!.before(before.parentElement!);
  before.focus();
  const host = el.shadowRoot!.querySelector<HTMLElement>('.table-host')!;
  for (let i = 0; i < 8; i++) {
    await sendKeys({ press: 'Tab' });
    if (el.shadowRoot!.activeElement === host) return host;
  }
  throw new Error('Tab never reached the table');
}

describe('the Table view\'s scroll box, focused from the keyboard', () => {
  afterEach(cleanup);

  for (const [markup, what] of [
    ['<pioneer-table measure="barrier"></pioneer-table>', 'every year\'s table'],
    ['<barrier-stack measure="barrier" year="2020" mode="table"></barrier-stack>', 'a chart\'s Table view'],
  ] as const) {
    it(`${what} in 320 px: outlined 2 px in the focus colour as its buttons are, inside its box, next to the pinned item column, which cannot paint over it`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, 320));
      el.style.setProperty('--pioneer-focus-color', 'rgb(0, 102, 51)');
      const host = await tabToTable(el);
      // Not vacuous: the table scrolls sideways here, its item column pinned at the box's left edge.
      expect(host.scrollWidth, 'wider than its box').to.be.above(host.clientWidth);
      const pinned = host.querySelector('tbody th')!;
      expect(getComputedStyle(pinned).position, 'the item column is pinned').to.equal('sticky');

      const s = getComputedStyle(host);
      expect(s.outlineStyle, 'a solid outline, not the browser\'s ring').to.equal('solid');
      expect(parseFloat(s.outlineWidth), 'outline width').to.be.at.least(2);
      // The focus colour of every other control of the chart, which a page sets.
      expect(s.outlineColor, 'the page\'s --pioneer-focus-color').to.equal('rgb(0, 102, 51)');
      // Painted along the box's left edge, 2 px deep, where the pinned item column starts.
      const box = host.getBoundingClientRect();
      const cell = pinned.getBoundingClientRect();
      expect(cell.left - box.left, 'the pinned column at the box\'s left edge').to.be.at.most(2);
      // (The part in the window: the table is taller than it.)
      const [top, bottom] = [Math.max(box.top, 0) + 4, Math.min(box.bottom, innerHeight) - 4];
      const strip = { x: Math.round(box.left), y: Math.round(top), width: 2, height: Math.round(bottom - top) };
      expect(countNear(await pixelsIn(strip), [0, 102, 51]), 'ring pixels over the pinned column').to.be.at.least(strip.height * 2 - 2);
    });
  }
});
