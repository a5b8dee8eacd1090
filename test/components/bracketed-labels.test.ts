/**
 * A researcher's labels and reasons with brackets of their own ("Other (please specify)", a note
 * left open, "Suppressed (see section 4"), where the charts put them inside brackets: read as the
 * project writes bracketed text (inBrackets), never a bracket inside another, and no bracket left
 * open or closing nothing.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerCompare } from '../../src/components/pioneer-compare/pioneer-compare.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { SiteMap } from '../../src/components/site-map/site-map.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { inBrackets } from '../../src/renderers/shared/format.js';
import { cleanup, disclosureButton, drawn, mount } from '../helpers.js';

const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** How deep brackets go in `text` (1 where none is inside another), and whether every bracket is matched. */
function brackets(text: string): { depth: number; balanced: boolean } {
  let depth = 0;
  let max = 0;
  let balanced = true;
  for (const c of text) {
    if (c === '(') max = Math.max(max, ++depth);
    else if (c === ')' && --depth < 0) { balanced = false; depth = 0; }
  }
  return { depth: max, balanced: balanced && depth === 0 };
}

const row = (o: Record<string, unknown>) => ({
  measure: 'barrier', item: 'other', item_label: 'Other (please specify)', year: 2021, group: 'all', response: 'very',
  value: 12, unit: 'count', base: '', source_survey: 2021, source_table: '3', ...o,
});
const siteRow = (item: string, item_label: string, value: number) => ({
  measure: 'sample-site', item, item_label, year: 2021, group: 'all', response: 'count', value, unit: 'count', base: '', source_survey: 2021, source_table: '1',
});

describe('a researcher\'s labels and reasons with brackets, inside the charts\' brackets', () => {
  afterEach(cleanup);

  it('the stacked bars\' message on counts names an item "Other (please specify)" without a bracket inside a bracket', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2021"></barrier-stack>', 720);
    el.data = [row({}), row({ response: 'fairly', value: 20 })];
    await drawn(el);
    const message = words(el.shadowRoot!.querySelector('[role="alert"], .message')?.textContent ?? el.message);
    expect(message).to.contain('give numbers of informants (unit "count", e.g. Other, please specify). Give percentages');
    expect(brackets(message), message).to.deep.equal({ depth: 1, balanced: true });
  });

  it('the map\'s message names a researcher\'s sites, bracketed and left open in their labels, one bracket deep and each closed', async () => {
    const el = mount<SiteMap>('<site-map year="2021"></site-map>', 720);
    el.data = [siteRow('north-clinic', 'North clinic (Leeds)', 3), siteRow('hub', 'Hub (see section 4', 2)];
    await drawn(el);
    const message = words(el.shadowRoot!.querySelector('[role="alert"], .message')?.textContent ?? el.message);
    expect(message).to.contain("the data's sites for 2021 are none of them (North clinic, Leeds; Hub, see section 4). Show their counts");
    expect(brackets(message), message).to.deep.equal({ depth: 1, balanced: true });
  });

  it('the map\'s summary names a Pioneer site with no informants, "East London (WEL)", without a bracket inside a bracket', async () => {
    const el = mount<SiteMap>('<site-map year="2021"></site-map>', 720);
    el.data = [siteRow('east-london-wel', 'East London (WEL)', 0), siteRow('leeds', 'Leeds', 4), siteRow('kent', 'Kent', 2)];
    await drawn(el);
    expect(el.summary).to.contain('in 2021, 2 had at least one informant (none from East London, WEL); most: Leeds (4).');
    expect(brackets(el.summary), el.summary).to.deep.equal({ depth: 1, balanced: true });
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(el.summary);
  });

  it('a gap\'s note left open ("Suppressed (see section 4") is closed where the description brackets it, its words kept', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>', 800);
    el.data = [
      row({ item: 'a', item_label: 'Barrier A', year: 2020, value: 40, unit: 'percent', base: 40, source_survey: 2020 }),
      { ...row({ item: 'a', item_label: 'Barrier A', value: '', unit: '', source_survey: 2021 }), note: 'Suppressed (see section 4' },
    ];
    await drawn(el);
    disclosureButton(el, 'description').click();
    await el.updateComplete;
    const said = words(el.shadowRoot!.querySelector('.long-description')!.textContent);
    expect(said).to.contain('2021 no figure (suppressed, see section 4)');
    expect(brackets(said), said).to.deep.equal({ depth: 1, balanced: true });
  });

  it('an item\'s label with a bracket left open is closed where the chart names it, so the words after it are not read inside it; one closing nothing is dropped', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>', 800);
    el.data = [
      row({ item: 'staff', item_label: 'Lack of staff (see section 4', value: 20, unit: 'percent', base: 40 }),
      row({ item: 'money', item_label: 'Money) issues', value: 30, unit: 'percent', base: 40 }),
    ];
    await drawn(el);
    expect(el.marks.map((m) => m.label)).to.deep.equal([
      'Money issues, 2021: 30% very significant (base 40; survey 2021, Table 3)',
      'Lack of staff (see section 4), 2021: 20% very significant (base 40; survey 2021, Table 3)',
    ]);
    const legend = [...el.shadowRoot!.querySelectorAll('.legend button')].map((b) => words(b.textContent));
    expect(legend).to.deep.equal(['Money issues', 'Lack of staff (see section 4)']);
    for (const text of [el.summary, ...el.marks.map((m) => m.label)]) expect(brackets(text), text).to.deep.equal({ depth: 1, balanced: true });
  });

  it('a gap\'s note left open is closed where the chart says it before other words: the mark\'s name and the note naming its cells', async () => {
    const el = mount<PioneerCompare>('<pioneer-compare measure="barrier" dimension="organisation" year="2021" response="very"></pioneer-compare>', 720);
    el.data = [
      row({ item: 'a', item_label: 'Barrier A', group: 'organisation:ccg-nhs', value: 40, unit: 'percent', base: 40 }),
      row({ item: 'b', item_label: 'Barrier B', group: 'organisation:ccg-nhs', value: 30, unit: 'percent', base: 40 }),
      row({ item: 'b', item_label: 'Barrier B', group: 'organisation:la', value: 20, unit: 'percent', base: 20 }),
      { ...row({ item: 'a', item_label: 'Barrier A', group: 'organisation:la', value: '', unit: '' }), note: 'Suppressed (small base (n<5)' },
    ];
    await drawn(el);
    const gap = el.marks.find((m) => /no figure/.test(m.label))!.label;
    expect(gap).to.equal('Barrier A, Local authority (n=20): no figure. Suppressed (small base (n<5))');
    const notes = [...el.shadowRoot!.querySelectorAll('text.note')].map((t) => t.textContent).join(' ');
    expect(words(notes)).to.contain('Suppressed (small base (n<5)): Barrier A (Local authority).');
    for (const text of [gap, notes]) expect(brackets(text).balanced, text).to.equal(true);
  });

  it('inBrackets: a bracket left open is closed at the end of the text, one closing nothing is dropped', () => {
    expect(inBrackets('Suppressed (small base (n<5)')).to.equal('(Suppressed, small base, n<5)');
    expect(inBrackets('see section 4 (text')).to.equal('(see section 4, text)');
    expect(inBrackets('(see section 4')).to.equal('(see section 4)');
    expect(inBrackets('Money) issues')).to.equal('(Money issues)');
    expect(inBrackets('a (b) c')).to.equal('(a, b, c)');
  });
});
