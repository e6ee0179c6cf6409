// Timeline benchmark (not a test): serves dist/ with generated datasets and measures,
// in headless Chromium, medians over RUNS runs of
//   - first event: navigation → the first event of the dataset drawn (ms),
//   - elements in the page once it is drawn (DOM size),
//   - frame p95 and frames > 50 ms during ~2 s of scripted ctrl+wheel zoom and drag pan.
// SIZES=1000,10000,100000 (the default) chooses the generated datasets.
// Prints a Markdown table. Run through scripts/bench-timeline.sh (builds dist/ first).
import { serve, browse, ready, DIST, SUB_PATH } from '../harness.mjs';
import { dataset } from './gen.mjs';

const RUNS = Number(process.env.RUNS || 5);
const SIZES = (process.env.SIZES || '1000,10000,100000').split(',').map(Number);
const extra = {};
for (const n of SIZES) extra[`${SUB_PATH}bench-${n}.json`] = { body: JSON.stringify(dataset(n)) };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0; };

async function once(server, query, firstSelector) {
  const b = await browse(server.origin);
  try {
    const { page } = b;
    await page.goto(server.url + query);
    const first = await page.waitForFunction((sel) => document.querySelector(sel) ? performance.now() : null,
      firstSelector, { polling: 'raf', timeout: 120000 });
    const firstMs = await first.jsonValue();
    await ready(page);
    await page.waitForTimeout(100);
    const drawn = await page.locator('[data-testid="timeline"] [data-event-id], .tl-cluster').count();
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const box = await page.locator('.tl-plot').boundingBox();
    const cx = box.x + box.width / 2, cy = box.y + Math.min(box.height / 2, 150);
    await page.evaluate(() => {
      window.__frames = [];
      const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    const t0 = Date.now();
    await page.mouse.move(cx, cy);
    await page.keyboard.down('Control');
    for (let i = 0; i < 12; i++) { await page.mouse.wheel(0, -40); await page.waitForTimeout(30); }
    await page.keyboard.up('Control');
    await page.mouse.down();
    for (let i = 0; i < 25; i++) { await page.mouse.move(cx - i * 12, cy); await page.waitForTimeout(16); }
    await page.mouse.up();
    await page.keyboard.down('Control');
    for (let i = 0; i < 12; i++) { await page.mouse.wheel(0, 40); await page.waitForTimeout(30); }
    await page.keyboard.up('Control');
    while (Date.now() - t0 < 2000) await page.waitForTimeout(50);
    const frames = await page.evaluate(() => { window.__stop = true; return window.__frames; });
    const dts = frames.slice(1).map((t, i) => t - frames[i]);
    const problems = [...b.problems.page, ...b.problems.console];
    return { firstMs, p95: p95(dts), long: dts.filter((d) => d > 50).length, frames: dts.length, drawn, nodes, problems };
  } finally {
    await b.close();
  }
}

const server = await serve(DIST, SUB_PATH, extra);
const rows = [];
try {
  const cases = [['embedded story', '', '[data-testid="timeline"] [data-event-id]'],
    ...SIZES.map((n) => [`${n.toLocaleString('en')} events`, `?data=bench-${n}.json`, '[data-testid="timeline"] [data-event-id^="bench-"]'])];
  for (const [name, query, sel] of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(server, query, sel));
    const problems = runs.flatMap((r) => r.problems);
    rows.push({ name, first: median(runs.map((r) => r.firstMs)), p95: median(runs.map((r) => r.p95)),
      long: median(runs.map((r) => r.long)), frames: median(runs.map((r) => r.frames)),
      drawn: median(runs.map((r) => r.drawn)), nodes: median(runs.map((r) => r.nodes)), problems });
    process.stderr.write(`${name}: done (${RUNS} runs)\n`);
  }
} finally {
  await server.close();
}
console.log(`\nTimeline benchmark — medians of ${RUNS} runs, headless Chromium, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| dataset | first event visible | frame p95 (zoom + pan, ~2 s) | frames > 50 ms | frames | events + clusters drawn at fit | elements in the page |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.first.toFixed(0)} ms | ${r.p95.toFixed(1)} ms | ${r.long} | ${r.frames} | ${r.drawn} | ${r.nodes} |`);
}
for (const r of rows) if (r.problems.length) console.log(`\n${r.name}: page problems: ${r.problems.slice(0, 3).join(' | ')}`);
