// The Chromium that the browser tests drive: `CHROMIUM_PATH` when set, else a system Chromium at
// /usr/bin/chromium, else the one inside the `@sparticuz/chromium` dev dependency (Linux x64, unpacked
// to /tmp on first use), so `npm ci && npm test` needs no root, apt-get or preinstalled browser.
import { existsSync } from 'node:fs';

export async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

/** Headless, no sandbox (CI runs as root), nothing that reaches the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
];
