// Starts the app from a file rather than an inline script, so the page's
// Content-Security-Policy needs no 'unsafe-inline'. Trunk writes the names of the JS
// glue and the wasm module into this tag's data attributes (Trunk.toml), and its
// post_build hook (scripts/hash-names.mjs) renames both by content hash.
const tag = document.querySelector('script[data-js][data-wasm]');
const glue = await import(new URL(tag.dataset.js, document.baseURI).href);
await glue.default({ module_or_path: new URL(tag.dataset.wasm, document.baseURI) });
