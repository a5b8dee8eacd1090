/**
 * The public export contract: dist/data/observations.csv and .json (written by `npm run build:data`,
 * which `npm test` runs through `npm run build`), and the bundled module decoded from the compact
 * encoding, all hold exactly the rows of data/observations-*.csv.
 */
import { expect } from '@esm-bundle/chai';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { bundledDataset } from '../../src/data/bundled.js';
import { parseCsv } from '../../src/data/csv.js';
import { keyOf } from '../../src/data/dataset.js';
import type { ObservationRow } from '../../src/data/types.js';
import { validateRows } from '../../src/data/validate.js';
import { fetchRows, fetchText } from './util.js';

const HEADER = 'measure,item,item_label,year,group,response,value,unit,base,source_survey,source_table';
/** One RFC 4180 field: quoted (quotes doubled inside) or plain (no comma, quote or line break). */
const FIELD = '(?:"(?:[^"]|"")*"|[^",\\r\\n]*)';
const RECORD = new RegExp(`^${FIELD}(?:,${FIELD})*$`);

const ds = bundledDataset();
let csvText = '';
let source: ObservationRow[] = [];

before(async () => {
  csvText = await fetchText('/dist/data/observations.csv');
  source = [...(await fetchRows('/data/observations-2019.csv')), ...(await fetchRows('/data/observations-2020.csv'))];
});

describe('export: dist/data/observations.csv', () => {
  it('the header row is exactly the contract', () => {
    expect(csvText.slice(0, csvText.indexOf('\r\n'))).to.equal(HEADER);
  });

  it('is RFC 4180: CRLF after every record, 11 fields each, quoted only where needed and quotes doubled', () => {
    expect(csvText.endsWith('\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(csvText), 'bare LF').to.equal(false);
    const lines = csvText.slice(0, -2).split('\r\n'); // the labels are folded, so no record spans lines
    for (const [i, line] of lines.entries()) {
      expect(RECORD.test(line), `line ${i + 1}: ${line}`).to.equal(true);
      const { header, errors } = parseCsv(`${line}\r\n`);
      expect(errors, `line ${i + 1}`).to.deep.equal([]);
      expect(header, `line ${i + 1}: fields`).to.have.length(11);
    }
    // A field is quoted if and only if it holds a comma, quote or line break.
    for (const m of csvText.matchAll(/"((?:[^"]|"")*)"/g)) expect(/[",\r\n]/.test(m[1].replace(/""/g, '"')), m[0]).to.equal(true);
  });

  it('is UTF-8 text without a byte-order mark, with the report’s typography kept (‘ ’ with the report’s typography kept (‘ ’ – &))', async () => {
    const bytes = new Uint8Array(await (await fetch('/dist/data/observations.csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.not.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).to.include('Having a ‘bottom up’ approach');
    expect(text).to.include('"Airedale, Wharfedale & Craven"');
  });

  it('holds exactly the rows of data/observations-*.csv, in that order, every field preserved', () => {
    const { records, errors } = parseCsv(csvText);
    expect(errors).to.deep.equal([]);
    const { rows, problems } = validateRows(records);
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal(source);
  });

  it('one row per figure: every key once', () => {
    const keys = source.map(keyOf);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('the 2016–2019 sample columns appear once, from the 2019 report (none of crosscheck-2020.csv is exported)', async () => {
    const cross = await fetchRows('/data/crosscheck-2020.csv');
    const { records } = parseCsv(csvText);
    const exported = validateRows(records).rows;
    for (const c of cross) {
      const same = exported.filter((r) => keyOf(r) === keyOf(c));
      expect(same.map((r) => r.source_survey), keyOf(c)).to.deep.equal([2019]);
    }
    expect(exported.filter((r) => r.measure.startsWith('sample-') && r.year < 2020 && r.source_survey !== 2019).map(keyOf)).to.deep.equal([]);
  });
});

describe('export: dist/data/observations.json', () => {
  it('holds the same rows as objects (base null where none is printed)', async () => {
    const json = JSON.parse(await fetchText('/dist/data/observations.json')) as ObservationRow[];
    expect(json).to.deep.equal(source);
    expect(Object.keys(json[0])).to.deep.equal(HEADER.split(','));
    expect(json.some((r) => r.base === null)).to.equal(true);
  });
});

describe('bundled module', () => {
  it('decodes to exactly the rows of data/observations-*.csv', () => {
    expect(ds.rows).to.have.length(source.length);
    expect(ds.rows).to.deep.equal(source);
  });

  it('decodes the missing values of data/missing*.csv (merged per key where both reports chart them)', async () => {
    const files = ['/data/missing.csv', '/data/missing-2020.csv'];
    const keys = new Set<string>();
    for (const f of files) {
      const { records, errors } = parseCsv(await fetchText(f));
      expect(errors, f).to.deep.equal([]);
      for (const m of records) keys.add([m.measure, m.item, m.year, m.group, m.response].join('|'));
    }
    expect(new Set(ds.missing.map(keyOf))).to.deep.equal(keys);
  });

  it('decodes every field of every missing value: the first figure that shows it (its report, figure and base) and the reason of each figure', async () => {
    // As scripts/build-data.mjs merges them: one gap per key, citing the first figure (data/missing.csv before
    // data/missing-2020.csv), with one reason naming every figure ("shown only in … and in …").
    const byKey = new Map<string, Record<string, string>[]>();
    for (const f of ['/data/missing.csv', '/data/missing-2020.csv']) {
      for (const m of parseCsv(await fetchText(f)).records) {
        const key = [m.measure, m.item, m.year, m.group, m.response].join('|');
        byKey.set(key, [...(byKey.get(key) ?? []), m]);
      }
    }
    const sentence = (r: string) => r.trim().charAt(0).toUpperCase() + r.trim().slice(1).replace(/\.?$/, '.');
    const SHOWN_ONLY = /^shown only in (.*?); not published as (?:a number|numbers)\.?\s*(\(.*\))?\.?$/i;
    const expected = [...byKey.values()].map((figures) => {
      const [m] = figures;
      const parts = figures.map((f) => SHOWN_ONLY.exec(f.reason.trim()));
      const why = parts.find((p) => p?.[2])?.[2];
      const reason = figures.length > 1 && parts.every(Boolean)
        ? sentence(`shown only in ${parts.map((p) => p![1]).join(' and in ')}; not published as numbers${why ? ` ${why}` : ''}`)
        : figures.map((f) => sentence(f.reason)).join(' ');
      return {
        measure: m.measure, item: m.item, year: Number(m.year), group: m.group, response: m.response,
        source_survey: Number(m.source_survey), source_figure: m.source_figure, reason, base: m.base ? Number(m.base) : null,
      };
    });
    expect(ds.missing).to.have.length(expected.length);
    expect(ds.missing.map((m) => ({ ...m }))).to.deep.equal(expected);
    // Both kinds of base are there: a printed one and none.
    expect(ds.missing.some((m) => m.base === null) && ds.missing.some((m) => m.base != null)).to.equal(true);
  });

  it('a value both reports chart is one gap whose reason names both figures once ("shown only in … and in …")', () => {
    const both = ds.missing.find((m) => m.measure === 'barrier' && m.item === 'competing-demands' && m.year === 2016 && m.response === 'very')!;
    expect(both.reason).to.equal('Shown only in Figure 5.1 of the 2019 report and in Figure 4.2 of the 2020 report; not published as numbers.');
    const repeated = ds.missing.filter((m) => (m.reason.match(/shown only/gi) ?? []).length > 1);
    expect(repeated.map((m) => m.reason)).to.deep.equal([]);
  });

  it('exports dist/data/missing.csv with one row per figure that shows a value, each citing its own report and figure', async () => {
    const source: Record<string, string>[] = [];
    for (const f of ['/data/missing.csv', '/data/missing-2020.csv']) source.push(...parseCsv(await fetchText(f)).records);
    const exported = parseCsv(await fetchText('/dist/data/missing.csv')).records;
    const cite = (m: Record<string, string>) => [m.measure, m.item, m.year, m.group, m.response, m.source_survey, m.source_figure].join('|');
    expect(exported.map(cite).sort()).to.deep.equal(source.map(cite).sort());
    // 2016 'very' for competing demands: 2019 Figure 5.1 and 2020 Figure 4.2.
    expect(exported.filter((m) => m.item === 'competing-demands' && m.year === '2016' && m.response === 'very').map((m) => `${m.source_survey} ${m.source_figure}`))
      .to.deep.equal(['2019 figure:5.1', '2020 figure:4.2']);
  });

  it('decodes the 25 sites of data/sites.csv, each where the map puts it', async () => {
    const { records } = parseCsv(await fetchText('/data/sites.csv'));
    expect(ds.sites.map((s) => s.id)).to.deep.equal(records.map((r) => r.id));
    for (const r of records) {
      const s = ds.sites.find((x) => x.id === r.id)!;
      expect([s.name, s.alias, s.wave, s.deprivation, s.lat, s.lon], r.id).to.deep.equal([
        r.name, r.alias, Number(r.wave), r.deprivation || null, Number(r.lat), Number(r.lon),
      ]);
    }
    // Where each is in the map's frame, projected as scripts/build-data.mjs does (to a tenth of its 1000 wide).
    const frame = { type: 'MultiPoint', coordinates: [[-5.75, 49.95], [1.8, 49.95], [-5.75, 55.85], [1.8, 55.85], [-3.0, 55.85]] } as const;
    const projection = geoTransverseMercator().rotate([2, 0]).fitWidth(1000, frame as unknown as GeoJSON.MultiPoint);
    const [[, y0]] = geoPath(projection).bounds(frame as unknown as GeoJSON.MultiPoint);
    projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
    const tenth = (v: number) => Math.round(v * 10) / 10;
    for (const r of records) {
      const [x, y] = projection([Number(r.lon), Number(r.lat)])!;
      const s = ds.sites.find((site) => site.id === r.id)!;
      expect([s.x, s.y, s.location_note], r.id).to.deep.equal([tenth(x), tenth(y), '']);
    }
  });

  it('exports the sites with where each location comes from as dist/data/sites.csv (kept out of the bundle)', async () => {
    const { records } = parseCsv(await fetchText('/data/sites.csv'));
    const exported = parseCsv(await fetchText('/dist/data/sites.csv')).records;
    expect(exported.map((r) => [r.id, r.location_note])).to.deep.equal(records.map((r) => [r.id, r.location_note]));
    for (const r of exported) expect(r.location_note, r.id).to.match(/not from the reports/);
  });
});
