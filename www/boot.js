// Loads the page: its own WebAssembly module (www/src, which draws) and
// then the engine's (www/engine, which reads and judges). Trunk passes the
// page module's hashed file names as data attributes on this script's tag
// (see Trunk.toml, pattern_script); the engine's keep their names.
const tag = document.querySelector('script[data-wasm]');
const url = (name) => new URL(name, document.baseURI).href;
const glue = url(tag.dataset.js);
const wasm = url(tag.dataset.wasm);
const engineGlue = url('certdoctor-engine.js');
const engineWasm = url('certdoctor-engine_bg.wasm');

// The engine, offered to the page as `window.certdoctorEngine`
// (www/src/engine_thread.rs): `call(name, bytes)` runs one of the engine's
// functions on bytes and resolves to bytes; `restart()` abandons what it is
// doing; `warmed` resolves once the worker has warmed up. It runs in a
// dedicated worker (www/worker.js) given the module compiled here; where no
// worker can be had, or the worker fails on a question, that question runs
// on this thread.
function engine(compiled) {
  let worker = null;
  const pending = new Map();
  let next = 0;
  let starts = 0;
  // Resolves to true once the first worker has warmed up (www/src/rehearsal.rs).
  let markWarmed;
  const warmed = new Promise((resolve) => { markWarmed = resolve; });
  // The engine on this thread, loaded on first need.
  let here = null;
  const onThisThread = () => {
    here ??= (async () => {
      const bindings = await import(engineGlue);
      await bindings.default({ module_or_path: await compiled });
      await bindings.engineWarm();
      return bindings;
    })();
    return here;
  };
  const runHere = async (name, bytes) => (await onThisThread())[name](bytes);
  // Settles a question the worker was asked with what `run` gives; the
  // bytes it was asked with are wiped then.
  const settle = (id, run) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    run(waiting).then(waiting.resolve, waiting.reject).finally(() => waiting.bytes.fill(0));
  };
  // What the worker was asked runs here; `again` starts a fresh worker
  // for what comes next (not when the worker could not load at all).
  const failOver = (again) => {
    markWarmed(false);
    worker?.terminate();
    worker = null;
    for (const id of [...pending.keys()]) settle(id, ({ name, bytes }) => runHere(name, bytes));
    if (again) start();
  };
  const start = () => {
    try {
      worker = new Worker(url('worker.js'), { type: 'module', name: 'certdoctor-engine' });
    } catch {
      worker = null;
      return;
    }
    worker.onmessage = ({ data }) => {
      if (data.warmed) {
        markWarmed(true);
        return;
      }
      if (data.error === undefined) {
        settle(data.id, async () => data.answer);
        return;
      }
      // The engine failed in the worker (its module may be left
      // unusable): what was asked runs here, the next question in a
      // fresh worker.
      failOver(true);
    };
    worker.onerror = () => failOver(false);
    compiled.then((module) => {
      worker?.postMessage({ module, first: starts === 0 });
      starts += 1;
    }, () => failOver(false));
  };
  start();
  return {
    warmed,
    call(name, bytes) {
      if (!worker) return runHere(name, bytes);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { name, bytes, resolve, reject });
        // A copy crosses (the original stays for failing over).
        worker.postMessage({ id, name, bytes });
      });
    },
    // Whether questions go to a worker (else they are answered on this
    // thread).
    get inWorker() {
      return worker !== null;
    },
    restart() {
      if (!worker) return;
      markWarmed(false);
      worker.terminate();
      for (const id of [...pending.keys()]) settle(id, () => Promise.reject('superseded'));
      start();
    },
  };
}

// The page's module, as the preload in index.html asked for it (so that
// the preloaded bytes are used), and beside it the engine's at a lower
// priority, so that on a slow line the page shows first.
const preload = document.querySelector('link[rel="preload"][as="fetch"][href$=".wasm"]');
const page = WebAssembly.compileStreaming(fetch(wasm, preload?.integrity ? { integrity: preload.integrity } : {}));
const engineModule = WebAssembly.compileStreaming(fetch(engineWasm, { priority: 'low' }));
window.certdoctorEngine = engine(engineModule);
const bindings = await import(glue);
await bindings.default({ module_or_path: await page });
window.certdoctor = bindings;
dispatchEvent(new CustomEvent('certdoctor-ready'));
