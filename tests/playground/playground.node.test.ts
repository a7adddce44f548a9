// The playground page in a real headless Chromium (Playwright): typing a customer's words shows the
// triage, choosing pictures shows their sizes and suggested names, the cart is priced as the offer
// rules say, the case log verifies and names a tampered entry, personal data is masked and a scam
// rated, the report's chart has its bars, the locale switch works, the keyboard reaches every control,
// no console error, and no request leaves the local server. The page is the same whatever the host
// time zone, so it runs in one project only (Asia/Shanghai).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import type { Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPlayground, servePlayground } from '../../tools/playground.mjs';
import { png } from '../evidence/build-images.js';
import { type WatchedPage, watchedPage } from '../helpers/watched-page.js';

/** The screenshot looked at and kept (zh-CN, after every panel was used); each run writes its own to reports/. */
const FIXTURE = new URL('../fixtures/playground.png', import.meta.url);
const SCREENSHOT = new URL('../../reports/playground.png', import.meta.url);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** One attribute of every element a locator finds, in page order. */
async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  return Promise.all((await locator.all()).map((item) => item.getAttribute(name)));
}

/** The quantities of the page's cart: tea cups and the teapot (shop A), tea leaves (shop B). */
interface Quantities {
  cup: number;
  pot: number;
  leaf: number;
}

/**
 * The payable of the page's cart, worked out here from the offer rules of API.md rather than by the
 * library: level by level (item → shop → platform), each threshold tested on what the earlier levels
 * left, a 折扣 rounded half-up to the fen, and of two coupons in one exclusive group the one that
 * leaves less to pay.
 */
function payableByTheRules({ cup, pot, leaf }: Quantities): number {
  const leaves = Math.round((5990 * leaf * 95) / 100); // 龙井 95折 (item)
  const shopA = 8900 * cup + 16800 * pot;
  const a300 = shopA >= 30000 ? 3000 : 0; // 满300减30 (shop A)
  const b100 = Math.min(Math.floor(leaves / 10000) * 1000, 3000); // 每满100减10, at most 30 (shop B)
  const payWith = (shopCoupon: boolean) => {
    const afterShops = shopA - a300 - (shopCoupon ? 5000 : 0) + leaves - b100; // coupon 满500减50 (shop A)
    const tiers = afterShops >= 40000 ? 5000 : afterShops >= 20000 ? 2000 : 0; // 满200减20 / 满400减50 (all shops)
    return afterShops - tiers - (shopCoupon ? 0 : Math.min(500, afterShops - tiers)); // coupon 无门槛减5 (all shops)
  };
  return shopA >= 50000 ? Math.min(payWith(true), payWith(false)) : payWith(false);
}

/** Fen as the page shows yuan in zh-CN: ¥, thousands grouped, two decimals. */
const yuan = (fen: number) =>
  `¥${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;

describe.runIf(process.env.TZ === 'Asia/Shanghai')('the playground in Chromium', () => {
  let server: Server;
  let origin: string;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    // Two cores shared by many runs: give the browser time before a wait or a test counts as failed.
    vi.setConfig({ testTimeout: 30_000, expect: { poll: { timeout: 10_000 } } });
    await buildPlayground();
    server = await servePlayground(0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    watched = await watchedPage({ width: 1000, height: 1100 }, (route, url) =>
      url.startsWith(origin) ? route.continue() : undefined,
    );
    page = watched.page;
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready="true"]');
  }, 60_000);

  afterAll(async () => {
    vi.resetConfig();
    await watched?.browser.close();
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

  /** The page's labels (headings, labels, options, buttons, table heads, captions) that hold Chinese characters. */
  const chineseOnPage = async () =>
    (
      await page.evaluate<string[]>(
        "[...document.querySelectorAll('main :is(h2, h3, h4, label, legend, caption, figcaption, th, button, option, #report-period, #case-head, #case-state)')].map((e) => e.textContent)",
      )
    ).filter((line) => /\p{Script=Han}/u.test(line));

  it('switches every text of every panel to English and Spanish', async () => {
    await page.getByLabel('问题', { exact: true }).fill('paid three days ago and still not shipped');
    expect((await chineseOnPage()).length).toBeGreaterThan(20);
    await page.locator('#locale').selectOption('en');
    await expect.poll(() => page.locator('#triage-title').textContent()).toBe('Paid but not shipped');
    expect(await page.locator('#question-label').textContent()).toBe('Question');
    expect(await page.locator('#pricing-heading').textContent()).toBe('Offers and coupons');
    expect(await chineseOnPage()).toEqual([]);
    await page.locator('#locale').selectOption('es');
    await expect.poll(() => page.locator('#triage-title').textContent()).toBe('Pagado pero no enviado');
    expect(await page.locator('#cases-heading').textContent()).toBe('Expediente');
    expect(await chineseOnPage()).toEqual([]);
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
  });

  it('prices the cart as the offer rules say, lists the skipped offers and diagnoses a coupon', async () => {
    const price = async (quantities: Quantities) => {
      await page.locator('#qty-tea-cup').fill(String(quantities.cup));
      await page.locator('#qty-teapot').fill(String(quantities.pot));
      await page.locator('#qty-tea-leaf').fill(String(quantities.leaf));
      const expected = payableByTheRules(quantities);
      await expect.poll(() => page.locator('#payable').textContent()).toBe(yuan(expected));
      const lines = (await attributes(page.locator('#line-payables tr'), 'data-payable')).map(Number);
      expect(lines.reduce((a, b) => a + b, 0)).toBe(expected);
      return {
        applied: await offers('#applied li', 'saved'),
        skipped: await offers('#skipped li', 'code'),
      };
    };
    const offers = async (selector: string, data: 'saved' | 'code') => {
      const items = page.locator(selector);
      const ids = await attributes(items, 'data-offer');
      const values = await attributes(items, `data-${data}`);
      return Object.fromEntries(ids.map((id, i) => [id, values[i]]));
    };
    const small = await price({ cup: 2, pot: 1, leaf: 3 });
    expect(small.applied).toEqual({
      'leaf-95': String(5990 * 3 - Math.round((5990 * 3 * 95) / 100)),
      'a-300-30': '3000',
      'b-every-100-10': '1000',
      'cross-tiers': '5000',
      'coupon-5': '500',
    });
    expect(small.skipped).toEqual({ 'coupon-a-500-50': 'excluded', 'coupon-618': 'expired' });
    const large = await price({ cup: 4, pot: 1, leaf: 3 });
    expect(large.applied['coupon-a-500-50']).toBe('5000');
    expect(large.skipped['coupon-5']).toBe('excluded');
    const capped = await price({ cup: 1, pot: 1, leaf: 6 });
    expect(capped.applied['b-every-100-10']).toBe('3000');
    expect(capped.skipped['a-300-30']).toBe('below-threshold');
    await price({ cup: 2, pot: 1, leaf: 3 });

    // The shop coupon 满500减50 on ¥346.00 of the shop's goods: ¥154.00 short.
    await page.locator('#coupon').selectOption('coupon-a-500-50');
    const reason = page.locator('#coupon-reasons li');
    await expect.poll(() => reason.getAttribute('data-code')).toBe('below-threshold');
    expect(await reason.getAttribute('data-short-by')).toBe(String(50000 - (2 * 8900 + 16800)));
    expect(await reason.textContent()).toContain('¥154.00');
    await page.locator('#coupon').selectOption('coupon-618');
    await expect.poll(() => reason.getAttribute('data-code')).toBe('expired');

    // A price with a third decimal is refused, not rounded.
    await page.locator('#price-teapot').fill('168.005');
    await expect.poll(() => page.locator('#price .bad li').count()).toBe(1);
    await page.locator('#price-teapot').fill('168.00');
    await expect.poll(() => page.locator('#payable').count()).toBe(1);
  });

  it('appends to the case log, verifies it with a checkpoint, and names the entry that was tampered with', async () => {
    const entries = page.locator('#case-entries tbody tr');
    expect(await entries.count()).toBe(1);
    const append = async (kind: string, text = '') => {
      const before = await entries.count();
      await page.locator('#event-kind').selectOption(kind);
      await page.locator('#event-text').fill(text);
      await page.locator('#case-append').click();
      await expect.poll(() => entries.count()).toBeGreaterThan(before);
    };
    await append('customer', '付款三天了还没发货');
    await append('agent', '您好，正在为您核实');
    // The two pictures chosen above, under their suggested names.
    await append('evidence');
    expect(await entries.count()).toBe(5);
    expect(await entries.nth(3).textContent()).toContain('1550672064762308113+');
    await expect
      .poll(() => page.locator('#clocks [data-clock="first-reply"]').getAttribute('data-state'))
      .toBe('met');

    // An empty message is refused and adds nothing.
    await page.locator('#event-kind').selectOption('customer');
    await page.locator('#event-text').fill('');
    await page.locator('#case-append').click();
    await expect.poll(() => page.locator('#verification').textContent()).toBe('请填写内容');
    expect(await entries.count()).toBe(5);

    await page.locator('#case-checkpoint').click();
    await expect
      .poll(() => page.locator('#checkpoint-note').textContent())
      .toMatch(/^playground\.local\/cases\/1\n5\n/);
    await page.locator('#case-verify').click();
    const verdict = page.locator('#verification [data-valid]');
    await expect.poll(() => verdict.getAttribute('data-valid')).toBe('true');
    expect(await verdict.textContent()).toContain('5');

    await page.locator('#tamper-index').selectOption('2');
    await page.locator('#case-tamper').click();
    await expect.poll(() => verdict.getAttribute('data-valid')).toBe('false');
    expect(await verdict.getAttribute('data-index')).toBe('2');
    expect(await verdict.getAttribute('data-reason')).toBe('edited');
    expect(await verdict.textContent()).toContain('#2');
    expect(await entries.nth(2).textContent()).toContain('（已改）');
    // The verdict follows the locale.
    await page.locator('#locale').selectOption('en');
    await expect.poll(() => verdict.textContent()).toBe('Verification failed at entry #2: edited');
    await page.locator('#locale').selectOption('zh-CN');
  });

  it('masks a phone number as 138****5678 and rates a fake customer-service message', async () => {
    const text = page.getByLabel('要检查的文字');
    await text.fill('验证码收不到怎么办');
    await expect.poll(() => page.locator('#scam-level').getAttribute('data-level')).toBe('none');
    expect(await page.locator('#advice').count()).toBe(0);

    await text.fill('我是淘宝客服，您的订单异常，请把验证码发给我，联系电话 138 1234 5678');
    await expect.poll(() => page.locator('#redacted').textContent()).toContain('138****5678');
    // Nowhere in the result, the signals' quotes included, is the number shown whole.
    expect(await page.locator('#safety-result').textContent()).not.toContain('1234');
    expect(await page.locator('#findings li').getAttribute('data-kind')).toBe('phone');
    expect(['medium', 'high']).toContain(await page.locator('#scam-level').getAttribute('data-level'));
    const signals = await attributes(page.locator('#signals li'), 'data-signal');
    expect(signals).toContain('verification-code-request');
    expect(await page.locator('#advice').textContent()).toContain('96110');
  });

  it('draws the report of the sample and this page’s case as the library’s SVG, a bar per day and channel', async () => {
    // The sample's size, as its check box says.
    const SAMPLE = Number((await page.locator('#report-sample-label').textContent())?.match(/\d+/)?.[0]);
    expect(SAMPLE).toBeGreaterThan(0);
    const bars = page.locator('#chart svg rect.bar');
    const dayRows = () =>
      page
        .locator('#report-table tr[data-figure="day"]')
        .evaluateAll((rows) => rows.filter((row) => Number(row.children[5]?.textContent) > 0).length);
    const total = () => page.locator('#report-table tr[data-figure="total"] td').nth(5).textContent();
    await expect.poll(total).toBe(String(SAMPLE + 1));
    expect(await bars.count()).toBeGreaterThan(1);
    expect(await bars.count()).toBe(await dayRows());
    expect(await page.locator('#chart svg rect.bin').count()).toBe(10);
    const box = await page.locator('#chart svg').boundingBox();
    expect(box?.width).toBeGreaterThan(400);

    await page.getByLabel(/加入生成的样例/).uncheck();
    await expect.poll(total).toBe('1');
    expect(await bars.count()).toBe(1);
    await page.getByLabel(/加入生成的样例/).check();
    await expect.poll(total).toBe(String(SAMPLE + 1));
  });

  it('looks as the kept screenshot', async () => {
    const shot = await page.screenshot({ fullPage: true });
    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    writeFileSync(SCREENSHOT, shot);
    // The same layout as the kept screenshot: the page's width, and its height within a tenth (fonts vary).
    const kept = pngSize(readFileSync(FIXTURE));
    const now = pngSize(shot);
    expect(now.width).toBe(kept.width);
    expect(Math.abs(now.height - kept.height) / kept.height).toBeLessThan(0.1);
  });

  it('reaches every control of every panel by keyboard, in the page order', async () => {
    await page.locator('#locale').focus();
    const reached: string[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate('document.activeElement?.id ?? ""'));
    }
    const controls = [
      'question',
      'order',
      'issue',
      'files',
      'price-tea-cup',
      'qty-tea-cup',
      'price-tea-leaf',
      'qty-tea-leaf',
      'offer-leaf-95',
      'offer-coupon-618',
      'coupon',
      'case-channel',
      'case-issue',
      'case-new',
      'event-kind',
      'event-text',
      'case-append',
      'case-verify',
      'case-checkpoint',
      'tamper-index',
      'case-tamper',
      'pii-text',
      'report-sample',
    ];
    const once = reached.slice(0, reached.indexOf(controls[controls.length - 1] as string) + 1);
    expect(once.filter((id) => controls.includes(id))).toEqual(controls);
  });

  it('runs a button from the keyboard: Enter on 新建档案 opens a new case', async () => {
    await page.locator('#case-new').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#case-entries tbody tr').count()).toBe(1);
    await expect.poll(() => page.locator('#verification').textContent()).toBe('');
  });

  it('logged no console error and sent no request beyond the local server', () => {
    const { consoleErrors, foreignRequests } = watched;
    expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
  });
});
