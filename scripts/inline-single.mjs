#!/usr/bin/env node
// Turns the release dist/ into ONE self-contained HTML file that works when opened from
// disk (file://), where browsers refuse to fetch the .wasm and module scripts:
//   - stylesheets  → <style> elements; the favicon → a data: URL
//   - the JS glue  → one inline module script (its `export`s dropped), which hands the
//                    wasm, stored as base64 in the page, to wasm-bindgen's init() as bytes
//   - the extraction worker (the glue and wasm its loader names, which the boot tag's
//     data-worker names) → the text of a non-executed
//     <script type="text/plain" id="dateline-worker">, which the app starts from a blob:
//     URL (src/ui/extractor.rs)
//   - the Content-Security-Policy stays strict: 'self' sources become the sha256 hashes
//     of exactly these inline scripts and styles, and workers may only come from blob:.
// Usage: node scripts/inline-single.mjs [dist-dir] [out-file]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] || 'dist');
const out = path.resolve(process.argv[3] || 'dist-single/dateline.html');
const fail = (msg) => { console.error(`inline-single: ${msg}`); process.exit(1); };

let html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const local = (href) => path.join(dist, decodeURIComponent(href.replace(/^\.?\//, '')));
const attr = (tag, name) => (tag.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`)) || [])[1];
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hashes = { script: [], style: [] };

// Which glue and wasm: the boot loader's data attributes, or Trunk's inline loader.
let js, wasm, workerLoader;
const boot = html.match(/<script\b[^>]*\bdata-js="[^"]*"[^>]*><\/script>/);
if (boot) {
  [js, wasm, workerLoader] = [attr(boot[0], 'data-js'), attr(boot[0], 'data-wasm'), attr(boot[0], 'data-worker')];
  html = html.replace(boot[0], '');
} else {
  const inline = html.match(/<script type="module"[^>]*>([\s\S]*?)<\/script>/);
  if (!inline) fail('no loader script in dist/index.html');
  js = (inline[1].match(/from\s*['"]([^'"]+\.js)['"]/) || [])[1];
  wasm = (inline[1].match(/['"]([^'"]+_bg\.wasm)['"]/) || [])[1];
  html = html.replace(inline[0], '');
}
if (!js || !wasm) fail('cannot find the JS glue and the .wasm');

// Preload hints point at files that will no longer exist.
html = html.replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>\s*/g, '');

// Stylesheets inline (integrity attributes go with the links).
html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
  const css = `\n${fs.readFileSync(local(attr(tag, 'href')), 'utf8')}\n`;
  if (/<\/style/i.test(css)) fail(`${attr(tag, 'href')} contains </style>`);
  hashes.style.push(sha256(css));
  return `<style>${css}</style>`;
});

// The favicon as a data: URL.
html = html.replace(/<link\b[^>]*\brel="icon"[^>]*>/g, (tag) => {
  const href = attr(tag, 'href');
  const type = href.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
  const data = fs.readFileSync(local(href)).toString('base64');
  return `<link rel="icon" href="data:${type};base64,${data}">`;
});

// The glue as plain module code: no imports expected, exports dropped.
let glue = fs.readFileSync(local(js), 'utf8');
if (/^\s*import\s/m.test(glue)) fail(`${js} imports other files (wasm-bindgen snippets): not supported`);
const exported = glue.match(/^export\s*\{([^}]*)\};?\s*$/m);
if (!exported) fail(`${js}: no export list`);
const init = (exported[1].split(',').map((s) => s.trim()).find((s) => / as default$/.test(s)) || '').replace(/ as default$/, '');
if (!init) fail(`${js}: no default export (init)`);
glue = glue.replace(exported[0], '').replace(/^export\s+(?=(async\s+)?(function|class|const|let|var)\b)/gm, '');
const wasmB64 = fs.readFileSync(local(wasm)).toString('base64');
const code = `\n${glue}\nconst bytes = Uint8Array.from(atob("${wasmB64}"), (c) => c.charCodeAt(0));\nawait ${init}({ module_or_path: bytes });\n`;
if (/<\/script/i.test(code)) fail('the glue contains </script>');
hashes.script.push(sha256(code));
html = html.replace('</body>', () => `<script type="module">${code}</script>\n</body>`);

// The extraction worker: its no-modules glue plus the wasm as bytes, kept as inert text
// for the app to start from a blob: URL. Which files: the ones its loader names
// (`importScripts("./worker-<hash>.js");wasm_bindgen("./worker_bg-<hash>.wasm");`).
const loaderFile = local(workerLoader || 'worker_loader.js');
if (!fs.existsSync(loaderFile)) fail(`no worker loader ${path.basename(loaderFile)} in dist/`);
const loaderText = fs.readFileSync(loaderFile, 'utf8');
const named = (re) => (loaderText.match(re) || [])[1];
const workerGlue = local(named(/importScripts\(\s*["']([^"']+)["']/) || 'worker.js');
const workerWasm = local(named(/wasm_bindgen\(\s*["']([^"']+)["']/) || 'worker_bg.wasm');
if (!fs.existsSync(workerGlue) || !fs.existsSync(workerWasm)) fail(`no ${path.basename(workerGlue)} / ${path.basename(workerWasm)} in dist/`);
const workerCode = `${fs.readFileSync(workerGlue, 'utf8')}\n`
  + `wasm_bindgen({ module_or_path: Uint8Array.from(atob("${fs.readFileSync(workerWasm).toString('base64')}"), (c) => c.charCodeAt(0)) });\n`;
if (/<\/script/i.test(workerCode)) fail('the worker glue contains </script>');
html = html.replace('</body>', () => `<script type="text/plain" id="dateline-worker">${workerCode}</script>\n</body>`);

// The same policy, with hashes for exactly the inline code instead of 'self'.
html = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (m, a, policy, z) => {
  const p = policy
    .replace(/script-src 'self'/, `script-src ${hashes.script.join(' ')}`)
    .replace(/style-src 'self'/, `style-src ${hashes.style.join(' ')}`)
    .replace(/connect-src 'self'/, "connect-src 'none'")
    .replace(/worker-src 'self'/, 'worker-src blob:');
  return a + p + z;
});

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, html);
console.log(`inline-single: wrote ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB)`);
