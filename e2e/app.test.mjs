// End to end: the release build (dist/), served under /app/, in headless Chromium.
// Pastes the seed article and checks highlights, who-said-what rows and a summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { analysed, longTasks, longText, watchLongTasks } from './measure.mjs';

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
  assert.equal(await page.locator('#input').inputValue(), seed, 'the typed text stays in the text area');
  const marks = await page.locator('.article mark.ent').count();
  assert.ok(marks > 10, `only ${marks} entities highlighted`);
  const persons = await page.locator('.article mark.ent-person').allTextContents();
  assert.ok(persons.includes('Rustem Umerov'), `persons: ${persons}`);
  const rows = await page.locator('.quotes tbody tr').count();
  assert.ok(rows >= 5, `only ${rows} statements`);
  const speakers = await page.locator('.quotes .speaker-name').allTextContents();
  assert.ok(speakers.includes('Rustem Umerov'), `speakers: ${speakers}`);
  assert.equal(await page.locator('.summary-sentences li').count(), 3);
  await page.locator('#summary-length').selectOption('s5');
  await page.waitForFunction(() => document.querySelectorAll('.summary-sentences li').length === 5);
  await page.locator('#summary-length').selectOption('s3');
  assert.equal(await page.locator('.gist').textContent(), 'Ukraine calls latest peace talks with US and Europe productive');
  // The stylesheet from static/ applied (served from the sub-path).
  const bg = await page.locator('.article mark.ent-person').first().evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
  await page.screenshot({ path: join(shots, 'seed-desktop.png'), fullPage: true });
  await page.screenshot({ path: join(shots, 'seed-viewport.png') });
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

test('a share link round-trips; a damaged one keeps the draft; the draft survives a reload', async () => {
  const { page, errors } = await openApp();
  await page.locator('#input').fill('Anna Berg said the talks in Geneva were useful. “We will meet again,” Berg said.');
  await page.locator('.quotes tbody tr').first().waitFor();
  await page.locator('#copy-link').click();
  await page.locator('.link-note').waitFor();
  const url = page.url();
  assert.match(url, /#v1\./);
  // Autosave: a reload brings the draft back (the fragment was consumed).
  await page.locator('#input').fill('My own draft, typed by hand.');
  await page.waitForFunction(() => localStorage.getItem('lede.draft') === 'My own draft, typed by hand.');
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('#input')?.value);
  assert.equal(await page.locator('#input').inputValue(), 'My own draft, typed by hand.');
  // Opening the share link replaces the text but offers the draft back.
  const fresh = await browser.newPage();
  await fresh.goto(url);
  await fresh.locator('.quotes tbody tr').first().waitFor();
  assert.match(await fresh.locator('#input').inputValue(), /^Anna Berg said/);
  await fresh.close();
  // A damaged link shows an error and leaves the draft alone.
  await page.goto(url.slice(0, url.length - 8));
  await page.locator('.notice.error').waitFor();
  assert.match(await page.locator('.notice.error').textContent(), /damaged|malformed/);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#input')?.value);
  assert.equal(await page.locator('#input').inputValue(), 'My own draft, typed by hand.');
  // Clear is undoable.
  await page.locator('#clear').click();
  assert.equal(await page.locator('#input').inputValue(), '');
  await page.locator('.notice .undo').click();
  assert.equal(await page.locator('#input').inputValue(), 'My own draft, typed by hand.');
  assert.deepEqual(errors, []);
  await page.close();
});

test('exports download the analysis as JSON, CSV and Markdown', async () => {
  const { page, errors } = await openApp();
  await page.locator('button[data-seed="ukraine-peace-talks"]').click();
  await page.locator('.exports').waitFor();
  const grab = async (label) => {
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${label}` }).click()]);
    return readFileSync(await download.path(), 'utf8');
  };
  const json = JSON.parse(await grab('JSON'));
  assert.equal(json.format, 'lede-analysis/1');
  assert.match(json.text, /^Ukraine calls/);
  assert.ok(json.analysis.quotes.length >= 5);
  const quotes = await grab('Quotes CSV');
  assert.match(quotes, /^speaker,speaker_as_written,role,kind,cue,quote,start,end\r\n/);
  assert.match(quotes, /Rustem Umerov/);
  assert.equal(quotes.trim().split('\r\n').length, json.analysis.quotes.length + 1);
  const entities = await grab('Entities CSV');
  assert.match(entities, /^entity,type,mentions,aliases,role\r\n/);
  assert.match(await grab('Markdown'), /^# Ukraine calls latest peace talks/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('entity cards and table rows point into the text; type toggles hide highlights', async () => {
  const { page, errors } = await openApp();
  await page.locator('button[data-seed="ukraine-peace-talks"]').click();
  await page.locator('.cards .card').first().waitFor();
  await page.locator('.card', { hasText: 'Rustem Umerov' }).click();
  const focused = await page.locator('.article mark.focused').allTextContents();
  assert.ok(focused.length >= 3 && focused.every((t) => /Umerov/.test(t)), `focused: ${focused}`);
  await page.locator('#entity-filter').fill('witk');
  assert.equal(await page.locator('.cards .card').count(), 1);
  await page.locator('.quotes .show-quote').first().click();
  assert.ok(await page.locator('.article .q.focused').count() >= 1);
  assert.ok(await page.locator('.article .q-reported').count() >= 1, 'reported speech is marked');
  assert.ok(await page.locator('.article .q-direct').count() >= 1, 'direct quotes are marked');
  assert.ok(await page.locator('.voices rect').count() >= 3);
  const persons = await page.locator('.article mark.ent-person').count();
  await page.locator('.legend-toggle', { hasText: 'Person' }).click();
  assert.equal(await page.locator('.article mark.ent-person').count(), 0);
  await page.locator('.legend-toggle', { hasText: 'Person' }).click();
  assert.equal(await page.locator('.article mark.ent-person').count(), persons);
  const first = await page.locator('.summary-sentences .show-quote').first().textContent();
  await page.locator('.summary-sentences .show-quote').first().click();
  const shown = (await page.locator('.article .focused.sentence').allTextContents()).join('');
  assert.equal(shown, first, 'a summary sentence is outlined in the text');
  await page.locator('#quote-sort').selectOption('speaker');
  const speakers = await page.locator('.quotes .speaker-name').allTextContents();
  assert.deepEqual(speakers, [...speakers].sort());
  assert.deepEqual(errors, []);
  await page.close();
});

test('accessibility: axe-core finds no serious or critical violations (light and dark)', async () => {
  const axe = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, colorScheme });
    await page.goto(server.url);
    await page.locator('button[data-seed="ukraine-peace-talks"]').click();
    await page.locator('.cards .card').first().waitFor();
    await page.evaluate(axe);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].html.slice(0, 120)})`), [], colorScheme);
    await page.screenshot({ path: join(shots, `seed-${colorScheme}.png`) });
    await page.close();
  }
});

test('works offline after the first visit, and the theme picker overrides the system', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now every file goes through the service worker and is kept
  await page.locator('#input').waitFor();
  // The engine module is fetched by its worker in the background: wait until it is kept too.
  await page.waitForFunction(() => !document.querySelector('#status')?.textContent.includes('loading'));
  await context.setOffline(true);
  await page.reload();
  await page.locator('button[data-seed="nasa-osiris-rex-sample-site"]').click();
  await page.locator('.summary-sentences li').first().waitFor();
  assert.ok(await page.locator('.article mark.ent').count() > 5);
  await context.setOffline(false);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.locator('#theme').selectOption('dark');
  assert.notEqual(await bg(), light);
  await page.reload();
  await page.locator('#input').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.screenshot({ path: join(shots, 'seed-dark-picked.png') });
  await page.locator('#theme').selectOption('');
  assert.equal(await bg(), light);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted web pages and opened or dropped files become plain text', async () => {
  const { page, errors } = await openApp();
  // Paste rich HTML at the cursor.
  await page.locator('#input').fill('Before. ');
  await page.locator('#input').evaluate((area) => {
    area.setSelectionRange(area.value.length, area.value.length);
    const data = new DataTransfer();
    data.setData('text/html', '<h1>Talks end</h1><p>Anna <b>Berg</b> said the talks &amp; visits went well.</p><script>x()</script>');
    data.setData('text/plain', 'Talks end Anna Berg said');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  assert.equal(await page.locator('#input').inputValue(), 'Before. Talks end\n\nAnna Berg said the talks & visits went well.');
  // Open a Markdown file with the file chooser.
  await page.locator('#open-file').setInputFiles({ name: 'story.md', mimeType: 'text/markdown',
    buffer: Buffer.from('# Port reopens\n\nThe **harbour master** said [the port](https://x.y) reopened on Monday.') });
  await page.waitForFunction(() => document.querySelector('#input').value.startsWith('Port reopens'));
  assert.match(await page.locator('#input').inputValue(), /The harbour master said the port reopened/);
  // Drop an HTML file on the editor.
  await page.locator('.editor').evaluate((editor) => {
    const data = new DataTransfer();
    data.items.add(new File(['<p>Minister Jo Lane said the budget is balanced.</p>'], 'page.html', { type: 'text/html' }));
    editor.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('#input').value.startsWith('Minister Jo Lane'));
  // Anything else is refused with a message, and the text stays.
  await page.locator('#open-file').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8]) });
  await page.locator('.notice.error').waitFor();
  assert.match(await page.locator('#input').inputValue(), /^Minister Jo Lane/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('other pages can import analyse() from the engine module and get UTF-16 offsets', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // A bare page on the same host: the module is imported, the app does not mount.
  await page.route(`${server.url}embed.html`, (route) => route.fulfill({
    contentType: 'text/html', body: '<!DOCTYPE html><html><body><p id="out"></p></body></html>' }));
  await page.goto(`${server.url}embed.html`);
  const result = await page.evaluate(async (base) => {
    const lede = await import(`${base}lede-engine.js`);
    await lede.default();
    const text = '😀 “We will be back,” said Élodie Martin in Paris. She said the talks were useful.';
    const a = lede.analyse(text, { summary_length: { by: 'sentences', value: 1 } });
    return {
      names: a.entities.map((e) => text.slice(e.span.start, e.span.end)),
      speaker: a.quotes[0]?.speaker?.name,
      summary: a.summary.sentences.length,
      mounted: document.querySelector('#input') !== null,
      bad: (() => { try { lede.analyse('x', { summary_length: 7 }); return 'no error'; } catch (e) { return String(e); } })(),
    };
  }, server.url);
  assert.ok(result.names.includes('Élodie Martin') && result.names.includes('Paris'), `${result.names}`);
  assert.equal(result.speaker, 'Élodie Martin');
  assert.equal(result.summary, 1);
  assert.equal(result.mounted, false);
  assert.match(result.bad, /invalid options/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the page works while the analyser is still loading, and analyses once it arrives', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  let release;
  const arrived = new Promise((resolve) => { release = resolve; });
  await context.route('**/lede-engine_bg.wasm', async (route) => { await arrived; await route.continue(); });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('#status')?.textContent.includes('loading the analyser'));
  assert.equal(await page.locator('#progress').getAttribute('aria-label'), 'Loading the analyser');
  // Typing, the examples and share links work before the engine is there.
  await page.locator('#input').fill('Anna Berg said the talks in Geneva were useful.');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('9 words'));
  await page.locator('button[data-seed="ukraine-peace-talks"]').click();
  assert.match(await page.locator('#input').inputValue(), /^Ukraine calls/);
  await page.locator('#copy-link').click();
  await page.locator('.link-note').waitFor();
  const url = page.url();
  assert.match(url, /#v1\./);
  const other = await context.newPage();
  await other.goto(url);
  await other.waitForFunction(() => document.querySelector('#input')?.value.startsWith('Ukraine calls'));
  assert.equal(await page.locator('.article mark.ent').count(), 0, 'nothing is analysed before the engine arrives');
  release();
  await page.locator('.article mark.ent').first().waitFor();
  await other.locator('.article mark.ent').first().waitFor();
  assert.ok(await page.locator('.quotes tbody tr').count() >= 5);
  assert.equal(await page.locator('#progress').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing in a 10,000-word article never blocks the page for more than 50 ms', async () => {
  const { page, errors } = await openApp();
  await page.waitForFunction(() => !document.querySelector('#status')?.textContent.includes('loading'));
  await page.locator('#input').fill(longText({ words: 10000 }));
  await page.locator('.summary-sentences li').first().waitFor();
  await analysed(page);
  await watchLongTasks(page);
  await page.locator('#input').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' The minister said the plan would work.', { delay: 30 });
  await page.waitForFunction(() => document.querySelector('.results').getAttribute('aria-busy') === 'true');
  await analysed(page);
  await page.waitForTimeout(300);
  assert.match(await page.locator('.article').textContent(), /The minister said the plan would work\.$/);
  assert.deepEqual(await longTasks(page), [], 'main-thread tasks over 50 ms');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a 5 MB paste is analysed in the background with progress, and the page stays responsive', async () => {
  const { page, errors } = await openApp();
  await page.waitForFunction(() => !document.querySelector('#status')?.textContent.includes('loading'));
  const text = longText({ bytes: 5_000_000 });
  await page.locator('#input').evaluate((area, text) => {
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.locator('#progress[aria-label="Analysis progress"]').waitFor({ timeout: 30000 });
  assert.match(await page.locator('#status').textContent(), /analysing 4\.8 MB…/);
  await watchLongTasks(page, '#progress[aria-label="Analysis progress"]');
  // While the worker analyses, the page takes typing at once.
  const progress = [];
  await page.locator('#entity-filter').fill('geneva');
  assert.equal(await page.locator('#entity-filter').inputValue(), 'geneva');
  await page.locator('#entity-filter').fill('');
  while (await page.locator('#progress[aria-label="Analysis progress"]').count()) {
    const value = Number(await page.locator('#progress').getAttribute('value').catch(() => NaN));
    if (!Number.isNaN(value)) progress.push(value);
    const longest = Math.max(0, ...(await longTasks(page)));
    assert.ok(longest <= 100, `the page was blocked for ${longest} ms during the analysis`);
    await page.waitForTimeout(250);
  }
  assert.ok(progress.some((v) => v > 0.1 && v < 0.9), `progress seen: ${progress}`);
  await analysed(page);
  // The result shows in parts: the first paragraphs, the first cards and rows.
  assert.ok(await page.locator('.article mark.ent').count() > 100);
  assert.match(await page.locator('.highlighted .show-more').textContent(), /^Show \d+ more paragraphs$/);
  const entities = Number((await page.locator('#cards-heading').textContent()).match(/\((\d+)\)/)[1]);
  assert.ok(entities > 120, `${entities} entities`);
  assert.equal(await page.locator('.cards .card').count(), 120);
  await page.locator('.entities .show-more').click();
  assert.equal(await page.locator('.cards .card').count(), Math.min(240, entities));
  assert.match(await page.locator('#status').textContent(), /not autosaved/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a new text during a long analysis stops it and is analysed at once', async () => {
  const { page, errors } = await openApp();
  await page.waitForFunction(() => !document.querySelector('#status')?.textContent.includes('loading'));
  await page.locator('#input').evaluate((area, text) => {
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, longText({ bytes: 1_000_000 }));
  await page.locator('#progress[aria-label="Analysis progress"]').waitFor();
  await page.locator('button[data-seed="ukraine-peace-talks"]').click();
  await analysed(page);
  assert.equal(await page.locator('.gist').textContent(), 'Ukraine calls latest peace talks with US and Europe productive');
  assert.equal(await page.locator('#progress').count(), 0);
  assert.equal(await page.locator('.highlighted .show-more').count(), 0, 'the long text\'s analysis never landed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard only: Tab reaches the examples and the cards, Enter uses them, focus is visible', async () => {
  const { page, errors } = await openApp();
  await page.waitForFunction(() => !document.querySelector('#status')?.textContent.includes('loading'));
  const tabTo = async (selector, most) => {
    for (let i = 0; i < most; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return true;
      await page.keyboard.press('Tab');
    }
    return page.evaluate((s) => document.activeElement?.matches(s), selector);
  };
  assert.ok(await tabTo('button.example', 10), 'an example button is reachable');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
  await page.keyboard.press('Enter');
  await page.locator('.cards .card').first().waitFor();
  assert.ok(await tabTo('.cards .card', 80), 'an entity card is reachable');
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('.article mark.focused').count() >= 1);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
  assert.deepEqual(errors, []);
  await page.close();
});
