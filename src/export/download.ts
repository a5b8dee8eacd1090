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

/** Lower-case words joined by hyphens. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The most characters of a file's name before its extension (a long list of items would make it hundreds). */
const NAME_MAX = 120;

/**
 * A file name from a title (and what else tells the figure apart): lower-case words joined by
 * hyphens. One longer than NAME_MAX is cut after a whole word, before `suffix` (what tells
 * files of one title apart, the responses asked for: `-very`), which it still ends with.
 */
export function fileNameOf(title: string, ext: string, suffix = ''): string {
  // A suffix of half the room or more is cut with the rest.
  const end = slug(suffix).length < NAME_MAX / 2 ? slug(suffix) : '';
  let name = slug(end ? title : `${title} ${suffix}`);
  const room = NAME_MAX - (end ? end.length + 1 : 0);
  if (name.length > room) {
    // At the last hyphen at or before the limit: a word too long for the room is cut at it.
    const cut = name.lastIndexOf('-', room);
    name = name.slice(0, cut > 0 ? cut : room);
  }
  return `${[name, end].filter(Boolean).join('-') || 'chart'}.${ext}`;
}
