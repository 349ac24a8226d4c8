import type { ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { WEB_CONSOLE_DIRECTORY } from '@magmatch/platform';
import { DEMO_MODERATOR_EMAIL, DEMO_PASSWORD } from '../seeds/demo-market.js';
import { chromiumPath, launchChromium } from '../test/support/browser.js';
import { freePort } from '../test/support/global-setup.js';
import { benchEnvironment, elapsedMs, log, median, ready, start, type Bench } from './bench-app.js';

/**
 * The web console as a browser gets it from `npm start` (embedded engines, demo market): the bytes of the
 * first load (raw and gzip, which the server sends) and of the one lazy chunk (the charts), then times in
 * Chromium with an empty cache each round — sign-in page usable, a supplier's listings after signing in,
 * the monitoring dashboard's charts drawn — and the sign-in page again from the browser's cache. The
 * baseline is the same browser loading the API's smallest document (`/health`) in the same run.
 */
export const webBench: Bench = {
  name: 'web',
  about: 'web console: first-load bytes, and load times in Chromium (cold and cached) against a bare document',
  async run({ smoke }) {
    if (!chromiumPath()) {
      log('Chromium not found (apt-get install chromium, or set CHROMIUM_PATH): skipped');
      return [];
    }
    return [bundleFigures(), await loadFigures(smoke ? 2 : 10)];
  },
};

function bundleFigures() {
  const html = readFileSync(join(WEB_CONSOLE_DIRECTORY, 'index.html'), 'utf8');
  const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css|svg))"/g)].map((match) => match[1]!);
  const lazy = readFileSync(join(WEB_CONSOLE_DIRECTORY, 'assets', firstLoad.find((file) => /assets\/index-.*\.js$/.test(file))!.slice('assets/'.length)), 'utf8').match(/assets\/dashboard-page-[^"]+\.js/g) ?? [];
  const size = (files: readonly string[]) => files.reduce((total, file) => total + statSync(join(WEB_CONSOLE_DIRECTORY, file)).size, 0);
  const gzipped = (files: readonly string[]) => files.reduce((total, file) => total + gzipSync(readFileSync(join(WEB_CONSOLE_DIRECTORY, file))).length, 0);
  const kb = (bytes: number) => Math.round(bytes / 1024);
  return {
    measure: 'bundle (KiB)',
    firstLoadFiles: firstLoad.length,
    firstLoadKiB: kb(size(firstLoad) + Buffer.byteLength(html)),
    firstLoadGzipKiB: kb(gzipped(firstLoad) + gzipSync(html).length),
    chartsChunkKiB: kb(size([...new Set(lazy)])),
    chartsChunkGzipKiB: kb(gzipped([...new Set(lazy)])),
  };
}

async function loadFigures(rounds: number) {
  const environment = await benchEnvironment('embedded');
  const processes: ChildProcess[] = [];
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let browser: Browser | undefined;
  try {
    log('[web] starting the API on the embedded engines (the demo market loads first)…');
    start('dist/apps/api/src/main.js', { ...environment.env, PORT: String(port) }, processes);
    await ready(`${origin}/ready`, 'GET', 300_000);
    browser = await launchChromium();
    const times = { bare: [] as number[], signInCold: [] as number[], signInCached: [] as number[], listings: [] as number[], dashboard: [] as number[] };
    for (let round = 1; round <= rounds; round++) {
      log(`[web] round ${round}/${rounds}`);
      const context = await browser.newContext({ baseURL: origin, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      times.bare.push(await elapsedMs(() => page.goto('/health')));
      times.signInCold.push(await elapsedMs(() => signInPageUsable(page)));
      times.signInCached.push(await elapsedMs(() => signInPageUsable(page)));
      times.listings.push(await elapsedMs(() => signInAs(page, 'jiuhua-dc@demo.magmatch.example', page.getByRole('row').nth(5))));
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.getByLabel('电子邮箱').waitFor();
      times.dashboard.push(
        await elapsedMs(async () => {
          await signInAs(page, DEMO_MODERATOR_EMAIL, page.getByRole('tab').first());
          await page.getByRole('menuitem', { name: '产业监测' }).click();
          await page.getByRole('img', { name: '产能与需求（按系列）' }).locator('canvas').waitFor();
        }),
      );
      await context.close();
    }
    const bare = Math.round(median(times.bare));
    return {
      measure: `load (ms, median of ${rounds}, empty cache)`,
      bareDocumentMs: bare,
      signInPageMs: Math.round(median(times.signInCold)),
      signInPageCachedMs: Math.round(median(times.signInCached)),
      signInOverBare: Math.round((median(times.signInCold) / bare) * 10) / 10,
      supplierListingsAfterSignInMs: Math.round(median(times.listings)),
      dashboardChartsAfterSignInMs: Math.round(median(times.dashboard)),
    };
  } finally {
    await browser?.close();
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(processes.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    await environment.dispose();
  }
}

async function signInPageUsable(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('电子邮箱').waitFor();
}

async function signInAs(page: Page, email: string, shown: ReturnType<Page['locator']>): Promise<void> {
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await shown.waitFor();
}

