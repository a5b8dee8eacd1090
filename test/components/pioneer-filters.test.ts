import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/site-map/site-map.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerFilters, PioneerFilterChangeDetail } from '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { FilterAttributes } from '../../src/components/base/filter-state.js';
import type { RenderResult } from '../../src/renderers/shared/types.js';
import { axeViolations } from '../a11y.js';
import { captureWarnings, cleanup, drawn, mount, expectSame } from '../helpers.js';
import { choose, enabledValues, options, select, settle, settleAll } from '../filter-bar.js';

/** Test-only charts that declare other filter keys, as <site-map> and <barrier-stack> will. */
class TestChart extends PioneerChart<string> {
  static properties = {
    year: {},
    wave: {},
    deprivation: {},
    measure: {},
    group: {},
  };
  declare year: string | null;
  declare wave: string | null;
  declare deprivation: string | null;
  declare measure: string | null;
  declare group: string | null;
  protected computeView(): string {
    return `${this.measure ?? ''} ${this.year ?? ''} ${this.group ?? ''} ${this.wave ?? ''} ${this.deprivation ?? ''}`;
  }
  protected draw(): RenderResult {
    return { marks: [], rows: [], summary: this.view ?? '' };
  }
  protected titleOf(view: string): string {
    return `test chart ${view}`;
  }
}

/** Like <site-map>: year, wave and deprivation as their own attributes, no measure. */
class TestSiteChart extends TestChart {
  static filterAttributes: FilterAttributes = { year: 'year', wave: 'wave', deprivation: 'deprivation' };
}

/** Like <barrier-stack>: a measure and a year, breakdowns through `group`. */
class TestStackChart extends TestChart {
  static filterAttributes: FilterAttributes = { year: 'year', measure: 'measure', organisation: 'group', tenure: 'group', deprivation: 'group', wave: 'group' };
  constructor() {
    super();
    this.measure = 'barrier';
    this.year = '2019';
    this.group = 'all';
  }
}

customElements.define('test-site-chart', TestSiteChart);
customElements.define('test-stack-chart', TestStackChart);

const noteOf = (bar: PioneerFilters, key: string) => bar.shadowRoot!.querySelector(`.notes li[data-key="${key}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits (2 s at most) for the status line to say `words`: it puts off its announcement while a control's changes come quickly. */
async function said(status: Element, words: string): Promise<void> {
  for (let i = 0; i < 40 && !status.textContent!.includes(words); i++) await new Promise((r) => setTimeout(r, 50));
}

async function mounted<T extends HTMLElement = PioneerFilters>(markup: string, selector = 'pioneer-filters'): Promise<T> {
  const first = mount<HTMLElement>(markup);
  const bar = (first.matches(selector) ? first : first.parentElement!.querySelector(selector)) as PioneerFilters;
  await settle(bar);
  return bar as unknown as T;
}

describe('<pioneer-filters>', () => {
  afterEach(cleanup);

  it('<pioneer-filters> is axe clean, with a labelled native select per default control and a Reset button', async () => {
    const bar = await mounted(`<pioneer-filters id="f"><pioneer-trend measure="objective"></pioneer-trend><test-stack-chart></test-stack-chart></pioneer-filters>`);
    const labels = [...bar.shadowRoot!.querySelectorAll('label')].map((l) => [l.textContent!.trim(), l.htmlFor]);
    expect(labels).to.deep.equal([
      ['Survey year', 'control-year'],
      ['Organisation type', 'control-organisation'],
      ['Years in post', 'control-tenure'],
      ['Deprivation', 'control-deprivation'],
    ]);
    for (const [, id] of labels) expect(bar.shadowRoot!.getElementById(id)!.localName).to.equal('select');
    expect(bar.shadowRoot!.querySelector('button[part="reset"]')!.textContent!.trim()).to.equal('Reset');
    expect(await axeViolations(bar)).to.deep.equal([]);
    await choose(bar, 'year', '2020');
    expect(await axeViolations(bar)).to.deep.equal([]);
  });

  it('on a page in another language, its labels and choices are marked as English', async () => {
    const bar = await mounted(`<div lang="cy"><pioneer-filters><pioneer-trend measure="objective"></pioneer-trend></pioneer-filters></div>`);
    const root = bar.shadowRoot!;
    for (const node of [root.querySelector('label'), root.querySelector('option'), root.querySelector('button[part="reset"]')]) {
      expect(node!.matches(':lang(en)'), node!.outerHTML.slice(0, 60)).to.equal(true);
    }
    expect(bar.parentElement!.matches(':lang(cy)')).to.equal(true);
  });

  it('controls="measure,year,wave" shows those controls in that order', async () => {
    const bar = await mounted(`<pioneer-filters controls="measure, year ,wave"><test-stack-chart></test-stack-chart></pioneer-filters>`);
    expect([...bar.shadowRoot!.querySelectorAll('select')].map((s) => s.name)).to.deep.equal(['measure', 'year', 'wave']);
  });

  it('each control is wide enough to show its "nothing chosen" choice in full ("Each chart\'s own measure", not "Each chart\'s own me…")', async () => {
    const bar = await mounted(`<pioneer-filters controls="measure,year,wave,deprivation,organisation,tenure"><barrier-stack></barrier-stack></pioneer-filters>`);
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const select of bar.shadowRoot!.querySelectorAll('select')) {
      const cs = getComputedStyle(select);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const text = select.options[0].textContent!.trim();
      // The text box of a select: its width less borders, padding and a browser's own drop-down
      // arrow (about 20 px; the bar's own, appearance: none, is drawn in its padding).
      const room = select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - (cs.appearance === 'none' ? 0 : 20);
      expect(ctx.measureText(text).width, `${select.name}: "${text}" in ${room.toFixed(0)} px`).to.be.at.most(room);
    }
  });

  it('a change updates every linked chart (inside, and via filters="id") and no unlinked one', async () => {
    const bar = await mounted(`<pioneer-filters id="main" controls="organisation">
        <pioneer-trend id="inside" measure="objective"></pioneer-trend>
      </pioneer-filters>
      <pioneer-trend id="named" filters="main" measure="objective"></pioneer-trend>
      <pioneer-trend id="unlinked" measure="objective"></pioneer-trend>`);
    const [inside, named, unlinked] = ['inside', 'named', 'unlinked'].map((id) => document.getElementById(id) as PioneerTrend);
    expect(bar.linkedCharts).to.have.members([inside, named]);
    await choose(bar, 'organisation', 'la');
    expect(inside.getAttribute('group')).to.equal('organisation:la');
    expect(named.getAttribute('group')).to.equal('organisation:la');
    expect(unlinked.hasAttribute('group')).to.equal(false);
    // The charts really redraw for the group.
    await drawn(named);
    expect(named.shadowRoot!.querySelector('figcaption')!.textContent).to.contain('Local authority');
    expect(unlinked.shadowRoot!.querySelector('figcaption')?.textContent ?? '').to.not.contain('Local authority');
    await choose(bar, 'organisation', '');
    expect(inside.getAttribute('group')).to.equal('all');
    expect(named.getAttribute('group')).to.equal('all');
  });

  it('two bars on one page do not interfere', async () => {
    const barA = await mounted(`<pioneer-filters id="a" controls="year">
        <test-site-chart id="in-a"></test-site-chart>
        <test-site-chart id="in-a-named-b" filters="b"></test-site-chart>
      </pioneer-filters>
      <pioneer-filters id="b" controls="year">
        <test-site-chart id="in-b"></test-site-chart>
      </pioneer-filters>
      <test-site-chart id="named-b" filters="b"></test-site-chart>
      <test-site-chart id="named-both" filters="a b"></test-site-chart>`);
    const barB = document.getElementById('b') as PioneerFilters;
    await settle(barB);
    const chart = (id: string) => document.getElementById(id)!;
    expect(barA.linkedCharts.map((c) => c.id)).to.have.members(['in-a', 'named-both']);
    expect(barB.linkedCharts.map((c) => c.id)).to.have.members(['in-a-named-b', 'in-b', 'named-b', 'named-both']);
    await choose(barA, 'year', '2017');
    expect(chart('in-a').getAttribute('year')).to.equal('2017');
    expect(chart('named-both').getAttribute('year')).to.equal('2017');
    for (const id of ['in-a-named-b', 'in-b', 'named-b']) expect(chart(id).hasAttribute('year'), id).to.equal(false);
    await choose(barB, 'year', '2020');
    for (const id of ['in-a-named-b', 'in-b', 'named-b', 'named-both']) expect(chart(id).getAttribute('year'), id).to.equal('2020');
    expect(chart('in-a').getAttribute('year')).to.equal('2017');
    expect(barA.filterState).to.deep.equal({ year: 2017 });
  });

  it('a bar inside a bar: each chart follows its nearest bar', async () => {
    const outer = await mounted(`<pioneer-filters id="outer" controls="year">
        <test-site-chart id="o"></test-site-chart>
        <pioneer-filters id="inner" controls="year"><test-site-chart id="i"></test-site-chart></pioneer-filters>
      </pioneer-filters>`);
    const inner = document.getElementById('inner') as PioneerFilters;
    await settle(inner);
    await choose(outer, 'year', '2016');
    expect(document.getElementById('o')!.getAttribute('year')).to.equal('2016');
    expect(document.getElementById('i')!.hasAttribute('year')).to.equal(false);
    expect(outer.linkedCharts.map((c) => c.id)).to.deep.equal(['o']);
  });

  it('two bars setting the measure of one chart settle (no endless back and forth)', async () => {
    const a = await mounted(`<pioneer-filters id="ma" controls="measure" measure="barrier"></pioneer-filters>
      <pioneer-filters id="mb" controls="measure" measure="facilitator"></pioneer-filters>
      <test-stack-chart filters="ma mb"></test-stack-chart>`);
    const b = document.getElementById('mb') as PioneerFilters;
    let updates = 0;
    const count = () => updates++;
    const chart = a.parentElement!.querySelector('test-stack-chart')!;
    const observer = new MutationObserver(count);
    observer.observe(chart, { attributes: true, attributeFilter: ['measure'] });
    await settle(a);
    await settle(b);
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    expect(updates).to.be.lessThan(3);
    expect(['barrier', 'facilitator']).to.include(chart.getAttribute('measure'));
  });

  it('drives a chart whose element is defined after the bar', async () => {
    const bar = await mounted(`<pioneer-filters controls="year" year="2017"><test-late-chart></test-late-chart></pioneer-filters>`);
    const late = bar.querySelector('test-late-chart')!;
    expect(late.hasAttribute('year')).to.equal(false);
    customElements.define('test-late-chart', class extends TestSiteChart {});
    await settle(bar);
    expect(late.getAttribute('year')).to.equal('2017');
  });

  it('announces a change to screen readers in a status region', async () => {
    const bar = await mounted(`<pioneer-filters controls="year,organisation"><test-stack-chart></test-stack-chart><test-stack-chart></test-stack-chart></pioneer-filters>`);
    await choose(bar, 'year', '2019');
    await choose(bar, 'organisation', 'la');
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('2 charts updated. Survey year: 2019; Organisation type: Local authority.');
  });

  it('a control\'s description (its note of unavailable choices) reads with a space after the control\'s name', async () => {
    await mounted('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    type Node = { role?: string; name?: string; description?: string; children?: Node[] };
    const tree = (await a11ySnapshot({})) as unknown as Node;
    const find = (n: Node): Node | undefined => (n.role === 'combobox' && n.name === 'Survey year' ? n : n.children?.map(find).find(Boolean));
    const select = find(tree);
    expect(select?.description).to.match(/^Survey year: 2016, 2017 and 2018: shown only in Figure 5\.1/);
  });

  it("each option is named by its text alone, with no spaces around it (the template's line breaks were read as part of it)", async () => {
    await mounted('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    type Node = { role?: string; name?: string; children?: Node[] };
    const names: string[] = [];
    const walk = (n: Node): void => {
      if (n.role === 'option' || n.role === 'MenuListOption') names.push(n.name ?? '');
      n.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as Node);
    expect(names, 'the options a screen reader lists').to.include.members(["Each chart's own year", '2019', '2020']);
    expect(names.filter((n) => n !== n.trim()), 'names with spaces around them').to.deep.equal([]);
  });

  it('a control with a long list of unavailable choices is described in one line (each disabled option says why), not the whole list', async () => {
    await mounted('<pioneer-filters controls="year,measure"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    type Node = { role?: string; name?: string; description?: string; children?: Node[] };
    const tree = (await a11ySnapshot({})) as unknown as Node;
    const find = (n: Node, name: string): Node | undefined => (n.role === 'combobox' && n.name === name ? n : n.children?.map((c) => find(c, name)).find(Boolean));
    const measure = find(tree, 'Measure')!;
    expect(measure.description).to.match(/^\d+ of \d+ choices unavailable; each says why, and the list under the bar gives every reason\.$/);
    // A short note is still the description itself.
    expect(find(tree, 'Survey year')!.description).to.match(/^Survey year: 2016, 2017 and 2018: /);
  });

  it('a linked chart given a bad attribute by script still warns, once, naming the attribute (the bar cannot resolve it)', async () => {
    const bar = await mounted('<pioneer-filters controls="organisation"><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>');
    const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
    await drawn(stack);
    await choose(bar, 'organisation', 'la');
    const warnings = await captureWarnings(async () => {
      stack.setAttribute('year', '2031');
      await settle(bar);
      await stack.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(warnings.filter((w) => w.startsWith('<barrier-stack>'))).to.have.length(1);
    expect(warnings.find((w) => w.startsWith('<barrier-stack>'))).to.match(/year="2031" is not valid/);
    expect(stack.message).to.match(/year="2031"/);
  });

  it('a linked chart changed by script (year 2019 → 2020) so that the reader\'s choice no longer fits: the bar turns that filter off and says so in its words; the chart shows no error', async () => {
    const bar = await mounted('<pioneer-filters controls="organisation"><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>');
    const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
    await drawn(stack);
    await choose(bar, 'organisation', 'la');
    expect(stack.getAttribute('group')).to.equal('organisation:la');
    expect(stack.message).to.equal(null);
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('1 chart updated. Organisation type: Local authority.');
    const warnings = await captureWarnings(async () => {
      stack.setAttribute('year', '2020');
      await settle(bar);
      await drawn(stack);
    });
    expect(stack.getAttribute('group')).to.equal('all');
    expect(stack.message, 'the chart is drawn, not an error').to.equal(null);
    expect(stack.marks.length).to.be.greaterThan(0);
    expect(bar.messages).to.have.length(1);
    expect(bar.messages[0]).to.match(/^Organisation type: Local authority is no longer available \(.+\), so that filter is off\.$/);
    expect(bar.messages[0]).to.not.contain('organisation="la"');
    // The bar warns once, in the same words; the chart, whose problem the bar resolved, not at all.
    expect(warnings).to.deep.equal([`<pioneer-filters>: ${bar.messages[0]}`]);
    expect(stack.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    // The status line no longer says the filter the reader left on (its message, an alert, says it is off).
    expect(status.textContent, 'the status line').to.equal('');
    // The bar's own writes do not set it going again: it settles, with nothing left to do.
    await settle(bar);
    await new Promise((r) => setTimeout(r, 50));
    expect(bar.isUpdatePending).to.equal(false);
    expect(stack.isUpdatePending).to.equal(false);
  });

  it('counts in its announcement only the charts the change changed', async () => {
    // The map takes the year but no organisation type; the stack takes both.
    const bar = await mounted(`<pioneer-filters controls="year,organisation"><test-stack-chart></test-stack-chart><test-site-chart></test-site-chart></pioneer-filters>`);
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    await choose(bar, 'year', '2019');
    expect(status.textContent).to.equal('2 charts updated. Survey year: 2019.');
    await choose(bar, 'organisation', 'la');
    expect(status.textContent).to.equal('1 chart updated. Survey year: 2019; Organisation type: Local authority.');
  });

  it('says which chart a filter moved to another year, where the year is left to each chart', async () => {
    // 2020 publishes no CCG/NHS barriers: the stacked bars, left to choose their own year, show
    // 2019's (the latest for the group). The trend, of every year, does not move; the map
    // takes no organisation type.
    const bar = await mounted(`<pioneer-filters controls="year,organisation"><barrier-stack measure="barrier"></barrier-stack><pioneer-trend measure="barrier"></pioneer-trend><site-map></site-map></pioneer-filters>`);
    const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
    await drawn(stack);
    expect(stack.shownYear).to.equal(2020);
    expect(bar.querySelector<PioneerTrend>('pioneer-trend')!.shownYear).to.equal(null);
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    await choose(bar, 'organisation', 'ccg-nhs');
    expect(stack.shownYear).to.equal(2019);
    expect(stack.summary).to.contain('2019');
    expect(status.textContent).to.equal('2 charts updated. Organisation type: CCG/NHS. The stacked bar chart now shows 2019, not 2020.');
    await choose(bar, 'organisation', '');
    // A second change of the same control within moments is said once the changes stop.
    await said(status, 'No filters');
    expect(status.textContent).to.equal('2 charts updated. No filters. The stacked bar chart now shows 2020, not 2019.');
    // A year the reader chose is in the filters said: no chart "moves" to it.
    await choose(bar, 'year', '2019');
    expect(stack.shownYear).to.equal(2019);
    expect(status.textContent).to.equal('2 charts updated. Survey year: 2019.');
  });

  it('says charts of one name that a filter moved alike once: "2 stacked bar charts now show 2019, not 2020."', async () => {
    const bar = await mounted(`<pioneer-filters controls="organisation"><barrier-stack measure="barrier"></barrier-stack><barrier-stack measure="barrier"></barrier-stack><barrier-stack measure="barrier" aria-label="Barriers"></barrier-stack></pioneer-filters>`);
    for (const stack of bar.querySelectorAll<BarrierStack>('barrier-stack')) await drawn(stack);
    await choose(bar, 'organisation', 'ccg-nhs');
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('3 charts updated. Organisation type: CCG/NHS. 2 stacked bar charts now show 2019, not 2020. The chart “Barriers” now shows 2019, not 2020.');
  });

  it('says which chart a filter left showing a message in place of its figures, and which shows figures again', async () => {
    // The stacked bars' own year, 2031, is not one they have: they show a message until the
    // reader chooses a year they have, and again once the year is left to each chart.
    let bar!: PioneerFilters;
    let stack!: BarrierStack;
    await captureWarnings(async () => {
      bar = await mounted(`<pioneer-filters controls="year"><barrier-stack measure="barrier" year="2031"></barrier-stack></pioneer-filters>`);
      stack = bar.querySelector<BarrierStack>('barrier-stack')!;
      await drawn(stack);
    });
    expect(stack.message).to.equal('year="2031" is not valid. Valid values: 2019, 2020.');
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    await choose(bar, 'year', '2019');
    await drawn(stack);
    expect(stack.message).to.equal(null);
    expect(stack.shownYear).to.equal(2019);
    expect(status.textContent).to.equal('1 chart updated. Survey year: 2019. The stacked bar chart shows figures again, for 2019.');
    await captureWarnings(async () => {
      await choose(bar, 'year', '');
      // A second change of the same control within moments is said once the changes stop.
      await said(status, 'No filters');
    });
    expect(stack.message).to.match(/^year="2031" is not valid/);
    expect(status.textContent).to.equal('1 chart updated. No filters. The stacked bar chart now shows a message: year="2031" is not valid.');
  });

  it('says charts of one name that went to a message, or back to figures, alike once: "2 stacked bar charts show figures again, for 2020."', async () => {
    let bar!: PioneerFilters;
    await captureWarnings(async () => {
      bar = await mounted(`<pioneer-filters controls="year"><barrier-stack measure="barrier" year="2031"></barrier-stack><barrier-stack measure="barrier" year="2031"></barrier-stack><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>`);
      for (const stack of bar.querySelectorAll<BarrierStack>('barrier-stack')) await drawn(stack);
    });
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    await choose(bar, 'year', '2020');
    // The third, drawn before and after, is in the count only.
    expect(status.textContent).to.equal('3 charts updated. Survey year: 2020. 2 stacked bar charts show figures again, for 2020.');
    await captureWarnings(async () => {
      await choose(bar, 'year', '');
      await said(status, 'No filters');
    });
    // The third goes back to its own year, said as before, by its place among the three: "the
    // stacked bar chart" now shows 2019 and "2 stacked bar charts" a message read as one of them doing both.
    expect(status.textContent).to.equal('3 charts updated. No filters. The third stacked bar chart now shows 2019, not 2020. 2 stacked bar charts now show a message: year="2031" is not valid.');
  });

  it('tells two charts of one name apart by their place when one moves and the other goes to its message: "The second stacked bar chart now shows 2020, not 2019. The first …"', async () => {
    let bar!: PioneerFilters;
    await captureWarnings(async () => {
      bar = await mounted(`<pioneer-filters controls="year"><barrier-stack measure="barrier" year="2031"></barrier-stack><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>`);
      for (const stack of bar.querySelectorAll<BarrierStack>('barrier-stack')) await drawn(stack);
    });
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    await choose(bar, 'year', '2019');
    expect(status.textContent).to.equal('2 charts updated. Survey year: 2019. The first stacked bar chart shows figures again, for 2019.');
    await captureWarnings(async () => {
      await choose(bar, 'year', '');
      await said(status, 'No filters');
    });
    expect(status.textContent).to.equal('2 charts updated. No filters. The second stacked bar chart now shows 2020, not 2019. The first stacked bar chart now shows a message: year="2031" is not valid.');
  });

  it('says a chart of every year that shows figures again without a year: "The trend chart shows figures again."', async () => {
    // response="nope" is not one of the barriers' responses; under another measure the bar
    // drops it (the trend's own response belongs to its own measure), and back it returns.
    let bar!: PioneerFilters;
    await captureWarnings(async () => {
      bar = await mounted(`<pioneer-filters controls="measure"><pioneer-trend measure="barrier" response="nope"></pioneer-trend></pioneer-filters>`);
      await drawn(bar.querySelector<PioneerTrend>('pioneer-trend')!);
    });
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    await choose(bar, 'measure', 'facilitator');
    expect(status.textContent).to.equal('1 chart updated. Measure: Facilitators of integration. The trend chart shows figures again.');
    await captureWarnings(async () => {
      await choose(bar, 'measure', '');
      await said(status, 'No filters');
    });
    expect(status.textContent).to.equal('1 chart updated. No filters. The trend chart now shows a message: response="nope" is not valid.');
  });

  describe('a message the status line says is heard once: the chart shows it without role="alert"', () => {
    type Ax = { role?: string; name?: string; children?: Ax[] };
    /** The names of the alerts in the page's accessibility tree, as a screen reader gets them. */
    const alertsSaid = async (): Promise<string[]> => {
      const found: string[] = [];
      const walk = (n: Ax): void => {
        if (n.role === 'alert') found.push(n.name || text(n));
        n.children?.forEach(walk);
      };
      const text = (n: Ax): string => [n.role === 'StaticText' ? n.name ?? '' : '', ...(n.children ?? []).map(text)].join('');
      walk((await a11ySnapshot({})) as unknown as Ax);
      return found;
    };
    /** Whether the page's accessibility tree has the text `words` (a message a reader can still find). */
    const inTree = async (words: string): Promise<boolean> => JSON.stringify(await a11ySnapshot({})).includes(JSON.stringify(words).slice(1, -1));
    const messageOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.message');

    for (const { how, markup } of [
      { how: 'inside the bar', markup: `<pioneer-filters controls="year"><barrier-stack measure="barrier" year="2031"></barrier-stack></pioneer-filters>` },
      { how: 'naming the bar in filters="…"', markup: `<pioneer-filters id="said-bar" controls="year"></pioneer-filters><p>Text between.</p><barrier-stack filters="said-bar" measure="barrier" year="2031"></barrier-stack>` },
    ]) {
      it(`a chart ${how} that a reader's choice sends to its message: no alert, the status line says it, the message is still shown and reachable`, async () => {
        let bar!: PioneerFilters;
        let stack!: BarrierStack;
        await captureWarnings(async () => {
          bar = await mounted(markup);
          stack = bar.parentElement!.querySelector<BarrierStack>('barrier-stack')!;
          await drawn(stack);
        });
        // Its first message, a bad attribute of the page's, is its own to say, as before.
        expect(messageOf(stack)!.getAttribute('role')).to.equal('alert');
        const status = bar.shadowRoot!.querySelector('[role="status"]')!;
        await choose(bar, 'year', '2019');
        // Drawn: a chart whose figures have not drawn yet shows none the line can say it leaves.
        await drawn(stack);
        expect(stack.message).to.equal(null);
        await captureWarnings(async () => {
          await choose(bar, 'year', '');
          await said(status, 'No filters');
        });
        expect(status.textContent).to.equal('1 chart updated. No filters. The stacked bar chart now shows a message: year="2031" is not valid.');
        const message = messageOf(stack)!;
        expect(message.textContent).to.equal('year="2031" is not valid. Valid values: 2019, 2020.');
        expect(message.hasAttribute('role'), 'the message is not an alert').to.equal(false);
        expect(stack.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(await alertsSaid()).to.deep.equal([]);
        // Still seen, in the reading order, and focusable.
        expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(await inTree('year="2031" is not valid. Valid values: 2019, 2020.')).to.equal(true);
        message.focus();
        expect(stack.shadowRoot!.activeElement).to.equal(message);
      });
    }

    /** A bar and a stacked bar chart of year 2031 (its message) in a box hidden until the test shows it: not measured, so not drawn, till then. */
    const hiddenStack = async () => {
      let bar!: PioneerFilters;
      let stack!: BarrierStack;
      await captureWarnings(async () => {
        bar = await mounted(`<pioneer-filters controls="year"><div class="box" style="display: none"><barrier-stack measure="barrier" year="2031"></barrier-stack></div></pioneer-filters>`);
        stack = bar.querySelector<BarrierStack>('barrier-stack')!;
        await drawn(stack);
      });
      return { bar, stack, box: bar.querySelector<HTMLElement>('.box')!, status: bar.shadowRoot!.querySelector('[role="status"]')! };
    };

    // A chart not measured yet (its box is laid out a frame or more after it is put on the page,
    // later on a busy one) draws only once measured, after its update: a reader's choice made
    // before that. Here its box is hidden until 40 ms after the change.
    it('the status line waits for a chart measured only after its update: "shows figures again" is said', async () => {
      const { bar, stack, box, status } = await hiddenStack();
      const s = select(bar, 'year');
      s.value = '2019';
      s.dispatchEvent(new Event('change', { bubbles: true }));
      setTimeout(() => (box.style.display = ''), 40);
      await said(status, 'Survey year: 2019');
      expect(status.textContent).to.equal('1 chart updated. Survey year: 2019. The stacked bar chart shows figures again, for 2019.');
      expect(stack.summary).to.not.equal('');
    });

    it('options stepped through: a chart not drawn when the line last spoke, drawn since and sent to its message, is said to show it', async () => {
      const { bar, stack, box, status } = await hiddenStack();
      // Hidden until the line has given up on it and spoken.
      await choose(bar, 'year', '2019');
      await said(status, 'Survey year: 2019');
      expect(status.textContent).to.equal('1 chart updated. Survey year: 2019.');
      box.style.display = '';
      await drawn(stack);
      expect(stack.summary).to.not.equal('');
      // The next option at once (the same control, within moments): said as one change with the last.
      await captureWarnings(async () => {
        await choose(bar, 'year', '');
        await said(status, 'No filters');
      });
      expect(status.textContent).to.equal('1 chart updated. No filters. The stacked bar chart now shows a message: year="2031" is not valid.');
      expect(messageOf(stack)!.hasAttribute('role'), 'the message is not an alert: the line says it').to.equal(false);
    });

    it('a second change before the first is said: the line says the message the first sent a chart to', async () => {
      let bar!: PioneerFilters;
      let stack!: BarrierStack;
      // The hidden trend never draws: the line waits for it (a few frames) before it speaks.
      await captureWarnings(async () => {
        bar = await mounted(`<pioneer-filters controls="year tenure"><barrier-stack measure="barrier" year="2031"></barrier-stack><div style="display: none"><pioneer-trend measure="objective"></pioneer-trend></div></pioneer-filters>`);
        stack = bar.querySelector<BarrierStack>('barrier-stack')!;
        await drawn(stack);
      });
      const status = bar.shadowRoot!.querySelector('[role="status"]')!;
      await choose(bar, 'year', '2019');
      await said(status, 'Survey year: 2019');
      await drawn(stack);
      expect(stack.message).to.equal(null);
      // Past the moments in which a change of the same control is taken as options stepped through.
      await new Promise((r) => setTimeout(r, 800));
      const tenure = enabledValues(bar, 'tenure')[0];
      await captureWarnings(async () => {
        const year = select(bar, 'year');
        year.value = '';
        year.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 20));
        expect(status.textContent, 'the first change is not said yet').to.contain('Survey year: 2019');
        await choose(bar, 'tenure', tenure);
        await said(status, 'Years in post');
      });
      expect(status.textContent).to.contain(' The stacked bar chart now shows a message: year="2031" is not valid.');
      expect(messageOf(stack)!.hasAttribute('role'), 'the message is not an alert: the line says it').to.equal(false);
    });

    it('a message the bar does not say is the chart\'s alert: a script\'s change, and a chart of no bar', async () => {
      let bar!: PioneerFilters;
      let linked!: BarrierStack;
      let alone!: BarrierStack;
      await captureWarnings(async () => {
        bar = await mounted(`<pioneer-filters controls="year"><barrier-stack measure="barrier" year="2031"></barrier-stack></pioneer-filters><barrier-stack class="alone" measure="barrier" year="2019"></barrier-stack>`);
        linked = bar.querySelector<BarrierStack>('barrier-stack')!;
        alone = bar.parentElement!.querySelector<BarrierStack>('.alone')!;
        await drawn(linked);
        await drawn(alone);
      });
      const status = bar.shadowRoot!.querySelector('[role="status"]')!;
      // The reader's choices: said by the line, not alerted.
      await choose(bar, 'year', '2019');
      await drawn(linked);
      await captureWarnings(async () => {
        await choose(bar, 'year', '');
        await said(status, 'No filters');
      });
      expect(status.textContent).to.match(/The stacked bar chart now shows a message: /);
      expect(linked.message).to.match(/^year="2031" is not valid/);
      expect(await alertsSaid()).to.deep.equal([]);
      // A script's change of the chart itself is not the line's to say: the new message is an alert.
      await captureWarnings(async () => {
        linked.setAttribute('year', '2032');
        await settle(bar);
        await linked.updateComplete;
      });
      expect(linked.message).to.match(/^year="2032" is not valid/);
      expect(messageOf(linked)!.getAttribute('role')).to.equal('alert');
      // A chart of no bar, changed by script: an alert, as always.
      await captureWarnings(async () => {
        alone.setAttribute('year', '2031');
        await alone.updateComplete;
      });
      expect(messageOf(alone)!.getAttribute('role')).to.equal('alert');
      expect((await alertsSaid()).map((s) => s.slice(0, 16))).to.have.members(['year="2032" is n', 'year="2031" is n']);
    });
  });

  it('picks up a chart added later, and stops driving a removed one', async () => {
    const bar = await mounted(`<pioneer-filters id="late" controls="year" year="2018"></pioneer-filters>`);
    const later = document.createElement('test-site-chart');
    later.setAttribute('filters', 'late');
    bar.parentElement!.appendChild(later);
    await settle(bar);
    expect(later.getAttribute('year')).to.equal('2018');
    const inside = document.createElement('test-site-chart');
    bar.appendChild(inside);
    await settle(bar);
    expect(inside.getAttribute('year')).to.equal('2018');
    later.remove();
    await settle(bar);
    await choose(bar, 'year', '2016');
    // Left with its author's attributes (it had no year), and not reached by the later choice.
    expect(later.getAttribute('year')).to.equal(null);
    expect(inside.getAttribute('year')).to.equal('2016');
  });

  describe('a chart leaving the bar, with the page\'s own change in the same task: the page\'s change wins over the author\'s attributes the bar gives back', () => {
    const caption = (el: Element) => el.shadowRoot!.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim();

    it('moved out of the bar, then group set to another value: that group is drawn', async () => {
      const bar = await mounted(`<pioneer-filters controls="organisation,tenure"><barrier-stack measure="barrier" year="2019"></barrier-stack></pioneer-filters>`);
      const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
      await choose(bar, 'organisation', 'la');
      expect(stack.getAttribute('group')).to.equal('organisation:la');
      bar.parentElement!.append(stack);
      stack.setAttribute('group', 'tenure:5-plus');
      await settleAll();
      await drawn(stack);
      expect(stack.getAttribute('group')).to.equal('tenure:5-plus');
      expect(caption(stack)).to.contain('5+ years in post');
    });

    it('moved out of the bar, then group removed: every informant is drawn, not the author\'s group', async () => {
      const bar = await mounted(`<pioneer-filters controls="organisation"><barrier-stack measure="barrier" year="2019" group="organisation:ccg-nhs"></barrier-stack></pioneer-filters>`);
      const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
      await choose(bar, 'organisation', 'la');
      bar.parentElement!.append(stack);
      stack.removeAttribute('group');
      await settleAll();
      await drawn(stack);
      expect(stack.getAttribute('group')).to.equal(null);
      expect(caption(stack)).to.not.match(/CCG|Local authority/);
      // Left alone, a chart moved out gets its author's attributes back, as before.
      const again = await mounted(`<pioneer-filters controls="organisation"><barrier-stack measure="barrier" year="2019" group="organisation:ccg-nhs"></barrier-stack></pioneer-filters>`);
      const other = again.querySelector<BarrierStack>('barrier-stack')!;
      await choose(again, 'organisation', 'la');
      again.parentElement!.append(other);
      await settleAll();
      expect(other.getAttribute('group')).to.equal('organisation:ccg-nhs');
    });

    it('its filters attribute removed, then year set: that year is drawn', async () => {
      const bar = await mounted(`<pioneer-filters id="f" controls="year"></pioneer-filters><barrier-stack filters="f" measure="barrier"></barrier-stack>`);
      const stack = bar.parentElement!.querySelector<BarrierStack>('barrier-stack')!;
      await choose(bar, 'year', '2020');
      expect(stack.getAttribute('year')).to.equal('2020');
      stack.removeAttribute('filters');
      stack.setAttribute('year', '2019');
      await settleAll();
      await drawn(stack);
      expect(stack.getAttribute('year')).to.equal('2019');
      expect(caption(stack)).to.contain('2019').and.not.contain('2020');
    });

    for (const order of ['the new bar first in the page', 'the old bar first in the page']) {
      it(`its filters changed to another bar's id (${order}), then year set: that year is drawn`, async () => {
        const bars = order.startsWith('the new')
          ? `<pioneer-filters id="g" controls="organisation"></pioneer-filters><pioneer-filters id="f" controls="year"></pioneer-filters>`
          : `<pioneer-filters id="f" controls="year"></pioneer-filters><pioneer-filters id="g" controls="organisation"></pioneer-filters>`;
        const bar = await mounted(`${bars}<barrier-stack filters="f" measure="barrier"></barrier-stack>`, '#f');
        const stack = bar.parentElement!.querySelector<BarrierStack>('barrier-stack')!;
        await choose(bar, 'year', '2020');
        expect(stack.getAttribute('year')).to.equal('2020');
        stack.setAttribute('filters', 'g');
        stack.setAttribute('year', '2019');
        await settleAll();
        await drawn(stack);
        expect(stack.getAttribute('year')).to.equal('2019');
        expect(caption(stack)).to.contain('2019').and.not.contain('2020');
      });
    }
  });

  it('with a barrier chart linked and year 2020 chosen, organisation options are disabled with the reason, and a note says why', async () => {
    const bar = await mounted(`<pioneer-filters><test-stack-chart></test-stack-chart></pioneer-filters>`);
    expect(enabledValues(bar, 'organisation')).to.deep.equal(['ccg-nhs', 'la', 'other']);
    await choose(bar, 'year', '2020');
    const org = options(bar, 'organisation').filter((o) => o.value);
    expect(org.every((o) => o.disabled)).to.equal(true);
    expect(org.map((o) => o.text)).to.deep.equal([
      'CCG/NHS (not published in the 2020 report)',
      'Local authority (not published in the 2020 report)',
      'Other (not published in the 2020 report)',
    ]);
    expect(noteOf(bar, 'organisation')).to.equal('Organisation type: not published in the 2020 report.');
    // "All organisation types" stays available.
    expect(options(bar, 'organisation')[0]).to.deep.include({ value: '', disabled: false, text: 'All organisation types' });
  });

  it("with a barrier chart whose own year is 2020 (the bar has no year control), organisation options say why they are off, not only that the chart cannot show them", async () => {
    const bar = await mounted(`<pioneer-filters controls="organisation"><barrier-stack measure="barrier" year="2020"></barrier-stack></pioneer-filters>`);
    const org = options(bar, 'organisation').filter((o) => o.value);
    expect(org.map((o) => `${o.text}${o.disabled ? ' [off]' : ''}`)).to.deep.equal([
      'CCG/NHS (not published in the 2020 report) [off]',
      'Local authority (not published in the 2020 report) [off]',
      'Other (not published in the 2020 report) [off]',
    ]);
    expect(noteOf(bar, 'organisation')).to.equal('Organisation type: not published in the 2020 report.');
  });

  it('a disabled year reads its reason mid-sentence and with no bracket inside its bracket (the data\'s words kept)', async () => {
    const bar = await mounted(`<pioneer-filters controls="year"><test-stack-chart measure="progress"></test-stack-chart></pioneer-filters>`);
    const text = (year: string) => options(bar, 'year').find((o) => o.value === year)!.text;
    // The data's reason for 2016: "Shown only in Figure 4.1 … not published as numbers (the 2020 report's legend …)."
    expect(text('2016')).to.equal(
      "2016 (shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers, the 2020 report's legend lists 2016 but its section 4 says the question was not asked in 2016)",
    );
    expect(text('2017')).to.equal('2017 (shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers)');
  });

  it('year options include only the years the linked measures have; the others say why', async () => {
    const bar = await mounted(`<pioneer-filters controls="year"><test-stack-chart></test-stack-chart></pioneer-filters>`);
    expect(enabledValues(bar, 'year')).to.deep.equal(['2019', '2020']); // barrier: Table 5.1 of each report
    const y2016 = options(bar, 'year').find((o) => o.value === '2016')!;
    expect(y2016.disabled).to.equal(true);
    // The reason recorded in the data for the figures published only as charts.
    expect(y2016.text).to.match(/^2016 \(shown only in Figure 5\.1 of the 2019 report.*; not published as numbers\)$/);
    expect(noteOf(bar, 'year')).to.match(/^Survey year: 2016, 2017 and 2018: shown only in Figure 5\.1 of the 2019 report.*; not published as numbers\.$/);
    // A chart of sites (no measure) takes every survey year.
    const site = await mounted(`<pioneer-filters controls="year"><test-site-chart></test-site-chart></pioneer-filters>`);
    expect(enabledValues(site, 'year')).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
  });

  it('measure choices follow the chosen year: objectives are not offered for 2020', async () => {
    const bar = await mounted(`<pioneer-filters controls="measure,year" year="2020"><test-stack-chart></test-stack-chart></pioneer-filters>`);
    const objective = options(bar, 'measure').find((o) => o.value === 'objective')!;
    expect(objective.disabled).to.equal(true);
    expect(objective.text).to.contain('not published for 2020');
    expect(enabledValues(bar, 'measure')).to.include.members(['barrier', 'covid-effect']);
    // Facilitators for 2020 appear only in a figure of the 2020 report.
    expect(options(bar, 'measure').find((o) => o.value === 'facilitator')!.disabled).to.equal(true);
    await choose(bar, 'measure', 'covid-effect');
    const chart = bar.querySelector('test-stack-chart')!;
    expect(chart.getAttribute('measure')).to.equal('covid-effect');
    expect(enabledValues(bar, 'year')).to.deep.equal(['2020']);
  });

  it('organisation and tenure at once: the second breakdown is disabled — the reports publish one breakdown at a time', async () => {
    const bar = await mounted(`<pioneer-filters controls="organisation,tenure"><test-stack-chart></test-stack-chart></pioneer-filters>`);
    await choose(bar, 'organisation', 'la');
    const chart = bar.querySelector('test-stack-chart')!;
    expect(chart.getAttribute('group')).to.equal('organisation:la');
    const tenure = options(bar, 'tenure').filter((o) => o.value);
    expect(tenure.every((o) => o.disabled)).to.equal(true);
    expect(tenure[0].text).to.contain('the reports publish one breakdown at a time');
    // The chosen control itself stays open.
    expect(enabledValues(bar, 'organisation')).to.deep.equal(['ccg-nhs', 'la', 'other']);
  });

  it('wave is not a published breakdown of the survey tables: disabled for a trend, offered for a map of sites', async () => {
    const bar = await mounted(`<pioneer-filters controls="wave"><pioneer-trend measure="barrier"></pioneer-trend></pioneer-filters>`);
    const waves = options(bar, 'wave').filter((o) => o.value);
    expect(waves.map((o) => o.value)).to.deep.equal(['1', '2']);
    expect(waves.every((o) => o.disabled)).to.equal(true);
    expect(waves[0].text).to.equal('Wave 1 (the reports publish no breakdown of barriers to integration by Pioneer wave)');
    const map = await mounted(`<pioneer-filters controls="wave"><test-site-chart></test-site-chart></pioneer-filters>`);
    expect(enabledValues(map, 'wave')).to.deep.equal(['1', '2']);
    await choose(map, 'wave', '2');
    expect(map.querySelector('test-site-chart')!.getAttribute('wave')).to.equal('2');
  });

  it('a control no linked chart responds to is disabled, with a visible note', async () => {
    const bar = await mounted(`<pioneer-filters><pioneer-trend measure="objective"></pioneer-trend></pioneer-filters>`);
    expect(select(bar, 'year').disabled).to.equal(true);
    expect(noteOf(bar, 'year')).to.equal('Survey year: None of the linked charts responds to survey year.');
    expect(select(bar, 'year').getAttribute('aria-describedby')).to.equal('note-year');
    expect(select(bar, 'organisation').disabled).to.equal(false);
  });

  it('offers a breakdown that custom data adds (wave:1 / wave:2 percentages)', async () => {
    const bar = await mounted(`<pioneer-filters controls="wave"><pioneer-trend measure="objective"></pioneer-trend></pioneer-filters>`);
    const trend = bar.querySelector('pioneer-trend')!;
    const row = (group: string, value: number) => ({
      measure: 'objective', item: 'joined-up', item_label: 'Joined up', year: 2019, group, response: 'selected',
      value, unit: 'percent', base: 30, source_survey: 2019, source_table: 'custom',
    });
    trend.data = [row('all', 50), row('wave:1', 40), row('wave:2', 60)];
    await trend.updateComplete;
    bar.requestUpdate();
    await settle(bar);
    expect(enabledValues(bar, 'wave')).to.deep.equal(['1', '2']);
    await choose(bar, 'wave', '1');
    expect(trend.getAttribute('group')).to.equal('wave:1');
  });

  it('fires pioneer-filter-change (bubbling, composed) with the whole filter state on each change', async () => {
    const bar = await mounted(`<pioneer-filters controls="year,organisation" year="2019"><test-stack-chart></test-stack-chart></pioneer-filters>`);
    const events: CustomEvent<PioneerFilterChangeDetail>[] = [];
    const listen = (e: CustomEvent<PioneerFilterChangeDetail>) => events.push(e);
    document.body.addEventListener('pioneer-filter-change', listen);
    try {
      await choose(bar, 'organisation', 'other');
    } finally {
      document.body.removeEventListener('pioneer-filter-change', listen);
    }
    expect(events).to.have.length(1);
    expect(events[0].bubbles).to.equal(true);
    expect(events[0].composed).to.equal(true);
    expect(events[0].detail).to.deep.equal({ year: 2019, measure: undefined, wave: undefined, deprivation: undefined, organisation: 'other', tenure: undefined });
    expect(Object.keys(events[0].detail)).to.have.members(['year', 'measure', 'wave', 'deprivation', 'organisation', 'tenure']);
  });

  it('Reset returns to the view the attributes describe, and clearing a filter restores what the chart had', async () => {
    const bar = await mounted(`<pioneer-filters controls="measure,year,organisation" year="2019">
        <test-stack-chart measure="facilitator"></test-stack-chart>
        <pioneer-trend></pioneer-trend>
      </pioneer-filters>`);
    const stack = bar.querySelector('test-stack-chart') as TestStackChart;
    const trend = bar.querySelector('pioneer-trend') as PioneerTrend;
    expect(stack.getAttribute('year')).to.equal('2019');
    await choose(bar, 'measure', 'barrier');
    await choose(bar, 'organisation', 'la');
    expect(stack.getAttribute('measure')).to.equal('barrier');
    expect(trend.measure).to.equal('barrier');
    let fired: PioneerFilterChangeDetail | undefined;
    bar.addEventListener('pioneer-filter-change', (e) => (fired = e.detail), { once: true });
    bar.shadowRoot!.querySelector<HTMLButtonElement>('button[part="reset"]')!.click();
    await settle(bar);
    expect(bar.filterState).to.deep.equal({ year: 2019 });
    expect(fired).to.deep.include({ year: 2019, organisation: undefined, measure: undefined });
    expect(select(bar, 'organisation').value).to.equal('');
    expect(stack.getAttribute('measure')).to.equal('facilitator'); // the author's attribute, back
    expect(stack.getAttribute('group')).to.equal('all');
    expect(trend.hasAttribute('measure')).to.equal(false);
    expect(trend.measure).to.equal('objective'); // the property's own default, back
    await drawn(trend);
    expect(trend.message).to.equal(null);
  });

  it('is keyboard operable: Tab reaches each control and the arrow keys change the filter', async () => {
    const bar = await mounted(`<pioneer-filters controls="organisation,tenure"><test-stack-chart></test-stack-chart></pioneer-filters>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    bar.parentElement!.insertBefore(before, bar);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expectSame(bar.shadowRoot!.activeElement, select(bar, 'organisation'));
    await sendKeys({ press: 'ArrowDown' });
    await settle(bar);
    expect(bar.filterState).to.deep.equal({ organisation: 'ccg-nhs' });
    expect(bar.querySelector('test-stack-chart')!.getAttribute('group')).to.equal('organisation:ccg-nhs');
    await sendKeys({ press: 'Tab' });
    expectSame(bar.shadowRoot!.activeElement, select(bar, 'tenure'));
    await sendKeys({ press: 'Tab' });
    expectSame(bar.shadowRoot!.activeElement, bar.shadowRoot!.querySelector('button[part="reset"]'));
    await sendKeys({ press: 'Enter' });
    await settle(bar);
    expect(bar.filterState).to.deep.equal({});
  });

  it('the focused control has a visible outline', async () => {
    const bar = await mounted(`<pioneer-filters controls="organisation"><test-stack-chart></test-stack-chart></pioneer-filters>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    bar.parentElement!.insertBefore(before, bar);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const s = getComputedStyle(select(bar, 'organisation'));
    expect(s.outlineStyle).to.equal('solid');
    expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
  });

  it('prints the chosen filters as a line of text in place of the controls', async () => {
    const bar = await mounted(`<pioneer-filters controls="year,organisation" year="2019" organisation="la"><test-stack-chart></test-stack-chart></pioneer-filters>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(bar.shadowRoot!.querySelector('.bar')!).display).to.equal('none');
      const summary = bar.shadowRoot!.querySelector('.print-summary')!;
      expect(getComputedStyle(summary).display).to.equal('block');
      expect(summary.textContent).to.equal('Filters — Survey year: 2019; Organisation type: Local authority.');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('host-page CSS does not change the controls', async () => {
    const style = document.createElement('style');
    style.textContent = '* { font-size: 30px !important; color: red; box-sizing: content-box } select, label { display: none !important } div { padding: 50px }';
    document.head.appendChild(style);
    try {
      const bar = await mounted(`<pioneer-filters controls="organisation"><test-stack-chart></test-stack-chart></pioneer-filters>`);
      const s = select(bar, 'organisation');
      expect(getComputedStyle(s).display).to.not.equal('none');
      expect(getComputedStyle(s).fontSize).to.equal('14px');
      expect(getComputedStyle(bar.shadowRoot!.querySelector('label')!).color).to.not.equal('rgb(255, 0, 0)');
    } finally {
      style.remove();
    }
  });

  it("the page's own content inside the bar keeps the page's text size, while the bar's controls take the reader's default (0.875 of it)", async () => {
    const box = mount<HTMLDivElement>('<div style="font-size: 20px"><pioneer-filters controls="year"><p>Intro</p><h2>Heading</h2><barrier-stack measure="barrier"></barrier-stack></pioneer-filters></div>');
    const bar = box.querySelector('pioneer-filters') as PioneerFilters;
    await drawn(bar.querySelector('barrier-stack') as BarrierStack);
    expect(getComputedStyle(bar.querySelector('p')!).fontSize, 'a paragraph').to.equal('20px');
    expect(getComputedStyle(bar.querySelector('h2')!).fontSize, 'a heading').to.equal('30px');
    expect(getComputedStyle(select(bar, 'year')).fontSize, 'the controls').to.equal('14px');
  });

  it("in a page's two columns, a bar of two charts is split between them, each chart whole in its column", async () => {
    const box = mount<HTMLDivElement>('<div style="column-count: 2; column-gap: 24px"><pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack><barrier-stack measure="facilitator"></barrier-stack></pioneer-filters></div>', 900);
    const charts = [...box.querySelectorAll('barrier-stack')] as BarrierStack[];
    for (const c of charts) await drawn(c);
    const [a, b] = charts.map((c) => ({ svg: c.shadowRoot!.querySelector('svg')!.getBoundingClientRect(), source: c.shadowRoot!.querySelector('.source')!.getBoundingClientRect() }));
    for (const c of [a, b]) expect(c.source.left, 'each chart whole').to.be.closeTo(c.svg.left, 2);
    expect(b.svg.left, 'the second chart in the second column').to.be.greaterThan(a.svg.right);
  });

  it('year="all", which the messages offer as a valid value, is taken: no year chosen, and no message', async () => {
    const warnings = await captureWarnings(async () => {
      const bar = await mounted(`<pioneer-filters year="all" controls="year,organisation"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>`);
      expect(bar.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
      expect(select(bar, 'year').value).to.equal('');
      expect(bar.filterState).to.deep.equal({});
    });
    expect(warnings).to.deep.equal([]);
  });

  it('keywords are taken in any case, as HTML takes its own: year="ALL" clears, organisation=" LA " chooses la', async () => {
    const warnings = await captureWarnings(async () => {
      const bar = await mounted(`<pioneer-filters year="ALL" organisation=" LA " controls="Year, Organisation"><barrier-stack measure="Barrier"></barrier-stack></pioneer-filters>`);
      expect(bar.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
      expect(select(bar, 'year').value).to.equal('');
      expect(select(bar, 'organisation').value).to.equal('la');
      expect(bar.filterState).to.deep.equal({ organisation: 'la' });
      // The chart's measure in another case is the same measure: its years are offered as for "barrier".
      const offered = [...select(bar, 'year').options].filter((o) => !o.disabled).map((o) => o.value);
      expect(offered).to.include.members(['2019', '']);
    });
    expect(warnings).to.deep.equal([]);
  });

  describe('bad attributes', () => {
    it('controls="year,colour" shows a message and warns once naming the attribute and the valid values; the valid controls still work', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted(`<pioneer-filters controls="year,colour"><test-site-chart></test-site-chart></pioneer-filters>`);
      });
      const msg = bar.shadowRoot!.querySelector('[part="message"]')!.textContent!;
      expect(msg).to.contain('controls="colour"');
      expect(msg).to.contain('year, wave, deprivation, organisation, tenure');
      expect(warnings.filter((w) => w.includes('controls="colour"'))).to.have.length(1);
      expect(warnings[0]).to.contain('Valid values: measure, year, wave, deprivation, organisation, tenure');
      expect([...bar.shadowRoot!.querySelectorAll('select')].map((s) => s.name)).to.deep.equal(['year']);
    });

    it('a misspelt attribute (yaer="2019") is named with the one meant and the bar\'s attributes, shown and warned once; the rest still works', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted('<pioneer-filters yaer="2019" controls="year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
      });
      expect(bar.messages).to.have.length(1);
      expect(bar.messages[0]).to.match(/^yaer="2019" is ignored: <pioneer-filters> has no attribute "yaer"\. Did you mean year\? Its attributes: controls, year, measure, /);
      expect(bar.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Did you mean year?');
      expect(warnings.filter((w) => w.includes('yaer'))).to.deep.equal([`<pioneer-filters>: ${bar.messages[0]}`]);
      await choose(bar, 'year', '2019');
      expect(bar.querySelector('barrier-stack')!.getAttribute('year')).to.equal('2019');
      expect(warnings.filter((w) => w.includes('yaer'))).to.have.length(1);
    });

    it('two filter bars with one id: both say so, charts naming it follow the first only, and renaming one clears it', async () => {
      let box!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        box = mount(`<div><pioneer-filters id="f" controls="year"></pioneer-filters><pioneer-filters id="f" controls="year"></pioneer-filters>
          <barrier-stack measure="barrier" filters="f"></barrier-stack></div>`);
        await settleAll(box);
      });
      const [first, second] = [...box.querySelectorAll('pioneer-filters')] as PioneerFilters[];
      const chart = box.querySelector('barrier-stack')!;
      expect(first.messages).to.deep.equal(['id="f": 2 <pioneer-filters> on this page have this id, and charts with filters="f" follow the first of them only. Give each filter bar its own id.']);
      expect(second.messages).to.deep.equal(['id="f": 2 <pioneer-filters> on this page have this id, and charts with filters="f" follow the first of them only, not this one. Give each filter bar its own id.']);
      expect(second.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('not this one');
      expect(warnings.filter((w) => w.includes('id="f"'))).to.have.length(2);
      await choose(second, 'year', '2019');
      expect(chart.hasAttribute('year'), 'the second bar does not drive it').to.equal(false);
      await choose(first, 'year', '2019');
      expect(chart.getAttribute('year')).to.equal('2019');
      second.id = 'g';
      await settleAll(box);
      expect(first.messages).to.deep.equal([]);
      expect(second.messages).to.deep.equal([]);
    });

    it('year="2031" shows a message naming the attribute and the valid years, warns once, and the year stays unset', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted(`<pioneer-filters year="2031"><test-site-chart></test-site-chart></pioneer-filters>`);
        await choose(bar, 'organisation', '');
      });
      expect(bar.messages).to.deep.equal(['year="2031" is not valid. Valid values: 2016, 2017, 2018, 2019, 2020, all.']);
      expect(bar.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('year="2031"');
      expect(warnings.filter((w) => w.includes('year="2031"'))).to.have.length(1);
      expect(bar.filterState).to.deep.equal({});
      expect(bar.querySelector('test-site-chart')!.hasAttribute('year')).to.equal(false);
    });

    it('a year no data has lists only the years the linked charts can show (not 2016–2018, which the reports only chart)', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted('<pioneer-filters controls="year,organisation" year="2030"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
      });
      expect(bar.messages).to.deep.equal(['year="2030" is not valid. Valid values: 2019, 2020, all.']);
      expect(warnings.filter((w) => w.includes('year="2030"'))).to.deep.equal(['<pioneer-filters>: year="2030" is not valid. Valid values: 2019, 2020, all.']);
      // The same list a year the data has but the chart cannot show gets.
      bar.setAttribute('year', '2017');
      await settle(bar);
      expect(bar.messages).to.deep.equal(['year="2017" is not valid: shown only in Figure 5.1 of the 2019 report and in Figure 4.2 of the 2020 report; not published as numbers. Valid values: 2019, 2020, all.']);
    });

    it('a measure when the linked charts\' data share none says so, not "Valid values: ."', async () => {
      const bar = await mounted('<pioneer-filters controls="measure,year" measure="nope"><pioneer-trend measure="objective"></pioneer-trend><pioneer-trend measure="custom-m"></pioneer-trend></pioneer-filters>');
      const own = bar.querySelectorAll('pioneer-trend')[1];
      const row = (year: number) => ({
        measure: 'custom-m', item: 'q', item_label: 'Q', year, group: 'all', response: 'selected',
        value: 50, unit: 'percent', base: 30, source_survey: 2021, source_table: 'custom',
      });
      own.data = [row(2019), row(2020)];
      await own.updateComplete;
      bar.requestUpdate();
      await settle(bar);
      expect(bar.messages).to.deep.equal(['measure="nope" is not valid. Valid values: none: no measure is in the data of every linked chart.']);
    });

    it('a long value for a control not shown is shortened in its "has no effect" message, as in every other attribute message', async () => {
      const bar = await mounted('<pioneer-filters controls="year"><test-stack-chart></test-stack-chart></pioneer-filters>');
      for (const name of ['measure', 'wave']) {
        bar.setAttribute(name, 'x'.repeat(5000));
        await settle(bar);
        expect(bar.messages).to.deep.equal([`${name}="${'x'.repeat(57)}…" has no effect: ${name} is not among controls (year).`]);
        bar.removeAttribute(name);
      }
      // And an id two bars share.
      const long = 'i'.repeat(5000);
      const twin = await mounted(`<pioneer-filters id="${long}" controls="year"></pioneer-filters><pioneer-filters id="${long}" controls="year"></pioneer-filters>`);
      await settle(twin);
      const shown = `${'i'.repeat(57)}…`;
      expect(twin.messages).to.deep.equal([`id="${shown}": 2 <pioneer-filters> on this page have this id, and charts with filters="${shown}" follow the first of them only. Give each filter bar its own id.`]);
    });

    it('year="twenty", organisation="", a value for a control not shown, and HTML in attributes: messages as text, never markup, never a throw', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted(
          `<pioneer-filters controls="year,organisation" year="twenty" organisation="" tenure="5-plus" label="&lt;img src=x onerror=alert(1)&gt;"><test-stack-chart></test-stack-chart></pioneer-filters>`,
        );
        bar.setAttribute('organisation', '<img src=x onerror="window.__pwned=1">');
        await settle(bar);
      });
      const msgs = bar.messages.join('\n');
      expect(msgs).to.contain('year="twenty" is not valid');
      expect(msgs).to.contain('tenure="5-plus" has no effect');
      expect(msgs).to.contain('organisation="<img src=x onerror="window.__pwned=1">" is not valid. Valid values: ccg-nhs, la, other, all.');
      expect(bar.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(warnings.length).to.be.at.least(3);
      expect(bar.filterState).to.deep.equal({});
    });
  });

  describe('the measure control and what the linked charts can draw', () => {
    /** The page of the report: a stacked bar chart of barriers and a trend of two objectives, linked by id. */
    const page = (bar = '') => `<pioneer-filters id="f" controls="year,measure,organisation"${bar}></pioneer-filters>
      <barrier-stack filters="f" measure="barrier"></barrier-stack>
      <pioneer-trend filters="f" measure="objective" items="quality-of-care,joined-up" response="selected"></pioneer-trend>`;
    const chartsOf = (bar: PioneerFilters) => ({
      stack: bar.parentElement!.querySelector('barrier-stack') as BarrierStack,
      trend: bar.parentElement!.querySelector('pioneer-trend') as PioneerTrend,
    });
    const legendOf = (trend: PioneerTrend) => [...trend.shadowRoot!.querySelectorAll('.legend button')].map((b) => b.getAttribute('data-item'));

    it('<pioneer-filters controls="measure"> offers only the measures every linked chart can draw; the others are disabled with the reason', async () => {
      const bar = await mounted(page());
      expect(enabledValues(bar, 'measure')).to.deep.equal(['progress', 'barrier', 'facilitator', 'covid-effect']);
      const site = options(bar, 'measure').find((o) => o.value === 'sample-site')!;
      expect(site.disabled).to.equal(true);
      expect(site.text).to.equal(
        'Key informants by Pioneer site (the stacked bar chart shows only barriers to integration, facilitators of integration, progress in meeting objectives/outcomes and effect of Covid-19 on progress)',
      );
      expect(options(bar, 'measure').find((o) => o.value === 'objective')!.text).to.contain('(the stacked bar chart shows only barriers to integration');
      expect(noteOf(bar, 'measure')).to.match(/^Measure: .* and \d+ more: the stacked bar chart shows only barriers to integration, .* and effect of Covid-19 on progress\.$/);
      expect(noteOf(bar, 'measure')).not.to.match(/barrier-stack|pioneer-trend|="|…/);
      expect(options(bar, 'measure')[0]).to.deep.include({ value: '', disabled: false, text: "Each chart's own measure" });
    });

    it('pressing ↓ in the Measure select picks a measure every linked chart draws: no chart shows an error', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted(page());
        select(bar, 'measure').focus();
        await sendKeys({ press: 'ArrowDown' });
        await settle(bar);
      });
      const { stack, trend } = chartsOf(bar);
      expect(select(bar, 'measure').value).to.equal('progress');
      expect(bar.filterState).to.deep.equal({ measure: 'progress' });
      await drawn(stack);
      await drawn(trend);
      expect(stack.message).to.equal(null);
      expect(trend.message).to.equal(null);
      expect(stack.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
      expect(trend.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
      expect(stack.shadowRoot!.querySelector('figcaption')!.textContent).to.match(/^Progress/);
      expect(trend.shadowRoot!.querySelector('figcaption')!.textContent).to.match(/^Progress/);
      expect(warnings).to.deep.equal([]);
    });

    it("a measure from the bar keeps only the trend's items and response that belong to it, and the author's come back with the chart's own measure", async () => {
      const bar = await mounted(page());
      const { trend } = chartsOf(bar);
      // Progress is asked of the same eight objectives: the two items stay; "selected" is not a progress response.
      await choose(bar, 'measure', 'progress');
      expect(trend.getAttribute('items')).to.equal('quality-of-care,joined-up');
      expect(trend.hasAttribute('response')).to.equal(false);
      await drawn(trend);
      expect(trend.message).to.equal(null);
      expect(legendOf(trend)).to.have.members(['quality-of-care', 'joined-up']);
      // No objective is a barrier: the items go, and the trend shows its default, the top barriers.
      await choose(bar, 'measure', 'barrier');
      expect(trend.hasAttribute('items')).to.equal(false);
      await drawn(trend);
      expect(trend.message).to.equal(null);
      expect(trend.shadowRoot!.querySelector('figcaption')!.textContent).to.match(/^Barriers/);
      expect(legendOf(trend)).to.have.length(5);
      // Each chart's own measure again: the author's attributes are back.
      await choose(bar, 'measure', '');
      expect(trend.getAttribute('measure')).to.equal('objective');
      expect(trend.getAttribute('items')).to.equal('quality-of-care,joined-up');
      expect(trend.getAttribute('response')).to.equal('selected');
      await drawn(trend);
      expect(trend.message).to.equal(null);
      expect(legendOf(trend)).to.have.members(['quality-of-care', 'joined-up']);
    });

    it('measure="sample-site" that a linked chart cannot draw: the bar shows a message naming measure and the valid values, and no chart shows an error', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted(page(' measure="sample-site"'));
      });
      const { stack, trend } = chartsOf(bar);
      // `all` is not a measure: the valid values are the measures alone.
      expect(bar.messages).to.deep.equal(['measure="sample-site" is not valid: the stacked bar chart shows only barriers to integration, facilitators of integration, progress in meeting objectives/outcomes and effect of Covid-19 on progress. Valid values: progress, barrier, facilitator, covid-effect.']);
      expect(bar.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('measure="sample-site" is not valid');
      expect(warnings.filter((w) => w.includes('measure="sample-site"'))).to.have.length(1);
      expect(bar.filterState).to.deep.equal({});
      await drawn(stack);
      await drawn(trend);
      expect(stack.getAttribute('measure')).to.equal('barrier');
      expect(stack.message).to.equal(null);
      expect(trend.message).to.equal(null);
    });
  });

  describe('every control offers only what every linked chart that takes it can show', () => {
    /** The README's example, with the wave control, a trend of objectives and a table linked too. */
    const page = (bar = '') => `<pioneer-filters id="f" controls="year,organisation,tenure,deprivation,wave"${bar}><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>
      <pioneer-compare measure="barrier" filters="f"></pioneer-compare>
      <pioneer-trend measure="objective" filters="f"></pioneer-trend>
      <pioneer-table measure="barrier" filters="f"></pioneer-table>`;
    const chartsOf = (bar: PioneerFilters) => [...bar.parentElement!.querySelectorAll<PioneerChart<unknown>>('barrier-stack, pioneer-compare, pioneer-trend, pioneer-table')];
    const errorsOf = async (bar: PioneerFilters) => {
      const out: string[] = [];
      for (const c of chartsOf(bar)) {
        await drawn(c);
        if (c.message) out.push(`${c.localName}: ${c.message}`);
      }
      return out;
    };

    it('Survey year 2020 is disabled with a reason in plain words, since the comparison chart shows 2019 alone', async () => {
      const bar = await mounted(page());
      expect(await errorsOf(bar)).to.deep.equal([]);
      expect(enabledValues(bar, 'year')).to.deep.equal(['2019']);
      const y2020 = options(bar, 'year').find((o) => o.value === '2020')!;
      expect(y2020.disabled).to.equal(true);
      expect(y2020.text).to.equal('2020 (the comparison chart shows only 2019)');
      expect(noteOf(bar, 'year')).to.contain('2020: the comparison chart shows only 2019');
      // Words a reader understands: no tag names, no attribute syntax, nothing cut off.
      for (const key of ['year', 'organisation', 'tenure', 'deprivation', 'wave']) {
        expect(noteOf(bar, key), key).not.to.match(/barrier-stack|pioneer-|site-map|="|…|the linked/);
        for (const o of options(bar, key)) expect(o.text, key).not.to.match(/barrier-stack|pioneer-|="|the linked/);
      }
    });

    it('Organisation type chosen: the note names the chart that does not follow it (the comparison, which shows every organisation type), and only once a choice is made', async () => {
      const bar = await mounted(page());
      expect(noteOf(bar, 'organisation')).to.not.contain('do not follow');
      await choose(bar, 'organisation', 'la');
      const compare = bar.parentElement!.querySelector<PioneerChart<unknown>>('pioneer-compare')!;
      await drawn(compare);
      expect(compare.getAttribute('dimension'), 'the comparison is left as it was').to.equal(null);
      expect(noteOf(bar, 'organisation')).to.equal('Organisation type: the comparison chart does not follow this filter.');
      await choose(bar, 'organisation', '');
      expect(noteOf(bar, 'organisation')).to.not.contain('do not follow');
    });

    it('Pioneer wave is disabled: the stacked bar chart, the table and the trend have no breakdown by wave', async () => {
      const bar = await mounted(page());
      const waves = options(bar, 'wave').filter((o) => o.value);
      expect(waves.map((o) => o.value)).to.deep.equal(['1', '2']);
      expect(waves.every((o) => o.disabled)).to.equal(true);
      expect(noteOf(bar, 'wave')).to.contain('the stacked bar chart');
      expect(noteOf(bar, 'wave')).to.contain('the trend chart');
      expect(noteOf(bar, 'wave')).to.contain('by Pioneer wave');
      // The option gives the first reason with every chart it concerns; the note gives them all.
      expect(waves[0].text).to.equal(
        'Wave 1 (the stacked bar chart and the table: the reports publish no breakdown of barriers to integration by Pioneer wave; 1 more reason in the note below)',
      );
    });

    it('two stacked bar charts of different measures are named by their measures in its notes, not both "the stacked bar chart"', async () => {
      const bar = await mounted(
        '<pioneer-filters controls="wave,organisation"><barrier-stack measure="barrier" year="2019"></barrier-stack><barrier-stack measure="facilitator" year="2019"></barrier-stack></pioneer-filters>',
      );
      const note = noteOf(bar, 'wave');
      expect(note).to.contain('the stacked bar chart of barriers to integration');
      expect(note).to.contain('the stacked bar chart of facilitators of integration');
      expect(note).to.not.match(/the stacked bar chart(?! of)/);
      // Once the bar sets them one measure, they are named alike again (not by the measures they no longer show).
      const both = await mounted(
        '<pioneer-filters controls="measure,wave"><barrier-stack measure="barrier" year="2019"></barrier-stack><barrier-stack measure="facilitator" year="2019"></barrier-stack></pioneer-filters>',
      );
      await choose(both, 'measure', 'progress');
      expect(noteOf(both, 'wave')).to.contain('the stacked bar chart: ');
      expect(noteOf(both, 'wave')).to.not.contain('of barriers');
      expect(noteOf(both, 'wave')).to.not.contain('of facilitators');
    });

    it('no linked chart shows an error after any choice the bar offers', async () => {
      const bar = await mounted(page());
      const tried: string[] = [];
      for (const key of ['year', 'organisation', 'tenure', 'deprivation', 'wave']) {
        for (const value of enabledValues(bar, key)) {
          await choose(bar, key, value);
          tried.push(`${key}=${value}`);
          expect(await errorsOf(bar), `${key}=${value}`).to.deep.equal([]);
          const trend = bar.parentElement!.querySelector('pioneer-trend')!;
          expect(trend.shadowRoot!.querySelectorAll('.legend button').length, `${key}=${value}`).to.be.greaterThan(0);
          await choose(bar, key, '');
        }
      }
      expect(tried).to.include('year=2019');
    });

    it('a map of sites alone still takes Pioneer wave and deprivation as its own filters', async () => {
      const bar = await mounted(`<pioneer-filters controls="wave,deprivation"><site-map></site-map></pioneer-filters>`);
      expect(enabledValues(bar, 'wave')).to.deep.equal(['1', '2']);
      expect(enabledValues(bar, 'deprivation')).to.deep.equal(['less', 'more']);
      await choose(bar, 'wave', '1');
      const map = bar.querySelector('site-map') as unknown as PioneerChart<unknown>;
      expect(map.getAttribute('wave')).to.equal('1');
      await drawn(map);
      expect(map.message).to.equal(null);
    });

    it('two bars syncing the URL without an id both say so on the page, whichever came first, and stop once one has an id', async () => {
      const SHARED = 'sync-url: several filter bars on this page sync the URL without an id, so they share its parameters; give each bar an id.';
      let first!: PioneerFilters, second!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        first = await mounted('<pioneer-filters controls="year" sync-url><barrier-stack measure="facilitator"></barrier-stack></pioneer-filters>');
        expect(first.messages).to.deep.equal([]);
        second = await mounted('<pioneer-filters controls="year" sync-url><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
        await settle(first);
      });
      expect(first.messages).to.deep.equal([SHARED]);
      expect(second.messages).to.deep.equal([SHARED]);
      expect(first.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('give each bar an id');
      expect(warnings.filter((w) => w.includes('share its parameters'))).to.have.length(2);
      second.id = 'second';
      await settle(second);
      await settle(first);
      expect([first.messages, second.messages]).to.deep.equal([[], []]);
      // A bar with sync-url="false" does not sync (it says so), so it shares nothing with the first.
      let off!: PioneerFilters;
      await captureWarnings(async () => {
        off = await mounted('<pioneer-filters controls="year" sync-url="false"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
        await settle(first);
      });
      expect(first.messages).to.deep.equal([]);
      expect(off.messages.join(' ')).to.not.contain('share its parameters');
    });

    it('a bar checked before its charts are parsed (a script before the markup) warns again once it has them, so the console lists the valid values the page does', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted('<pioneer-filters controls="year" year="2015"></pioneer-filters>');
        bar.append(document.createElement('barrier-stack'));
        await settle(bar);
      });
      expect(bar.messages).to.deep.equal(['year="2015" is not valid. Valid values: 2019, 2020, all.']);
      const said = warnings.filter((w) => w.includes('year="2015"'));
      expect(said[said.length - 1]).to.equal(`<pioneer-filters>: ${bar.messages[0]}`);
    });

    it('year="2020" on the bar, which the comparison chart cannot show, is not applied: a message naming year and the valid values, one warning', async () => {
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted(page(' year="2020"'));
        await choose(bar, 'organisation', 'la');
      });
      expect(bar.messages).to.deep.equal(['year="2020" is not valid: the stacked bar chart and the table: local authority: not published in the 2020 report; the comparison chart shows only 2019. Valid values: 2019, all.']);
      expect(warnings.filter((w) => w.includes('year="2020"'))).to.have.length(1);
      expect(bar.filterState).to.deep.equal({ organisation: 'la' });
      expect(await errorsOf(bar)).to.deep.equal([]);
    });

    describe('from the URL', () => {
      const original = `${location.pathname}${location.search}${location.hash}`;
      afterEach(() => history.replaceState(history.state, '', original));

      it('?f.year=2017 with sync-url, which the linked charts cannot show, is not applied: a message naming the parameter and each chart\'s own reason (the all-informant figures\' for the bars and table, the subgroup tables\' for the comparison), one warning, no chart in error', async () => {
        history.replaceState(history.state, '', `${location.pathname}?f.year=2017`);
        let bar!: PioneerFilters;
        const warnings = await captureWarnings(async () => {
          bar = await mounted(page(' sync-url'));
        });
        expect(bar.messages).to.deep.equal(['URL parameter f.year="2017" is not valid: the stacked bar chart and the table: shown only in Figure 5.1 of the 2019 report and in Figure 4.2 of the 2020 report; not published as numbers; the comparison chart shows only 2019. Valid values: 2019, all.']);
        expect(warnings.filter((w) => w.includes('f.year="2017"'))).to.have.length(1);
        expect(bar.filterState).to.deep.equal({});
        expect(select(bar, 'year').value).to.equal('');
        expect(await errorsOf(bar)).to.deep.equal([]);
      });

      it('?f.year=2020&f.organisation=la: the organisation the year rules out is dropped with why (not a bare "Valid values: all" while the select offers it)', async () => {
        history.replaceState(history.state, '', `${location.pathname}?f.year=2020&f.organisation=la`);
        const bar = await mounted(`<pioneer-filters id="f" controls="year,organisation" sync-url><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>`);
        expect(bar.filterState).to.deep.equal({ year: 2020 });
        expect(bar.messages).to.have.length(1);
        // Table 5.1 of the 2020 report has no breakdown by organisation type.
        expect(bar.messages[0]).to.match(/^URL parameter f\.organisation="la" is not valid: .*2020.*\. Valid values: all\.$/);
        expect(await errorsOf(bar)).to.deep.equal([]);
      });
    });
  });

  describe('filters="id" that names no bar', () => {
    const messageOf = (chart: Element) => chart.shadowRoot!.querySelector('[part="message"]')?.textContent?.trim() ?? null;

    for (const typo of ['main-filter', 'Main-Filters']) {
      it(`<barrier-stack filters="${typo}"> next to <pioneer-filters id="main-filters">: a message naming filters and the bar ids, and one warning`, async () => {
        let stack!: BarrierStack;
        const warnings = await captureWarnings(async () => {
          const bar = await mounted(`<pioneer-filters id="main-filters" organisation="la"></pioneer-filters>
            <pioneer-filters id="other-filters" controls="year"></pioneer-filters>
            <barrier-stack filters="${typo}" measure="barrier" year="2019"></barrier-stack>`);
          stack = bar.parentElement!.querySelector('barrier-stack') as BarrierStack;
          await drawn(stack);
          await settle(bar);
        });
        const expected = `filters="${typo}" is not valid. Valid values: main-filters, other-filters.`;
        expect(messageOf(stack)).to.equal(expected);
        expect(stack.marks).to.have.length(0); // no all-informant figures under a bar that says "Local authority"
        expect(warnings).to.deep.equal([`<barrier-stack>: ${expected}`]);
      });
    }

    it('lists the ids of the bars shortened as a value is, and leaves out an id no filters attribute can name (spaces alone)', async () => {
      const long = 'b'.repeat(5000);
      const bar = await mounted(`<pioneer-filters id="${long}" controls="year"></pioneer-filters><pioneer-filters id="   " controls="year"></pioneer-filters><barrier-stack filters="f" measure="barrier"></barrier-stack>`);
      const stack = bar.parentElement!.querySelector('barrier-stack') as BarrierStack;
      await drawn(stack);
      expect(messageOf(stack)).to.equal(`filters="f" is not valid. Valid values: ${'b'.repeat(57)}….`);
      bar.remove();
      stack.requestUpdate();
      await drawn(stack);
      expect(messageOf(stack)).to.equal('filters="f" is not valid. Valid values: none: the <pioneer-filters> here has no id a chart can name (an id without spaces or commas; give it id="f").');
    });

    it('says there is no bar, or that the bar has no id', async () => {
      const alone = mount<BarrierStack>(`<barrier-stack filters="f" measure="barrier"></barrier-stack>`);
      await drawn(alone);
      expect(messageOf(alone)).to.equal('filters="f" is not valid. Valid values: none: there is no <pioneer-filters> here.');
      const bar = await mounted(`<pioneer-filters controls="year"></pioneer-filters><barrier-stack filters="f" measure="barrier"></barrier-stack>`);
      const stack = bar.parentElement!.querySelector('barrier-stack') as BarrierStack;
      await drawn(stack);
      expect(messageOf(stack)).to.equal('filters="f" is not valid. Valid values: none: the <pioneer-filters> here has no id (give it id="f").');
      // The id the hint suggests is the value, shortened as the value is.
      const long = 'f'.repeat(5000);
      stack.setAttribute('filters', long);
      await drawn(stack);
      expect(messageOf(stack)).to.equal(`filters="${'f'.repeat(57)}…" is not valid. Valid values: none: the <pioneer-filters> here has no id (give it id="${'f'.repeat(57)}…").`);
    });

    it('while the page is loading a bar further down may not be parsed yet: no message until DOMContentLoaded, then one if the bar never came', async () => {
      // As the parser would have it: the chart is upgraded before the rest of the page is read.
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      let waiting!: BarrierStack;
      let linked!: BarrierStack;
      try {
        waiting = mount<BarrierStack>(`<barrier-stack filters="never" measure="barrier"></barrier-stack>`);
        linked = mount<BarrierStack>(`<barrier-stack filters="below" measure="barrier"></barrier-stack>`);
        await drawn(waiting);
        await drawn(linked);
        expect(messageOf(waiting)).to.equal(null);
        expect(messageOf(linked)).to.equal(null);
        mount(`<pioneer-filters id="below" controls="year"></pioneer-filters>`);
        await new Promise((r) => setTimeout(r, 0)); // the page's mutations are seen while it is still loading
        expect(messageOf(waiting)).to.equal(null);
      } finally {
        delete (document as unknown as Record<string, unknown>).readyState;
      }
      expect(document.readyState).to.equal('complete');
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await new Promise((r) => setTimeout(r, 0));
      await drawn(waiting);
      await drawn(linked);
      expect(messageOf(waiting)).to.equal('filters="never" is not valid. Valid values: below.');
      expect(messageOf(linked)).to.equal(null);
    });

    it('a bar added after the chart, or a typo fixed, clears the message and links the chart', async () => {
      const stack = mount<BarrierStack>(`<barrier-stack filters="late" measure="barrier" year="2019"></barrier-stack>`);
      await drawn(stack);
      expect(messageOf(stack)).to.equal('filters="late" is not valid. Valid values: none: there is no <pioneer-filters> here.');
      const bar = document.createElement('pioneer-filters');
      bar.id = 'lat';
      bar.setAttribute('controls', 'organisation');
      bar.setAttribute('organisation', 'la');
      stack.parentElement!.appendChild(bar);
      await settle(bar);
      await drawn(stack);
      expect(messageOf(stack)).to.equal('filters="late" is not valid. Valid values: lat.');
      bar.id = 'late';
      await settle(bar);
      await drawn(stack);
      expect(messageOf(stack)).to.equal(null);
      expect(stack.message).to.equal(null);
      expect(stack.getAttribute('group')).to.equal('organisation:la');
      expect(stack.shadowRoot!.querySelector('figcaption')!.textContent).to.contain('Local authority');
      // …and the bar removed again: the message is back.
      bar.remove();
      await drawn(stack);
      await new Promise((r) => setTimeout(r, 0));
      await drawn(stack);
      expect(messageOf(stack)).to.equal('filters="late" is not valid. Valid values: none: there is no <pioneer-filters> here.');
    });
  });

  describe('sync-url', () => {
    const original = `${location.pathname}${location.search}${location.hash}`;
    afterEach(() => history.replaceState(history.state, '', original));

    it('a load with a query string gives the same view', async () => {
      history.replaceState(history.state, '', `${location.pathname}?year=2019&organisation=la&other=kept`);
      const bar = await mounted(`<pioneer-filters sync-url controls="year,organisation"><test-stack-chart></test-stack-chart></pioneer-filters>`);
      const chart = bar.querySelector('test-stack-chart')!;
      expect(bar.filterState).to.deep.equal({ year: 2019, organisation: 'la' });
      expect(chart.getAttribute('year')).to.equal('2019');
      expect(chart.getAttribute('group')).to.equal('organisation:la');
      expect(select(bar, 'organisation').value).to.equal('la');
      expect(location.search).to.equal('?year=2019&organisation=la&other=kept'); // loading does not rewrite the URL
    });

    it('each change pushes a history entry; history.back() restores the previous state', async () => {
      history.replaceState(history.state, '', `${location.pathname}?year=2019`);
      const bar = await mounted(`<pioneer-filters sync-url controls="year,organisation"><test-stack-chart></test-stack-chart></pioneer-filters>`);
      const chart = bar.querySelector('test-stack-chart')!;
      const length = history.length;
      await choose(bar, 'organisation', 'ccg-nhs');
      expect(location.search).to.equal('?year=2019&organisation=ccg-nhs');
      // A tab keeps at most 50 entries (Chromium), which this file's earlier tests may have
      // reached: then the oldest goes, and history.back() below tells a push from a replace.
      expect(history.length).to.equal(Math.min(length + 1, 50));
      let fired: PioneerFilterChangeDetail | undefined;
      bar.addEventListener('pioneer-filter-change', (e) => (fired = e.detail), { once: true });
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      await settle(bar);
      expect(location.search).to.equal('?year=2019');
      expect(bar.filterState).to.deep.equal({ year: 2019 });
      expect(chart.getAttribute('group')).to.equal('all');
      expect(select(bar, 'organisation').value).to.equal('');
      expect(fired).to.deep.include({ year: 2019, organisation: undefined });
    });

    it('a page whose <base href> names another origin (a CMS serving its assets elsewhere): the address still follows the filters, with no error', async () => {
      history.replaceState(history.state, '', `${location.pathname}?year=2019`);
      const base = document.createElement('base');
      base.href = 'https://assets.example.org/cms/';
      document.head.prepend(base);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const warnings = await captureWarnings(async () => {
          const bar = await mounted(`<pioneer-filters sync-url controls="year,organisation"><test-stack-chart></test-stack-chart></pioneer-filters>`);
          await choose(bar, 'organisation', 'ccg-nhs');
          expect(location.search).to.equal('?year=2019&organisation=ccg-nhs');
          await choose(bar, 'organisation', 'la');
        });
        expect(location.origin).to.not.equal('https://assets.example.org');
        expect(location.search).to.equal('?year=2019&organisation=la');
        expect(errors).to.deep.equal([]);
        expect(warnings).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        base.remove();
      }
    });

    it('where the browser refuses to change the address (a sandboxed frame), the charts still follow the filters and the console says why, once', async () => {
      history.replaceState(history.state, '', `${location.pathname}?year=2019`);
      const push = history.pushState;
      history.pushState = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      try {
        let chart!: Element;
        const warnings = await captureWarnings(async () => {
          const bar = await mounted(`<pioneer-filters sync-url controls="year,organisation"><test-stack-chart></test-stack-chart></pioneer-filters>`);
          chart = bar.querySelector('test-stack-chart')!;
          await choose(bar, 'organisation', 'ccg-nhs');
          await choose(bar, 'organisation', 'la');
        });
        expect(chart.getAttribute('group')).to.equal('organisation:la');
        expect(warnings).to.deep.equal(["<pioneer-filters>: sync-url could not write the filters into the page's address (The operation is insecure.); the charts still follow the filters."]);
      } finally {
        history.pushState = push;
      }
    });

    it('a cleared control whose attribute sets it is written as "all", so the URL alone gives the view', async () => {
      history.replaceState(history.state, '', location.pathname);
      const bar = await mounted(`<pioneer-filters sync-url controls="year,organisation" year="2019"><test-stack-chart></test-stack-chart></pioneer-filters>`);
      await choose(bar, 'year', '');
      expect(location.search).to.equal('?year=all');
      const chart = bar.querySelector('test-stack-chart') as TestStackChart;
      expect(chart.hasAttribute('year')).to.equal(false);
      expect(chart.year).to.equal('2019'); // the chart's own year
      expect(bar.filterState).to.deep.equal({});
    });

    it('bars with ids share one URL through prefixed parameters and ignore each other\'s', async () => {
      history.replaceState(history.state, '', `${location.pathname}?a.year=2017&b.year=2020&year=2016`);
      const a = await mounted(`<pioneer-filters id="a" sync-url controls="year"><test-site-chart id="ca"></test-site-chart></pioneer-filters>
        <pioneer-filters id="b" sync-url controls="year"><test-site-chart id="cb"></test-site-chart></pioneer-filters>`);
      const b = document.getElementById('b') as PioneerFilters;
      await settle(b);
      expect(a.filterState).to.deep.equal({ year: 2017 });
      expect(b.filterState).to.deep.equal({ year: 2020 });
      await choose(a, 'year', '2018');
      expect(new URLSearchParams(location.search).get('a.year')).to.equal('2018');
      expect(new URLSearchParams(location.search).get('b.year')).to.equal('2020');
      expect(new URLSearchParams(location.search).get('year')).to.equal('2016');
      expect(document.getElementById('cb')!.getAttribute('year')).to.equal('2020');
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      await settle(a);
      expect(a.filterState).to.deep.equal({ year: 2017 });
      expect(b.filterState).to.deep.equal({ year: 2020 });
    });

    it('a change by script updates the URL without adding a history entry, and fires no event', async () => {
      history.replaceState(history.state, '', location.pathname);
      const bar = await mounted(`<pioneer-filters sync-url controls="year"><test-site-chart></test-site-chart></pioneer-filters>`);
      const length = history.length;
      let fired = 0;
      bar.addEventListener('pioneer-filter-change', () => fired++);
      bar.year = 2018;
      await settle(bar);
      expect(location.search).to.equal('?year=2018');
      expect(history.length).to.equal(length);
      expect(fired).to.equal(0);
      expect(bar.querySelector('test-site-chart')!.getAttribute('year')).to.equal('2018');
    });

    it('a bad value in the URL gives the message and a warning naming the parameter, and is ignored', async () => {
      history.replaceState(history.state, '', `${location.pathname}?organisation=nhs`);
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted(`<pioneer-filters sync-url controls="organisation"><test-stack-chart></test-stack-chart></pioneer-filters>`);
      });
      expect(bar.messages).to.deep.equal(['URL parameter organisation="nhs" is not valid. Valid values: ccg-nhs, la, other, all.']);
      expect(warnings).to.have.length(1);
      expect(bar.filterState).to.deep.equal({});
    });

    it('a parameter given twice with different values (?f.organisation=la&f.organisation=other) sets neither, as a bad value sets nothing: a message and one warning naming the parameter, both values and the valid values; the charts show all informants', async () => {
      history.replaceState(history.state, '', `${location.pathname}?f.organisation=la&f.organisation=other`);
      let bar!: PioneerFilters;
      const warnings = await captureWarnings(async () => {
        bar = await mounted(`<pioneer-filters id="f" sync-url controls="organisation"><barrier-stack measure="barrier" year="2019"></barrier-stack><pioneer-table measure="barrier" year="2019"></pioneer-table></pioneer-filters>`);
      });
      const said = 'URL parameter f.organisation is given twice ("la" and "other"), so neither is used; give it once. Valid values: ccg-nhs, la, other, all.';
      expect(bar.shadowRoot!.querySelector('[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null).to.equal(said);
      expect(warnings.filter((w) => w.includes('f.organisation'))).to.deep.equal([`<pioneer-filters id="f">: ${said}`]);
      expect(bar.filterState).to.deep.equal({});
      expect(select(bar, 'organisation').value).to.equal('');
      const stack = bar.querySelector<BarrierStack>('barrier-stack')!;
      const table = bar.querySelector<PioneerChart<unknown>>('pioneer-table')!;
      await drawn(stack);
      await drawn(table);
      // All informants (base 64), as with no organisation chosen: not the local authorities' figures, nor the other organisations'.
      const titleOf = (c: Element) => c.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
      expect(stack.getAttribute('group')).to.equal('all');
      expect(titleOf(stack)).to.equal('Barriers to integration, 2019');
      expect(titleOf(table)).to.equal('Barriers to integration, 2019');
      expect(stack.summary).to.contain('(44% of 64)');
      // The reader's choice replaces both in the address, and the message goes.
      await choose(bar, 'organisation', 'other');
      expect(bar.messages).to.deep.equal([]);
      expect(location.search).to.equal('?f.organisation=other');
      expect(stack.getAttribute('group')).to.equal('organisation:other');
      expect(stack.message).to.equal(null);
      expect(table.message).to.equal(null);
    });

    it('a parameter given three times (?year=2019&year=all&year=2018) names each value and sets none, over the bar\'s own year; the same value twice (?year=2018&year=2018) is that value, without a message', async () => {
      history.replaceState(history.state, '', `${location.pathname}?year=2019&year=all&year=2018`);
      const bar = await mounted(`<pioneer-filters sync-url controls="year" year="2017"><test-site-chart></test-site-chart></pioneer-filters>`);
      expect(bar.messages).to.deep.equal(['URL parameter year is given 3 times ("2019", "all" and "2018"), so none is used; give it once. Valid values: 2016, 2017, 2018, 2019, 2020, all.']);
      expect(bar.filterState).to.deep.equal({});
      expect(bar.querySelector('test-site-chart')!.hasAttribute('year')).to.equal(false);
      cleanup();
      history.replaceState(history.state, '', `${location.pathname}?year=2018&year=2018`);
      const again = await mounted(`<pioneer-filters sync-url controls="year"><test-site-chart></test-site-chart></pioneer-filters>`);
      expect(again.messages).to.deep.equal([]);
      expect(again.querySelector('test-site-chart')!.getAttribute('year')).to.equal('2018');
    });

    it('values that make one choice are one value, as the same value twice is: ?f.year=all&f.year= is All and ?f.organisation=LA&f.organisation=%20la%20 is la, without a message', async () => {
      history.replaceState(history.state, '', `${location.pathname}?f.year=all&f.year=&f.organisation=LA&f.organisation=%20la%20`);
      const warnings = await captureWarnings(async () => {
        const bar = await mounted(`<pioneer-filters id="f" sync-url controls="year,organisation" year="2019"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>`);
        expect(bar.messages).to.deep.equal([]);
        expect(bar.shadowRoot!.querySelector('[part="message"]')?.textContent?.trim() ?? '').to.equal('');
        expect(bar.filterState).to.deep.equal({ organisation: 'la' });
        expect(select(bar, 'year').value).to.equal('');
        expect(select(bar, 'organisation').value).to.equal('la');
      });
      expect(warnings.filter((w) => w.includes('given'))).to.deep.equal([]);
    });

    it('Reset after a parameter given twice (nothing else to reset) clears its message and takes it out of the address', async () => {
      history.replaceState(history.state, '', `${location.pathname}?f.year=2019&f.year=2020&page=2`);
      const bar = await mounted(`<pioneer-filters id="f" sync-url controls="year"><test-site-chart></test-site-chart></pioneer-filters>`);
      expect(bar.messages).to.deep.equal(['URL parameter f.year is given twice ("2019" and "2020"), so neither is used; give it once. Valid values: 2016, 2017, 2018, 2019, 2020, all.']);
      const message = () => bar.shadowRoot!.querySelector('[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
      expect(message()).to.contain('f.year is given twice');
      bar.shadowRoot!.querySelector<HTMLButtonElement>('button[part="reset"]')!.click();
      await settle(bar);
      expect(message(), 'the message goes with Reset').to.equal(null);
      expect(bar.messages).to.deep.equal([]);
      expect(location.search, 'the address keeps only what is not the bar\'s').to.equal('?page=2');
      expect(bar.filterState).to.deep.equal({});
    });

    it('back to an address with a parameter given twice shows its message again, though the filters it leaves are the same; forward again, it goes', async () => {
      history.replaceState(history.state, '', `${location.pathname}?f.year=2019&f.year=2020`);
      const bar = await mounted(`<pioneer-filters id="f" sync-url controls="year"><test-site-chart></test-site-chart></pioneer-filters>`);
      const message = () => bar.shadowRoot!.querySelector('[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
      expect(message()).to.contain('f.year is given twice');
      await choose(bar, 'year', '2020');
      await choose(bar, 'year', '');
      expect(message()).to.equal(null);
      expect(bar.filterState).to.deep.equal({});
      const step = async (n: number) => {
        const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
        history.go(n);
        await popped;
        await settle(bar);
      };
      await step(-2);
      expect(new URLSearchParams(location.search).getAll('f.year')).to.deep.equal(['2019', '2020']);
      expect(bar.filterState, 'no year, as before').to.deep.equal({});
      expect(message(), 'the address given twice again').to.contain('f.year is given twice ("2019" and "2020")');
      await step(2);
      expect(location.search).to.equal('');
      expect(message(), 'forward to the address without it').to.equal(null);
    });

    for (const off of ['false', 'no', 'off', '0']) {
      it(`sync-url="${off}" gives the message saying to leave it out, warns once, and neither reads nor writes the URL`, async () => {
        history.replaceState(history.state, '', `${location.pathname}?year=2019`);
        let bar!: PioneerFilters;
        const warnings = await captureWarnings(async () => {
          bar = await mounted(`<pioneer-filters sync-url="${off}" controls="year"><test-site-chart></test-site-chart></pioneer-filters>`);
          await choose(bar, 'year', '2018');
        });
        expect(bar.messages).to.deep.equal([
          `sync-url="${off}" is not valid. Valid values: the attribute present to turn it on (sync-url, or sync-url=""); leave it out to turn it off.`,
        ]);
        expect(bar.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain(`sync-url="${off}"`);
        expect(warnings.filter((w) => w.includes('sync-url='))).to.have.length(1);
        expect(bar.filterState).to.deep.equal({ year: 2018 });
        expect(location.search).to.equal('?year=2019');
      });
    }

    it('without sync-url the URL is neither read nor written', async () => {
      history.replaceState(history.state, '', `${location.pathname}?year=2019`);
      const bar = await mounted(`<pioneer-filters controls="year"><test-site-chart></test-site-chart></pioneer-filters>`);
      expect(bar.filterState).to.deep.equal({});
      await choose(bar, 'year', '2018');
      expect(location.search).to.equal('?year=2019');
    });
  });

  it('releases its observers on disconnect: a chart added after removal is not driven', async () => {
    const bar = await mounted(`<pioneer-filters id="gone" controls="year" year="2019"></pioneer-filters>`);
    const parent = bar.parentElement!;
    bar.remove();
    const chart = document.createElement('test-site-chart');
    chart.setAttribute('filters', 'gone');
    parent.appendChild(chart);
    await new Promise((r) => setTimeout(r, 20));
    expect(chart.hasAttribute('year')).to.equal(false);
    parent.appendChild(bar);
    await settle(bar);
    expect(chart.getAttribute('year')).to.equal('2019');
  });
});
