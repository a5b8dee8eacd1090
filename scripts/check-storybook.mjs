// Checks the built Storybook (storybook-static/) as a researcher uses it, in headless Chromium
// (Debian's, CHROME_PATH overrides):
// - every element has a docs page;
// - a link with changed controls (`&args=year:2020;compare-year:2019`, what the address bar
//   shows after using Controls, and what a researcher shares) opens that chart, not the
//   story's defaults;
// - a docs page renders with no page error, and its table of args has none of an element's
//   private fields (the whole manifest once flooded it).
// Exits 1 naming what fails.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = 'storybook-static';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
if (!existsSync(`${ROOT}/index.json`)) {
  console.error(`check-storybook: no ${ROOT}/index.json; run npm run build-storybook first`);
  process.exit(1);
}
const problems = [];
const index = JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')).entries;
const entries = Object.values(index);
for (const title of new Set(entries.filter((e) => e.type === 'story').map((e) => e.title))) {
  if (!entries.some((e) => e.type === 'docs' && e.title === title)) problems.push(`${title}: no docs page`);
}

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(ROOT, path === '/' ? 'index.html' : path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** Opens a story or docs page; returns the page and the page errors it raised. */
async function open(query) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/iframe.html?${query}`, { waitUntil: 'load' });
  return { page, errors };
}

// A link with changed controls draws what it says: [story, args in the link, tag, attributes then on the element].
const LINKS = [
  ['charts-barrier-stack--barriers-2019', 'year:2020;compare-year:2019;sort:alphabetical', 'barrier-stack', { year: '2020', 'compare-year': '2019', sort: 'alphabetical' }],
  ['charts-site-map--by-wave', 'year:2017;layout:grid;color-by:deprivation', 'site-map', { year: '2017', layout: 'grid', 'color-by': 'deprivation' }],
  ['charts-pioneer-compare--barriers-by-organisation', 'dimension:tenure;theme:dark', 'pioneer-compare', { dimension: 'tenure', theme: 'dark' }],
];
for (const [id, args, tag, expected] of LINKS) {
  if (!index[id]) {
    problems.push(`story ${id} is gone: update scripts/check-storybook.mjs`);
    continue;
  }
  const { page, errors } = await open(`id=${id}&viewMode=story&args=${args}`);
  try {
    await page.waitForFunction((t) => document.querySelector(t)?.marks?.length > 0, { timeout: 15000 }, tag);
    const got = await page.evaluate((t, names) => Object.fromEntries(names.map((n) => [n, document.querySelector(t).getAttribute(n)])), tag, Object.keys(expected));
    for (const [name, value] of Object.entries(expected)) {
      if (got[name] !== value) problems.push(`${id} with &args=${args}: <${tag}> has ${name}="${got[name]}", not "${value}" (the link's value was dropped)`);
    }
  } catch (e) {
    problems.push(`${id} with &args=${args}: ${e.message}`);
  }
  for (const e of errors) problems.push(`${id}: page error: ${e}`);
  await page.close();
}

// A docs page: no page error, an args table without private fields.
{
  const { page, errors } = await open('id=charts-barrier-stack--docs&viewMode=docs');
  try {
    await page.waitForSelector('table.docblock-argstable tbody tr', { timeout: 15000 });
    const rows = await page.$$eval('table.docblock-argstable tbody tr td:first-child', (tds) => tds.map((td) => td.textContent.trim()));
    const leaked = rows.filter((r) => /^(markRun|srcState|tooltipEl|view|result|problem|onClick|filterAttributes)\b/.test(r));
    if (leaked.length) problems.push(`barrier-stack docs: the args table lists private fields: ${leaked.join(', ')}`);
    if (!rows.some((r) => r.startsWith('measure'))) problems.push(`barrier-stack docs: the args table has no "measure" (rows: ${rows.join(', ')})`);
  } catch (e) {
    problems.push(`barrier-stack docs: ${e.message}`);
  }
  for (const e of errors) problems.push(`barrier-stack docs: page error: ${e}`);
  await page.close();
}

await browser.close();
server.close();
if (problems.length) {
  console.error(`check-storybook: ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-storybook: ${entries.filter((e) => e.type === 'docs').length} docs pages; ${LINKS.length} links with changed controls open what they say; the docs table lists no private field`);
