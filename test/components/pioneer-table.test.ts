import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { axeViolations } from '../a11y.js';
import { captureWarnings, cleanup, disclosure, disclosureButton, drawn, inCard, isOpen, mount, seenText } from '../helpers.js';
import { headingName } from '../table-headings.js';

const cell = (el: PioneerTable, item: string, col: number) =>
  el.shadowRoot!.querySelectorAll(`tr[data-item="${item}"] td`)[col]?.textContent?.trim();

describe('<pioneer-table>', () => {
  afterEach(cleanup);

  it("under the 2019 report's Table 7.1 for local authorities, says its 8% of 18 for involving users is no possible share (data/ANOMALIES.md item 10); not under CCG/NHS", async () => {
    const la = await drawn(mount<PioneerTable>('<pioneer-table measure="priority" year="2019" group="organisation:la"></pioneer-table>'));
    const note = la.shadowRoot!.querySelector<HTMLElement>('.source-note')!;
    expect(note.textContent).to.contain("The 2019 report's Table 7.1 prints 8% of its 18 local authority informants for ‘Involve users / voluntary sector’, which is no whole number of informants");
    expect(note.getClientRects().length, 'shown').to.be.greaterThan(0);
    const ccg = await drawn(mount<PioneerTable>('<pioneer-table measure="priority" year="2019" group="organisation:ccg-nhs"></pioneer-table>'));
    expect(ccg.shadowRoot!.querySelector('.source-note')!.textContent).to.not.contain('Involve users');
  });

  it('320 px wide (a phone, or 400% zoom): the Download menu opens within the window, every item whole', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>', 304);
      await drawn(el);
      const menu = disclosure(el, 'menu');
      disclosureButton(el, 'menu').click();
      expect(isOpen(el, 'menu')).to.equal(true);
      const items = [...menu.querySelectorAll('.menu-items button')].map((b) => b.getBoundingClientRect());
      expect(items.length).to.be.greaterThan(1);
      for (const r of items) {
        expect(r.left, 'inside on the left').to.be.at.least(0);
        expect(r.right, 'inside on the right').to.be.at.most(320);
      }
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the Download menu is placed again when the window is resized while it is open (800 → 320 px and back)', async () => {
    await setViewport({ width: 800, height: 640 });
    try {
      const el = mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>');
      el.parentElement!.style.width = 'calc(100vw - 16px)';
      await drawn(el);
      const menu = disclosure(el, 'menu');
      disclosureButton(el, 'menu').click();
      expect(isOpen(el, 'menu')).to.equal(true);
      const within = (width: number) => {
        const boxes = [...menu.querySelectorAll('.menu-items button')].map((b) => b.getBoundingClientRect());
        expect(boxes.length).to.be.greaterThan(1);
        for (const r of boxes) {
          expect(r.left, `inside on the left at ${width} px`).to.be.at.least(0);
          expect(r.right, `inside on the right at ${width} px`).to.be.at.most(width);
        }
      };
      within(800);
      const resized = () => new Promise((r) => window.addEventListener('resize', () => requestAnimationFrame(r), { once: true }));
      let done = resized();
      await setViewport({ width: 320, height: 640 });
      await done;
      expect(isOpen(el, 'menu'), 'still open').to.equal(true);
      within(320);
      done = resized();
      await setViewport({ width: 800, height: 640 });
      await done;
      within(800);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a table of one figure says "1 published figure"', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="objectives-view-change"></pioneer-table>'));
    expect(el.summary).to.match(/: 1 published figure\. /);
  });

  it('<pioneer-table measure="barrier" year="2019"> lists the 13 barriers with the four responses of Table 5.1, base 64', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows).to.have.length(13);
    const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')].map((th) => th.innerText.replace(/\s+/g, ' ').trim());
    expect(headers).to.deep.equal([
      'Item',
      'Very significant base 64; 2019 report Table 5.1',
      'Fairly significant base 64; 2019 report Table 5.1',
      'Not significant base 64; 2019 report Table 5.1',
      "Don't know base 64; 2019 report Table 5.1",
    ]);
    // Table 5.1: Significant financial constraints … 44 44 6 6
    expect([0, 1, 2, 3].map((i) => cell(el, 'financial-constraints', i))).to.deep.equal(['44%', '44%', '6%', '6%']);
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Barriers');
    expect(el.shadowRoot!.querySelector('.modes')).to.equal(null);
  });

  it('documents only what it uses: mode, height and print-table change nothing, and its manifest entry leaves them out', async () => {
    const plain = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    const other = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019" mode="chart" height="120" print-table></pioneer-table>'));
    const table = (el: PioneerTable) => el.shadowRoot!.querySelector('table')!;
    expect(table(other).textContent).to.equal(table(plain).textContent);
    expect(table(other).getBoundingClientRect().height).to.equal(table(plain).getBoundingClientRect().height);
    expect(other.shadowRoot!.querySelector('[part="size-note"]')!.textContent).to.equal('');
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; cssParts?: { name: string }[] }[] }[] };
    const entry = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'pioneer-table')!;
    const attributes = entry.attributes!.map((a) => a.name);
    expect(attributes).to.include.members(['measure', 'year', 'group', 'responses', 'items', 'theme']);
    expect(attributes).not.to.include.members(['mode']);
    expect(attributes).not.to.include.members(['height']);
    expect(attributes).not.to.include.members(['print-table']);
    expect(entry.cssParts!.map((p) => p.name)).not.to.include.members(['svg']);
  });

  it('printed in a 680 px text column, a table of every year never splits a cell\'s n (n=52–54) across lines', async () => {
    const box = mount<HTMLDivElement>('<div style="width: 680px"><pioneer-table measure="barrier"></pioneer-table></div>');
    const el = await drawn(box.firstElementChild as PioneerTable);
    await emulateMedia({ media: 'print' });
    try {
      const ns = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td .col-meta:not(.note-mark)')];
      expect(ns.length).to.be.greaterThan(50);
      // One line: its boxes (one per text node) all share a top.
      for (const n of ns) expect(new Set([...n.getClientRects()].map((r) => Math.round(r.top))).size, n.textContent!).to.equal(1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('<pioneer-table measure="sample-tenure">: the two sections of Table 3.5 read apart (no two rows the same), values as printed', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="sample-tenure" year="2019"></pioneer-table>'));
    const labels = [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    expect(labels).to.have.length(12);
    expect(new Set(labels).size, labels.join(' | ')).to.equal(12);
    expect(labels[0]).to.equal('Pioneer area: less than 1 year');
    expect(labels[11]).to.equal('Current post: 5 years or more');
    // Table 3.5 (2019): 56 informants in the area 5 years or more, 26 in post.
    expect(cell(el, 'area-5-plus', 0)).to.equal('56');
    expect(cell(el, 'post-5-plus', 0)).to.equal('26');
  });

  it('<pioneer-table measure="sample-tenure" year="2020">: says, as the 2020 report\'s Table 3.5 does, that two cases are missing from years in current post (27+11+8+8+1+1 = 56 of 58)', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="sample-tenure" year="2020"></pioneer-table>'));
    const posts = ['post-under-1', 'post-1-to-2', 'post-2-to-3', 'post-3-to-4', 'post-4-to-5', 'post-5-plus'];
    const counts = [...el.shadowRoot!.querySelectorAll('tbody tr')].filter((tr) => posts.includes(tr.getAttribute('data-item')!)).map((tr) => Number(tr.querySelector('td')!.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(56);
    const note = el.shadowRoot!.querySelector<HTMLElement>('.source-note')!;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.equal("The 2020 report's Table 3.5 says two cases are missing from years in current post: those counts add up to 56 of its 58 informants.");
    // The 2019 table has no such footnote (its columns each add up to 67).
    const y2019 = await drawn(mount<PioneerTable>('<pioneer-table measure="sample-tenure" year="2019"></pioneer-table>'));
    expect(y2019.shadowRoot!.querySelector('.source-note')!.textContent).to.not.contain('missing');
  });

  it('<pioneer-table measure="relationship">: the questionnaire\'s answers (2020 Q16) head the columns, in its order, never raw ids', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="relationship"></pioneer-table>'));
    const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')].map(headingName);
    expect(headers.slice(1, 5)).to.deep.equal(['Much better', 'Somewhat better', 'No change', 'Somewhat worse']);
    expect(el.shadowRoot!.querySelector('table')!.textContent).to.not.match(/much-better|somewhat-better|no-change/);
    // Where the figures are printed, in words: the prose of section 5, not the slug text:5-relationships.
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('2020 report, text of section 5').and.not.contain('text:5');
  });

  it('offers only what a table can give: data (CSV) and the citation, no chart images', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    disclosureButton(el, 'menu').click();
    const items = [...el.shadowRoot!.querySelectorAll('.menu-items button')].map((b) => b.textContent!.trim());
    expect(items).to.deep.equal(['Data (CSV)', 'Copy citation']);
    expect(disclosureButton(el, 'menu').getAttribute('aria-label')).to.equal(`Download or cite this table: ${el.shadowRoot!.querySelector('.title')!.textContent!.trim()}`);
    // Nor from script: toSvg() gives no file (it gave a 0 px wide SVG, its title a letter a line), toCsv() the table's figures.
    expect(await captureWarnings(() => void expect(el.toSvg()).to.equal('')), 'warned (see below)').to.have.length(1);
    expect(el.toCsv()).to.contain('financial-constraints');
  });

  it('<pioneer-table id="t">.toSvg() warns in the console, naming the table and saying why it gives no SVG and what to use instead', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table id="t" measure="barrier" year="2019"></pioneer-table>'));
    let svg: string | undefined;
    const warnings = await captureWarnings(() => {
      svg = el.toSvg();
    });
    expect(svg).to.equal('');
    expect(warnings).to.deep.equal([
      '<pioneer-table id="t">: toSvg() gives no SVG: a table has no drawing. Its figures are in toCsv(); for a drawing, use a chart element\'s toSvg() (<barrier-stack>, <pioneer-trend>, <pioneer-compare>, <site-map>).',
    ]);
    // toCsv() warns of nothing.
    expect(await captureWarnings(() => void el.toCsv())).to.deep.equal([]);
  });

  it('shows a subgroup column with its own base (Table 5.2, local authorities)', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019" group="organisation:la"></pioneer-table>'));
    // Table 5.2: 'significant financial constraints' LA 57%
    expect(cell(el, 'financial-constraints', 0)).to.equal('57%');
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('Table 5.2');
  });

  it('every year: the values the reports only chart are cells with their reason, as in the trend\'s Table view (Figure 5.1, 2016–2018)', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" responses="very" items="financial-constraints,incompatible-it"></pioneer-table>'));
    const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')].map((th) => th.innerText.replace(/\s+/g, ' ').trim());
    const why = 'Shown only in Figure 5.1 of the 2019 report and in Figure 4.2 of the 2020 report; not published as numbers.';
    // The three columns share their reason: said once, as a note under the table each heading points to.
    // Each with the base the 2019 report prints under Figure 5.1 for the year ("Bases: 2016=97; 2017=98; 2018=80").
    const bases = [97, 98, 80];
    expect(headers.slice(1, 4)).to.deep.equal([2016, 2017, 2018].map((y, i) => `Very significant, ${y} base ${bases[i]}; 2019 report Figure 5.1; see note 1`));
    const notes = [...el.shadowRoot!.querySelectorAll('ol.table-notes li')].map((li) => seenText(li).trim());
    expect(notes).to.deep.equal([why]);
    expect(el.shadowRoot!.querySelector('ol.table-notes')!.getAttribute('aria-label')).to.equal('Notes to the table');
    expect(headers[4]).to.equal('Very significant, 2019 base 64; 2019 report Table 5.1');
    const row = (t: ParentNode, item: string) =>
      [...t.querySelectorAll(`tr[data-item="${item}"] td`)].map((td) => td.getAttribute('data-value') ?? td.querySelector('.sr-only')!.textContent);
    // Table 5.1 (2019): very significant financial constraints 44%; the 2020 report's Table 5.2: 48%.
    const cell = (i: number) => why.replace(/\.$/, ` (base ${bases[i]}; 2019 report Figure 5.1).`);
    expect(row(el.shadowRoot!, 'financial-constraints')).to.deep.equal([cell(0), cell(1), cell(2), '44', '48']);
    expect(el.summary).to.contain('6 more values are shown only as charts in the reports');
    // The same cells as the trend's Table view of the same item: one table logic, not two.
    const trend = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" items="financial-constraints,incompatible-it" mode="table"></pioneer-trend>'));
    for (const item of ['financial-constraints', 'incompatible-it']) {
      expect(row(el.shadowRoot!, item)).to.deep.equal(row(trend.shadowRoot!.querySelector('.table-host')!, item));
    }
  });

  it('every year: an item first asked in 2020 says why its earlier cells are empty, in a numbered note its dashes point to (not only in a tooltip)', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" responses="very"></pioneer-table>'));
    const root = el.shadowRoot!;
    const notes = [...root.querySelectorAll('ol.table-notes li')].map((li) => seenText(li).trim());
    const covid = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((tr) => tr.dataset.item!.startsWith('covid-'));
    expect(covid, 'the three Covid-19 barriers, new in 2020').to.have.length(3);
    for (const tr of covid) {
      const cells = [...tr.querySelectorAll('td')];
      // 2016–2018 (charted only, for the other items), 2019, then 2020's figure.
      expect(cells).to.have.length(5);
      expect(cells[4].hasAttribute('data-value'), '2020 has a figure').to.equal(true);
      cells.slice(0, 4).forEach((td, i) => {
        const year = 2016 + i;
        // A screen reader hears the reason in full, for that year.
        expect(td.querySelector('.sr-only')!.textContent, `${tr.dataset.item} ${year}`).to.equal(`No figure published for ${year}: the reports give this item for 2020 only.`);
        // On screen and on paper: the dash and the number of the note that gives the reason.
        const ref = Number(td.querySelector('sup.note-ref')!.textContent);
        expect(seenText(td.querySelector('[aria-hidden="true"]')!).trim()).to.equal(`–${ref}`);
        expect(td.querySelector('sup.note-ref')!.getBoundingClientRect().width, 'the number is drawn').to.be.greaterThan(0);
        expect(notes[ref - 1]).to.equal('No figure published: the reports give this item for 2020 only.');
      });
    }
    // The items the reports chart for 2016–2018 need no mark per cell: their column headings point to note 1.
    const financial = [...root.querySelectorAll('tr[data-item="financial-constraints"] td')].slice(0, 3);
    expect(financial.map((td) => td.querySelector('sup.note-ref'))).to.deep.equal([null, null, null]);
    expect(notes[0]).to.match(/^Shown only in Figure 5\.1 of the 2019 report/);
    // The note is said once for all the cells that share it.
    expect(notes.filter((n) => n.includes('for 2020 only'))).to.have.length(1);
  });

  it('a row whose values stand on different bases gives each value its n: "n=64" (2019) beside "n=52–54" (2020)', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" responses="very" items="financial-constraints"></pioneer-table>'));
    const metas = [...el.shadowRoot!.querySelectorAll('thead th .col-meta')].map((m) => m.textContent!.trim());
    expect(metas[3]).to.equal('base 64; 2019 report Table 5.1');
    expect(metas[4]).to.equal('bases 52–54; 2020 report Table 5.2');
    // Table 5.1 (2019) 44%, base 64; the 2020 report's Table 5.2: 48%, "bases range between 52 and 54".
    expect([3, 4].map((i) => cell(el, 'financial-constraints', i))).to.deep.equal(['44% (n=64)', '48% (n=52–54)']);
    // One year, one base for the row: the heading says it once.
    const y2019 = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019" items="financial-constraints"></pioneer-table>'));
    expect(cell(y2019, 'financial-constraints', 0)).to.equal('44%');
    // A row with a figure in 2020 only (first asked then) gives its n in that column as the others there do.
    const both = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" responses="very" items="financial-constraints,covid-time"></pioneer-table>'));
    expect(cell(both, 'covid-time', 4)).to.equal('42% (n=52–54)');
    expect(cell(both, 'financial-constraints', 4)).to.equal('48% (n=52–54)');
  });

  it('a column of a group of sites says its base is of informants ("base 34 informants", as the keys\' "n=34 informants"): 34 informants at 12 sites, Table 6.3; a group of informants says "base 18"', async () => {
    const sites = await drawn(mount<PioneerTable>('<pioneer-table measure="facilitator" year="2019" group="deprivation:less"></pioneer-table>'));
    expect(sites.shadowRoot!.querySelector('thead th .col-meta')!.textContent!.trim()).to.equal('base 34 informants; 2019 report Table 6.3');
    const la = await drawn(mount<PioneerTable>('<pioneer-table measure="priority" year="2019" group="organisation:la"></pioneer-table>'));
    expect(la.shadowRoot!.querySelector('thead th .col-meta')!.textContent!.trim()).to.equal('base 18; 2019 report Table 7.1');
  });

  it('a column whose rows have their own bases (custom data) gives each cell its n', async () => {
    const row = (item: string, value: number, base: number) => ({
      measure: 'objective', item, item_label: `Objective ${item.toUpperCase()}`, year: 2021, group: 'all', response: 'selected',
      value, unit: 'percent', base, source_survey: 2021, source_table: '1',
    });
    const el = mount<PioneerTable>('<pioneer-table measure="objective"></pioneer-table>');
    el.data = [row('a', 50, 40), row('b', 25, 36)];
    await drawn(el);
    expect(el.shadowRoot!.querySelector('thead th .col-meta')!.textContent!.trim()).to.match(/^bases 36–40;/);
    expect([cell(el, 'a', 0), cell(el, 'b', 0)]).to.deep.equal(['50% (n=40)', '25% (n=36)']);
  });

  it('one year that the reports print in full has no gap columns (2019 barriers)', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    expect(el.shadowRoot!.querySelectorAll('td.absent')).to.have.length(0);
    expect(el.summary).not.to.contain('shown only as charts');
  });

  it('a year the measure does not have gives the message and one warning', async () => {
    let el!: PioneerTable;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2015"></pioneer-table>'));
    });
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('year="2015" is not valid. Valid values: 2019, 2020');
    expect(warnings).to.have.length(1);
  });

  it('offers no "Describe this chart" (it is a table), and prints every column within the text column', async () => {
    // Every year: 4 responses × 5 years of columns, wider than a 640 px column on screen.
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier"></pioneer-table>', 480));
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="description"]')).to.equal(null);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent!.trim()), 'no button of that name either').to.not.include('Describe this chart');
    // The title is shown once: the table's caption names it for screen readers only.
    const caption = root.querySelector('caption')!;
    expect(caption.textContent).to.equal(root.querySelector('[part="title"]')!.textContent);
    expect(caption.getBoundingClientRect().height).to.be.at.most(1);
    const host = root.querySelector<HTMLElement>('.table-host')!;
    const table = host.querySelector('table')!;
    expect(host.scrollWidth, 'on screen the table scrolls sideways in its region').to.be.greaterThan(host.clientWidth);
    await emulateMedia({ media: 'print' });
    try {
      // On paper nothing scrolls: the table's last column ends inside the column the page gives it.
      expect(getComputedStyle(host).overflowX).to.equal('visible');
      const last = [...table.querySelectorAll('thead th')].pop()!;
      expect(last.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right + 0.5);
      expect(table.getBoundingClientRect().width).to.be.at.most(480.5);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("on a phone, the item column stays in view over the figures scrolling under it, painted with the page's colour when the chart's background is transparent; over an image it scrolls with them", async () => {
    const pinned = (el: Element) => {
      const th = el.shadowRoot!.querySelector<HTMLElement>('tbody th')!;
      const cs = getComputedStyle(th);
      return { position: cs.position, background: cs.backgroundColor };
    };
    const plain = await drawn(mount<PioneerTable>('<pioneer-table measure="barrier" year="2020"></pioneer-table>', 320));
    expect(plain.shadowRoot!.querySelector('.table-host')!.scrollWidth, 'the table is wider than the phone').to.be.above(320);
    expect(pinned(plain)).to.deep.equal({ position: 'sticky', background: 'rgb(255, 255, 255)' });
    // The chart's own colour follows its theme.
    plain.setAttribute('theme', 'dark');
    await plain.updateComplete;
    expect(pinned(plain).background).to.equal('rgb(22, 22, 22)');
    const page = (background: string) => {
      const el = mount<PioneerTable>(`<div style="background: ${background}; padding: 4px"><pioneer-table measure="barrier" year="2020" style="--pioneer-background: transparent"></pioneer-table></div>`, 320);
      return drawn(el.firstElementChild as PioneerTable);
    };
    expect(pinned(await page('rgb(255, 238, 221)'))).to.deep.equal({ position: 'sticky', background: 'rgb(255, 238, 221)' });
    expect(pinned(await page('linear-gradient(#fed, #def)')).position, 'no one colour stands in for a gradient').to.equal('static');
    expect(pinned(await page('rgba(0, 0, 0, 0.5)')).position, 'nor for a see-through colour').to.equal('static');
    // A dark page with nothing set on the chart's box: the colour of the nearest box that paints one.
    document.body.style.background = 'rgb(20, 20, 20)';
    try {
      expect(pinned(await page('transparent')).background).to.equal('rgb(20, 20, 20)');
    } finally {
      document.body.style.background = '';
    }
  });

  it("in a dark card whose body, in the card's shadow root, paints around the slot the table is in, the item column takes the body's colour, not the page's white", async () => {
    // A Shoelace-style card: the light text of a transparent chart read on a white column.
    const el = await drawn(inCard<PioneerTable>('<pioneer-table measure="barrier" year="2020" style="--pioneer-background: transparent; --pioneer-text-color: #eee"></pioneer-table>', 'background: #111; padding: 4px', 320));
    const cs = getComputedStyle(el.shadowRoot!.querySelector('tbody th')!);
    expect({ position: cs.position, background: cs.backgroundColor, color: cs.color }).to.deep.equal({ position: 'sticky', background: 'rgb(17, 17, 17)', color: 'rgb(238, 238, 238)' });
  });

  it('has no axe violations', async () => {
    const el = await drawn(mount<PioneerTable>('<pioneer-table measure="sample-wave"></pioneer-table>'));
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
