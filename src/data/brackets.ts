/**
 * Text with every bracket matched: one left open ("Suppressed (see section 4") closed at the end,
 * one closing nothing ("Money) issues") dropped. A researcher's label or note is said before
 * other words and brackets ("…: no figure. Suppressed (see section 4): Barrier A (Local
 * authority)."): left open, it would take them in. Only punctuation changes; the words are the
 * text's own (as inBrackets, in renderers/shared/format.ts, which closes and drops the same way).
 */
export function matchedBrackets(text: string): string {
  let open = 0;
  const out = text.replace(/[()]/g, (c) => (c === '(' ? (open++, c) : open ? (open--, c) : ''));
  return open ? out.trimEnd() + ')'.repeat(open) : out;
}
