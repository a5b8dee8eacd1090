/**
 * The bundled dataset: every published figure of the two reports, decoded once from
 * the compact module that scripts/build-data.mjs generates from data/.
 */
import { createDataset, type Dataset } from './dataset.js';
import { markReportRows } from './report-rows.js';
import { CHAR0, COLUMNS, DELTA_COLUMNS, MISSING, MISSING_DELTA, SITE_COLUMNS, SITE_DELTA, SITE_NUMBERS, STRINGS, SURVEYS } from './generated/packed.js';
import type { MissingRow, ObservationRow, Site, Survey } from './types.js';

let cached: Dataset | undefined;

/** Columns of one character a value (see scripts/build-data.mjs): the delta-coded ones summed, wrapping at 2^16. */
const decodeColumns = (columns: string[], delta: number[]): number[][] =>
  columns.map((col, c) => {
    let acc = 0;
    return col.split('').map((ch) => {
      const v = ch.charCodeAt(0) - CHAR0;
      return delta.includes(c) ? (acc = (acc + v) & 65535) : v;
    });
  });

function decodeRows(): ObservationRow[] {
  const cols = decodeColumns(COLUMNS, DELTA_COLUMNS);
  const [measure, item, label, year, group, response, value, base, source] = cols;
  return measure.map((_, i) => {
    const [survey, table, unit] = STRINGS[source[i]].split('|');
    return {
      measure: STRINGS[measure[i]],
      item: STRINGS[item[i]],
      item_label: STRINGS[label[i]],
      year: 2000 + year[i],
      group: STRINGS[group[i]],
      response: STRINGS[response[i]],
      value: value[i],
      unit: unit as ObservationRow['unit'],
      base: base[i] < 0 ? null : base[i],
      source_survey: Number(survey),
      source_table: table,
    };
  });
}

function decodeMissing(): MissingRow[] {
  const [measure, item, year, group, response, survey, figure, reason, base] = decodeColumns(MISSING, MISSING_DELTA);
  return measure.map((m, i) => ({
    measure: STRINGS[m], item: STRINGS[item[i]], year: 2000 + year[i], group: STRINGS[group[i]], response: STRINGS[response[i]],
    source_survey: 2000 + survey[i], source_figure: STRINGS[figure[i]], reason: STRINGS[reason[i]], base: base[i] < 0 ? null : base[i],
  }));
}

/** The bundled dataset (decoded on first use). */
export function bundledDataset(): Dataset {
  if (!cached) {
    // Location notes stay out of the bundle (they are in dist/data/sites.csv).
    const [id, name, alias, wave, deprivation] = decodeColumns(SITE_COLUMNS, SITE_DELTA);
    const [lat, lon, x, y] = SITE_NUMBERS;
    const sites = id.map((v, i) => ({
      id: STRINGS[v], name: STRINGS[name[i]], alias: STRINGS[alias[i]], wave: wave[i], deprivation: deprivation[i] < 0 ? null : STRINGS[deprivation[i]],
      lat: lat[i], lon: lon[i], x: x[i], y: y[i], location_note: '',
    }));
    const rows = decodeRows();
    const missing = decodeMissing();
    // Its gaps too: the base a figure prints is named as the report's (printedBaseOf).
    markReportRows([...rows, ...missing]);
    cached = createDataset(rows, missing, sites as Site[], SURVEYS as Survey[]);
  }
  return cached;
}
