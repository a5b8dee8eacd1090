import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/pioneer-table/pioneer-table.js';
import { onlyStoryControls } from './only-story-controls.js';

interface TableArgs {
  measure: string;
  year: string;
  group: string;
  responses: string;
  items: string;
}

/** The published figures as an accessible table, with base n and source table per column. */
const meta: Meta<TableArgs> = {
  title: 'Charts/pioneer-table',
  component: 'pioneer-table',
  args: { measure: 'barrier', year: '2019', group: 'all', responses: '', items: '' },
  argTypes: {
    measure: { control: 'select', options: ['barrier', 'facilitator', 'objective', 'progress', 'covid-effect', 'priority', 'challenge', 'sample-site', 'sample-wave', 'sample-organisation', 'sample-job', 'sample-tenure'] },
    year: { control: 'select', options: ['', '2016', '2017', '2018', '2019', '2020'] },
    group: { control: 'select', options: ['all', 'organisation:ccg-nhs', 'organisation:la', 'organisation:other', 'tenure:under-5', 'tenure:5-plus', 'deprivation:less', 'deprivation:more'] },
  },
  render: (a) => html`<pioneer-table
    measure=${a.measure}
    year=${a.year || nothing}
    group=${a.group}
    responses=${a.responses || nothing}
    items=${a.items || nothing}
  ></pioneer-table>`,
};
meta.parameters = { ...meta.parameters, ...onlyStoryControls(meta) };
export default meta;

type Story = StoryObj<TableArgs>;

export const Barriers2019: Story = {};
export const BarriersLocalAuthorities: Story = { args: { group: 'organisation:la' } };
/** Every year: 2016–2018 are shown only in the reports' figures, so their cells are gaps that say why. */
export const VerySignificantBarriersEveryYear: Story = { args: { year: '', responses: 'very' } };
export const InformantsBySite: Story = { args: { measure: 'sample-site', year: '' } };
export const BadYear: Story = { args: { year: '2016' } };
