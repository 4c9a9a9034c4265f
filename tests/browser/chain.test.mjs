// The chain in the page: a misordered bundle with its root is shown as the
// path a client builds, and the corrected fullchain.pem can be downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { amazonPem as pem, openSite } from './harness.mjs';

test('a bundle with its intermediate first and the root appended is fixed for download', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    // Intermediate, leaf, root: wrong order, root included. AmazonRootCA1 is
    // in the Mozilla store, so the path is trusted by the public roots.
    const bundle = pem('r2m03.cer') + pem('valid.rootca1.demo.amazontrust.com.cer') + pem('AmazonRootCA1.cer');
    await page.fill('#paste', bundle);
    await page.locator('[data-code="chain-out-of-order"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-code="chain-root-included"]').waitFor();
    await page.locator('.chain [data-end="anchor"]').waitFor();
    assert.match(await page.locator('.chain').innerText(), /valid\.rootca1\.demo\.amazontrust\.com[\s\S]*Amazon RSA 2048 M03[\s\S]*Amazon Root CA 1/);
    await site.screenshot('chain-fixable');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-fullchain')]);
    assert.equal(download.suggestedFilename(), 'fullchain.pem');
    const fixed = readFileSync(await download.path(), 'utf8');
    // Leaf, then the intermediate; no root.
    assert.equal(fixed, pem('valid.rootca1.demo.amazontrust.com.cer') + pem('r2m03.cer'));
    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('a leaf alone is completed offline: the download adds the intermediate from the public set', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    // The page's own "missing intermediate" example: the leaf alone.
    await page.click('#example-incomplete');
    await page.locator('[data-code="chain-incomplete"]').waitFor({ timeout: 10_000 });
    await page.locator('.chain [data-end="anchor"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-fullchain')]);
    const fixed = readFileSync(await download.path(), 'utf8');
    // Byte for byte: the leaf, then Amazon RSA 2048 M03 as Amazon publishes it.
    assert.equal(fixed, pem('valid.rootca1.demo.amazontrust.com.cer') + pem('r2m03.cer'));
    // The intermediates were fetched from the page's own origin, once.
    assert.equal(site.requests.filter((url) => url.endsWith('/intermediates.bin')).length, 1);
    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});
