import { expect } from '@esm-bundle/chai';
import { browseNodes } from '../a11y.js';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { contrastRatio } from '../contrast.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import { bundledDataset } from '../../src/data/bundled.js';
import { itemsOf, series } from '../../src/data/query.js';
import { tableBaseRangeText } from '../../src/data/vocabulary.js';
import { midSentence } from '../../src/renderers/shared/format.js';
import { captureWarnings, cleanup, drawn, mount, tabIntoChart, seenText } from '../helpers.js';

/** The label a reader sees for an item (as printed, without the final full stop). */
const labelOf = (measure: string, item: string) => itemsOf(bundledDataset(), measure).find((i) => i.item === item)!.label.replace(/\.\s*$/, '');
const live = (el: PioneerTrend) => el.shadowRoot!.querySelector('.live')!.textContent!;
const notes = (el: PioneerTrend) => [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).join(' ');

/** The outlined mark: its key and its drawn stroke width (what the reader sees). */
const outlined = (el: PioneerTrend) => {
  const marks = [...el.shadowRoot!.querySelectorAll('svg .focused')];
  return marks.map((m) => ({ key: m.getAttribute('data-key'), stroke: getComputedStyle(m).strokeWidth, width: m.getBoundingClientRect().width }));
};

/**
 * The axes as a reader sees them (client px): the y of a value, interpolated between the two
 * labelled y ticks around it, and the x of an x-axis label.
 */
function axesAsDrawn(el: PioneerTrend): { yOf: (value: number) => number; xOf: (label: string) => number } {
  const ticks = (axis: string) =>
    [...el.shadowRoot!.querySelectorAll(`g.${axis} g.tick`)].map((t) => {
      const line = t.querySelector('line')!.getBoundingClientRect();
      return { label: t.querySelector('text')!.textContent!, x: line.left + line.width / 2, y: axis === 'y-axis' ? line.top + line.height / 2 : 0 };
    });
  const ys = ticks('y-axis').map((t) => ({ value: parseFloat(t.label), y: t.y })).sort((a, b) => a.value - b.value);
  const xs = ticks('x-axis');
  expect(ys.length, 'labelled y ticks').to.be.at.least(2);
  return {
    yOf: (value) => {
      const hi = ys.find((t) => t.value >= value) ?? ys[ys.length - 1];
      const lo = [...ys].reverse().find((t) => t.value <= value) ?? ys[0];
      return hi.value === lo.value ? lo.y : lo.y + ((value - lo.value) / (hi.value - lo.value)) * (hi.y - lo.y);
    },
    xOf: (label) => {
      const t = xs.find((x) => x.label === label);
      expect(t, `x-axis label ${label}`).to.not.equal(undefined);
      return t!.x;
    },
  };
}

const pointsOf = (el: PioneerTrend, item: string) =>
  [...el.shadowRoot!.querySelectorAll(`[data-item="${item}"] path.point`)].map((p) => ({
    year: Number(p.getAttribute('data-year')),
    value: Number(p.getAttribute('data-value')),
    y: Number(/translate\([^,]+,([^)]+)\)/.exec(p.getAttribute('transform')!)![1]),
  }));

describe('<pioneer-trend>', () => {
  afterEach(cleanup);

  it('<pioneer-trend measure="objective" items="quality-of-care"> draws 39, 48, 51 for 2017–2019 and no point for 2016 or 2020', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const pts = pointsOf(el, 'quality-of-care');
    expect(pts.map((p) => [p.year, p.value])).to.deep.equal([[2017, 39], [2018, 48], [2019, 51]]);
    // Where a reader sees them: each point level with its value on the labelled y axis, and
    // under the x axis label of its year (2019 report Table 4.1: 39%, 48%, 51%).
    const { yOf, xOf } = axesAsDrawn(el);
    const points = [...el.shadowRoot!.querySelectorAll('[data-item="quality-of-care"] path.point')].map((p) => p.getBoundingClientRect());
    for (const [i, [year, value]] of [[2017, 39], [2018, 48], [2019, 51]].entries()) {
      expect(points[i].top + points[i].height / 2, `${year} at ${value}%`).to.be.closeTo(yOf(value), 1);
      expect(points[i].left + points[i].width / 2, `${year} under its label`).to.be.closeTo(xOf(String(year)), 1);
    }
    // The line runs through the points.
    const line = el.shadowRoot!.querySelector('[data-item="quality-of-care"] path.line') as SVGPathElement;
    const svg = el.shadowRoot!.querySelector('svg')!;
    const m = line.getScreenCTM()!;
    const vertices = [...line.getAttribute('d')!.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map(([, x, y]) => new DOMPoint(Number(x), Number(y)).matrixTransform(m));
    expect(vertices).to.have.length(3);
    for (const [i, p] of points.entries()) {
      expect(vertices[i].x, `line at ${2017 + i}`).to.be.closeTo(p.left + p.width / 2, 1);
      expect(vertices[i].y, `line at ${2017 + i}`).to.be.closeTo(p.top + p.height / 2, 1);
    }
    expect(svg.contains(line)).to.equal(true);
  });

  it('never joins a line across a missing year and marks the gap years with the item and the reason', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const d = el.shadowRoot!.querySelector('[data-item="quality-of-care"] path.line')!.getAttribute('d')!;
    expect(d.match(/M/g)).to.have.length(1); // one run: 2017–2019
    const gaps = [...el.shadowRoot!.querySelectorAll('[data-item="quality-of-care"] .gap-mark')].map((g) => Number(g.getAttribute('data-year')));
    expect(gaps).to.deep.equal([2016, 2020]);
    const gap = el.marks.find((m) => m.key === 'quality-of-care|2016|gap')!;
    expect(gap.label).to.equal(`${labelOf('objective', 'quality-of-care')}, 2016: no value. No figure published for 2016: the question was not asked in 2016 (the 2019 report, section 4).`);
    // Every mark a reader can reach is drawn: no stop without its mark.
    for (const m of el.marks) expect(el.shadowRoot!.querySelector(`[data-key="${CSS.escape(m.key)}"]`), m.key).to.not.equal(null);
  });

  it('Table view of the progress trend: each item keeps its legend label (not a prose sentence\'s wording), and a gap year\'s heading points to its reason, said once in a note', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress" items="reducing-costs"></pioneer-trend>'));
    el.mode = 'table';
    await el.updateComplete;
    const root = el.shadowRoot!;
    const legend = root.querySelector('.legend button[data-item="reducing-costs"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(root.querySelector('tr[data-item="reducing-costs"] th')!.textContent!.trim()).to.equal(legend);
    expect(legend).to.equal(labelOf('progress', 'reducing-costs'));
    const metas = [...root.querySelectorAll('thead .col-meta')].map((m) => m.textContent!.trim());
    // Each gap year's reason is a note under the table, which its heading points to: 2016's
    // (note 1) adds that the 2020 report's prose says the question was not asked then; 2017 and
    // 2018 share one (note 2), said once; 2020's is the 2020 report's figure alone (note 3).
    const notes = [...root.querySelectorAll('ol.table-notes li')].map((li) => seenText(li).trim());
    expect(notes).to.have.length(4);
    // Then (note 4) that no whole number of its 67 informants gives the 2019 report's 53% (its prose, section 4).
    expect(notes[3]).to.match(/^No whole number of informants out of its printed base gives this figure, .*: 53% of 67\)\.$/);
    expect(notes[0]).to.match(/^Shown only in Figure 4\.1 of the 2019 report.*legend lists 2016 but its section 4 says the question was not asked in 2016\)\.$/);
    expect(notes[1]).to.equal('Shown only in Figure 4.1 of the 2019 report and in Figure 4.1 of the 2020 report; not published as numbers.');
    expect(notes[2]).to.equal('Shown only in Figure 4.1 of the 2020 report; not published as numbers.');
    // Each after the base the 2019 report prints under Figure 4.1 for the year (trend-figure-bases.test.ts).
    expect(metas.slice(0, 3)).to.deep.equal(['base 97; 2019 report Figure 4.1; see note 1', 'base 98; 2019 report Figure 4.1; see note 2', 'base 80; 2019 report Figure 4.1; see note 2']);
    // 2020: the 2020 report prints no base under its Figure 4.1.
    expect(metas[4]).to.equal('base not printed; 2020 report Figure 4.1; see note 3');
    expect(metas.filter((m) => /^no figures; /.test(m))).to.deep.equal([]);
  });

  it("Table view of the facilitators: a gap year's heading that gives most of its cells' reason says it does not cover the cells marked with a note of their own", async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="facilitator" mode="table"></pioneer-trend>', 900));
    const root = el.shadowRoot!;
    const metas = [...root.querySelectorAll('thead .col-meta')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
    // 2016–2018: most items are in Figure 6.1 only (note 1); strong leadership has a note of its own (the 2019 report does not say which line it is).
    expect(metas.slice(0, 3)).to.deep.equal([97, 98, 80].map((n) => `base ${n}; 2019 report Figure 6.1; see note 1, unless marked otherwise`));
    // 2019: figures (Table 6.1, base 64).
    expect(metas[3]).to.equal('base 64; 2019 report Table 6.1');
    // 2020: Figure 4.3 only (note 2; the 2020 report prints no bases under it), but the item with no figure published for 2020 has its own note.
    expect(metas[4]).to.equal('base not printed; 2020 report Figure 4.3; see note 2, unless marked otherwise');
    expect(seenText(root.querySelectorAll('ol.table-notes li')[1])).to.equal('Shown only in Figure 4.3 of the 2020 report; not published as numbers.');
    const marked = (item: string) => [...root.querySelectorAll(`tr[data-item="${item}"] td`)].map((td) => td.querySelector('.note-ref')?.textContent ?? '');
    expect(marked('local-leadership').slice(0, 3).every((m) => m !== '')).to.equal(true);
    expect(marked('working-relationships')).to.deep.equal(['', '', '', '', '']);
    expect(marked('local-providers')[4]).to.not.equal('');
  });

  it('Table view where gap years have two reasons (figure-only items, items asked in 2020 only): each reason once, as a note, never the whole text in every heading', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" items="financial-constraints,covid-time" mode="table"></pioneer-trend>'));
    const root = el.shadowRoot!;
    const metas = [...root.querySelectorAll('thead .col-meta')].map((m) => m.textContent!.trim());
    // Covid-19's cells there have a note of their own (2): the headings' note does not cover them, and say so.
    expect(metas.slice(0, 3)).to.deep.equal([97, 98, 80].map((n) => `base ${n}; 2019 report Figure 5.1; see note 1, unless marked otherwise`));
    const notes = [...root.querySelectorAll('ol.table-notes li')].map((li) => seenText(li).trim());
    expect(notes).to.have.length(2);
    expect(notes.filter((n) => /Figure 5\.1 of the 2019 report/.test(n))).to.have.length(1);
    expect(notes.filter((n) => n === 'No figure published: the reports give this item for 2020 only.')).to.have.length(1);
    // Each empty cell of 2016–2018 gives its own reason: its column's note, or a note of its own beside its dash.
    for (const item of ['financial-constraints', 'covid-time']) {
      for (const td of [...root.querySelectorAll(`tr[data-item="${item}"] td`)].slice(0, 3)) {
        const why = td.querySelector('.sr-only')!.textContent!;
        const ref = td.querySelector('.note-ref')?.textContent;
        const said = notes[Number(ref ?? 1) - 1];
        // (A figure-only cell adds the base its figure prints: " (base 97; 2019 report Figure 5.1).")
        expect(why.replace(/ for \d{4}:/, ':').replace(/ \(base \d+; 2019 report Figure 5\.1\)\.$/, '.'), item).to.equal(said);
      }
    }
  });

  it('a group it does not know lists the groups the data has, in the vocabulary\'s order, not labels no table publishes (wave:1, wave:2)', async () => {
    let el!: PioneerTrend;
    await captureWarnings(async () => {
      el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" group="organisation:nhs"></pioneer-trend>'));
    });
    const message = el.shadowRoot!.querySelector('[part="message"]')!.textContent!;
    expect(message).to.contain('group="organisation:nhs" is not valid. Valid values: all, ');
    expect(message).to.contain('Valid values: all, organisation:ccg-nhs, organisation:la, organisation:other, tenure:under-5, tenure:5-plus, deprivation:less, deprivation:more.');
    expect(message).to.not.contain('wave:');
  });

  it('on paper, where the series are greys, a gap prints as a solid 2px outline (not a faint dashed one) of at least 3:1 on white', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    const gaps = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.gap-mark')];
    expect(gaps.length).to.be.greaterThan(4);
    expect(getComputedStyle(gaps[0]).strokeDasharray, 'on screen: dashed').to.not.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      for (const g of gaps) {
        const cs = getComputedStyle(g);
        expect([cs.strokeDasharray, cs.strokeWidth], g.getAttribute('data-key')!).to.deep.equal(['none', '2px']);
        expect(contrastRatio(cs.stroke, 'rgb(255, 255, 255)'), `${g.getAttribute('data-key')}: ${cs.stroke}`).to.be.at.least(3);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('names the items that have no figure in a year, and why where the data says (first reported later), items with the same years together', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" items="financial-constraints,covid-time,pcns-not-aligning,covid-staff-diversion"></pioneer-trend>'));
    const note = [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');
    expect(note).to.contain(`First reported in 2019, so no figure for 2016–2018: ${labelOf('barrier', 'pcns-not-aligning')}.`);
    expect(note).to.contain(`First reported in 2020, so no figure for 2016–2019: ${labelOf('barrier', 'covid-time')}; ${labelOf('barrier', 'covid-staff-diversion')}.`);
    // Financial constraints' 2016–2018 values are figure-only: said in the figure sentence, not here.
    expect(note).to.not.contain(`: ${labelOf('barrier', 'financial-constraints')}`);
    expect(note).to.not.contain('not asked or not published');
  });

  it('two reasons for gaps in the same years: the one of fewer items names them (the data notes one facilitator apart), so no sentence is said twice of the same years', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="facilitator" response="very" items="local-leadership,working-relationships,bottom-up"></pioneer-trend>'));
    const note = [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');
    const gaps = note.match(/Gaps in [^:]*:/g) ?? [];
    expect(gaps, note).to.deep.equal(['Gaps in 2016, 2017 and 2018:', `Gaps in 2016, 2017 and 2018 for ${labelOf('facilitator', 'local-leadership')}:`, 'Gaps in 2020:']);
    // That item's reason is the one that says the 2019 report does not name its line.
    expect(note).to.contain(`Gaps in 2016, 2017 and 2018 for ${labelOf('facilitator', 'local-leadership')}: shown only in Figure 6.1 of the 2019 report and in Figure 4.3 of the 2020 report; not published as numbers (the 2019 report does not say which`);
  });

  it('a height too small for its labels (height="100") is not used: drawn as tall as they need, with a note and one console line, as the stacked bars do', async () => {
    let el!: PioneerTrend;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" height="100"></pioneer-trend>'));
    });
    const svg = el.shadowRoot!.querySelector('svg')!;
    const drawnHeight = Number(svg.getAttribute('height'));
    expect(drawnHeight).to.be.greaterThan(150);
    // The y-axis labels and the line-end labels do not overlap.
    const boxes = (sel: string) => [...el.shadowRoot!.querySelectorAll(sel)].map((t) => t.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    for (const sel of ['.y-axis text', '.direct-label']) {
      const bs = boxes(sel);
      expect(bs.length, sel).to.be.greaterThan(2);
      for (let i = 1; i < bs.length; i++) expect(bs[i].top, `${sel} ${i}`).to.be.at.least(bs[i - 1].bottom - 0.5);
    }
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.equal(`height="100" is less than the ${drawnHeight} px this chart needs at this width, so it is drawn ${drawnHeight} px tall. Use a height of at least ${drawnHeight}, or none for the chart's own height.`);
    expect(warnings.filter((w) => w.includes('height="100"'))).to.have.length(1);
    // A height it can use is used, with no note.
    const tall = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very" height="340"></pioneer-trend>'));
    expect(tall.shadowRoot!.querySelector('svg')!.getAttribute('height')).to.equal('340');
    expect(tall.shadowRoot!.querySelector<HTMLElement>('[part="size-note"]')!.hidden).to.equal(true);
  });

  it('line-end labels wrap where one line would cut them: two that begin alike ("Patients/service users …") are told apart, and none overlaps another', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>', 800));
    const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.direct-label')];
    const shown = labels.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
    expect(shown).to.include(labelOf('objective', 'quality-of-care'));
    expect(shown.filter((t) => t.startsWith('Patients/service users experiencing'))).to.have.length(1);
    expect(shown.filter((t) => t.startsWith('Patients/service users being'))).to.have.length(1);
    expect(labels.some((t) => t.querySelectorAll('tspan').length > 1), 'some wrapped').to.equal(true);
    // Each keeps its whole label as its title.
    expect(labels.map((t) => t.querySelector('title')!.textContent)).to.include(labelOf('objective', 'joined-up'));
    const boxes = labels.map((t) => t.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).to.be.at.least(boxes[i - 1].bottom - 0.5);
  });

  // The dataset's longest item labels: the questions (objectives-view-change's, 156 characters),
  // the facilitators' (up to 124) and the barriers' (up to 98). Past two lines the labels beside
  // the plot were cut with "…" (4 of the 5 barriers' at 800 px; every question's).
  for (const [markup, width] of [
    ['<pioneer-trend measure="objectives-view-change"></pioneer-trend>', 800],
    ['<pioneer-trend measure="mdt-established"></pioneer-trend>', 580],
    ['<pioneer-trend measure="facilitator" items="simple-economy voluntary-involved working-relationships co-design providers-involved"></pioneer-trend>', 580],
    ['<pioneer-trend measure="barrier"></pioneer-trend>', 800],
  ] as const) {
    it(`${markup} at ${width} px: each label beside the plot is the legend's label whole, on as many lines as it needs, inside the chart and apart`, async () => {
      const el = await drawn(mount<PioneerTrend>(markup, width));
      const root = el.shadowRoot!;
      expect(el.message).to.equal(null);
      const labels = [...root.querySelectorAll<SVGTextElement>('.direct-label')];
      expect(labels.length, 'labels beside the plot').to.be.greaterThan(0);
      const legend = new Map([...root.querySelectorAll<HTMLElement>('.legend button')].map((b) => [b.dataset.item!, b.querySelector('span')!.textContent!]));
      for (const t of labels) {
        const item = t.getAttribute('data-joined')!.split(' ')[1];
        expect([...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' '), item).to.equal(legend.get(item));
        expect(t.querySelector('title')!.textContent, item).to.equal(legend.get(item));
      }
      const svg = root.querySelector('svg')!.getBoundingClientRect();
      const boxes = labels.map((t) => t.getBoundingClientRect()).sort((a, b) => a.top - b.top);
      for (const b of boxes) expect(b.top >= svg.top - 0.5 && b.bottom <= svg.bottom + 0.5 && b.right <= svg.right + 0.5, 'inside the chart').to.equal(true);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).to.be.at.least(boxes[i - 1].bottom - 0.5);
    });
  }

  it("each line-end label begins with its line's marker, same shape and colour as the line's points, so a label moved apart from its line's end is matched to it by shape", async () => {
    // Facilitators, 2019 only (Table 6.1): five lines of one point each, 78% to 49%; their
    // labels are pushed apart and sit in the margin past 2020.
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="facilitator"></pioneer-trend>', 900));
    const root = el.shadowRoot!;
    const labels = [...root.querySelectorAll<SVGTextElement>('.direct-label')];
    expect(labels).to.have.length(5);
    for (const label of labels) {
      const item = label.getAttribute('data-joined')!.split(' ')[1];
      const marker = root.querySelector<SVGPathElement>(`.direct-labels .direct-marker[data-joined="direct-marker ${item}"]`);
      expect(marker, `${item}: a marker`).to.not.equal(null);
      const point = root.querySelector<SVGPathElement>(`[data-item="${item}"] path.point`)!;
      expect(marker!.getAttribute('d'), `${item}: the points' shape`).to.equal(point.getAttribute('d'));
      expect(getComputedStyle(marker!).fill, `${item}: the points' colour`).to.equal(getComputedStyle(point).fill);
      // Before the label's text, level with its first line, seen (6 px across at least).
      const m = marker!.getBoundingClientRect();
      const first = label.querySelector('tspan')!.getBoundingClientRect();
      expect(m.width, item).to.be.at.least(6);
      expect(m.right, `${item}: left of the text`).to.be.at.most(first.left);
      expect(first.left - m.right, `${item}: next to it`).to.be.at.most(8);
      expect(m.top + m.height / 2, `${item}: level with its first line`).to.be.closeTo(first.top + first.height / 2, 3);
    }
    // The markers, like the labels, are hidden from screen readers (the lines' own names say it).
    expect(root.querySelector('.direct-labels')!.getAttribute('aria-hidden')).to.equal('true');
    // None of the markers overlaps another label's text.
    const markers = [...root.querySelectorAll('.direct-marker')].map((m) => m.getBoundingClientRect());
    const texts = labels.map((t) => t.getBoundingClientRect());
    for (const m of markers) for (const t of texts) expect(m.right <= t.left || m.bottom <= t.top || m.top >= t.bottom, 'marker clear of the text').to.equal(true);
    // On paper the lines print in greys: each marker in its line's.
    try {
      await emulateMedia({ media: 'print' });
      for (const label of labels) {
        const item = label.getAttribute('data-joined')!.split(' ')[1];
        const marker = root.querySelector(`.direct-marker[data-joined="direct-marker ${item}"]`)!;
        expect(getComputedStyle(marker).fill, `${item} in print`).to.equal(getComputedStyle(root.querySelector(`[data-item="${item}"] path.point`)!).fill);
      }
      expect(new Set([...root.querySelectorAll('.direct-marker')].map((m) => getComputedStyle(m).fill)).size, 'greys told apart').to.be.greaterThan(2);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // In forced colours (Windows High Contrast) the points are drawn in the system's colours, their shapes telling the lines apart: so are the markers.
    try {
      await executeServerCommand('emulate-forced-colors', { active: true });
      await new Promise((r) => requestAnimationFrame(r));
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      const look = (e: Element) => ['fill', 'stroke', 'stroke-width'].map((p) => getComputedStyle(e).getPropertyValue(p)).join(' ');
      const point = root.querySelector('path.point')!;
      expect(look(point)).to.not.equal(look(root.querySelector('.line')!));
      for (const marker of root.querySelectorAll('.direct-marker')) expect(look(marker), 'forced: as the points').to.equal(look(point));
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('draws an isolated year (no value the year before or after) as a point a reader can see, with no line', async () => {
    // 2019 report Table 4.4: joined up services, substantial progress, 2019 only (2018 and 2020
    // are charts without numbers, or not published).
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress" response="substantial" items="joined-up"></pioneer-trend>'));
    const pts = pointsOf(el, 'joined-up');
    // Table 4.4 prints it as 22% (of 67).
    expect(pts.map((p) => [p.year, p.value])).to.deep.equal([[2019, 22]]);
    const value = 22;
    const point = el.shadowRoot!.querySelector('[data-item="joined-up"] path.point')!.getBoundingClientRect();
    expect(point.width, 'a visible marker').to.be.at.least(6);
    expect(point.height, 'a visible marker').to.be.at.least(6);
    const { yOf, xOf } = axesAsDrawn(el);
    expect(point.top + point.height / 2).to.be.closeTo(yOf(value), 1);
    expect(point.left + point.width / 2).to.be.closeTo(xOf('2019'), 1);
    // No line: nothing to join it to (a line of one point draws no stroke a reader could see).
    const line = el.shadowRoot!.querySelector('[data-item="joined-up"] path.line');
    const d = line?.getAttribute('d') ?? '';
    expect(d.includes('L'), `line d="${d}"`).to.equal(false);
    expect(el.marks.find((m) => m.key === 'joined-up|2019')!.label).to.contain(`${value}%`);
  });

  it('defaults to the top five items by latest value', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    const series = [...el.shadowRoot!.querySelectorAll('g.line-series')].map((g) => g.getAttribute('data-item'));
    expect(series).to.have.length(5);
    expect(series[0]).to.equal('joined-up'); // 58% in 2019, the highest in Table 4.1
  });

  it('the legend toggles a line', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.legend button[data-item="joined-up"]')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('g.line-series[data-item="joined-up"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('g.line-series[data-item="quality-of-care"]')).to.not.equal(null);
  });

  it("a key turned off (still a button: a press turns its line back on) keeps its text at 4.5:1 (WCAG 1.4.3), in the light and the dark theme, and is struck through", async () => {
    for (const theme of ['light', 'dark']) {
      const el = await drawn(mount<PioneerTrend>(`<pioneer-trend theme="${theme}" measure="objective" items="quality-of-care,joined-up"></pioneer-trend>`));
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.legend button[data-item="joined-up"]')!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      // The text's colour as painted: its own, faded by any opacity on the way up to the figure.
      const figure = el.shadowRoot!.querySelector('figure')!;
      const background = getComputedStyle(figure).backgroundColor;
      const label = button.querySelector('span') ?? button;
      let opacity = 1;
      for (let n: Element | null = label; n && n !== figure; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
      const [r, g, b] = getComputedStyle(label).color.match(/[\d.]+/g)!.map(Number);
      const [br, bg, bb] = background.match(/[\d.]+/g)!.map(Number);
      const painted = `rgb(${r * opacity + br * (1 - opacity)}, ${g * opacity + bg * (1 - opacity)}, ${b * opacity + bb * (1 - opacity)})`;
      expect(contrastRatio(painted, background), `${theme}: ${painted} on ${background}`).to.be.at.least(4.5);
      expect(getComputedStyle(button).textDecorationLine).to.equal('line-through');
      cleanup();
    }
  });

  it('the key of its lines stays over the Table view on screen (its buttons show and hide rows there too), and is not printed over a table', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));
    const legend = () => el.shadowRoot!.querySelector<HTMLElement>('.legend')!;
    const shown = () => legend().getClientRects().length > 0;
    const rows = () => el.shadowRoot!.querySelectorAll('.data-table tbody tr').length;
    el.setAttribute('mode', 'table');
    await el.updateComplete;
    expect(shown(), 'over the table, on screen').to.equal(true);
    expect(rows()).to.equal(2);
    // A line hidden in the Table view comes back with its button there.
    const button = legend().querySelector<HTMLButtonElement>('button[data-item="joined-up"]')!;
    button.click();
    await el.updateComplete;
    expect(rows(), 'its row hidden').to.equal(1);
    button.click();
    await el.updateComplete;
    expect(rows(), 'its row back').to.equal(2);
    await emulateMedia({ media: 'print' });
    try {
      expect(shown(), 'over the table, on paper').to.equal(false);
      el.removeAttribute('mode');
      await el.updateComplete;
      expect(shown(), 'with the lines, on paper').to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('all 8 objectives: 8 marker shapes, and each legend key draws its line\'s marker, so no line is told apart by colour alone', async () => {
    const items = ['joined-up', 'unplanned-admissions', 'quality-of-care', 'manage-own-care', 'quality-of-life', 'reducing-costs', 'accessible-services', 'greater-say'];
    const el = await drawn(mount<PioneerTrend>(`<pioneer-trend measure="objective" items="${items.join(',')}"></pioneer-trend>`));
    const root = el.shadowRoot!;
    const markerOf = (item: string) => {
      const ds = new Set([...root.querySelectorAll(`g.line-series[data-item="${item}"] path.point`)].map((p) => p.getAttribute('d')));
      expect(ds.size, item).to.equal(1);
      return [...ds][0]!;
    };
    const markers = items.map(markerOf);
    expect(new Set(markers).size).to.equal(8);
    for (const [i, item] of items.entries()) {
      const key = root.querySelector(`.legend button[data-item="${item}"] svg.key`)!;
      expect(key.getAttribute('aria-hidden')).to.equal('true');
      expect(key.querySelector('path')!.getAttribute('d'), item).to.equal(markers[i]);
      // Drawn in the line's colour: the key's colour is the points' fill.
      const fill = getComputedStyle(root.querySelector(`g.line-series[data-item="${item}"] path.point`)!).fill;
      expect(getComputedStyle(key.querySelector('path')!).fill, item).to.equal(fill);
      expect(key.getBoundingClientRect().width).to.be.greaterThan(10);
    }
  });

  it('re-renders when an attribute changes', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    el.setAttribute('items', 'joined-up');
    await el.updateComplete;
    expect(pointsOf(el, 'joined-up').map((p) => p.value)).to.deep.equal([65, 76, 58]);
    expect(pointsOf(el, 'quality-of-care')).to.have.length(0);
  });

  it('a bad measure shows a message naming the attribute and valid values, warns once, and does not throw', async () => {
    let el!: PioneerTrend;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barriers"></pioneer-trend>'));
    });
    const msg = el.shadowRoot!.querySelector('[part="message"]')!.textContent!;
    expect(msg).to.contain('measure="barriers"');
    expect(msg).to.contain('barrier');
    expect(warnings.filter((w) => w.includes('measure="barriers"'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('a group the measure is not published for is refused with the groups it is published for, in place of an empty plot that would read as none', async () => {
    let el!: PioneerTrend;
    const warnings = await captureWarnings(async () => {
      el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="sample-wave" group="organisation:la"></pioneer-trend>'));
    });
    // Tables 3.2 (waves) are published for all informants only.
    expect(el.message).to.equal('group="organisation:la" is not valid. Valid values: all (the groups published for sample-wave).');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(warnings.filter((w) => w.includes('group="organisation:la"'))).to.have.length(1);
    // A response published for fewer groups than the measure: the groups of that response.
    const objective = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress" response="substantial" group="organisation:la"></pioneer-trend>'));
    expect(objective.message).to.match(/^group="organisation:la" is not valid\. Valid values: all \(the groups published for progress, substantial\)\.$/);
  });

  it('a count axis says what it counts above it ("Number of informants"); a percent axis needs no title', async () => {
    const counts = await drawn(mount<PioneerTrend>('<pioneer-trend measure="sample-wave"></pioneer-trend>'));
    const title = counts.shadowRoot!.querySelector('.y-title-text')!;
    expect(title.textContent).to.equal('Number of informants');
    // Above the plot: clear of the top tick's label.
    const ticks = [...counts.shadowRoot!.querySelectorAll('.y-axis text')].map((t) => t.getBoundingClientRect());
    expect(title.getBoundingClientRect().bottom).to.be.at.most(Math.min(...ticks.map((t) => t.top)) + 0.5);
    const percent = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    expect(percent.shadowRoot!.querySelector('.y-title-text')).to.equal(null);
  });

  it('a focused legend button keeps naming its line when the lines change, or says what it names now', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="joined-up,quality-of-care,quality-of-life"></pioneer-trend>'));
    const root = el.shadowRoot!;
    const focused = () => (root.activeElement as HTMLElement | null)?.dataset.item;
    root.querySelector<HTMLElement>('.legend button[data-item="quality-of-life"]')!.focus();
    // Its line moves to another place in the legend (and its old button goes): the focus follows it.
    el.items = 'quality-of-care,quality-of-life';
    await drawn(el);
    expect(focused()).to.equal('quality-of-life');
    // Its line is no longer drawn: the button at its place keeps the focus and says what it names.
    root.querySelector<HTMLElement>('.legend button[data-item="quality-of-care"]')!.focus();
    el.items = 'joined-up,quality-of-life';
    await drawn(el);
    expect(focused()).to.equal('joined-up');
    expect(root.querySelector('.live')!.textContent).to.equal('The lines changed. This button is now Patients/service users experiencing more joined up services, shown.');
    // A change that keeps the line where it is says nothing.
    root.querySelector('.live')!.textContent = '';
    el.group = 'all';
    el.height = 300;
    await drawn(el);
    expect(focused()).to.equal('joined-up');
    expect(root.querySelector('.live')!.textContent).to.equal('');
  });

  it("new rows whose gaps fall in other years move a line's gap marker to its new year (the same node, not one removed and built again)", async () => {
    const rows = (gap: number) =>
      [2016, 2017, 2018, 2019, 2020].filter((year) => year !== gap).map((year, i) => ({
        measure: 'objective', item: 'item-a', item_label: 'Item A', year, group: 'all', response: 'selected',
        value: 40 + i, unit: 'percent', base: 100, source_survey: 2020, source_table: 'test rows',
      }));
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" response="selected"></pioneer-trend>');
    el.data = rows(2019);
    await drawn(el);
    const gapMarks = () => [...el.shadowRoot!.querySelectorAll('svg .gap-mark')];
    const [before] = gapMarks();
    expect(before.getAttribute('data-key')).to.equal('item-a|2019|gap');
    el.data = rows(2017);
    await drawn(el);
    const after = gapMarks();
    expect(after.length).to.equal(1);
    expect(after[0], 'the marker kept').to.equal(before);
    expect([after[0].getAttribute('data-year'), after[0].getAttribute('data-key')]).to.deep.equal(['2017', 'item-a|2017|gap']);
    // Drawn under its new year, and a point where the gap was.
    const box = after[0].getBoundingClientRect();
    expect(Math.abs(box.left + box.width / 2 - axesAsDrawn(el).xOf('2017'))).to.be.below(3);
    expect(el.shadowRoot!.querySelector('svg .point[data-year="2019"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('svg .point[data-year="2017"]')).to.equal(null);
  });

  it('tooltip and live region give value, base n, year and source table on keyboard focus', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    // The first stop is the first figure (2017), not the gap year before it.
    svg.focus();
    const live = el.shadowRoot!.querySelector('.live')!.textContent!;
    expect(live).to.contain('2017: 39%');
    expect(live).to.contain('base 105');
    expect(live).to.contain('Table 4.1');
  });

  it('a gap of an item first printed in 2019 says so in its tooltip and to a screen reader, not only that no figure was published', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" items="pcns-not-aligning"></pioneer-trend>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    // From its first figure (2019) back to the gap of 2017.
    svg.focus();
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tooltip.hidden).to.equal(false);
    const reason = '2017: no value. No figure published for 2017: the reports give this item for 2019–2020.';
    expect(tooltip.textContent!.replace(/\s+/g, ' ')).to.contain(reason);
    expect(el.shadowRoot!.querySelector('.live')!.textContent).to.contain(reason);
  });

  it('in browse mode a screen reader meets each line as its item and its value or "no value" for each year (2019 report Table 4.1)', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));
    const images = (await browseNodes(el.summary)).filter((n) => n.role === 'image').map((n) => n.name);
    expect(images).to.include(`${labelOf('objective', 'quality-of-care')}: 2016 no value, 2017 39%, 2018 48%, 2019 51%, 2020 no value`);
    expect(images).to.have.length(2);
  });

  it('fires pioneer-select with the ids on Enter', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const svg = el.shadowRoot!.querySelector('svg')!;
    let detail: unknown;
    document.body.addEventListener('pioneer-select', (e) => (detail = (e as CustomEvent).detail), { once: true });
    svg.focus();
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(detail).to.include({ source: 'pioneer-trend', item: 'quality-of-care', year: 2017, measure: 'objective' });
  });

  // Chromium sends no click to a mark moved between its press and release: the focused point,
  // lifted over the other lines as the press focused it, was never selected by the mouse.
  it('a click on a point fires pioneer-select with its ids (the chart not yet focused, then focused), and the point is then drawn over the other lines', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));
    const selected: unknown[] = [];
    el.addEventListener('pioneer-select', (e) => selected.push((e as CustomEvent).detail));
    const centre = (key: string): [number, number] => {
      const box = el.shadowRoot!.querySelector(`[data-key="${key}"]`)!.getBoundingClientRect();
      return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    };
    const keyAt = (at: [number, number]) => el.shadowRoot!.elementFromPoint(...at)?.getAttribute('data-key');
    // A point of the first line, then, the chart focused, one of the other line the first's tooltip leaves in view.
    for (const key of ['quality-of-care|2018', () => el.marks.find((m) => !m.gap && m.key.startsWith('joined-up|') && keyAt(centre(m.key)) === m.key)?.key]) {
      const k = typeof key === 'string' ? key : key()!;
      const point = el.shadowRoot!.querySelector(`[data-key="${k}"]`)!;
      const at = centre(k);
      expect(keyAt(at), 'in view').to.equal(k);
      await sendMouse({ type: 'click', position: at });
      expect(selected.pop(), k).to.deep.equal({ source: 'pioneer-trend', ...el.marks.find((m) => m.key === k)!.detail });
      expect(el.shadowRoot!.querySelector('.focused')?.getAttribute('data-key')).to.equal(k);
      expect(keyAt(at), 'on top').to.equal(k);
      expect(point.parentElement!.lastElementChild === point, `${k} last in its line`).to.equal(true);
    }
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  // The lift waits for a press's click (above); a press with none, dragged off its point, left
  // the point under another line while focused, till the next key or click.
  it('a point pressed and dragged off before the release is drawn over the line that crossed it, without a click; a click on it still selects it', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="fairly"></pioneer-trend>', 700));
    const selected: unknown[] = [];
    el.addEventListener('pioneer-select', (e) => selected.push((e as CustomEvent).detail));
    // 2019: "Different cultures" (Table 5.2), its centre crossed by the line of "Increased demand".
    const k = 'different-cultures|2019';
    const point = el.shadowRoot!.querySelector(`[data-key="${k}"]`)!;
    const box = point.getBoundingClientRect();
    const centre: [number, number] = [box.left + box.width / 2, box.top + box.height / 2];
    // The line whose mark is drawn topmost there (under the tooltip, which a press shows beside it).
    const top = () => el.shadowRoot!.elementsFromPoint(...centre).find((e) => e.closest('svg'))?.closest('[data-item]')?.getAttribute('data-item');
    expect(top(), 'crossed before the press').to.equal('increased-demand');
    // Pressed where the point itself is on top.
    const at = [[box.left + 1, centre[1]], [box.right - 1, centre[1]], [centre[0], box.top + 1], [centre[0], box.bottom - 1]]
      .map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number])
      .find((p) => el.shadowRoot!.elementFromPoint(...p) === point)!;
    expect(at, 'a part of the point on top').to.not.equal(undefined);
    await sendMouse({ type: 'move', position: at });
    await sendMouse({ type: 'down' });
    // Off the chart, to the left (not down to the window's edge, which scrolls the page).
    await sendMouse({ type: 'move', position: [2, at[1]] });
    await sendMouse({ type: 'up' });
    await new Promise((r) => setTimeout(r));
    expect(el.shadowRoot!.querySelector('.focused')?.getAttribute('data-key')).to.equal(k);
    expect(top(), 'on top once released').to.equal('different-cultures');
    expect(selected, 'no click, no selection').to.deep.equal([]);
    // Blurred (the lines back in their order), then clicked: selected, and on top.
    el.shadowRoot!.querySelector('svg')!.blur();
    expect(top(), 'crossed once blurred').to.equal('increased-demand');
    await sendMouse({ type: 'click', position: at });
    expect(selected).to.deep.equal([{ source: 'pioneer-trend', ...el.marks.find((m) => m.key === k)!.detail }]);
    expect(top(), 'on top once clicked').to.equal('different-cultures');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  // A press on the background (or on a point), dragged and released on the background, was a
  // click on the plot there: it selected the point nearest the release (within reach), which the
  // reader never clicked. A mouse's press that moves more than a few px before its release is a
  // drag, and selects nothing; a plain click beside a point, and a finger's tap, still select it.
  it('a mouse press dragged across the plot and released beside a point selects nothing; a click there, or a tap, selects the point', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const selected: string[] = [];
    el.addEventListener('pioneer-select', (e) => selected.push(`${(e as CustomEvent).detail.item} ${(e as CustomEvent).detail.year}`));
    const svg = el.shadowRoot!.querySelector('svg')!;
    const box = el.shadowRoot!.querySelector('[data-key="quality-of-care|2018"]')!.getBoundingClientRect();
    // 8 px right of the 2018 point (within a finger's reach of it), on the plot's background.
    const beside: [number, number] = [Math.round(box.right + 8), Math.round((box.top + box.bottom) / 2)];
    const onBackground = (p: [number, number]) => el.shadowRoot!.elementFromPoint(...p)?.closest('[data-key]') === null && svg.contains(el.shadowRoot!.elementFromPoint(...p));
    expect(onBackground(beside), 'beside the point: the background').to.equal(true);
    // Pressed on the background 40 px above (no point within reach), or on the 2018 point itself.
    const above: [number, number] = [beside[0], beside[1] - 40];
    expect(onBackground(above), 'above: the background').to.equal(true);
    const centre: [number, number] = [Math.round((box.left + box.right) / 2), Math.round((box.top + box.bottom) / 2)];
    for (const from of [above, centre]) {
      await sendMouse({ type: 'move', position: from });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [from[0], Math.round((from[1] + beside[1]) / 2)] });
      await sendMouse({ type: 'move', position: beside });
      await sendMouse({ type: 'up' });
      await new Promise((r) => setTimeout(r));
      expect(selected, `dragged from ${from} to ${beside}`).to.deep.equal([]);
    }
    // A plain click beside the point selects it (a hand's tremor of 2 px is no drag).
    await sendMouse({ type: 'move', position: beside });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [beside[0] + 2, beside[1]] });
    await sendMouse({ type: 'up' });
    expect(selected, 'clicked beside it').to.deep.equal(['quality-of-care 2018']);
    // A finger's tap, as Chromium sends it (its click where the finger lifted, a few px from
    // where it landed: the browser already tells a tap from a pan), selects it too.
    const pointer = (type: string, [x, y]: [number, number]) =>
      el.shadowRoot!.elementFromPoint(x, y)!.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', pointerId: 2, isPrimary: true, buttons: type === 'pointerdown' ? 1 : 0, clientX: x, clientY: y, bubbles: true, composed: true }));
    pointer('pointerdown', [beside[0], beside[1] - 6]);
    pointer('pointerup', beside);
    svg.dispatchEvent(new MouseEvent('click', { clientX: beside[0], clientY: beside[1], bubbles: true, composed: true }));
    expect(selected, 'tapped beside it').to.deep.equal(['quality-of-care 2018', 'quality-of-care 2018']);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('<pioneer-trend measure="progress"> lists all 8 items: the one published value as a point, the 7 charted-only items as series of gaps, named in a note with the reason', async () => {
    const ds = bundledDataset();
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress"></pioneer-trend>'));
    const root = el.shadowRoot!;
    const items = itemsOf(ds, 'progress').map((i) => i.item);
    expect(items).to.have.length(8);
    const valued = items.filter((item) => series(ds, 'progress', item, 'substantial-or-some').some((p) => p.row));
    // 2019 report, section 4 text: 53% reported substantial or some progress in reducing costs (base 67).
    expect(valued).to.deep.equal(['reducing-costs']);
    expect(pointsOf(el, 'reducing-costs').map((p) => [p.year, p.value])).to.deep.equal([[2019, 53]]);
    // Every item is drawn as a series and has a legend entry: none is dropped.
    const drawnItems = [...root.querySelectorAll('g.line-series')].map((g) => g.getAttribute('data-item'));
    expect([...drawnItems].sort()).to.deep.equal([...items].sort());
    expect([...root.querySelectorAll('.legend button')].map((b) => b.getAttribute('data-item')).sort()).to.deep.equal([...items].sort());
    const chartedOnly = items.filter((i) => !valued.includes(i));
    const note = notes(el);
    for (const item of chartedOnly) {
      // Each year of each charted-only item is a visible gap marker, carrying the dataset's reason.
      const gaps = [...root.querySelectorAll(`g.line-series[data-item="${item}"] .gap-mark`)];
      expect(gaps.map((g) => Number(g.getAttribute('data-year'))), item).to.deep.equal([2016, 2017, 2018, 2019, 2020]);
      for (const g of gaps) expect(g.getBoundingClientRect().width, `${item} gap marker drawn`).to.be.greaterThan(4);
      expect(pointsOf(el, item), item).to.have.length(0);
      expect(note, item).to.contain(labelOf('progress', item));
      const button = root.querySelector(`.legend button[data-item="${item}"]`)!;
      expect(button.textContent, item).to.match(/no published value/);
    }
    expect(note).to.match(/No line is drawn for 7 items/);
    // Each reason said after "Gaps in 2016:", mid-sentence: its first capital lowered.
    for (const p of series(ds, 'progress', 'joined-up', 'substantial-or-some')) expect(note).to.contain(midSentence(p.reason!).replace(/\.$/, ''));
    // A statement, quoted (as the stacked bars' summary quotes one).
    expect(el.summary).to.contain(`2019, 1 line. In 2019 the only published value was ‘${labelOf('progress', 'reducing-costs')}’ (53% of 67).`);
    expect(el.summary).to.contain('No published values for 2016, 2017, 2018 and 2020. 7 more items have no published value in any year.');
    // The exported key names them too.
    expect(el.toSvg()).to.contain(labelOf('progress', 'joined-up'));
  });

  it('<pioneer-trend measure="objective"> names the items the default top five leaves out', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    const shown = [...el.shadowRoot!.querySelectorAll('g.line-series')].map((g) => g.getAttribute('data-item'));
    const left = itemsOf(bundledDataset(), 'objective').filter((i) => !shown.includes(i.item));
    expect(left).to.have.length(3);
    const note = notes(el);
    expect(note).to.match(/Showing the 5 of 8 items highest in 2019; not shown: /);
    for (const i of left) expect(note, i.item).to.contain(labelOf('objective', i.item));
    // Barriers: 16 items, of which 11 are left out: counted rather than named.
    const barriers = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>'));
    expect(itemsOf(bundledDataset(), 'barrier')).to.have.length(16);
    expect(notes(barriers)).to.contain('Showing the 5 of 16 items highest in 2020; 11 others are not shown.');
  });

  it('an item tied with the fifth is drawn too, not left out at random: barriers "fairly significant" in 2020 (Table 5.2: 38% and 38%)', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="fairly"></pioneer-trend>'));
    const shown = [...el.shadowRoot!.querySelectorAll('g.line-series')].map((g) => g.getAttribute('data-item'));
    expect(shown).to.have.length(6);
    expect(shown).to.include.members(['covid-financial-resources', 'covid-time']);
    expect(notes(el)).to.contain('Showing the 6 of 16 items highest in 2020; 10 others are not shown.');
  });

  it('the summary names every line tied for the highest value: three barriers at 36% for CCG/NHS informants (2019 Table 5.2)', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" group="organisation:ccg-nhs"></pioneer-trend>'));
    // Read mid-sentence: "the highest were significant financial constraints …".
    const names = ['competing-demands', 'financial-constraints', 'increased-demand'].map((i) => midSentence(labelOf('barrier', i)));
    const said = el.summary.match(/In 2019 the highest were (.*) \(36% of 28 each\)\./);
    expect(said, el.summary).to.not.equal(null);
    for (const n of names) expect(said![1]).to.contain(n);
  });

  it('a count is given no base, but says what it counts: "Camden and Islington (6 informants each)", a mark "3 informants (2019 report Table 3.1)"', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="sample-site"></pioneer-trend>'));
    expect(el.summary).to.contain('In 2020 the highest were Camden and Islington (6 informants each).');
    expect(el.summary).to.not.contain('base');
    const camden2016 = el.marks.find((m) => m.key === 'camden|2016')!;
    expect(camden2016.label).to.equal('Camden, 2016: 3 informants (2019 report Table 3.1)');
    for (const m of el.marks) expect(m.label, m.key).to.not.match(/base not printed|unprinted/);
  });

  it("a table that disagrees with itself is said under the chart, in its exported SVG, and only where its figures are drawn: Table 4.1's 2018 column", async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    const caveat = el.shadowRoot!.querySelector<HTMLElement>('.source-note')!;
    expect(caveat.hidden).to.equal(false);
    expect(caveat.textContent).to.contain("Table 4.1 is printed so that its 2018 column adds up to at least 258 choices");
    expect(notes(el)).to.contain('258 choices');
    expect(el.toSvg()).to.contain('more than its 85 informants choosing three objectives could make (255)');
    // Barriers come from other tables: nothing said.
    const other = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>'));
    expect(other.shadowRoot!.querySelector<HTMLElement>('.source-note')!.hidden).to.equal(true);
    expect(other.toSvg()).to.not.contain('258');
    // New data loading (a src that has not answered yet) takes them away too.
    const fetchBefore = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      el.src = 'slow.json';
      await el.updateComplete;
      expect(caveat.hidden, 'loading: no caveat').to.equal(true);
      expect(el.shadowRoot!.querySelector('.source')!.textContent, 'loading: no source line').to.equal('');
    } finally {
      window.fetch = fetchBefore;
      el.src = '';
      await el.updateComplete;
    }
    await drawn(el);
    expect(caveat.hidden, 'drawn again from the bundled data').to.equal(false);
    // A message in place of the chart takes its source line and caveat away with it.
    el.setAttribute('measure', 'bogus');
    await el.updateComplete;
    expect(el.message).to.match(/^measure="bogus" is not valid/);
    expect(caveat.hidden).to.equal(true);
    expect(caveat.textContent).to.equal('');
  });

  it('keyboard: the first stop and Home outline the mark they announce (the first figure); every stop names its item and year; a gap names its reason', async () => {
    const ds = bundledDataset();
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));
    await tabIntoChart(el);
    const expectStop = (item: string, year: number) => {
      const text = live(el);
      expect(text, `${item} ${year}`).to.contain(`${labelOf('objective', item)}, ${year}: `);
      const point = series(ds, 'objective', item, 'selected').find((p) => p.year === year)!;
      if (point.row) expect(text).to.contain(`${point.row.value}% (base ${point.row.base}`);
      else expect(text).to.contain(point.reason!);
      const marks = outlined(el);
      expect(marks, `one outlined mark for ${item} ${year}`).to.have.length(1);
      expect(marks[0].key!.startsWith(`${item}|${year}`), marks[0].key!).to.equal(true);
      expect(marks[0].stroke).to.equal('3px');
      expect(marks[0].width).to.be.greaterThan(4);
    };
    // The lines are in questionnaire order: joined-up first. 2016 is a gap (not asked), reached
    // from the first figure.
    expectStop('joined-up', 2017);
    await sendKeys({ press: 'ArrowLeft' });
    expectStop('joined-up', 2016);
    for (const year of [2017, 2018, 2019, 2020]) {
      await sendKeys({ press: 'ArrowRight' });
      expectStop('joined-up', year);
    }
    await sendKeys({ press: 'ArrowDown' });
    expectStop('quality-of-care', 2020);
    for (const year of [2019, 2018, 2017, 2016]) {
      await sendKeys({ press: 'ArrowLeft' });
      expectStop('quality-of-care', year);
    }
    await sendKeys({ press: 'End' });
    expectStop('quality-of-care', 2020);
    await sendKeys({ press: 'Home' });
    expectStop('joined-up', 2017);
  });

  it('keyboard: Tab and Home start on the first figure, not on the gap years before it; the arrows reach each gap, which says why it has no figure', async () => {
    const tooltip = (el: PioneerTrend) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.textContent!.replace(/\s+/g, ' ').trim();
    // Every line of the default trend starts with 2016, a year the question was not asked.
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend></pioneer-trend>'));
    await tabIntoChart(el);
    const joinedUp = labelOf('objective', 'joined-up');
    expect(live(el)).to.equal(`${joinedUp}, 2017: 65% (base 105; 2019 report Table 4.1)`);
    expect(tooltip(el)).to.equal(live(el));
    await sendKeys({ press: 'ArrowLeft' });
    const notAsked = `${joinedUp}, 2016: no value. No figure published for 2016: the question was not asked in 2016 (the 2019 report, section 4).`;
    expect(live(el)).to.equal(notAsked);
    expect(tooltip(el)).to.equal(notAsked);
    await sendKeys({ press: 'ArrowLeft' });
    expect(live(el)).to.equal(`Start of this line. ${notAsked}`);
    await sendKeys({ press: 'ArrowRight' });
    expect(live(el)).to.equal(`${joinedUp}, 2017: 65% (base 105; 2019 report Table 4.1)`);
    await sendKeys({ press: 'ArrowDown' });
    expect(live(el)).to.equal(`${labelOf('objective', 'unplanned-admissions')}, 2017: 52% (base 105; 2019 report Table 4.1)`);
    await sendKeys({ press: 'Home' });
    expect(live(el)).to.equal(`${joinedUp}, 2017: 65% (base 105; 2019 report Table 4.1)`);
    // One line with four gap years before its only figure: Tab reaches the figure at once.
    const role = await drawn(mount<PioneerTrend>('<pioneer-trend measure="role-change"></pioneer-trend>'));
    await tabIntoChart(role);
    const question = labelOf('role-change', 'covid-role-change');
    expect(live(role)).to.equal(`${question}, 2020: 67% yes (base not printed; 2020 report, text of section 5)`);
    await sendKeys({ press: 'ArrowLeft' });
    expect(live(role)).to.equal(`${question}, 2019: no value. No figure published for 2019: the reports give this measure for 2020 only.`);
  });

  it('keyboard on <pioneer-trend measure="progress">: the charted-only items are stops too, each naming its item and reason', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="progress"></pioneer-trend>'));
    await tabIntoChart(el);
    await sendKeys({ press: 'End' });
    const last = el.marks[el.marks.length - 1];
    expect(live(el)).to.equal(last.label);
    const item = last.detail.item!;
    expect(live(el)).to.contain(`${labelOf('progress', item)}, 2020: no value. Shown only in Figure 4.1 of the 2020 report`);
    expect(outlined(el).map((m) => m.key)).to.deep.equal([`${item}|2020|gap`]);
  });

  it('Escape leaves the marks but keeps focus on the chart (a screen reader keeps its place)', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    await tabIntoChart(el);
    expect(outlined(el)).to.have.length(1);
    const left = live(el);
    expect(left).to.contain(', 2017: 39%');
    await sendKeys({ press: 'Escape' });
    expect(document.activeElement?.localName, 'focus stays in the chart').to.equal('pioneer-trend');
    expect(el.shadowRoot!.activeElement?.localName).to.equal('svg');
    expect(outlined(el), 'no mark outlined').to.have.length(0);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.hidden).to.equal(true);
    expect(live(el), 'Escape is confirmed').to.equal('Left the marks. Arrow keys return to them; Tab leaves the chart.');
    // The arrows come back to the marks where the reader left them: the first shows the mark
    // left again, the next goes on from it.
    await sendKeys({ press: 'ArrowRight' });
    expect(live(el)).to.equal(left);
    await sendKeys({ press: 'ArrowRight' });
    expect(live(el)).to.contain(', 2018: 48%');
  });

  it('in a 320 px column, the gap markers of a year stand apart (not a blob of dashes), each group centred nearer its year than the next', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>', 320));
    const root = el.shadowRoot!;
    const years = new Map<string, DOMRect[]>();
    for (const g of root.querySelectorAll('.gap-mark')) {
      const y = g.getAttribute('data-year')!;
      years.set(y, [...(years.get(y) ?? []), g.getBoundingClientRect()]);
    }
    const crowded = [...years.values()].find((boxes) => boxes.length >= 5);
    expect(crowded, 'a year with five gap markers').to.not.equal(undefined);
    for (const g of root.querySelectorAll<SVGGraphicsElement>('.gap-mark')) {
      expect(getComputedStyle(g).vectorEffect).to.equal('non-scaling-stroke');
      expect(getComputedStyle(g).strokeWidth).to.equal('1.5px');
    }
    let widest = 0;
    for (const boxes of years.values()) {
      const xs = boxes.sort((a, b) => a.left - b.left);
      for (let i = 1; i < xs.length; i++) {
        expect(xs[i].left - xs[i - 1].right, 'space between markers').to.be.at.least(2);
        widest = Math.max(widest, xs[i].left - xs[i - 1].right);
      }
    }
    // Two years' groups are apart: from one's last marker to the next's first at least 7 px, and
    // more than twice any space inside a group (2016's and 2017's ran together as one row).
    const groups = [...years].sort(([a], [b]) => Number(a) - Number(b)).map(([, boxes]) => boxes);
    for (let i = 1; i < groups.length; i++) {
      const apart = Math.min(...groups[i].map((b) => b.left)) - Math.max(...groups[i - 1].map((b) => b.right));
      expect(apart, `groups ${i - 1} and ${i} apart`).to.be.at.least(Math.max(7, 2 * widest));
    }
    const ticks = [...root.querySelectorAll('.x-axis .tick')].map((t) => ({ year: t.textContent!.trim(), x: t.querySelector('line')!.getBoundingClientRect().left }));
    for (const [year, boxes] of years) {
      const mid = (Math.min(...boxes.map((b) => b.left)) + Math.max(...boxes.map((b) => b.right))) / 2;
      const nearest = ticks.reduce((n, t) => (Math.abs(t.x - mid) < Math.abs(n.x - mid) ? t : n));
      expect(nearest.year, `the ${year} group`).to.equal(year);
      // Drawn smaller where crowded, never below 55% (a 7 px circle stays 4 px across), its dashed outline as wide as ever.
      for (const b of boxes) expect(b.width).to.be.greaterThan(4);
    }
  });

  it('gap markers sit in a strip of their own under the 0% line, named "no value", above the year labels: never read as 0%', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    const root = el.shadowRoot!;
    const box = (e: Element) => e.getBoundingClientRect();
    const zeroTick = [...root.querySelectorAll('.y-axis .tick')].find((t) => t.textContent === '0%')!;
    const zeroY = box(zeroTick.querySelector('line')!).top;
    const yearLabels = [...root.querySelectorAll('.x-axis .tick text')];
    const yearTop = Math.min(...yearLabels.map((t) => box(t).top));
    const gaps = [...root.querySelectorAll('.gap-mark')];
    expect(gaps.length).to.be.greaterThan(0);
    for (const g of gaps) {
      expect(box(g).top, g.getAttribute('data-key')!).to.be.greaterThan(zeroY + 1);
      expect(box(g).bottom, g.getAttribute('data-key')!).to.be.at.most(yearTop + 0.5);
    }
    const label = root.querySelector('.gap-strip-label')!;
    expect(label.textContent).to.equal('no value');
    expect(label.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(Math.abs((box(label).top + box(label).bottom) / 2 - (box(gaps[0]).top + box(gaps[0]).bottom) / 2)).to.be.lessThan(3);
    // "no value" and the "0%" beside the line above it do not overlap.
    expect(box(label).top, '"no value" below "0%"').to.be.at.least(box(zeroTick.querySelector('text')!).bottom);
    expect(box(label).bottom, '"no value" above the years').to.be.at.most(yearTop + 0.5);
    // A trend with a value every year has no strip.
    const full = mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>');
    full.data = [2016, 2017, 2018, 2019, 2020].map((year, i) => ({
      measure: 'objective', item: 'x', item_label: 'X', year, group: 'all', response: 'selected', value: 40 + i, unit: 'percent', base: 50, source_survey: 2019, source_table: '4.1',
    }));
    await drawn(full);
    expect(full.marks).to.have.length(5);
    expect(full.shadowRoot!.querySelector('.gap-strip-label')).to.equal(null);
  });

  it('years outside those the reports give a measure for are said to be so: a Covid question (2020 only), the objectives table (2017–2019)', async () => {
    const rel = await drawn(mount<PioneerTrend>('<pioneer-trend measure="relationship"></pioneer-trend>'));
    expect(notes(rel)).to.contain('No figures were published for 2016, 2017, 2018 and 2019: the reports give this measure for 2020 only.');
    const obj = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>'));
    expect(notes(obj)).to.contain('No figures were published for 2016 and 2020: the reports give this measure for 2017–2019; the question was not asked in 2016 (the 2019 report, section 4).');
  });

  it('a subgroup given for one year lists the years without figures as a sentence does: "2016, 2017, 2018 and 2020" (2019 report Table 5.3, less deprived sites)', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" group="deprivation:less"></pioneer-trend>'));
    expect(notes(el)).to.contain('The 2019 and 2020 reports give no figures for this group for 2016, 2017, 2018 and 2020.');
    expect(el.summary).to.contain('No published values for 2016, 2017, 2018 and 2020.');
  });

  it("a subgroup's years without figures give the reports' own reasons: deprivation first compared in 2019, organisation types grouped otherwise before, 2020 the whole sample only; none printed for time in post", async () => {
    const deprivation = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" group="deprivation:more"></pioneer-trend>'));
    const whole2020 = 'The 2020 report shows results for the whole sample only (the 2020 report, section 2).';
    expect(notes(deprivation)).to.contain(
      `The 2019 and 2020 reports give no figures for this group for 2016, 2017, 2018 and 2020. The comparison by deprivation was first made for the 2019 report (the 2019 report, section 3). ${whole2020}`,
    );
    const la = await drawn(mount<PioneerTrend>('<pioneer-trend measure="facilitator" group="organisation:la"></pioneer-trend>'));
    // The earlier surveys' reports did compare local authority informants: never "No figures were published".
    expect(notes(la)).to.contain('The reports of the earlier surveys compared CCG, NHS provider and local authority informants separately; the 2019 report combined CCGs and NHS providers (the 2019 report, section 2).');
    expect(notes(la)).not.to.contain('No figures were published');
    const tenure = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" group="tenure:5-plus"></pioneer-trend>'));
    expect(notes(tenure)).to.contain(`The 2019 and 2020 reports give no figures for this group for 2016, 2017, 2018 and 2020. ${whole2020}`);
    expect(notes(tenure)).not.to.contain('2019 report, section');
    // The whole sample's trend keeps its own sentence.
    const all = await drawn(mount<PioneerTrend>('<pioneer-trend measure="relationship"></pioneer-trend>'));
    expect(notes(all)).to.contain('No figures were published for 2016, 2017, 2018 and 2019: the reports give this measure for 2020 only.');
  });

  it("the Table view says why a subgroup's years have no figure with the group as it reads mid-sentence: 'for less deprived sites in 2019 only' (2019 report Table 5.3)", async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" group="deprivation:less"></pioneer-trend>'));
    el.mode = 'table';
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('table.data-table')!;
    const spoken = table.querySelector('td.absent .sr-only')!.textContent;
    expect(spoken).to.equal('No figure published for 2016: the reports give this measure for less deprived sites in 2019 only.');
    expect(table.querySelector('td.absent [aria-hidden]')!.getAttribute('title')).to.equal(spoken);
    // The note under the table the gap columns point to says it in the same words.
    expect(seenText(el.shadowRoot!.querySelector('.table-notes li')!)).to.equal('No figure published: the reports give this measure for less deprived sites in 2019 only.');
  });

  it('Tab back into the chart returns to the mark last reached, after a line is shown again before it', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    const button = (item: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.legend button[data-item="${item}"]`)!;
    // Joined-up hidden: the chart shows quality of care alone; the reader reaches its 2018 point (2019 report Table 4.1: 48%).
    button('joined-up').click();
    await drawn(el);
    svgEl.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    expect(live(el)).to.match(/^Improving quality of care.*, 2018: 48%/);
    // Joined-up shown again (its line comes first), from its button; then back to the chart.
    button('joined-up').focus();
    await sendKeys({ press: 'Space' });
    await drawn(el);
    expect(el.marks[0].key.startsWith('joined-up')).to.equal(true);
    svgEl.focus();
    expect(live(el)).to.match(/^Improving quality of care.*, 2018: 48%/);
    expect(el.shadowRoot!.querySelector('.focused')!.getAttribute('data-key')).to.equal('quality-of-care|2018');
  });

  it('points of equal value in a year are set side by side on it, none hiding another (CCG/NHS barriers, 2019: three at 36%)', async () => {
    // 2019 report Table 5.2, CCG/NHS (base 28): financial constraints, increased demand and
    // competing demands 36%; incompatible IT 32%, financial savings 29%.
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" group="organisation:ccg-nhs"></pioneer-trend>', 900));
    const { yOf, xOf } = axesAsDrawn(el);
    const box = (item: string) => el.shadowRoot!.querySelector(`[data-key="${item}|2019"]`)!.getBoundingClientRect();
    const tied = ['financial-constraints', 'increased-demand', 'competing-demands'].map(box);
    for (const [i, a] of tied.entries()) {
      expect(a.top + a.height / 2, `tied point ${i} level with 36%`).to.be.closeTo(yOf(36), 2);
      for (const b of tied.slice(i + 1)) {
        const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        expect(overlap, 'two tied points overlap').to.equal(0);
      }
    }
    // In the series' order, centred on the year's label, so that none is read as another year's.
    const centres = tied.map((b) => b.left + b.width / 2);
    expect([...centres].sort((a, b) => a - b)).to.deep.equal(centres);
    expect(centres.reduce((a, c) => a + c, 0) / 3).to.be.closeTo(xOf('2019'), 1);
    expect(centres[2] - centres[0]).to.be.below(30);
    // A point with none near it stays on its year.
    for (const item of ['incompatible-it', 'financial-savings']) expect(box(item).left + box(item).width / 2, item).to.be.closeTo(xOf('2019'), 1);
    // The keyboard's stop is where the point is drawn: its outline and tooltip are there.
    const mark = el.marks.find((m) => m.key === 'competing-demands|2019')!;
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const scale = svg.width / el.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width;
    expect(svg.left + mark.anchor[0] * scale).to.be.closeTo(centres[2], 1);
  });

  it('every line hidden by the reader: the chart says they are hidden (not that nothing is published), the live region falls silent, and an arrow says why it has no mark to go to', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care,joined-up"></pioneer-trend>'));
    const svgEl = el.shadowRoot!.querySelector('svg')!;
    svgEl.focus();
    expect(live(el)).to.not.equal('');
    for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.legend button')) {
      b.click();
      await el.updateComplete;
    }
    expect(el.marks).to.have.length(0);
    expect(svgEl.getAttribute('aria-label')).to.match(/: all 2 lines are hidden; show them with the buttons under the chart\.$/);
    expect(svgEl.getAttribute('aria-label')).to.not.contain('no published');
    expect(live(el)).to.equal('');
    // The focus is still on the chart: an arrow there says why nothing is reached, each time.
    svgEl.focus();
    const said = `No marks to step through. ${el.summary}`;
    expect(el.summary).to.match(/all 2 lines are hidden; show them with the buttons under the chart\.$/);
    await sendKeys({ press: 'ArrowRight' });
    expect(live(el)).to.equal(said);
    await sendKeys({ press: 'End' });
    expect(live(el)).to.equal(`${said}\u00a0`);
  });

  it('the role-change trend shows by default the answer the 2020 key findings cite (67% yes), and says its base is not printed', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="role-change"></pioneer-trend>'));
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Role changed as a result of Covid-19 — Yes, by survey year');
    expect(el.marks.find((m) => /2020: \d/.test(m.label))!.label).to.match(/, 2020: 67% yes \(/);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.equal('Source: PIRU key informant survey 2020, text of section 5; base not printed');
  });

  it('a keyboard stop names the answer its value counts: "67% yes" for the role change, "33% much better" for relationships', async () => {
    for (const [attrs, expected] of [
      ['measure="role-change" response="yes"', /, 2020: 67% yes \(/],
      ['measure="relationship" response="much-better"', /, 2020: 33% much better \(/],
    ] as const) {
      const el = await drawn(mount<PioneerTrend>(`<pioneer-trend ${attrs}></pioneer-trend>`));
      const point = el.marks.find((m) => /2020: \d/.test(m.label));
      expect(point?.label, attrs).to.match(expected);
      cleanup();
    }
    // A plain share ('most important' objectives) is not followed by an answer.
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    expect(el.marks.find((m) => m.label.includes('2019: '))!.label).to.match(/2019: 51% \(/);
  });

  it('the summary gives the printed range of bases for a 2020 Table 5.2 value, as the tooltip does', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>'));
    const row = series(bundledDataset(), 'barrier', 'financial-constraints', 'very').find((p) => p.year === 2020)!.row!;
    expect([row.value, row.base, row.source_table]).to.deep.equal([48, null, '5.2']);
    const range = tableBaseRangeText(row)!;
    expect(range).to.equal('52–54');
    expect(el.summary).to.contain(`${midSentence(labelOf('barrier', 'financial-constraints'))} (48% of ${range}, the range of bases printed for 2020 report Table 5.2)`);
    expect(el.summary).to.not.contain('unprinted');
    const mark = el.marks.find((m) => m.key === 'financial-constraints|2020')!;
    expect(mark.label).to.contain(`bases ${range}`);
  });
});

describe('<pioneer-trend>: a year with no value between two with one', () => {
  afterEach(cleanup);

  it('breaks the line there (never drawn across the gap): each run of years with values is a line of its own', async () => {
    const row = (year: number, value: number) => ({
      measure: 'objective', item: 'quality-of-care', item_label: 'Quality of care', year, group: 'all', response: 'selected',
      value, unit: 'percent', base: 60, source_survey: 2021, source_table: 'custom',
    });
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>', 700);
    // No row for 2018: a gap between 2017 and 2019.
    (el as unknown as { data: unknown }).data = [row(2016, 40), row(2017, 20), row(2019, 70), row(2020, 60)];
    await drawn(el);
    const g = el.shadowRoot!.querySelector('g.line-series[data-item="quality-of-care"]')!;
    expect(g.getAttribute('aria-label'), 'as a reader hears it').to.contain('2018 no value');
    expect(el.shadowRoot!.querySelector('.gap-mark[data-key="quality-of-care|2018|gap"]'), "2018's gap marker").to.not.equal(null);
    // A line (M…L…) for 2016–2017 and one for 2019–2020: none from 2017 to 2019.
    const d = g.querySelector('path.line')!.getAttribute('d') ?? '';
    expect(d.split('M').length - 1, `lines drawn (d="${d}")`).to.equal(2);
  });
});
