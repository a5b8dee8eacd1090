/**
 * Element definitions held until the document is parsed. The hydration bundle loaded as a
 * classic `<script src>` in `<head>` (an editor that strips `type="module"`) runs before the
 * body is parsed: an element defined then is created by the parser, and renders its own shadow
 * root, before the server's declarative shadow root comes; the server's is then left as a plain
 * `<template>` and nothing is hydrated. Held, each definition is made once the document is
 * parsed (DOMContentLoaded), when every server-rendered element has its shadow root. A module
 * script runs after parsing, so nothing is held there.
 *
 * Imported first by the bundle, it holds `customElements.define` while the bundle's modules
 * run; `releaseDefinitions()`, called once they have, gives it back to the page at once.
 */
import { customElement } from './define.js';

type Definition = [name: string, ctor: CustomElementConstructor];

const registry = typeof customElements === 'undefined' ? undefined : customElements;
const define = registry?.define;
/** Whether the page had set a `define` of its own on the registry (a polyfill): given back as it was. */
const ownDefine = !!registry && Object.prototype.hasOwnProperty.call(registry, 'define');
const held: Definition[] = [];
const holding = !!registry && typeof document !== 'undefined' && document.readyState === 'loading';
if (holding) {
  registry!.define = (name: string, ctor: CustomElementConstructor) => void held.push([name, ctor]);
}

/** Gives `customElements.define` back; what was held is defined once the document is parsed. */
export function releaseDefinitions(): void {
  if (!holding) return;
  if (ownDefine) registry!.define = define!;
  else delete (registry as Partial<CustomElementRegistry>).define;
  // As the bundle's own definitions are made: a name another copy has defined meanwhile keeps
  // that copy's element, and the console says so.
  document.addEventListener('DOMContentLoaded', () => held.forEach(([name, ctor]) => customElement(name)(ctor)), { once: true });
}
