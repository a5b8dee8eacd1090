/** How many lines each heading of a chart's Table view takes as laid out. */
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
    const boxes = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
    let lines = 0;
    let foot = -Infinity;
    for (const b of boxes) {
      if (b.top + b.height / 2 > foot) lines++;
      foot = Math.max(b.top + b.height / 2 > foot ? b.bottom : foot, foot);
    }
    return { text: th.textContent!.replace(/\s+/g, ' ').trim(), lines };
  });
}
