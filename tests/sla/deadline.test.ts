import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, isOpen } from '../../src/calendar/index.js';
import { getChannel } from '../../src/channels/index.js';
import { GUIDE_CHANNEL_TABLE, GUIDE_RESPONSE_TARGETS } from '../../src/channels/data/contact.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { type ResponseDeadlineInput, responseDeadline } from '../../src/sla/index.js';

const HOUR = 3_600_000;
const bj = (local: string) => new Date(`${local}+08:00`);

describe('responseDeadline: social media', () => {
  // “工作日早9点至晚9点期间提交的问题通常能在2小时内获得回复”
  it('takes 2 open hours of workdays 09:00–21:00 Beijing time', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-29T10:15:00') });
    expect(d.due).toEqual(bj('2026-09-29T12:15:00'));
    expect(d.basis).toBe('business');
    expect(d.source).toBe('channel');
    expect(d.target).toBe(GUIDE_RESPONSE_TARGETS['social-media'].typical);
    expect(d.earliest).toBeUndefined();
  });

  it('counts 30 minutes on the evening of 2026-09-30, skips National Day (10-01..10-07), ends 10-08 10:30', () => {
    // cn-holidays.json 2026: holidays 2026-10-01 … 2026-10-07; 2026-10-08 is a Thursday and a workday.
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-30T20:30:00') });
    expect(d.due).toEqual(bj('2026-10-08T10:30:00'));
    expect(d.counted.map((p) => p.minutes)).toEqual([30, 90]);
    expect(d.counted[1]?.from).toEqual(bj('2026-10-08T09:00:00'));
    expect(d.derivation['zh-CN']).toContain('2026-09-30 20:30–21:00 计30分钟');
    expect(d.derivation['zh-CN']).toContain('2026-10-08 10:30 到期');
    expect(d.derivation.en).toContain('due 2026-10-08 10:30 Beijing time');
    expect(d.derivation.es).toContain('vence 2026-10-08 10:30');
  });

  it('2026-09-30 20:00: one hour that evening, one on 10-08 → 10:00', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-30T20:00:00') });
    expect(d.due).toEqual(bj('2026-10-08T10:00:00'));
  });

  it('a deadline that ends exactly at closing time ends at 21:00, not at the next opening', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-29T19:00:00') });
    expect(d.due).toEqual(bj('2026-09-29T21:00:00'));
  });

  it('sent while closed, the clock starts at the next opening', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-10-03T10:00:00') });
    expect(d.countingFrom).toEqual(bj('2026-10-08T09:00:00'));
    expect(d.due).toEqual(bj('2026-10-08T11:00:00'));
    expect(d.derivation['zh-CN']).toContain('非工作时间，2026-10-08 09:00 起计时');
  });

  it('a message at 08:00 on a make-up Saturday (调休 2026-10-10) is due 11:00 that Saturday', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-10-10T08:00:00') });
    expect(d.countingFrom).toEqual(bj('2026-10-10T09:00:00'));
    expect(d.due).toEqual(bj('2026-10-10T11:00:00'));
  });

  // cn-holidays.json 2026: Spring Festival 02-15..02-23 off; make-up Saturdays 02-14 and 02-28.
  it('Spring Festival 2026: Friday 02-13 20:00 → the make-up Saturday 02-14 10:00', () => {
    expect(responseDeadline({ channel: 'social-media', submittedAt: bj('2026-02-13T20:00:00') }).due).toEqual(
      bj('2026-02-14T10:00:00'),
    );
  });

  it('Spring Festival 2026: Saturday 02-14 20:30 → Tuesday 02-24 10:30, after nine days off', () => {
    expect(responseDeadline({ channel: 'social-media', submittedAt: bj('2026-02-14T20:30:00') }).due).toEqual(
      bj('2026-02-24T10:30:00'),
    );
  });

  // cn-holidays.json 2025: Spring Festival 01-28..02-04 off; make-up Sunday 01-26 and Saturday 02-08.
  it('Spring Festival 2025: Saturday 01-25 10:00 waits for the make-up Sunday 01-26 → 11:00', () => {
    expect(responseDeadline({ channel: 'social-media', submittedAt: bj('2025-01-25T10:00:00') }).due).toEqual(
      bj('2025-01-26T11:00:00'),
    );
  });

  it('Spring Festival 2025: Monday 01-27 20:00 → Wednesday 02-05 10:00', () => {
    expect(responseDeadline({ channel: 'social-media', submittedAt: bj('2025-01-27T20:00:00') }).due).toEqual(
      bj('2025-02-05T10:00:00'),
    );
  });

  it('2027 (no published notice yet): National Day 10-01..10-03 still off → Monday 10-04 10:30', () => {
    expect(responseDeadline({ channel: 'social-media', submittedAt: bj('2027-09-30T20:30:00') }).due).toEqual(
      bj('2027-10-04T10:30:00'),
    );
  });

  it('an ordinary Saturday is closed: Friday 20:00 → Monday 10:00', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-11-13T20:00:00') });
    expect(d.due).toEqual(bj('2026-11-16T10:00:00'));
  });

  it('agrees with the calendar on the channel hours', () => {
    const at = bj('2026-02-13T20:45:00');
    const d = responseDeadline({ channel: 'social-media', submittedAt: at });
    expect(d.due).toEqual(addBusinessMinutes(at, 120, getChannel('social-media').hours));
  });
});

describe('responseDeadline: email', () => {
  // “平均响应时效为24-48小时,复杂问题可能延长至72小时”
  it('is 48 hours of calendar time, earliest 24 hours', () => {
    const at = bj('2026-09-30T20:30:00');
    const d = responseDeadline({ channel: 'email', submittedAt: at });
    expect(d.due.getTime() - at.getTime()).toBe(48 * HOUR);
    expect(d.earliest?.getTime()).toBe(at.getTime() + 24 * HOUR);
    expect(d.basis).toBe('calendar');
    expect(d.derivation['zh-CN']).toContain('最早 2026-10-01 20:30');
  });

  it('is 72 hours when complex', () => {
    const at = bj('2026-09-30T20:30:00');
    const d = responseDeadline({ channel: 'email', submittedAt: at, complex: true });
    expect(d.due.getTime() - at.getTime()).toBe(72 * HOUR);
    expect(d.target).toBe(GUIDE_RESPONSE_TARGETS.email.complex);
  });

  it('holidays do not stop calendar time', () => {
    const at = bj('2026-10-01T09:00:00');
    expect(responseDeadline({ channel: 'email', submittedAt: at }).due).toEqual(bj('2026-10-03T09:00:00'));
  });
});

describe('responseDeadline: online chat and hotline', () => {
  // “商品质量争议 | 在线客服转人工 | 1小时内”
  it('online chat: 1 hour from the hand-off to a person', () => {
    const d = responseDeadline({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T10:00:00'),
      handoffAt: bj('2026-09-30T10:20:00'),
    });
    expect(d.startedAt).toEqual(bj('2026-09-30T10:20:00'));
    expect(d.due).toEqual(bj('2026-09-30T11:20:00'));
    expect(d.derivation['zh-CN']).toContain('转人工');
  });

  it('online chat without a hand-off time: 1 hour from submission', () => {
    const d = responseDeadline({ channel: 'online-chat', submittedAt: bj('2026-10-01T23:30:00') });
    expect(d.due).toEqual(bj('2026-10-02T00:30:00'));
  });

  // “该热线提供7×24小时全天候服务” / “紧急支付问题 | 电话/在线客服 | 即时响应”
  it('hotline: immediate, due at submission', () => {
    const at = bj('2026-10-01T03:00:00');
    const d = responseDeadline({ channel: 'hotline', submittedAt: at });
    expect(d.due).toEqual(at);
    expect(d.target.minutes).toBe(0);
    expect(d.counted).toEqual([]);
  });
});

describe('responseDeadline: the channel table per issue type, where stricter', () => {
  const row = (issue: string) => GUIDE_CHANNEL_TABLE.find((r) => r.issueType === issue)!;

  it('紧急支付问题 | 电话/在线客服 | 即时响应: immediate in online chat', () => {
    const at = bj('2026-09-30T10:00:00');
    const d = responseDeadline({ channel: 'online-chat', submittedAt: at, issueType: 'payment-problem' });
    expect(d.due).toEqual(at);
    expect(d.source).toBe('issue-type');
    expect(d.target).toBe(row('payment-problem').response);
  });

  it('紧急支付问题 on the hotline: the same as the channel, so the channel wins the tie', () => {
    const d = responseDeadline({
      channel: 'hotline',
      submittedAt: bj('2026-09-30T10:00:00'),
      issueType: 'payment-problem',
    });
    expect(d.source).toBe('channel');
  });

  it('物流延迟投诉 | 邮件/社交媒体 | 24小时内: stricter than email’s 48 hours', () => {
    const at = bj('2026-09-30T20:30:00');
    const d = responseDeadline({
      channel: 'email',
      submittedAt: at,
      issueType: 'logistics-delay',
      complex: true,
    });
    expect(d.due.getTime() - at.getTime()).toBe(24 * HOUR);
    expect(d.source).toBe('issue-type');
    expect(d.derivation['zh-CN']).toContain('严于本渠道');
  });

  it('物流延迟投诉 on social media: whichever is earlier, 2 open hours or 24 hours', () => {
    const weekday = bj('2026-09-29T10:00:00');
    expect(
      responseDeadline({ channel: 'social-media', submittedAt: weekday, issueType: 'logistics-delay' }),
    ).toMatchObject({
      due: bj('2026-09-29T12:00:00'),
      source: 'channel',
    });
    const holiday = bj('2026-10-03T10:00:00');
    expect(
      responseDeadline({ channel: 'social-media', submittedAt: holiday, issueType: 'logistics-delay' }),
    ).toMatchObject({
      due: bj('2026-10-04T10:00:00'),
      source: 'issue-type',
      basis: 'calendar',
    });
  });

  it('商品质量争议 in online chat: 1 hour either way (channel wins the tie)', () => {
    const d = responseDeadline({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T10:00:00'),
      issueType: 'quality-dispute',
    });
    expect(d.due).toEqual(bj('2026-09-30T11:00:00'));
    expect(d.source).toBe('channel');
  });

  it('a row does not apply to a channel it does not list (紧急支付问题 by email stays 48 h)', () => {
    const at = bj('2026-09-30T10:00:00');
    const d = responseDeadline({ channel: 'email', submittedAt: at, issueType: 'payment-problem' });
    expect(d.due.getTime() - at.getTime()).toBe(48 * HOUR);
    expect(d.source).toBe('channel');
  });

  it('an issue type never makes a deadline later than the channel’s own', () => {
    const at = bj('2026-09-30T20:30:00');
    for (const channel of ['online-chat', 'hotline', 'email', 'social-media'] as const) {
      const own = responseDeadline({ channel, submittedAt: at }).due.getTime();
      for (const issueType of ISSUE_TYPES) {
        expect(responseDeadline({ channel, submittedAt: at, issueType }).due.getTime()).toBeLessThanOrEqual(
          own,
        );
      }
    }
  });
});

describe('responseDeadline: misuse', () => {
  const at = bj('2026-09-30T10:00:00');

  it('throws TiantianError with a code', () => {
    // @ts-expect-error an unknown channel
    expect(() => responseDeadline({ channel: 'fax', submittedAt: at })).toThrowError(
      expect.objectContaining({ code: 'unknown_channel' }),
    );
    expect(() => responseDeadline({ channel: 'email', submittedAt: new Date('x') })).toThrowError(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    // @ts-expect-error an unknown issue type
    expect(() => responseDeadline({ channel: 'email', submittedAt: at, issueType: 'weather' })).toThrowError(
      expect.objectContaining({ code: 'unknown_issue_type' }),
    );
    expect(() =>
      responseDeadline({ channel: 'online-chat', submittedAt: at, handoffAt: new Date(at.getTime() - 1) }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
    // @ts-expect-error not an object
    expect(() => responseDeadline(null)).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('a social-media due instant closes a stretch of open time', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: at });
    expect(isOpen(new Date(d.due.getTime() - 1), getChannel('social-media').hours)).toBe(true);
  });
});

// Exact results (due, counted periods, derivation in zh-CN/en/es) of responseDeadline for the
// guide's channels, pinned so that a change in any part of the sentence or the arithmetic shows.

/** The fields these cases pin, as present in the result: a field the result lacks stays absent. */
const PINNED = [
  'due',
  'startedAt',
  'countingFrom',
  'earliest',
  'issueType',
  'source',
  'basis',
  'counted',
  'derivation',
] as const;
const fieldsOf = (deadline: object): Record<string, unknown> =>
  Object.fromEntries(
    PINNED.filter((key) => key in deadline).map((key) => [key, (deadline as Record<string, unknown>)[key]]),
  );

describe('responseDeadline: exact results', () => {
  it.each<[string, ResponseDeadlineInput, Record<string, unknown>]>([
    [
      'social media evening before National Day',
      { channel: 'social-media', submittedAt: bj('2026-09-30T20:30:00') },
      {
        due: bj('2026-10-08T10:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        source: 'channel',
        basis: 'business',
        counted: [
          { from: bj('2026-09-30T20:30:00'), to: bj('2026-09-30T21:00:00'), minutes: 30 },
          { from: bj('2026-10-08T09:00:00'), to: bj('2026-10-08T10:30:00'), minutes: 90 },
        ],
        derivation: {
          'zh-CN':
            '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-30 20:30 提交；2026-09-30 20:30–21:00 计30分钟，2026-10-08 09:00–10:30 计90分钟；2026-10-08 10:30 到期（北京时间）。',
          en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-30 20:30; 2026-09-30 20:30–21:00 counts 30 min, 2026-10-08 09:00–10:30 counts 90 min; due 2026-10-08 10:30 Beijing time.',
          es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-30 20:30; 2026-09-30 20:30–21:00 cuenta 30 min, 2026-10-08 09:00–10:30 cuenta 90 min; vence 2026-10-08 10:30 hora de Pekín.',
        },
      },
    ],
    [
      'social media within open hours',
      { channel: 'social-media', submittedAt: bj('2026-09-29T10:15:00') },
      {
        due: bj('2026-09-29T12:15:00'),
        startedAt: bj('2026-09-29T10:15:00'),
        countingFrom: bj('2026-09-29T10:15:00'),
        source: 'channel',
        basis: 'business',
        counted: [{ from: bj('2026-09-29T10:15:00'), to: bj('2026-09-29T12:15:00'), minutes: 120 }],
        derivation: {
          'zh-CN':
            '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-29 10:15 提交；2026-09-29 10:15–12:15 计120分钟；2026-09-29 12:15 到期（北京时间）。',
          en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-29 10:15; 2026-09-29 10:15–12:15 counts 120 min; due 2026-09-29 12:15 Beijing time.',
          es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-29 10:15; 2026-09-29 10:15–12:15 cuenta 120 min; vence 2026-09-29 12:15 hora de Pekín.',
        },
      },
    ],
    [
      'social media before opening',
      { channel: 'social-media', submittedAt: bj('2026-09-29T07:00:00') },
      {
        due: bj('2026-09-29T11:00:00'),
        startedAt: bj('2026-09-29T07:00:00'),
        countingFrom: bj('2026-09-29T09:00:00'),
        source: 'channel',
        basis: 'business',
        counted: [{ from: bj('2026-09-29T09:00:00'), to: bj('2026-09-29T11:00:00'), minutes: 120 }],
        derivation: {
          'zh-CN':
            '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-29 07:00 提交；非工作时间，2026-09-29 09:00 起计时；2026-09-29 09:00–11:00 计120分钟；2026-09-29 11:00 到期（北京时间）。',
          en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-29 07:00; closed then, the clock starts 2026-09-29 09:00; 2026-09-29 09:00–11:00 counts 120 min; due 2026-09-29 11:00 Beijing time.',
          es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-29 07:00; cerrado entonces, el reloj empieza 2026-09-29 09:00; 2026-09-29 09:00–11:00 cuenta 120 min; vence 2026-09-29 11:00 hora de Pekín.',
        },
      },
    ],
    [
      'social media 30 s before closing',
      { channel: 'social-media', submittedAt: bj('2026-09-29T20:59:30') },
      {
        due: bj('2026-09-30T10:59:30'),
        startedAt: bj('2026-09-29T20:59:30'),
        countingFrom: bj('2026-09-29T20:59:30'),
        source: 'channel',
        basis: 'business',
        counted: [
          { from: bj('2026-09-29T20:59:30'), to: bj('2026-09-29T21:00:00'), minutes: 0.5 },
          { from: bj('2026-09-30T09:00:00'), to: bj('2026-09-30T10:59:30'), minutes: 119.5 },
        ],
        derivation: {
          'zh-CN':
            '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-29 20:59:30 提交；2026-09-29 20:59:30–21:00 计0.5分钟，2026-09-30 09:00–10:59:30 计119.5分钟；2026-09-30 10:59:30 到期（北京时间）。',
          en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-29 20:59:30; 2026-09-29 20:59:30–21:00 counts 0.5 min, 2026-09-30 09:00–10:59:30 counts 119.5 min; due 2026-09-30 10:59:30 Beijing time.',
          es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-29 20:59:30; 2026-09-29 20:59:30–21:00 cuenta 0.5 min, 2026-09-30 09:00–10:59:30 cuenta 119.5 min; vence 2026-09-30 10:59:30 hora de Pekín.',
        },
      },
    ],
    [
      'social media logistics-delay (channel stricter)',
      {
        channel: 'social-media',
        submittedAt: bj('2026-09-29T10:15:00'),
        issueType: 'logistics-delay',
      },
      {
        due: bj('2026-09-29T12:15:00'),
        startedAt: bj('2026-09-29T10:15:00'),
        countingFrom: bj('2026-09-29T10:15:00'),
        issueType: 'logistics-delay',
        source: 'channel',
        basis: 'business',
        counted: [{ from: bj('2026-09-29T10:15:00'), to: bj('2026-09-29T12:15:00'), minutes: 120 }],
        derivation: {
          'zh-CN':
            '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-29 10:15 提交；2026-09-29 10:15–12:15 计120分钟；2026-09-29 12:15 到期（北京时间）。',
          en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-29 10:15; 2026-09-29 10:15–12:15 counts 120 min; due 2026-09-29 12:15 Beijing time.',
          es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-29 10:15; 2026-09-29 10:15–12:15 cuenta 120 min; vence 2026-09-29 12:15 hora de Pekín.',
        },
      },
    ],
    [
      'email',
      { channel: 'email', submittedAt: bj('2026-09-30T20:30:00') },
      {
        due: bj('2026-10-02T20:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        earliest: bj('2026-10-01T20:30:00'),
        source: 'channel',
        basis: 'calendar',
        counted: [{ from: bj('2026-09-30T20:30:00'), to: bj('2026-10-02T20:30:00'), minutes: 2880 }],
        derivation: {
          'zh-CN':
            '邮件沟通渠道：24-48小时，按自然时间计48小时；2026-09-30 20:30 提交；最早 2026-10-01 20:30；2026-10-02 20:30 到期（北京时间）。',
          en: 'Email: within 24 to 48 hours, 48 h of calendar time; submitted 2026-09-30 20:30; at the earliest 2026-10-01 20:30; due 2026-10-02 20:30 Beijing time.',
          es: 'Correo electrónico: en 24 a 48 horas, 48 h de tiempo natural; enviado 2026-09-30 20:30; como pronto 2026-10-01 20:30; vence 2026-10-02 20:30 hora de Pekín.',
        },
      },
    ],
    [
      'email complex',
      { channel: 'email', submittedAt: bj('2026-09-30T20:30:00'), complex: true },
      {
        due: bj('2026-10-03T20:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        earliest: bj('2026-10-01T20:30:00'),
        source: 'channel',
        basis: 'calendar',
        counted: [{ from: bj('2026-09-30T20:30:00'), to: bj('2026-10-03T20:30:00'), minutes: 4320 }],
        derivation: {
          'zh-CN':
            '邮件沟通渠道：复杂问题72小时内，按自然时间计72小时；2026-09-30 20:30 提交；最早 2026-10-01 20:30；2026-10-03 20:30 到期（北京时间）。',
          en: 'Email: within 72 hours for complex cases, 72 h of calendar time; submitted 2026-09-30 20:30; at the earliest 2026-10-01 20:30; due 2026-10-03 20:30 Beijing time.',
          es: 'Correo electrónico: en 72 horas para casos complejos, 72 h de tiempo natural; enviado 2026-09-30 20:30; como pronto 2026-10-01 20:30; vence 2026-10-03 20:30 hora de Pekín.',
        },
      },
    ],
    [
      'email logistics-delay',
      {
        channel: 'email',
        submittedAt: bj('2026-09-30T20:30:00'),
        issueType: 'logistics-delay',
      },
      {
        due: bj('2026-10-01T20:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        earliest: bj('2026-10-01T20:30:00'),
        issueType: 'logistics-delay',
        source: 'issue-type',
        basis: 'calendar',
        counted: [{ from: bj('2026-09-30T20:30:00'), to: bj('2026-10-01T20:30:00'), minutes: 1440 }],
        derivation: {
          'zh-CN':
            '邮件沟通渠道：物流延迟按渠道表“24小时内”，严于本渠道的“24-48小时”；24小时内，按自然时间计24小时；2026-09-30 20:30 提交；最早 2026-10-01 20:30；2026-10-01 20:30 到期（北京时间）。',
          en: "Email: Delivery delay follows the channel table's “within 24 hours”, stricter than the channel's “within 24 to 48 hours”; within 24 hours, 24 h of calendar time; submitted 2026-09-30 20:30; at the earliest 2026-10-01 20:30; due 2026-10-01 20:30 Beijing time.",
          es: 'Correo electrónico: Retraso en la entrega sigue la tabla de canales («en menos de 24 horas»), más estricta que la del canal («en 24 a 48 horas»); en menos de 24 horas, 24 h de tiempo natural; enviado 2026-09-30 20:30; como pronto 2026-10-01 20:30; vence 2026-10-01 20:30 hora de Pekín.',
        },
      },
    ],
    [
      'online chat with hand-off',
      {
        channel: 'online-chat',
        submittedAt: bj('2026-09-30T20:30:00'),
        handoffAt: bj('2026-09-30T20:45:30'),
      },
      {
        due: bj('2026-09-30T21:45:30'),
        startedAt: bj('2026-09-30T20:45:30'),
        countingFrom: bj('2026-09-30T20:45:30'),
        source: 'channel',
        basis: 'calendar',
        counted: [{ from: bj('2026-09-30T20:45:30'), to: bj('2026-09-30T21:45:30'), minutes: 60 }],
        derivation: {
          'zh-CN':
            'APP内在线客服：转人工后1小时内，按自然时间计1小时；2026-09-30 20:30 提交，2026-09-30 20:45:30 转人工；2026-09-30 21:45:30 到期（北京时间）。',
          en: 'In-app online chat: within 1 hour of reaching a person, 1 h of calendar time; submitted 2026-09-30 20:30, with a person from 2026-09-30 20:45:30; due 2026-09-30 21:45:30 Beijing time.',
          es: 'Chat en línea en la app: en menos de 1 hora tras pasar con un agente, 1 h de tiempo natural; enviado 2026-09-30 20:30, con un agente desde 2026-09-30 20:45:30; vence 2026-09-30 21:45:30 hora de Pekín.',
        },
      },
    ],
    [
      'online chat',
      { channel: 'online-chat', submittedAt: bj('2026-09-30T20:30:00') },
      {
        due: bj('2026-09-30T21:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        source: 'channel',
        basis: 'calendar',
        counted: [{ from: bj('2026-09-30T20:30:00'), to: bj('2026-09-30T21:30:00'), minutes: 60 }],
        derivation: {
          'zh-CN':
            'APP内在线客服：转人工后1小时内，按自然时间计1小时；2026-09-30 20:30 提交；2026-09-30 21:30 到期（北京时间）。',
          en: 'In-app online chat: within 1 hour of reaching a person, 1 h of calendar time; submitted 2026-09-30 20:30; due 2026-09-30 21:30 Beijing time.',
          es: 'Chat en línea en la app: en menos de 1 hora tras pasar con un agente, 1 h de tiempo natural; enviado 2026-09-30 20:30; vence 2026-09-30 21:30 hora de Pekín.',
        },
      },
    ],
    [
      'online chat quality-dispute (tie)',
      {
        channel: 'online-chat',
        submittedAt: bj('2026-09-30T20:30:00'),
        issueType: 'quality-dispute',
      },
      {
        due: bj('2026-09-30T21:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        issueType: 'quality-dispute',
        source: 'channel',
        basis: 'calendar',
        counted: [{ from: bj('2026-09-30T20:30:00'), to: bj('2026-09-30T21:30:00'), minutes: 60 }],
        derivation: {
          'zh-CN':
            'APP内在线客服：转人工后1小时内，按自然时间计1小时；2026-09-30 20:30 提交；2026-09-30 21:30 到期（北京时间）。',
          en: 'In-app online chat: within 1 hour of reaching a person, 1 h of calendar time; submitted 2026-09-30 20:30; due 2026-09-30 21:30 Beijing time.',
          es: 'Chat en línea en la app: en menos de 1 hora tras pasar con un agente, 1 h de tiempo natural; enviado 2026-09-30 20:30; vence 2026-09-30 21:30 hora de Pekín.',
        },
      },
    ],
    [
      'online chat payment-problem',
      {
        channel: 'online-chat',
        submittedAt: bj('2026-09-30T20:30:00'),
        issueType: 'payment-problem',
      },
      {
        due: bj('2026-09-30T20:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        issueType: 'payment-problem',
        source: 'issue-type',
        basis: 'calendar',
        counted: [],
        derivation: {
          'zh-CN':
            'APP内在线客服：紧急支付问题按渠道表“即时响应”，严于本渠道的“转人工后1小时内”；即时响应；2026-09-30 20:30 提交；即时到期（2026-09-30 20:30，北京时间）。',
          en: "In-app online chat: Urgent payment problem follows the channel table's “immediately”, stricter than the channel's “within 1 hour of reaching a person”; immediately; submitted 2026-09-30 20:30; due at once (2026-09-30 20:30 Beijing time).",
          es: 'Chat en línea en la app: Problema urgente de pago sigue la tabla de canales («de inmediato»), más estricta que la del canal («en menos de 1 hora tras pasar con un agente»); de inmediato; enviado 2026-09-30 20:30; vence de inmediato (2026-09-30 20:30 hora de Pekín).',
        },
      },
    ],
    [
      'hotline',
      { channel: 'hotline', submittedAt: bj('2026-09-30T20:30:00') },
      {
        due: bj('2026-09-30T20:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        source: 'channel',
        basis: 'calendar',
        counted: [],
        derivation: {
          'zh-CN': '官方服务热线：即时响应；2026-09-30 20:30 提交；即时到期（2026-09-30 20:30，北京时间）。',
          en: 'Customer service hotline: immediately; submitted 2026-09-30 20:30; due at once (2026-09-30 20:30 Beijing time).',
          es: 'Línea de atención telefónica: de inmediato; enviado 2026-09-30 20:30; vence de inmediato (2026-09-30 20:30 hora de Pekín).',
        },
      },
    ],
    [
      'hotline handoffAt ignored',
      {
        channel: 'hotline',
        submittedAt: bj('2026-09-30T20:30:00'),
        handoffAt: bj('2026-09-30T20:40:00'),
      },
      {
        due: bj('2026-09-30T20:30:00'),
        startedAt: bj('2026-09-30T20:30:00'),
        countingFrom: bj('2026-09-30T20:30:00'),
        source: 'channel',
        basis: 'calendar',
        counted: [],
        derivation: {
          'zh-CN': '官方服务热线：即时响应；2026-09-30 20:30 提交；即时到期（2026-09-30 20:30，北京时间）。',
          en: 'Customer service hotline: immediately; submitted 2026-09-30 20:30; due at once (2026-09-30 20:30 Beijing time).',
          es: 'Línea de atención telefónica: de inmediato; enviado 2026-09-30 20:30; vence de inmediato (2026-09-30 20:30 hora de Pekín).',
        },
      },
    ],
  ])('%s', (_title, input, expected) => {
    expect(fieldsOf(responseDeadline(input))).toStrictEqual(expected);
  });
});

describe('responseDeadline: bad input', () => {
  it('rejects a non-object', () => {
    for (const [input, got] of [
      [null, 'null'],
      [5, 'number 5'],
    ] as const) {
      expect(() => responseDeadline(input as never)).toThrowError(
        expect.objectContaining({
          code: 'invalid_argument',
          message: `responseDeadline expects an object { channel, submittedAt, issueType?, complex?, handoffAt? }, got ${got}`,
        }),
      );
    }
  });

  it('names the invalid date', () => {
    expect(() => responseDeadline({ channel: 'email', submittedAt: new Date('x') } as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: 'submittedAt must be a valid Date, got Invalid Date',
        path: ['submittedAt'],
      }),
    );
    expect(() =>
      responseDeadline({
        channel: 'online-chat',
        submittedAt: bj('2026-09-30T20:30:00'),
        handoffAt: new Date('x'),
      } as never),
    ).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        message: 'handoffAt must be a valid Date, got Invalid Date',
        path: ['handoffAt'],
      }),
    );
  });

  it('rejects a non-boolean complex', () => {
    expect(() =>
      responseDeadline({
        channel: 'email',
        submittedAt: bj('2026-09-30T20:30:00'),
        complex: 'yes',
      } as never),
    ).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'complex must be a boolean, got "yes"',
        path: ['complex'],
      }),
    );
  });

  it('rejects a hand-off one second before submission, accepts one at submission', () => {
    expect(() =>
      responseDeadline({
        channel: 'online-chat',
        submittedAt: bj('2026-09-30T20:30:00'),
        handoffAt: bj('2026-09-30T20:29:59'),
      } as never),
    ).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message:
          'handoffAt (2026-09-30T12:29:59.000Z) is before submittedAt (2026-09-30T12:30:00.000Z); a chat reaches a person after it starts',
        path: ['handoffAt'],
      }),
    );
    const d = responseDeadline({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T20:30:00'),
      handoffAt: bj('2026-09-30T20:30:00'),
    });
    expect(d.due).toEqual(bj('2026-09-30T21:30:00'));
    expect(d.derivation.en).toBe(
      'In-app online chat: within 1 hour of reaching a person, 1 h of calendar time; submitted 2026-09-30 20:30; due 2026-09-30 21:30 Beijing time.',
    );
  });
});

describe('responseDeadline: the supported instants (the calendar’s 1901-01-01T00:00Z to 2100-01-01T00:00Z)', () => {
  const CHANNELS = ['email', 'online-chat', 'hotline', 'social-media'] as const;
  const outside: [string, Date][] = [
    ['the largest Date', new Date(8.64e15)],
    ['the smallest Date', new Date(-8.64e15)],
    ['1800-01-01', new Date('1800-01-01T00:00:00Z')],
    ['a millisecond before 1901', new Date(Date.UTC(1901, 0, 1) - 1)],
    ['2100-01-01', new Date(Date.UTC(2100, 0, 1))],
  ];
  const cases = CHANNELS.flatMap((channel) => outside.map(([name, at]) => [channel, name, at] as const));

  it.each(cases)('%s refuses a message sent at %s (out_of_range)', (channel, _name, submittedAt) => {
    expect(() => responseDeadline({ channel, submittedAt })).toThrowError(
      expect.objectContaining({ code: 'out_of_range', path: ['submittedAt'] }),
    );
  });

  it.each(['email', 'online-chat', 'social-media'] as const)(
    '%s refuses a due instant past the range (sent 2099-12-31 23:00Z)',
    (channel) => {
      const submittedAt = new Date('2099-12-31T23:00:00Z');
      expect(() => responseDeadline({ channel, submittedAt, complex: true })).toThrowError(
        expect.objectContaining({ code: 'out_of_range', path: ['due'] }),
      );
    },
  );

  it('the hotline, due at once, answers up to the last supported instant', () => {
    const submittedAt = new Date('2099-12-31T23:00:00Z');
    expect(responseDeadline({ channel: 'hotline', submittedAt }).due).toEqual(submittedAt);
  });

  it('refuses a hand-off outside the range', () => {
    expect(() =>
      responseDeadline({
        channel: 'online-chat',
        submittedAt: new Date('2099-12-31T00:00:00Z'),
        handoffAt: new Date(8.64e15),
      }),
    ).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['handoffAt'] }));
  });

  it.each(CHANNELS)('%s accepts the first and the last supported days', (channel) => {
    for (const submittedAt of [new Date('1901-01-02T00:00:00Z'), new Date('2099-12-20T00:00:00Z')]) {
      expect(Number.isNaN(responseDeadline({ channel, submittedAt }).due.getTime())).toBe(false);
    }
  });
});

describe('responseDeadline: days of a year without a published notice are estimates', () => {
  // cn-holidays.json: “2027 has no published notice yet.”
  it('social media in 2027 names the estimated days on its path, in the derivation too', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2027-03-10T20:30:00') });
    expect(d.estimatedDays).toEqual(['2027-03-10', '2027-03-11']);
    expect(d.derivation['zh-CN']).toContain('2027-03-10、2027-03-11 所在年份尚无国务院放假通知');
    expect(d.derivation.en).toContain('2027-03-10, 2027-03-11');
    expect(d.derivation.en).toContain('estimate');
  });

  it('the estimate note follows the whole derivation in zh-CN and es, with the days listed', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2027-03-10T20:30:00') });
    expect(d.derivation['zh-CN']).toMatch(/^社交媒体渠道：/);
    expect(d.derivation['zh-CN']).toMatch(/到期（北京时间）。2027-03-10、2027-03-11 所在年份/);
    expect(d.derivation.es).toMatch(/^Redes sociales: /);
    expect(d.derivation.es).toContain(
      '2027-03-10, 2027-03-11: aún no hay aviso del Consejo de Estado para ese año',
    );
  });

  it('a path from 2026 into 2027 names only the 2027 days (元旦 and the weekend are estimates too)', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-12-31T20:30:00') });
    expect(d.due).toEqual(bj('2027-01-04T10:30:00'));
    expect(d.estimatedDays).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04']);
  });

  it.each([
    ['social-media', '2026-09-30T20:30:00'],
    ['email', '2027-03-10T20:30:00'],
    ['hotline', '2027-03-10T20:30:00'],
    ['online-chat', '2027-03-10T20:30:00'],
  ] as const)(
    '%s at %s estimates nothing (a published year, or a clock that ignores the calendar)',
    (channel, at) => {
      const d = responseDeadline({ channel, submittedAt: bj(at) });
      expect(d.estimatedDays).toEqual([]);
      expect(d.derivation.en).not.toContain('estimate');
    },
  );
});

describe('responseDeadline: instants that are not whole minutes', () => {
  it('writes the seconds of a submission at 10:15:30 in the derivation', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-29T10:15:30') });
    expect(d.due).toEqual(bj('2026-09-29T12:15:30'));
    expect(d.derivation.en).toContain('submitted 2026-09-29 10:15:30');
  });

  it('writes the seconds (:00) of a submission 500 ms after a whole minute', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-29T10:15:00.500') });
    expect(d.derivation.en).toContain('submitted 2026-09-29 10:15:00');
  });
});

describe('responseDeadline: an issue type whose row does not list the channel', () => {
  it('keeps the channel rule and does not say the channel table won', () => {
    // A row of the channel table that does not list email (such as 商品质量争议, chat only): by email the channel's own 48 h stands.
    const row = GUIDE_CHANNEL_TABLE.find((r) => !r.channels.includes('email'));
    expect(row).toBeDefined();
    const d = responseDeadline({
      channel: 'email',
      submittedAt: bj('2026-09-29T10:00:00'),
      issueType: row?.issueType,
    });
    expect(d.source).toBe('channel');
    expect(d.derivation.en).not.toContain('channel table');
    expect(d.derivation['zh-CN']).not.toContain('按渠道表');
  });
});
