import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/insights/report.js';
import { reportToSvg } from '../../src/insights/svg.js';
import { syntheticLogs } from './synthetic.js';

const bj = (local: string) => new Date(`${local}+08:00`);
const PERIOD = { from: bj('2026-10-01T00:00:00'), to: bj('2026-10-15T00:00:00') };
// tsconfig has no DOM types: the few the browser test touches, reached through globalThis.
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface Node {
  innerHTML: string;
  querySelector(selector: string): (Node & { getBoundingClientRect(): Box }) | null;
  append(node: Node): void;
  remove(): void;
}
const dom = globalThis as unknown as { document?: { createElement(tag: string): Node; body: Node } };

const REPORT = buildReport(syntheticLogs(400, 5, PERIOD.from, PERIOD.to), PERIOD);

describe('reportToSvg', () => {
  it('draws a bar per day and channel with cases, and a bin per first-reply range', () => {
    const svg = reportToSvg(REPORT);
    const nonZero = Object.values(REPORT.volume.byDay).flatMap((per) =>
      Object.values(per).filter((c) => c > 0),
    );
    expect(svg.match(/class="bar"/g)?.length).toBe(nonZero.length);
    expect(svg.match(/class="bin"/g)?.length).toBe(10);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("titles the chart with the period's first and last day in the report's time zone", () => {
    // [2026-10-01 00:00, 2026-10-15 00:00) Beijing time is 2026-09-30T16:00Z to 2026-10-14T16:00Z.
    expect(reportToSvg(REPORT)).toContain(
      '<text id="title" x="50" y="28" font-size="16">2026-10-01 – 2026-10-14 (Asia/Shanghai)</text>',
    );
    const utc = buildReport([], { ...PERIOD, timeZone: 'UTC' });
    expect(reportToSvg(utc)).toContain('>2026-09-30 – 2026-10-14 (UTC)</text>');
  });

  it('escapes its text', () => {
    const svg = reportToSvg(REPORT, { title: '<script>alert("x")</script> & more' });
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(svg).not.toContain('<script>');
  });

  it('draws an empty report without NaN', () => {
    expect(reportToSvg(buildReport([], PERIOD))).not.toMatch(/NaN|Infinity/);
  });

  // In the browser project (headless Chromium): the chart renders, its panels lie inside it and do
  // not overlap, and a screenshot is saved for a person to look at.
  it.runIf(dom.document !== undefined)(
    'renders in the browser: panels inside the chart, not overlapping',
    async () => {
      const document = dom.document as NonNullable<typeof dom.document>;
      const host = document.createElement('div');
      host.innerHTML = reportToSvg(REPORT);
      document.body.append(host);
      const svg = host.querySelector('svg') as NonNullable<ReturnType<Node['querySelector']>>;
      const box = svg.getBoundingClientRect();
      const volume = svg.querySelector('#volume')?.getBoundingClientRect() as Box;
      const frt = svg.querySelector('#frt')?.getBoundingClientRect() as Box;
      expect([box.width, box.height]).toEqual([800, 560]);
      for (const panel of [volume, frt]) {
        expect(panel.left).toBeGreaterThanOrEqual(box.left);
        expect(panel.right).toBeLessThanOrEqual(box.right);
        expect(panel.top).toBeGreaterThanOrEqual(box.top);
        expect(panel.bottom).toBeLessThanOrEqual(box.bottom);
        expect(panel.height).toBeGreaterThan(100);
      }
      expect(volume.bottom).toBeLessThanOrEqual(frt.top);
      const { page } = await import('vitest/browser');
      await page.screenshot({ path: 'screenshots/insights-report.png', element: svg as never });
      host.remove();
    },
  );
});
