// Search benchmark (not a test): serves dist/ with generated datasets of 10,000 and
// 100,000 events (?data=) and, in headless Chromium, types a query one key at a time,
// measuring per keystroke the time from the key's `keydown` to the next frame painted
// after the page handled it (every view updated), the time to the live count changing
// (when it does), and the frame times while typing. Prints medians over RUNS runs.
// Run through scripts/bench-search.sh (builds dist/ first).
import { serve, browse, ready, DIST, SUB_PATH } from '../harness.mjs';
import { dataset } from './gen.mjs';

const RUNS = Number(process.env.RUNS || 3);
const SIZES = (process.env.SIZES || '10000,100000').split(',').map(Number);
const QUERY = 'generated event 7';
const extra = {};
for (const n of SIZES) extra[`${SUB_PATH}bench-${n}.json`] = { body: JSON.stringify(dataset(n)) };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0; };

async function once(server, n) {
  const b = await browse(server.origin, { viewport: { width: 1440, height: 900 } });
  try {
    const { page } = b;
    await page.goto(`${server.url}?data=bench-${n}.json`);
    await page.locator('[data-testid="timeline"] [data-event-id^="bench-"], .tl-cluster').first().waitFor({ timeout: 120000 });
    await page.waitForFunction((n) => document.querySelector('[data-testid="search-count"]')?.textContent === `${n.toLocaleString('en').replace(/,/g, '')} events`
      || document.querySelector('[data-testid="search-count"]')?.textContent === `${n} events`, n, { timeout: 120000 });
    const box = page.getByRole('searchbox', { name: 'Search events' });
    // The index is built once per document when the page is idle; a person reaches the
    // box later than that. Its build time is reported on its own.
    const t0 = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => document.querySelector('input[type=search]')?.dataset.index === 'ready', null, { polling: 'raf', timeout: 120000 });
    const indexed = (await page.evaluate(() => performance.now())) - t0;
    await box.focus();
    await page.evaluate(() => {
      window.__lat = [];
      window.__paint = [];
      window.__frames = [];
      const count = document.querySelector('[data-testid="search-count"]');
      let down = null;
      document.addEventListener('keydown', () => {
        down = performance.now();
        const at = down;
        // The first frame after the input was handled, then its paint task.
        document.addEventListener('input', () => requestAnimationFrame(() => setTimeout(() => window.__paint.push(performance.now() - at))), { once: true, capture: false });
      }, true);
      new MutationObserver(() => { if (down !== null) { window.__lat.push(performance.now() - down); down = null; } })
        .observe(count, { childList: true, characterData: true, subtree: true });
      const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    for (const ch of QUERY) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(500);
    const { lat, paint, frames } = await page.evaluate(() => { window.__stop = true; return { lat: window.__lat, paint: window.__paint, frames: window.__frames }; });
    const dts = frames.slice(1).map((t, i) => t - frames[i]);
    const shown = await page.getByTestId('search-count').innerText();
    return { paint: median(paint), paintWorst: Math.max(...paint), keys: paint.length, lat: median(lat), p95: p95(dts), shown, indexed };
  } finally {
    await b.close();
  }
}

const server = await serve(DIST, SUB_PATH, extra);
try {
  console.log(`Search: typing “${QUERY}” one key at a time (${RUNS} runs, medians)\n`);
  console.log('| events | keystroke → next paint (median) | slowest keystroke | keystroke → count changed (median) | frame p95 while typing | index ready after the events are shown | shown after |');
  console.log('|---:|---:|---:|---:|---:|---:|---|');
  for (const n of SIZES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(server, n));
    const m = (k) => median(runs.map((r) => r[k]));
    console.log(`| ${n.toLocaleString('en')} | ${m('paint').toFixed(0)} ms | ${m('paintWorst').toFixed(0)} ms | ${m('lat').toFixed(0)} ms | ${m('p95').toFixed(1)} ms | ${m('indexed').toFixed(0)} ms | ${runs[0].shown} |`);
  }
} finally {
  await server.close();
}
