/**
 * The Controls panel of a chart's stories lists the args its render function passes to the
 * element, and nothing else: the manifest's other attributes (which the render ignores) stay in
 * the docs page's API table, where they are documentation rather than controls that do nothing.
 */
export function onlyStoryControls(meta: { args?: object; argTypes?: object }): { controls: { include: string[] } } {
  // By arg key: `compareYear` (shown as "compare-year"), not the manifest's own `compare-year`.
  return { controls: { include: [...new Set([...Object.keys(meta.args ?? {}), ...Object.keys(meta.argTypes ?? {})])] } };
}
