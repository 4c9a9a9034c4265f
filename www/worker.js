// The engine's thread: runs the engine's module (www/engine). One message
// brings the compiled module; the others name one of the engine's
// functions and the bytes to run it on, and are answered with bytes. They
// may come in either order: a question waits for the module. See
// www/boot.js. The glue is imported as the worker starts, while the page
// compiles the module.
import init, * as bindings from './certdoctor-engine.js';

// The trust stores are fetched at once too (www/engine/src/trust_data.rs
// would fetch them only once the module runs).
const stores = fetch('trust-stores.bin')
  .then((response) => (response.ok ? response.arrayBuffer() : null))
  .catch(() => null);

// At most this many warm-up runs, for at most this long.
const WARM_UP_RUNS = 30;
const WARM_UP_MS = 250;

let receive;
const given = new Promise((resolve) => { receive = resolve; });
// Whether a question has come: then the warm-up is skipped, as it would
// only make that question wait.
let asked = false;
const engine = given.then(async ({ module, first }) => {
  await init({ module_or_path: module });
  // The trust stores are read before the first question is taken, and the
  // page's first worker warms the engine up (www/engine/src/main.rs).
  const fetched = await stores;
  await bindings.engineWarm(fetched && new Uint8Array(fetched));
  if (first) {
    // What led here ran without giving the queue a turn: let a question
    // posted meanwhile be seen first, so that it skips the warm-up instead
    // of waiting for it.
    await new Promise((resolve) => { setTimeout(resolve, 0); });
    // The browser compiles each function of the module quickly first and
    // optimised only once it has run hot: the first questions after a
    // single warm-up ran at two to three times the cost of later ones
    // (a 3-certificate chain through window.certdoctor.analyze: median
    // 2.9 ms for calls 1-30, 1.3 ms for 31-60, 0.6 ms from the 120th on;
    // after these runs 1.1 and 0.6 ms). The runs stop when a question
    // comes, which then waits for one run at most.
    const started = performance.now();
    for (let run = 0; run < WARM_UP_RUNS && !asked && performance.now() - started < WARM_UP_MS; run += 1) {
      await bindings.engineWarmUp();
      await new Promise((resolve) => { setTimeout(resolve, 0); });
    }
    if (!asked) {
      // The page then rehearses drawing an answer (www/src/rehearsal.rs).
      postMessage({ warmed: true });
    }
  }
});

async function answer({ id, name, bytes }) {
  try {
    await engine;
    const answer = await bindings[name](bytes);
    postMessage({ id, answer }, [answer.buffer]);
  } catch (error) {
    postMessage({ id, error: String(error) });
  }
}

onmessage = ({ data }) => {
  if (data.module) {
    receive(data);
    return;
  }
  asked = true;
  answer(data);
};
