// What README says, done literally (an audit of the README followed to the letter found these).
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';
import { headingName } from '../table-headings.js';

const messageOf = (el: Element) => el.shadowRoot!.querySelector('[part=message]')?.textContent ?? null;
/** The years heading a table's columns (a year over its responses, or "Very significant, 2019"). */
const columnYears = (el: Element) => [...new Set([...el.shadowRoot!.querySelectorAll('thead th')].slice(1).map((th) => /\b(20\d\d)\b/.exec(headingName(th))?.[1]).filter(Boolean))];

describe('README, literally', () => {
  afterEach(cleanup);

  it('<pioneer-table year="ALL"> is every year, as leaving year out is', async () => {
    const all = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="ALL"></pioneer-table>'));
    const none = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier"></pioneer-table>'));
    expect(messageOf(all)).to.equal(null);
    // Every year of barriers: with a figure printed, or shown only as a chart (read as the report
    // years, 2019 and 2020, while a heading's year ran into its base, "2016base 97; 2019 report…").
    const { rows, missing } = bundledDataset();
    const years = [...new Set([...rows, ...missing].filter((r) => r.measure === 'barrier').map((r) => String(r.year)))].sort();
    expect(years.length, 'years of barriers').to.be.greaterThan(2);
    expect(columnYears(all)).to.deep.equal(years);
    expect(all.shadowRoot!.querySelector('table')!.textContent).to.equal(none.shadowRoot!.querySelector('table')!.textContent);
  });

  it('<pioneer-table year="1999">: the message lists all among the valid values', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="1999"></pioneer-table>'));
    expect(messageOf(el)).to.equal('year="1999" is not valid. Valid values: 2019, 2020, all.');
  });

  it('theme="Dark" (any case) is the dark theme', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<barrier-stack theme="Dark"></barrier-stack>'));
    const light = await drawn(mount<PioneerChart<unknown>>('<barrier-stack theme="light"></barrier-stack>'));
    expect(messageOf(el)).to.equal(null);
    const bg = (e: Element) => getComputedStyle(e.shadowRoot!.querySelector('figure')!).backgroundColor;
    expect(bg(el)).not.to.equal(bg(light));
  });

  it('<pioneer-table> has no height (it is as tall as its rows): height="banana" does not take its table away, and is said to be ignored', async () => {
    let note = '';
    const warnings = await captureWarnings(async () => {
      const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="2019" height="banana"></pioneer-table>'));
      expect(messageOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(10);
      note = el.shadowRoot!.querySelector('.attribute-note')?.textContent?.trim() ?? '';
    });
    const said = 'height="banana" is ignored: <pioneer-table> has no attribute "height" (other elements of pioneer-viz have one).';
    expect(note).to.equal(said);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(said);
  });

  it("<pioneer-table>'s misspelt-attribute warning lists only the attributes it uses (not the inherited height, mode, print-table)", async () => {
    const warnings = await captureWarnings(async () => {
      await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" yaer="2019"></pioneer-table>'));
    });
    expect(warnings).to.have.length(1);
    const listed = /Its attributes: ([^.]+)\./.exec(warnings[0])![1].split(', ');
    expect(listed).to.include.members(['measure', 'year', 'group', 'responses', 'items', 'theme']);
    expect(listed).not.to.include('height');
    expect(listed).not.to.include('mode');
    expect(listed).not.to.include('print-table');
  });

  it('custom-elements.json: <pioneer-table> fires no pioneer-select (README: every chart but the table does)', async () => {
    const decls = ((await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[] }).modules.flatMap((m) => m.declarations ?? []);
    const events = (tag: string) => decls.find((d) => d.tagName === tag)!.events?.map((e) => e.name) ?? [];
    expect(events('pioneer-table')).not.to.include('pioneer-select');
    expect(events('barrier-stack')).to.include('pioneer-select');
  });

  it("a filter bar's note of several sentences starts each with a capital", async () => {
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"><barrier-stack measure="barrier"></barrier-stack><pioneer-trend measure="barrier"></pioneer-trend></pioneer-filters>');
    const [stack, trend] = [...bar.querySelectorAll<PioneerChart<unknown>>('barrier-stack, pioneer-trend')];
    await drawn(stack);
    await drawn(trend);
    await bar.updateComplete;
    const select = bar.shadowRoot!.querySelector('select')!;
    select.value = '2019';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await bar.updateComplete;
    await drawn(stack);
    await bar.updateComplete;
    const note = bar.shadowRoot!.querySelector('[part~="notes"] li[data-key="year"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(note).to.match(/\. The trend chart does not follow this filter\.$/);
    expect(note).not.to.match(/\. [a-z]/);
  });

  it("README's example of a disabled choice's reason is what a filter bar over a comparison says, word for word", async () => {
    const readme = (await (await fetch('/README.md')).text()).replace(/\s+/g, ' ');
    const quoted = /with the reason in plain words under the bar \(for a bar linking a comparison: "([^"]+)"\)/.exec(readme)![1];
    const bar = mount<PioneerFilters>('<pioneer-filters controls="year"><pioneer-compare measure="barrier" dimension="organisation"></pioneer-compare></pioneer-filters>');
    await drawn(bar.querySelector<PioneerChart<unknown>>('pioneer-compare')!);
    await bar.updateComplete;
    const note = bar.shadowRoot!.querySelector('[part~="notes"] li[data-key="year"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(note.replace(/\.$/, '')).to.equal(quoted);
  });
});
