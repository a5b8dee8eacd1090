import { expect } from '@esm-bundle/chai';
import { ELEMENTS } from './elements.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerTrend } from '../../src/components/pioneer-trend/pioneer-trend.js';
import type { PioneerTable } from '../../src/components/pioneer-table/pioneer-table.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { formatCsv } from '../../src/data/csv.js';
import { OBSERVATION_COLUMNS, type ObservationRow } from '../../src/data/types.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

const row = (o: Partial<ObservationRow>): ObservationRow => ({
  measure: 'objective', item: 'quality-of-care', item_label: 'Quality of care', year: 2019, group: 'all', response: 'selected',
  value: 50, unit: 'percent', base: 60, source_survey: 2021, source_table: 'custom', ...o,
});

const messageOf = (el: Element) => el.shadowRoot!.querySelector('[part="message"]')?.textContent ?? null;

async function until(fn: () => boolean, ms = 3000): Promise<void> {
  const t0 = performance.now();
  while (!fn()) {
    if (performance.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Serves a body at a blob: URL (same-origin for fetch), standing in for a file on the site. */
const blobUrl = (body: string, type: string) => URL.createObjectURL(new Blob([body], { type }));

describe('custom data: the data property and the src attribute', () => {
  afterEach(cleanup);

  it("a chart's Data (CSV) download, read back through src, gives the same labels: a label a spreadsheet would run ('-Other barriers', '=1+1') is guarded in the file and not in the chart", async () => {
    const rows = [row({ item: 'other', item_label: '-Other barriers', value: 40 }), row({ item: 'sum', item_label: '=1+1', value: 30 })];
    const first = mount<PioneerTrend>('<pioneer-trend measure="objective" items="other,sum"></pioneer-trend>');
    first.data = rows;
    await drawn(first);
    const csv = first.toCsv();
    expect(csv).to.contain(",'-Other barriers,");
    expect(csv).to.contain(",'=1+1,");
    const again = mount<PioneerTrend>(`<pioneer-trend measure="objective" items="other,sum" src="${blobUrl(csv, 'text/csv')}"></pioneer-trend>`);
    await until(() => again.marks.length > 0);
    const labels = [...again.shadowRoot!.querySelectorAll('.legend button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['-Other barriers', '=1+1']);
  });

  it('rows that are not objects are a type error, and shown as a problem at run time', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    const warnings = await captureWarnings(async () => {
      // @ts-expect-error — a number and a string are not rows
      el.data = [42, 'not a row'];
      await el.updateComplete;
    });
    expect(messageOf(el)).to.match(/^data: 2 problems/);
    expect(warnings.some((w) => w.includes('data: 2 problems'))).to.equal(true);
    // Typed rows, parsed JSON and CSV records all type-check.
    el.data = [row({ year: 2019, value: 61 })];
    el.data = JSON.parse('[]') as unknown as object[];
    el.data = [{ measure: 'objective' } as Record<string, string>];
  });

  it('rows whose fields throw when read give a message, never an exception out of the element; valid rows after them draw', async () => {
    const el = await drawn(mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>'));
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.message);
      e.preventDefault();
    };
    const onRejection = (e: PromiseRejectionEvent) => {
      errors.push(String(e.reason));
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const bad = row({});
      Object.defineProperty(bad, 'value', { get: () => { throw new Error('getter boom'); }, enumerable: true });
      await captureWarnings(async () => {
        el.data = [bad];
        await el.updateComplete.catch((e: unknown) => errors.push(String(e)));
        await new Promise((r) => setTimeout(r, 50));
      });
      expect(errors).to.deep.equal([]);
      expect(messageOf(el)).to.equal('data: the rows could not be read — getter boom');
      expect(el.shadowRoot!.querySelectorAll('path.point')).to.have.length(0);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    el.data = [row({ year: 2019, value: 61 })];
    await drawn(el);
    expect(messageOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('path.point')).to.have.length(1);
  });

  it('a valid data array replaces the bundled figures', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    el.data = [row({ year: 2017, value: 20 }), row({ year: 2019, value: 70 })];
    await drawn(el);
    const values = [...el.shadowRoot!.querySelectorAll('path.point')].map((p) => Number(p.getAttribute('data-value')));
    expect(values).to.deep.equal([20, 70]);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.contain('custom');
  });

  it("a row with no value and a note (a chart's Data (CSV) gap row) is drawn as a gap with that note as its reason, through data and through src; with no note it is refused as before", async () => {
    const reason = 'Not asked in 2020: the 2021 survey dropped the question that year.';
    const gapRow = { ...row({ year: 2020 }), value: '', unit: '', base: '', source_survey: '', source_table: '', note: reason };
    const rows = [row({ year: 2019, value: 61 }), gapRow, row({ year: 2021, value: 64 })];
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    el.data = rows as unknown as ObservationRow[];
    await drawn(el);
    expect(messageOf(el)).to.equal(null);
    const values = [...el.shadowRoot!.querySelectorAll('path.point')].map((p) => Number(p.getAttribute('data-value')));
    expect(values, 'the gap is not a figure').to.deep.equal([61, 64]);
    expect([...el.shadowRoot!.querySelectorAll('.gap-mark')].map((g) => g.getAttribute('data-key'))).to.deep.equal(['quality-of-care|2020|gap']);
    expect(el.marks.find((m) => m.key === 'quality-of-care|2020|gap')!.label).to.equal(`Quality of care, 2020: no value. ${reason}`);
    // The Table view gives the reason in the gap's cell.
    el.mode = 'table';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect([...el.shadowRoot!.querySelectorAll('td.absent .sr-only')].map((c) => c.textContent)).to.deep.equal([reason]);
    // Its download writes the gap back as it was given, and the file read back through src draws it again.
    const csv = el.toCsv();
    expect(csv.split('\r\n')[2]).to.equal(`objective,quality-of-care,Quality of care,2020,all,selected,,percent,,,,${reason}`);
    const again = mount<PioneerTrend>(`<pioneer-trend measure="objective" items="quality-of-care" src="${blobUrl(csv, 'text/csv')}"></pioneer-trend>`);
    await until(() => again.marks.length > 0);
    expect(again.marks.map((m) => m.label)).to.deep.equal(el.marks.map((m) => m.label));
    expect(again.toCsv()).to.equal(csv);
    // No value and no note (or a blank one): a problem, said as before.
    for (const note of [undefined, '  ']) {
      const bad = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
      const warnings = await captureWarnings(async () => {
        bad.data = [rows[0], { ...gapRow, note }] as unknown as ObservationRow[];
        await drawn(bad);
      });
      expect(messageOf(bad)).to.equal('data: 4 problems — row 2, value: missing; row 2, unit: missing; row 2, source_survey: missing; row 2, source_table: missing');
      expect(warnings.some((w) => w.includes('row 2, value: missing'))).to.equal(true);
    }
  });

  // JSON writes an empty cell as null (pandas' to_json, d3.csvParse with d3.autoType, a database's
  // export): a gap row with nulls was refused ('value: "" is not a number', 'source_survey: "" is
  // not a year'), and a value of null without a note was said to be missing and not a number.
  it('null is an empty cell, as "" is: a gap row of nulls is drawn as its gap; a null value without a note is one problem, value: missing, named in the console', async () => {
    const reason = 'Suppressed: fewer than 5 informants.';
    const gapRow = { ...row({ year: 2020 }), value: null, unit: null, base: null, source_survey: null, source_table: null, note: reason };
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    el.data = JSON.parse(JSON.stringify([row({ year: 2019, value: 61 }), gapRow, row({ year: 2021, value: 64 })]));
    await drawn(el);
    expect(messageOf(el)).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('path.point')].map((p) => Number(p.getAttribute('data-value')))).to.deep.equal([61, 64]);
    expect(el.marks.find((m) => m.key === 'quality-of-care|2020|gap')!.label).to.equal(`Quality of care, 2020: no value. ${reason}`);
    const bad = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    const warnings = await captureWarnings(async () => {
      bad.data = [row({ year: 2019, value: 61 }), { ...row({ year: 2020 }), value: null }, { ...row({ year: 2021 }), year: null }];
      await drawn(bad);
    });
    expect(messageOf(bad)).to.equal('data: 2 problems — row 2, value: missing; row 3, year: missing');
    expect(warnings.some((w) => w.includes('row 2, value: missing; row 3, year: missing'))).to.equal(true);
  });

  it('a malformed dataset lists the first problems with row and column and draws nothing from it', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective"></pioneer-trend>');
    const warnings = await captureWarnings(async () => {
      el.data = [
        row({}),
        row({ year: 2018, value: 140 }),
        row({ year: 2017, value: Number.NaN }),
        row({ year: 2016, response: 'maybe' }),
        row({}),
        { measure: 'objective' } as unknown as ObservationRow,
      ];
      await drawn(el);
    });
    const msg = messageOf(el)!;
    expect(msg).to.contain('row 2, value: 140 is outside 0–100');
    expect(msg).to.contain('row 3, value');
    expect(msg).to.contain('row 4, response: "maybe"');
    expect(msg).to.contain('row 5, (key): duplicates row 1');
    expect(msg).to.contain('row 6, item: missing');
    expect(el.shadowRoot!.querySelectorAll('path.point')).to.have.length(0);
    expect(warnings).to.have.length(1);
  });

  it('<pioneer-table>: a base of 0 or 0.5 and a value or year in hex are refused with a message naming each row, field and value, not drawn as "50% (n=0)", "(n=0.5)" or 50 and 2019; through data and through src', async () => {
    const rows = [
      row({ item: 'a', item_label: 'Base 0', base: 0 }),
      row({ item: 'b', item_label: 'Base half', base: 0.5 }),
      { ...row({ item: 'c', item_label: 'Hex value' }), value: '0x32' },
    ] as unknown as ObservationRow[];
    const el = mount<PioneerTable>('<pioneer-table measure="objective"></pioneer-table>');
    const warnings = await captureWarnings(async () => {
      el.data = rows;
      await drawn(el);
    });
    const basic = 'a whole number of informants, 1 or more, e.g. 64; or empty where none is printed';
    expect(messageOf(el)).to.equal(
      `data: 3 problems — row 1, base: "0" is not a base n (${basic}); row 2, base: "0.5" is not a base n (${basic}); ` +
        'row 3, value: "0x32" is not a number (write it in plain decimals: digits, a minus sign and a decimal point if need be, e.g. 44 or 12.5)',
    );
    expect(warnings.some((w) => w.includes('row 3, value: "0x32"'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('tbody'), 'no table of them').to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.match(/n=0|base 0/);
    // The same through a CSV file: a year in hex is a problem, not 2019.
    const csv = formatCsv([{ ...row({}), year: '0x7E3' }, row({ year: 2018, value: 22 })] as unknown as ObservationRow[], OBSERVATION_COLUMNS);
    const fromFile = mount<PioneerTable>(`<pioneer-table measure="objective" src="${blobUrl(csv, 'text/csv')}"></pioneer-table>`);
    await captureWarnings(() => until(() => !!messageOf(fromFile) || !!fromFile.shadowRoot!.querySelector('tbody td')));
    expect(messageOf(fromFile)).to.contain('row 1, year: "0x7E3" is not a year (a whole number from 1900 to 2100, e.g. 2019)');
    expect(fromFile.shadowRoot!.querySelector('tbody'), 'no table of it').to.equal(null);
    // Whole bases and plain decimals draw as before.
    // (12.5% is 1 of 8: of a base of 1 it would be no whole number of informants, and said so.)
    el.data = [row({ item: 'a', item_label: 'Fine', base: 8, value: '12.5' as unknown as number })];
    await drawn(el);
    expect(messageOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('tbody td')!.textContent).to.equal('12.5%');
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('base 8;');
  });

  it('labels containing <script> or <img onerror> appear as plain text', async () => {
    const el = mount<PioneerTable>('<pioneer-table measure="objective"></pioneer-table>');
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    el.data = [row({ item_label: evil })];
    await drawn(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('tbody th')!.textContent).to.equal(evil);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  // The charts draw their labels into SVG with the renderers' own DOM code (not Lit's escaping).
  const EVIL = '<img src=x onerror="window.__pwned=3">Barrier<script>window.__pwned=4</script>';
  const barrierRow = (o: Partial<ObservationRow>) => row({ measure: 'barrier', item: 'evil', item_label: EVIL, response: 'very', ...o });
  for (const [tag, attrs, rows] of [
    ['pioneer-trend', 'measure="barrier" response="very"', [barrierRow({ year: 2019, value: 40 }), barrierRow({ year: 2020, value: 50 })]],
    ['barrier-stack', 'measure="barrier" year="2019"', [barrierRow({ value: 40 }), barrierRow({ response: 'fairly', value: 35 }), barrierRow({ response: 'not', value: 25 })]],
    ['pioneer-compare', 'measure="barrier" dimension="organisation" year="2019" show-intervals', [barrierRow({ group: 'organisation:ccg-nhs', value: 40 }), barrierRow({ group: 'organisation:la', value: 60 })]],
  ] as const) {
    it(`<${tag}>: a label containing <script> or <img onerror> is drawn and spoken as plain text, never parsed`, async () => {
      const el = mount<PioneerChart<unknown>>(`<${tag} ${attrs}></${tag}>`, 720);
      (el as unknown as { data: unknown }).data = rows;
      await drawn(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(messageOf(el)).to.equal(null);
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(svg.querySelectorAll('[data-key]').length, 'marks drawn').to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('img, script, foreignObject'), 'no element made from the label').to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      // Read as written: in what a screen reader hears of its marks, and as text in the SVG.
      expect(el.marks.some((m) => m.label.includes(EVIL)), 'a mark names it').to.equal(true);
      expect(svg.textContent!.replace(/[\s-]/g, ''), 'drawn as its characters').to.contain('<script>window.__pwned=4</script>');
    });
  }

  it('custom data with no all-informant rows: the default group="all" is not called invalid (the author never wrote it)', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    await captureWarnings(async () => {
      el.data = [row({ group: 'wave:1', value: 61 }), row({ group: 'wave:2', value: 45 })];
      await drawn(el);
    });
    expect(messageOf(el) ?? '').to.not.contain('is not valid');
  });

  it('a custom group (wave:1) the reports never published is offered and drawn', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care" group="wave:1"></pioneer-trend>');
    el.data = [row({ group: 'wave:1', value: 61 }), row({ group: 'wave:2', value: 45 })];
    await drawn(el);
    expect(messageOf(el)).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('path.point')].map((p) => p.getAttribute('data-value'))).to.deep.equal(['61']);
  });

  it('a group the data lacks is answered with its groups in the vocabulary\'s order (all, organisation, tenure, deprivation, wave, then others), not the rows\' order', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care" group="nope"></pioneer-trend>');
    await captureWarnings(async () => {
      el.data = ['region:north', 'wave:2', 'tenure:5-plus', 'organisation:la', 'all'].map((group, i) => row({ group, value: 40 + i }));
      await drawn(el);
    });
    expect(messageOf(el)).to.contain('Valid values: all, organisation:la, tenure:5-plus, wave:2, region:north.');
  });

  it('src loads a JSON file in the export format', async () => {
    const url = blobUrl(JSON.stringify([row({ value: 33 })]), 'application/json');
    const el = mount<PioneerTrend>(`<pioneer-trend measure="objective" items="quality-of-care" src="${url}"></pioneer-trend>`);
    await until(() => el.shadowRoot!.querySelectorAll('path.point').length === 1);
    expect(el.shadowRoot!.querySelector('path.point')!.getAttribute('data-value')).to.equal('33');
  });

  it('src loads a CSV file in the export format', async () => {
    const csv = formatCsv([row({ value: 44 }), row({ year: 2018, value: 22 })], OBSERVATION_COLUMNS);
    const el = mount<PioneerTrend>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    el.src = '/test/fixtures/custom.csv';
    // The dev server serves the fixture file; fall back to checking the parser on the same text.
    await until(() => !!el.shadowRoot!.querySelector('path.point') || !!messageOf(el));
    expect(messageOf(el)).to.equal(null);
    expect(csv.split('\r\n')[0]).to.equal(OBSERVATION_COLUMNS.join(','));
  });

  it('src: a file over 5 MB is refused with a message naming src and its size, before it is parsed; a small one is read', async () => {
    const header = OBSERVATION_COLUMNS.join(',');
    // Rows of a real measure, repeated past the limit (a site's export of everything, many times over).
    const line = formatCsv([row({ value: 44 })], OBSERVATION_COLUMNS).split('\r\n')[1];
    const big = `${header}\r\n${`${line}\r\n`.repeat(Math.ceil(5_100_000 / (line.length + 2)))}`;
    const el = mount<PioneerChart<unknown>>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    const src = blobUrl(big, 'text/csv');
    const warnings = await captureWarnings(async () => {
      el.setAttribute('src', src);
      await until(() => !!messageOf(el));
    });
    expect(messageOf(el)).to.equal(`src="${src}" is ${(Math.ceil(big.length / 1e5) / 10).toFixed(1)} MB: more than the 5 MB a chart reads (the export of every table of both reports is 0.27 MB). Give the chart the rows it shows.`);
    expect(warnings.some((w) => w.includes('5 MB a chart reads'))).to.equal(true);
    // Under the limit, the same rows are read (a duplicate row is the data's problem, not its size's).
    const small = `${header}\r\n${line}\r\n`;
    el.setAttribute('src', blobUrl(small, 'text/csv'));
    await until(() => !!el.shadowRoot!.querySelector('path.point'));
    expect(messageOf(el)).to.equal(null);
  });

  it('src: while the file is on its way the chart says it is loading it (not an empty figure); the note goes once it is drawn', async () => {
    const native = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const csv = formatCsv([row({ value: 61 })], OBSERVATION_COLUMNS);
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/slow.csv')) {
        await held;
        return new Response(csv, { headers: { 'content-type': 'text/csv' } });
      }
      return native(input, init);
    }) as typeof fetch;
    try {
      const el = mount<PioneerChart<unknown>>('<pioneer-trend measure="objective" items="quality-of-care" src="/slow.csv"></pioneer-trend>');
      await el.updateComplete;
      const note = () => el.shadowRoot!.querySelector('.loading')?.textContent?.trim() ?? null;
      expect(note()).to.equal('Loading the figures from /slow.csv…');
      release();
      await until(() => !!el.shadowRoot!.querySelector('path.point'));
      expect(note()).to.equal(null);
      expect(messageOf(el)).to.equal(null);
    } finally {
      window.fetch = native;
    }
  });

  it('src: a file over 5 MB sent without a length (compressed, or in chunks) is refused as soon as 5 MB are read, not after the whole file', async () => {
    const native = window.fetch;
    // 300 chunks of 1 MB (a 300 MB file); the reader pulls them one by one.
    const chunk = new TextEncoder().encode(`${'x,y\r\n'.repeat(200_000)}`);
    let pulled = 0;
    let cancelled = false;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/chunked.csv')) {
        const stream = new ReadableStream({
          start(c) { c.enqueue(new TextEncoder().encode('measure,item\r\n')); },
          pull(c) { if (++pulled > 300) c.close(); else c.enqueue(chunk); },
          cancel() { cancelled = true; },
        }, { highWaterMark: 0 });
        return new Response(stream, { headers: { 'content-type': 'text/csv' } });
      }
      return native(input, init);
    }) as typeof fetch;
    try {
      const el = mount<PioneerChart<unknown>>('<pioneer-trend measure="objective"></pioneer-trend>');
      await captureWarnings(async () => {
        el.setAttribute('src', '/chunked.csv');
        await until(() => !!messageOf(el));
      });
      expect(messageOf(el)).to.equal('src="/chunked.csv" is more than the 5 MB a chart reads (the export of every table of both reports is 0.27 MB). Give the chart the rows it shows.');
      expect(pulled, 'chunks read of 300').to.be.at.most(7);
      expect(cancelled, 'the rest of the download cancelled').to.equal(true);
    } finally {
      window.fetch = native;
    }
  });

  it('src of spaces alone is no address, as src="" is none: the bundled figures are drawn, nothing is fetched (the page itself was, and said to be a web page)', async () => {
    const el = mount<PioneerChart<unknown>>('<pioneer-trend measure="objective" items="quality-of-care" src="   "></pioneer-trend>');
    const warnings = await captureWarnings(async () => {
      await drawn(el);
      // A fetch of the page's own address answers within a few tasks.
      await new Promise((r) => setTimeout(r, 300));
      await el.updateComplete;
    });
    expect(messageOf(el)).to.equal(null);
    expect(el.marks.length).to.be.greaterThan(0);
    expect(warnings).to.deep.equal([]);
  });

  it('src: a data: URL holds a whole file, and is shortened where a message quotes it, as an attribute value is; an address is quoted in full', async () => {
    const file = `data:text/csv,${encodeURIComponent(`measure,item\n"objective,${'x'.repeat(5000)}\n`)}`;
    const el = mount<PioneerChart<unknown>>('<pioneer-trend measure="objective"></pioneer-trend>');
    el.setAttribute('src', file);
    await until(() => !!messageOf(el));
    expect(messageOf(el)).to.equal(`src="${file.slice(0, 57)}…": malformed CSV — line 2: a quoted field is never closed; line 2: 1 fields where the header has 2`);
  });

  it('src: a CSV with a broken quote, a 404, a non-JSON response and a refused request each give a message naming src', async () => {
    const cases: [string, RegExp][] = [
      ['/test/fixtures/broken-quote.csv', /malformed CSV — line 3: a quoted field is never closed/],
      ['/test/fixtures/does-not-exist.json', /could not be loaded \(HTTP 404\)/],
      ['/test/fixtures/embed.html', /is a web page \(HTML\), not a JSON or CSV file/],
      [URL.createObjectURL(new Blob(['measure item year value'], { type: 'text/plain' })), /is not JSON or CSV/],
      // Refused before any request is made (a scheme fetch does not take): named like the others, not a bare "Failed to fetch".
      ['javascript:void(0)', /^src="javascript:void\(0\)" could not be loaded \(.+: no server answered, or the page may not fetch it\)\.$/],
    ];
    for (const [src, expected] of cases) {
      const el = mount<PioneerChart<unknown>>(`<pioneer-trend measure="objective" src="${src}"></pioneer-trend>`);
      const warnings = await captureWarnings(async () => {
        await until(() => !!messageOf(el));
        await el.updateComplete;
      });
      expect(messageOf(el), src).to.match(expected);
      // And in the console, once, as every other problem is.
      expect(warnings.filter((w) => w.includes(`src="${src}"`)), `${src}: ${JSON.stringify(warnings)}`).to.have.length(1);
    }
    // A 404 on every element: its message, and one warning.
    for (const { tag, attrs } of ELEMENTS) {
      const el = mount<PioneerChart<unknown>>(`<${tag} ${attrs} src="/test/fixtures/gone.csv"></${tag}>`);
      const warnings = await captureWarnings(async () => {
        await until(() => !!messageOf(el));
        await el.updateComplete;
      });
      expect(messageOf(el), tag).to.match(/could not be loaded \(HTTP 404\)/);
      expect(warnings.filter((w) => w.includes('gone.csv')), `<${tag}>: ${JSON.stringify(warnings)}`).to.have.length(1);
    }
  });

  it('src: a CSV saved as UTF-16 (Excel\'s "Unicode Text"), little- or big-endian, with its byte order mark or without (or two), says so and how to save it, once in the console, as does a tab-separated "Unicode Text" file; the same file in UTF-8, with or without a BOM, is drawn', async () => {
    const csv = `${OBSERVATION_COLUMNS.join(',')}\nobjective,quality-of-care,Quality of care,2019,all,selected,44,percent,60,2021,custom\n`;
    const utf16 = (bom: boolean, bigEndian: boolean, text = csv, type = 'text/csv') => {
      const bytes = new Uint8Array((text.length + Number(bom)) * 2);
      const view = new DataView(bytes.buffer);
      [...(bom ? '\uFEFF' : ''), ...text].forEach((c, i) => view.setUint16(i * 2, c.charCodeAt(0), !bigEndian));
      return URL.createObjectURL(new Blob([bytes], { type }));
    };
    for (const [name, src] of [
      ['UTF-16LE with BOM', utf16(true, false)],
      ['UTF-16BE with BOM', utf16(true, true)],
      ['UTF-16LE without BOM', utf16(false, false)],
      ['UTF-16BE without BOM', utf16(false, true)],
      // Excel's "Unicode Text" itself: tabs between fields, a .txt file (not read as CSV).
      ['Unicode Text', utf16(true, false, csv.replace(/,/g, '\t'), 'text/plain')],
      // A downloaded CSV (which starts with a byte order mark) converted to UTF-16 (`iconv -t
      // UTF-16`): its own mark, then the file's.
      ['UTF-16LE with two BOMs', utf16(true, false, `\uFEFF${csv}`)],
    ]) {
      const el = mount<PioneerChart<unknown>>(`<pioneer-trend measure="objective" items="quality-of-care" src="${src}"></pioneer-trend>`);
      const warnings = await captureWarnings(async () => {
        await until(() => !!messageOf(el));
        await el.updateComplete;
      });
      const said = `src="${src}" seems to be saved as UTF-16 (as Excel's "Unicode Text" is), which a chart does not read: save it as CSV UTF-8 (in Excel, Save As "CSV UTF-8 (Comma delimited)").`;
      expect(messageOf(el)?.trim(), name).to.equal(said);
      expect(warnings, name).to.deep.equal([`<pioneer-trend>: ${said}`]);
      el.remove();
    }
    for (const body of [csv, `\uFEFF${csv}`]) {
      const el = mount<PioneerChart<unknown>>(`<pioneer-trend measure="objective" items="quality-of-care" src="${blobUrl(body, 'text/csv')}"></pioneer-trend>`);
      await until(() => el.marks.length > 0 || !!messageOf(el));
      expect(messageOf(el)).to.equal(null);
      el.remove();
    }
  });

  it('src: a JSON file saved as UTF-16 (as Windows PowerShell 5\'s Out-File and ">" write it), either byte order, is told to be saved as UTF-8, not as a CSV from Excel', async () => {
    const json = JSON.stringify([row({ value: 44 })]);
    for (const bigEndian of [false, true]) {
      const bytes = new Uint8Array((json.length + 1) * 2);
      const view = new DataView(bytes.buffer);
      [...'\uFEFF', ...json].forEach((c, i) => view.setUint16(i * 2, c.charCodeAt(0), !bigEndian));
      const src = URL.createObjectURL(new Blob([bytes], { type: 'application/json' }));
      const el = mount<PioneerChart<unknown>>(`<pioneer-trend measure="objective" items="quality-of-care" src="${src}"></pioneer-trend>`);
      await until(() => !!messageOf(el));
      expect(messageOf(el)?.trim()).to.equal(`src="${src}" seems to be saved as UTF-16, which a chart does not read: save it as UTF-8.`);
      el.remove();
    }
  });
});

describe('custom data: a binary file as src', () => {
  afterEach(cleanup);

  it('an old Excel workbook (.xls: its first bytes read as two U+FFFD, NULs after) is not said to be UTF-16', async () => {
    // The start of an OLE2 compound file (every .xls), then zeros, as the file's header has.
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
    const src = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.ms-excel' }));
    const el = mount<PioneerChart<unknown>>(`<pioneer-trend measure="objective" items="quality-of-care" src="${src}"></pioneer-trend>`);
    await until(() => !!messageOf(el));
    expect(messageOf(el)?.trim()).to.equal(`src="${src}" is not JSON or CSV in the export format.`);
    el.remove();
  });
});

describe('custom data the fuzzing found wrong', () => {
  afterEach(cleanup);

  it('a sparse array (new Array(3)) is refused as rows that are not objects, with a message and a warning, on the map and the stacked bars', async () => {
    for (const tag of ['site-map', 'barrier-stack']) {
      const el = mount<PioneerChart<unknown>>(`<${tag}></${tag}>`);
      const warnings = await captureWarnings(async () => {
        (el as unknown as { data: unknown }).data = new Array(3);
        await el.updateComplete;
      });
      expect(messageOf(el), tag).to.match(/^data: 3 problems — row 1, \(row\): expected an object/);
      expect(warnings.join(' '), tag).to.contain('data: 3 problems');
      el.remove();
    }
  });

  it('<pioneer-trend> given data with no figures says so, not "Valid values: ."', async () => {
    const el = mount<PioneerTrend>('<pioneer-trend></pioneer-trend>');
    el.data = [{ measure: 'objective', item: 'a', item_label: 'A', year: 2019, group: 'all', response: 'selected', value: '', unit: 'percent', base: '', source_survey: '', source_table: '', note: 'not asked' }] as unknown as ObservationRow[];
    await el.updateComplete;
    expect(messageOf(el)).to.equal('measure="objective" is not valid. Valid values: none in this data (it has no figures, only gaps).');
  });

  it('<pioneer-compare> and <pioneer-table> given data without what they draw say what it lacks, not "Valid values: ."; the trend says its data is only gaps', async () => {
    const gap = (o: Partial<ObservationRow> = {}) => ({ ...row(o), value: '', base: '', note: 'not asked' }) as unknown as ObservationRow;
    const given = async (markup: string, data: ObservationRow[]) => {
      const el = mount<PioneerChart<unknown>>(markup);
      el.data = data;
      await el.updateComplete;
      return messageOf(el);
    };
    // Figures for all informants only: the comparison has no subgroup to draw.
    const subgroups = 'Valid values: none in this data (it has no percentages by subgroup, such as organisation:la, which the comparison draws).';
    expect(await given('<pioneer-compare measure="objective" dimension="organisation"></pioneer-compare>', [row({})])).to.equal(
      `measure="objective" is not valid: the data has no rows of objective by organisation type. ${subgroups}`,
    );
    expect(await given('<pioneer-compare measure="objective"></pioneer-compare>', [row({})])).to.equal(`measure="objective" is not valid: the data has no rows of objective by subgroup. ${subgroups}`);
    // Only gaps: no figures at all, on each element that lists measures.
    const onlyGaps = 'is not valid. Valid values: none in this data (it has no figures, only gaps).';
    expect(await given('<pioneer-compare measure="objective"></pioneer-compare>', [gap({ group: 'organisation:la' })])).to.equal(`measure="objective" ${onlyGaps}`);
    expect(await given('<pioneer-table measure="objective" year="2019"></pioneer-table>', [gap(), gap({ item: 'b', item_label: 'B' })])).to.equal(`measure="objective" ${onlyGaps}`);
    expect(await given('<pioneer-trend measure="objective"></pioneer-trend>', [gap()])).to.equal(`measure="objective" ${onlyGaps}`);
    // A measure with only gaps beside one with figures is named as such before the measures there are.
    expect(await given('<pioneer-table measure="barrier"></pioneer-table>', [row({}), gap({ measure: 'barrier', item: 'a', response: 'very' })])).to.equal(
      'measure="barrier" is not valid: the data has no figures of barrier, only gaps. Valid values: objective.',
    );
  });

  it('<site-map> deprivation set to a number names the attribute and its valid values', async () => {
    const el = await drawn(mount<PioneerChart<unknown>>('<site-map year="2019"></site-map>'));
    (el as unknown as { deprivation: unknown }).deprivation = 5;
    await el.updateComplete;
    expect(messageOf(el)).to.contain('deprivation="5" is not valid');
    expect(messageOf(el)).to.not.contain('is not a function');
  });
});
