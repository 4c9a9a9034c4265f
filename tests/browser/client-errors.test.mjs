// The error people paste: "Your client said" at the top of the results,
// linked to the findings that explain it, in English and Chinese; an error
// alone; an s_client transcript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amazonPem as pem, openSite, seriousViolations, settled } from './harness.mjs';

const CURL = 'curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.se/docs/sslcerts.html';

test('an error with a chain: the block names the client, quotes it and links to the cause', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    assert.match(await page.locator('#paste-hint').innerText(), /error message/);
    await page.fill('#host', 'valid.rootca1.demo.amazontrust.com');
    await page.fill('#at', '2025-02-23');
    // The server's certificate without its intermediate, and what curl said.
    await page.fill('#paste', `${CURL}\n\n${pem('valid.rootca1.demo.amazontrust.com.cer')}`);
    const block = page.locator('#client-said');
    await block.waitFor({ timeout: 15_000 });
    await settled(page);
    // Above the verdict.
    const order = await page.evaluate(() => {
      const said = document.querySelector('#client-said');
      const verdict = document.querySelector('[data-verdict]');
      return said.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, 'the block comes before the verdict');
    assert.match(await block.locator('.said-title').innerText(), /^curl: /);
    assert.match(await block.locator('.said-quote').innerText(), /unable to get local issuer certificate/);
    const link = block.locator('.said-link');
    assert.equal(await link.count(), 1);
    assert.equal(await link.getAttribute('data-code'), 'chain-incomplete');
    // The link leads to the finding that explains it.
    await link.click();
    const hash = await page.evaluate(() => location.hash);
    assert.equal(await page.locator(hash).getAttribute('data-code'), 'chain-incomplete');
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, client said');
    await block.scrollIntoViewIfNeeded();
    await site.screenshot('client-said', { fullPage: false });

    // Chinese: the block, its link and the finding are Chinese; only the
    // quoted line stays as the client wrote it.
    await page.selectOption('#language', 'zh');
    await page.locator('#client-said-heading', { hasText: '你的客户端说' }).waitFor();
    const title = await block.locator('.said-title').innerText();
    assert.match(title, /^curl：/, title);
    assert.doesNotMatch(title.replace(/^curl/, ''), /[A-Za-z]{3,}/, title);
    assert.match(await block.locator('.said-why').innerText(), /^原因/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await site.screenshot('client-said-zh', { fullPage: false });
    assert.deepEqual(site.problems, []);
    assert.deepEqual(site.foreignRequests(), []);
  } finally {
    await site.close();
  }
});

test('an error alone is a whole report: nothing to check, and where to look', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await page.fill('#paste', 'Error: x509: certificate signed by unknown authority');
    await page.locator('#client-said').waitFor({ timeout: 15_000 });
    await settled(page);
    assert.match(await page.locator('.verdict').innerText(), /NOTHING TO CHECK/);
    const link = page.locator('#client-said .said-link');
    assert.equal(await link.getAttribute('data-code'), 'client-error');
    assert.match(await link.innerText(), /Nothing pasted explains it/);
    await link.click();
    const finding = page.locator(await page.evaluate(() => location.hash));
    assert.match(await finding.locator('.fix').innerText(), /openssl s_client -connect/);
    await site.screenshot('client-error-alone');
    // Java's distrust of a root's later certificates says itself what it
    // means: the link reads so, and the finding names the day.
    await page.fill('#paste', 'javax.net.ssl.SSLHandshakeException: TLS server certificate issued after 2024-11-11 and anchored by a distrusted legacy Entrust root CA: CN=Entrust Root Certification Authority - G2');
    await page.locator('#client-said .said-link', { hasText: 'What it means' }).waitFor({ timeout: 15_000 });
    await settled(page);
    assert.match(await page.locator('.finding').first().innerText(), /stopped trusting the certificates this root issued after 2024-11-11/);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('an s_client transcript: what s_client saw, and its certificates analysed', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await page.fill('#host', 'valid.rootca1.demo.amazontrust.com');
    await page.fill('#at', '2025-02-23');
    const leaf = pem('valid.rootca1.demo.amazontrust.com.cer');
    const transcript = [
      'CONNECTED(00000003)',
      'depth=0 CN = valid.rootca1.demo.amazontrust.com',
      'verify error:num=20:unable to get local issuer certificate',
      '---',
      'Certificate chain',
      ' 0 s:CN = valid.rootca1.demo.amazontrust.com',
      '   i:C = US, O = Amazon, CN = Amazon RSA 2048 M03',
      leaf.trimEnd(),
      '---',
      'Server certificate',
      'subject=CN = valid.rootca1.demo.amazontrust.com',
      '---',
      'New, TLSv1.3, Cipher is TLS_AES_128_GCM_SHA256',
      'Verify return code: 20 (unable to get local issuer certificate)',
      '---',
    ].join('\n');
    await page.fill('#paste', transcript);
    await page.locator('#client-said li[data-code="client-transcript"]').waitFor({ timeout: 15_000 });
    await settled(page);
    const said = await page.locator('#client-said').innerText();
    assert.match(said, /openssl s_client: verification failed with 20/);
    // The certificate in the transcript is analysed: its missing issuer found.
    assert.ok(await page.locator('.findings [data-code="chain-incomplete"]').count());
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});
