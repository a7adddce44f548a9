// The report's SVG chart (reportToSvg) opened by itself in a real headless Chromium (Playwright),
// as a browser opens a .svg file: its bars are in the DOM, and a screenshot shows them, compared
// with the one that was looked at and kept (tests/fixtures/report-chart.png). The chart is the same
// whatever the host time zone, so it runs in one project only (Asia/Shanghai).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../src/insights/report.js';
import { reportToSvg } from '../../src/insights/svg.js';
import { countColor, countNonWhite, decodePng } from '../helpers/png-pixels.js';
import { type WatchedPage, watchedPage } from '../helpers/watched-page.js';
import { syntheticLogs } from './synthetic.js';

const FIXTURE = new URL('../fixtures/report-chart.png', import.meta.url);
const SCREENSHOT = new URL('../../reports/report-chart.png', import.meta.url);
const URL_OF_CHART = 'http://chart.test/report.svg';

const bj = (local: string) => new Date(`${local}+08:00`);
const PERIOD = { from: bj('2026-10-01T00:00:00'), to: bj('2026-10-15T00:00:00') };
const REPORT = buildReport(syntheticLogs(400, 5, PERIOD.from, PERIOD.to), PERIOD);

/** The channels' bar colours and the first-reply bins' colour, as the chart draws them. */
const CHANNEL_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759'] as const;
const BIN_COLOR = '#76b7b2';

describe.runIf(process.env.TZ === 'Asia/Shanghai')('the report chart opened in Chromium', () => {
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    // Two cores shared by many runs: give the browser time before a wait or a test counts as failed.
    vi.setConfig({ testTimeout: 30_000, expect: { poll: { timeout: 10_000 } } });
    watched = await watchedPage({ width: 800, height: 560 }, (route, url) =>
      url === URL_OF_CHART
        ? route.fulfill({ contentType: 'image/svg+xml', body: reportToSvg(REPORT) })
        : undefined,
    );
    page = watched.page;
    await page.goto(URL_OF_CHART);
  }, 60_000);

  afterAll(async () => {
    vi.resetConfig();
    await watched?.browser.close();
  });

  it('is an SVG document with a bar per day and channel with cases and ten first-reply bins', async () => {
    expect(await page.evaluate('document.documentElement.localName')).toBe('svg');
    const cells = Object.values(REPORT.volume.byDay).flatMap((perChannel) =>
      Object.values(perChannel).filter((count) => count > 0),
    );
    expect(cells.length).toBeGreaterThan(20);
    expect(await page.locator('rect.bar').count()).toBe(cells.length);
    expect(await page.locator('rect.bin').count()).toBe(10);
    // Each bar's tooltip is its day, channel and count, in the report's order.
    const titles = await page.locator('rect.bar > title').allTextContents();
    const expected = Object.entries(REPORT.volume.byDay).flatMap(([day, perChannel]) =>
      Object.entries(perChannel)
        .filter(([, count]) => count > 0)
        .map(([channel, count]) => `${day} ${channel}: ${count}`),
    );
    expect(titles).toEqual(expected);
  });

  it('shows the bars in a screenshot of its own size, as in the kept one', async () => {
    const shot = await page.screenshot();
    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    writeFileSync(SCREENSHOT, shot);
    const pixels = decodePng(shot);
    expect([pixels.width, pixels.height]).toEqual([800, 560]);
    // Not blank: bars, axes and text cover part of the white chart, not all of it.
    const inked = countNonWhite(pixels) / (pixels.width * pixels.height);
    expect(inked).toBeGreaterThan(0.1);
    expect(inked).toBeLessThan(0.7);
    // Each colour covers about the area its bars have in the DOM (edges are antialiased).
    const area = (color: string) =>
      page
        .locator(`rect[fill="${color}"]`)
        .evaluateAll((rects) =>
          rects.reduce(
            (sum, r) => sum + Number(r.getAttribute('width')) * Number(r.getAttribute('height')),
            0,
          ),
        );
    const kept = decodePng(readFileSync(FIXTURE));
    expect([kept.width, kept.height]).toEqual([pixels.width, pixels.height]);
    for (const color of [...CHANNEL_COLORS, BIN_COLOR]) {
      const painted = countColor(pixels, color);
      expect(painted).toBeGreaterThan(0);
      expect(Math.abs(painted - (await area(color))) / (await area(color))).toBeLessThan(0.08);
      // The same geometry as the kept screenshot: the synthetic cases are seeded.
      expect(Math.abs(painted - countColor(kept, color))).toBeLessThanOrEqual(painted * 0.01);
    }
  });

  it('logged no console error and asked for nothing else', () => {
    const { consoleErrors, foreignRequests } = watched;
    expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
  });
});
