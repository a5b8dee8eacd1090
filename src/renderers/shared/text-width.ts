/**
 * Text widths estimated without layout, so renderers place text the same way in a browser,
 * a detached SVG or a server-side DOM. Widths per character (in em) are those of DejaVu Sans,
 * one of the widest common sans-serif fonts (Linux's default), so that estimates are rarely
 * short for system-ui, Segoe UI, Roboto, Helvetica or Arial.
 */
const LOWER: Record<string, number> = {
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278, j: 0.278, k: 0.579, l: 0.278,
  m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521, t: 0.392, u: 0.634, v: 0.592, w: 0.818, x: 0.592,
  y: 0.592, z: 0.525,
};
const OTHER: Record<string, number> = {
  ' ': 0.318, '%': 0.95, '.': 0.318, ',': 0.318, ':': 0.337, ';': 0.337, '/': 0.337, '-': 0.361, '–': 0.5, '—': 1, '…': 1,
  '(': 0.39, ')': 0.39, "'": 0.275, '‘': 0.318, '’': 0.318, '"': 0.46, '“': 0.518, '”': 0.518, '&': 0.78, '+': 0.838,
  I: 0.295, J: 0.295, M: 0.863, W: 0.989,
  // The isolates around a right-to-left label (displayLabel) take no room.
  '\u2068': 0, '\u2069': 0,
};

/**
 * A label isolated by displayLabel, laid out as its text, each piece (a line, a cut label)
 * isolated again: a line without the isolate's start would read left to right.
 */
export function isolatedPieces<T extends string | string[]>(text: string, layout: (inner: string) => T): T | undefined {
  if (!(text.startsWith('\u2068') && text.endsWith('\u2069'))) return undefined;
  // (Lines of one label joined again, "⁨a⁩ ⁨b⁩", are one label.)
  const out = layout(text.slice(1, -1).replace(/[\u2068\u2069]/g, ''));
  const isolate = (piece: string) => `\u2068${piece}\u2069`;
  return (Array.isArray(out) ? out.map(isolate) : isolate(out)) as T;
}

/**
 * How much wider bold text is: DejaVu Sans Bold's lower-case letters are 10–23% wider than its
 * regular ones (t, r, i the most), 14% taken over a title's letters.
 */
export const BOLD_WIDTH = 1.15;

/**
 * CSS letter-spacing and word-spacing of the text being laid out, in px: a reader's own text
 * spacing (WCAG 1.4.12) or a page's, inherited by the chart. Every estimate adds them, as the
 * browser does (letter-spacing after each character, word-spacing at each space).
 */
let spacing = { letter: 0, word: 0 };
/** Prefixes the caches' keys: the same label at the same size is wider with spacing. */
let spacingKey = '';

/**
 * The letter-spacing and word-spacing (px) the estimates include now, for layouts that count
 * characters rather than measure them.
 */
export const textSpacing = (): Readonly<{ letter: number; word: number }> => spacing;

/** Runs `layout` with estimates that include this letter- and word-spacing (px). */
export function withTextSpacing<T>(letter: number, word: number, layout: () => T): T {
  const saved = [spacing, spacingKey] as const;
  spacing = { letter: letter || 0, word: word || 0 };
  spacingKey = spacing.letter || spacing.word ? `${spacing.letter},${spacing.word}|` : '';
  try {
    return layout();
  } finally {
    [spacing, spacingKey] = saved;
  }
}

/** Estimated width in px of `text` at `fontSize` px (bold: BOLD_WIDTH times). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  let chars = 0;
  let spaces = 0;
  for (const ch of text) {
    em += charEm(ch);
    chars++;
    if (ch === ' ') spaces++;
  }
  return em * fontSize * (bold ? BOLD_WIDTH : 1) + chars * spacing.letter + spaces * spacing.word;
}

/** Width of one character in em. */
const charEm = (ch: string): number => LOWER[ch] ?? OTHER[ch] ?? (ch >= '0' && ch <= '9' ? 0.636 : ch >= 'A' && ch <= 'Z' ? 0.72 : 0.65);

/** Width of one character in em at `fontSize`, with the text spacing. */
const spacedEm = (ch: string, fontSize: number): number => charEm(ch) + (spacing.letter + (ch === ' ' ? spacing.word : 0)) / fontSize;

/**
 * The end of the longest run of characters from `i` (widths `ems`, in em) that fits `room` em
 * with `suffix` em after it, short of the last character; at least one character. Returns the
 * end and the run's width. One pass: a label of thousands of unbroken letters costs its length.
 */
function fittingRun(ems: readonly number[], i: number, room: number, suffix: number): [number, number] {
  let em = ems[i];
  let j = i + 1;
  while (j < ems.length - 1 && em + ems[j] + suffix <= room) em += ems[j++];
  return [j, em];
}

/**
 * A word wider than a line (`room` em) as hyphenated pieces that each fit, and the rest that
 * fits whole, never cutting inside a character.
 */
function splitWord(word: string, room: number, fontSize: number): [string[], string] {
  const chars = [...word];
  const ems = chars.map((c) => spacedEm(c, fontSize));
  let left = ems.reduce((a, b) => a + b, 0);
  const pieces: string[] = [];
  let i = 0;
  while (chars.length - i > 1 && left > room) {
    const [j, em] = fittingRun(ems, i, room, spacedEm('-', fontSize));
    pieces.push(`${chars.slice(i, j).join('')}-`);
    left -= em;
    i = j;
  }
  return [pieces, chars.slice(i).join('')];
}

/**
 * Splits text into lines no wider than `maxWidth` px at spaces; a word wider than a line is
 * split with a hyphen. Nothing is dropped.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const isolated = isolatedPieces(text, (inner) => wrapText(inner, maxWidth, fontSize));
  if (isolated) return isolated;
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, fontSize) <= maxWidth;
  for (let word of text.split(/\s+/).filter(Boolean)) {
    if (word.length > 1 && !fits(word)) {
      if (line) { lines.push(line); line = ''; }
      const [pieces, rest] = splitWord(word, maxWidth / fontSize, fontSize);
      lines.push(...pieces);
      word = rest;
    }
    const joined = line ? `${line} ${word}` : word;
    if (line && !fits(joined)) { lines.push(line); line = word; } else line = joined;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * The value for `key`, made once: every chart on a page (and every redraw) lays out the same
 * labels at the same widths. The cache is emptied when it grows past 2,000 entries.
 */
function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 2000) cache.clear();
    cache.set(key, (value = make()));
  }
  return value;
}

/**
 * Like wrapText, but with lines of similar length: the narrowest width that still needs no
 * more lines than `maxWidth` does (so a last line is never a lone word when it can be helped).
 */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number): string[] {
  return remembered(balancedCache, `${spacingKey}${maxWidth}|${fontSize}|${text}`, () => wrapBalancedUncached(text, maxWidth, fontSize)).slice();
}

const balancedCache = new Map<string, string[]>();

function wrapBalancedUncached(text: string, maxWidth: number, fontSize: number): string[] {
  const lines = wrapText(text, maxWidth, fontSize);
  if (lines.length < 2) return lines;
  let lo = maxWidth / 2;
  let hi = maxWidth;
  let best = lines;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    const attempt = wrapText(text, mid, fontSize);
    // Never split a word that the wider wrap kept whole.
    if (attempt.length <= lines.length && attempt.join(' ') === lines.join(' ')) { best = attempt; hi = mid; } else lo = mid;
  }
  return best;
}
