// Runs Lighthouse (desktop preset) on the release dist/ served on 127.0.0.1 and prints
// the four category scores. Usage: node run.mjs [runs]  (median of the runs per category)
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve, DIST } from '../../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] || 3);
const server = await serve(DIST, '/');
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const scores = Object.fromEntries(categories.map((c) => [c, []]));
const failing = new Map();
const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const metrics = Object.fromEntries(metricIds.map((m) => [m, []]));
let lcpElement = '';
try {
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM || '/usr/bin/chromium', chromeFlags: flags });
    try {
      const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
      const lhr = result.lhr;
      for (const m of metricIds) metrics[m].push(lhr.audits[m]?.numericValue ?? NaN);
      const item = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
      if (item) lcpElement = `${item.selector} (${(item.snippet || '').slice(0, 80)})`;
      for (const c of categories) {
        scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) failing.set(`${c}: ${a.id}`, a.title);
        }
      }
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Lighthouse ${runs} run(s), desktop preset, ${server.url}`);
console.log('| category | median | runs |');
console.log('|---|---|---|');
for (const c of categories) console.log(`| ${c} | ${median(scores[c])} | ${scores[c].join(', ')} |`);
for (const m of metricIds) {
  const v = median(metrics[m]);
  console.log(`  ${m}: median ${m === 'cumulative-layout-shift' ? v.toFixed(3) : `${v.toFixed(0)} ms`}`);
}
if (lcpElement) console.log(`  largest contentful paint element: ${lcpElement}`);
for (const [k, title] of failing) console.log(`  below 100 — ${k}: ${title}`);
