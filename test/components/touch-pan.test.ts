import { expect } from '@esm-bundle/chai';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { cleanup, drawn, focusedKey, mount } from '../helpers.js';

// A reader on a phone scrolls the page with a finger that often lands on a chart's mark: a pan
// is not a press. Real touch input (Input.dispatchTouchEvent: test/touch-commands.mjs), so the
// browser itself tells a tap from a pan, as on a phone.

type Point = [number, number];
const touch = (from: Point, to: Point = from) => executeServerCommand('touch', { from, to });
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const centre = (el: Element): Point => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
/** Every text the tooltip shows while `fn` runs (each time it is shown or its text changes). */
async function tooltipsDuring(el: PioneerChart<unknown>, fn: () => Promise<unknown>): Promise<string[]> {
  const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
  const shown: string[] = [];
  const seen = new MutationObserver(() => {
    if (!tip.hidden) shown.push(tip.textContent ?? '');
  });
  seen.observe(tip, { attributes: true, childList: true, characterData: true, subtree: true });
  await fn();
  await pause(100);
  seen.disconnect();
  return shown;
}

const charts = [
  ['<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>', 'quality-of-care|2017', 'joined-up|2019'],
  ['<site-map year="2019" color-by="deprivation"></site-map>', 'south-tyneside', 'greater-manchester'],
  ['<barrier-stack measure="barrier" year="2020"></barrier-stack>', 'financial-constraints|2020|very', 'covid-time|2020|very'],
] as const;

describe('a finger on a phone (real touch input)', () => {
  let spacer: HTMLElement;
  let lead: HTMLElement;
  beforeEach(async () => {
    lead = document.body.insertBefore(document.createElement('p'), document.body.firstChild);
    lead.style.height = '800px';
    await setViewport({ width: 360, height: 740 });
    document.body.style.margin = '0';
    spacer = document.body.appendChild(document.createElement('div'));
    spacer.style.height = '3000px';
  });
  afterEach(async () => {
    cleanup();
    spacer.remove();
    lead.remove();
    document.body.style.margin = '';
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  for (const [markup, tapped, panned] of charts) {
    const tag = markup.slice(1, markup.indexOf(' '));
    it(`<${tag}>: a tap shows the mark's tooltip; a pan of the page from another mark scrolls, and shows, focuses and says nothing of that mark`, async () => {
      const el = await drawn(mount<PioneerChart<unknown>>(markup, 360));
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      const root = el.shadowRoot!;
      const markEl = (key: string) => root.querySelector(`svg [data-key="${key}"]`)!;
      const label = (key: string) => el.marks.find((m) => m.key === key)!;
      // Both marks low in the window, for the finger to pan up from (the page above is a lead paragraph).
      lead.after(el.parentElement!);
      window.scrollBy(0, markEl(panned).getBoundingClientRect().top - 560);
      await frames();
      const tip = root.querySelector<HTMLElement>('.tooltip')!;
      // The tap: the tooltip at once, on the mark tapped, and the focus there.
      await touch(centre(markEl(tapped)));
      await pause(150);
      expect(tip.hidden, 'the tapped mark\'s tooltip').to.equal(false);
      const tappedMark = label(tapped);
      expect(tip.textContent).to.equal(tappedMark.tip ?? tappedMark.label);
      expect(focusedKey(el)).to.equal(tapped);
      // The pan, up the page, starting on another mark in view.
      const live = root.querySelector('.live')!;
      const said = live.textContent;
      const from = centre(markEl(panned));
      expect(from[1], 'the mark panned from is in the window').to.be.within(0, 740);
      expect(markEl(panned).contains(root.elementFromPoint(...from)), 'the finger lands on the mark, not its tooltip').to.equal(true);
      const scrolled = window.scrollY;
      const shown = await tooltipsDuring(el, () => touch(from, [from[0], from[1] - 160]));
      await pause(500);
      expect(window.scrollY - scrolled, 'the page scrolled with the finger').to.be.greaterThan(60);
      const pannedMark = label(panned);
      expect(shown, 'tooltips shown during the pan').to.not.include(pannedMark.tip ?? pannedMark.label);
      expect(focusedKey(el), 'the keyboard focus stays on the mark tapped').to.equal(tapped);
      expect(live.textContent, 'nothing new said').to.equal(said);
      expect(tip.hidden, 'the pan lets the tooltip go').to.equal(true);
    });
  }

  it('<site-map>: a pan of the page from a tile, before any tap, shows no tooltip at all', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<site-map year="2019"></site-map>', 360));
    lead.after(el.parentElement!);
    const tile = el.shadowRoot!.querySelector('svg [data-key="greater-manchester"]')!;
    window.scrollTo(0, 0);
    tile.scrollIntoView({ block: 'end' });
    await frames();
    const from = centre(tile);
    const scrolled = window.scrollY;
    const shown = await tooltipsDuring(el, () => touch(from, [from[0], from[1] - 160]));
    await pause(300);
    expect(window.scrollY - scrolled, 'the page scrolled').to.be.greaterThan(60);
    expect(shown).to.deep.equal([]);
  });
});
