import { expect } from '@esm-bundle/chai';
import type { LitElement } from 'lit';
import '../../src/index.js';
import type { BarrierStack, PioneerCompare, PioneerTable, PioneerTrend, SiteMap } from '../../src/index.js';
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
 * Each property a script unsets with undefined (as typed in scripts/consumer/app.ts), or with null
 * (as a framework's binding may, whatever the type): set first to a value drawn otherwise, then
 * unset, the chart is drawn as a new element is.
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
  // Unset by default: removing the attribute leaves these null for good.
  ['barrier-stack', 'height', 1200],
  ['site-map', 'deprivation', 'more'],
  // Unset by default, and undefined once their attribute is removed: set to null (React 19 does,
  // for undefined), they read undefined again.
  ['barrier-stack', 'year', 2019],
  ['barrier-stack', 'compareYear', 2019],
  ['site-map', 'year', 2016],
  ['site-map', 'wave', 1],
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

describe('a property set to undefined or null from script', () => {
  afterEach(cleanup);

  it('draws the default again, as a new element does', async () => {
    const differ: string[] = [];
    const cases = unset.flatMap(([tag, property, value]) => [undefined, null].map((to) => [tag, property, value, to] as const));
    for (const [tag, property, value, to] of cases) {
      const fresh = await drawnAs(mount(`<${tag}></${tag}>`));
      const el = mount<PioneerChart<unknown>>(`<${tag}></${tag}>`);
      await drawnAs(el);
      const props = el as unknown as Record<string, unknown>;
      props[property] = value;
      const set = await drawnAs(el);
      props[property] = to;
      const again = await drawnAs(el);
      // Drawn, it reads null only where its type says it may (as its attribute removed leaves it).
      if (props[property] === null && !readsNull[tag]!.includes(property)) differ.push(`${tag}.${property} = ${to}: reads null, which its type does not allow`);
      cleanup();
      expect(set, `${tag}.${property} = ${JSON.stringify(value)} is drawn otherwise`).not.to.equal(fresh);
      expect(set, `${tag}.${property} = ${JSON.stringify(value)}`).not.to.match(/not valid/);
      if (again !== fresh) differ.push(`${tag}.${property} = ${to}: ${again}; a new element: ${fresh}`);
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
    // null too, as their attributes removed leave them (their theme reads its default at once).
    bar.controls = 'wave';
    bar.label = 'Choose';
    await bar.updateComplete;
    bar.controls = null;
    bar.label = null;
    await bar.updateComplete;
    expect(state(bar)).to.equal(expected);
    // Its year (typed without null: its attribute removed leaves it undefined) set to null by a
    // framework's binding reads undefined again, each chart at its own year.
    bar.year = 2019;
    await bar.updateComplete;
    (bar as unknown as { year: null }).year = null;
    await bar.updateComplete;
    expect(bar.year).to.equal(undefined);
    expect(state(bar)).to.equal(expected);
  });
});

/** The properties of a class whose type says it may read null. */
type Nullable<T> = { [K in keyof T]: null extends T[K] ? K : never }[keyof T];

/**
 * The properties that read null once their attribute is removed, each checked by the compiler to
 * be typed `| null` (a name here whose type lacks it does not type-check); the test below checks
 * the list is every one that does, so that an app reading `el.sort` is told it may be null.
 */
const readsNull: { [tag: string]: readonly string[] } = {
  'barrier-stack': ['src', 'height', 'measure', 'group', 'sort'] satisfies Nullable<BarrierStack>[],
  'pioneer-trend': ['src', 'height', 'measure', 'items', 'response', 'group'] satisfies Nullable<PioneerTrend>[],
  'pioneer-compare': ['src', 'height', 'dimension', 'measure', 'response', 'year', 'items', 'sort', 'gapGroups'] satisfies Nullable<PioneerCompare>[],
  'pioneer-table': ['src', 'height', 'measure', 'year', 'group', 'responses', 'items'] satisfies Nullable<PioneerTable>[],
  'site-map': ['src', 'height', 'colorBy', 'deprivation', 'layout'] satisfies Nullable<SiteMap>[],
  'pioneer-filters': ['controls', 'measure', 'wave', 'deprivation', 'organisation', 'tenure', 'label'] satisfies Nullable<PioneerFilters>[],
};

/** A value of each attribute that an element takes (or at least reads), to remove. */
const written: Record<string, string> = {
  src: 'x.csv', height: '500', mode: 'table', theme: 'dark', measure: 'facilitator', year: '2019', group: 'organisation:la', sort: 'questionnaire',
  'compare-year': '2018', items: 'joined-up', response: 'very', dimension: 'tenure', 'gap-groups': 'la other', responses: 'very', 'color-by': 'deprivation',
  wave: '1', deprivation: 'more', layout: 'grid', controls: 'wave', organisation: 'la', tenure: '5-plus', label: 'Choose',
};

describe('a property whose attribute is removed', () => {
  afterEach(cleanup);

  it('reads null only where its type says it may (each public property with an attribute, not a boolean)', async () => {
    const found: { [tag: string]: string[] } = {};
    for (const tag of Object.keys(readsNull)) {
      found[tag] = [];
      const ctor = customElements.get(tag) as unknown as typeof LitElement;
      for (const [name, options] of ctor.elementProperties) {
        // `dataAttribute` is the element's own (protected): the `data` attribute it refuses.
        if (options.state || options.attribute === false || options.type === Boolean || name === 'dataAttribute') continue;
        const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
        const el = mount<LitElement>(`<${tag} ${attribute}="${written[attribute]}"></${tag}>`);
        await el.updateComplete;
        el.removeAttribute(attribute);
        const read = (el as unknown as Record<PropertyKey, unknown>)[name];
        await el.updateComplete;
        const updated = (el as unknown as Record<PropertyKey, unknown>)[name];
        if (read === null || updated === null) found[tag]!.push(String(name));
        cleanup();
      }
    }
    expect(found).to.deep.equal(readsNull);
  });
});
