import { hashOf } from './svg-export.js';

/** Saves a Blob or text as a file through a temporary link (no network). */
export function download(content: Blob | string, filename: string, type = 'text/plain;charset=utf-8', doc: Document = document): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Lower-case words joined by hyphens: the letters and digits of any script (a title in Welsh,
 * Greek or Arabic keeps its words: none is a character Windows, macOS or Linux refuses in a
 * name), an accented Latin letter as its base letter (ŵ as w, é as e), so that a name is the
 * same however its text composes the accent. A zero-width non-joiner or joiner (U+200C, U+200D)
 * between letters is kept, as it shapes the word (Persian می‌خواهم, not می-خواهم); elsewhere dropped.
 * A run of them between letters is kept as typed, whole: joiner, non-joiner, joiner keeps two
 * Arabic letters joined without their ligature, which neither alone does.
 */
const slug = (text: string) =>
  text.toLowerCase().normalize('NFKD').replace(/([a-z])[\u0300-\u036f]+/g, '$1').normalize('NFC').replace(/(?<![\p{L}\p{M}\u200c\u200d])[\u200c\u200d]+|[\u200c\u200d]+(?![\u200c\u200d\p{L}])/gu, '').replace(/[^\p{L}\p{M}\p{N}\u200c\u200d]+/gu, '-').replace(/^-|-$/g, '');

/**
 * The most bytes of a file's name before its extension, in UTF-8 (as many as characters, where
 * all are ASCII): a long list of items would make it hundreds, and Linux allows 255.
 */
const NAME_MAX = 120;

const encoder = new TextEncoder();
/** The bytes of a text in UTF-8. */
const size = (text: string) => encoder.encode(text).length;

/**
 * Names Windows keeps for devices, whatever the extension: a file downloaded as con.csv on a Mac
 * or Linux could not be copied to a Windows drive (nor OneDrive or SharePoint, which refuse them
 * too). Chromium on Windows saves it as _con.csv itself; the name is made safe on every system.
 */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name from a title (and what else tells the figure apart): lower-case words joined by
 * hyphens. One longer than NAME_MAX is cut after a whole word, before `suffix` (what tells
 * files of one title apart, the responses asked for: `-very`), which it still ends with; a
 * hash of the whole name follows the cut, so that two names differing only past it differ.
 * A word longer than the room (a title in Chinese, Japanese or Thai, written without spaces)
 * is cut between two grapheme clusters, so that no letter loses a mark or a conjunct a part.
 */
export function fileNameOf(title: string, ext: string, suffix = ''): string {
  const whole = slug(`${title} ${suffix}`);
  // A suffix of half the room or more is cut with the rest.
  const tail = slug(suffix);
  const end = tail && size(tail) < NAME_MAX / 2 ? `-${tail}` : '';
  let name = end ? slug(title) : whole;
  const room = NAME_MAX - size(end);
  if (size(name) > room) {
    const hash = hashOf(whole);
    // How much fits before the hash (whole characters): cut at the last hyphen at or before
    // that; a word too long for the room is cut at it, at the start of the cluster it falls in.
    const fits = encoder.encodeInto(name, new Uint8Array(room - hash.length - 1)).read;
    const hyphen = name.lastIndexOf('-', fits);
    const cut = hyphen > 0 ? hyphen : fits;
    // (Made here, not on import: a browser without Intl.Segmenter, before Firefox 125, cuts between characters.)
    const clusters = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name) : null;
    name = `${name.slice(0, clusters?.containing(cut)?.index ?? cut)}-${hash}`;
  }
  const stem = (name + end).replace(/^-/, '') || 'chart';
  return `${RESERVED.test(stem) ? `${stem}-chart` : stem}.${ext}`;
}
