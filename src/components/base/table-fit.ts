/**
 * Whether a table prints as a grid in its column. In a column narrower than 32em a printed table
 * is set in long form (chart-styles.ts): each figure on a line after its headings, which a grid
 * too wide for the column needs (every year's 11 columns in 320 px printed a letter a line). A
 * table whose grid fits the column keeps it (the 2019 table's four responses in 320 px): decided
 * once before printing, by measuring the grid at its printed size with its words whole.
 */

/** The attribute on a table's host (`.table-host`) that has it print as a grid whatever its column's width. */
export const PRINT_GRID = 'data-print-grid';
/** The attribute that sets the table at its printed size for as long as it is measured. */
const PRINT_MEASURE = 'data-print-measure';

/** A printed table to measure: its host, and the widths the chart has on screen and on paper (see fitTablesToPaper). */
export interface PaperTable {
  host: HTMLElement;
  chartWidth: number;
  printedWidth: number;
}

/**
 * Marks each table whose grid, at its printed size (print CSS sets its text at 0.75em, not
 * 0.85em, and its cells' padding smaller), fits its box on paper with no word split to print as
 * a grid (PRINT_GRID): the chart printed `printedWidth` px wide (`chartWidth` on screen), less
 * what is around the table's box on screen and prints the same (a page's padding or border of
 * ::part(figure) or ::part(table-host), a card's). A layout read, once before printing, with
 * each host set as print CSS will set it for that read only: all set, then all read, then all
 * set back, in one layout. Measured one by one, each between its chart's update and the next
 * chart's, every table laid the page out again: on a page of 20 charts, 11 with a table made
 * ready for paper, 36-70 ms of the page's script as printing started (a busy 2-core machine).
 */
export function fitTablesToPaper(tables: readonly PaperTable[]): void {
  const measured = tables.filter(({ host, printedWidth }) => printedWidth > 0 && host.querySelector('table'));
  measured.forEach(({ host }) => host.setAttribute(PRINT_MEASURE, ''));
  let fits: PaperTable[] = [];
  try {
    fits = measured.filter(({ host, chartWidth, printedWidth }) => {
      const style = getComputedStyle(host);
      const box = host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return Math.ceil(host.querySelector('table')!.getBoundingClientRect().width) <= printedWidth - Math.max(0, chartWidth - box);
    });
  } finally {
    measured.forEach(({ host }) => host.removeAttribute(PRINT_MEASURE));
  }
  tables.forEach((table) => table.host.toggleAttribute(PRINT_GRID, fits.includes(table)));
}
