import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/site-map/site-map.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import { drawn, mount, onPhoneWindow } from '../helpers.js';

// A phone's 360 by 740 px window at 200% zoom is 180 by 370 CSS px: the map's grid is drawn 200
// px wide and shrunk to its 156 px box, each tile 19 px. Each tile tapped with a real finger
// (test/touch-commands.mjs). Before: 22 of the 25 tooltips went in a column 55 or 70 px wide
// ("Nottin/gham", "depriv/ed"), 413 to 606 px tall in the 370 px window, whose end a pan to read
// it let go.

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<site-map> tapped on a phone at 200% zoom (180 by 370 px)', () => {
  onPhoneWindow(180, 370);
  // (Its taps scroll the page: back to the top for the next test.)
  afterEach(() => window.scrollTo(0, 0));

  it("each tile's tooltip is at least 9em wide, no taller than the window, beside its tile; 23 of 25 seen whole", async () => {
    const el = await drawn(mount<SiteMap>('<site-map year="2019" color-by="deprivation"></site-map>', 156));
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    const root = el.shadowRoot!;
    const tip = root.querySelector<HTMLElement>('.tooltip')!;
    const em = parseFloat(getComputedStyle(tip).fontSize);
    const tiles = [...root.querySelectorAll('svg [data-key]')];
    expect(tiles.length).to.equal(25);
    expect(root.querySelectorAll('svg .tile').length, 'the grid').to.equal(25);
    const problems: string[] = [];
    let whole = 0;
    for (const tile of tiles) {
      const key = tile.getAttribute('data-key')!;
      tile.scrollIntoView({ block: 'center' });
      await pause(50);
      const t = tile.getBoundingClientRect();
      await executeServerCommand('touch', { from: [Math.round(t.left + t.width / 2), Math.round(t.top + t.height / 2)] });
      await pause(150);
      const mark = el.marks.find((m) => m.key === key)!;
      expect(tip.hidden, key).to.equal(false);
      expect(tip.textContent, key).to.equal(mark.tip ?? mark.label);
      const b = tip.getBoundingClientRect();
      const m = tile.getBoundingClientRect();
      if (b.width < 9 * em - 1) problems.push(`${key}: ${Math.round(b.width)} px wide`);
      if (b.height > innerHeight) problems.push(`${key}: ${Math.round(b.height)} px tall`);
      if (b.left < m.right && m.left < b.right && b.top < m.bottom && m.top < b.bottom) problems.push(`${key}: over its tile`);
      if (b.top >= -0.5 && b.bottom <= innerHeight + 0.5 && b.left >= -0.5 && b.right <= innerWidth + 0.5) whole++;
    }
    expect(problems).to.deep.equal([]);
    expect(whole, 'seen whole in the window').to.be.at.least(23);
  });
});
