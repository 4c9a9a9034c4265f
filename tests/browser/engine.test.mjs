// The engine is a WebAssembly module of its own, run by a Web Worker: the
// page answers without a worker (on its own thread), and a question the
// worker fails on is answered on the page's thread, the next one by a fresh
// worker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusText, openSite } from './harness.mjs';

const expired = () => corpusText('badtls.io/certs/expired.crt');

test('the engine comes in its own module, in a worker, after the page', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await page.fill('#paste', expired());
    await page.locator('[data-code="cert-expired"]').waitFor({ timeout: 10_000 });
    const files = site.requests.map((url) => new URL(url).pathname.split('/').pop());
    assert.ok(files.includes('certdoctor-engine_bg.wasm'), files.join(' '));
    assert.ok(files.includes('worker.js'), files.join(' '));
    // The page's module exports what the page offers, not the engine's functions.
    const exported = await page.evaluate(() => Object.keys(window.certdoctor).sort());
    assert.ok(exported.includes('analyze'), exported.join(' '));
    assert.ok(!exported.some((name) => name.startsWith('engine')), exported.join(' '));
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('without Web Workers the page answers on its own thread', async () => {
  const site = await openSite({ init: () => { delete window.Worker; } });
  try {
    const { page } = site;
    assert.equal(await page.evaluate(() => typeof Worker), 'undefined');
    await page.fill('#paste', expired());
    await page.locator('[data-code="cert-expired"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'errors');
    assert.ok(!site.requests.some((url) => url.endsWith('/worker.js')), site.requests.join('\n'));
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('a question the worker fails on is answered here, and the next by a fresh worker', async () => {
  // The first question reaches the worker naming a function the engine
  // lacks, so the worker answers with an error.
  const site = await openSite({
    init: () => {
      window.__workers = [];
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(...args) {
          super(...args);
          const worker = { asked: 0 };
          window.__workers.push(worker);
          const post = this.postMessage.bind(this);
          this.postMessage = (message, ...rest) => {
            if (message && message.name === 'engineAnswer') {
              worker.asked += 1;
              if (!window.__broken) {
                window.__broken = true;
                return post({ ...message, name: 'engineMissing' }, ...rest);
              }
            }
            return post(message, ...rest);
          };
        }
      };
    },
  });
  try {
    const { page } = site;
    await page.fill('#paste', expired());
    await page.locator('[data-code="cert-expired"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.evaluate(() => window.__broken), true);
    // A fresh worker was started and takes the next question.
    await page.fill('#paste', corpusText('badtls.io/certs/wildcard.crt'));
    await page.locator('.results[aria-busy="false"] .certificates', { hasText: '*.badtls.io' }).waitFor({ timeout: 10_000 });
    const workers = await page.evaluate(() => window.__workers);
    assert.equal(workers.length, 2, JSON.stringify(workers));
    assert.equal(workers[0].asked, 1);
    assert.ok(workers[1].asked >= 1, JSON.stringify(workers));
    assert.equal(await page.locator('#panic-notice').count(), 0);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});
