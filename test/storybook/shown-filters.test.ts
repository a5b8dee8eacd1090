// A filter bar's story offers in its Controls panel only the filters its bar shows
// (stories/shown-filters.ts). The first story offered year, measure and wave while its bar showed
// organisation, tenure and deprivation: a year chosen there did nothing to its charts, and the
// bar only said `year="2019" has no effect`. (check-storybook.mjs tries every offered choice of
// every story in the built Storybook, and fails on any that shows a message.)
import { expect } from '@esm-bundle/chai';
import { onlyShownFilters, showingFilters } from '../../stories/shown-filters.js';

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
    expect(rows.year).to.deep.include({ control: { type: 'select', disable: true }, options: ['', '2019'] });
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

// Storybook works out a story's arg types once, from its initial args; the Controls panel's add-on
// (.storybook/manager.ts) sets the filter rows again from the current `controls`. A reader who typed
// `year` into `controls` got the bar's year select while the panel's year row stayed a dash.
// (check-storybook.mjs opens the built Storybook with `&args=controls:…` and reads the panel.)
describe('the filter rows of a bar\'s Controls, as its `controls` changes', () => {
  const first = onlyShownFilters({ component: 'pioneer-filters', initialArgs: { controls: 'organisation tenure deprivation' }, argTypes });

  it('shows a filter added to `controls` with its control back whole, type, options and labels', () => {
    const rows = showingFilters(first, 'year organisation');
    expect(enabled(rows)).to.deep.equal(['controls', 'year', 'organisation', 'label']);
    expect(rows.year).to.deep.equal({ ...argTypes.year, control: { type: 'select', disable: false } });
  });

  it('shows a dash again for one taken out, and a text control\'s type is kept', () => {
    const withText = { ...first, year: { control: 'text' } };
    const rows = showingFilters(showingFilters(withText, 'year'), 'tenure');
    expect(enabled(rows)).to.deep.equal(['controls', 'tenure', 'label']);
    expect(rows.year.control).to.deep.equal({ type: 'text', disable: true });
  });

  it('returns the same rows when `controls` changes none of them (the panel is then left alone)', () => {
    expect(showingFilters(first, 'deprivation, tenure organisation')).to.equal(first);
  });
});
