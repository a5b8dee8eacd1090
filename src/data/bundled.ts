/**
 * The bundled dataset: every published figure of the two reports, decoded once from
 * the compact module that scripts/build-data.mjs generates from data/.
 */
import { createDataset, type Dataset } from './dataset.js';
import { MISSING, ROWS, SITES, SITE_NOTES, STRINGS, SURVEYS } from './generated/packed.js';
import type { MissingRow, ObservationRow, Site, Survey } from './types.js';

let cached: Dataset | undefined;

function decodeRows(): ObservationRow[] {
  const rows: ObservationRow[] = [];
  for (let i = 0; i < ROWS.length; i += 9) {
    const [survey, table, unit] = STRINGS[ROWS[i + 8]].split('|');
    rows.push({
      measure: STRINGS[ROWS[i]],
      item: STRINGS[ROWS[i + 1]],
      item_label: STRINGS[ROWS[i + 2]],
      year: 2000 + ROWS[i + 3],
      group: STRINGS[ROWS[i + 4]],
      response: STRINGS[ROWS[i + 5]],
      value: ROWS[i + 6],
      unit: unit as ObservationRow['unit'],
      base: ROWS[i + 7] < 0 ? null : ROWS[i + 7],
      source_survey: Number(survey),
      source_table: table,
    });
  }
  return rows;
}

function decodeMissing(): MissingRow[] {
  return MISSING.map(([m, item, year, group, response, survey, figure, reason]) => ({
    measure: STRINGS[m], item: STRINGS[item], year: 2000 + year, group: STRINGS[group], response: STRINGS[response],
    source_survey: survey, source_figure: STRINGS[figure], reason: STRINGS[reason],
  }));
}

/** The bundled dataset (decoded on first use). */
export function bundledDataset(): Dataset {
  if (!cached) {
    const sites = (SITES as Omit<Site, 'location_note'>[]).map((s) => ({ ...s, location_note: SITE_NOTES[s.id] ?? '' }));
    cached = createDataset(decodeRows(), decodeMissing(), sites as Site[], SURVEYS as Survey[]);
  }
  return cached;
}
