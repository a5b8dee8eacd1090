/**
 * The Controls panel offers a control only for the story's args (the attributes its render
 * passes to the element, and its box's width): every other arg type of the manifest (the
 * element's events, CSS parts and custom properties, and properties set from script such as
 * `data`) is listed without a control. An argTypesEnhancer (see .storybook/preview.ts), not
 * `parameters.controls.include`: that drops the arg types it does not name altogether, so the
 * docs page's table listed attributes only, none of the events, parts and custom properties a
 * page styles and listens to.
 */
interface ArgTypeLike {
  control?: unknown;
  [key: string]: unknown;
}

export function onlyStoryControls(context: { initialArgs: Record<string, unknown>; argTypes: Record<string, ArgTypeLike> }): Record<string, ArgTypeLike> {
  const { initialArgs, argTypes } = context;
  // A story's own arg types all name their control; the manifest's name none.
  return Object.fromEntries(Object.entries(argTypes).map(([name, argType]) => [name, 'control' in argType || name in initialArgs ? argType : { ...argType, control: false }]));
}
