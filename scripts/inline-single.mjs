#!/usr/bin/env node
// Turns the release dist/ into ONE self-contained HTML file that works when opened from
// disk (file://), where browsers refuse to fetch the .wasm and module scripts:
//   - stylesheets  → <style> elements
//   - the JS glue  → imported from a data: URL (its snippet imports inlined the same way)
//   - the .wasm    → base64 in the page, handed to wasm-bindgen's init() as bytes
// Usage: node scripts/inline-single.mjs [dist-dir] [out-file]
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] || 'dist');
const out = path.resolve(process.argv[3] || 'dist-single/dateline.html');
const fail = (msg) => { console.error(`inline-single: ${msg}`); process.exit(1); };

let html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const local = (href) => path.join(dist, decodeURIComponent(href.replace(/^\.?\//, '')));
const attr = (tag, name) => (tag.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`)) || [])[1];

// Preload hints point at files that will no longer exist.
html = html.replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>\s*/g, '');

// Stylesheets inline (integrity attributes go with the links).
html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
  const href = attr(tag, 'href');
  const css = fs.readFileSync(local(href), 'utf8');
  if (/<\/style/i.test(css)) fail(`${href} contains </style>`);
  return `<style>\n${css}\n</style>`;
});

// A JS module as a data: URL, with its relative imports (wasm-bindgen snippets) inlined too.
function moduleUrl(file) {
  let code = fs.readFileSync(file, 'utf8');
  code = code.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+\.js)\2/g, (m, head, q, rel) =>
    `${head}${q}${moduleUrl(path.resolve(path.dirname(file), rel))}${q}`);
  return `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
}

// The loader Trunk writes: `import init, * as bindings from './x.js'; … init({ module_or_path: './x_bg.wasm' })`.
const loader = /<script type="module"[^>]*>([\s\S]*?)<\/script>/;
const found = html.match(loader);
if (!found) fail('no module script in dist/index.html');
const js = (found[1].match(/from\s*['"]([^'"]+\.js)['"]/) || [])[1];
const wasm = (found[1].match(/['"]([^'"]+_bg\.wasm)['"]/) || [])[1];
if (!js || !wasm) fail('cannot find the JS glue and the .wasm in the loader script');
const wasmB64 = fs.readFileSync(local(wasm)).toString('base64');
const script = `<script type="module">
const bytes = Uint8Array.from(atob("${wasmB64}"), (c) => c.charCodeAt(0));
const bindings = await import("${moduleUrl(local(js))}");
const wasm = await bindings.default({ module_or_path: bytes });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
</script>`;
html = html.replace(loader, () => script);

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, html);
console.log(`inline-single: wrote ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB)`);
