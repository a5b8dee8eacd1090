/**
 * A reader who asked for less motion (prefers-reduced-motion: reduce): no mark moves to its
 * place, nor does a page's own animation of a part of the chart; and the rule that stops them
 * costs the page little style work.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { SiteMap } from '../../src/components/site-map/site-map.js';
import { cleanup, drawn, mount } from '../helpers.js';

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function reduceMotion(reduce: boolean): Promise<void> {
  await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
  await frame();
  expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the request is emulated').to.equal(reduce);
}

/** The style rules of a sheet, those inside @media and @supports blocks too. */
const styleRules = (rules: CSSRuleList): CSSStyleRule[] =>
  [...rules].flatMap((r) => (r instanceof CSSStyleRule ? [r] : r instanceof CSSGroupingRule ? styleRules(r.cssRules) : []));

describe('prefers-reduced-motion: reduce', () => {
  afterEach(async () => {
    cleanup();
    document.getElementById('page-spin')?.remove();
    await reduceMotion(false);
  });

  it('another year redraws the bars in place: no segment moves there, and a page’s animation of a part does not run', async () => {
    const style = document.createElement('style');
    style.id = 'page-spin';
    style.textContent = '@keyframes page-spin { to { opacity: 0.5; } } barrier-stack::part(svg) { animation: page-spin 1s infinite; }';
    document.head.append(style);
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 800));
    await reduceMotion(true);
    el.setAttribute('year', '2019');
    await el.updateComplete;
    await frame();
    const running = el.shadowRoot!.getAnimations().map((a) => `${a.constructor.name} on ${(a.effect as KeyframeEffect | null)?.target?.getAttribute('class') ?? (a.effect as KeyframeEffect | null)?.target?.localName}`);
    expect(running).to.deep.equal([]);
    // Not vacuous: with motion allowed, the page's animation runs on the chart's svg.
    await reduceMotion(false);
    expect(el.shadowRoot!.querySelector('svg')!.getAnimations().length, 'the page’s animation, motion allowed').to.equal(1);
  });

  it('no rule of any element sets an animation on every element (each of a page’s 50 charts’ marks): only on its parts, where a page can set one', () => {
    // Set on every element, the animation properties took about 0.1 s more of the browser's
    // style work on a page of 50 stacked-bar charts, as much as all the other rules together.
    const everyElement = [BarrierStack, PioneerTrend, PioneerCompare, PioneerTable, SiteMap, PioneerFilters].flatMap((c) =>
      (c as unknown as typeof LitElement).elementStyles.flatMap((s) => {
        const sheet = s instanceof CSSStyleSheet ? s : s.styleSheet!;
        return styleRules(sheet.cssRules)
          .filter((r) => r.selectorText.split(',').some((sel) => sel.trim() === '*') && [...r.style].some((p) => p.startsWith('animation')))
          .map((r) => `${c.name}: ${r.cssText}`);
      }),
    );
    expect(everyElement).to.deep.equal([]);
  });
});
