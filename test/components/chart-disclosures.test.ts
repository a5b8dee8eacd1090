// The Download menu and "Describe this chart": disclosures (a button with aria-expanded), what
// each shows rendered only while it is open.
import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { cleanup, disclosure, disclosureButton, drawn, isOpen, mount, expectSame } from '../helpers.js';
import { inBrackets, midSentence } from '../../src/renderers/shared/format.js';

const stack = () => drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 800));
const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** How deep brackets go in `text`: 1 where none is inside another. */
const maxBracketDepth = (text: string) => [...text].reduce(([depth, max], c) => (c === '(' ? [depth + 1, Math.max(max, depth + 1)] : c === ')' ? [depth - 1, max] : [depth, max]), [0, 0])[1];

type Ax = { role?: string; name?: string; expanded?: boolean; children?: Ax[] };
async function axNode(name: string): Promise<Ax | undefined> {
  const find = (n: Ax): Ax | undefined => (n.name === name ? n : n.children?.map(find).find(Boolean));
  return find((await a11ySnapshot({})) as unknown as Ax);
}

describe('the Download menu and "Describe this chart" (disclosures)', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    cleanup();
  });

  it('each is a button a screen reader gives as collapsed, then expanded once pressed, with the same name and text as before', async () => {
    const el = await stack();
    const title = words(el.shadowRoot!.querySelector('.title')!.textContent);
    for (const [part, name, text] of [
      ['menu', `Download or cite this chart: ${title}`, 'Download'],
      ['description', `Describe this chart: ${title}`, 'Describe this chart'],
    ] as const) {
      const button = disclosureButton(el, part);
      expect(words(button.textContent), part).to.equal(text);
      expect(button.getAttribute('type'), part).to.equal('button');
      expect(disclosure(el, part).getAttribute('part')).to.equal(part);
      const closed = await axNode(name);
      expect([closed?.role, Boolean(closed?.expanded)], `${part} closed`).to.deep.equal(['button', false]);
      button.click();
      expect(button.getAttribute('aria-expanded'), part).to.equal('true');
      const open = await axNode(name);
      expect([open?.role, open?.expanded], `${part} open`).to.deep.equal(['button', true]);
      button.click();
      expect(button.getAttribute('aria-expanded'), part).to.equal('false');
    }
  });

  it('closed, the menu\'s items and the description\'s container are not in the page; open, they are, and Tab reaches each item', async () => {
    const el = await stack();
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.menu-items, [data-action]').length, 'no menu items while closed').to.equal(0);
    expect(root.querySelector('.long-description'), 'no description container while closed').to.equal(null);
    expect(isOpen(el, 'menu')).to.equal(false);
    disclosureButton(el, 'menu').focus();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(el, 'menu')).to.equal(true);
    const items = [...root.querySelectorAll<HTMLButtonElement>('.menu-items button')];
    expect(items.map((b) => b.textContent)).to.deep.equal(['Data (CSV)', 'Chart (SVG)', 'Chart (PNG, 2×)', 'Copy citation']);
    for (const item of items) {
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement, item.textContent!).to.equal(item);
      expect(item.getBoundingClientRect().height, `${item.textContent} shown`).to.be.greaterThan(0);
    }
    // Closed again, they are gone (not hidden).
    disclosureButton(el, 'menu').click();
    expect(root.querySelectorAll('.menu-items, [data-action]').length).to.equal(0);
  });

  it('Escape on an item closes the menu and gives the focus back to its button', async () => {
    const el = await stack();
    const root = el.shadowRoot!;
    const button = disclosureButton(el, 'menu');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.textContent).to.equal('Chart (SVG)');
    await sendKeys({ press: 'Escape' });
    expect(isOpen(el, 'menu')).to.equal(false);
    expect(root.activeElement === button, `the focus back on Download, not ${root.activeElement?.textContent ?? 'the page'}`).to.equal(true);
    // And Enter opens it again from there.
    await sendKeys({ press: 'Enter' });
    expect(isOpen(el, 'menu')).to.equal(true);
  });

  it('the focus leaving the menu (Shift+Tab back to Chart/Table) closes it', async () => {
    const el = await stack();
    disclosureButton(el, 'menu').focus();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(el, 'menu')).to.equal(true);
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Tab' });
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Table');
    expect(isOpen(el, 'menu')).to.equal(false);
  });

  it('a click outside the menu closes it, also where that click moves no focus (opened by a script or by Safari\'s click, which does not focus a button)', async () => {
    const el = await stack();
    el.scrollIntoView();
    // Opened without giving its button the focus.
    disclosureButton(el, 'menu').click();
    expectSame(el.shadowRoot!.activeElement, null, 'no focus in the menu');
    expect(isOpen(el, 'menu')).to.equal(true);
    // A click on the title (text, not focusable), away from the menu.
    const title = el.shadowRoot!.querySelector('.title')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(title.left + 5), Math.round(title.top + title.height / 2)] });
    expect(isOpen(el, 'menu')).to.equal(false);
  });

  it('a click on an item (the mouse) downloads, closes the menu and leaves the focus on its button', async () => {
    const el = await stack();
    el.scrollIntoView();
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) saved.push(this.download);
      else click.call(this);
    };
    try {
      const centre = (e: Element): [number, number] => {
        const r = e.getBoundingClientRect();
        return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
      };
      await sendMouse({ type: 'click', position: centre(disclosureButton(el, 'menu')) });
      expect(isOpen(el, 'menu')).to.equal(true);
      await sendMouse({ type: 'click', position: centre(el.shadowRoot!.querySelector('[data-action="csv"]')!) });
      expect(saved).to.have.length(1);
      expect(saved[0]).to.match(/\.csv$/);
      expect(isOpen(el, 'menu')).to.equal(false);
      expectSame(el.shadowRoot!.activeElement, disclosureButton(el, 'menu'));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('the long description appears when opened, follows a redraw while open, stays open until pressed again', async () => {
    const el = await stack();
    const button = disclosureButton(el, 'description');
    button.click();
    expect(isOpen(el, 'description')).to.equal(true);
    const text = () => words(el.shadowRoot!.querySelector('.long-description')?.textContent);
    expect(text()).to.match(/^16 barriers, 2020\./);
    expect(text()).to.contain('Significant financial constraints within the local health and social care economy: Very significant 48%');
    // Another year drawn while it is open: it says that year's figures.
    el.year = 2019;
    await drawn(el);
    await el.updateComplete;
    expect(isOpen(el, 'description'), 'still open after the redraw').to.equal(true);
    expect(text()).to.match(/^13 barriers, 2019\./);
    expect(text()).to.contain('Very significant 44%');
    // The focus moving elsewhere leaves it open (it is content, not a popup).
    el.shadowRoot!.querySelector<SVGElement>('svg')!.focus();
    expect(isOpen(el, 'description')).to.equal(true);
    button.click();
    expect(isOpen(el, 'description')).to.equal(false);
    // Closed through a redraw and opened again: the figures drawn now.
    el.year = 2020;
    await drawn(el);
    button.click();
    expect(text()).to.match(/^16 barriers, 2020\./);
  });

  it('with a compare year, the description says each year once, the chart\'s own first as drawn, and a year an item has no figures for once', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" compare-year="2019"></barrier-stack>', 800));
    disclosureButton(el, 'description').click();
    const items = [...el.shadowRoot!.querySelectorAll('.long-description li')].map((li) => words(li.textContent));
    expect(items.length).to.equal(16);
    // Figures of the 2020 report's Table 5.2 and the 2019 report's Table 5.1, as the chart draws them: 2020's bar above 2019's.
    expect(items).to.include(
      'Significant financial constraints within the local health and social care economy: 2020: Very significant 48%, Fairly significant 41%, Not significant 7%, Don\'t know 4%; 2019: Very significant 44%, Fairly significant 44%, Not significant 6%, Don\'t know 6%',
    );
    expect(items).to.include('Diversion of staff resources to deal with Covid-19 pandemic: 2020: Very significant 44%, Fairly significant 24%, Not significant 26%, Don\'t know 6%; 2019: no figures (the reports give this item for 2020 only)');
    const drawnFirst = [...el.shadowRoot!.querySelectorAll('.long-description li')].every((li) => /: 2020: .*; 2019: /.test(words(li.textContent)));
    expect(drawnFirst, 'every item: 2020 before 2019').to.equal(true);
  });

  it('the description says once what every figure shares (a response, a group), and a run of years without a figure for one reason once', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" group="organisation:la"></pioneer-trend>', 800));
    disclosureButton(el, 'description').click();
    const box = el.shadowRoot!.querySelector('.long-description')!;
    expect(words(box.querySelectorAll('p')[1]?.textContent)).to.equal('Every figure below: Very significant, Local authority.');
    // The 2019 report's Table 5.2: 57% of the 21 LA informants; its LA figures are of 2019 alone.
    const first = words(box.querySelector('li')!.textContent);
    expect(first).to.equal(
      'Significant financial constraints within the local health and social care economy: 2016, 2017 and 2018 no figure (the reports give this measure for local authority in 2019 only); 2019 57%; 2020 no figure (the reports give this measure for local authority in 2019 only)',
    );
    expect(box.textContent).to.not.contain('Very significant, 2016');
  });

  it('the description reads a reason mid-sentence: a capital that only started it lowered, a table\'s or figure\'s name kept', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>', 800));
    disclosureButton(el, 'description').click();
    const first = words(el.shadowRoot!.querySelector('.long-description li')!.textContent);
    // The 2016–2018 barriers are drawn only in the 2019 report's Figure 5.1 (the 2020 report's Figure 4.2).
    // (With the bases the 2019 report prints under its figure: trend-figure-bases.test.ts.)
    expect(first).to.match(/: 2016, 2017 and 2018 no figure \(shown only in Figure 5\.1 of the 2019 report and in Figure 4\.2 of the 2020 report; not published as numbers; bases [^)]* 2019 report Figure 5\.1\); 2019 \d+%/);
    expect(el.shadowRoot!.querySelector('.long-description')!.textContent).to.not.contain('(Shown only');
    // A name keeps its capital: followed by a number or another capitalised word.
    expect(midSentence('Table 4.4 prints both')).to.equal('Table 4.4 prints both');
    expect(midSentence('Primary Care Networks (PCNs) not aligning')).to.equal('Primary Care Networks (PCNs) not aligning');
    expect(midSentence('Shown only in Figure 4.1')).to.equal('shown only in Figure 4.1');
    // A group is no name ("between under 5 years in post and …"): a number it counts keeps no capital.
    expect(['Under 5 years in post', 'Less deprived sites', 'Local authority'].map(midSentence)).to.deep.equal(['under 5 years in post', 'less deprived sites', 'local authority']);
    const names = ['CCG/NHS', 'Pioneer wave 1', 'Wave 1', 'Table 4.4 prints both', 'Covid-19 pandemic', 'Primary Care Networks (PCNs)'];
    expect(names.map(midSentence)).to.deep.equal(names);
  });

  it('the description never reads a bracket inside a bracket: a reason\'s own bracket is a clause between commas, its words kept', async () => {
    // The 2016 progress figures are drawn only as charts; the data's reason ends with a bracket of its own.
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress" items="joined-up"></pioneer-trend>', 800));
    disclosureButton(el, 'description').click();
    const first = words(el.shadowRoot!.querySelector('.long-description li')!.textContent);
    expect(first).to.contain(
      "2016 no figure (shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers, the 2020 report's legend lists 2016 but its section 4 says the question was not asked in 2016; base 97, 2019 report Figure 4.1);",
    );
    expect(first).to.contain("2019 no figure (shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers, Table 4.4 prints 'substantial' and 'some' separately, not their combined percentage; base 67, 2019 report Figure 4.1);");
    // The objectives' 2016, which a report says was not asked (and where it says so).
    const objective = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>', 800));
    disclosureButton(objective, 'description').click();
    const said = words(objective.shadowRoot!.querySelector('.long-description')!.textContent);
    expect(said).to.contain('2016 no figure (the question was not asked in 2016, the 2019 report, section 4)');
    for (const text of [first, said]) expect(maxBracketDepth(text), text).to.equal(1);
  });

  it('inBrackets: the one rule for text put in brackets (a reason, a source), whatever brackets the text has', () => {
    expect(inBrackets('not published for 2016 (only 2019, 2020)')).to.equal('(not published for 2016, only 2019, 2020)');
    expect(inBrackets('base 64; 2020 report, section 5 (text)')).to.equal('(base 64; 2020 report, section 5, text)');
    expect(inBrackets('not published as numbers (the legend lists 2016).')).to.equal('(not published as numbers, the legend lists 2016.)');
    expect(inBrackets('a (b (c) d), e')).to.equal('(a, b, c, d, e)');
    expect(inBrackets('Table 5.1, 2019 report')).to.equal('(Table 5.1, 2019 report)');
  });

  it('a table (<pioneer-table>) has the menu (CSV and citation only) and no "Describe this chart"', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    expect(el.shadowRoot!.querySelector('[part="description"]')).to.equal(null);
    disclosureButton(el, 'menu').click();
    expect(isOpen(el, 'menu')).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('.menu-items button')].map((b) => b.textContent)).to.deep.equal(['Data (CSV)', 'Copy citation']);
  });

  it('their buttons are set in the text spacing a reader sets (--pioneer-letter-spacing, WCAG 1.4.12), as the rest of the chart\'s text is', async () => {
    const el = mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 800);
    el.parentElement!.style.cssText += '--pioneer-letter-spacing: 0.12em; --pioneer-word-spacing: 0.16em';
    await drawn(el);
    const figure = getComputedStyle(el.shadowRoot!.querySelector('figure')!);
    expect(parseFloat(figure.letterSpacing)).to.be.greaterThan(1);
    for (const part of ['menu', 'description'] as const) {
      const button = getComputedStyle(disclosureButton(el, part));
      expect([button.letterSpacing, button.wordSpacing], part).to.deep.equal([figure.letterSpacing, figure.wordSpacing]);
    }
  });

  it('printed, neither the menu nor the long description is on paper, open or closed', async () => {
    const el = await stack();
    const printed = async () => ((await executeServerCommand('print-to-pdf')) as unknown as { pages: string[] }).pages.join(' ');
    const closed = await printed();
    disclosureButton(el, 'menu').click();
    disclosureButton(el, 'description').click();
    expect(isOpen(el, 'menu') && isOpen(el, 'description')).to.equal(true);
    const open = await printed();
    for (const [state, text] of [['closed', closed], ['open', open]]) {
      expect(text, state).to.contain('Barriers to integration');
      for (const control of ['Download', 'Data (CSV)', 'Copy citation', 'Describe this chart']) expect(text, `${state}: ${control}`).to.not.contain(control);
    }
  });
});
