#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml): names every script and wasm module of the site by a
// hash of its final bytes, so a static host's cache can never pair an old file with a new
// one after a redeploy. Trunk leaves the worker's files (worker.js, worker_bg.wasm,
// worker_loader.js) and boot.js unhashed, and hashes the app's glue and wasm by the cargo
// output before wasm-bindgen and wasm-opt run, so a new wasm-opt could ship new bytes
// under an old name. Every top-level .js and .wasm becomes <stem>-<hash>.<ext>:
//   boot.js → boot-<hash>.js               dateline-<trunk>.js      → dateline-<hash>.js
//   worker.js → worker-<hash>.js           dateline-<trunk>_bg.wasm → dateline_bg-<hash>.wasm
//   worker_bg.wasm → worker_bg-<hash>.wasm worker_loader.js         → worker_loader-<hash>.js
// <hash> is the first 16 hex digits of the SHA-256 of the file as shipped; the worker's
// loader is rewritten to load the new names before it is hashed itself. index.html is
// rewritten last: the boot script's src and data-js / data-wasm / data-worker (the page
// takes the worker's address from data-worker, src/ui/extractor.rs) and the preload links.
// tests/e2e/hashed.test.mjs checks every fetched name against its bytes.
// Works on $TRUNK_STAGING_DIR (Trunk sets it for hooks) or the directory given; running it
// again on its own output changes nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
const fail = (msg) => { console.error(`hash-names: ${msg}`); process.exit(1); };
if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) fail(`no index.html in ${dir || '(no directory given)'}`);
const file = (name) => path.join(dir, name);
const text = (name) => fs.readFileSync(file(name), 'utf8');

// A quoted reference to `name` ("name", './name', …) in HTML or JS.
const quoted = (name) => new RegExp(`(["'])(\\./)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g');
const renamed = new Map(); // old name → new name

/** Renames `name` to <stem>-<hash of its bytes>.<ext>, dropping Trunk's hash if any. */
function hash(name) {
  const [, stem, suffix = '', ext] = name.match(/^(.+?)(?:-[0-9a-f]{1,16})?(_bg|_loader)?\.(js|wasm)$/);
  const bytes = fs.readFileSync(file(name));
  const to = `${stem}${suffix}-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
  if (to !== name) fs.renameSync(file(name), file(to));
  renamed.set(name, to);
}

/** Points every quoted reference in `name` at the new names. */
function repoint(name) {
  let s = text(name);
  for (const [from, to] of renamed) s = s.replace(quoted(from), (m, q, dot) => `${q}${dot || ''}${to}${q}`);
  fs.writeFileSync(file(name), s);
}

const modules = fs.readdirSync(dir).filter((f) => /\.(js|wasm)$/.test(f)).sort();
const loaders = modules.filter((f) => /_loader(-[0-9a-f]{16})?\.js$/.test(f));
// Leaves first: the glue, wasm and boot.js name no file by its hashed name. Then the
// loaders, which name their glue and wasm; then the page.
modules.filter((f) => !loaders.includes(f)).forEach(hash);
for (const loader of loaders) { repoint(loader); hash(loader); }
repoint('index.html');

// Nothing may still point at an old name (say, a future glue that names its wasm).
for (const name of [...renamed.values(), 'index.html'].filter((f) => !f.endsWith('.wasm'))) {
  const stale = [...renamed.keys()].filter((old) => renamed.get(old) !== old && quoted(old).test(text(name)));
  if (stale.length) fail(`${name} still names ${stale.join(', ')}`);
}
console.log(`hash-names: ${[...renamed.values()].join(' ')}`);
