// Files in the page: the file picker, drag and drop, and the password field
// that appears next to an input that needs one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, openSite, watch } from './harness.mjs';

const P12 = join(CORPUS, 'pyca-cryptography-vectors/pkcs12/cert-key-aes256cbc.p12');
// Firefox's export: six PBKDF2 derivations of 600,000 iterations a try.
const FIREFOX = join(CORPUS, 'rustcrypto-formats/pkcs12/tests/examples/ValidCertificatePathTest1EE_firefox.p12');

/** Picks Firefox's export and waits until the page asks for its password. */
async function pickFirefoxExport(page) {
  await page.setInputFiles('#file-picker', FIREFOX);
  await page.locator('[data-code="password-required"]').waitFor({ timeout: 10_000 });
}

test('a PKCS#12 file picked with the dialog asks for its password, then opens', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await page.setInputFiles('#file-picker', P12);
    await page.locator('[data-code="password-required"]').waitFor({ timeout: 10_000 });
    const entry = page.locator('.input-entry', { hasText: 'cert-key-aes256cbc.p12' });
    await entry.locator('input[type="password"]').waitFor();
    await site.screenshot('password-asked');

    await entry.locator('input[type="password"]').fill('wrong');
    await page.locator('[data-code="password-incorrect"]').waitFor({ timeout: 10_000 });

    await entry.locator('input[type="password"]').fill('cryptography');
    await page.locator('.certificate h3', { hasText: 'cryptography CA' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('[data-code^="password-"]').count(), 0);
    assert.match(await entry.innerText(), /1 certificate/);
    assert.match(await entry.innerText(), /1 private key/);
    await site.screenshot('password-opened');

    // Removing the file removes its analysis.
    await entry.locator('button.remove').click();
    await page.locator('.empty').waitFor({ timeout: 5_000 });
    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('files dropped on the page are read, with a key paired to its certificate', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    const files = [
      ['domain-match.crt', readFileSync(join(CORPUS, 'badtls.io/certs/domain-match.crt'))],
      ['client.key', readFileSync(join(CORPUS, 'badtls.io/certs/client.key'))],
    ].map(([name, bytes]) => [name, [...bytes]]);
    const transfer = await page.evaluateHandle((files) => {
      const transfer = new DataTransfer();
      for (const [name, bytes] of files) transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    }, files);
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
    // The client key does not belong to the server certificate.
    await page.locator('[data-code="key-mismatch"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('.input-entry').count(), 2);
    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('typing a password is not tried letter by letter (a Firefox export costs 3.6 M hash rounds a try)', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await pickFirefoxExport(page);
    // Record whether any prefix of the password was tried (it would show
    // password-incorrect), and the longest time the page did not answer.
    const watched = await watch(page, '[data-code="password-incorrect"]');
    const started = Date.now();
    await page.locator('.input-entry input[type="password"]').pressSequentially('password', { delay: 60 });
    await page.locator('.certificate h3', { hasText: 'Valid EE Certificate Test1' }).waitFor({ timeout: 30_000 });
    const elapsed = Date.now() - started;
    const { stall, seen: triedPrefix } = await watched();
    assert.equal(triedPrefix, false, 'a prefix of the password was tried');
    assert.equal(await page.locator('[data-code^="password-"]').count(), 0);
    console.log(`firefox p12: typed and opened in ${elapsed} ms, longest stall ${stall} ms`);
    // The six derivations run on the engine's thread: the page keeps answering.
    assert.ok(stall <= 50, `the page did not answer for ${stall} ms`);
    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('a newer question supersedes one still being answered: its result never shows', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await pickFirefoxExport(page);
    // Record whether the export's certificate is ever shown.
    await page.evaluate(() => {
      window.__superseded = false;
      new MutationObserver(() => {
        if (document.body.innerText.includes('Valid EE Certificate Test1')) window.__superseded = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.locator('.input-entry input[type="password"]').fill('password');
    // The password is tried once typing pauses (400 ms); the derivations take
    // about two seconds. Before they end, the user picks an example instead.
    await page.waitForTimeout(700);
    await page.click('#example-healthy');
    await page.locator('.results[aria-busy="false"] [data-verdict]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3000);
    assert.equal(await page.evaluate(() => window.__superseded), false, 'the superseded analysis was shown');
    assert.equal(await page.locator('.input-entry').count(), 1);
    assert.match(await page.locator('.certificates').innerText(), /valid\.rootca1\.demo\.amazontrust\.com/);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});
