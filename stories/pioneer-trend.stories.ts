import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pioneer-trend/pioneer-trend.js';
import { chartArgTypes, groupArgType, listArgType, measureArgType, orNothing, responseArgType, unlessDefault } from './shared-args.js';

interface TrendArgs {
  measure: string;
  items: string;
  response: string;
  /** A URL-safe key (`organisation-la`), mapped to the element's `group` (`organisation:la`). */
  group: string;
  src: string;
  lang: string;
  filters: string;
  height?: number;
  mode: string;
  theme: string;
  'print-table': boolean;
  'no-controls': boolean;
  width: number;
}

/**
 * Trends across the survey years 2016–2020; a year the reports show only in a chart (a Figure), not
 * as numbers, is a gap that says why.
 *
 * Each story's Controls offer only the values the chart accepts with the story's other args.
 * Changing two can still meet a message naming the valid values: a subgroup, then a measure not
 * published for it (informants by wave are published for all informants only).
 */
const meta: Meta<TrendArgs> = {
  title: 'Charts/pioneer-trend',
  component: 'pioneer-trend',
  args: { measure: 'objective', items: '', response: '', group: 'all', src: '', lang: '', filters: '', mode: 'chart', theme: 'auto', 'print-table': false, 'no-controls': false, width: 720 },
  argTypes: {
    measure: measureArgType(),
    items: listArgType('Item ids to chart, e.g. `quality-of-care joined-up`; empty: the top five by latest value, and any tied with the fifth (up to eight lines).'),
    response: responseArgType("The chart's own (by measure)"),
    group: groupArgType('pioneer-trend'),
    ...chartArgTypes,
  },
  render: (a) => html`<div style="width:${a.width}px; max-width:100%">
    <pioneer-trend
      measure=${a.measure}
      items=${orNothing(a.items)}
      response=${orNothing(a.response)}
      group=${a.group}
      src=${orNothing(a.src)}
      lang=${orNothing(a.lang)}
      filters=${orNothing(a.filters)}
      height=${orNothing(a.height)}
      mode=${unlessDefault(a.mode, 'chart')}
      theme=${unlessDefault(a.theme, 'auto')}
      ?print-table=${a['print-table']}
      ?no-controls=${a['no-controls']}
    ></pioneer-trend>
  </div>`,
};
export default meta;

type Story = StoryObj<TrendArgs>;

export const Objectives: Story = {};
export const QualityOfCare: Story = { args: { items: 'quality-of-care joined-up unplanned-admissions' } };
/**
 * 2016–2018 'very significant' values were published only as charts (2019 report Figure 5.1,
 * 2020 report Figure 4.2): gaps with the reason. Five barriers asked every year; by default the
 * top five by 2020's figure, three of them Covid-19 barriers first asked in 2020, have one point each.
 */
export const MissingYears: Story = { args: { measure: 'barrier', response: 'very', items: 'financial-constraints competing-demands incompatible-it staff-shortages increased-demand' } };
/** All eight objectives: eight marker shapes, each drawn in its legend key (never colour alone). */
export const AllEightObjectives: Story = {
  args: { items: 'joined-up unplanned-admissions quality-of-care manage-own-care quality-of-life reducing-costs accessible-services greater-say', width: 900 },
};
/**
 * Progress, 'substantial or some': the reports print only 2019's figure for reducing costs; the
 * other seven items are shown only in Figure 4.1 of each report. They are listed, drawn as gap
 * markers (each a keyboard stop naming the item, year and reason) and named in the note.
 */
export const ChartedOnlyItems: Story = { args: { measure: 'progress' } };
export const InformantsByWave: Story = { args: { measure: 'sample-wave' } };
/** A subgroup the reports do not publish this measure for (a link: `&args=group:organisation-la`): the chart refuses it, naming the groups it is published for. */
export const UnpublishedGroup: Story = { args: { measure: 'sample-wave', group: 'organisation-la' } };
export const SmallWidth: Story = { args: { width: 320 } };
export const Dark: Story = { args: { theme: 'dark' } };
/** A deliberate bad input: a misspelt measure (`barriers` for `barrier`) shows a message listing the measure ids (and one console warning). */
export const BadAttribute: Story = { args: { measure: 'barriers' } };
