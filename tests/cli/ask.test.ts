import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const now = new Date('2026-09-30T20:30:00+08:00');

describe('tiantian-support ask', () => {
  it('prints a readable triage without colors when not a terminal', async () => {
    const { code, out } = await runCli(['ask', '付款成功三天了还没发货'], { now });
    expect(code).toBe(0);
    expect(out).toContain('问题: 付款成功三天了还没发货');
    expect(out).toContain('支付成功未发货');
    expect(out).toContain('推荐渠道');
    expect(out).toContain('北京时间');
    expect(out).not.toContain('\u001b[');
  });

  it('uses colors in a terminal', async () => {
    const { out } = await runCli(['ask', '优惠券用不了'], { now, isTTY: true });
    expect(out).toContain('\u001b[1m');
  });

  it('prints JSON with --json, in the chosen locale', async () => {
    const { code, out } = await runCli(['ask', '--json', '--locale', 'en', 'el cupón no funciona'], { now });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.issueType).toBe('coupon-unusable');
    expect(json.faq.best.id).toBe('coupon-unusable');
    expect(json.faq.best.entry).toBeUndefined();
    expect(json.now).toBe('2026-09-30T12:30:00.000Z');
  });

  it('reads one question per line from standard input and writes JSON lines', async () => {
    const { code, out } = await runCli(['ask'], { now, stdin: ['转人工', '', '今天天气怎么样'] });
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.status)).toEqual(['handoff', 'no-match']);
  });

  it('says what is wrong with a bad option', async () => {
    const bad = await runCli(['ask', '--locale', 'fr', 'hi']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--locale must be zh-CN, en or es');
    const badNow = await runCli(['ask', '--now', 'tomorrow', 'hi']);
    expect(badNow.code).toBe(2);
    expect(badNow.err).toContain('--now must be');
    const unknown = await runCli(['ask', '--colour', 'hi']);
    expect(unknown.code).toBe(2);
  });

  it('reads --now as Beijing time', async () => {
    const { out } = await runCli(['ask', '--json', '--now', '2026-10-08 09:00', '转人工']);
    expect(JSON.parse(out).now).toBe('2026-10-08T01:00:00.000Z');
  });
});
