// The page in a real headless Chromium: paste a certificate, see the finding
// the CLI gives, and make no network request beyond the page's own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusText, openSite } from './harness.mjs';

test('pasting an expired certificate shows cert-expired, offline', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    // Before anything is pasted there is no verdict.
    assert.equal(await page.locator('[data-verdict]').count(), 0);

    await page.fill('#paste', corpusText('badtls.io/certs/expired.crt'));
    const finding = page.locator('[data-code="cert-expired"]');
    await finding.waitFor({ timeout: 10_000 });
    assert.equal(await finding.getAttribute('data-severity'), 'error');
    assert.match(await finding.innerText(), /expired\.badtls\.io/);
    assert.match(await finding.innerText(), /2023-01-01/);
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'errors');
    await site.screenshot('expired');

    // The language switch re-renders the same finding in Chinese.
    await page.selectOption('#language', 'zh');
    await page.locator('[data-code="cert-expired"] h3', { hasText: '已于' }).waitFor({ timeout: 5_000 });
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-Hans');
    await site.screenshot('expired-zh');

    assert.deepEqual(site.foreignRequests(), [], 'requests outside the page\'s own files');
    assert.deepEqual(site.problems, [], 'console errors or CSP violations');
  } finally {
    await site.close();
  }
});

test('junk and broken PEM give findings, and clearing the box resets the page', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    const pem = corpusText('badtls.io/certs/domain-match.crt');
    await page.fill('#paste', 'hello\n' + pem.slice(0, pem.length / 2));
    await page.locator('[data-code="pem-malformed"]').waitFor({ timeout: 10_000 });
    await page.fill('#paste', 'just some words');
    await page.locator('[data-code="input-unrecognised"]').waitFor({ timeout: 10_000 });
    await page.fill('#paste', '');
    await page.locator('.empty').waitFor({ timeout: 5_000 });
    assert.equal(await page.locator('[data-verdict]').count(), 0);
    assert.deepEqual(site.foreignRequests(), []);
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});

test('the built site works from a sub-path (relative asset URLs)', async () => {
  const { ROOT } = await import('./harness.mjs');
  const site = await openSite({ root: ROOT, path: 'dist/index.html' });
  try {
    await site.page.fill('#paste', corpusText('badtls.io/certs/expired.crt'));
    await site.page.locator('[data-code="cert-expired"]').waitFor({ timeout: 10_000 });
    assert.ok(site.requests.every((url) => url.startsWith(site.site.url + 'dist/')), site.requests.join('\n'));
  } finally {
    await site.close();
  }
});

test('the JavaScript API gives the same report as the page', async () => {
  const site = await openSite();
  try {
    const report = await site.page.evaluate(async (pem) => {
      if (!window.certdoctor) await new Promise((done) => addEventListener('certdoctor-ready', done, { once: true }));
      return window.certdoctor.analyze(pem, null, Date.parse('2023-06-01T00:00:00Z'), 'en');
    }, corpusText('badtls.io/certs/expired.crt'));
    assert.equal(report.verdict, 'errors');
    const expired = report.findings.find((finding) => finding.code === 'cert-expired');
    assert.equal(expired.context.days, 151);
    // Without its CA the leaf's chain is incomplete, naming the missing issuer.
    const incomplete = report.findings.find((finding) => finding.code === 'chain-incomplete');
    assert.match(incomplete.title, /Bad TLS Limited RSA CA|issuer/);
  } finally {
    await site.close();
  }
});

test('a panic shows a notice instead of a page that stops answering', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await page.fill('#paste', 'secret-looking text that must not be logged');
    await page.evaluate(() => {
      try {
        window.certdoctor.__panicForTests();
      } catch (error) {
        // The wasm trap after the hook; the notice is what matters.
      }
    });
    const notice = page.locator('#panic-notice');
    await notice.waitFor({ timeout: 5_000 });
    assert.match(await notice.innerText(), /Reload the page/);
    assert.equal(await notice.getAttribute('role'), 'alert');
    // Nothing about the inputs reaches the console.
    assert.ok(site.problems.every((line) => !line.includes('secret-looking')), site.problems.join('\n'));
  } finally {
    await site.close();
  }
});
