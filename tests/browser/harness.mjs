// Shared by the browser tests: Debian's Chromium driven by playwright-core,
// the built site served on loopback, and a record of every request the page
// makes so that tests can prove it makes none beyond its own files.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../www/tools/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'tests', 'browser', 'screenshots');
export const CORPUS = process.env.CERTDOCTOR_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');

export function corpusText(relative) {
  return readFileSync(join(CORPUS, relative), 'utf8');
}

/** Amazon Trust Services' demo certificates (rustls-webpki's test data). */
export const AMAZON = join(CORPUS, 'rustls-webpki/tests/amazon');

/** One of them as PEM, 64 columns, as OpenSSL writes it. */
export function amazonPem(file) {
  const body = readFileSync(join(AMAZON, file)).toString('base64').match(/.{1,64}/g).join('\n');
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** Debian's Chromium, headless, with nothing that phones home. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Starts the server and the browser. `root` is what is served; `path` the
 *  page opened under it; `init`, if given, runs in the page before any of
 *  its own scripts. */
export async function openSite({ root = DIST, path = '', colorScheme = 'light', viewport, init } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run ./tasks build first');
  }
  const site = await serve(root);
  const browser = await launchBrowser();
  const context = await browser.newContext({ colorScheme, viewport: viewport ?? { width: 1280, height: 900 } });
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(site.url + path);
  await page.waitForSelector('#paste', { timeout: 30_000 });
  return {
    page,
    site,
    browser,
    requests,
    problems,
    /** Every request that was not for the site's own files. */
    foreignRequests: () => requests.filter((url) => !url.startsWith(site.url)),
    async screenshot(name, { fullPage = true } = {}) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
    },
    async close() {
      await browser.close();
      await new Promise((done) => site.server.close(done));
    },
  };
}

/** Runs axe-core in the page and returns the violations of serious or
 *  critical impact. axe is evaluated through the DevTools protocol, which the
 *  page's CSP does not govern, so the page itself stays as it ships. */
export async function seriousViolations(page) {
  const source = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

/** The analysis is done: a verdict is shown and nothing is pending. */
export async function settled(page) {
  await page.locator('.results[aria-busy="false"] [data-verdict]').waitFor({ timeout: 15_000 });
}

/** Starts recording in the page the longest time it did not answer (a 10 ms
 *  heartbeat) and whether an element matching `selector` ever appeared.
 *  Returns a function that reads both: `{ stall, seen }`. */
export async function watch(page, selector) {
  await page.evaluate((selector) => {
    window.__seen = false;
    new MutationObserver(() => {
      if (document.querySelector(selector)) window.__seen = true;
    }).observe(document.body, { childList: true, subtree: true });
    window.__stall = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      window.__stall = Math.max(window.__stall, now - last);
      last = now;
    }, 10);
  }, selector);
  return () => page.evaluate(() => ({ stall: Math.round(window.__stall), seen: window.__seen }));
}
