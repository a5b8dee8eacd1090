// custom-elements.json (built by `npm run analyze`, read by IDE tools and catalogues) says what
// each element really has: every part its shadow root renders, every custom property its styles
// read, the `filters` attribute, and its events' types.
import { expect } from '@esm-bundle/chai';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { LitElement } from 'lit';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { captureWarnings, cleanup, drawn, mount } from '../helpers.js';

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
      const props = new Set((entry.cssProperties ?? []).map((p) => p.name));
      expect([...read].filter((p) => !props.has(p)), 'custom properties read but not in the manifest').to.deep.equal([]);
      expect((entry.attributes ?? []).map((a) => a.name), 'attributes').to.include.members(['filters', 'lang']);
      for (const e of entry.events ?? []) expect(e.type?.text ?? '', `${e.name}: type`).to.match(/^CustomEvent<\w+Detail>$/);
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
