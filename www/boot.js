// Loads the WebAssembly app. Trunk passes the hashed file names as data
// attributes on this script's tag (see Trunk.toml, pattern_script).
const tag = document.querySelector('script[data-wasm]');
const bindings = await import(tag.dataset.js);
await bindings.default({ module_or_path: tag.dataset.wasm });
window.certdoctor = bindings;
dispatchEvent(new CustomEvent('certdoctor-ready'));
