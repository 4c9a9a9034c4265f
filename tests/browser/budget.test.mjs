// The page's size and speed, measured (not asserted against a stopwatch):
// the bytes a visitor downloads (gzip, as a static host sends them) and the
// time from navigation to the first analysis result on loopback, in headless
// Chromium. Printed for the README; written to tests/browser/screenshots/budget.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, SCREENSHOTS, amazonPem, corpusText, openSite, settled } from './harness.mjs';

test('size of the page and time to the first result', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    // Every file the page loaded, as a static host would send it: the page
    // (what shows it and takes input) and, fetched beside it at a lower
    // priority, the engine and its worker. The trust data (read a moment
    // after the page shows, or by the first analysis) is counted apart.
    const files = [...new Set(site.requests.map((url) => new URL(url).pathname.replace(/^\//, '') || 'index.html'))]
      .filter((name) => !name.endsWith('.bin'));
    const isEngine = (name) => name.startsWith('certdoctor-engine') || name === 'worker.js';
    const sizes = { page: { raw: 0, gzip: 0 }, engine: { raw: 0, gzip: 0 } };
    for (const name of files) {
      const bytes = readFileSync(join(DIST, name));
      const part = sizes[isEngine(name) ? 'engine' : 'page'];
      part.raw += bytes.length;
      part.gzip += gzipSync(bytes, { level: 9 }).length;
    }
    assert.ok(files.some((name) => name.endsWith('.wasm') && !isEngine(name)), `${files}`);
    assert.ok(files.includes('certdoctor-engine_bg.wasm'), `${files}`);

    // Navigation to first result: the page opened, the healthy example
    // clicked as soon as it shows, until the verdict. A first visit is a
    // fresh browser context (empty cache); a reload is the same context again.
    // The times are taken in the page, when the button and then the verdict
    // appear, not when the test notices them, and the button is clicked in
    // the page the moment it appears: driven from outside, the test's
    // polling, actionability checks and round trips put its click 100-250 ms
    // after the button showed.
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const timeline = (clickAtOnce) => {
      window.__budget = {};
      const seen = () => {
        const times = window.__budget;
        const button = document.querySelector('#example-healthy');
        if (!times.ready && button) {
          times.ready = performance.now();
          if (clickAtOnce) button.click();
        }
        if (!times.result && document.querySelector('.results[aria-busy="false"] [data-verdict]')) {
          times.result = performance.now();
          console.log('certdoctor-budget: result shown');
        }
      };
      new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true });
      addEventListener('click', () => { window.__budget.click ??= performance.now(); }, { capture: true });
    };
    const times = (page) => page.evaluate(() => window.__budget);
    // The test waits for the page's word that the result is shown rather
    // than for a locator: Playwright's locators first evaluate its injected
    // script (330 KB) in the page, which a Chromium trace showed taking
    // 13-19 ms of the page's thread in the middle of a first visit, and
    // then poll. A visitor's browser runs none of that; measured with it,
    // first visits and reloads were 12-23 ms slower (medians of fifteen
    // interleaved visits each).
    const shown = (page) => page.waitForEvent('console', {
      predicate: (message) => message.text() === 'certdoctor-budget: result shown',
      timeout: 30_000,
    });
    const measure = async (page, open) => {
      const result = shown(page);
      await open();
      await result;
      await settled(page);
      return times(page);
    };
    /** A first visit: a fresh browser context (empty cache) with the
     *  timeline in it, its requests recorded with the rest. With `settle`,
     *  the page is opened once its window has finished starting: for every
     *  new window headless Chromium loads pages of its own (the address
     *  bar's pop-up, chrome://omnibox-popup.top-chrome, in a renderer of
     *  its own), which keeps one of this machine's two cores busy for
     *  about half a second. A visitor's browser did that when its window
     *  opened, long before they follow a link to the page; measured here,
     *  the page waits for it (first result 350-425 ms against 230-260 ms
     *  with that work out of the way, by waiting or by switching those
     *  pages off with --disable-features). Waiting 0.3 s is too little, 1 s
     *  enough; 1.5 s is waited. Both are printed. */
    const freshVisit = async (clickAtOnce, { settle = false } = {}) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(timeline, clickAtOnce);
      context.on('request', (request) => site.requests.push(request.url()));
      const fresh = await context.newPage();
      if (settle) await fresh.waitForTimeout(1500);
      return { context, fresh };
    };
    // Nine visits each: on this machine the visits of one run spread over
    // about 100 ms, and a median of five moved by up to 70 ms between two
    // runs of the same build (246 and 316 ms).
    const VISITS = 9;
    const firstVisits = async (settle) => {
      const visits = [];
      for (let run = 0; run < VISITS; run += 1) {
        const { context, fresh } = await freshVisit(true, { settle });
        visits.push(await measure(fresh, () => fresh.goto(site.site.url)));
        await context.close();
      }
      return visits;
    };
    const first = await firstVisits(true);
    const firstInStartingWindow = await firstVisits(false);
    // A visitor who pastes a moment after the page shows (here 1 s): the
    // click to the verdict, on a first visit.
    const settledFirst = [];
    for (let run = 0; run < 5; run += 1) {
      const { context, fresh } = await freshVisit(false);
      await fresh.goto(site.site.url);
      await fresh.waitForSelector('#example-healthy', { timeout: 30_000 });
      await fresh.waitForTimeout(1000);
      await fresh.click('#example-healthy');
      await settled(fresh);
      const { click, result } = await times(fresh);
      settledFirst.push(result - click);
      await context.close();
    }
    await page.context().addInitScript(timeline, true);
    const reloads = [];
    for (let run = 0; run < VISITS; run += 1) {
      reloads.push(await measure(page, () => page.reload()));
    }
    // The 3-certificate RSA chain with a key and a host of `cargo bench
    // --bench analyze`, through window.certdoctor.analyze (the question
    // crosses to the worker, the report back, and is rendered into a plain
    // object): median of 60 calls with the same text (the engine keeps its
    // session and judges again) and of 60 alternating between two texts
    // (read and judged each time); then the same again after 400 more
    // calls.
    const chain = amazonPem('valid.rootca1.demo.amazontrust.com.cer') + amazonPem('r2m03.cer')
      + amazonPem('AmazonRootCA1.cer') + corpusText('badtls.io/certs/host.key');
    const api = await page.evaluate(async (text) => {
      const at = Date.parse('2025-02-23T10:02:16Z');
      const call = async (variant) => {
        const start = performance.now();
        await window.certdoctor.analyze(variant, 'valid.rootca1.demo.amazontrust.com', at, 'en');
        return performance.now() - start;
      };
      const middle = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
      // The two texts, read in turn: the same chain, with and without a
      // trailing newline.
      const alternate = (run) => text + (run % 2 ? '\n' : '');
      const series = async () => {
        const same = [];
        for (let run = 0; run < 60; run += 1) same.push(await call(text));
        const alternating = [];
        for (let run = 0; run < 60; run += 1) alternating.push(await call(alternate(run)));
        return { same: middle(same), alternating: middle(alternating) };
      };
      for (let run = 0; run < 10; run += 1) await call(alternate(run));
      const early = await series();
      // A script that asks about many chains: once both modules' code has
      // been used a few hundred times the browser has optimised it (V8
      // compiles WebAssembly first with a quick baseline compiler, then
      // again, optimised, the functions that stay hot).
      for (let run = 0; run < 400; run += 1) await call(alternate(run));
      return { early, steady: await series() };
    }, chain);
    const numbers = {
      files,
      pageRawKiB: Math.round(sizes.page.raw / 1024),
      pageGzipKiB: Math.round(sizes.page.gzip / 1024),
      engineRawKiB: Math.round(sizes.engine.raw / 1024),
      engineGzipKiB: Math.round(sizes.engine.gzip / 1024),
      transferGzipKiB: Math.round((sizes.page.gzip + sizes.engine.gzip) / 1024),
      trustStoresGzipKiB: Math.round(gzipSync(readFileSync(join(DIST, 'trust-stores.bin')), { level: 9 }).length / 1024),
      singleFileKiB: Math.round(statSync(join(DIST, 'certdoctor.html')).size / 1024),
      singleFileGzipKiB: Math.round(gzipSync(readFileSync(join(DIST, 'certdoctor.html')), { level: 9 }).length / 1024),
      firstVisitToReadyMs: Math.round(median(first.map((r) => r.ready))),
      firstVisitToFirstResultMs: Math.round(median(first.map((r) => r.result))),
      firstVisitsToFirstResultMs: first.map((r) => Math.round(r.result)),
      firstVisitInStartingWindowToReadyMs: Math.round(median(firstInStartingWindow.map((r) => r.ready))),
      firstVisitInStartingWindowToFirstResultMs: Math.round(median(firstInStartingWindow.map((r) => r.result))),
      firstVisitClickToResultAfterOneSecondMs: Math.round(median(settledFirst)),
      reloadToReadyMs: Math.round(median(reloads.map((r) => r.ready))),
      reloadToFirstResultMs: Math.round(median(reloads.map((r) => r.result))),
      reloadsToFirstResultMs: reloads.map((r) => Math.round(r.result)),
      apiChainSessionKeptMs: Number(api.early.same.toFixed(2)),
      apiChainReadEachTimeMs: Number(api.early.alternating.toFixed(2)),
      apiChainSessionKeptSteadyMs: Number(api.steady.same.toFixed(2)),
      apiChainReadEachTimeSteadyMs: Number(api.steady.alternating.toFixed(2)),
    };
    console.log(`budget: ${JSON.stringify(numbers)}`);
    // The page a first visit waits for stays within the 350 KiB:
    // the engine is a module of its own, fetched beside it.
    assert.ok(numbers.pageGzipKiB <= 350, `the page is ${numbers.pageGzipKiB} KiB gzipped`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'budget.json'), JSON.stringify(numbers, null, 2));
    assert.deepEqual(site.foreignRequests(), []);
  } finally {
    await site.close();
  }
});
