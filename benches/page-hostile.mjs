// The security review's attacks, in the built page (release wasm in
// headless Chromium): how long from picking the files to the verdict, the
// longest time the page did not answer, and the renderer's peak memory
// (VmHWM of Chromium's renderer processes, Linux). The inputs
// come from the native benchmark:
//
//   cargo bench --bench hostile -- --dump=target/hostile
//   ./tasks build
//   node benches/page-hostile.mjs target/hostile
//
// A measurement, not a test: it prints a table for the README.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSite, watch } from '../tests/browser/harness.mjs';

const directory = process.argv[2];
if (!directory) {
  console.error('usage: node benches/page-hostile.mjs DIR (from cargo bench --bench hostile -- --dump=DIR)');
  process.exit(2);
}

/** The largest peak resident memory of any Chromium renderer process now
 *  running, in MiB (each case has a browser of its own). */
function rendererPeakMiB() {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('--type=renderer')) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kib / 1024);
    } catch {
      // The process ended while we looked.
    }
  }
  return peak;
}

if (!existsSync('/proc/self/status')) console.error('no /proc: the memory column will read 0');
console.log('| attack | input | to verdict | longest stall | renderer peak memory | verdict |');
console.log('|---|---|---|---|---|---|');
for (const case_ of readdirSync(directory).sort()) {
  const folder = join(directory, case_);
  const name = readFileSync(join(folder, 'name.txt'), 'utf8');
  const files = readdirSync(folder).filter((file) => file !== 'name.txt').map((file) => join(folder, file));
  const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  // A fresh page for each case: one attack's memory is not the next one's.
  const site = await openSite();
  try {
    const { page } = site;
    const watched = await watch(page, '.busy');
    const started = Date.now();
    await page.setInputFiles('#file-picker', files);
    await page.locator('.results[aria-busy="false"] [data-verdict]').waitFor({ timeout: 120_000 });
    const elapsed = Date.now() - started;
    const { stall } = await watched();
    const peak = rendererPeakMiB();
    const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
    console.log(
      `| ${name} | ${(bytes / 1048576).toFixed(2)} MiB | ${(elapsed / 1000).toFixed(2)} s | ${stall} ms | ` +
        `${peak.toFixed(0)} MiB | ${verdict} |`,
    );
  } catch (error) {
    console.log(`| ${name} | ${(bytes / 1048576).toFixed(2)} MiB | failed: ${error.message.split('\n')[0]} |`);
  } finally {
    await site.close();
  }
}
