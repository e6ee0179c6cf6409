// The page's size budget (issue #13): the gzip size of what the page loads at start must
// not exceed `page_at_start_gzip_bytes` in size-budget.json (the one place the budget
// lives; scripts/size.sh reports against it too). Measured in the browser: every file the
// page fetches from navigation until the timeline is drawn and the network is idle, each
// compressed from its bytes in dist/ by `gzip -9`, as scripts/size.sh does (Node's zlib
// compresses the wasm about 1.5 % worse). scripts/size.sh counts every dist/ file but the
// worker's; the test also checks that this is the same set of files. Sizes only, no timing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, browse, ready, DIST, SUB_PATH } from './harness.mjs';

const BUDGET = JSON.parse(fs.readFileSync(path.resolve(DIST, '../size-budget.json'), 'utf8')).page_at_start_gzip_bytes;
const gzip = (file) => execFileSync('gzip', ['-9c', path.join(DIST, file)], { maxBuffer: 1 << 26 }).length;

let server, browser;
before(async () => { server = await serve(); browser = await browse(server.origin); });
after(async () => { await browser?.close(); await server?.close(); });

test('what the page loads at start fits the gzip budget in size-budget.json', async () => {
  assert.ok(Number.isInteger(BUDGET) && BUDGET > 0, `size-budget.json: page_at_start_gzip_bytes is ${BUDGET}`);
  const fetched = new Set();
  browser.page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin === server.origin && r.status() === 200) fetched.add(url.pathname.slice(SUB_PATH.length) || 'index.html');
  });
  await browser.page.goto(server.url, { waitUntil: 'networkidle' });
  await ready(browser.page);
  await browser.page.waitForLoadState('networkidle');

  const files = [...fetched].sort();
  const sizes = files.map((f) => [f, gzip(f)]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  const table = sizes.map(([f, n]) => `  ${f} ${n}`).join('\n');
  assert.ok(total <= BUDGET, `the page loads ${total} bytes gzip at start, over the budget of ${BUDGET} by ${total - BUDGET}:\n${table}`);
  // The same files scripts/size.sh counts as "page at start": all of dist/ but the worker.
  const atStart = fs.readdirSync(DIST).filter((f) => !f.startsWith('worker')).sort();
  assert.deepEqual(files, atStart, 'the page fetches at start exactly the non-worker files of dist/');
  console.log(`page at start: ${total} bytes gzip of a ${BUDGET}-byte budget (${(100 * total / BUDGET).toFixed(1)} %)`);
});
