/**
 * "Covid-19" is never split at its hyphen at a line's end ("Covid-" / "19", as Chromium breaks
 * it unhelped) in the charts' HTML text, their SVG labels, or the filter bar's notes; and it stays
 * the same text for screen readers, copying, find and the exported files (unbroken.ts). Nor is
 * "Table 5.1" split after "Table" in a Table view's headings or a source line.
 */
import { expect } from '@esm-bundle/chai';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/components/barrier-stack/barrier-stack.js';
import '../../src/components/pioneer-trend/pioneer-trend.js';
import '../../src/components/pioneer-table/pioneer-table.js';
import '../../src/components/pioneer-filters/pioneer-filters.js';
import type { BarrierStack } from '../../src/components/barrier-stack/barrier-stack.js';
import type { PioneerChart } from '../../src/components/base/pioneer-chart.js';
import { svgToPng } from '../../src/export/svg-export.js';
import { cleanup, drawn, mount, pngTextChunks } from '../helpers.js';

const NAME = 'Covid-19';

/**
 * Where a "Covid-19" in the text under `root` has its letters on more than one line, by the line
 * boxes the browser laid out (Range.getClientRects): the element holding it, with its part. An SVG
 * label is a line of its own (text or tspan), so there it is one ending in "Covid-".
 */
function splitNames(root: ShadowRoot, names = new RegExp(NAME, 'g')): string[] {
  const out: string[] = [];
  const at = (e: Element) => `${e.localName} in ${e.closest('[part]')?.getAttribute('part')}`;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const e = n.parentElement!;
    if (e.closest('svg')) {
      if (/Covid-\s*$/.test(n.data)) out.push(at(e));
      continue;
    }
    for (const m of n.data.matchAll(names)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
      if (tops.size > 1) out.push(`${m[0]}: ${at(e)}`);
    }
  }
  return out;
}

/** The splits in `els` (their shadow roots) at each width, after the charts redrew. */
async function splitsAt(els: HTMLElement[], widths: number[], names?: RegExp): Promise<string[]> {
  const split: string[] = [];
  for (const width of widths) {
    for (const el of els) el.parentElement!.style.width = `${width}px`;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const el of els) {
      await (el as PioneerChart<unknown>).updateComplete;
      for (const where of splitNames(el.shadowRoot!, names)) split.push(`${el.localName} ${where} at ${width} px`);
    }
  }
  return split;
}

const range = (from: number, to: number, step = 2) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);

describe('"Covid-19" in the charts\' text', () => {
  afterEach(cleanup);

  it("is never split at its hyphen in a summary (unhelped: 312–330 and 360–364 px), the Table view's row headings (498–526 px; pioneer-table's of role changes, 376–396 px) or a title (pioneer-table's, 284–392 px), nor in the SVG labels", async function () {
    this.timeout(60000);
    // 2020 report Table 5.2: three barriers name Covid-19 ("Time required to deal with Covid-19 pandemic", …).
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020"></barrier-stack>', 320));
    const table = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="role-change"></pioneer-table>', 320));
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('deal with Covid-19 pandemic');
    expect(el.shadowRoot!.querySelector('svg')!.textContent).to.contain(NAME);
    expect(table.shadowRoot!.querySelector('.title')!.textContent).to.contain(NAME);
    const split = await splitsAt([el, table], [...range(312, 330), ...range(360, 364), 300, ...range(376, 396)]);
    el.mode = 'table';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('tbody th')].filter((th) => th.textContent!.includes(NAME))).to.have.length(3);
    split.push(...(await splitsAt([el], [320, 362, ...range(498, 526)])));
    expect(split).to.deep.equal([]);
  });

  it("is never split in the trend's key and notes, nor in the filter bar's notes, from 240 to 420 px (unhelped, the notes split at 292–366 px, the key at 316–334, the bar's notes at 244–258)", async function () {
    this.timeout(60000);
    const trend = await drawn(mount<PioneerChart<unknown>>('<pioneer-trend measure="barrier"></pioneer-trend>'));
    const bar = mount<HTMLElement>('<pioneer-filters controls="measure year"><barrier-stack measure="barrier"></barrier-stack></pioneer-filters>');
    await drawn(bar.querySelector<BarrierStack>('barrier-stack')!);
    // The key's buttons and notes name the three Covid-19 barriers; the bar's note names the measure "Effect of Covid-19 on progress".
    expect(trend.shadowRoot!.querySelector('.legend')!.textContent).to.contain(NAME);
    expect(bar.shadowRoot!.querySelector('.notes')!.textContent).to.contain(NAME);
    expect(await splitsAt([trend, bar], range(240, 420))).to.deep.equal([]);
  });

  it('a Table view\'s column headings keep each table and figure with its number ("Table 5.1" ended a line with "Table" at 280–800 px), as does every other text of the charts', async function () {
    this.timeout(60000);
    const tables = /(?:Table|Figure) \d+(?:\.\d+)*/g;
    const stack = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2019" mode="table"></barrier-stack>', 320));
    const years = await drawn(mount<PioneerChart<unknown>>('<pioneer-table measure="barrier"></pioneer-table>', 320));
    expect(stack.shadowRoot!.querySelector('thead')!.textContent).to.contain('2019 report Table 5.1');
    expect(years.shadowRoot!.querySelector('thead')!.textContent).to.contain('2019 report Figure 5.1');
    expect(await splitsAt([stack, years], range(280, 800, 8), tables)).to.deep.equal([]);
  });

  it('reads, copies and is found as the same "Covid-19", and the files downloaded say it as text', async () => {
    const el = await drawn(mount<BarrierStack>('<barrier-stack measure="barrier" year="2020" mode="table"></barrier-stack>', 320));
    const summary = el.shadowRoot!.querySelector('.summary')!;
    // What a screen reader reads: each text run of the accessibility tree that has "Covid" has "Covid-19" whole, and the runs read in order say the sentence.
    type Node = { role?: string; name?: string; children?: Node[] };
    const runs: string[] = [];
    const walk = (n: Node) => {
      if (n.role === 'StaticText' && n.name) runs.push(n.name);
      n.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as Node);
    expect(runs.filter((r) => r.includes('Covid')).every((r) => r.includes(NAME)), runs.join(' | ')).to.equal(true);
    expect(runs.join('')).to.contain('deal with Covid-19 pandemic');
    // A copy, and the browser's find (Ctrl+F).
    const selection = getSelection()!;
    selection.selectAllChildren(summary);
    expect(selection.toString()).to.contain('deal with Covid-19 pandemic');
    selection.removeAllRanges();
    expect((window as unknown as { find: (s: string) => boolean }).find(NAME)).to.equal(true);
    // The files: the SVG's notes and labels, the PNG's description, the CSV, as plain text with no markup of the page's.
    el.mode = 'chart';
    await el.updateComplete;
    const svg = el.toSvg();
    expect(svg).to.contain('Covid-19 pandemic').and.not.contain('nobr').and.not.contain('unbroken');
    const png = pngTextChunks(new Uint8Array(await (await svgToPng(svg, 2)).arrayBuffer()));
    expect(Object.values(png).join('\n')).to.contain(NAME).and.not.contain('nobr');
    expect(el.toCsv()).to.contain('Time required to deal with Covid-19 pandemic');
  });
});
