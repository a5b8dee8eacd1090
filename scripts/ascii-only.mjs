// Built JavaScript with ASCII alone: every other character written as its \u escape. A classic
// <script src> is decoded in its page's encoding, which is windows-1252 on a page (or a file)
// that declares no charset: a "–" written as UTF-8 then reads "â€“". Terser's `ascii_only`
// escapes strings but leaves template text alone (Lit's html`…` and css`…`), so the whole output
// is escaped here, after minifying. A \u escape means the same character in a string, a
// template's text (Lit reads the cooked strings), a regular expression and an identifier; a
// character beyond U+FFFF is written as its two surrogate halves, which each of those reads as
// the one character too.

/** The code with each non-ASCII UTF-16 unit as `\uXXXX`. */
export const asciiOnly = (code) => code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A rollup plugin (after terser) that writes its chunks with ASCII alone. */
export const asciiOnlyPlugin = () => ({
  name: 'ascii-only',
  renderChunk: (code) => ({ code: asciiOnly(code), map: null }),
});
