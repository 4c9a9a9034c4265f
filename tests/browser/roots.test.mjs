// Private PKI in the page: the user's roots given through #root-picker
// give exactly the CLI's codes (`check FILES --root ROOT`, and with
// `--no-public-roots` when "only my roots" is on) on every generated
// scenario; a root the path does not reach; removing a root; the store
// choice; a pasted root; and nothing stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, openSite, seriousViolations, settled } from './harness.mjs';

const CLI = join(ROOT, 'target', 'debug', 'certdoctor');

/** The scenarios of tests/scenarios.rs and tests/real_world.rs, written
 *  out by their own test run (CERTDOCTOR_DUMP_SCENARIOS). */
function scenarios() {
  const dir = mkdtempSync(join(tmpdir(), 'certdoctor-scenarios-'));
  execFileSync('cargo', ['test', '--quiet', '--test', 'scenarios', '--test', 'real_world'], {
    cwd: ROOT,
    env: { ...process.env, CERTDOCTOR_DUMP_SCENARIOS: dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const list = readdirSync(dir).sort().map((name) => {
    const folder = join(dir, name);
    const scenario = JSON.parse(readFileSync(join(folder, 'scenario.json'), 'utf8'));
    return { name, folder, ...scenario, date: scenario.at.slice(0, 10) };
  });
  return { dir, list };
}

function cliCodes(scenario, onlyMine) {
  const args = ['check', ...scenario.bundle.map((file) => join(scenario.folder, file))];
  for (const root of scenario.roots) args.push('--root', join(scenario.folder, root));
  if (onlyMine) args.push('--no-public-roots');
  if (scenario.host) args.push('--host', scenario.host);
  args.push('--at', scenario.at, '--json');
  let out;
  try {
    out = execFileSync(CLI, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    out = error.stdout; // exit status 1: errors found
  }
  return JSON.parse(out).findings.map((finding) => finding.code);
}

async function pageCodes(page) {
  return page.locator('.findings [data-code]').evaluateAll((items) => items.map((item) => item.dataset.code));
}

/** Waits until the page has read `inputs` bundle inputs and finished. */
async function analysed(page, inputs) {
  await page.waitForFunction((count) => document.querySelectorAll('.input-entry').length === count, inputs, { timeout: 15_000 });
  await settled(page);
  // A second analysis may follow the last file read: wait for quiet.
  await page.waitForTimeout(150);
  await settled(page);
}

test('every generated scenario: the page with roots from #root-picker gives the CLI’s codes exactly', async () => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run cargo build first`);
  const { dir, list } = scenarios();
  assert.ok(list.length >= 50, `${list.length} scenarios`);
  const site = await openSite();
  const differences = [];
  let withRoots = 0;
  try {
    const { page } = site;
    for (const scenario of list) {
      await page.goto(site.site.url);
      await page.waitForSelector('#paste');
      if (scenario.host) await page.fill('#host', scenario.host);
      await page.fill('#at', scenario.date);
      if (scenario.roots.length) {
        withRoots += 1;
        await page.setInputFiles('#root-picker', scenario.roots.map((file) => join(scenario.folder, file)));
        await page.waitForFunction((count) => document.querySelectorAll('#your-roots .root-entry').length === count,
          scenario.roots.length);
      }
      await page.setInputFiles('#file-picker', scenario.bundle.map((file) => join(scenario.folder, file)));
      await analysed(page, scenario.bundle.length);
      const page_ = await pageCodes(page);
      const cli = cliCodes(scenario, false);
      if (JSON.stringify(page_) !== JSON.stringify(cli)) differences.push(`${scenario.name}: page ${page_} · CLI ${cli}`);
      // The same with the platforms' roots switched off.
      await page.check('#only-my-roots');
      await settled(page);
      await page.waitForTimeout(100);
      await settled(page);
      const mine = await pageCodes(page);
      const cliMine = cliCodes(scenario, true);
      if (JSON.stringify(mine) !== JSON.stringify(cliMine)) {
        differences.push(`${scenario.name} (only my roots): page ${mine} · CLI ${cliMine}`);
      }
    }
    console.log(`${list.length} scenarios (${withRoots} with roots), both with and without public roots: ${differences.length} differ`);
    assert.deepEqual(differences, []);
    assert.deepEqual(site.problems, []);
    assert.deepEqual(site.foreignRequests(), []);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a root the path does not reach, removing a root, only my roots, the store choice, a pasted root; nothing stored', async () => {
  const { dir, list } = scenarios();
  const site = await openSite();
  try {
    const { page } = site;
    // One PKI: its bundle is the intermediate, then the leaf.
    const healthy = list.find((item) => item.name === 'chain_out_of_order');
    const [, leaf] = readFileSync(join(healthy.folder, 'fullchain.pem'), 'utf8')
      .match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n?/g);
    const leafOnly = join(dir, 'leaf.pem');
    writeFileSync(leafOnly, leaf);
    // The leaf alone, its intermediate missing: the root given cannot be reached.
    await page.fill('#host', healthy.host);
    await page.fill('#at', healthy.date);
    await page.setInputFiles('#root-picker', join(healthy.folder, 'root0.pem'));
    await page.locator('#your-roots .root-entry', { hasText: 'Scenario Root' }).waitFor();
    assert.match(await page.locator('#your-roots .root-validity').innerText(), /valid · 2024-01-01/);
    await page.setInputFiles('#file-picker', leafOnly);
    await analysed(page, 1);
    assert.deepEqual(await pageCodes(page), cliCodes({ ...healthy, bundle: ['../leaf.pem'] }, false));
    assert.deepEqual(await pageCodes(page), ['chain-incomplete']);
    assert.deepEqual(await seriousViolations(page), [], 'accessibility, roots');
    await site.screenshot('roots');

    // The whole chain: trusted through the root; removed, it is not.
    await page.click('.input-entry .remove');
    await page.setInputFiles('#file-picker', join(healthy.folder, 'fullchain.pem'));
    await analysed(page, 1);
    assert.deepEqual(await pageCodes(page), ['chain-out-of-order']);
    assert.equal(await page.locator('.chain [data-end="anchor"]').count(), 1);
    await page.click('#your-roots .root-entry .remove');
    await page.locator('.findings [data-code="chain-incomplete"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#your-roots .root-entry').count(), 0);

    // Pasted into the roots' box instead.
    await page.fill('#root-paste', readFileSync(join(healthy.folder, 'root0.pem'), 'utf8'));
    await page.click('#root-add');
    await page.locator('#your-roots .root-entry', { hasText: 'pasted root' }).waitFor();
    await page.locator('.chain [data-end="anchor"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.inputValue('#root-paste'), '');

    // A public chain: judged by the stores chosen; only my roots refuses it.
    await page.click('#example-healthy');
    await settled(page);
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'ok');
    await page.click('#store-choice summary');
    for (const store of ['mozilla', 'apple', 'windows', 'android', 'android-4.4', 'android-2.3', 'ubuntu']) {
      await page.uncheck(`[data-store="${store}"]`);
    }
    await settled(page);
    await page.locator('.client-list [data-client="java"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('.client-list [data-client]').count(), 1);
    await page.check('#only-my-roots');
    await page.locator('.findings [data-code="trust-untrusted-root"], .findings [data-code="chain-incomplete"]').first().waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('[data-verdict]').getAttribute('data-verdict'), 'errors');
    assert.ok(await page.locator('#store-java').isDisabled());
    await page.selectOption('#language', 'zh');
    await page.locator('#roots-heading', { hasText: '你的根证书' }).waitFor();
    await site.screenshot('roots-zh');
    await page.selectOption('#language', 'en');

    // Nothing is kept anywhere but in the page's memory.
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookies: document.cookie,
      databases: (await indexedDB.databases()).length,
      url: location.href,
    }));
    assert.deepEqual({ ...stored, url: undefined }, { local: 0, session: 0, cookies: '', databases: 0, url: undefined });
    assert.doesNotMatch(stored.url, /BEGIN|root/i);
    assert.deepEqual(site.problems, []);
    assert.deepEqual(site.foreignRequests(), []);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
