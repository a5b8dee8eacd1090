/**
 * Left-to-right flow of boxes (legend and key entries): a new row where the next box would
 * pass `width`. `gap` separates boxes in a row and `rowGap` rows; a row is as tall as its
 * tallest box. Positions are the boxes' top left corners; `height` is the whole flow's.
 */
export function flowLayout(
  boxes: readonly { width: number; height: number }[],
  width: number,
  gap = 0,
  rowGap = 0,
): { positions: [number, number][]; height: number } {
  const positions: [number, number][] = [];
  let x = 0;
  let y = 0;
  let rowH = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > width) {
      x = 0;
      y += rowH + rowGap;
      rowH = 0;
    }
    positions.push([x, y]);
    x += box.width + gap;
    rowH = Math.max(rowH, box.height);
  }
  return { positions, height: y + rowH };
}
