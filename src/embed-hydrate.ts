/**
 * The embed bundle for pages with server-rendered charts (declarative shadow DOM from
 * `renderToHtml` or `pioneer-viz render --format html`): Lit's hydration support first, so that
 * each element adopts its server-rendered shadow root instead of rendering it again, then every
 * element, as in dist/pioneer-viz.js. On pages without server-rendered charts it behaves the same.
 * Built, like it, with no import or export, so that it also runs from a classic `<script src>`;
 * there, in `<head>`, the elements are defined once the page is parsed (held-definitions.ts).
 */
// Lit's hydration support must be set before Lit's element class is made (held-definitions
// imports it, through define.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { releaseDefinitions } from './held-definitions.js';
import './embed.js';

releaseDefinitions();
