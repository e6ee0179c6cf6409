// Safe to redeploy: every script and wasm module the page fetches, at start and when the
// extraction worker starts, is named by a hash of its content (Trunk's post_build hook,
// scripts/hash-names.mjs: <stem>-<first 16 hex digits of its SHA-256>.<ext>), so a static
// host's cache can never hand a new page an old file under a name it still uses. The
// tests recompute each hash from the file's bytes in dist/, so a name that no longer
// matches its content fails, and they run the hook on a changed copy of dist/ to see a
// changed worker renamed along with its loader and the page's pointer to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browse, ready, DIST } from './harness.mjs';

const HOOK = path.resolve(DIST, '../scripts/hash-names.mjs');
const NAMED = /^(.+)-([0-9a-f]{16})\.(js|wasm)$/;
const sha16 = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);

/** Why `name` (a file in `dir`) is not named by its content, or '' when it is. */
function misnamed(dir, name) {
  const m = name.match(NAMED);
  if (!m) return `${name}: no content hash in the name`;
  const actual = sha16(path.join(dir, name));
  return m[2] === actual ? '' : `${name}: the content's hash is ${actual}`;
}

let server, browser;
before(async () => { server = await serve(); browser = await browse(server.origin); });
after(async () => { await browser?.close(); await server?.close(); });

test('every .js and .wasm the page fetches, the worker\'s too, is named by its content', async () => {
  const fetched = new Set();
  browser.page.on('response', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (/\.(js|wasm)$/.test(name)) fetched.add(name);
  });
  const p = browser.page;
  await p.goto(server.url);
  await ready(p);
  // An article to extract starts the worker: its loader, glue and wasm are fetched.
  await p.getByRole('button', { name: 'Import', exact: true }).click();
  await p.getByLabel('Article text').fill('Four fishermen were killed when a storm hit the harbour of Southgate on 9 June 2023, the coastguard said.');
  await p.getByRole('button', { name: 'Add article' }).click();
  await p.locator('.import-report').getByText('Added “Pasted article”').waitFor({ timeout: 60000 });

  const names = [...fetched].sort();
  const stems = names.map((n) => n.replace(NAMED, '$1.$3'));
  assert.deepEqual(stems, ['boot.js', 'dateline.js', 'dateline_bg.wasm', 'worker.js', 'worker_bg.wasm', 'worker_loader.js'], names.join(' '));
  assert.deepEqual(names.map((n) => misnamed(DIST, n)).filter(Boolean), []);
  assert.deepEqual(browser.problems.failed, []);
  assert.deepEqual(browser.problems.page, []);
});

test('dist/ holds no .js or .wasm that is not named by its content', () => {
  const modules = fs.readdirSync(DIST).filter((f) => /\.(js|wasm)$/.test(f));
  assert.ok(modules.length >= 6, modules.join(' '));
  assert.deepEqual(modules.map((n) => misnamed(DIST, n)).filter(Boolean), []);
});

test('a changed worker gets a new name, and so do its loader and the page\'s pointer to it', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-hashed-'));
  try {
    fs.cpSync(DIST, tmp, { recursive: true });
    const before = fs.readdirSync(tmp).sort();
    const glue = before.find((f) => /^worker-[0-9a-f]{16}\.js$/.test(f));
    fs.appendFileSync(path.join(tmp, glue), '\n// a new release\n');
    const env = { ...process.env };
    delete env.TRUNK_STAGING_DIR;
    execFileSync(process.execPath, [HOOK, tmp], { env, stdio: 'pipe' });

    const after = fs.readdirSync(tmp).sort();
    const gone = before.filter((f) => !after.includes(f));
    const added = after.filter((f) => !before.includes(f));
    // The glue and the loader naming it are renamed; everything else keeps its name.
    assert.deepEqual(gone.map((n) => n.replace(NAMED, '$1')).sort(), ['worker', 'worker_loader'], gone.join(' '));
    assert.deepEqual(added.map((n) => misnamed(tmp, n)).filter(Boolean), []);
    const loader = added.find((f) => f.startsWith('worker_loader-'));
    const newGlue = added.find((f) => f.startsWith('worker-'));
    assert.match(fs.readFileSync(path.join(tmp, loader), 'utf8'), new RegExp(`importScripts\\("\\./${newGlue}"\\)`));
    assert.match(fs.readFileSync(path.join(tmp, 'index.html'), 'utf8'), new RegExp(`data-worker="\\./${loader}"`));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
