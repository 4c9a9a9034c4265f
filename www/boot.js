// Loads the WebAssembly app. Trunk passes the hashed file names as data
// attributes on this script's tag (see Trunk.toml, pattern_script).
const tag = document.querySelector('script[data-wasm]');
const glue = new URL(tag.dataset.js, document.baseURI).href;
const wasm = new URL(tag.dataset.wasm, document.baseURI).href;
// The engine's thread (www/worker.js runs the same module): the page sends it
// each question as bytes and gets the report back as bytes
// (www/src/engine_thread.rs). `restart` abandons what it is doing.
function engineThread() {
  let worker;
  const pending = new Map();
  let next = 0;
  let starts = 0;
  // The compiled module, once there is one: a worker is started before it
  // (starting one takes as long as compiling) and handed it when it is ready.
  let compiled = null;
  const hand = () => {
    worker.postMessage({ glue, module: compiled, first: starts === 0 });
    starts += 1;
  };
  const failAll = (reason) => {
    for (const { reject } of pending.values()) reject(reason);
    pending.clear();
  };
  const start = () => {
    worker = new Worker(new URL('worker.js', document.baseURI), { type: 'module', name: 'certdoctor-engine' });
    worker.onmessage = ({ data }) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if (data.error === undefined) {
        waiting.resolve(data.answer);
        return;
      }
      // The engine failed (its module may be left unusable): this question
      // and any others waiting run on the page's thread, and the next ones
      // go to a fresh worker.
      waiting.reject(data.error);
      worker.terminate();
      failAll('engine failed');
      start();
    };
    worker.onerror = () => failAll('engine failed');
    if (compiled) hand();
  };
  start();
  return {
    compiled(module) {
      compiled = module;
      hand();
    },
    ask(bytes) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, bytes }, [bytes.buffer]);
      });
    },
    restart() {
      worker.terminate();
      failAll('superseded');
      start();
    },
  };
}

try {
  window.certdoctorEngine = engineThread();
} catch {
  // No worker here: the page runs the engine itself.
}
// Compiled once, for the page and for the engine's thread; fetched as the
// preload in index.html asked for it, so that the preloaded bytes are used.
const preload = document.querySelector('link[rel="preload"][as="fetch"][href$=".wasm"]');
const module = await WebAssembly.compileStreaming(
  fetch(wasm, preload?.integrity ? { integrity: preload.integrity } : {}),
);

window.certdoctorEngine?.compiled(module);
const bindings = await import(glue);
await bindings.default({ module_or_path: module });
window.certdoctor = bindings;
dispatchEvent(new CustomEvent('certdoctor-ready'));
