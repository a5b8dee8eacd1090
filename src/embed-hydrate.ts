/**
 * The embed bundle for pages with server-rendered charts (declarative shadow DOM from
 * `renderToHtml` or `pioneer-viz render --format html`): Lit's hydration support first, so that
 * each element adopts its server-rendered shadow root instead of rendering it again, then every
 * element, as in dist/pioneer-viz.js. On pages without server-rendered charts it behaves the same.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './embed.js';
