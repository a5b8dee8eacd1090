/**
 * `@customElement(tag)`: registers the element under `tag` unless the page already has an
 * element of that name. A page can load pioneer-viz twice — the embed in a CMS template and
 * again in a page, or the embed next to an app that bundles the package. Defining a name a
 * second time throws, which would stop the rest of that copy's module, and of any app bundle
 * it is part of; here the first definition stays, the page keeps working, and the console
 * says once which copy is not used.
 */
import { isServer } from 'lit';

export const customElement =
  (tag: string) =>
  (ctor: CustomElementConstructor): void => {
    if (typeof customElements === 'undefined') return;
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, ctor);
    } else if (existing !== ctor && !isServer) {
      // (On a server, an app's element modules and pioneer-viz/server are two copies by design.)
      console.warn(`<${tag}> is already defined on this page (pioneer-viz loaded twice?): the element defined first is used, this copy's is not.`);
    }
  };
