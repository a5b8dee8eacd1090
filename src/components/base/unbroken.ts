import { html, type TemplateResult } from 'lit';

/** What `unbroken` keeps whole, each a match of its capturing group. */
const KEPT_WHOLE = /(\w+-\d+|(?:Table|Figure) \d+(?:\.\d+)*)/;

/**
 * Text with each name joined to its number by a hyphen ("Covid-19") kept whole on its line:
 * Chromium breaks a line after such a hyphen ("Covid-" at a line's end, "19" on the next), and
 * no CSS property of the paragraph stops it (line-break, word-break, hyphens, text-wrap do not).
 * A table or figure keeps its number too ("Table 5.1": a Table view's narrow heading ended a
 * line with "Table").
 * Each is put in a `<nobr>`, whose `white-space: nowrap` every browser's own stylesheet gives
 * (the HTML standard's rendering section), so no style of ours is needed; it is a text node of
 * its own, never parsed as markup. The text is the same, so a screen reader, a copy, the
 * browser's find (Ctrl+F) and a downloaded file get "Covid-19" as before, which a non-breaking
 * hyphen (U+2011) or a word joiner (U+2060) in it would change. Text without one is returned as
 * it is. The charts' SVG labels need none: they are wrapped at spaces only (wrapText).
 */
export const unbroken = (text: string): string | (string | TemplateResult)[] => {
  const parts = text.split(KEPT_WHOLE);
  return parts[1] ? parts.map((p, i) => (i % 2 ? html`<nobr>${p}</nobr>` : p)) : text;
};

/** Sets an element's text as `unbroken` writes it, outside a template (the source line, written at each draw that changes it). */
export const setUnbrokenText = (el: Element, text: string): void =>
  el.replaceChildren(...text.split(KEPT_WHOLE).map((p, i) => (i % 2 ? Object.assign(el.ownerDocument.createElement('nobr'), { textContent: p }) : p)));
