// Stands in for src's element modules and src/index in the test group "embed" (its page's import
// map sends their URLs here: web-test-runner.config.mjs): the page's elements are the built
// embed's (dist/pioneer-viz.js), and a test's imports of them get the embed's classes, so a test
// written against src runs unchanged against what a web editor's page loads.
import '../../dist/pioneer-viz.js';

type Ctor = CustomElementConstructor;
const defined = (tag: string): Ctor => {
  const ctor = customElements.get(tag);
  if (!ctor) throw new Error(`dist/pioneer-viz.js did not define <${tag}>`);
  return ctor;
};
export const BarrierStack = defined('barrier-stack');
export const PioneerTrend = defined('pioneer-trend');
export const SiteMap = defined('site-map');
export const PioneerTable = defined('pioneer-table');
export const PioneerCompare = defined('pioneer-compare');
export const PioneerFilters = defined('pioneer-filters');

// Each test file of the group runs in its own page: after its tests, the page must have loaded the
// embed and no module of src that defines an element (src/define.ts), or the file tested src.
after(() => {
  const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  if (!loaded.includes('/dist/pioneer-viz.js')) throw new Error('the page did not load dist/pioneer-viz.js');
  const src = loaded.filter((p) => /^\/src\/(define|held-definitions|index)\.|^\/src\/components\/([a-z-]+)\/\2\./.test(p));
  if (src.length) throw new Error(`the page loaded src's elements too: ${src.join(', ')}`);
});
