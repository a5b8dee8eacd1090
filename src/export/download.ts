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

/** A file name from a title (and what else tells the figure apart): lower-case words joined by hyphens. */
export const fileNameOf = (title: string, ext: string): string =>
  `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 120).replace(/-$/, '') || 'chart'}.${ext}`;
