import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/pioneer-compare/pioneer-compare.js';
import { onlyStoryControls } from './only-story-controls.js';

interface CompareArgs {
  measure: string;
  dimension: string;
  response: string;
  year: string;
  items: string;
  sort: string;
  gapGroups: string;
  showIntervals: boolean;
  height?: number;
  theme: string;
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
  args: { measure: 'barrier', dimension: 'organisation', response: '', year: '', items: '', sort: 'questionnaire', gapGroups: '', showIntervals: false, theme: 'auto', width: 760 },
  argTypes: {
    measure: { control: 'select', options: ['objective', 'progress', 'barrier', 'facilitator', 'priority', 'challenge'] },
    dimension: { control: 'select', options: ['organisation', 'tenure', 'deprivation'] },
    sort: { control: 'inline-radio', options: ['questionnaire', 'gap'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  render: (a) => html`<div style="width:${a.width}px; max-width:100%">
    <pioneer-compare
      measure=${a.measure}
      dimension=${a.dimension || nothing}
      response=${a.response || nothing}
      year=${a.year || nothing}
      items=${a.items || nothing}
      sort=${a.sort}
      gap-groups=${a.gapGroups || nothing}
      ?show-intervals=${a.showIntervals}
      height=${a.height ?? nothing}
      theme=${a.theme}
    ></pioneer-compare>
  </div>`,
};
meta.parameters = { ...meta.parameters, ...onlyStoryControls(meta) };
export default meta;

type Story = StoryObj<CompareArgs>;

/** Table 5.2: 'very significant' barriers by organisation type; all three bases are under 30. */
export const BarriersByOrganisation: Story = {};
/** The same with 95% Wilson intervals: most differences are within noise at these bases. */
export const WithIntervals: Story = { args: { showIntervals: true } };
/** Sorted by the gap between CCG/NHS and local authority informants, largest first. */
export const SortedByGap: Story = { args: { sort: 'gap', showIntervals: true } };
/** Table 6.2: LA vs Other, sorted by their gap. */
export const FacilitatorsLaVsOther: Story = { args: { measure: 'facilitator', sort: 'gap', gapGroups: 'la,other' } };
/** Table 5.3: years in post — only the 5+ years group (n=25) carries the small-base caution. */
export const BarriersByTenure: Story = { args: { dimension: 'tenure' } };
/** Table 5.3: deprivation — both bases (34, 30) are 30 or more: no caution. */
export const BarriersByDeprivation: Story = { args: { dimension: 'deprivation' } };
/** Table 4.2: 'most important' objectives (response `selected`). */
export const ObjectivesByOrganisation: Story = { args: { measure: 'objective' } };
/** Table 4.6: progress by years in post. */
export const ProgressByTenure: Story = { args: { measure: 'progress', dimension: 'tenure', showIntervals: true } };
/** Table 7.1: the report gives no separate column for 'Other' organisations; the chart says so. */
export const PriorityUnpublishedGroup: Story = { args: { measure: 'priority', sort: 'gap' } };
export const Dark: Story = { args: { theme: 'dark', showIntervals: true } };
export const SmallWidth: Story = { args: { width: 320, showIntervals: true } };
export const TallerHeight: Story = { args: { items: 'financial-constraints,increased-demand,incompatible-it', height: 520 } };
export const BadAttribute: Story = { args: { dimension: 'wave' } };
