/**
 * The map outline's SVG path (`M106,0L107,7…Z…`) from the packed form scripts/build-data.mjs
 * writes, which checks that this gives the path back: one character a coordinate, its step from
 * the one before (x from x, y from y, on across subpaths) plus 80, a longer step written `!-240!`,
 * and a space where a subpath closes.
 */
export function unpackPath(packed: string): string {
  let x = 0;
  let y = 0;
  // Whether the next character is a point's y (each point is its x, then its y).
  let yNext = false;
  let command = 'M';
  return packed.replace(/!(-?\d+)!|[^]/g, (char, long?: string) => {
    if (char === ' ') {
      command = 'M';
      return 'Z';
    }
    const step = long ? Number(long) : char.charCodeAt(0) - 80;
    // An x: kept until its y comes.
    if ((yNext = !yNext)) {
      x += step;
      return '';
    }
    const point = `${command}${x},${(y += step)}`;
    command = 'L';
    return point;
  });
}
