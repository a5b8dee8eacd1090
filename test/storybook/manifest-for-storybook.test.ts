// The manifest as Storybook reads it (.storybook/manifest-for-storybook.ts): Storybook merges an
// element's attributes, parts and slots into one arg type per name, the last winning, so a part
// named as an attribute replaced the attribute in the docs table and the Controls panel.
import { expect } from '@esm-bundle/chai';
import { manifestForStorybook } from '../../.storybook/manifest-for-storybook.js';

interface Named { name: string; description?: string }
interface Declaration { tagName?: string; attributes?: Named[]; members?: Named[]; cssParts?: Named[]; slots?: Named[] }
type Manifest = { modules: { declarations?: Declaration[] }[] };

describe('the manifest Storybook reads', () => {
  it('names no part or slot as an attribute, so each attribute keeps its own description (<pioneer-filters label>)', async () => {
    const source = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const declarations = manifestForStorybook(source).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    for (const d of declarations) {
      const attributes = new Set((d.attributes ?? []).map((a) => a.name));
      const clashing = [...(d.cssParts ?? []), ...(d.slots ?? [])].map((p) => p.name).filter((n) => attributes.has(n));
      expect(clashing, `<${d.tagName}>: parts or slots named as an attribute`).to.deep.equal([]);
    }
    const filters = declarations.find((d) => d.tagName === 'pioneer-filters')!;
    // Nor as a property (the docs table listed <barrier-stack>'s `summary` part in place of its `summary` property).
    for (const d of declarations) {
      const properties = new Set((d.members ?? []).map((m) => m.name));
      const clashing = [...(d.cssParts ?? []), ...(d.slots ?? [])].map((p) => p.name).filter((n) => properties.has(n));
      expect(clashing, `<${d.tagName}>: parts or slots named as a property`).to.deep.equal([]);
    }
    // Every part and slot as a page writes it, not only those that clashed: the docs table listed
    // `::part(summary)` among bare `legend`, `note`…
    for (const d of declarations) {
      const bare = [...(d.cssParts ?? []).filter((p) => !/^::part\([\w-]+\)$/.test(p.name)), ...(d.slots ?? []).filter((s) => !/^(slot="[\w-]+"|\(default slot\))$/.test(s.name))].map((p) => p.name);
      expect(bare, `<${d.tagName}>: parts or slots not named as a page writes them`).to.deep.equal([]);
    }
    const stack = declarations.find((d) => d.tagName === 'barrier-stack')!;
    expect(stack.cssParts!.map((p) => p.name)).to.include.members(['::part(legend)', '::part(note)']);
    expect(stack.cssParts!.map((p) => p.name)).to.include.members(['::part(summary)', '::part(message)']);
    expect(filters.cssParts!.map((p) => p.name)).to.include('::part(label)');
    expect(filters.attributes!.find((a) => a.name === 'label')!.description).to.match(/^Accessible name of the group of controls/);
  });
});
