import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const bj = (local: string) => new Date(`${local}+08:00`);

describe('tiantian-support sla', () => {
  it('prints the due time in Beijing time and in the caller’s time zone, the derivation and the status', async () => {
    const { code, out } = await runCli(['sla', '--channel', 'social-media', '--at', '2026-09-30 20:00'], {
      now: bj('2026-10-08T09:30:00'),
    });
    expect(code).toBe(0);
    // 20:00–21:00 counts 60 min; National Day 10-01..10-07 is closed; 09:00–10:00 on 10-08.
    expect(out).toContain('Due:       2026-10-08 10:00 Beijing time');
    // The caller (run-cli.ts) is in Europe/Madrid: UTC+2 in October.
    expect(out).toContain('2026-10-08 04:00 Europe/Madrid');
    expect(out).toContain('2026-09-30 20:00–21:00 counts 60 min');
    expect(out).toMatch(/Now:.*at risk: 30 min of open time/);
  });

  it('exits 1 and says by how much when breached', async () => {
    const { code, out } = await runCli(['sla', '--channel', 'social-media', '--at', '2026-09-30 20:00'], {
      now: bj('2026-10-08T11:15:00'),
    });
    expect(code).toBe(1);
    expect(out).toMatch(/breached: overdue by 1 h 15 min of open time/);
  });

  it('--at defaults to now; on track', async () => {
    const { code, out } = await runCli(['sla', '--channel', 'email'], { now: bj('2026-09-30T12:00:00') });
    expect(code).toBe(0);
    expect(out).toContain('Due:       2026-10-02 12:00 Beijing time');
    expect(out).toContain('Earliest:  2026-10-01 12:00 Beijing time');
    expect(out).toMatch(/on track: 2 d left/);
  });

  it('--issue, --complex, --handoff-at, --locale', async () => {
    const logistics = await runCli([
      'sla',
      '--channel',
      'email',
      '--at',
      '2026-09-30 20:00',
      '--issue',
      'logistics-delay',
      '--complex',
    ]);
    expect(logistics.out).toContain('Due:       2026-10-01 20:00 Beijing time');
    const chat = await runCli(
      [
        'sla',
        '--channel',
        'online-chat',
        '--at',
        '2026-09-30 10:00',
        '--handoff-at',
        '2026-09-30 10:20',
        '--locale',
        'zh-CN',
      ],
      { now: bj('2026-09-30T10:30:00') },
    );
    expect(chat.out).toContain('Due:       2026-09-30 11:20 Beijing time');
    expect(chat.out).toContain('转人工');
  });

  it('--json prints the answer as JSON', async () => {
    const { out } = await runCli(
      ['sla', '--channel', 'hotline', '--at', '2026-10-01T03:00:00+08:00', '--json'],
      {
        now: bj('2026-10-01T03:00:00'),
      },
    );
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      channel: 'hotline',
      due: '2026-09-30T19:00:00.000Z',
      dueBeijing: '2026-10-01 03:00',
      basis: 'calendar',
    });
    expect(json.derivation['zh-CN']).toContain('即时响应');
  });

  it('--help', async () => {
    const { code, out } = await runCli(['sla', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: tiantian-support sla --channel <id>');
  });

  it('usage errors exit 2 with a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [['sla'], /--channel is required/],
      [['sla', '--channel', 'fax'], /unknown channel "fax"/],
      [['sla', '--channel', 'email', '--at', 'tomorrow'], /--at "tomorrow" is not a time/],
      [['sla', '--channel', 'email', '--at', '2026-02-30 10:00'], /is not a time/],
      [['sla', '--channel', 'email', '--issue', 'weather'], /unknown issue type "weather"/],
      [['sla', '--channel', 'email', '--locale', 'fr'], /unknown locale "fr"/],
      [['sla', '--channel', 'email', '--bogus'], /Unknown option/i],
      [
        ['sla', '--channel', 'online-chat', '--at', '2026-09-30 10:00', '--handoff-at', '2026-09-30 09:00'],
        /before --at/,
      ],
      [
        ['sla', '--channel', 'email', '--at', '2026-09-30 10:00', '--at', '2026-09-30 11:00'],
        /--at is given more than once/,
      ],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toMatch(message);
    }
  });

  it('--json lists the estimated days on the path (2027 has no published notice), none in 2026', async () => {
    const at = (time: string) => runCli(['sla', '--channel', 'social-media', '--at', time, '--json']);
    expect(JSON.parse((await at('2027-03-01 20:30')).out).estimatedDays).toEqual([
      '2027-03-01',
      '2027-03-02',
    ]);
    expect(JSON.parse((await at('2026-03-02 20:30')).out).estimatedDays).toEqual([]);
  });
});
