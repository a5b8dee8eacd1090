import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pioneer-filters/pioneer-filters.js';
import '../src/components/pioneer-trend/pioneer-trend.js';
import { MEASURES } from '../src/data/generated/vocabulary.js';
import { choiceArgType, flagArgType, listArgType, manifestDescription, measureArgType, orNothing, themeArgType, unlessDefault } from './shared-args.js';

interface FiltersArgs {
  controls: string;
  year: string;
  measure: string;
  wave: string;
  deprivation: string;
  organisation: string;
  tenure: string;
  'sync-url': boolean;
  label: string;
  theme: string;
}

/** A choice's own description, and that it holds only while `controls` shows it (a story may leave it out). */
function onlyAmongControls(attribute: string): string {
  return `${manifestDescription('pioneer-filters', attribute)} Only with \`${attribute}\` in \`controls\`; otherwise the bar says it has no effect.`.trim();
}

/**
 * One bar of controls driving the charts linked to it: the charts inside it, and charts
 * elsewhere on the page whose `filters` attribute names its id. Each chart follows only the
 * filters it takes (a trend takes no year; a comparison takes only year and measure, its
 * groups being its own; the map takes year, wave and deprivation), and the bar's notes say
 * which. Choices the reports do not publish for the linked charts are shown disabled, with
 * the reason.
 */
const meta: Meta<FiltersArgs> = {
  title: 'Controls/pioneer-filters',
  component: 'pioneer-filters',
  args: {
    controls: 'organisation tenure deprivation',
    year: '',
    measure: '',
    wave: '',
    deprivation: '',
    organisation: '',
    tenure: '',
    'sync-url': false,
    label: 'Filters',
    theme: 'auto',
  },
  argTypes: {
    controls: listArgType(
      'Controls to show, in order: `year`, `measure`, `wave`, `deprivation`, `organisation`, `tenure`, e.g. `measure organisation tenure`; the element\'s default is `year organisation tenure deprivation`.',
    ),
    // The bar applies a choice only for a control it shows; otherwise it says so in a message. So
    // each story offers only those its `controls` shows, the others with a dash (shown-filters.ts).
    year: choiceArgType('select', ['2016', '2017', '2018', '2019', '2020'], "Each chart's own", 'Survey year (2016–2020 in the bundled data); empty: each chart\'s own. Only with `year` in `controls`; otherwise the bar says it has no effect.'),
    measure: { ...measureArgType(['', ...MEASURES]), description: 'Measure id, e.g. `barrier`; empty: each chart\'s own. Only with `measure` in `controls`; otherwise the bar says it has no effect.' },
    wave: choiceArgType('inline-radio', ['1', '2'], 'All', 'Pioneer wave: `1` or `2`; empty: all. Only with `wave` in `controls`; otherwise the bar says it has no effect.'),
    deprivation: choiceArgType('select', ['less', 'more'], 'All sites', onlyAmongControls('deprivation')),
    organisation: choiceArgType('select', ['ccg-nhs', 'la', 'other'], 'All organisation types', onlyAmongControls('organisation')),
    tenure: choiceArgType('select', ['under-5', '5-plus'], 'Any years in post', onlyAmongControls('tenure')),
    'sync-url': flagArgType,
    label: { control: 'text' },
    theme: themeArgType,
  },
  // The charts take the bar's theme: the bar does not pass its own on, and a dark bar over light charts is no page's.
  render: (a) => filtersBar(a, html`<pioneer-trend measure="objective" theme=${unlessDefault(a.theme, 'auto')}></pioneer-trend>
      <pioneer-trend measure="barrier" response="very" theme=${unlessDefault(a.theme, 'auto')} style="margin-top: 2rem"></pioneer-trend>`),
};
export default meta;

/** The bar as the story's args set it, around the charts it drives. */
function filtersBar(a: FiltersArgs, charts: unknown) {
  return html`<div style="max-width: 900px">
    <pioneer-filters
      controls=${a.controls}
      year=${orNothing(a.year)}
      measure=${orNothing(a.measure)}
      wave=${orNothing(a.wave)}
      deprivation=${orNothing(a.deprivation)}
      organisation=${orNothing(a.organisation)}
      tenure=${orNothing(a.tenure)}
      ?sync-url=${a['sync-url']}
      label=${unlessDefault(a.label, 'Filters')}
      theme=${unlessDefault(a.theme, 'auto')}
    >
      ${charts}
    </pioneer-filters>
  </div>`;
}

type Story = StoryObj<FiltersArgs>;

/** Two trends inside the bar: choosing a subgroup redraws both. */
export const ChartsInside: Story = {};

/** The bar chooses the measure too; a trend takes no year, so no year control is offered. */
export const WithMeasure: Story = {
  args: { controls: 'measure organisation tenure', measure: 'facilitator' },
  // One chart: the bar's measure is every linked chart's, so two would draw the same lines.
  render: (a) => filtersBar(a, html`<pioneer-trend measure="objective" theme=${unlessDefault(a.theme, 'auto')}></pioneer-trend>`),
};

/**
 * Wave is not a breakdown the reports publish: the choices are shown disabled, with the reason.
 * So the `wave` control offers none (a wave set on the bar would show a message, as the disabled
 * choices say).
 */
export const UnpublishedChoices: Story = { args: { controls: 'organisation wave' }, argTypes: { wave: { options: [''] } } };

/** The bar and its charts with `theme="dark"`, on a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Charts anywhere on the page follow the bar whose id their `filters` attribute names; the last one is not linked. */
export const LinkedById: Story = {
  // Its own fixed markup: the Controls panel would change nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<div style="max-width: 900px; display: grid; gap: 1.5em">
    <pioneer-filters id="story-bar" controls="organisation,tenure,deprivation"></pioneer-filters>
    <pioneer-trend filters="story-bar" measure="objective"></pioneer-trend>
    <pioneer-trend filters="story-bar" measure="facilitator"></pioneer-trend>
    <p style="margin: 0; font: 14px system-ui">Not linked (no <code>filters</code> attribute):</p>
    <pioneer-trend measure="objective"></pioneer-trend>
  </div>`,
};

/** Two independent bars on one page: each drives only its own charts. */
export const TwoBars: Story = {
  // Its own fixed markup: the Controls panel would change nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<div style="max-width: 900px; display: grid; gap: 2em">
    <pioneer-filters id="first" controls="organisation">
      <pioneer-trend measure="objective"></pioneer-trend>
    </pioneer-filters>
    <pioneer-filters id="second" controls="tenure">
      <pioneer-trend measure="progress"></pioneer-trend>
    </pioneer-filters>
  </div>`,
};

/** With `sync-url` the choices live in the page's query string (`?view.organisation=la`); back and forward step through them. */
export const SyncUrl: Story = {
  // Its own fixed markup: the Controls panel would change nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<div style="max-width: 900px">
    <pioneer-filters id="view" sync-url controls="measure,organisation,tenure,deprivation">
      <pioneer-trend measure="barrier" response="very"></pioneer-trend>
    </pioneer-filters>
  </div>`,
};

/** An unknown control and a year out of range: a visible message and one console warning each; the valid controls are still offered (organisation type filters the charts; the bar says none of its charts responds to survey year). */
export const BadAttributes: Story = { args: { controls: 'year organisation colour', year: '2031' } };
