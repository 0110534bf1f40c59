// What the end-to-end tests and the report (report.mjs) both need: long texts
// built from the example articles, the page's long tasks, and waiting for an
// analysis to land.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const seedTexts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(seeds, f), 'utf8'));

/** The example articles one after another: `words` words, or `bytes` characters. */
export function longText({ words, bytes }) {
  let text = '';
  for (let k = 0; (words && text.split(/\s+/).length < words) || (bytes && text.length < bytes); k++) {
    text += seedTexts[k % seedTexts.length] + '\n\n';
  }
  return words ? text.split(/\s+/).slice(0, words).join(' ') : text.slice(0, bytes);
}

/** Collect long tasks (> 50 ms) on the page's main thread into `window.longTasks` from
 * now on (a previous watcher stops); with `selector`, only those reported while it
 * matches (e.g. while a progress bar shows). */
export const watchLongTasks = (page, selector = '') => page.evaluate((selector) => {
  window.longTasks = [];
  window.longTaskWatcher?.disconnect();
  window.longTaskWatcher = new PerformanceObserver((list) => {
    if (selector && !document.querySelector(selector)) return;
    for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration));
  });
  window.longTaskWatcher.observe({ type: 'longtask' });
}, selector);

/** The durations collected since `watchLongTasks`. */
export const longTasks = (page) => page.evaluate(() => window.longTasks);

/** Wait until the results show the analysis of the current text. */
export const analysed = (page) => page.waitForFunction(
  () => document.querySelector('.results')?.getAttribute('aria-busy') === 'false', null, { polling: 100, timeout: 600000 });
