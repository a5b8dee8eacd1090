// What the test groups' stand-ins for src's element modules share (embed-elements.ts,
// module-elements.ts): the classes a build defined, and a check that a file's page used that build.

/** The class `<tag>` is defined as, which `build` (loaded first) must have defined. */
function definedBy(build: string, tag: string): CustomElementConstructor {
  const ctor = customElements.get(tag);
  if (!ctor) throw new Error(`${build} did not define <${tag}>`);
  return ctor;
}

/** The elements' classes as `build` (loaded first) defined them, by the names src exports them as. */
export const builtElements = (build: string) => ({
  BarrierStack: definedBy(build, 'barrier-stack'),
  PioneerTrend: definedBy(build, 'pioneer-trend'),
  SiteMap: definedBy(build, 'site-map'),
  PioneerTable: definedBy(build, 'pioneer-table'),
  PioneerCompare: definedBy(build, 'pioneer-compare'),
  PioneerFilters: definedBy(build, 'pioneer-filters'),
});

/**
 * Each test file of a group runs in its own page: after its tests, the page must have loaded
 * `build` (a path from the project's root) and no module of src that defines an element
 * (src/define.ts), or the file tested src.
 */
export function failUnlessBuiltElements(build: string): void {
  after(() => {
    const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    if (!loaded.includes(build)) throw new Error(`the page did not load ${build}`);
    const src = loaded.filter((p) => /^\/src\/(define|held-definitions|index)\.|^\/src\/components\/([a-z-]+)\/\2\./.test(p));
    if (src.length) throw new Error(`the page loaded src's elements too: ${src.join(', ')}`);
  });
}
