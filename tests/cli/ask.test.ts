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

  it('reads one question per line from standard input and writes one JSON line for each, blank ones too', async () => {
    const { code, out } = await runCli(['ask'], {
      now,
      stdin: ['转人工', '', '今天天气怎么样', '   ', '优惠券用不了'],
    });
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    // Output line N answers input line N: a bot pairs them by position.
    expect(lines.map((l) => [l.query, l.status])).toEqual([
      ['转人工', 'handoff'],
      ['', 'no-match'],
      ['今天天气怎么样', 'no-match'],
      ['   ', 'no-match'],
      ['优惠券用不了', 'matched'],
    ]);
  });

  it('escapes control, newline and bidi characters of the question in the human output', async () => {
    const { out } = await runCli(['ask', '发货\u001b[2J\n匹配: 假的\u202e'], { now });
    expect(out).toContain('问题: 发货\\u{1b}[2J\\u{a}匹配: 假的\\u{202e}');
    for (const raw of ['\u001b', '\u202e']) expect(out).not.toContain(raw);
    expect(out.split('\n').filter((line) => line.startsWith('匹配: 假的'))).toEqual([]);
  });

  it('--order that is not an order number is a usage error naming --order (exit 2)', async () => {
    for (const order of ['abc', '12', '1550672064762308113x']) {
      const { code, err } = await runCli(['ask', '--order', order, '发货'], { now });
      expect(code, order).toBe(2);
      expect(err).toContain(`--order must be 6 to 32 digits, got "${order}"`);
      expect(err).not.toContain('orderId');
    }
  });

  it('a repeated option is a usage error, not the last one silently', async () => {
    const { code, err } = await runCli([
      'ask',
      '--now',
      '2026-10-08 09:00',
      '--now',
      '2026-10-09 09:00',
      '发货',
    ]);
    expect(code).toBe(2);
    expect(err).toContain('--now is given more than once');
  });

  it("shows the promise that set each deadline and where it comes from (物流延迟投诉 at 10:00: social media's own 2 hours)", async () => {
    // 渠道表: 物流延迟投诉 → 邮件/社交媒体 → 24小时内; social media's own target is 2 open hours, stricter.
    const { out } = await runCli(['ask', '物流延迟投诉'], { now: new Date('2026-03-02T10:00:00+08:00') });
    const line = (name: string) => out.split('\n').find((l) => l.includes(name)) ?? '';
    expect(line('社交媒体渠道 —')).toContain(
      '— 2小时内 (渠道自身时效, 严于 24小时内) — 答复期限 2026-03-02 12:00',
    );
    expect(line('邮件沟通渠道 —')).toContain('— 24小时内 (指南渠道表) — 答复期限 2026-03-03 10:00');
  });

  it('says when a deadline counted estimated days (a year without a published notice)', async () => {
    const { out } = await runCli(['ask', '物流延迟投诉'], { now: new Date('2027-03-01T20:30:00+08:00') });
    expect(out).toContain(
      '估算：这些日期所在年份尚无国务院放假通知，期限按估算的工作日计: 2027-03-01, 2027-03-02',
    );
    const published = await runCli(['ask', '物流延迟投诉'], { now: new Date('2026-03-02T20:30:00+08:00') });
    expect(published.out).not.toContain('估算');
  });

  it('shows a low-confidence match as a guess to confirm (发票怎么开 scores 0.22)', async () => {
    const low = await runCli(['ask', '发票怎么开'], { now });
    expect(low.out).toContain('置信度 0.22)（置信度低，可能不是这个问题：请确认，或转人工）');
    const en = await runCli(['ask', '--locale', 'en', '发票怎么开'], { now });
    expect(en.out).toContain('low confidence');
    const sure = await runCli(['ask', '优惠券用不了'], { now });
    expect(sure.out).not.toContain('置信度低');
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
