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
  // The question about the expired certificate reaches the worker naming a
  // function the engine lacks, so the worker answers with an error. Other
  // questions (the page's rehearsal after warm-up may come first, or at
  // the same time) pass unchanged; each worker notes what it was asked.
  const site = await openSite({
    init: () => {
      window.__workers = [];
      const carries = (bytes, text) => {
        const ascii = new TextDecoder('latin1').decode(bytes);
        return ascii.includes(text);
      };
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(...args) {
          super(...args);
          const worker = { asked: [] };
          window.__workers.push(worker);
          const post = this.postMessage.bind(this);
          this.postMessage = (message, ...rest) => {
            if (message && message.name === 'engineAnswer') {
              const about = Object.entries(window.__markers ?? {}).find(([, text]) => carries(message.bytes, text));
              worker.asked.push(about ? about[0] : 'other');
              if (about && about[0] === 'expired' && !window.__broken) {
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
    // A line of each certificate's base64 that the other lacks marks its
    // question (the two share an issuer and a key).
    const marker = (pem, other) => pem.split('\n').find((line) => /^[A-Za-z0-9+/]{64}$/.test(line) && !other.includes(line));
    const wildcard = corpusText('badtls.io/certs/wildcard.crt');
    const markers = { expired: marker(expired(), wildcard), wildcard: marker(wildcard, expired()) };
    assert.ok(markers.expired && markers.wildcard, JSON.stringify(markers));
    await page.evaluate((markers) => { window.__markers = markers; }, markers);
    await page.fill('#paste', expired());
    await page.locator('[data-code="cert-expired"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.evaluate(() => window.__broken), true);
    // A fresh worker was started and takes the next question.
    await page.fill('#paste', wildcard);
    await page.locator('.results[aria-busy="false"] .certificates', { hasText: '*.badtls.io' }).waitFor({ timeout: 10_000 });
    const workers = await page.evaluate(() => window.__workers.map((worker) => worker.asked));
    assert.equal(workers.length, 2, JSON.stringify(workers));
    assert.deepEqual(workers[0].filter((about) => about !== 'other'), ['expired'], JSON.stringify(workers));
    assert.ok(workers[1].includes('wildcard'), JSON.stringify(workers));
    assert.equal(await page.locator('#panic-notice').count(), 0);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});
