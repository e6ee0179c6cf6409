// Import benchmark (not a test): in headless Chromium, pastes a generated article of
// SIZE_MB (default 1) megabytes into the Import dialog and measures, as medians over RUNS
// (default 3) runs:
//   - done: "Add article" click → the report says it was added (ms),
//   - longest main-thread task in that time (ms; long tasks from PerformanceObserver),
//   - main-thread busy share: the summed long tasks over the whole time.
// Extraction runs in a Web Worker, so the page's own thread is busy only with saving,
// reading the answer and drawing. Run through scripts/bench-import.sh.
import { serve, browse, ready } from '../harness.mjs';

const RUNS = Number(process.env.RUNS || 3);
const SIZE = Number(process.env.SIZE_MB || 1) * 1024 * 1024;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const filler = 'The committee met again and discussed the budget at length without reaching a decision. ';
let article = 'Two soldiers were wounded on 4 May 2021 in a clash near Eastport, officials said.\n';
while (article.length < SIZE) article += filler;

const server = await serve();
const rows = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const b = await browse(server.origin);
    try {
      const { page } = b;
      await page.goto(server.url);
      await ready(page);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByLabel('Article text').fill(article);
      await page.evaluate(() => {
        window.__long = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
          .observe({ type: 'longtask' });
      });
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Add article' }).click();
      await page.locator('.import-report').getByText('Added “Pasted article”').waitFor({ timeout: 120000 });
      const t1 = await page.evaluate(() => performance.now());
      const long = (await page.evaluate(() => window.__long)).filter(([s]) => s >= t0 && s <= t1);
      rows.push({
        done: t1 - t0,
        longest: Math.max(0, ...long.map(([, d]) => d)),
        busy: long.reduce((a, [, d]) => a + d, 0) / (t1 - t0),
      });
    } finally {
      await b.close();
    }
  }
} finally {
  await server.close();
}
console.log(`Import of a ${(SIZE / 1048576).toFixed(1)} MB article, ${RUNS} run(s), medians:`);
console.log('| added after | longest main-thread task | main thread busy (long tasks) |');
console.log('|---:|---:|---:|');
console.log(`| ${median(rows.map((r) => r.done)).toFixed(0)} ms | ${median(rows.map((r) => r.longest)).toFixed(0)} ms | ${(100 * median(rows.map((r) => r.busy))).toFixed(0)} % |`);
