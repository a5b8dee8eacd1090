// A researcher's data with hostile or unusual content (from a security audit): control characters
// pasted from office programs, ids that are names of built-in object properties, very many rows,
// words too long for a phone's width. Each is shown or refused with a message, never breaks a download.
import { expect } from '@esm-bundle/chai';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { ObservationRow } from '../../src/data/types.js';
import { cleanup, drawn, mount } from '../helpers.js';

const row = (o: Partial<ObservationRow>): ObservationRow => ({
  measure: 'barrier', item: 'a', item_label: 'A', year: 2022, group: 'all', response: 'very',
  value: 25, unit: 'percent', base: 40, source_survey: 2022, source_table: '1', ...o,
});
const stackRows = (label: string) => ['very', 'fairly', 'not', 'dont-know'].map((response) => row({ item_label: label, response }));
const messageOf = (el: Element) => el.shadowRoot!.querySelector('[part="message"]')?.textContent ?? null;

describe('hostile content in a researcher\'s data', () => {
  afterEach(cleanup);

  it('a label with a control character (U+000B, a soft return pasted from Word or PowerPoint) gives a well-formed SVG file', async () => {
    const el = mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2022"></barrier-stack>');
    el.data = stackRows('Staff\u000Bshortages\u0007');
    await drawn(el);
    expect(messageOf(el)).to.equal(null);
    const svg = el.toSvg();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? null).to.equal(null);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent).join('|'), 'the label, the character as a space').to.contain('Staff shortages');
  });

  it('response ids "constructor", "toString", "__proto__" of a custom measure are shown as themselves, not as "function Object() { [native code] }"', async () => {
    const el = mount<PioneerChart<unknown>>('<pioneer-table measure="my-measure" year="2022"></pioneer-table>');
    el.data = ['constructor', 'toString', '__proto__'].map((response, i) => row({ measure: 'my-measure', item: 'thing', item_label: 'Thing', response, value: 10 + i }));
    await drawn(el);
    const text = el.shadowRoot!.querySelector('table')?.textContent ?? '';
    expect(text).to.contain('Thing');
    expect(text).not.to.contain('native code');
    expect(text).not.to.contain('[object Object]');
  });

  it('a measure or item named "constructor" is a measure like any other, not "….includes is not a function"', async () => {
    const el = mount<PioneerChart<unknown>>('<pioneer-table measure="constructor" year="2022"></pioneer-table>');
    el.data = [row({ measure: 'constructor', item: 'constructor', item_label: 'To string' }), row({ measure: 'constructor', item: 'to-string', item_label: 'Prototype', response: 'fairly' })];
    await drawn(el);
    expect(messageOf(el) ?? '').not.to.match(/is not a function|native code/);
    expect(el.shadowRoot!.querySelector('table')?.textContent ?? '').to.contain('To string');
  });

  it('150,000 rows (a 4.75 MB CSV is within the 5 MB src limit) do not fail with "Maximum call stack size exceeded"', async () => {
    const el = mount<PioneerChart<unknown>>('<pioneer-trend measure="x"></pioneer-trend>');
    const rows: ObservationRow[] = [];
    for (let i = 0; i < 150_000; i++) rows.push(row({ measure: 'x', item: `i${i}`, item_label: `Item ${i}`, year: 2019 + (i % 2), response: 's', value: 1, unit: 'count', base: null, source_survey: 2019 }));
    el.data = rows;
    await drawn(el);
    expect(messageOf(el) ?? '').not.to.contain('Maximum call stack size exceeded');
  });

  it('a src address answered with a web page (a server\'s "page not found" at status 200) is named as such, not as malformed CSV', async () => {
    const page = '<!doctype html><html><head><title>Not found</title></head><body><p class="x">We could not find "that", sorry.</p></body></html>';
    for (const [type, name] of [['text/html', 'figures.csv'], ['text/plain', 'figures.json']]) {
      const url = URL.createObjectURL(new Blob([page], { type }));
      const el = mount<PioneerChart<unknown>>(`<pioneer-trend measure="objective" src="${url}#${name}"></pioneer-trend>`);
      const t0 = performance.now();
      while (!messageOf(el) && performance.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 20));
      expect(messageOf(el), name).to.match(/is a web page \(HTML\), not a JSON or CSV file/);
      expect(messageOf(el), name).to.not.match(/malformed|quote/);
    }
  });

  it('a src answering JSON labelled text/html (as some servers send a string) is read, not taken for a web page', async () => {
    const rows = JSON.stringify(stackRows('Staffing'));
    const original = window.fetch;
    window.fetch = async () => new Response(rows, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    try {
      const el = mount<PioneerChart<unknown>>('<barrier-stack measure="barrier" year="2022" src="/api/figures"></barrier-stack>');
      const t0 = performance.now();
      while (!el.marks.length && !messageOf(el) && performance.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 20));
      expect(messageOf(el)).to.equal(null);
      expect(el.marks.length, 'drawn').to.equal(4);
    } finally {
      window.fetch = original;
    }
  });

  it('a long unbroken word in a trend label or a source does not widen the page (phone width)', async () => {
    const el = mount<PioneerChart<unknown>>('<pioneer-trend measure="barrier" response="very" items="a"></pioneer-trend>', 360);
    const label = 'NHS_England_Integrated_Care_Pioneer_Programme_Evaluation_Item';
    el.data = [2019, 2020].map((year) => row({ year, item_label: label, source_survey: year, source_table: 'Appendix_Table_Integrated_Care_Pioneer_Programme_2' }));
    await drawn(el);
    const right = el.getBoundingClientRect().right;
    const wider = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > right + 1).map((e) => `${e.localName}.${e.getAttribute('class') ?? ''}`);
    expect(wider).to.deep.equal([]);
  });
});
