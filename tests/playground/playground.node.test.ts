// The playground page in a real headless Chromium (Playwright): typing a customer's words shows the
// triage, choosing pictures shows their sizes and suggested names, the locale switch works, the
// keyboard reaches every control, no console error, and no request leaves the local server. The page
// is the same whatever the host time zone, so it runs in one project only (Asia/Shanghai).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../tools/chromium.mjs';
import { buildPlayground, servePlayground } from '../../tools/playground.mjs';
import { png } from '../evidence/build-images.js';

/** The screenshot looked at and kept (zh-CN, after the two pictures); each run writes its own to reports/. */
const FIXTURE = new URL('../fixtures/playground.png', import.meta.url);
const SCREENSHOT = new URL('../../reports/playground.png', import.meta.url);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe.runIf(process.env.TZ === 'Asia/Shanghai')('the playground in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let origin: string;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    await buildPlayground();
    server = await servePlayground(0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS] });
    page = await browser.newPage({ viewport: { width: 1000, height: 1100 }, timezoneId: 'Asia/Shanghai' });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    await page.goto(`${origin}/`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  it('shows 支付成功未发货 with channels and their deadlines for 付款三天了还没发货', async () => {
    await page.getByLabel('问题', { exact: true }).fill('付款三天了还没发货');
    await expect.poll(() => page.locator('#triage-title').textContent()).toBe('支付成功未发货');
    const rows = page.locator('#channels tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    for (const text of await rows.allTextContents()) expect(text).toMatch(/答复期限 .*\d/);
    expect(await page.locator('#checklist li').count()).toBeGreaterThan(0);
    expect(await page.locator('#channels').textContent()).not.toContain('[object');
  });

  it('shows no match for 今天天气怎么样', async () => {
    await page.getByLabel('问题', { exact: true }).fill('今天天气怎么样');
    await expect.poll(() => page.locator('#triage-status').textContent()).toContain('没有匹配');
    expect(await page.locator('#channels').count()).toBe(0);
  });

  it('switches every text to English and Spanish', async () => {
    await page.getByLabel('问题', { exact: true }).fill('paid three days ago and still not shipped');
    await page.locator('#locale').selectOption('en');
    await expect.poll(() => page.locator('#triage-title').textContent()).toBe('Paid but not shipped');
    expect(await page.locator('#question-label').textContent()).toBe('Question');
    await page.locator('#locale').selectOption('es');
    await expect.poll(() => page.locator('#triage-title').textContent()).toBe('Pagado pero no enviado');
    await page.locator('#locale').selectOption('zh-CN');
  });

  it('reads a 1000×700 PNG as large enough and a 640×480 PNG as too small, with suggested names', async () => {
    await page.getByLabel('问题', { exact: true }).fill('收到的商品有质量问题');
    await page.locator('#files').setInputFiles([
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(png(1000, 700)) },
      { name: 'small.png', mimeType: 'image/png', buffer: Buffer.from(png(640, 480)) },
    ]);
    const sizes = page.locator('[data-role="size"]');
    await expect.poll(() => sizes.count()).toBe(2);
    expect(await sizes.allTextContents()).toEqual([
      '尺寸 1000×700 — 满足 800×600',
      '尺寸 640×480 — 小于 800×600',
    ]);
    expect(await page.locator('[data-role="suggested"]').allTextContents()).toEqual([
      '建议文件名: 1550672064762308113+商品质量争议-1.png',
      '建议文件名: 1550672064762308113+商品质量争议-2.png',
    ]);
    expect(await page.locator('#report li').count()).toBeGreaterThan(0);
    const shot = await page.screenshot({ fullPage: true });
    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    writeFileSync(SCREENSHOT, shot);
    // The same layout as the kept screenshot: the page's width, and its height within a fifth (fonts vary).
    const kept = pngSize(readFileSync(FIXTURE));
    const now = pngSize(shot);
    expect(now.width).toBe(kept.width);
    expect(Math.abs(now.height - kept.height) / kept.height).toBeLessThan(0.2);
  });

  it('reaches the question, the locale, the order, the issue type and the file chooser by keyboard', async () => {
    await page.locator('#locale').focus();
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate('document.activeElement?.id ?? ""'));
    }
    expect(reached).toEqual(expect.arrayContaining(['question', 'order', 'issue', 'files']));
  });

  it('logged no console error and sent no request beyond the local server', () => {
    expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
  });
});
