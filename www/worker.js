// The engine's thread: runs the engine's module (www/engine). The first
// message brings the compiled module and names its glue; each later one
// names one of the engine's functions and the bytes to run it on, and is
// answered with bytes. See www/boot.js.
let engine;
// Whether a question has come: then the warm-up is skipped, as it would
// only make that question wait.
let asked = false;

async function answer({ id, name, bytes }) {
  try {
    const bindings = await engine;
    const answer = await bindings[name](bytes);
    postMessage({ id, answer }, [answer.buffer]);
  } catch (error) {
    postMessage({ id, error: String(error) });
  }
}

onmessage = ({ data }) => {
  if (!engine) {
    engine = (async () => {
      const bindings = await import(data.glue);
      await bindings.default({ module_or_path: data.module });
      // The trust stores are read before the first question is taken, and
      // the page's first worker warms the engine up (www/engine/src/main.rs).
      await bindings.engineWarm();
      if (data.first && !asked) await bindings.engineWarmUp();
      return bindings;
    })();
    return;
  }
  asked = true;
  answer(data);
};
