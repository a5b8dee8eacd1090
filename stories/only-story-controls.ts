/**
 * `parameters.controls.include` for a chart's stories: the keys of the meta's args and
 * argTypes. It filters both the Controls panel and the docs page's API table, so anything
 * of the manifest not named here (properties such as `data`, and an attribute without an arg)
 * is missing from both. Hence every attribute of the element (except `data`, a property set
 * from script) is an arg named exactly as the attribute (`compare-year`, `gap-groups`), so it
 * merges with the manifest's description, and the story's render passes it to the element.
 */
export function onlyStoryControls(meta: { args?: object; argTypes?: object }): { controls: { include: string[] } } {
  return { controls: { include: [...new Set([...Object.keys(meta.args ?? {}), ...Object.keys(meta.argTypes ?? {})])] } };
}
