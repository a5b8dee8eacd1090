import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/site-map/site-map.js';
import { chartArgTypes, choiceArgType, orNothing, unlessDefault } from './shared-args.js';

interface SiteMapArgs {
  'color-by': string;
  year: string;
  wave: string;
  deprivation: string;
  layout: string;
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

/** The 25 Pioneer sites on a map of England, sized by the key informants of one survey year. */
const meta: Meta<SiteMapArgs> = {
  title: 'Charts/site-map',
  component: 'site-map',
  args: { 'color-by': 'wave', year: '', wave: '', deprivation: '', layout: 'auto', src: '', lang: '', filters: '', mode: 'chart', theme: 'auto', 'print-table': false, 'no-controls': false, width: 640 },
  argTypes: {
    'color-by': { control: 'inline-radio', options: ['wave', 'deprivation'] },
    year: choiceArgType('select', ['2016', '2017', '2018', '2019', '2020'], 'The latest'),
    wave: choiceArgType('inline-radio', ['1', '2'], 'Both'),
    deprivation: choiceArgType('inline-radio', ['more', 'less'], 'Both'),
    layout: { control: 'inline-radio', options: ['auto', 'map', 'grid'] },
    ...chartArgTypes,
  },
  render: (a) => html`<div style="width:${a.width}px; max-width:100%">
    <site-map
      color-by=${a['color-by']}
      year=${orNothing(a.year)}
      wave=${orNothing(a.wave)}
      deprivation=${orNothing(a.deprivation)}
      layout=${a.layout}
      src=${orNothing(a.src)}
      lang=${orNothing(a.lang)}
      filters=${orNothing(a.filters)}
      height=${orNothing(a.height)}
      mode=${unlessDefault(a.mode, 'chart')}
      theme=${unlessDefault(a.theme, 'auto')}
      ?print-table=${a['print-table']}
      ?no-controls=${a['no-controls']}
    ></site-map>
  </div>`,
};
export default meta;

type Story = StoryObj<SiteMapArgs>;

export const ByWave: Story = {};
/** 2019: Airedale, Wharfedale & Craven, Blackpool & Fylde Coast and Nottingham City sent no returns (hollow). */
export const NoInformants2019: Story = { args: { year: '2019' } };
/** 2017: Kent's 17 informants, the largest mark of any year. */
export const Kent2017: Story = { args: { year: '2017' } };
export const ByDeprivation: Story = { args: { 'color-by': 'deprivation' } };
export const Wave2Only: Story = { args: { wave: '2' } };
export const MoreDeprivedOnly: Story = { args: { deprivation: 'more', 'color-by': 'deprivation' } };
/** The map (`layout="map"`) at 360 px: the five London sites are pushed apart, with lines to their true locations. */
export const SmallWidth: Story = { args: { layout: 'map', width: 360 } };
/** At 360 px, by default (`layout="auto"`), the tiles: the map's marks would be too small and close to tap. */
export const Phone: Story = { args: { width: 360 } };
export const Wide: Story = { args: { width: 1400 } };
export const FixedHeight: Story = { args: { width: 900, height: 420 } };
export const GridMap: Story = { args: { layout: 'grid', width: 360 } };
export const GridWide: Story = { args: { layout: 'grid', width: 720, 'color-by': 'deprivation' } };
/** The same numbers as an accessible table (`mode="table"`). */
export const TableMode: Story = { args: { year: '2019', mode: 'table' } };
export const Dark: Story = { args: { theme: 'dark' } };
/** A deliberate bad input: `color-by="region"` is neither `wave` nor `deprivation`, so a message names those two (and one console warning). */
export const BadAttribute: Story = { args: { 'color-by': 'region' } };
