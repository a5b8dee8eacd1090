import type { CSSResultOrNative, LitElement } from 'lit';

/**
 * An element moved into another document (an iframe's: a pop-out, a preview) loses its
 * constructed style sheets, which belong to the document that made them, and does not get them
 * back when moved home: its shadow root is styled again for the document it is now in, with
 * the shared sheets where they belong to it and with `<style>` elements of that document's
 * own where they do not (such sheets cannot be shared across documents).
 */
export function restyleAdopted(el: LitElement): void {
  const root = el.shadowRoot;
  if (!root) return;
  const styles = (el.constructor as typeof LitElement).elementStyles;
  for (const old of root.querySelectorAll('style[data-pioneer-restyled]')) old.remove();
  try {
    root.adoptedStyleSheets = styles.map(sheetOf);
  } catch {
    root.adoptedStyleSheets = [];
    const doc = el.ownerDocument;
    root.prepend(
      ...styles.map((s) => {
        const style = doc.createElement('style');
        style.setAttribute('data-pioneer-restyled', '');
        style.textContent = cssTextOf(s);
        return style;
      }),
    );
  }
}

/**
 * The element's render root made by `create` (Lit's, which adopts the class's constructed
 * sheets): an element first connected in another document (an iframe's) is given `<style>`
 * elements of that document instead, rather than throw and show nothing.
 */
export function renderRootIn(el: LitElement, create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  try {
    return create();
  } catch (e) {
    if (!el.shadowRoot) throw e;
    restyleAdopted(el);
    return el.shadowRoot;
  }
}

const sheetOf = (s: CSSResultOrNative): CSSStyleSheet => (s instanceof CSSStyleSheet ? s : s.styleSheet!);

/** The text of one of a class's styles, a Lit `css` result or a constructed sheet. */
export const cssTextOf = (s: CSSResultOrNative): string => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText);
