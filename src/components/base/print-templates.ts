/**
 * Lit's templates for what a chart shows only on paper, prepared before printing.
 *
 * A page's own `window.print()` (a "Print this page" button) runs beforeprint's listeners with
 * the page's scripts paused, and lays the page out for paper before the call returns. A chart
 * too tall for a page then prints its table and a note in place of the chart (pioneer-chart.ts,
 * setPrinting), built in that moment. Lit stamps a template it has prepared at any time, but it
 * prepares one through its Trusted Types policy, a callback Chromium will not run while the page
 * is paused ("The provided callback is no longer runnable"): the chart printed as it was on
 * screen. So each of those templates is prepared once per page, by building small tables that
 * take every branch of dataTableTemplate into a detached fragment: when the page is next idle,
 * or at once where a chart is drawn that may be too tall for a page (a page printing on load, or
 * busy until its Print button is pressed, has no idle time before window.print()). Not as the
 * first chart is connected: that is about 9 ms of a cold page's first chart, which few pages need.
 */
import { html, render, type TemplateResult } from 'lit';
import type { ObservationRow } from '../../data/types.js';
import { dataTableTemplate, type TableColumn, type TableModel } from './data-table.js';

/** Printed over a chart's table where the chart would be too small to read (tableOnPaper). */
export const TABLE_ON_PAPER_NOTE = 'Printed as a table: at this width the chart is too tall for a page at a readable text size.';

/** The note a chart printed as its table shows above it. */
export const paperNoteTemplate = (): TemplateResult => html`<p part="note" class="note paper-note">${TABLE_ON_PAPER_NOTE}</p>`;

/** A figure: the template reads its value and unit only. */
const figure = { value: 1, unit: 'percent' } as ObservationRow;
const column = (year: number) => ({ key: `c${year}`, year, heading: 'h', label: 'l', base: 'b', source: 's' }) as TableColumn;

/**
 * Tables that between them take every branch of dataTableTemplate: headed in two rows (one
 * year's columns sharing their base and source, one's not) and in one; a row with a note after
 * its label and one without; a figure with its n and more, one with neither; an empty cell
 * pointing to a note and one not; notes and a source line; no rows at all.
 */
function everyBranch(): TableModel[] {
  const no = [undefined, undefined, undefined];
  const rows: TableModel['rows'] = [
    { item: 'a', label: 'a', labelNote: 'n', cells: [figure, undefined, undefined], reasons: no, noteRefs: [0, 1], bases: ['n'], extras: ['e'] },
    { item: 'b', label: 'b', cells: [figure, figure, figure], reasons: no, noteRefs: no, bases: no },
  ];
  return [
    {
      columns: [column(2019), column(2019), column(2020)],
      years: [
        { year: 2019, span: 2, meta: 'm' },
        { year: 2020, span: 1, meta: '' },
      ],
      notes: ['n'],
      rows,
    },
    { columns: [column(2019), column(2020), column(2020)], notes: [], rows },
    { columns: [], notes: [], rows: [] },
  ];
}

let prepared = false;

/** Prepares the paper note's and the table's templates, once per page (see above). */
export function preparePrintTemplates(): void {
  if (prepared || typeof document === 'undefined') return;
  try {
    render(paperNoteTemplate(), document.createDocumentFragment());
    everyBranch().forEach((model, i) => render(dataTableTemplate(model, 'c', i ? undefined : 'en', i ? undefined : 's'), document.createDocumentFragment()));
    prepared = true;
  } catch {
    // Asked while print() pauses the page (no template can be prepared then): asked again later.
  }
}

/** Prepares them when the browser is next idle (or soon, where it has no idle callbacks). */
export function preparePrintTemplatesWhenIdle(): void {
  if (prepared || typeof document === 'undefined') return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(preparePrintTemplates, { timeout: 2000 });
  else setTimeout(preparePrintTemplates, 200);
}
