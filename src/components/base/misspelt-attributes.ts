/**
 * Attributes an author meant for a chart but misspelt (`yaer="2019"`, `colour-by`): an unknown
 * attribute within two edits of one the element has. Others (a framework's `x-data`, `data-…`,
 * `aria-…`, global attributes) are left alone: they are not meant for the chart.
 */

import { CURLY_QUOTES, unquoted } from './attribute-problem.js';

const CURLY = new RegExp(`[${CURLY_QUOTES}]`);

/** Edit distance between two short names (insertions, deletions, substitutions, and swaps of neighbours). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Each misspelt attribute of `el` with the attribute it most likely means. */
export function misspeltAttributes(el: Element, known: readonly string[]): { name: string; meant: string }[] {
  const out: { name: string; meant: string }[] = [];
  for (const name of el.getAttributeNames()) {
    if (known.includes(name) || /^(data-|aria-)/.test(name) || CURLY.test(name)) continue;
    let best: string | null = null;
    let bestDistance = 3;
    for (const k of known) {
      const d = distance(name, k);
      if (d < bestDistance) [best, bestDistance] = [k, d];
    }
    // Two edits of a long name, one of a short one ("sort" is one edit from "port").
    if (best && bestDistance <= (best.length > 4 ? 2 : 1)) out.push({ name, meant: best });
  }
  return out;
}

/**
 * One sentence per attribute of `el` written wrong: misspelt (`yaer="2019" is ignored: <tag> has
 * no attribute "yaer". Did you mean year?`), or in curly quotes as a word processor types
 * them, which HTML does not take for quotes: `year=”2019”` is read as 2019 (the value is taken
 * without them, and the sentence says so), and in `items=“a, b”` the value ends at the space,
 * leaving an attribute named `b”` (ignored, and said).
 */
export function misspeltSentences(el: Element, known: readonly string[]): string[] {
  const misspelt = misspeltAttributes(el, known).map(({ name, meant }) => `${name}="${el.getAttribute(name)}" is ignored: <${el.localName}> has no attribute "${name}". Did you mean ${meant}?`);
  const curly: string[] = [];
  for (const name of el.getAttributeNames()) {
    const value = el.getAttribute(name) ?? '';
    if (CURLY.test(name)) {
      curly.push(`${name} is ignored: it looks like the end of a value in curly quotes (“ ”), which end at the first space. Retype the quotes as straight quotes (").`);
    } else if (known.includes(name) && CURLY.test(value) && unquoted(value) !== value.trim()) {
      curly.push(`${name}=${value} is in curly quotes (“ ”), as a word processor types them: it is read as ${name}="${unquoted(value)}". Retype them as straight quotes ("), or a value with a space is cut short.`);
    }
  }
  return [...misspelt, ...curly];
}
