// Start-time benchmark (not a test): serves each built site given on the command line
// (default: dist/) under the sub-path and measures, in headless Chromium with a fresh
// profile each run, navigation → the story's first event drawn (ms), runs alternating
// between the sites; prints the median and the range per site. Used to compare the
// embedded story decoded from JSON (serde) with its compact binary form.
// Usage: node bench/start.mjs [dir ...]   (RUNS, default 11)
import path from 'node:path';
import { serve, browse, DIST, SUB_PATH } from '../harness.mjs';

const RUNS = Number(process.env.RUNS || 11);
const dirs = process.argv.slice(2).map((d) => path.resolve(d));
if (dirs.length === 0) dirs.push(DIST);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const servers = await Promise.all(dirs.map((d) => serve(d, SUB_PATH)));
const times = dirs.map(() => []);
try {
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < dirs.length; i++) {
      const b = await browse(servers[i].origin);
      try {
        await b.page.goto(servers[i].url);
        const t = await b.page.waitForFunction(() => document.querySelector('[data-testid="timeline"] [data-event-id]') ? performance.now() : null,
          null, { polling: 'raf', timeout: 30000 });
        times[i].push(await t.jsonValue());
      } finally { await b.close(); }
    }
  }
} finally { await Promise.all(servers.map((s) => s.close())); }
for (let i = 0; i < dirs.length; i++) {
  const t = times[i];
  console.log(`${dirs[i]}: story drawn after ${median(t).toFixed(0)} ms (median of ${t.length}; ${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)})`);
}
