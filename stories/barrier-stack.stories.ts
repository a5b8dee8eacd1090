import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/barrier-stack/barrier-stack.js';
import { chartArgTypes, choiceArgType, flagArgType, groupArgType, measureArgType, orNothing, unlessDefault } from './shared-args.js';

interface StackArgs {
  measure: string;
  year: string;
  /** A URL-safe key (`organisation-la`), mapped to the element's `group` (`organisation:la`). */
  group: string;
  sort: string;
  diverging: boolean;
  'compare-year': string;
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
 * How informants rated each barrier, facilitator, progress on an objective or effect of Covid-19: 100% stacked bars per item.
 *
 * Each story's Controls offer only the values the chart accepts with the story's other args.
 * Changing two can still meet a message naming the valid values: the effects of Covid-19 are
 * published for 2020 only (so `measure` `covid-effect` after `year` 2019), and `compare-year`
 * must be another year than `year` (so `year` 2019 after `compare-year` 2019).
 */
const meta: Meta<StackArgs> = {
  title: 'Charts/barrier-stack',
  component: 'barrier-stack',
  args: {
    measure: 'barrier',
    year: '',
    group: 'all',
    sort: 'severity',
    diverging: false,
    'compare-year': '',
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
    // Every measure it stacks (not all of the data's: the bad-input story keeps these options).
    measure: measureArgType(['barrier', 'facilitator', 'progress', 'covid-effect']),
    year: choiceArgType('select', ['2019', '2020'], 'The latest published', 'Empty: the latest year published for the group.'),
    group: groupArgType('barrier-stack'),
    sort: { control: 'inline-radio', options: ['severity', 'questionnaire', 'alphabetical'] },
    diverging: flagArgType,
    'compare-year': choiceArgType('select', ['2019', '2020'], 'None'),
    ...chartArgTypes,
  },
  render: (a) => html`<div style="width:${a.width}px; max-width:100%">
    <barrier-stack
      measure=${a.measure}
      year=${orNothing(a.year)}
      group=${a.group}
      sort=${a.sort}
      ?diverging=${a.diverging}
      compare-year=${orNothing(a['compare-year'])}
      src=${orNothing(a.src)}
      lang=${orNothing(a.lang)}
      filters=${orNothing(a.filters)}
      height=${orNothing(a.height)}
      mode=${unlessDefault(a.mode, 'chart')}
      theme=${unlessDefault(a.theme, 'auto')}
      ?print-table=${a['print-table']}
      ?no-controls=${a['no-controls']}
    ></barrier-stack>
  </div>`,
};
export default meta;

type Story = StoryObj<StackArgs>;

/** 2019 report Table 5.1: 13 barriers, most 'very significant' first. */
export const Barriers2019: Story = { args: { year: '2019' } };
/** 2020 report Table 5.2: 16 barriers; the three about Covid-19 are marked "New in 2020". */
export const Barriers2020: Story = {};
/** Two bars per barrier asked in both years; the Covid-19 barriers have one. */
export const CompareYears: Story = { args: { year: '2020', 'compare-year': '2019' } };
/** Centred on the neutral point; "don't know" in its own column. */
export const Diverging: Story = { args: { year: '2019', diverging: true } };
/**
 * A subgroup: local authority informants (a link: `&args=group:organisation-la`). Tables 5.2/5.3
 * publish only 'very significant' by group: drawn alone, with a note.
 */
export const UnpublishedResponses: Story = { args: { group: 'organisation-la' } };
/** Progress by group: only the derived 'substantial or some' is published, never stacked with its parts. */
export const ProgressByGroup: Story = { args: { measure: 'progress', group: 'deprivation-more' } };
export const Facilitators: Story = { args: { measure: 'facilitator', diverging: true } };
export const Progress: Story = { args: { measure: 'progress' } };
/** 2020 report Table 5.1: effects of Covid-19 on progress (no neutral point, so never diverging). */
export const CovidEffects: Story = { args: { measure: 'covid-effect' } };
export const Alphabetical: Story = { args: { sort: 'alphabetical' } };
/** The same numbers as an accessible table (`mode="table"`). */
export const TableMode: Story = { args: { year: '2019', mode: 'table' } };
export const Dark: Story = { args: { theme: 'dark', 'compare-year': '2019' } };
/** Below 480 px each label sits above its bar. */
export const SmallWidth: Story = { args: { width: 320, 'compare-year': '2019' } };
/** A deliberate bad input: the reports give barriers as numbers only for 2019 and 2020, so `year="2017"` shows a message naming the valid years (and one console warning), not an empty chart. */
export const BadAttribute: Story = { args: { year: '2017' } };
