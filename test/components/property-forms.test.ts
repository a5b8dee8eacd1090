import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
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
