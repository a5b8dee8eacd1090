// Turns data/*.csv into the typed module src/data/generated/*.ts (compact, for the bundle),
// the map outline of England (from Natural Earth via world-atlas), and the public exports
// dist/data/observations.csv and .json.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// The build's first step to need the installed packages. `npm run build` installs nothing
// itself (npm test and npm start do): on a fresh clone, say what to run rather than Node's
// "Cannot find package".
const installed = async () => {
  try {
    return await Promise.all([import('topojson-client'), import('topojson-simplify'), import('d3-geo'), import('./import-ts.mjs')]);
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    const name = /package '([^']+)'/.exec(e.message)?.[1] ?? 'a package';
    console.error(`build-data: ${name} is not installed. On a fresh clone, run \`npm run setup\` (it runs npm ci) first, then this command again.`);
    process.exit(1);
  }
};
const [{ feature }, { presimplify, simplify }, { geoTransverseMercator, geoPath }, { importTs }] = await installed();

const require = createRequire(import.meta.url);
const { parseCsv, formatCsv } = await importTs('src/data/csv.ts');
const { validateRows, describeProblems } = await importTs('src/data/validate.ts');
const { OBSERVATION_COLUMNS } = await importTs('src/data/types.ts');
const { unpackPath } = await importTs('src/data/map-path.ts');

const readCsv = (file) => {
  if (!existsSync(file)) return [];
  const { records, errors } = parseCsv(readFileSync(file, 'utf8'));
  if (errors.length) throw new Error(`${file}: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  return records;
};

// ---- observations ---------------------------------------------------------------
const sources = ['data/observations-2019.csv', 'data/observations-2020.csv'];
const records = sources.flatMap(readCsv);
const { rows, problems } = records.length ? validateRows(records) : { rows: [], problems: [] };
if (problems.length) {
  console.error(`build-data: ${problems.length} problems in data/observations-*.csv: ${describeProblems(problems, 20)}`);
  process.exit(1);
}
// Both reports chart some of the same year-values (e.g. progress 2016–2018): one missing
// value per key, whose reason names every figure that shows it.
const missingByKey = new Map();
const keyOfMissing = (m) => [m.measure, m.item, m.year, m.group, m.response].join('|');
for (const m of [...readCsv('data/missing.csv'), ...readCsv('data/missing-2020.csv')]) {
  const key = keyOfMissing(m);
  // The base printed under the figure for that year ("Bases: 2016=97; …"), or null where none is.
  const row = { ...m, year: Number(m.year), source_survey: Number(m.source_survey), base: m.base ? Number(m.base) : null };
  const seen = missingByKey.get(key);
  if (!seen) missingByKey.set(key, { ...row, figures: [m.reason] });
  else {
    // The merged gap cites the first figure: only its base may be given (the 2020 report prints none under its figures).
    if (row.base != null) {
      console.error(`build-data: ${key}: the base ${row.base} of ${m.source_survey} ${m.source_figure} is not that of the figure the gap cites (${seen.source_survey} ${seen.source_figure})`);
      process.exit(1);
    }
    seen.figures.push(m.reason);
  }
}
const sentence = (r) => {
  const t = r.trim();
  return t.charAt(0).toUpperCase() + t.slice(1).replace(/\.?$/, '.');
};
// "shown only in Figure 4.1 of the 2019 report; not published as numbers (why)": the places
// and the explanation, so two reports' reasons read as one sentence.
const SHOWN_ONLY = /^shown only in (.*?); not published as (?:a number|numbers)\.?\s*(\(.*\))?\.?$/i;
const missingRows = [...missingByKey.values()].map(({ figures, ...m }) => {
  const parts = figures.map((r) => SHOWN_ONLY.exec(r.trim()));
  const why = parts.find((p) => p?.[2])?.[2];
  const reason = figures.length > 1 && parts.every(Boolean)
    ? sentence(`shown only in ${parts.map((p) => p[1]).join(' and in ')}; not published as numbers${why ? ` ${why}` : ''}`)
    : figures.map(sentence).join(' ');
  return { ...m, reason };
});
const missingOrder = new Map([...missingByKey.keys()].map((k, i) => [k, i]));
for (const m of missingRows) {
  if (rows.some((r) => r.measure === m.measure && r.item === m.item && r.year === m.year && r.group === m.group && r.response === m.response)) {
    console.error(`build-data: missing.csv lists ${m.measure}/${m.item}/${m.year}/${m.response} but a table prints it`);
    process.exit(1);
  }
}

// ---- sites, map -----------------------------------------------------------------
const MAP_WIDTH = 1000;
const sitesRaw = readCsv('data/sites.csv');
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
// Simplify on the sphere, then keep only the United Kingdom.
const pre = presimplify(world);
const topo = simplify(pre, 2e-5);
const uk = feature(topo, topo.objects.countries).features.find((f) => f.id === '826');
// The frame: England (and the Welsh border) from Cornwall to Northumberland and the Wash.
const frame = { type: 'MultiPoint', coordinates: [[-5.75, 49.95], [1.8, 49.95], [-5.75, 55.85], [1.8, 55.85], [-3.0, 55.85]] };
const projection = geoTransverseMercator().rotate([2, 0]);
projection.fitWidth(MAP_WIDTH, frame);
const [[, y0], [, y1]] = geoPath(projection).bounds(frame);
const MAP_HEIGHT = Math.ceil(y1 - y0);
projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
projection.clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
const mapPath = geoPath(projection).digits(0)(uk) ?? '';
// Packed for the bundle as src/data/map-path.ts reads it (its comment says how), and checked.
const packPath = (path) => {
  let x = 0;
  let y = 0;
  return path.replace(/([ML])(\d+),(\d+)|Z/g, (command, letter, px, py) => {
    if (command === 'Z') return ' ';
    const steps = [Number(px) - x, Number(py) - y];
    [x, y] = [Number(px), Number(py)];
    return steps.map((step) => (step >= -45 && step <= 46 ? String.fromCharCode(80 + step) : `!${step}!`)).join('');
  });
};
const packedMapPath = packPath(mapPath);
if (unpackPath(packedMapPath) !== mapPath) throw new Error('build-data: the packed map path does not unpack to the path (see src/data/map-path.ts)');
const sites = sitesRaw.map((s) => {
  const [x, y] = projection([Number(s.lon), Number(s.lat)]);
  return {
    id: s.id, name: s.name, alias: s.alias ?? '', wave: Number(s.wave), deprivation: s.deprivation || null,
    lat: Number(s.lat), lon: Number(s.lon), x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10,
    location_note: s.location_note ?? '',
  };
});
const surveys = existsSync('data/surveys.json') ? JSON.parse(readFileSync('data/surveys.json', 'utf8')) : [];

// ---- packed module --------------------------------------------------------------
const strings = [];
const sidx = new Map();
const s = (v) => {
  if (!sidx.has(v)) { sidx.set(v, strings.length); strings.push(v); }
  return sidx.get(v);
};
// Columnar, one character per value (code CHAR0 + value), with string-index columns delta-coded:
// gzip then finds long runs (a third of the size of row-major packing), and a value costs one
// character rather than its digits and a comma. A delta-coded column wraps at 2^16, so a step back
// (a negative delta) is a character too; a value or step the bundle's ASCII-only pass cannot write
// as itself is written as its \u escape, and read back as the one character.
const CHAR0 = 40;
const chars = (col, delta) => String.fromCharCode(...col.map((v, i) => ((delta && i ? v - col[i - 1] : v) + CHAR0) & 65535));
const COLUMNS = [
  (r) => s(r.measure), (r) => s(r.item), (r) => s(r.item_label), (r) => r.year - 2000, (r) => s(r.group),
  (r) => s(r.response), (r) => r.value, (r) => r.base ?? -1, (r) => s(`${r.source_survey}|${r.source_table}|${r.unit}`),
];
const DELTA = [0, 1, 2, 4, 5, 8];
const MISSING_COLUMNS = [
  (m) => s(m.measure), (m) => s(m.item), (m) => m.year - 2000, (m) => s(m.group), (m) => s(m.response),
  (m) => m.source_survey - 2000, (m) => s(m.source_figure), (m) => s(m.reason), (m) => m.base ?? -1,
];
const MISSING_DELTA = [0, 1, 3, 4, 6, 7];
const packColumns = (list, columns, delta) => columns.map((get, c) => chars(list.map(get), delta.includes(c)));
// The generated module in ASCII: a character outside printable ASCII as its \u escape.
const asciiJson = (v) => JSON.stringify(v).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const packed = packColumns(rows, COLUMNS, DELTA);
const packedMissing = packColumns(missingRows, MISSING_COLUMNS, MISSING_DELTA);
const SITE_COLUMNS = [(site) => s(site.id), (site) => s(site.name), (site) => s(site.alias), (site) => site.wave, (site) => (site.deprivation ? s(site.deprivation) : -1)];
const SITE_DELTA = [0, 1];
const packedSites = packColumns(sites, SITE_COLUMNS, SITE_DELTA);
for (const v of [...rows.flatMap((r) => COLUMNS.map((get) => get(r))), ...missingRows.flatMap((m) => MISSING_COLUMNS.map((get) => get(m))), ...sites.flatMap((site) => SITE_COLUMNS.map((get) => get(site)))]) {
  if (!Number.isInteger(v) || v < -CHAR0 || v >= 65536 - CHAR0) {
    console.error(`build-data: ${v} cannot be packed as one character`);
    process.exit(1);
  }
}

const measures = [...new Set(rows.map((r) => r.measure))];
const itemsBy = {};
for (const r of rows) (itemsBy[r.measure] ??= new Set()).add(r.item);
const responsesBy = {};
for (const r of rows) (responsesBy[r.measure] ??= new Set()).add(r.response);
const groups = [...new Set(rows.map((r) => r.group))];
const responses = [...new Set(rows.map((r) => r.response))];
const lit = (xs) => (xs.length ? xs.map((x) => JSON.stringify(x)).join(' | ') : 'never');

mkdirSync('src/data/generated', { recursive: true });
const header = '// Generated by scripts/build-data.mjs from data/. Do not edit.\n';
writeFileSync('src/data/generated/vocabulary.ts', `${header}
/** The measures of the bundled dataset. */
export const MEASURES = ${JSON.stringify(measures)} as const;
export type Measure = (typeof MEASURES)[number];
/** The item ids of each measure: a typo in an id is a type error. */
export interface ItemsByMeasure {
${measures.map((m) => `  ${JSON.stringify(m)}: ${lit([...itemsBy[m]])};`).join('\n')}
}
export type ItemId<M extends Measure = Measure> = ItemsByMeasure[M];
/** The responses published for each measure (including derived totals such as 'substantial-or-some'). */
export interface ResponsesByMeasure {
${measures.map((m) => `  ${JSON.stringify(m)}: ${lit([...responsesBy[m]])};`).join('\n')}
}
export type ResponseOf<M extends Measure = Measure> = ResponsesByMeasure[M];
export const GROUPS = ${JSON.stringify(groups)} as const;
export type Group = (typeof GROUPS)[number];
export const RESPONSES = ${JSON.stringify(responses)} as const;
export type Response = (typeof RESPONSES)[number];
`);
writeFileSync('src/data/generated/packed.ts', `${header}
export const STRINGS: string[] = ${JSON.stringify(strings)};
/** The first character's code: a column's character is this plus its value (or its step, wrapping at 2^16). */
export const CHAR0 = ${CHAR0};
/** Columns measure,item,label,year-2000,group,response,value,base(-1 none),source, one character a row; string columns are indexes into STRINGS, delta-coded (${JSON.stringify(DELTA)}). */
export const COLUMNS: string[] = ${asciiJson(packed)};
export const DELTA_COLUMNS = ${JSON.stringify(DELTA)};
/** The gaps' columns, as COLUMNS: measure,item,year-2000,group,response,source_survey-2000,source_figure,reason,base (-1 none printed), delta-coded (${JSON.stringify(MISSING_DELTA)}). */
export const MISSING: string[] = ${asciiJson(packedMissing)};
export const MISSING_DELTA = ${JSON.stringify(MISSING_DELTA)};
/** Sites (their location notes are in dist/data/sites.csv, not in the bundle): id, name, alias, wave, deprivation (-1 none) as COLUMNS (delta-coded ${JSON.stringify(SITE_DELTA)}), then lat, lon, x, y. */
export const SITE_COLUMNS: string[] = ${asciiJson(packedSites)};
export const SITE_DELTA = ${JSON.stringify(SITE_DELTA)};
export const SITE_NUMBERS: number[][] = ${JSON.stringify(['lat', 'lon', 'x', 'y'].map((k) => sites.map((site) => site[k])))};
export const SURVEYS = ${JSON.stringify(surveys)};
`);
writeFileSync('src/data/generated/map-shape.ts', `${header}
import { unpackPath } from '../map-path.js';

/** England and the Welsh border from Natural Earth 1:50m (world-atlas ${require('world-atlas/package.json').version}), transverse Mercator, simplified, in a ${MAP_WIDTH}×${MAP_HEIGHT} frame. */
export const MAP_SHAPE = { width: ${MAP_WIDTH}, height: ${MAP_HEIGHT}, path: /* @__PURE__ */ unpackPath(${JSON.stringify(packedMapPath)}) };
`);

// ---- public exports -------------------------------------------------------------
mkdirSync('dist/data', { recursive: true });
writeFileSync('dist/data/observations.csv', formatCsv(rows, OBSERVATION_COLUMNS));
writeFileSync('dist/data/observations.json', JSON.stringify(rows, null, 1) + '\n');
writeFileSync('dist/data/sites.csv', formatCsv(sites, ['id', 'name', 'alias', 'wave', 'deprivation', 'lat', 'lon', 'location_note']));
writeFileSync('dist/data/surveys.json', JSON.stringify(surveys, null, 1) + '\n');
// The export keeps one row per figure that shows a value, each citing its own report and
// figure (a value both reports chart has two rows); the bundle merges them per value.
const missingExport = [...readCsv('data/missing.csv'), ...readCsv('data/missing-2020.csv')]
  .map((m) => ({ ...m, reason: sentence(m.reason) }))
  .sort((a, b) => (missingOrder.get(keyOfMissing(a)) - missingOrder.get(keyOfMissing(b))) || a.source_survey - b.source_survey);
writeFileSync('dist/data/missing.csv', formatCsv(missingExport, ['measure', 'item', 'year', 'group', 'response', 'source_survey', 'source_figure', 'base', 'reason']));
console.log(`build-data: ${rows.length} observations, ${missingRows.length} missing values, ${sites.length} sites, map path ${mapPath.length} chars`);
