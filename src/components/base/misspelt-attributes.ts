import { shortened } from './attribute-problem.js';

/**
 * Attributes an author meant for a chart but misspelt (`yaer="2019"`, `colour-by`): an unknown
 * attribute within two edits of one the element has (or of one the library's other elements
 * have). Others (a framework's `x-data` or `:year`, `data-…`, `aria-…`, global attributes) are
 * left alone: they are not meant for the chart.
 */

/**
 * Typographic quotes, as a word processor or a CMS's editor types them: an attribute written
 * `year=”2019”` holds them as part of its value (HTML quotes only with " and ').
 */
const CURLY_QUOTES = '\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2032\u2033';
const CURLY = new RegExp(`[${CURLY_QUOTES}]`);
const AROUND = new RegExp(`^[\\s${CURLY_QUOTES}]+|[\\s${CURLY_QUOTES}]+$`, 'g');

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

/**
 * Each misspelt attribute of `el` with the attribute it most likely means: one of its own
 * (`known`), or else one that only the library's other elements have (`others`: `year` on a
 * trend, `yaer` too), which is ignored here as well (`own` false). Names that are not meant for
 * the chart are left alone: `data-…`, `aria-…`, and a framework's (Alpine's `x-…`, `:year`, `@click`).
 */
export function misspeltAttributes(el: Element, known: readonly string[], others: readonly string[] = []): { name: string; meant: string; own: boolean }[] {
  const out: { name: string; meant: string; own: boolean }[] = [];
  const nearest = (name: string, names: readonly string[]) => {
    let best: string | null = null;
    let bestDistance = 3;
    for (const k of names) {
      const d = distance(name, k);
      if (d < bestDistance) [best, bestDistance] = [k, d];
    }
    // Two edits of a long name, one of a short one ("sort" is one edit from "port").
    return best && bestDistance <= (best.length > 4 ? 2 : 1) ? best : null;
  };
  for (const name of el.getAttributeNames()) {
    if (known.includes(name) || /^(data-|aria-|x-)|^[^a-z]/.test(name) || CURLY.test(name)) continue;
    const own = nearest(name, known);
    const other = own ? null : others.includes(name) ? name : nearest(name, others.filter((o) => !known.includes(o)));
    if (own) out.push({ name, meant: own, own: true });
    else if (other) out.push({ name, meant: other, own: false });
  }
  return out;
}

/**
 * One sentence per attribute of `el` written wrong: misspelt (`yaer="2019" is ignored: <tag> has
 * no attribute "yaer". Did you mean year?`), one of the library's other elements (`year` on a
 * trend), or the rest of a value in curly quotes cut at its space (`items=“a, b”` leaves an
 * attribute named `b”`: ignored, and said).
 */
export function misspeltSentences(el: Element, known: readonly string[], others: readonly string[] = []): string[] {
  const misspelt = misspeltAttributes(el, known, others).map(({ name, meant, own }) => {
    const start = `${name}="${shortened(el.getAttribute(name) ?? '')}" is ignored: <${el.localName}> has no attribute "${name}"`;
    if (own) return `${start}. Did you mean ${meant}?`;
    return name === meant ? `${start} (other elements of pioneer-viz have one).` : `${start}, nor "${meant}" (other elements of pioneer-viz have one).`;
  });
  const cut = el.getAttributeNames().filter((name) => CURLY.test(name));
  return [...misspelt, ...cut.map((name) => `${name} is ignored: it looks like the end of a value in curly quotes (“ ”), which HTML ends at the first space. Retype the quotes as straight quotes (").`)];
}

/**
 * Values of `el`'s own attributes written in curly quotes (`year=”2019”`), which HTML keeps as
 * part of the value: each is set again without them, so every use of it (keywords, numbers,
 * the theme's selectors, a label, a URL) reads the value meant. Returns a sentence for each,
 * to show under the element (the attribute no longer says so once set again).
 */
export function unquoteAttributes(el: Element, known: readonly string[]): string[] {
  const said: string[] = [];
  for (const name of known) {
    const value = el.getAttribute(name);
    if (value == null || !CURLY.test(value)) continue;
    const plain = value.replace(AROUND, '');
    if (plain === value.trim()) continue;
    el.setAttribute(name, plain);
    // Shortened as an attribute message's value is (attribute-problem.ts).
    said.push(`${name}=${shortened(value)} was in curly quotes (“ ”), as a word processor types them: it is read as ${name}="${shortened(plain)}". Retype them as straight quotes ("): HTML ends a value in curly quotes at its first space.`);
  }
  return said;
}

/**
 * What each connected chart checks again when an element of ours is connected inside it (see
 * tellOuterChart): its check of what it holds.
 */
export const contentChecks = new WeakMap<Element, () => void>();

/**
 * An element of ours connected inside a chart (a chart's tag written self-closing holds what
 * follows it; a filter bar and its charts too) tells the nearest chart around it, which can be
 * seen, to say so: that chart may have been checked before the parser reached its content.
 */
export function tellOuterChart(el: Element): void {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const check = contentChecks.get(a);
    if (check) return check();
  }
}

/** Each watched element's attributes (those it takes) and its check, for watchLateAttributes. */
const lateChecks = new WeakMap<Element, { known: readonly string[]; check: () => void }>();
let lateObserver: MutationObserver | undefined;

/**
 * Runs an element's check of its attributes again when one it does not take is set or removed
 * after it was connected (a framework's binding that comes later, a script's setAttribute):
 * the check on connection saw only those there then, and the browser tells an element only of
 * the attributes it observes. One observer for every element of the page; the changes it
 * delivers together are checked once per element.
 */
export function watchLateAttributes(el: Element, known: readonly string[], check: () => void): void {
  if (typeof MutationObserver !== 'function') return;
  lateObserver ??= new MutationObserver((records) => {
    const due = new Set<() => void>();
    for (const { target, attributeName } of records) {
      const watch = lateChecks.get(target as Element);
      if (watch && attributeName && !watch.known.includes(attributeName) && (target as Element).isConnected) due.add(watch.check);
    }
    due.forEach((run) => run());
  });
  lateChecks.set(el, { known, check });
  lateObserver.observe(el, { attributes: true });
}

/** Stops watchLateAttributes' checks of an element (removed from the page). */
export function unwatchLateAttributes(el: Element): void {
  lateChecks.delete(el);
}
