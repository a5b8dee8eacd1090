/**
 * The bundled dataset: every published figure of the two reports, decoded once from
 * the compact module that scripts/build-data.mjs generates from data/.
 */
import { createDataset, type Dataset } from './dataset.js';
import { markReportRows } from './report-rows.js';
import { COLUMNS, DELTA_COLUMNS, MISSING, SITES, STRINGS, SURVEYS } from './generated/packed.js';
import type { MissingRow, ObservationRow, Site, Survey } from './types.js';

let cached: Dataset | undefined;

function decodeRows(): ObservationRow[] {
  const cols = COLUMNS.map((col, c) => {
    if (!DELTA_COLUMNS.includes(c)) return col;
    const out = new Array<number>(col.length);
    let acc = 0;
    for (let i = 0; i < col.length; i++) out[i] = acc += col[i];
    return out;
  });
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
  return MISSING.map(([m, item, year, group, response, survey, figure, reason, base]) => ({
    measure: STRINGS[m], item: STRINGS[item], year: 2000 + year, group: STRINGS[group], response: STRINGS[response],
    source_survey: survey, source_figure: STRINGS[figure], reason: STRINGS[reason], base: base < 0 ? null : base,
  }));
}

/** The bundled dataset (decoded on first use). */
export function bundledDataset(): Dataset {
  if (!cached) {
    // Location notes stay out of the bundle (they are in dist/data/sites.csv).
    const sites = (SITES as Omit<Site, 'location_note'>[]).map((s) => ({ ...s, location_note: '' }));
    const rows = decodeRows();
    const missing = decodeMissing();
    // Its gaps too: the base a figure prints is named as the report's (printedBaseOf).
    markReportRows([...rows, ...missing]);
    cached = createDataset(rows, missing, sites as Site[], SURVEYS as Survey[]);
  }
  return cached;
}
