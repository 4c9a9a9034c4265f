// dist/certdoctor.html — the whole page in one file — opened straight from
// disk (file://), with no server: it analyses a chain and requests nothing
// but itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, amazonPem as pem, launchBrowser, settled } from './harness.mjs';

test('the single-file page works from file:// under its own CSP', async () => {
  const file = join(DIST, 'certdoctor.html');
  assert.ok(existsSync(file), 'dist/certdoctor.html is missing: run ./tasks build first');
  const html = readFileSync(file, 'utf8');
  // Inline script and style are allowed by hash only; no network at all.
  assert.match(html, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'; style-src 'sha256-[^']+';/);
  assert.match(html, /connect-src 'none'/);
  assert.doesNotMatch(html, /<script[^>]* src=|<link rel="stylesheet"/);

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    const url = pathToFileURL(file).href;
    await page.goto(url);
    await page.waitForSelector('#paste', { timeout: 30_000 });

    await page.fill('#host', 'valid.rootca1.demo.amazontrust.com');
    await page.fill('#at', '2025-02-23');
    await page.fill('#paste', pem('valid.rootca1.demo.amazontrust.com.cer') + pem('r2m03.cer'));
    await settled(page);
    // The trust data is inline: every store answers, and only old Android,
    // which needs Amazon's cross-signed root, fails (a warning).
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'warnings');
    await page.locator('.chain [data-end="anchor"]', { hasText: 'Amazon Root CA 1' }).waitFor();
    assert.match(await page.locator('.clients-summary').innerText(), /^Fails in Android 4\.4; works in Chrome\/Edge/);
    // A leaf alone is completed from the inline intermediates.
    await page.fill('#paste', pem('valid.rootca1.demo.amazontrust.com.cer'));
    await page.locator('.chain .chain-node.supplied').waitFor();
    // The JavaScript API is there too.
    assert.equal(await page.evaluate(() => typeof window.certdoctor?.analyze), 'function');

    assert.deepEqual(requests.filter((request) => request !== url && !request.startsWith('data:')), []);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
