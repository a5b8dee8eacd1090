import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pioneer-compare/pioneer-compare.js';
import { chartArgTypes, choiceArgType, flagArgType, listArgType, measureArgType, orNothing, responseArgType, unlessDefault, yearArgType } from './shared-args.js';

interface CompareArgs {
  measure: string;
  dimension: string;
  response: string;
  year: string;
  items: string;
  sort: string;
  'gap-groups': string;
  'show-intervals': boolean;
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
 * Subgroup comparisons of the 2019 report (Tables 4.2, 4.3, 4.5, 4.6, 5.2, 5.3, 6.2, 6.3,
 * 7.1, 7.2): every group named with its base n, small bases cautioned, optional 95%
 * Wilson intervals, and a sort by the gap between two groups.
 */
const meta: Meta<CompareArgs> = {
  title: 'Charts/pioneer-compare',
  component: 'pioneer-compare',
  args: {
    measure: 'barrier',
    dimension: '',
    response: '',
    year: '',
    items: '',
    sort: 'questionnaire',
    'gap-groups': '',
    'show-intervals': false,
    src: '',
    lang: '',
    filters: '',
    mode: 'chart',
    theme: 'auto',
    'print-table': false,
    'no-controls': false,
    width: 760,
  },
  argTypes: {
    // Every measure with subgroup figures (not all of the data's: the bad-input story keeps these options).
    measure: measureArgType(['objective', 'progress', 'barrier', 'facilitator', 'priority', 'challenge']),
    dimension: choiceArgType('select', ['organisation', 'tenure', 'deprivation'], 'Organisation where published'),
    response: responseArgType("The chart's own (by measure)"),
    year: yearArgType("The chart's own (2019)"),
    items: listArgType('Item ids to show, e.g. `financial-constraints increased-demand`; empty: all the items of the table.'),
    sort: { control: 'inline-radio', options: ['questionnaire', 'gap'] },
    'gap-groups': listArgType(
      'The two groups `sort="gap"` compares, e.g. `ccg-nhs la` (the prefixed form `organisation:la` works on the element, but a link drops it); empty: the first two groups.',
    ),
    'show-intervals': flagArgType,
    ...chartArgTypes,
  },
  render: (a) => html`<div style="width:${a.width}px; max-width:100%">
    <pioneer-compare
      measure=${a.measure}
      dimension=${orNothing(a.dimension)}
      response=${orNothing(a.response)}
      year=${orNothing(a.year)}
      items=${orNothing(a.items)}
      sort=${a.sort}
      gap-groups=${orNothing(a['gap-groups'])}
      ?show-intervals=${a['show-intervals']}
      src=${orNothing(a.src)}
      lang=${orNothing(a.lang)}
      filters=${orNothing(a.filters)}
      height=${orNothing(a.height)}
      mode=${unlessDefault(a.mode, 'chart')}
      theme=${unlessDefault(a.theme, 'auto')}
      ?print-table=${a['print-table']}
      ?no-controls=${a['no-controls']}
    ></pioneer-compare>
  </div>`,
};
export default meta;

type Story = StoryObj<CompareArgs>;

/** Table 5.2: 'very significant' barriers by organisation type; all three bases are under 30. */
export const BarriersByOrganisation: Story = {};
/** The same with 95% Wilson intervals: most differences are within noise at these bases. */
export const WithIntervals: Story = { args: { 'show-intervals': true } };
/** Sorted by the gap between CCG/NHS and local authority informants, largest first. */
export const SortedByGap: Story = { args: { sort: 'gap', 'show-intervals': true } };
/** Table 6.2: LA vs Other, sorted by their gap. */
export const FacilitatorsLaVsOther: Story = { args: { measure: 'facilitator', sort: 'gap', 'gap-groups': 'la other' } };
/** Table 5.3: years in post — only the 5+ years group (n=25) carries the small-base caution. */
export const BarriersByTenure: Story = { args: { dimension: 'tenure' } };
/** Table 5.3: deprivation — both bases (34, 30) are 30 or more: no caution. */
export const BarriersByDeprivation: Story = { args: { dimension: 'deprivation' } };
/** Table 4.2: 'most important' objectives (response `selected`). */
export const ObjectivesByOrganisation: Story = { args: { measure: 'objective' } };
/** Table 4.6: progress by years in post. */
export const ProgressByTenure: Story = { args: { measure: 'progress', dimension: 'tenure', 'show-intervals': true } };
/** Table 7.1: the report gives no separate column for 'Other' organisations; the chart says so. */
export const PriorityUnpublishedGroup: Story = { args: { measure: 'priority', sort: 'gap' } };
export const Dark: Story = { args: { theme: 'dark', 'show-intervals': true } };
export const SmallWidth: Story = { args: { width: 320, 'show-intervals': true } };
/** Three items (`items="financial-constraints increased-demand incompatible-it"`), drawn taller than their rows need. */
export const TallerHeight: Story = { args: { items: 'financial-constraints increased-demand incompatible-it', height: 520 } };
/** A deliberate bad input: the reports publish no comparison by wave, so `dimension="wave"` shows a message naming the valid dimensions (and one console warning). */
export const BadAttribute: Story = { args: { dimension: 'wave' } };
