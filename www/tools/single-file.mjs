// Builds dist/certdoctor.html: the whole page in one file — styles, script
// and WebAssembly inline — that works when opened straight from disk
// (file://) with no server. Run after `trunk build` (./tasks build does).
//
// The file keeps the page's promise of no network: its Content-Security-
// Policy allows exactly its own inline script and style (by SHA-256 hash),
// WebAssembly compilation, and data: images; connect-src is 'none'. The
// WebAssembly sits base64-encoded in a data block (a <script> of a non-
// JavaScript type, which is never executed) and is instantiated from memory;
// so is the engine's module.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attribute = (pattern, what) => {
  const match = html.match(pattern);
  if (!match) throw new Error(`single-file: no ${what} in ${dist}/index.html`);
  return match[1].replace(/^\.\//, '');
};
const jsFile = attribute(/data-js="([^"]+)"/, 'data-js');
const wasmFile = attribute(/data-wasm="([^"]+)"/, 'data-wasm');
const cssFile = attribute(/<link rel="stylesheet" href="([^"]+)"/, 'stylesheet');
const iconFile = attribute(/<link rel="icon" href="([^"]+)"/, 'icon');

// wasm-bindgen's glue is an ES module; inline, each module's glue runs in
// a function of its own (the page's and the engine's share names), which
// returns its exports.
const scoped = (file) => {
  let glue = readFileSync(join(dist, file), 'utf8');
  const exportList = /^export \{([^}]*)\};?\s*$/m;
  const listed = glue.match(exportList);
  if (!listed) throw new Error(`single-file: unexpected wasm-bindgen glue in ${file} (no export list)`);
  const names = [...glue.matchAll(/^export (?:async )?(?:function|class|const|let) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
  const exported = listed[1].split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const [local, as] = entry.split(/\s+as\s+/);
    return `${as ?? local}: ${local}`;
  });
  glue = glue.replace(exportList, '').replace(/^export (async )?(function|class|const|let) /gm, '$1$2 ');
  if (/^export /m.test(glue)) throw new Error(`single-file: an export was left in ${file}`);
  return `(() => {\n${glue}\nreturn { ${[...names, ...exported].join(', ')} };\n})()`;
};
const engineFile = 'certdoctor-engine.js';
const engineWasmFile = 'certdoctor-engine_bg.wasm';

// From disk there is no worker (Chromium refuses a module worker at a
// file:// URL, and the CSP allows none): the engine runs on the page's
// thread, loaded from its data block when first asked, and offered as the
// served page's boot.js offers it (www/src/engine_thread.rs).
const script = `const page = ${scoped(jsFile)};
const engine = ${scoped(engineFile)};
const bytesOf = (id) => Uint8Array.from(atob(document.getElementById(id).textContent.trim()), (c) => c.charCodeAt(0));
let loaded = null;
const ready = () => {
  loaded ??= (async () => {
    await engine.default({ module_or_path: bytesOf('certdoctor-engine-wasm') });
    await engine.engineWarm();
  })();
  return loaded;
};
window.certdoctorEngine = {
  async call(name, bytes) {
    await ready();
    return engine[name](bytes);
  },
  restart() {},
};
await page.default({ module_or_path: bytesOf('certdoctor-wasm') });
window.certdoctor = page;
dispatchEvent(new CustomEvent('certdoctor-ready'));
`;
const css = readFileSync(join(dist, cssFile), 'utf8');
const wasm = readFileSync(join(dist, wasmFile)).toString('base64');
const engineWasm = readFileSync(join(dist, engineWasmFile)).toString('base64');
const icon = readFileSync(join(dist, iconFile)).toString('base64');
// The trust data, which the served page fetches when first needed, rides
// along in data blocks (www/src/trust_data.rs reads them by id).
const trustStores = readFileSync(join(dist, 'trust-stores.bin')).toString('base64');
const intermediates = readFileSync(join(dist, 'intermediates.bin')).toString('base64');
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${hash(script)} 'wasm-unsafe-eval'`,
  `style-src ${hash(css)}`,
  'img-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// `</` cannot occur inside the inline script or style, or it would end them early.
for (const [name, text] of [['script', script], ['style', css]]) {
  if (text.includes(`</${name}`)) throw new Error(`single-file: the ${name} contains </${name}`);
}

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <meta name="referrer" content="no-referrer">
    <meta name="color-scheme" content="light dark">
    <title>certdoctor — TLS certificate chain doctor</title>
    <link rel="icon" href="data:image/svg+xml;base64,${icon}">
    <style>${css}</style>
    <script type="application/wasm-base64" id="certdoctor-wasm">${wasm}</script>
    <script type="application/wasm-base64" id="certdoctor-engine-wasm">${engineWasm}</script>
    <script type="application/octet-stream" id="certdoctor-trust-stores">${trustStores}</script>
    <script type="application/octet-stream" id="certdoctor-intermediates">${intermediates}</script>
    <script type="module">${script}</script>
  </head>
  <body>
    <noscript>certdoctor runs in your browser and needs JavaScript with WebAssembly. Nothing you paste is sent anywhere.</noscript>
  </body>
</html>
`;
writeFileSync(join(dist, 'certdoctor.html'), page);
console.log(`single-file: ${dist}/certdoctor.html, ${Math.round(page.length / 1024)} KiB`);
