// The bundle's own CSS as the page prints it: the build minifies the CSS in the components'
// css`…` literals (rollup.config.mjs), and must leave its quoted text as written.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';

describe('dist/pioneer-viz.js printed', function () {
  // Each test saves a PDF: seconds each on a machine busy with other browsers.
  this.timeout(60000);
  // Every year's table (11 columns), too wide for the column as a grid (a table that fits prints as one).
  it("a table printed in long form in a 320 px column says each figure after its headings and a space, as the source's CSS does (\"2019, Very significant: 44% (n=64)\")", async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/pioneer-viz.js"></script></head><body style="margin: 0"><div style="width: 320px"><pioneer-table measure="barrier"></pioneer-table></div></body></html>';
    document.body.appendChild(frame);
    try {
      await loaded;
      const el = frame.contentDocument!.querySelector('pioneer-table')!;
      for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('td[data-heading]'); i++) await new Promise((r) => setTimeout(r, 50));
      const pdf = (await executeServerCommand('print-to-pdf')) as unknown as { pages: string[] };
      const text = pdf.pages.join('\n').replace(/[ \t]+/g, ' ');
      // 2019 report Table 5.1: significant financial constraints, very significant 44% (base 64).
      expect(text).to.include('Very significant: 44%');
      expect(text).not.to.include('Very significant:44%');
    } finally {
      frame.remove();
    }
  });

  it('the bundles carry none of the CSS comments of the source: every stylesheet was minified, one whose comment names an element ("<button>") too', async () => {
    for (const file of ['/dist/pioneer-viz.js', '/dist/pioneer-viz-hydrate.js']) {
      const code = await (await fetch(file)).text();
      // The built file keeps no JS comment (terser, esbuild), but the test server passes it
      // through esbuild, which writes its own /* @__PURE__ */ marks: any other "/*" is a stylesheet's.
      const comments = (code.match(/\/\*[\s\S]{0,60}/g) ?? []).filter((c) => !/^\/\* [@#]__PURE__ \*\//.test(c));
      expect(comments, file).to.deep.equal([]);
    }
  });
});
