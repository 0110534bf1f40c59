// Page figures for the issue notes (a report, not a test): `npm run report` in e2e/
// after scripts/build-dist.sh. Prints the gzip transfer of every file the page loads,
// time from navigation to the UI, to the engine, and to the first analysis (a saved
// draft), and the main thread's longest tasks while typing in a 10,000-word article
// and while a 5 MB text is analysed. Each timing is the median of RUNS fresh contexts.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { analysed, longTasks, longText, watchLongTasks } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const RUNS = Number(process.env.RUNS || 5);

const files = ['index.html', 'style.css', 'lede-web.js', 'lede-web_bg.wasm', 'engine-worker.js',
  'lede-engine.js', 'lede-engine_bg.wasm', 'sw.js', 'static/manifest.webmanifest', 'static/icon.svg'];
let total = 0;
console.log('transfer (gzip -9):');
for (const f of files) {
  const raw = readFileSync(join(dist, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`  ${f.padEnd(28)} ${String(raw.length).padStart(9)} raw ${String(gz).padStart(9)} gzip`);
}
console.log(`  ${'total'.padEnd(28)} ${' '.repeat(13)} ${String(total).padStart(9)} gzip (${(total / 1024 / 1024).toFixed(3)} MiB)`);

const draft = readFileSync(join(root, 'seeds', 'african-free-trade-area-benin-nigeria.txt'), 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const ui = [], engine = [], first = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  await context.addInitScript((draft) => { if (!localStorage.getItem('lede.draft')) localStorage.setItem('lede.draft', draft); }, draft);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('#input').waitFor();
  await page.locator('.article mark.ent').first().waitFor();
  first.push(await page.evaluate(() => performance.now()));
  await context.close();
}
// UI and engine readiness, polled every 5 ms.
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('#input'), null, { polling: 5 });
  ui.push(Date.now() - t0);
  await page.waitForFunction(() => !document.querySelector('#status')?.textContent.includes('loading'), null, { polling: 5 });
  engine.push(Date.now() - t0);
  await context.close();
}
console.log(`navigation → text area usable: median ${median(ui)} ms (${ui.join(', ')})`);
console.log(`navigation → engine ready:     median ${median(engine)} ms (${engine.join(', ')})`);
console.log(`navigation → first analysis:   median ${Math.round(median(first))} ms (${first.map(Math.round).join(', ')})`);

async function longTasksWhile(page, work) {
  await watchLongTasks(page);
  await work();
  return longTasks(page);
}
const page = await browser.newPage();
await page.goto(server.url);
await page.waitForFunction(() => !document.querySelector('#status')?.textContent.includes('loading'));
await page.locator('#input').fill(longText({ words: 10000 }));
await analysed(page);
const typing = await longTasksWhile(page, async () => {
  await page.locator('#input').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' The minister said the plan would work.', { delay: 30 });
  await page.waitForTimeout(400);
  await analysed(page);
});
console.log(`10,000 words, typing 40 characters and the re-analysis: tasks over 50 ms: [${typing}]`);
const big = longText({ bytes: 5_000_000 });
let t5 = 0;
const paste = await longTasksWhile(page, async () => {
  const t0 = Date.now();
  await page.locator('#input').evaluate((area, big) => { area.value = big; area.dispatchEvent(new InputEvent('input', { bubbles: true })); }, big);
  await page.locator('#progress').waitFor();
  await analysed(page);
  t5 = Date.now() - t0;
});
console.log(`5 MB paste → analysis shown: ${(t5 / 1000).toFixed(1)} s; tasks over 50 ms: [${paste}]`);
await browser.close();
server.close();
