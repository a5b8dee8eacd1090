import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { captureWarnings, cleanup, drawn, mount, unhandledRejections } from '../helpers.js';
import { ELEMENTS } from './elements.js';

type Chart = PioneerChart<unknown>;
const messageOf = (el: Element) => el.shadowRoot!.querySelector('[part="message"]')?.textContent ?? null;

/** Mounts a chart with one attribute set to `value` (set with setAttribute: the value is never parsed as HTML). */
async function withAttribute(tag: string, attrs: string, attr: string, value: string): Promise<{ el: Chart; warnings: string[] }> {
  let el!: Chart;
  const warnings = await captureWarnings(async () => {
    el = mount<Chart>(`<${tag} ${attrs}></${tag}>`);
    el.setAttribute(attr, value);
    await drawn(el);
  });
  return { el, warnings };
}

describe('bad input: attributes', () => {
  afterEach(cleanup);

  for (const { tag, attrs, bad } of ELEMENTS) {
    for (const { attr, value } of bad) {
      it(`<${tag} ${attr}="${value}"> shows the message naming attribute, value and valid values, and warns once`, async () => {
        const { el, warnings } = await withAttribute(tag, attrs, attr, value);
        const msg = messageOf(el)!;
        expect(msg).to.contain(`${attr}="${value}"`);
        expect(msg).to.contain('Valid values:');
        expect(warnings.filter((w) => w.includes(`${attr}="${value}"`))).to.have.length(1);
      });
    }

    it(`<${tag}> with an empty value and a very long value still gives a short message`, async () => {
      const attr = bad[0].attr;
      const { el } = await withAttribute(tag, attrs, attr, '');
      expect(messageOf(el)).to.contain(`${attr}=""`);
      const long = 'x'.repeat(5000);
      const { el: el2 } = await withAttribute(tag, attrs, attr, long);
      expect(messageOf(el2)!.length).to.be.lessThan(2000);
      expect(messageOf(el2)).to.contain('…');
    });

    it(`<${tag}> shows HTML and script in an attribute as text, never as markup`, async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const { el } = await withAttribute(tag, attrs, bad[0].attr, payload);
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(messageOf(el)).to.contain('<img src=x');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }

  it('an attribute written empty is checked on every chart, as measure="" is: the stacked bars\' group, year and compare-year, the map\'s year, wave and deprivation (only a removed attribute means the default)', async () => {
    for (const [tag, attrs, attr, valid] of [
      ['barrier-stack', 'measure="barrier"', 'group', 'all, organisation:'],
      ['barrier-stack', 'measure="barrier"', 'year', '2019, 2020'],
      ['barrier-stack', 'measure="barrier" year="2020"', 'compare-year', '2019'],
      ['site-map', '', 'year', '2016, 2017'],
      ['site-map', '', 'wave', '1, 2'],
      ['site-map', '', 'deprivation', 'more, less'],
    ]) {
      const { el, warnings } = await withAttribute(tag, attrs, attr, '');
      const msg = messageOf(el);
      expect(msg, `<${tag} ${attr}="">`).to.contain(`${attr}=""`);
      expect(msg).to.contain(`Valid values: ${valid}`);
      expect(warnings.filter((w) => w.includes(`${attr}=""`)), `<${tag} ${attr}="">`).to.have.length(1);
      // Removed, the default is drawn.
      el.removeAttribute(attr);
      await drawn(el);
      expect(messageOf(el), `<${tag}> without ${attr}`).to.equal(null);
      expect(el.marks.length).to.be.greaterThan(0);
      cleanup();
    }
  });

  it('a height that is not a positive number of pixels up to 10000, written in digits, gives the message on every chart (not the table: it has no height)', async () => {
    for (const { tag, attrs } of ELEMENTS.filter((e) => e.tag !== 'pioneer-table')) {
      for (const value of ['tall', '-20', '0', '99999999', '0x7E3', '1e3']) {
        const { el, warnings } = await withAttribute(tag, attrs, 'height', value);
        const msg = messageOf(el)!;
        expect(msg, `<${tag} height="${value}">`).to.contain(`height="${value}"`);
        expect(msg).to.contain('Valid values: a height in pixels');
        expect(warnings.filter((w) => w.includes(`height="${value}"`)), tag).to.have.length(1);
        cleanup();
      }
    }
  });

  it('rows typed as a data="…" attribute are reported on every chart (data is a property; use src), never drawn over with the bundled figures', async () => {
    const rows = '[{"measure":"barrier","item":"x","year":2019,"group":"all","response":"very","value":50,"unit":"percent"}]';
    for (const { tag, attrs } of ELEMENTS) {
      const { el, warnings } = await withAttribute(tag, attrs, 'data', rows);
      const msg = messageOf(el)!;
      expect(msg, tag).to.contain('data="[{');
      expect(msg).to.contain('src="…"');
      expect(el.shadowRoot!.querySelectorAll('svg [data-key]'), `<${tag}> draws no bundled marks`).to.have.length(0);
      expect(warnings.filter((w) => w.includes('data="[{')), tag).to.have.length(1);
      // Removing the attribute draws the bundled figures again.
      el.removeAttribute('data');
      await drawn(el);
      await el.updateComplete;
      expect(messageOf(el), tag).to.equal(null);
      cleanup();
    }
  });

  it('a boolean attribute written as "false" (diverging="false", show-intervals="no", print-table="off") gives the message, as it would otherwise turn the option on', async () => {
    for (const [tag, attrs, attr, value] of [
      ['barrier-stack', 'measure="progress" year="2019"', 'diverging', 'false'],
      ['pioneer-compare', 'measure="barrier" dimension="organisation"', 'show-intervals', 'no'],
      ['pioneer-trend', 'measure="objective"', 'print-table', 'off'],
    ]) {
      const { el, warnings } = await withAttribute(tag, attrs, attr, value);
      const msg = messageOf(el)!;
      expect(msg, `<${tag} ${attr}="${value}">`).to.contain(`${attr}="${value}"`);
      expect(msg).to.contain('leave it out to turn it off');
      expect(warnings.filter((w) => w.includes(`${attr}="${value}"`))).to.have.length(1);
      // The author's value stays on the element, as the message quotes it (the page's inspector
      // shows what was written, not show-intervals="" written back over it).
      expect(el.getAttribute(attr), `<${tag}> keeps ${attr}="${value}"`).to.equal(value);
      // Left out, it is off; present with no value, on, as before: no message either way.
      el.removeAttribute(attr);
      await el.updateComplete;
      expect(messageOf(el), `<${tag}> without ${attr}`).to.equal(null);
      el.setAttribute(attr, '');
      await el.updateComplete;
      expect(messageOf(el), `<${tag} ${attr}>`).to.equal(null);
      const prop = attr.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      expect((el as unknown as Record<string, boolean>)[prop], 'on').to.equal(true);
      // Set from script, an option the element reflects (show-intervals, print-table) is still
      // written back on it, and taken off.
      const reflected = (el.constructor as unknown as { elementProperties: Map<string, { reflect?: boolean }> }).elementProperties.get(prop)?.reflect;
      if (!reflected) {
        cleanup();
        continue;
      }
      (el as unknown as Record<string, boolean>)[prop] = false;
      await el.updateComplete;
      expect(el.hasAttribute(attr), `${prop} = false takes ${attr} off`).to.equal(false);
      (el as unknown as Record<string, boolean>)[prop] = true;
      await el.updateComplete;
      expect(el.getAttribute(attr), `${prop} = true writes ${attr}`).to.equal('');
      cleanup();
    }
  });

  it('years out of range or not written in digits give the message, on every element with a year', async () => {
    for (const year of ['2015', 'abc', '2019.5', '', ' ', '0x7E3', '2.019e3']) {
      const { el } = await withAttribute('pioneer-table', 'measure="barrier"', 'year', year);
      expect(messageOf(el), year).to.contain(`year="${year}"`);
    }
    // "0x7E3" is 2019 to Number(): no element takes it for a year.
    for (const [tag, attrs, attr] of [
      ['barrier-stack', 'measure="barrier"', 'year'],
      ['barrier-stack', 'measure="barrier" year="2020"', 'compare-year'],
      ['pioneer-compare', 'measure="barrier"', 'year'],
      ['site-map', '', 'year'],
    ]) {
      const { el } = await withAttribute(tag, attrs, attr, '0x7E3');
      expect(messageOf(el), `<${tag} ${attr}>`).to.contain(`${attr}="0x7E3"`);
      cleanup();
    }
  });

  it('a chart with a bad attribute leaves its neighbours drawing', async () => {
    const bad = mount<Chart>('<pioneer-trend measure="nope"></pioneer-trend>');
    const good = mount<Chart>('<pioneer-trend measure="objective" items="quality-of-care"></pioneer-trend>');
    await captureWarnings(async () => {
      await drawn(bad);
      await drawn(good);
    });
    expect(messageOf(bad)).to.not.equal(null);
    expect(good.shadowRoot!.querySelectorAll('path.point')).to.have.length(3);
  });

  it('keyword values and ids are taken in any case and with spaces around them, as HTML takes its own keywords (measure="Barrier", mode="Table", theme="DARK", items="Financial-Constraints")', async () => {
    const cases: [string, string][] = [
      ['barrier-stack', 'measure="Barrier" year="2019" group="ALL" sort=" Questionnaire "'],
      ['pioneer-trend', 'measure="OBJECTIVE" items="quality-of-care" response="Selected" group="All"'],
      ['pioneer-compare', 'measure="Barrier" dimension="Organisation" sort="GAP"'],
      ['site-map', 'year="2019" color-by="Deprivation" layout="Grid" deprivation="More"'],
      ['site-map', 'year="2019" deprivation=" ALL " wave="All"'],
      ['pioneer-table', 'measure="BARRIER" year="2019" group="Organisation:LA"'],
      // Lists: ids and keywords in each entry.
      ['pioneer-trend', 'measure="barrier" response="very" items="Financial-Constraints, COVID-TIME"'],
      ['pioneer-compare', 'measure="barrier" items="Financial-Constraints,Staff-Shortages" gap-groups="LA, Organisation:CCG-NHS" sort="gap"'],
      ['pioneer-table', 'measure="barrier" year="2019" responses="Very, FAIRLY" items=" Financial-Constraints"'],
    ];
    for (const [tag, attrs] of cases) {
      const lower = attrs.replace(/"([^"]*)"/g, (_, v: string) => `"${v.trim().toLowerCase()}"`);
      let el!: Chart, reference!: Chart;
      const warnings = await captureWarnings(async () => {
        el = await drawn(mount<Chart>(`<${tag} ${attrs}></${tag}>`));
        reference = await drawn(mount<Chart>(`<${tag} ${lower}></${tag}>`));
      });
      expect(messageOf(el), `<${tag} ${attrs}>`).to.equal(null);
      expect(warnings, `<${tag} ${attrs}>`).to.deep.equal([]);
      expect(el.summary, `<${tag} ${attrs}> draws as <${tag} ${lower}>`).to.equal(reference.summary).and.not.equal('');
      expect(el.marks.length).to.equal(reference.marks.length);
    }
    const table = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019" mode="Table" theme=" DARK "></barrier-stack>'));
    expect(messageOf(table)).to.equal(null);
    expect(table.shadowRoot!.querySelector('table'), 'mode="Table" shows the table').to.not.equal(null);
    expect(getComputedStyle(table.shadowRoot!.querySelector('figure')!).backgroundColor, 'theme=" DARK " is dark').to.equal('rgb(22, 22, 22)');
    const light = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019" theme=" Light "></barrier-stack>'));
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(getComputedStyle(light.shadowRoot!.querySelector('figure')!).backgroundColor, 'theme=" Light " stays light under a dark system theme').to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('fixing the attribute clears the message and draws', async () => {
    const { el } = await withAttribute('pioneer-trend', 'items="quality-of-care"', 'measure', 'nope');
    el.setAttribute('measure', 'objective');
    await drawn(el);
    await el.updateComplete;
    expect(messageOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('path.point')).to.have.length(3);
  });
});

describe('bad input: odd values of reflected properties', () => {
  afterEach(cleanup);

  /** Values a script may set that have no text of their own: String() throws for the last two, and `${}` for all. */
  const ODD: [string, () => unknown][] = [
    ['Symbol()', () => Symbol('odd')],
    ['Object.create(null)', () => Object.create(null)],
    ['{ toString() { throw 1 } }', () => ({ toString: () => { throw 1; } })],
  ];
  const VALID: Record<string, { valid: string; good: string }> = { mode: { valid: 'chart, table', good: 'chart' }, theme: { valid: 'auto, light, dark', good: 'dark' } };

  /** Rejections no one handles while `fn` runs (Lit's update throwing), and the warnings. */
  async function watched(fn: () => Promise<void>): Promise<{ rejections: string[]; warnings: string[] }> {
    let warnings: string[] = [];
    const rejections = await unhandledRejections(async () => {
      warnings = await captureWarnings(async () => {
        await fn();
        await new Promise((r) => setTimeout(r, 20));
      });
    });
    return { rejections, warnings };
  }

  for (const { tag, attrs } of ELEMENTS) {
    // A table is always a table: its `mode` is not checked (and must not throw either).
    for (const prop of tag === 'pioneer-table' ? ['theme'] : ['mode', 'theme']) {
      for (const [name, make] of ODD) {
        it(`<${tag}>.${prop} = ${name} shows the ${prop} message and warns, never throws; a valid value draws again`, async () => {
          const el = await drawn(mount<Chart>(`<${tag} ${attrs}></${tag}>`));
          const { rejections, warnings } = await watched(async () => {
            // As a page's script does: set, and not wait for the update (whose rejection no one would handle).
            (el as unknown as Record<string, unknown>)[prop] = make();
          });
          expect(rejections).to.deep.equal([]);
          expect(messageOf(el)).to.contain(`${prop}="`).and.contain(`Valid values: ${VALID[prop].valid}.`);
          expect(el.shadowRoot!.querySelector('svg, table'), 'the old chart is gone').to.equal(null);
          expect(warnings.filter((w) => w.includes(`${prop}="`))).to.have.length(1);
          (el as unknown as Record<string, unknown>)[prop] = VALID[prop].good;
          await drawn(el);
          expect(messageOf(el)).to.equal(null);
          expect(el.marks.length || el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
        });
      }
    }
  }

  it('<pioneer-table>.height = Object.create(null): a table has no height, and stays drawn (its size note once read it with String(), and redrew for ever)', async () => {
    const el = await drawn(mount<Chart>('<pioneer-table measure="barrier" year="2019"></pioneer-table>'));
    const { rejections } = await watched(async () => {
      (el as unknown as Record<string, unknown>).height = Object.create(null);
      await drawn(el);
    });
    expect(rejections).to.deep.equal([]);
    expect(messageOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
  });

  for (const { tag, attrs } of ELEMENTS) {
    it(`<${tag}>.src set to odd values says src is not an address, fetches nothing and never throws; a good src loads`, async () => {
      const el = await drawn(mount<Chart>(`<${tag} ${attrs}></${tag}>`));
      for (const [name, make] of ODD) {
        const { rejections, warnings } = await watched(async () => {
          (el as unknown as Record<string, unknown>).src = make();
          await el.updateComplete;
        });
        expect(rejections, name).to.deep.equal([]);
        expect(messageOf(el), name).to.contain('src="').and.contain('the address of a JSON or CSV file');
        expect(warnings.filter((w) => w.includes('src="')), name).to.have.length(1);
        (el as unknown as Record<string, unknown>).src = undefined;
        await drawn(el);
        expect(messageOf(el), `${name}, then no src`).to.equal(null);
      }
    });
  }

  it('a list property given an array of odd values (controls, items) names the attribute, never throws', async () => {
    const bar = mount<HTMLElement & { updateComplete: Promise<boolean>; messages: string[] }>('<pioneer-filters><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await bar.updateComplete;
    const trend = await drawn(mount<Chart>('<pioneer-trend measure="objective"></pioneer-trend>'));
    for (const [name, make] of ODD) {
      const { rejections } = await watched(async () => {
        (bar as unknown as Record<string, unknown>).controls = [make()];
        (trend as unknown as Record<string, unknown>).items = [make()];
        await bar.updateComplete;
        await trend.updateComplete;
      });
      expect(rejections, name).to.deep.equal([]);
      expect(bar.messages.join(' '), name).to.contain('controls="');
      expect(messageOf(trend), name).to.contain('items="');
    }
  });

  it('<pioneer-filters> with its label and filter properties set to odd values never throws, and says which', async () => {
    const bar = mount<HTMLElement & { updateComplete: Promise<boolean>; messages: string[] }>('<pioneer-filters><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await bar.updateComplete;
    for (const [name, make] of ODD) {
      for (const prop of ['label', 'year', 'measure', 'wave', 'deprivation', 'organisation', 'tenure']) {
        const { rejections } = await watched(async () => {
          (bar as unknown as Record<string, unknown>)[prop] = make();
          await bar.updateComplete;
        });
        expect(rejections, `${prop} = ${name}`).to.deep.equal([]);
        if (prop !== 'label') expect(bar.messages.join(' '), `${prop} = ${name}`).to.contain(`${prop}="`);
        else expect(bar.shadowRoot!.querySelector('[role="group"]')?.getAttribute('aria-label'), name).to.equal('Filters');
        (bar as unknown as Record<string, unknown>)[prop] = undefined;
        await bar.updateComplete;
        expect(bar.messages, `${prop} = ${name}, then unset`).to.deep.equal([]);
      }
    }
  });

  it('<pioneer-filters>.theme (and .controls) set to odd values shows the message and warns, never throws', async () => {
    const bar = mount<HTMLElement & { updateComplete: Promise<boolean>; messages: string[] }>('<pioneer-filters><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await bar.updateComplete;
    for (const [name, make] of ODD) {
      for (const prop of ['theme', 'controls']) {
        const { rejections } = await watched(async () => {
          (bar as unknown as Record<string, unknown>)[prop] = make();
        });
        expect(rejections, `${prop} = ${name}`).to.deep.equal([]);
        expect(bar.messages.join(' '), `${prop} = ${name}`).to.contain(`${prop}="`);
        (bar as unknown as Record<string, unknown>)[prop] = prop === 'theme' ? 'auto' : 'year';
        await bar.updateComplete;
        expect(bar.messages, `${prop} = ${name}, then valid`).to.deep.equal([]);
      }
    }
  });
});

describe('bad input: a renderer that throws', () => {
  afterEach(cleanup);

  for (const { tag, attrs } of ELEMENTS.filter((e) => e.tag !== 'pioneer-table')) {
    it(`<${tag}> whose draw throws shows "Could not draw this chart" and warns once, without asking for updates again and again; the next change draws again`, async () => {
      const el = await drawn(mount<Chart>(`<${tag} ${attrs}></${tag}>`));
      const chart = el as unknown as { draw(...a: unknown[]): unknown };
      const draw = chart.draw;
      let calls = 0;
      let failing = true;
      // Throws while failing, up to 50 times: a chart that draws again after each failure
      // would end (drawn) at the 51st, and the count says it asked 50 times.
      chart.draw = function (this: unknown, ...a: unknown[]) {
        calls++;
        if (failing && calls <= 50) throw new Error('renderer failed');
        return draw.apply(this, a);
      };
      const warnings = await captureWarnings(async () => {
        el.setAttribute('theme', 'dark');
        for (let i = 0; i < 5; i++) await el.updateComplete;
        await new Promise((r) => setTimeout(r, 20));
      });
      expect(calls, 'draws tried').to.equal(1);
      expect(el.shadowRoot!.querySelector('.message')?.textContent?.trim()).to.equal('Could not draw this chart: renderer failed');
      expect(el.shadowRoot!.querySelector('svg'), 'no half-drawn chart').to.equal(null);
      expect(warnings.filter((w) => w.includes('renderer failed'))).to.have.length(1);
      // A change draws again (the renderer works now).
      failing = false;
      el.setAttribute('theme', 'light');
      await drawn(el);
      expect(el.shadowRoot!.querySelector('.message')).to.equal(null);
      expect(el.marks.length).to.be.greaterThan(0);
    });
  }

  /** A stacked bar chart whose renderer throws while `fails(width)` (and counts its tries). */
  async function failingStack(boxWidth: number, fails: (width: number) => boolean): Promise<{ el: Chart; tries: () => number }> {
    const el = mount<Chart>('<barrier-stack measure="barrier" year="2019"></barrier-stack>', boxWidth);
    const chart = el as unknown as { draw(svg: unknown, view: unknown, width: number): unknown };
    const draw = chart.draw;
    let tries = 0;
    chart.draw = function (this: unknown, svg: unknown, view: unknown, width: number) {
      tries++;
      if (fails(width)) throw new Error(`cannot draw at ${width} px`);
      return draw.call(this, svg, view, width);
    };
    await captureWarnings(async () => {
      await drawn(el);
    });
    return { el, tries: () => tries };
  }

  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  };

  it('a chart whose draw failed at one width is drawn again at another (a resize is a change)', async () => {
    const { el, tries } = await failingStack(400, (w) => w < 500);
    expect(el.shadowRoot!.querySelector('.message')?.textContent?.trim()).to.equal('Could not draw this chart: cannot draw at 400 px');
    expect(tries()).to.equal(1);
    el.parentElement!.style.width = '640px';
    await frames(3);
    await drawn(el);
    expect(el.shadowRoot!.querySelector('.message')).to.equal(null);
    expect(el.marks.length).to.be.greaterThan(0);
    expect(tries()).to.equal(2);
  });

  it('a chart whose draw failed is drawn again when its lang changes (no property of its own changes)', async () => {
    let failing = false;
    const { el, tries } = await failingStack(640, () => failing);
    // A change that fails to draw, and `lang` set just after (in the update that shows why).
    failing = true;
    await captureWarnings(async () => {
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      failing = false;
      el.setAttribute('lang', 'cy');
      await drawn(el);
    });
    expect(el.shadowRoot!.querySelector('.message')).to.equal(null);
    expect(el.marks.length).to.be.greaterThan(0);
    expect(tries()).to.equal(3);
  });
});
