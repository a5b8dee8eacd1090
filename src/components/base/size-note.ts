/**
 * What the note under a chart says of its size (part `size-note`), in the browser and in a
 * server's HTML alike: a `height` too small for the rows, or a box narrower than the least width
 * the chart is drawn at.
 */

/** `height` (as written) is less than the rows need at this width: the chart is drawn `needed` px tall. Empty when it is not. */
export function tallNoteOf(asked: string, needed: number | undefined): string {
  return needed == null ? '' : `height="${asked}" is less than the ${needed} px this chart needs at this width, so it is drawn ${needed} px tall. Use a height of at least ${needed}, or none for the chart's own height.`;
}

/** "83%"; "less than 1%" for a chart squeezed to a pixel or two (rounded, it read "0%"). */
const shareOf = (width: number, drawnWidth: number): string => {
  const percent = Math.round((100 * width) / drawnWidth);
  return percent < 1 ? 'less than 1%' : `${percent}%`;
};

/** A box `width` px wide, narrower than the `drawnWidth` the chart is drawn at: it is shrunk to fit, text and all. Empty when it is not. */
export function narrowNoteOf(width: number, drawnWidth: number): string {
  return drawnWidth > width + 0.5 ? `This chart is ${width} px wide, less than the ${drawnWidth} px it is drawn at, so it is shrunk to fit and its text drawn at ${shareOf(width, drawnWidth)} of its size. Give it a box at least ${drawnWidth} px wide.` : '';
}
