/**
 * Forced colours (Windows high contrast), dark and light, with a page that fixes the chart's
 * theme or text colour: the reader's system colours win. Text drawn in the SVG, the map's land,
 * the Chart/Table switch's state and the tooltip's edge all stay visible (WCAG 1.4.3, 1.4.11).
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/site-map/site-map.js';
import '../../src/components/pioneer-compare/pioneer-compare.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { contrastRatio } from '../contrast.js';
import { cleanup, drawn, mount } from '../helpers.js';

type Chart = PioneerChart<unknown>;

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function forced(colorScheme: 'dark' | 'light'): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active: true, colorScheme });
  await frame();
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
}

/** The system background (Canvas) and text (CanvasText) as computed here. */
function systemColors(): { canvas: string; text: string } {
  const probe = document.createElement('div');
  probe.style.cssText = 'background: Canvas; color: CanvasText; forced-color-adjust: none';
  document.body.append(probe);
  const cs = getComputedStyle(probe);
  const out = { canvas: cs.backgroundColor, text: cs.color };
  probe.remove();
  return out;
}

/** SVG texts of the chart whose fill contrasts less than 4.5:1 with the system background. */
function faintTexts(el: Chart, canvas: string): string[] {
  return [...el.shadowRoot!.querySelectorAll<SVGTextElement>('svg text')]
    .filter((t) => t.textContent?.trim() && t.getClientRects().length > 0)
    .map((t) => ({ t: t.textContent!.trim().slice(0, 30), ratio: contrastRatio(getComputedStyle(t).fill, canvas) }))
    .filter((d) => !(d.ratio >= 4.5))
    .map((d) => `"${d.t}" ${d.ratio.toFixed(2)}:1`);
}

describe('forced colours (high contrast), whatever theme the page fixes', () => {
  afterEach(async () => {
    cleanup();
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  const pinned = [
    ['barrier-stack', 'measure="barrier" year="2019" theme="light"', 'dark'],
    ['pioneer-trend', 'measure="barrier" response="very" style="--pioneer-text-color: #333"', 'dark'],
    ['site-map', 'year="2019" theme="light"', 'dark'],
    ['pioneer-compare', 'measure="barrier" dimension="organisation" theme="dark"', 'light'],
    ['barrier-stack', 'measure="barrier" year="2020" theme="dark"', 'light'],
  ] as const;
  for (const [tag, attrs, scheme] of pinned) {
    it(`<${tag} ${attrs}> in a ${scheme} high-contrast theme: every label in the chart is drawn in the system text colour`, async () => {
      const el = await drawn(mount<Chart>(`<${tag} ${attrs}></${tag}>`));
      await forced(scheme);
      const { canvas, text } = systemColors();
      expect(contrastRatio(canvas, text), 'the emulated system colours').to.be.greaterThan(10);
      expect(faintTexts(el, canvas)).to.deep.equal([]);
      // The figure's own background is the system one, whatever the theme said.
      expect(getComputedStyle(el.shadowRoot!.querySelector('figure')!).backgroundColor).to.equal(canvas);
    });
  }

  for (const [theme, scheme] of [['light', 'dark'], ['dark', 'light']] as const) {
    it(`<site-map theme="${theme}"> in a ${scheme} high-contrast theme: the land is the system background, outlined, and every site mark stands out from it 3:1`, async () => {
      const el = await drawn(mount<Chart>(`<site-map year="2019" theme="${theme}"></site-map>`));
      await forced(scheme);
      const { canvas, text } = systemColors();
      const land = el.shadowRoot!.querySelector<SVGPathElement>('svg path.land')!;
      const landStyle = getComputedStyle(land);
      expect(landStyle.fill, 'land').to.equal(canvas);
      expect(landStyle.stroke, 'coast').to.equal(text);
      const marks = [...el.shadowRoot!.querySelectorAll<SVGElement>('svg .site-mark')];
      expect(marks.length).to.be.greaterThan(20);
      for (const m of marks) {
        const cs = getComputedStyle(m);
        const best = Math.max(contrastRatio(cs.fill, landStyle.fill) || 0, contrastRatio(cs.stroke, landStyle.fill) || 0);
        expect(best, m.getAttribute('data-key') ?? '').to.be.at.least(3);
      }
      // The legend's keys for the sites with informants look like those marks: the text colour.
      const keys = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg g.legend-item[data-legend^="cat-"] path')];
      expect(keys.length).to.be.greaterThan(0);
      for (const k of keys) expect(getComputedStyle(k).fill, k.parentElement!.textContent!).to.equal(text);
      // The "No informants" key's hollow shapes are edged as the hollow marks are, not in the groups' colours.
      const hollowKeys = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg g.legend-item[data-legend="hollow"] path')];
      expect(hollowKeys.length).to.be.greaterThan(0);
      const hollowMark = getComputedStyle(el.shadowRoot!.querySelector('svg .site-mark.hollow')!).stroke;
      for (const k of hollowKeys) expect(getComputedStyle(k).stroke, 'hollow key').to.equal(hollowMark);
    });
  }

  it('<pioneer-trend> in forced colours: the legend keys are drawn as the lines and points are (system colours), not in series colours no line has, and edged as buttons', async () => {
    const el = await drawn(mount<Chart>('<pioneer-trend measure="barrier" response="very"></pioneer-trend>'));
    await forced('dark');
    const { text } = systemColors();
    const line = el.shadowRoot!.querySelector('svg path.line')!;
    expect(getComputedStyle(line).stroke).to.equal(text);
    const keys = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('.legend .swatch.key')];
    expect(keys.length).to.be.greaterThan(2);
    for (const k of keys) expect(getComputedStyle(k).color).to.equal(text);
    // Each key is a button, edged as the system's buttons are, not in GrayText (which reads as disabled).
    const probe = document.createElement('span');
    probe.style.cssText = 'color: ButtonText; forced-color-adjust: none';
    document.body.append(probe);
    const buttonText = getComputedStyle(probe).color;
    probe.remove();
    const edges = [...el.shadowRoot!.querySelectorAll('.legend button')].map((b) => getComputedStyle(b).borderTopColor);
    expect(edges.length).to.be.greaterThan(2);
    expect([...new Set(edges)]).to.deep.equal([buttonText]);
  });

  for (const scheme of ['dark', 'light'] as const) {
    it(`the Chart/Table switch shows which is on in a ${scheme} high-contrast theme, and not by colour alone`, async () => {
      const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
      await forced(scheme);
      const [chart, table] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.modes button')];
      expect(chart.getAttribute('aria-pressed')).to.equal('true');
      const on = getComputedStyle(chart);
      const off = getComputedStyle(table);
      expect(on.backgroundColor, 'the pressed button is filled').to.not.equal(off.backgroundColor);
      // In the reader's colour for what is selected (Highlight), as the system's own controls show it.
      const probe = document.createElement('div');
      probe.style.cssText = 'background: Highlight; forced-color-adjust: none';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      expect(on.backgroundColor, 'filled in the Highlight colour').to.equal(highlight);
      expect(contrastRatio(on.color, on.backgroundColor), 'its text on its fill').to.be.at.least(4.5);
      expect(on.textDecorationLine, 'and underlined').to.include('underline');
      expect(off.textDecorationLine).to.not.include('underline');
    });
  }

  it('the pressed Chart/Table button is underlined in the ordinary themes too (its state is not only its colours)', async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    const [chart, table] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.modes button')];
    expect(getComputedStyle(chart).textDecorationLine).to.include('underline');
    expect(getComputedStyle(table).textDecorationLine).to.not.include('underline');
    table.click();
    await el.updateComplete;
    expect(getComputedStyle(table).textDecorationLine).to.include('underline');
    expect(getComputedStyle(chart).textDecorationLine).to.not.include('underline');
  });

  it("a mark's tooltip has a visible edge in forced colours (it would otherwise float over the bars like a label)", async () => {
    const el = await drawn(mount<Chart>('<barrier-stack measure="barrier" year="2019"></barrier-stack>'));
    await forced('dark');
    const { canvas } = systemColors();
    el.shadowRoot!.querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden).to.equal(false);
    const cs = getComputedStyle(tip);
    expect(parseFloat(cs.borderTopWidth), 'a border').to.be.at.least(1);
    expect(cs.borderTopStyle).to.equal('solid');
    expect(contrastRatio(cs.borderTopColor, canvas), 'that shows against the chart').to.be.at.least(3);
  });
});
