/**
 * A filter bar and its charts pasted into a CMS that turns line breaks into markup: WordPress's
 * wpautop (the classic editor, text widgets) makes each line break between tags a `<br />` and
 * each run between blank lines a paragraph. The markup below is what it outputs for the tags
 * written one per line, and with a blank line between them. (It takes a tag starting `<p` for
 * a paragraph's own, so it puts no `<br />` before a `<pioneer-…>` tag: a `<barrier-stack>` or
 * `<site-map>` after a chart is what gets one.)
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { cleanup, drawn, mount } from '../helpers.js';
import { choose, settle } from '../filter-bar.js';

/** The tags one per line, as wpautop gives them back. */
const ONE_PER_LINE = `<pioneer-filters id="f">
<barrier-stack measure="barrier"></barrier-stack><br />
<barrier-stack measure="facilitator"></barrier-stack><br />
<site-map></site-map>
</pioneer-filters>`;

/** The tags with a blank line between them: each chart in a paragraph of its own. */
const BLANK_LINES = `<pioneer-filters id="f">
<p><barrier-stack measure="barrier"></barrier-stack></p>
<p><barrier-stack measure="facilitator"></barrier-stack></p>
<p><site-map></site-map></p>
</pioneer-filters>`;

/** Mounts `markup` on a page whose text has a theme's line height (1.7, as WordPress's themes), and waits for its charts to draw. */
async function pasted(markup: string): Promise<{ bar: PioneerFilters; charts: HTMLElement[] }> {
  const box = mount<HTMLElement>(markup).parentElement!;
  box.style.lineHeight = '1.7';
  const bar = box.querySelector<PioneerFilters>('pioneer-filters')!;
  await settle(bar);
  const charts = [...box.querySelectorAll<BarrierStack>('barrier-stack, site-map')];
  for (const chart of charts) await drawn(chart);
  return { bar, charts };
}

/** The blank space between each chart and the next, in px. */
const gaps = (charts: readonly HTMLElement[]) => charts.slice(1).map((c, i) => Math.round(c.getBoundingClientRect().top - charts[i].getBoundingClientRect().bottom));

describe('<pioneer-filters> pasted into a CMS that adds <br> and <p>', () => {
  afterEach(cleanup);

  it('the <br> wpautop puts between charts one per line adds no blank line between them (was 27 px each)', async () => {
    const { bar, charts } = await pasted(ONE_PER_LINE);
    expect(bar.querySelectorAll(':scope > br').length, 'the markup as WordPress gives it').to.equal(2);
    expect(bar.linkedCharts.length).to.equal(3);
    expect(gaps(charts)).to.deep.equal([0, 0]);
  });

  it('charts each in a paragraph (a blank line between the tags) are still linked, and follow a choice', async () => {
    const { bar, charts } = await pasted(BLANK_LINES);
    expect(charts.map((c) => c.parentElement!.localName)).to.deep.equal(['p', 'p', 'p']);
    expect(bar.linkedCharts).to.have.members(charts);
    await choose(bar, 'year', '2019');
    expect(charts.map((c) => c.getAttribute('year'))).to.deep.equal(['2019', '2019', '2019']);
  });
});
