// The page's flows with the examples it ships: a first visit, the healthy
// chain, its details, host and date changes, a broken bundle with its
// findings, highlights, copy buttons and downloads, Chinese, the dark theme,
// a phone-width screen, and an accessibility check of each state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AMAZON, CORPUS, amazonPem as pem, corpusText, openSite, seriousViolations, settled } from './harness.mjs';

const fingerprint = (file) =>
  createHash('sha256').update(readFileSync(join(AMAZON, file))).digest('hex').toUpperCase().match(/../g).join(':');

async function codes(page) {
  return page.locator('.findings [data-code]').evaluateAll((items) => items.map((item) => item.dataset.code));
}

test('healthy example: verdict, chain, details, host and date changes', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    // A first visit: what the page does, and examples to try.
    assert.equal(await page.locator('[data-verdict]').count(), 0);
    assert.match(await page.locator('.privacy-line').innerText(), /nothing you paste leaves this page/);
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, empty page');
    await site.screenshot('empty');

    await page.click('#example-healthy');
    await settled(page);
    assert.equal(await page.inputValue('#host'), 'valid.rootca1.demo.amazontrust.com');
    assert.equal(await page.inputValue('#at'), '2025-02-23');
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'ok');
    assert.deepEqual(await codes(page), []);
    const chain = await page.locator('.chain').innerText();
    assert.match(chain, /valid\.rootca1\.demo\.amazontrust\.com[\s\S]*Amazon RSA 2048 M03[\s\S]*Amazon Root CA 1/);
    assert.match(chain, /RSA 2048/);
    // The leaf, M03 and Amazon Root CA 1 cross-signed by Starfield (for old
    // Android), up to Starfield's root.
    assert.equal(await page.locator('.chain progress.validity-valid').count(), 3);
    // The client matrix: every client works, and a badge opens to say which
    // store it uses.
    assert.match(await page.locator('.clients-summary').innerText(), /^Works in every client checked/);
    assert.equal(await page.locator('.client-list .client-works').count(), 11);
    await page.click('.client[data-client="android-old"] summary');
    assert.match(await page.locator('.client[data-client="android-old"]').innerText(), /Android 4\.4 KitKat/);
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, healthy chain');
    await site.screenshot('healthy');

    // Details of the leaf: every field, the right fingerprint, the PEM.
    await page.click('.chain [data-certificate="0"] .chain-card');
    const details = page.locator('#certificate-details');
    await details.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'details-heading');
    assert.equal(
      await details.locator('[data-field="sha256"]').innerText(),
      fingerprint('valid.rootca1.demo.amazontrust.com.cer'),
    );
    const text = await details.innerText();
    for (const expected of [
      /CN=valid\.rootca1\.demo\.amazontrust\.com/, /Amazon RSA 2048 M03/, /serverAuth/, /digitalSignature/,
      /http:\/\/crt\.r2m03\.amazontrust\.com\/r2m03\.cer/, /http:\/\/ocsp\.r2m03\.amazontrust\.com/,
      /2\.23\.140\.1\.2\.1 \(domain validated\)/, /\(3\)/, /CA: FALSE/, /SHA-1/,
    ]) {
      assert.match(text, expected);
    }
    assert.equal(
      (await details.locator('pre.pem').innerText()).trim(),
      pem('valid.rootca1.demo.amazontrust.com.cer').trim(),
    );
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, details open');
    await site.screenshot('details');
    await page.click('#close-details');
    assert.equal(await details.count(), 0);

    // Another host: a name mismatch; back: none.
    await page.fill('#host', 'shop.example.com');
    await page.locator('[data-code="name-mismatch"]').waitFor({ timeout: 10_000 });
    await page.fill('#host', 'valid.rootca1.demo.amazontrust.com');
    await settled(page);
    assert.deepEqual(await codes(page), []);
    // The address as it is pasted from the browser's bar: its host.
    await page.fill('#host', 'https://valid.rootca1.demo.amazontrust.com:443/login');
    await settled(page);
    assert.deepEqual(await codes(page), []);
    assert.match(await page.locator('.verdict').innerText(), /valid\.rootca1\.demo\.amazontrust\.com ·/);

    // A later date: the leaf has expired by then; "Now" goes back to today.
    await page.fill('#at', '2025-06-01');
    await page.locator('[data-code="cert-expired"]').waitFor({ timeout: 10_000 });
    assert.match(await page.locator('.verdict').innerText(), /2025-06-01/);
    assert.equal(await page.locator('.chain progress.validity-expired').count(), 1);
    await page.click('#at-now');
    await settled(page);
    assert.equal(await page.inputValue('#at'), '');

    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('broken example: findings highlight their certificates, fixes copy, both downloads', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await page.click('#example-messy');
    await settled(page);
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'errors');
    const found = await codes(page);
    for (const code of ['cert-expired', 'chain-out-of-order', 'chain-root-included']) {
      assert.ok(found.includes(code), `${code} in ${found}`);
    }
    // Errors before warnings.
    assert.equal(found[0], 'cert-expired');

    // Hovering a finding highlights the certificate it concerns.
    await page.hover('[data-code="cert-expired"]');
    await page.locator('.chain-node.highlighted').waitFor();
    assert.match(await page.locator('.chain-node.highlighted').innerText(), /expired\.rootca1\.demo\.amazontrust\.com/);
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, broken chain');
    await site.screenshot('broken');
    await page.locator('.results').evaluate((results) => results.scrollIntoView());
    await site.screenshot('broken-viewport', { fullPage: false });

    // Each command in a fix has a copy button that puts it on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = page.locator('[data-code="chain-out-of-order"] .fix button.copy').first();
    const command = await copy.getAttribute('data-copy');
    assert.ok(command.length > 3, command);
    await copy.click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), command);
    assert.match(await copy.innerText(), /Copied/);

    // A finding's certificate chip opens its details.
    await page.click('[data-code="cert-expired"] .chip');
    await page.locator('#certificate-details').waitFor();
    assert.match(await page.locator('#details-heading').innerText(), /expired\.rootca1/);

    // The corrected bundle: leaf, then intermediate; no root.
    const [bundle] = await Promise.all([page.waitForEvent('download'), page.click('#download-fullchain')]);
    assert.equal(bundle.suggestedFilename(), 'fullchain.pem');
    assert.equal(
      readFileSync(await bundle.path(), 'utf8'),
      pem('expired.rootca1.demo.amazontrust.com.cer') + pem('r2m02.cer'),
    );
    // The JSON report, the same the CLI's --json prints.
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    assert.equal(json.suggestedFilename(), 'certdoctor-report.json');
    const report = JSON.parse(readFileSync(await json.path(), 'utf8'));
    assert.equal(report.verdict, 'errors');
    assert.equal(report.host, 'expired.rootca1.demo.amazontrust.com');
    assert.deepEqual(report.findings.map((finding) => finding.code), found);
    assert.equal(report.certificates.length, 3);

    // Chinese, then the dark theme.
    await page.selectOption('#language', 'zh');
    await page.locator('.verdict', { hasText: '客户端将会失败' }).waitFor();
    assert.match(await page.locator('[data-code="cert-expired"] h3').innerText(), /已于/);
    await site.screenshot('broken-zh');
    await page.selectOption('#language', 'en');
    await page.selectOption('#theme', 'dark');
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(15, 18, 22)');
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, dark theme');
    await site.screenshot('broken-dark');
    await page.selectOption('#theme', 'system');
    assert.equal(await page.locator('html').getAttribute('data-theme'), null);

    // Nothing was stored, and the address holds no input.
    assert.deepEqual(
      await page.evaluate(async () => [
        localStorage.length, sessionStorage.length, document.cookie, (await indexedDB.databases()).length,
      ]),
      [0, 0, '', 0],
    );
    assert.equal(new URL(page.url()).search, '');
    assert.ok(['', '#results'].includes(new URL(page.url()).hash), page.url());

    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('the system dark theme is followed, and a phone-width screen has no sideways scrolling', async () => {
  const site = await openSite({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
  try {
    const { page } = site;
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(15, 18, 22)');
    // Keyboard only: the first Tab reaches the skip link, which leads to the results.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#results');
    await page.click('#example-incomplete');
    await settled(page);
    await page.locator('[data-code="chain-incomplete"]').waitFor();
    const incomplete = await page.locator('[data-code="chain-incomplete"]').innerText();
    assert.match(incomplete, /crt\.r2m03\.amazontrust\.com/);
    // Completed offline: the missing intermediate is in the public set, marked
    // in the chain as supplied, and the matrix says who fails without it.
    assert.match(incomplete, /found "Amazon RSA 2048 M03" offline/);
    assert.equal(await page.locator('.chain .chain-node.supplied').count(), 1);
    assert.match(await page.locator('.chain .chain-node.supplied').innerText(), /Amazon RSA 2048 M03/);
    assert.match(await page.locator('.clients-summary').innerText(), /^Fails in .*Java.*curl\/OpenSSL.*; works in Chrome\/Edge/);
    assert.equal(await page.locator('.client[data-client="java"]').getAttribute('class'), 'client client-fails');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, phone, dark');
    await site.screenshot('phone-dark');
    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('HTML and script in certificate fields are shown as text, never run', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    const hostile = readFileSync(new URL('../data/xss.pem', import.meta.url), 'utf8');
    await page.fill('#paste', hostile);
    await settled(page);
    await page.click('.chain [data-certificate="0"] .chain-card');
    await page.locator('#certificate-details').waitFor();
    await page.hover('#certificate-details');
    const shown = await page.locator('.results').innerText();
    assert.match(shown, /<img src=x onerror=window\.__xss=1>/);
    assert.match(shown, /<script>window\.__xss=2<\/script>/);
    assert.match(shown, /<b onmouseover=window\.__xss=3>bold<\/b>\.example/);
    assert.equal(await page.locator('.results img, .results script, .results b').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('a private CA in the bundle can be moved to the roots, and trusted no more', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    const leaf = readFileSync(join(CORPUS, 'badtls.io/certs/domain-match.crt'), 'utf8');
    const ca = readFileSync(join(CORPUS, 'badtls.io/certs/ca.crt'), 'utf8');
    await page.fill('#host', 'domain-match.badtls.io');
    await page.fill('#at', '2023-06-01');
    await page.fill('#paste', leaf + ca);
    await settled(page);
    await page.locator('[data-code="trust-untrusted-root"]').waitFor();
    await page.locator('.chain [data-end="untrusted-root"]').waitFor();

    await page.click('#trust-root');
    await page.locator('.chain [data-end="anchor"]', { hasText: 'your root' }).waitFor({ timeout: 10_000 });
    await settled(page);
    const found = await codes(page);
    assert.ok(!found.includes('trust-untrusted-root'), `${found}`);
    // The root moved to the user's roots: no longer counted as sent by the server.
    assert.ok(!found.includes('chain-root-included'), `${found}`);
    assert.match(await page.locator('#your-roots .root-list').innerText(), /Bad TLS Limited RSA CA/);
    assert.match(await page.locator('.input-notes').innerText(), /moved to your roots/);
    // A path to the user's own root is a private PKI: judged by RFC 5280 unless told otherwise.
    assert.match(await page.locator('.verdict').innerText(), /RFC 5280 only/);
    await page.selectOption('#profile', 'web');
    await page.locator('.verdict', { hasText: 'Web PKI' }).waitFor({ timeout: 10_000 });
    await page.selectOption('#profile', 'auto');
    await page.locator('.verdict', { hasText: 'RFC 5280 only' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, private root trusted');
    await site.screenshot('private-root');

    await page.click('#untrust-root');
    await page.locator('[data-code="trust-untrusted-root"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#your-roots .root-entry').count(), 0);
    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('the paste is named in the page language wherever it is named: keys, inputs, findings', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await page.selectOption('#language', 'zh');
    // A damaged block besides the certificate and its key: a finding about the paste.
    const damaged = '-----BEGIN CERTIFICATE-----\nMIIBdamaged\n-----END CERTIFICATE-----\n';
    await page.fill('#paste', corpusText('badtls.io/certs/domain-match.crt') + corpusText('badtls.io/certs/host.key') + damaged);
    await page.locator('.chain-key-pair').waitFor({ timeout: 15_000 });
    await page.locator('.finding[data-code="pem-malformed"]').waitFor({ timeout: 15_000 });
    await settled(page);
    for (const where of ['.chain-key-pair', '.key-pair', '.input-list', '.finding[data-code="pem-malformed"]']) {
      const text = await page.locator(where).first().innerText();
      assert.match(text, /粘贴的文本/, where);
      assert.doesNotMatch(text, /pasted text/, where);
    }
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});
