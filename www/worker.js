// The engine's thread: the page's own module, run without a page. The first
// message brings the compiled module and names its glue; each later one is a question (bytes),
// answered with the report (bytes). See www/src/engine_thread.rs.
let engine;
// Whether a question has come: then the warm-up is skipped, as it would
// only make that question wait.
let asked = false;

async function answer({ id, bytes }) {
  try {
    const bindings = await engine;
    const report = await bindings.engineAnswer(bytes);
    postMessage({ id, answer: report }, [report.buffer]);
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
      // the page's first worker warms the engine up (www/src/worker.rs).
      await bindings.engineWarm();
      if (data.first && !asked) await bindings.engineWarmUp();
      return bindings;
    })();
    return;
  }
  asked = true;
  answer(data);
};
