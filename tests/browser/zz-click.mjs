import { openSite } from './harness.mjs';
const site = await openSite();
const { page } = site;
await page.waitForTimeout(1500);
for (const ex of ['healthy', 'messy', 'healthy', 'incomplete']) {
  await page.evaluate(() => {
    window.__t = {};
    document.addEventListener('click', () => { window.__t.click = performance.now(); }, { capture: true, once: true });
    const obs = new MutationObserver(() => {
      const r = document.querySelector('.results');
      if (r && r.getAttribute('aria-busy') === 'true' && !window.__t.busy) window.__t.busy = performance.now();
      if (r && r.getAttribute('aria-busy') === 'false' && window.__t.busy && !window.__t.done) { window.__t.done = performance.now(); obs.disconnect(); }
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.click(`#example-${ex}`);
  await page.locator('.results[aria-busy="false"] [data-verdict]').waitFor();
  const t1 = await page.evaluate(() => performance.now());
  const t = await page.evaluate(() => window.__t);
  console.log(ex, 'click->busy', (t.busy - t.click).toFixed(1), 'click->done', (t.done - t.click).toFixed(1), 'playwright total', (t1 - t0).toFixed(1));
  await page.waitForTimeout(300);
}
await site.close();
