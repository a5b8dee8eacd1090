import { nothing, render, type TemplateResult } from 'lit';

/**
 * A disclosure (the WAI-ARIA pattern): a wrapper whose first child is a button with
 * `aria-expanded`, and what the button shows rendered after it only while it is open. The
 * chart's Download menu and "Describe this chart" are two: a `<details>` in their place cost
 * every chart's first render a built-in shadow tree each (Chromium creates one with the
 * element), and its content cloned while nobody had asked for it.
 */

/** The disclosure's button (the wrapper's own, not one of what it shows). */
export function disclosureButton(wrapper: Element | null | undefined): HTMLButtonElement | null {
  return wrapper?.querySelector<HTMLButtonElement>(':scope > button') ?? null;
}

/** Whether the disclosure is open (its button says it is expanded). */
export function isOpen(wrapper: Element | null | undefined): boolean {
  return disclosureButton(wrapper)?.getAttribute('aria-expanded') === 'true';
}

/**
 * Opens the disclosure (rendering `content` after its button) or closes it (removing that
 * content). Returns whether it changed: false where it was so already, or is not there.
 */
export function setOpen(wrapper: HTMLElement | null | undefined, open: boolean, content: () => TemplateResult): boolean {
  const button = disclosureButton(wrapper);
  if (!wrapper || !button || isOpen(wrapper) === open) return false;
  button.setAttribute('aria-expanded', String(open));
  render(open ? content() : nothing, wrapper);
  return true;
}
