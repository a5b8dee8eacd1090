import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import type { PioneerFilters } from '../../src/components/pioneer-filters/pioneer-filters.js';
import { cleanup, drawn, mount } from '../helpers.js';

/**
 * What a script sets on an element's property draws what its attribute draws: the loose forms
 * the properties' types take (scripts/consumer/app.ts) and JSX's, which are typed as the
 * properties (React 19 and Preact set a property where the element has one), for each element.
 */
const forms: [tag: string, attribute: string, property: string, value: string | number][] = [
  ['barrier-stack', 'mode', 'mode', 'Table'],
  ['barrier-stack', 'theme', 'theme', 'DARK'],
  ['barrier-stack', 'sort', 'sort', 'Questionnaire'],
  ['barrier-stack', 'measure', 'measure', 'Facilitator'],
  ['barrier-stack', 'year', 'year', '2019'],
  ['barrier-stack', 'height', 'height', '1200'],
  ['pioneer-trend', 'height', 'height', '480'],
  ['pioneer-trend', 'mode', 'mode', 'TABLE'],
  ['pioneer-compare', 'sort', 'sort', 'Gap'],
  ['pioneer-compare', 'year', 'year', '2019'],
  ['pioneer-compare', 'height', 'height', '1200'],
  ['pioneer-table', 'year', 'year', 'all'],
  ['pioneer-table', 'year', 'year', 'ALL'],
  ['pioneer-table', 'year', 'year', '2019'],
  ['site-map', 'layout', 'layout', 'Grid'],
  ['site-map', 'color-by', 'colorBy', 'DEPRIVATION'],
  ['site-map', 'year', 'year', '2019'],
  ['site-map', 'wave', 'wave', '1'],
  ['site-map', 'wave', 'wave', 'all'],
  ['site-map', 'deprivation', 'deprivation', 'More'],
  ['site-map', 'height', 'height', '800'],
];

/** What a reader gets: the message or the chart's summary, its height, and whether its table is on screen. */
async function shown(el: PioneerChart<unknown>): Promise<string> {
  await drawn(el);
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  const svg = el.shadowRoot!.querySelector('svg');
  const table = el.shadowRoot!.querySelector('table');
  return [el.message ?? el.summary, `height ${svg?.getAttribute('height')}`, `table ${table?.checkVisibility() ?? false}`].join(' | ');
}

describe('a property set from script', () => {
  afterEach(cleanup);

  it('draws as its attribute does, for each form its type takes (a keyword in any case, a number as text, `all`)', async () => {
    const differ: string[] = [];
    for (const [tag, attribute, property, value] of forms) {
      const written = await shown(mount(`<${tag} ${attribute}="${value}"></${tag}>`));
      const el = mount<PioneerChart<unknown>>(`<${tag}></${tag}>`);
      await shown(el);
      (el as unknown as Record<string, unknown>)[property] = value;
      const set = await shown(el);
      cleanup();
      expect(written, `${tag} ${attribute}="${value}"`).not.to.match(/not valid/);
      if (set !== written) differ.push(`${tag}.${property} = ${JSON.stringify(value)}: ${set}; ${attribute}="${value}": ${written}`);
    }
    expect(differ).to.deep.equal([]);
  });
});

/**
 * Each property a script unsets with undefined (typed so in scripts/consumer/app.ts): set first
 * to a value drawn otherwise, then to undefined, the chart is drawn as a new element is.
 */
const unset: [tag: string, property: string, value: unknown][] = [
  ['barrier-stack', 'mode', 'table'],
  ['barrier-stack', 'theme', 'dark'],
  ['barrier-stack', 'noControls', true],
  ['barrier-stack', 'measure', 'facilitator'],
  ['barrier-stack', 'group', 'organisation:la'],
  ['barrier-stack', 'sort', 'questionnaire'],
  ['barrier-stack', 'diverging', true],
  ['pioneer-trend', 'measure', 'barrier'],
  ['pioneer-trend', 'items', 'joined-up'],
  ['pioneer-trend', 'group', 'organisation:la'],
  ['pioneer-compare', 'dimension', 'tenure'],
  ['pioneer-compare', 'measure', 'facilitator'],
  ['pioneer-compare', 'items', 'financial-constraints'],
  ['pioneer-compare', 'sort', 'gap'],
  ['pioneer-compare', 'gapGroups', 'la other'],
  ['pioneer-compare', 'showIntervals', true],
  ['pioneer-table', 'measure', 'objective'],
  ['pioneer-table', 'year', 2019],
  ['pioneer-table', 'group', 'organisation:la'],
  ['pioneer-table', 'responses', 'very'],
  ['pioneer-table', 'items', 'financial-constraints'],
  ['site-map', 'colorBy', 'deprivation'],
  ['site-map', 'layout', 'grid'],
];

/** What a reader gets (shown), the marks drawn with their colours, the theme's background and the controls. */
async function drawnAs(el: PioneerChart<unknown>): Promise<string> {
  const said = await shown(el);
  const root = el.shadowRoot!;
  await Promise.all(root.getAnimations().map((a) => a.finished));
  // A pattern's id has the chart's own number: url("#pioneer-stack-6-lines-fairly").
  const marks = [...root.querySelectorAll('svg [data-key]')].map((m) => `${m.getAttribute('data-key')} ${getComputedStyle(m).fill.replace(/-\d+-/, '-N-')}`);
  const figure = root.querySelector('figure');
  return [said, marks.join(', '), figure && getComputedStyle(figure).backgroundColor, `${root.querySelectorAll('[part~=controls]').length} controls`].join(' | ');
}

describe('a property set to undefined from script', () => {
  afterEach(cleanup);

  it('draws the default again, as a new element does', async () => {
    const differ: string[] = [];
    for (const [tag, property, value] of unset) {
      const fresh = await drawnAs(mount(`<${tag}></${tag}>`));
      const el = mount<PioneerChart<unknown>>(`<${tag}></${tag}>`);
      await drawnAs(el);
      const props = el as unknown as Record<string, unknown>;
      props[property] = value;
      const set = await drawnAs(el);
      props[property] = undefined;
      const again = await drawnAs(el);
      cleanup();
      expect(set, `${tag}.${property} = ${JSON.stringify(value)} is drawn otherwise`).not.to.equal(fresh);
      expect(set, `${tag}.${property} = ${JSON.stringify(value)}`).not.to.match(/not valid/);
      if (again !== fresh) differ.push(`${tag}.${property} = undefined: ${again}; a new element: ${fresh}`);
    }
    expect(differ).to.deep.equal([]);
  });

  it('<pioneer-filters>: its controls, label and theme are the defaults again', async () => {
    const state = (bar: HTMLElement) => {
      const root = bar.shadowRoot!;
      const labels = [...root.querySelectorAll('label')].map((l) => l.textContent!.trim());
      return [root.querySelector('[role=group]')?.getAttribute('aria-label'), labels.join(', '), getComputedStyle(root.querySelector('[part=bar]')!).backgroundColor].join(' | ');
    };
    const fresh = mount<PioneerFilters>('<pioneer-filters><barrier-stack></barrier-stack></pioneer-filters>');
    await fresh.updateComplete;
    const expected = state(fresh);
    const bar = mount<PioneerFilters>('<pioneer-filters><barrier-stack></barrier-stack></pioneer-filters>');
    bar.controls = 'wave';
    bar.label = 'Choose';
    bar.theme = 'dark';
    await bar.updateComplete;
    expect(state(bar)).not.to.equal(expected);
    bar.controls = undefined;
    bar.label = undefined;
    bar.theme = undefined;
    await bar.updateComplete;
    expect(state(bar)).to.equal(expected);
  });
});
