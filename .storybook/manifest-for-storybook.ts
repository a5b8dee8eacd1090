/**
 * The custom elements manifest as Storybook should read it. Storybook turns every member and
 * attribute of an element into an arg type, and checks values from a shared link (`&args=…`)
 * against each one's type by name, dropping any whose type it does not know. So:
 * - an element's members are only its public properties without an attribute (`data`,
 *   `summary`, …): private and protected fields, statics, methods, and the properties an
 *   attribute already lists are left out (they flooded the Controls panel and docs table);
 * - an attribute's type is what a page writes, text (`boolean` for a boolean attribute), not
 *   the property's TypeScript type (`number | undefined`, `StackSort`), which Storybook does not
 *   know and which made it drop `year=2020` from a link;
 * - every part and slot is named as a page writes it (`::part(label)`, `slot="label"`): the docs
 *   table then tells a reader how to use it, the same way for each. Named bare, Storybook merged
 *   one named as an attribute or property into it (one arg type per name, the last winning), so
 *   `<pioneer-filters>`'s `label` part replaced its `label` attribute (the docs table said "A
 *   control's label." under "css shadow parts", not "Accessible name of the group of controls").
 */
interface Typed {
  name: string;
  type?: { text?: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  members?: Typed[];
  attributes?: Typed[];
  cssParts?: Typed[];
  slots?: Typed[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function manifestForStorybook<M>(source: M): M {
  const manifest = structuredClone(source) as unknown as Manifest;
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      d.members = (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute);
      for (const a of d.attributes ?? []) {
        a.type = { text: /^boolean\b/.test(a.type?.text ?? '') ? 'boolean' : 'string' };
      }
      // (CSS properties start with `--` and events become `on…`: never an attribute's name.)
      for (const [list, written] of [
        [d.cssParts, (n: string) => `::part(${n})`],
        // (The default slot, unnamed: what goes in it carries no slot attribute.)
        [d.slots, (n: string) => (n ? `slot="${n}"` : '(default slot)')],
      ] as const) {
        for (const item of list ?? []) item.name = written(item.name);
      }
    }
  }
  return manifest as unknown as M;
}
