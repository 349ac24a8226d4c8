import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's `chromium` package (`.ci/run` installs it), or `CHROMIUM_PATH`; nothing downloads a browser.
 * Undefined when absent: the test setup then says loudly that browser suites are skipped.
 */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/**
 * Headless Chromium as root may run it, with the background traffic that this closed network refuses
 * (updates, sync, Google's hosts) turned off.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
