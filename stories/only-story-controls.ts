/**
 * The Controls panel lists what a story can set: the story's args (the attributes its render
 * passes to the element, and its box's width) and the element's other attributes, an attribute
 * without a control showing a dash. The element's events, CSS parts, custom properties and
 * properties set from script are not controls: they are dropped from the story's arg types, and
 * each docs page lists them in a table of its own, read from the manifest
 * (.storybook/docs-page.js). Listed in the panel, each with a dash and a "Setup controls" link
 * to Storybook's website, they made it some 80 rows long under a chart with 15 controls.
 */
interface ArgTypeLike {
  control?: unknown;
  table?: { category?: string };
  [key: string]: unknown;
}

export function onlyStoryControls(context: { initialArgs: Record<string, unknown>; argTypes: Record<string, ArgTypeLike> }): Record<string, ArgTypeLike> {
  const { initialArgs, argTypes } = context;
  const kept: Record<string, ArgTypeLike> = {};
  const dashed: Record<string, ArgTypeLike> = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    // A story's own arg types all name their control; the manifest's name none.
    if ('control' in argType || name in initialArgs) kept[name] = argType;
    // An attribute no story sets (`data`, typed into a page, is reported): listed, with a dash
    // (`disable`, not `false`: false shows a link to Storybook's docs on setting up controls),
    // after the controls (`data` headed every story's list, where a researcher reads first).
    else if (argType.table?.category === 'attributes') dashed[name] = { ...argType, control: { disable: true } };
  }
  return { ...kept, ...dashed };
}
