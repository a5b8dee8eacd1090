// Browser tests in headless Chromium: Debian's /usr/bin/chromium (CHROME_PATH overrides).
// No test tool downloads a browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { extractText, extractTextItems } from 'unpdf';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { touchCommandsPlugin } from './test/touch-commands.mjs';

/**
 * Commands the tests send to the browser through the DevTools protocol (Puppeteer has no API for
 * them), over one CDP session per page, kept open: an emulation ends when its session detaches.
 * - `executeServerCommand('emulate-forced-colors', { active, colorScheme? })`: Windows high
 *   contrast; with a colorScheme ('dark' or 'light') the high-contrast theme is dark or light.
 * - `executeServerCommand('emulate-contrast', { more, colorScheme?, media? })`: a reader's request
 *   for more contrast (prefers-contrast: more), in the light or dark colour scheme, on screen or
 *   in print (`media: 'print'`).
 * - `executeServerCommand('set-default-font-size', { px })`: the reader's default text size, as a
 *   browser's font-size setting sets it (elements styled afterwards get it).
 * - `executeServerCommand('capture-clip', { x, y, width, height })`: what the page shows in that
 *   box (CSS px from the page's top left: a box from getBoundingClientRect plus the scroll), as a
 *   PNG in base64, for a test to read painted pixels (a focus ring).
 * - `executeServerCommand('print-to-pdf', { margin?, sizes?, paper?, landscape? })`: saves the page as a PDF (A4, or US Letter with
 *   `paper: 'letter'`; turned sideways with `landscape: true`; margins in inches if given), as Save as PDF does
 *   (the page gets beforeprint and afterprint), and returns what the file holds:
 *   `{ bytes, images, pages }`, its size, how many bitmaps are in it and the text of each page
 *   (read from the PDF by pdf.js, in the order it was drawn), so a test sees where pages break;
 *   with `sizes: true`, also `sizes`: each page's runs of text as `{ text, pt, x, y, width }`, the
 *   size each prints at on the paper, and where it starts and how wide it is, in points from the
 *   page's bottom left.
 * - `executeServerCommand('ax-tree', { name })`: the part of Chromium's accessibility tree under the first
 *   node so named (shadow roots included), as `{ role, name, children }`, ignored nodes and text's line
 *   boxes left out: all that a11ySnapshot leaves out as uninteresting too, as a list's markers, which
 *   give screen readers its numbers.
 * - `executeServerCommand('ax-controls')`: every control in Chromium's accessibility tree (buttons,
 *   menu items, selects and their options, links…, shadow roots included), each as `{ role, name,
 *   shown }`: the name a speech-input user's "click …" is matched against, and the text the control
 *   shows (a select's: its label's), for WCAG 2.5.3 (label in name).
 * - `executeServerCommand('copy-selection')`: copies what the page has selected, as Ctrl+C or the Copy menu item
 *   does, and returns the clipboard's plain text: what a paste into a spreadsheet or document gets;
 *   with `{ html: true }`, its HTML instead (what a spreadsheet or word processor pastes, where offered).
 * - `executeServerCommand('open-file-page', { path })`: opens a page of the project (a path from
 *   its root) from disk, as a file:// address, in a tab of its own, as a reader opens a saved or
 *   downloaded page; returns what its element `#chart` shows once the page has loaded (and drawn,
 *   if it defines the element): `{ defined, marks, title, fallbackShown, spoken, downloaded,
 *   errors }`, where `spoken` is the page's text as Chromium gives it to screen readers,
 *   `downloaded` what the chart's status line says after the Download menu's PNG is chosen (null
 *   where nothing is drawn) and `errors` its console's.
 */
function cdpCommandsPlugin() {
  const sessions = new WeakMap();
  let clipboard = Promise.resolve();
  const copySelection = async (payload, page) => {
    await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    if (!payload?.html) return page.evaluate(() => (document.execCommand('copy'), navigator.clipboard.readText()));
    return page.evaluate(async () => {
      document.execCommand('copy');
      const [item] = await navigator.clipboard.read();
      return item.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
  };
  const commands = {
    'emulate-forced-colors': (cdp, payload) => {
      const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
      if (payload?.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      return cdp.send('Emulation.setEmulatedMedia', { features });
    },
    'emulate-contrast': (cdp, payload) =>
      cdp.send('Emulation.setEmulatedMedia', {
        media: payload?.media ?? '',
        features: [
          { name: 'prefers-contrast', value: payload?.more ? 'more' : '' },
          { name: 'prefers-color-scheme', value: payload?.colorScheme ?? '' },
        ],
      }),
    'ax-controls': async (cdp) => {
      const roles = new Set(['button', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'checkbox', 'radio', 'switch', 'tab', 'link', 'combobox', 'listbox', 'option', 'slider', 'spinbutton', 'textbox', 'searchbox', 'DisclosureTriangle']);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const out = [];
      for (const n of nodes) {
        if (n.ignored || !roles.has(n.role?.value) || !n.backendDOMNodeId) continue;
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          returnByValue: true,
          functionDeclaration: 'function () { return (this.localName === "select" ? [...this.labels].map((l) => l.innerText).join(" ") : this.innerText ?? this.textContent ?? "").trim(); }',
        });
        out.push({ role: n.role.value, name: n.name?.value ?? '', shown: result.value });
      }
      return out;
    },
    'ax-tree': async (cdp, payload) => {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      // An ignored node or a text box stands for its children (kept at its place in the tree).
      const children = (n) => (n.childIds ?? []).flatMap((c) => kept(byId.get(c)));
      const kept = (n) => (n.ignored || n.role?.value === 'InlineTextBox' ? children(n) : [{ role: n.role?.value, name: n.name?.value ?? '', children: children(n) }]);
      const root = nodes.find((n) => !n.ignored && n.name?.value === payload.name);
      return root ? kept(root)[0] : null;
    },
    // One copy at a time: the clipboard is the browser's, not a page's.
    'copy-selection': (_cdp, payload, page) => (clipboard = clipboard.catch(() => {}).then(() => copySelection(payload, page))),
    'set-default-font-size': (cdp, payload) => cdp.send('Page.setFontSizes', { fontSizes: { standard: payload?.px ?? 16 } }),
    // What the page shows in a box (CSS px from the page's top left), as a PNG in base64: the test
    // decodes it and reads its pixels (what is painted, as a focus ring is, not only what is laid out).
    'capture-clip': async (cdp, payload) => {
      const { x, y, width, height } = payload;
      return (await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x, y, width, height, scale: 1 } })).data;
    },
    'print-to-pdf': async (cdp, payload, page) => {
      // As Save as PDF does, whatever media type an earlier test file in this page emulated
      // (the runner reuses pages: a page left emulating the screen printed its controls).
      await page.emulateMediaType(null);
      // Chromium's own "Printing failed" (seen on a machine busy with other browsers, old and new
      // source alike) is tried once more, and said in the log; a second failure fails the test.
      // `margin`: the page's margins in inches, all four (Chromium's own, about 0.4, if not given).
      const margins = payload?.margin == null ? {} : { marginTop: payload.margin, marginBottom: payload.margin, marginLeft: payload.margin, marginRight: payload.margin };
      const paper = payload?.paper === 'letter' ? { paperWidth: 8.5, paperHeight: 11 } : { paperWidth: 8.27, paperHeight: 11.69 };
      const print = () => cdp.send('Page.printToPDF', { ...paper, ...margins, landscape: Boolean(payload?.landscape) });
      const { data } = await print().catch((e) => {
        if (!/Printing failed/.test(String(e?.message))) throw e;
        console.warn(`print-to-pdf: ${e.message}; printing again`);
        return print();
      });
      const pdf = Buffer.from(data, 'base64');
      const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
      const printed = { bytes: pdf.length, images: (pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length, pages: text };
      if (!payload?.sizes) return printed;
      // Each run of text as drawn on each page, with its size on the paper in points (pdf.js's
      // text matrix times the page's transform: a page Chromium shrank to fit prints it smaller).
      const { items } = await extractTextItems(new Uint8Array(pdf));
      // Where each run starts on its page, and how wide it is, in points from the page's bottom left.
      const round = (n) => Math.round(n * 100) / 100;
      return { ...printed, sizes: items.map((page) => page.filter((i) => i.str.trim()).map((i) => ({ text: i.str, pt: round(i.fontSize), x: round(i.x), y: round(i.y), width: round(i.width) }))) };
    },
    'open-file-page': async (cdp, payload, page) => {
      const tab = await page.browserContext().newPage();
      const errors = [];
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      tab.on('pageerror', (e) => errors.push(String(e.message)));
      const shows = () =>
        tab.evaluate(() => {
          const el = document.getElementById('chart');
          return {
            defined: Boolean(customElements.get(el.localName)),
            marks: el.shadowRoot?.querySelectorAll('svg [data-key]').length ?? 0,
            title: el.shadowRoot?.querySelector('.title')?.textContent.trim() ?? null,
            fallbackShown: [...el.children].some((child) => child.getClientRects().length > 0),
          };
        });
      try {
        // The load event comes after the page's scripts, module ones too, have run or failed.
        await tab.goto(pathToFileURL(resolve(payload.path)).href, { waitUntil: 'load' });
        let state = await shows();
        for (let i = 0; state.defined && state.marks === 0 && i < 100; i++) {
          await new Promise((r) => setTimeout(r, 50));
          state = await shows();
        }
        const words = [];
        const walk = (node) => {
          if (node.name) words.push(node.name);
          for (const child of node.children ?? []) walk(child);
        };
        walk(await tab.accessibility.snapshot({ interestingOnly: false }));
        // The Download menu's PNG, as a reader chooses it (the file itself is not saved): its
        // status line says whether the chart could be drawn on a canvas and saved.
        let downloaded = null;
        if (state.marks > 0) {
          await (await tab.createCDPSession()).send('Page.setDownloadBehavior', { behavior: 'deny' });
          downloaded = await tab.evaluate(async () => {
            const root = document.getElementById('chart').shadowRoot;
            root.querySelector('.menu > button').click();
            await new Promise((r) => setTimeout(r, 50));
            root.querySelector('[data-action=png]').click();
            for (let i = 0; i < 100 && !root.querySelector('.status').textContent; i++) await new Promise((r) => setTimeout(r, 50));
            return root.querySelector('.status').textContent;
          });
        }
        return { ...state, spoken: words.join(' | '), downloaded, errors };
      } finally {
        await tab.close();
        await page.bringToFront();
      }
    },
  };
  return {
    name: 'cdp-commands',
    async executeCommand({ command, payload, session }) {
      const run = commands[command];
      if (!run) return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const result = await run(cdp, payload, page);
      return ['print-to-pdf', 'open-file-page', 'capture-clip', 'ax-controls', 'ax-tree', 'copy-selection'].includes(command) ? result : true;
    },
  };
}

/** Prints the ten slowest test files and one plain closing line, "tests: N passed, N failed, N skipped", for CI logs. */
function summaryReporter() {
  const count = (suite, acc) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite?.suites ?? []) count(s, acc);
    return acc;
  };
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, acc);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      if (broken) acc.failed += broken;
      // The slowest files by their tests' own time (page loads left out): where to look when CI nears 15 minutes.
      const seconds = (suite) => (suite?.tests ?? []).reduce((s, t) => s + (t.duration ?? 0), 0) / 1000 + (suite?.suites ?? []).reduce((s, x) => s + seconds(x), 0);
      const slowest = sessions.map((s) => [seconds(s.testResults), `${s.testFile.replace(`${process.cwd()}/`, '')}${s.group?.name === 'default' ? '' : ` (${s.group?.name})`}`]).sort((a, b) => b[0] - a[0]).slice(0, 10);
      process.stdout.write(`\nslowest test files: ${slowest.map(([t, f]) => `${f} ${t.toFixed(0)} s`).join(', ')}`);
      process.stdout.write(`\ntests: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`);
    },
  };
}

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * The test groups "embed" and "module": a share of the tests, written against src, run again
 * against a build. The embed (dist/pioneer-viz.js) is minified with its own options: one of them
 * (terser's unsafe_comps, stop 65) once made every chart print wrong from the embed alone, and
 * every test imported src. The module build (dist/components/*.js and their chunks, what an app's
 * bundler imports) is minified chunk by chunk, with its own names. In a group's pages an import
 * map sends src's element modules and src/index to a stand-in (test/embed/embed-elements.ts,
 * module-elements.ts), which loads the build and gives its classes; after each file's tests it
 * fails the file if src's elements were loaded too, or the build was not. The rest of src a test
 * imports (figures, constants) is src's. About a minute and a half each in CI.
 */
const ELEMENTS = ['barrier-stack', 'pioneer-trend', 'site-map', 'pioneer-table', 'pioneer-compare', 'pioneer-filters'];
/** A page whose import map sends src's element modules and src/index to `standIn`. */
const pageWithElementsFrom = (standIn) => {
  const imports = Object.fromEntries(
    ['/src/index', ...ELEMENTS.map((e) => `/src/components/${e}/${e}`)].flatMap((path) => ['js', 'ts'].map((ext) => [`${path}.${ext}`, standIn])),
  );
  return (testFramework) =>
    `<!DOCTYPE html><html><head><script type="importmap">${JSON.stringify({ imports })}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`;
};
const BUILD_TESTS = [
  // Print's fit and what prints (the part stop 65's miscompile broke), but the longest.
  'test/page/print-*.test.ts',
  '!test/page/print-page-breaks.test.ts',
  // Each chart's marks, labels and table against the figures; the shared shell; keys and gaps.
  'test/components/barrier-stack.test.ts',
  'test/components/barrier-stack-missing.test.ts',
  'test/components/pioneer-trend.test.ts',
  'test/components/pioneer-compare.test.ts',
  'test/components/pioneer-table.test.ts',
  'test/components/chart-shell.test.ts',
  'test/components/table-copy.test.ts',
  'test/components/exported-files.test.ts',
  // Taps on a phone: the margin-tap guard on every control (its timing code minified).
  'test/components/touch-beside.test.ts',
  // Bad input, a hostile page, what a screen reader gets.
  'test/robustness/bad-input.test.ts',
  'test/robustness/hostile-page-css.test.ts',
  'test/robustness/hostile-content.test.ts',
  'test/robustness/stale-after-change.test.ts',
  'test/a11y/screen-reader.test.ts',
  'test/a11y/every-chart.test.ts',
];
const EMBED_GROUP = { name: 'embed', files: BUILD_TESTS, testRunnerHtml: pageWithElementsFrom('/test/embed/embed-elements.ts') };
const MODULE_GROUP = { name: 'module', files: BUILD_TESTS, testRunnerHtml: pageWithElementsFrom('/test/embed/module-elements.ts') };
// A run of chosen files (`--files`) runs those alone, not the groups too; `--group embed` (or `module`) runs one group alone.
const chosenFiles = process.argv.some((a) => a === '--files' || a.startsWith('--files='));

export default {
  files: ['test/**/*.test.ts'],
  groups: chosenFiles ? [] : [EMBED_GROUP, MODULE_GROUP],
  nodeResolve: { exportConditions: ['production'] },
  reporters: [defaultReporter(), summaryReporter()],
  rootDir: '.',
  // Two pages at a time (the machine's cores), each in a browser context, so a window, of its own:
  // a tab behind another in one window gets no animation frames or ResizeObserver callbacks.
  // TEST_CONCURRENCY=1 runs one page at a time.
  concurrency: Number(process.env.TEST_CONCURRENCY) || 2,
  testsFinishTimeout: 240000,
  // a11ySnapshot(): the accessibility tree Chromium gives screen readers (names, descriptions).
  // A file asked for with ?slow=<ms> is answered that much later (a page's script that arrives after the library's).
  middleware: [
    async (ctx, next) => {
      const ms = Number(new URLSearchParams(ctx.querystring).get('slow'));
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 2000)));
      return next();
    },
  ],
  plugins: [cdpCommandsPlugin(), touchCommandsPlugin(), a11ySnapshotPlugin(), esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // Pages are reused from file to file, so this makes `concurrency` contexts in a run.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // For the leak test: exact heap figures and a gc() to call.
          '--enable-precise-memory-info',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
