// End to end: the release build (dist/), served under /app/, in headless Chromium.
// Pastes the seed article and checks highlights, who-said-what rows and a summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const shots = join(root, 'target', 'e2e');
const seed = readFileSync(join(root, 'seeds', 'ukraine-peace-talks.txt'), 'utf8');

function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('no Chromium found: set CHROMIUM=/path/to/chromium');
  return found;
}

let server, browser;
before(async () => {
  if (!process.env.E2E_URL && !existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `scripts/wasm-env.sh trunk build --release` first');
  }
  server = process.env.E2E_URL ? { url: process.env.E2E_URL, close() {} } : await serve(join(root, 'dist'));
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openApp(viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url);
  await page.locator('#input').waitFor();
  return { page, errors };
}

test('pasting the seed article shows entities, who said what and a summary', async () => {
  const { page, errors } = await openApp();
  await page.locator('#input').fill(seed);
  await page.locator('.summary-sentences li').first().waitFor();
  const marks = await page.locator('.article mark.ent').count();
  assert.ok(marks > 10, `only ${marks} entities highlighted`);
  const persons = await page.locator('.article mark.ent-person').allTextContents();
  assert.ok(persons.includes('Rustem Umerov'), `persons: ${persons}`);
  const rows = await page.locator('.quotes tbody tr').count();
  assert.ok(rows >= 5, `only ${rows} statements`);
  const speakers = await page.locator('.quotes .speaker-name').allTextContents();
  assert.ok(speakers.includes('Rustem Umerov'), `speakers: ${speakers}`);
  assert.equal(await page.locator('.summary-sentences li').count(), 3);
  assert.equal(await page.locator('.gist').textContent(), 'Ukraine calls latest peace talks with US and Europe productive');
  // The stylesheet from static/ applied (served from the sub-path).
  const bg = await page.locator('.article mark.ent-person').first().evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
  await page.screenshot({ path: join(shots, 'seed-desktop.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the example button loads an article and its credit; text typed as markup stays text', async () => {
  const { page, errors } = await openApp({ width: 400, height: 900 });
  await page.locator('button[data-seed="hong-kong-extradition-bill-withdrawal"]').click();
  await page.locator('.seed-credit').waitFor();
  assert.match(await page.locator('.seed-credit').textContent(), /Wikinews/);
  assert.match(await page.locator('#input').inputValue(), /^Hong Kong leader/);
  await page.locator('#input').fill('<img src=x onerror="window.pwned=1"> Officials said <b>nothing</b> happened in Paris today.');
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.match(await page.locator('.article').textContent(), /<img src=x/);
  await page.screenshot({ path: join(shots, 'phone.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
