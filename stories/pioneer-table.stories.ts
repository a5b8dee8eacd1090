import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pioneer-table/pioneer-table.js';
import { filtersArgType, flagArgType, groupArgType, langArgType, listArgType, measureArgType, orNothing, srcArgType, themeArgType, unlessDefault } from './shared-args.js';

interface TableArgs {
  measure: string;
  year: string;
  /** A URL-safe key (`organisation-la`), mapped to the element's `group` (`organisation:la`). */
  group: string;
  responses: string;
  items: string;
  src: string;
  lang: string;
  filters: string;
  theme: string;
  'no-controls': boolean;
}

/**
 * The published figures as an accessible table, with base n and source table per column.
 *
 * Each story's Controls offer only the values the table accepts with the story's other args (for
 * barriers, the years 2019 and 2020). Changing two can still meet a message naming the valid
 * values: a subgroup, then a measure not published for it, or a year, then a measure it lacks.
 */
const meta: Meta<TableArgs> = {
  title: 'Charts/pioneer-table',
  component: 'pioneer-table',
  args: { measure: 'barrier', year: '2019', group: 'all', responses: '', items: '', src: '', lang: '', filters: '', theme: 'auto', 'no-controls': false },
  argTypes: {
    measure: measureArgType(),
    // Every year is `all`, a value the element documents (as a filter bar's year of that name),
    // offered once: an empty choice beside it gave the same table under another name.
    year: { control: { type: 'select' as const, labels: { all: 'Every year' } }, options: ['all', '2016', '2017', '2018', '2019', '2020'] },
    group: groupArgType('pioneer-table'),
    responses: listArgType('Responses to keep, e.g. `very fairly`; empty: all.'),
    items: listArgType('Item ids to keep, e.g. `financial-constraints increased-demand`; empty: all.'),
    src: srcArgType,
    lang: langArgType,
    filters: filtersArgType,
    theme: themeArgType,
    'no-controls': flagArgType,
  },
  render: (a) => html`<pioneer-table
    measure=${a.measure}
    year=${orNothing(a.year)}
    group=${a.group}
    responses=${orNothing(a.responses)}
    items=${orNothing(a.items)}
    src=${orNothing(a.src)}
    lang=${orNothing(a.lang)}
    filters=${orNothing(a.filters)}
    theme=${unlessDefault(a.theme, 'auto')}
    ?no-controls=${a['no-controls']}
  ></pioneer-table>`,
};
export default meta;

type Story = StoryObj<TableArgs>;

export const Barriers2019: Story = {};
/** A subgroup: local authority informants (a link: `&args=group:organisation-la`). */
export const BarriersLocalAuthorities: Story = { args: { group: 'organisation-la' } };
/** Every year: the reports show 2016–2018 only in charts (their Figures), not as numbers, so those cells are gaps that say why. */
export const VerySignificantBarriersEveryYear: Story = { args: { year: 'all', responses: 'very' } };
export const InformantsBySite: Story = { args: { measure: 'sample-site', year: 'all' } };
export const Dark: Story = { args: { theme: 'dark' } };
/** A deliberate bad input: the reports give barriers as numbers only for 2019 and 2020, so `year="2016"` shows a message naming the valid years (and one console warning). */
export const BadYear: Story = { args: { year: '2016' } };
