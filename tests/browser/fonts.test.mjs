// The results are set only in sizes and weights the page lays out while it
// is idle (www/src/components/font_warmup.rs): the first use of one costs a
// font lookup in the frame that shows the result (measured 22–45 ms in
// Chromium on Linux). A style that adds a size or weight to the results
// without adding it to `.font-warmup` in www/style.css fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, settled } from './harness.mjs';

/** Every family, size, weight and style text is shown in, with where. */
function strikes(page) {
  return page.evaluate(() => {
    const found = new Map();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.data.trim()) continue;
      const style = getComputedStyle(node.parentElement);
      const key = [style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle].join(' | ');
      if (!found.has(key)) found.set(key, node.parentElement.className || node.parentElement.tagName);
    }
    return [...found];
  });
}

test('the results use only fonts the page warmed while idle', async () => {
  const site = await openSite();
  try {
    const { page } = site;
    await page.waitForFunction(() => document.querySelectorAll('.font-warmup > span').length === 16);
    const warmed = new Set((await strikes(page)).map(([key]) => key));
    const missing = new Map();
    for (const lang of ['en', 'zh']) {
      await page.selectOption('#language', lang);
      for (const example of ['messy', 'healthy', 'incomplete']) {
        await page.click(`#example-${example}`);
        await settled(page);
        await page.click('.chain [data-certificate="0"] .chain-card');
        await page.locator('.details').waitFor();
        for (const [key, where] of await strikes(page)) {
          if (!warmed.has(key)) missing.set(key, where);
        }
      }
    }
    assert.deepEqual([...missing], [], 'sizes and weights missing from .font-warmup');
    assert.deepEqual(site.problems, []);
  } finally {
    await site.close();
  }
});
