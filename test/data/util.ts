/** Shared helpers of the dataset tests: fetch files that the test server serves from the repo root. */
import { parseCsv } from '../../src/data/csv.js';
import type { ObservationRow } from '../../src/data/types.js';
import { validateRows } from '../../src/data/validate.js';

/** The text of a file served by the test server (repo root), failing loudly on a 404. */
export async function fetchText(path: string): Promise<string> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}${path.startsWith('/dist/') ? ' (run npm run build:data first)' : ''}`);
  return res.text();
}

/** A CSV file of data/ (or dist/data/) parsed and validated into rows; throws on any problem. */
export async function fetchRows(path: string): Promise<ObservationRow[]> {
  const { records, errors } = parseCsv(await fetchText(path));
  if (errors.length) throw new Error(`${path}: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  const { rows, problems } = validateRows(records);
  if (problems.length) throw new Error(`${path}: ${problems.slice(0, 5).map((p) => `row ${p.row} ${p.field}: ${p.message}`).join('; ')}`);
  return rows;
}

/** Sum of the values of some rows. */
export const sum = (rows: readonly ObservationRow[]): number => rows.reduce((a, r) => a + r.value, 0);

/** White space folded, as the data folds printed labels. */
export const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
