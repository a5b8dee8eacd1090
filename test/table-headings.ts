/** Reading a table's headings: how many lines each takes as laid out, its name, its columns. */
import type { PioneerChart } from '../src/components/base/pioneer-chart.js';

/**
 * Each heading of the table's head (`thead th`) as laid out: its text and its lines, counted from
 * its text's boxes (a box whose middle is under the last line's foot starts a new line), not from
 * the cell's height, which is its row's.
 */
export function headingLines(el: PioneerChart<unknown>): { text: string; lines: number }[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('table.data-table thead th')].map((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    const boxes = [...range.getClientRects()].filter(seenBox).sort((a, b) => a.top - b.top);
    let lines = 0;
    let foot = -Infinity;
    for (const b of boxes) {
      if (b.top + b.height / 2 > foot) lines++;
      foot = Math.max(b.top + b.height / 2 > foot ? b.bottom : foot, foot);
    }
    return { text: th.textContent!.replace(/\s+/g, ' ').trim(), lines };
  });
}

/** A box a reader sees: not empty, and not the 1 px box of a heading's copy-only tabs (b.copied-cells). */
export const seenBox = (r: DOMRect): boolean => r.width > 0 && r.height > 0 && !(r.width <= 1 && r.height <= 1);

/**
 * A heading's name, without the base and source on the line under it (after its `.line-break`)
 * and without what only a copy gives (its b's tabs): "2019", "Very significant".
 */
export function headingName(th: Element): string {
  const copy = th.cloneNode(true) as Element;
  copy.querySelectorAll('b, .line-break ~ *, .line-break').forEach((e) => e.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** The columns (0 = the item column) that a cell spans in its table's grid, counting colspans and rowspans. */
export function columnsOf(cell: HTMLTableCellElement): number[] {
  const table = cell.closest('table')!;
  const grid: (HTMLTableCellElement | undefined)[][] = [];
  [...table.rows].forEach((tr, y) => {
    grid[y] ??= [];
    let x = 0;
    for (const c of tr.cells) {
      while (grid[y][x]) x++;
      for (let dy = 0; dy < c.rowSpan; dy++) for (let dx = 0; dx < c.colSpan; dx++) (grid[y + dy] ??= [])[x + dx] = c;
      x += c.colSpan;
    }
  });
  const at = grid.find((row) => row.includes(cell))!;
  return at.flatMap((c, x) => (c === cell ? [x] : []));
}
