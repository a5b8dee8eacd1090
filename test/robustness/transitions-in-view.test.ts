/**
 * Marks move to their new places (a year changed, a filter) only in a chart the reader can see:
 * one scrolled off screen is redrawn at once, its marks already where they end. On a page of 50
 * stacked-bar charts, most below the fold, the transitions of all of them took the browser's
 * style and layout work from the page's frames.
 */
import { expect } from '@esm-bundle/chai';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import '../../src/components/site-map/site-map.js';
import { cleanup, drawn, mount } from '../helpers.js';

const frame = () => new Promise((r) => requestAnimationFrame(r));
/** A frame, and the task after it, where the window's intersection observers are told. */
const settled = async () => {
  await frame();
  await frame();
  await new Promise((r) => setTimeout(r));
};

/** The chart's marks moving to their places now (its CSS transitions running), by class. */
const moving = (el: Element): string[] =>
  el.shadowRoot!.getAnimations()
    .filter((a) => a instanceof CSSTransition)
    .map((a) => `${(a as CSSTransition).transitionProperty} of ${(a.effect as KeyframeEffect).target?.getAttribute('class')}`);

/** The segments drawn (computed x and width) elsewhere than where the redraw put them. */
const segmentsOnTheirWay = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll('rect.seg')].flatMap((seg) => {
    const cs = getComputedStyle(seg);
    const drawn = [parseFloat(cs.x), parseFloat(cs.width)];
    const placed = [Number(seg.getAttribute('x')), Number(seg.getAttribute('width'))];
    return Math.abs(drawn[0] - placed[0]) > 0.5 || Math.abs(drawn[1] - placed[1]) > 0.5 ? [`${seg.getAttribute('data-key')} at ${drawn} for ${placed}`] : [];
  });

/** A chart under a spacer far taller than the window, and the spacer. */
async function belowTheFold<T extends BarrierStack | PioneerTrend | PioneerCompare | SiteMap>(markup: string): Promise<[T, HTMLElement]> {
  const spacer = mount<HTMLElement>(`<div style="height: 3000px"></div>${markup}`, 800);
  const el = await drawn(spacer.nextElementSibling as T);
  await settled();
  return [el, spacer];
}

async function setAndDraw(el: BarrierStack | PioneerTrend | PioneerCompare | SiteMap, name: string, value: string): Promise<void> {
  el.setAttribute(name, value);
  await el.updateComplete;
  await frame();
}

describe('marks move to their new places only in a chart in the window', () => {
  afterEach(() => {
    cleanup();
    scrollTo(0, 0);
  });

  it('a stacked-bar chart in the window moves its segments to another year’s places', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 800));
    await settled();
    await setAndDraw(el, 'year', '2019');
    expect(moving(el), 'transitions running').to.include('width of seg');
    expect(segmentsOnTheirWay(el), 'segments still on their way').not.to.be.empty;
  });

  it('shown as a table and back (the figure’s classes drawn again), a chart in the window still moves its segments', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 800));
    await settled();
    await setAndDraw(el, 'mode', 'table');
    el.removeAttribute('mode');
    await drawn(el);
    await settled();
    await setAndDraw(el, 'year', '2019');
    expect(moving(el), 'transitions running').to.include('width of seg');
  });

  it('one scrolled far off screen is redrawn at once: its segments are where the year puts them; scrolled into the window, they move again, and not once it has gone', async () => {
    const [el, spacer] = await belowTheFold<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>');
    expect(spacer.getBoundingClientRect().bottom, 'the chart starts below the window').to.be.greaterThan(innerHeight);
    await setAndDraw(el, 'year', '2019');
    expect(moving(el), 'transitions running off screen').to.deep.equal([]);
    expect(segmentsOnTheirWay(el), 'segments on their way off screen').to.deep.equal([]);

    el.scrollIntoView();
    await settled();
    await setAndDraw(el, 'year', '2020');
    expect(moving(el), 'transitions running, scrolled into the window').to.include('width of seg');
    expect(segmentsOnTheirWay(el), 'segments on their way, in the window').not.to.be.empty;

    scrollTo(0, 0);
    await settled();
    await setAndDraw(el, 'year', '2019');
    expect(moving(el), 'transitions running, scrolled off screen again').to.deep.equal([]);
  });

  it('scrolling past a chart restyles none of its marks: its figure’s classes change only as it is drawn', async () => {
    // Each change of the figure's classes restyles every mark under it: on a page of 50 stacks
    // scrolled from top to bottom, about 250 ms of the browser's style work.
    const [el] = await belowTheFold<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>');
    const figure = el.shadowRoot!.querySelector('figure')!;
    const changes: string[] = [];
    const watch = new MutationObserver((records) => changes.push(...records.map(() => figure.className)));
    watch.observe(figure, { attributes: true, attributeFilter: ['class'] });
    el.scrollIntoView();
    await settled();
    scrollTo(0, 0);
    await settled();
    el.scrollIntoView();
    await settled();
    await new Promise((r) => setTimeout(r));
    expect(changes, 'the figure’s classes as the page scrolled').to.deep.equal([]);
    // Drawn in the window, it moves its marks.
    await setAndDraw(el, 'year', '2019');
    watch.disconnect();
    expect(moving(el), 'transitions running once drawn in the window').to.include('width of seg');
  });

  it('a trend’s lines and points move in the window, not off screen', async () => {
    const shown = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" items="competing-demands,different-cultures" response="very"></pioneer-trend>', 800));
    await settled();
    await setAndDraw(shown, 'response', 'fairly');
    const inWindow = moving(shown);
    expect(inWindow, 'a line moving in the window').to.include('d of line');
    expect(inWindow.filter((m) => m.startsWith('transform of point')), 'points moving in the window').not.to.be.empty;
    cleanup();

    const [el] = await belowTheFold<PioneerTrend>('<pioneer-trend measure="barrier" items="competing-demands,different-cultures" response="very"></pioneer-trend>');
    await setAndDraw(el, 'response', 'fairly');
    expect(moving(el), 'transitions running off screen').to.deep.equal([]);
  });

  for (const [markup, name, value] of [
    ['<pioneer-compare measure="barrier" dimension="organisation" show-intervals></pioneer-compare>', 'sort', 'gap'],
    ['<site-map year="2019"></site-map>', 'year', '2020'],
  ] as const) {
    const tag = markup.slice(1, markup.indexOf(' '));
    it(`<${tag}>'s marks move in the window, not off screen (${name}="${value}")`, async () => {
      const shown = await drawn(mount<PioneerCompare | SiteMap>(markup, 800));
      await settled();
      await setAndDraw(shown, name, value);
      expect(moving(shown), 'transitions running in the window').not.to.be.empty;
      cleanup();

      const [el] = await belowTheFold<PioneerCompare | SiteMap>(markup);
      await setAndDraw(el, name, value);
      expect(moving(el), 'transitions running off screen').to.deep.equal([]);
    });
  }
});
