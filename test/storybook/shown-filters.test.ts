// A filter bar's story offers in its Controls panel only the filters its bar shows
// (stories/shown-filters.ts). The first story offered year, measure and wave while its bar showed
// organisation, tenure and deprivation: a year chosen there did nothing to its charts, and the
// bar only said `year="2019" has no effect`. (check-storybook.mjs tries every offered choice of
// every story in the built Storybook, and fails on any that shows a message.)
import { expect } from '@esm-bundle/chai';
import { onlyShownFilters } from '../../stories/shown-filters.js';

const choice = (options: string[]) => ({ control: { type: 'select' }, options, table: { category: 'attributes' } });
const argTypes = {
  controls: { control: 'text' },
  year: choice(['', '2019']),
  measure: choice(['', 'barrier']),
  wave: choice(['', '1']),
  deprivation: choice(['', 'less']),
  organisation: choice(['', 'la']),
  tenure: choice(['', '5-plus']),
  label: { control: 'text' },
};
const enabled = (rows: Record<string, { control?: unknown }>) => Object.keys(rows).filter((k) => (rows[k].control as { disable?: boolean }).disable !== true);

describe('the Controls panel of a filter bar\'s story', () => {
  it('offers the filters its bar shows (and its other args), each filter it does not show with a dash', () => {
    const rows = onlyShownFilters({ component: 'pioneer-filters', initialArgs: { controls: 'organisation tenure deprivation' }, argTypes });
    expect(enabled(rows)).to.deep.equal(['controls', 'deprivation', 'organisation', 'tenure', 'label']);
    expect(rows.year).to.deep.include({ control: { disable: true }, options: ['', '2019'] });
    // Listed in the same order, each still under attributes with its description.
    expect(Object.keys(rows)).to.deep.equal(Object.keys(argTypes));
  });

  it('reads the bar\'s list as the bar does, commas or spaces between entries', () => {
    const rows = onlyShownFilters({ component: 'pioneer-filters', initialArgs: { controls: 'measure,organisation  tenure' }, argTypes });
    expect(enabled(rows)).to.deep.equal(['controls', 'measure', 'organisation', 'tenure', 'label']);
  });

  it('leaves the charts\' stories as they are (their `year` and `measure` act)', () => {
    expect(onlyShownFilters({ component: 'barrier-stack', initialArgs: { measure: 'barrier' }, argTypes })).to.equal(argTypes);
  });
});
