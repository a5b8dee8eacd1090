// The Controls panel's rows (stories/only-story-controls.ts): a story's controls first, then the
// element's attributes no story sets, each with a dash. `data`, which a page cannot set as an
// attribute, headed every story's list, the first row a researcher read.
import { expect } from '@esm-bundle/chai';
import { onlyStoryControls } from '../../stories/only-story-controls.js';

describe('the Controls panel of a story', () => {
  it('lists the story\'s controls first, in their order, then the attributes it does not set (data among them) with a dash; events and properties not at all', () => {
    const attribute = (name: string) => ({ name, table: { category: 'attributes' } });
    const rows = onlyStoryControls({
      initialArgs: { measure: 'barrier', year: '2020' },
      // In the manifest's order, as Storybook gives them: `data` comes first.
      argTypes: {
        data: attribute('data'),
        measure: { ...attribute('measure'), control: { type: 'select' } },
        'pioneer-select': { name: 'pioneer-select', table: { category: 'events' } },
        lang: attribute('lang'),
        year: { ...attribute('year'), control: { type: 'select' } },
        marks: { name: 'marks', table: { category: 'properties' } },
      },
    });
    expect(Object.keys(rows)).to.deep.equal(['measure', 'year', 'data', 'lang']);
    expect(rows.data.control).to.deep.equal({ disable: true });
    expect(rows.measure.control).to.deep.equal({ type: 'select' });
  });
});
