// Checks `npm start`'s Storybook as a researcher opens it: the dev server (Vite), not the static
// build check-storybook.mjs checks, which bundles differently. In headless Chromium (Debian's,
// CHROME_PATH overrides), a story of each chart:
// - draws its chart (marks on the page);
// - loads one copy of Lit: Storybook's renderer imports `lit/directive-helpers.js`, which Vite
//   served from node_modules beside its pre-bundled `lit` until .storybook/main.ts named it
//   for pre-bundling too, so every story warned "Multiple versions of Lit loaded" and ran a
//   second, development copy of lit-html;
// - logs no error (a missing favicon was one, on every story).
// Run after `npm run build:data && npm run analyze` (as `npm start` and build-storybook do).
// Exits 1 naming what fails.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

const STORIES = ['charts-barrier-stack--barriers-2020', 'charts-pioneer-trend--objectives'];
// And a docs page: its own React blocks (.storybook/docs-page.js) load in the dev server too.
const DOCS = 'charts-barrier-stack--docs';
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const dev = spawn('node_modules/.bin/storybook', ['dev', '-p', String(port), '--ci', '--no-open', '--quiet'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
let devErr = '';
dev.stderr.on('data', (d) => (devErr += d));
const stop = () => {
  try {
    process.kill(-dev.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
const base = `http://127.0.0.1:${port}`;
const problems = [];
let browser;
try {
  const started = Date.now();
  for (;;) {
    if (dev.exitCode != null) throw new Error(`storybook dev exited (${dev.exitCode}): ${devErr.slice(-500)}`);
    if (Date.now() - started > 180_000) throw new Error('storybook dev did not answer within 180 s');
    const ok = await fetch(`${base}/index.json`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const index = await (await fetch(`${base}/index.json`)).json();
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  for (const id of [...STORIES, DOCS]) {
    const viewMode = id === DOCS ? 'docs' : 'story';
    if (!index.entries[id]) {
      problems.push(`${id}: no such story in the dev server's index`);
      continue;
    }
    const page = await browser.newPage();
    const said = [];
    page.on('console', (m) => said.push([m.type(), m.text()]));
    page.on('pageerror', (e) => said.push(['error', e.message]));
    page.on('response', (r) => r.status() >= 400 && said.push(['error', `${r.status()} ${r.url()}`]));
    // The first story waits for Vite's first transform of the whole preview.
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=${viewMode}`, { waitUntil: 'networkidle0', timeout: 180_000 });
    const marks = await page
      .waitForFunction((root) => [...document.querySelectorAll(`${root} *`)].find((el) => el.marks?.length)?.marks.length, { timeout: 30_000 }, viewMode === 'docs' ? '#storybook-docs' : '#storybook-root')
      .then((h) => h.jsonValue(), () => 0);
    if (!marks) problems.push(`${id}: no chart drawn in the dev server`);
    if (viewMode === 'docs') {
      // The Controls table and the table of the element's events, parts and custom properties.
      const tables = await page.$$eval('table.docblock-argstable', (t) => t.length);
      if (tables < 2) problems.push(`${id}: ${tables} args table(s) on the docs page, not the Controls and the element's API`);
    }
    for (const [type, text] of said) {
      if (/Multiple versions of Lit loaded/.test(text)) problems.push(`${id}: ${text.slice(0, 120)}`);
      else if (type === 'error') problems.push(`${id}: console error: ${text.slice(0, 160)}`);
    }
    await page.close();
  }
} catch (e) {
  problems.push(e.message);
} finally {
  await browser?.close();
  stop();
}
if (problems.length) {
  console.error(`check-storybook-dev: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-storybook-dev: storybook dev draws ${STORIES.join(' and ')} and the docs page ${DOCS} (its Controls and API tables) with one copy of Lit and no console error`);
