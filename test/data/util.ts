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

/** The two reports' texts, as data/README.md names them: 2019 report (fourth survey), 2020 report (fifth survey). */
export const SEEDS = { 2019: '000_0d7fbdab7220d7d5.txt', 2020: '002_57b88b6d2c6ab2fd.txt' } as const;

/**
 * A report's text (../shared/seeds/ beside the repository, as data/README.md cites it), served by
 * the test server from outside its root: a test can read what a report prints, not a copy of it.
 */
export const seedText = (report: keyof typeof SEEDS): Promise<string> => fetchText(`/__wds-outside-root__/1/shared/seeds/${SEEDS[report]}`);

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
