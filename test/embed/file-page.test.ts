import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * A page opened from disk (file://): a journal's supplementary page in a downloaded zip, a page
 * saved for a reader offline, a web editor's draft opened before it is uploaded. Each fixture has
 * dist/pioneer-viz.js beside it (two folders up) and a chart with a sentence inside its tag, for
 * a reader without the chart (README: "Opened from a file").
 */
interface FilePage {
  defined: boolean;
  marks: number;
  title: string | null;
  fallbackShown: boolean;
  spoken: string;
  downloaded: string | null;
  errors: string[];
}

const FALLBACK = 'Barriers to integration, 2020: the 2020 report, Table 5.2.';

const open = (path: string) => executeServerCommand<FilePage, { path: string }>('open-file-page', { path });

describe('a page opened from a file (file://)', () => {
  it('draws the chart from a classic script tag, downloads it as PNG, and the sentence inside its tag is neither shown nor spoken', async () => {
    const page = (await open('test/fixtures/file-classic.html'))!;
    expect(page.errors, 'console errors').to.deep.equal([]);
    expect(page.defined, '<barrier-stack> defined').to.equal(true);
    // 16 barriers × 4 responses in 2020, as in the http page (the data bundled, nothing fetched).
    expect(page.marks, 'segments drawn').to.equal(64);
    expect(page.title).to.equal('Barriers to integration, 2020');
    expect(page.fallbackShown, 'the sentence inside the tag shown beside the chart').to.equal(false);
    expect(page.spoken, 'the chart reaches screen readers').to.contain('Barriers to integration, 2020');
    expect(page.spoken, 'the sentence inside the tag spoken as well as the chart').not.to.contain(FALLBACK);
    // A canvas drawn from the chart's SVG on a file page is not tainted: the PNG is made.
    expect(page.downloaded).to.equal('Chart downloaded as PNG.');
  });

  it('a page that declares no charset (read as windows-1252) gets the chart\'s dashes and quotes as they are, not garbled', async () => {
    // The page of the test above: it declares none, as a page saved or written by hand may not.
    const page = (await open('test/fixtures/file-classic.html'))!;
    // A classic script is decoded in the page's encoding: the embed holds ASCII alone, so "52–54"
    // is not read as "52â€“54". The 2020 report's Table 5.2 prints its bases as a range.
    expect(page.spoken).to.contain('52–54');
    expect(page.spoken).to.not.match(/â€|Ã/);
    // The hydrate bundle runs from a classic script too (README: Without a browser): ASCII alone as well.
    for (const file of ['/dist/pioneer-viz.js', '/dist/pioneer-viz-hydrate.js']) {
      const bytes = new Uint8Array(await (await fetch(file)).arrayBuffer());
      expect(bytes.length, file).to.be.above(50_000);
      expect(bytes.findIndex((b) => b > 0x7f), `${file}: first byte outside ASCII`).to.equal(-1);
    }
  });

  it('a module script tag is refused by the browser there: the sentence inside the tag is what the reader gets', async () => {
    const page = (await open('test/fixtures/file-module.html'))!;
    // Chromium refuses module scripts from file:// (CORS: origin "null"), as README says.
    expect(page.errors.join('\n')).to.match(/pioneer-viz\.js.*blocked by CORS policy/);
    expect(page.defined, '<barrier-stack> defined').to.equal(false);
    expect(page.fallbackShown, 'the sentence inside the tag shown').to.equal(true);
    expect(page.spoken).to.contain(FALLBACK);
  });
});
