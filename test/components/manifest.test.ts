// custom-elements.json (built by `npm run analyze`, read by IDE tools and catalogues) says what
// each element really has: every part its shadow root renders, every custom property its styles
// read, the `filters` attribute, and its events' types; and no more: every part it lists is
// rendered, and every custom property it lists changes something a reader sees.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { LitElement } from 'lit';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { captureWarnings, cleanup, drawn, mount, tabIntoChart } from '../helpers.js';

interface Declaration { tagName?: string; members?: { name: string; description?: string; inheritedFrom?: { name: string } }[]; attributes?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[]; events?: { name: string; type?: { text: string } }[] }
const manifest = async () => ((await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

const CHARTS = [
  '<barrier-stack measure="barrier" year="2019"></barrier-stack>',
  '<pioneer-trend measure="objective"></pioneer-trend>',
  '<site-map year="2019"></site-map>',
  '<pioneer-compare measure="barrier" dimension="deprivation"></pioneer-compare>',
  '<pioneer-table measure="barrier" year="2019"></pioneer-table>',
];

describe('custom-elements.json against the elements', () => {
  afterEach(cleanup);

  for (const markup of CHARTS) {
    const tag = /^<([\w-]+)/.exec(markup)![1];
    it(`<${tag}>: every part it renders, every --pioneer-* property its styles read, filters, typed events`, async () => {
      const entry = (await manifest()).find((d) => d.tagName === tag)!;
      expect(entry, tag).to.exist;
      const el = await drawn(mount<PioneerChart<unknown>>(markup));
      if (tag !== 'pioneer-table') {
        el.setAttribute('mode', 'table');
        await el.updateComplete;
      }
      const rendered = new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part')!.split(/\s+/)));
      // <pioneer-table> keeps the chart shell's plot, SVG, tooltip and size note, empty and never
      // shown: its class comment leaves them out of the manifest (@unusedInherited).
      const parts = new Set([...(entry.cssParts ?? []).map((p) => p.name), ...(tag === 'pioneer-table' ? ['plot', 'svg', 'tooltip', 'size-note'] : [])]);
      expect([...rendered].filter((p) => !parts.has(p)).join(' '), 'parts rendered but not in the manifest').to.equal('');
      const styles = [(el.constructor as typeof LitElement).elementStyles].flat().map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
      const read = new Set([...styles.matchAll(/var\((--pioneer-[a-z0-9-]+)/g)].map((m) => m[1].replace(/^--pioneer-color-[2-8]$/, '--pioneer-color-1')));
      // Nor, of the styles every chart shares, the tooltip's colours: it has no tooltip to colour.
      const props = new Set([...(entry.cssProperties ?? []).map((p) => p.name), ...(tag === 'pioneer-table' ? ['--pioneer-tooltip-background', '--pioneer-tooltip-color'] : [])]);
      expect([...read].filter((p) => !props.has(p)), 'custom properties read but not in the manifest').to.deep.equal([]);
      expect((entry.attributes ?? []).map((a) => a.name), 'attributes').to.include.members(['filters', 'lang']);
      for (const e of entry.events ?? []) expect(e.type?.text ?? '', `${e.name}: type`).to.match(/^CustomEvent<\w+Detail>$/);
    });
  }

  // The states an element's documented parts and custom properties show in: its markups (and
  // width), each drawn, with a mark focused from the keyboard (its tooltip shown), in its Table
  // view, with its first control focused from the keyboard; a bad value (the message) and a
  // misspelt attribute (the attribute note).
  const STATES: Record<string, string[]> = {
    'barrier-stack': [
      'measure="barrier" year="2019"', 'measure="progress" year="2019"', 'measure="covid-effect" year="2020"',
      // "New in 2020" badges; 'substantial or some', drawn where a group publishes nothing else;
      // a 'not at all important' segment wide enough for its label.
      'measure="barrier" year="2020" compare-year="2019"', 'measure="progress" group="tenure:5-plus"', 'measure="facilitator" year="2019" | 1000',
    ],
    'pioneer-trend': ['measure="objective"'],
    'site-map': ['year="2019"', 'year="2019" color-by="deprivation"'],
    'pioneer-compare': ['measure="barrier" dimension="deprivation"'],
    'pioneer-table': ['measure="barrier" year="2019"'],
    'pioneer-filters': [''],
  };
  /** A value for each custom property that no default or theme gives, told apart by where it shows. */
  const sentinel = (name: string, i: number) =>
    ({ 'font-family': 'Sentinel Sans', 'font-size': '23px', 'letter-spacing': '3px', 'word-spacing': '9px', 'line-height': '37px', 'color-scheme': 'dark' })[name.replace(/^--pioneer-/, '')] ?? `rgb(1, 2, ${10 + i})`;
  const SHOWN_IN = ['color', 'fill', 'stroke', 'backgroundColor', 'outlineColor', 'borderTopColor', 'borderBottomColor', 'borderLeftColor', 'borderRightColor', 'fontFamily', 'fontSize', 'letterSpacing', 'wordSpacing', 'lineHeight', 'colorScheme'] as const;

  for (const [tag, markups] of Object.entries(STATES)) {
    it(`<${tag}>: every part custom-elements.json lists is rendered, every custom property it lists shows`, async function () {
      this.timeout(20000);
      const entry = (await manifest()).find((d) => d.tagName === tag)!;
      const values = new Map((entry.cssProperties ?? []).map((p, i) => [p.name, sentinel(p.name, i)]));
      const style = [...values].map(([name, value]) => `${name}: ${value}`).join('; ');
      const [parts, shown] = [new Set<string>(), new Set<string>()];
      const look = (root: ShadowRoot) => {
        for (const p of root.querySelectorAll('[part]')) for (const name of p.getAttribute('part')!.split(/\s+/)) parts.add(name);
        for (const e of root.querySelectorAll('*')) {
          if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
          const cs = getComputedStyle(e);
          for (const key of SHOWN_IN) {
            if (/^border/.test(key) && cs[key.replace('Color', 'Width') as 'borderTopWidth'] === '0px') continue;
            if (key === 'outlineColor' && cs.outlineStyle === 'none') continue;
            for (const [name, value] of values) if (cs[key].includes(value)) shown.add(name);
          }
        }
      };
      const chart = tag !== 'pioneer-filters';
      for (const markup of [...markups, 'theme="neon"', 'thme="dark"']) {
        const [attrs, width] = markup.split(' | ');
        let el!: PioneerChart<unknown>;
        await captureWarnings(async () => {
          el = mount<PioneerChart<unknown>>(`<${tag} ${attrs} style="${style}"></${tag}>`, Number(width ?? 640));
          await (chart ? drawn(el) : el.updateComplete);
        });
        look(el.shadowRoot!);
        if (chart && !el.message && tag !== 'pioneer-table') {
          await tabIntoChart(el);
          await sendKeys({ press: 'ArrowDown' });
          look(el.shadowRoot!);
          el.setAttribute('mode', 'table');
          await el.updateComplete;
          look(el.shadowRoot!);
        }
        if (el.shadowRoot!.querySelector('button, select')) {
          const before = mount<HTMLButtonElement>('<button>before</button>');
          el.parentElement!.before(before.parentElement!);
          before.focus();
          await sendKeys({ press: 'Tab' });
          expect(el.shadowRoot!.activeElement, `${tag} ${markup}: a control has the focus`).to.exist;
          look(el.shadowRoot!);
        }
        cleanup();
      }
      expect((entry.cssParts ?? []).map((p) => p.name).filter((p) => !parts.has(p)), 'parts listed, never rendered').to.deep.equal([]);
      expect([...values.keys()].filter((p) => !shown.has(p)), 'custom properties listed that change nothing shown').to.deep.equal([]);
    });
  }

  it("<pioneer-table>'s toSvg() is its own (empty, with a warning), not PioneerChart's drawing", async () => {
    const entry = (await manifest()).find((d) => d.tagName === 'pioneer-table')!;
    const toSvg = entry.members!.find((m) => m.name === 'toSvg')!;
    expect(toSvg.inheritedFrom?.name, 'inherited from').to.equal(undefined);
    expect(toSvg.description).to.match(/^Always `''`, with a console warning naming the element: a table has no drawing/);
    const el = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    expect(await captureWarnings(() => void expect(el.toSvg()).to.equal('')), 'what the manifest says it does').to.have.length(1);
    // A chart's own toSvg() is PioneerChart's, and still says so.
    const stack = (await manifest()).find((d) => d.tagName === 'barrier-stack')!;
    expect(stack.members!.find((m) => m.name === 'toSvg')!.inheritedFrom?.name).to.equal('PioneerChart');
  });

  it('<pioneer-filters>: its event is typed', async () => {
    const entry = (await manifest()).find((d) => d.tagName === 'pioneer-filters')!;
    expect(entry.events?.map((e) => `${e.name}: ${e.type?.text}`)).to.deep.equal(['pioneer-filter-change: CustomEvent<PioneerFilterChangeDetail>']);
  });
});
