/**
 * A chart's Data (CSV) download read back, in each way a page gives a chart its figures: `src`
 * (the file, or the same rows as JSON, at a blob address) and the `data` property. The CSV
 * round-trip tests of the comparison, the stacked bars and the map draw their charts so.
 */
import type { PioneerChart } from '../src/components/base/pioneer-chart.js';
import { parseCsv } from '../src/data/csv.js';
import { disclosureButton, drawn, mount } from './helpers.js';

type Chart = PioneerChart<unknown>;

/** `<tag attributes>` of a file's text at a blob address (as a page gives `src`), 720 px wide, drawn. */
export async function chartOfFile<T extends Chart>(tag: string, attributes: string, text: string, ext: 'csv' | 'json'): Promise<T> {
  const url = URL.createObjectURL(new Blob([text], { type: ext === 'csv' ? 'text/csv' : 'application/json' }));
  const el = mount<T>(`<${tag} ${attributes} src="${url}#data.${ext}"></${tag}>`, 720);
  // The file is fetched first: wait for its figures (or a message), then for the drawing.
  const t0 = performance.now();
  while (!el.marks.length && !el.message && performance.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 20));
  await drawn(el);
  URL.revokeObjectURL(url);
  return el;
}

/** `<tag attributes>` given `rows` as its `data`, 720 px wide, drawn. */
export async function chartOfRows<T extends Chart>(tag: string, attributes: string, rows: readonly object[]): Promise<T> {
  const el = mount<T>(`<${tag} ${attributes}></${tag}>`, 720);
  el.data = rows;
  return drawn(el);
}

/** The chart of a CSV download given each way: `src` as CSV, `src` as JSON, and `data`. */
export async function readBack<T extends Chart>(tag: string, attributes: string, csv: string): Promise<(readonly [string, T])[]> {
  const records = parseCsv(csv).records;
  return [
    ['src CSV', await chartOfFile<T>(tag, attributes, csv, 'csv')],
    ['src JSON', await chartOfFile<T>(tag, attributes, JSON.stringify(records), 'json')],
    ['data', await chartOfRows<T>(tag, attributes, records)],
  ];
}

/** Its text with runs of white space as one space. */
const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * What a reader gets of a chart besides what it draws: its long description ("Describe this
 * chart", opened), and its Table view's text and its notes there (`notesOf`, read in the Table
 * view), the chart shown again after.
 */
export async function descriptionAndTable(el: Chart & { mode: string | undefined }, notesOf: (el: Chart) => string[]): Promise<{ description: string; table: string; tableNotes: string[] }> {
  const root = el.shadowRoot!;
  disclosureButton(el, 'description').click();
  await el.updateComplete;
  const description = words(root.querySelector('.long-description')?.textContent);
  el.mode = 'table';
  await el.updateComplete;
  const table = words(root.querySelector('table.data-table')?.textContent);
  const tableNotes = notesOf(el);
  el.mode = 'chart';
  await el.updateComplete;
  return { description, table, tableNotes };
}
