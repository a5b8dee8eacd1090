import type { LitElement } from 'lit';
import { cssTextOf } from './restyle-adopted.js';

/**
 * Runs `read` on the element's shadow root styled as without forced colours (Windows High
 * Contrast): its own colours, not the system's few. A downloaded figure is for paper or another
 * reader, so it is copied from the chart so styled; the reader's view is back as it was after.
 * Outside forced colours, `read` runs as it is.
 */
export function withoutForcedColors<T>(el: LitElement, figure: HTMLElement | null, read: () => T): T {
  const root = el.shadowRoot;
  if (!root || !figure || !globalThis.matchMedia?.('(forced-colors: active)')?.matches) return read();
  const sheets = root.adoptedStyleSheets;
  let swapped = false;
  try {
    root.adoptedStyleSheets = unforcedSheets(el.constructor as typeof LitElement);
    swapped = true;
  } catch {
    // Sheets of another document (restyleAdopted): the browser's own forcing is lifted alone.
  }
  figure.style.setProperty('forced-color-adjust', 'none');
  try {
    return read();
  } finally {
    figure.style.removeProperty('forced-color-adjust');
    if (!figure.getAttribute('style')) figure.removeAttribute('style');
    if (swapped) root.adoptedStyleSheets = sheets;
  }
}

const cache = new WeakMap<typeof LitElement, CSSStyleSheet[]>();

/** The class's styles with their forced-colours rules turned off (`@media not all`), made once per class. */
function unforcedSheets(ctor: typeof LitElement): CSSStyleSheet[] {
  let sheets = cache.get(ctor);
  if (!sheets) {
    sheets = ctor.elementStyles.map((s) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cssTextOf(s).replace(/@media\s*\(\s*forced-colors\s*:\s*active\s*\)/g, '@media not all'));
      return sheet;
    });
    cache.set(ctor, sheets);
  }
  return sheets;
}
