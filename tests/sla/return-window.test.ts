import { describe, expect, it } from 'vitest';
import { dayPeriod, RETURN_WINDOW_LAW, returnWindow } from '../../src/sla/return-window.js';

// 网络购买商品七日无理由退货暂行办法: “七日期间自消费者签收商品的次日开始起算。”
// 民法典 第二百零三条: “期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。期间的最后一日的截止时间为二十四时”
describe('returnWindow', () => {
  it.each([
    [
      '2026-11-23T10:00:00+08:00',
      {
        firstDay: '2026-11-24',
        seventhDay: '2026-11-30',
        lastDay: '2026-11-30',
        endsAt: '2026-11-30T16:00:00.000Z',
        extended: false,
        estimate: false,
      },
    ],
    // Day 7 falls in National Day (10-01 to 10-07): the end moves to 10-08.
    [
      '2026-09-24T10:00:00+08:00',
      {
        firstDay: '2026-09-25',
        seventhDay: '2026-10-01',
        lastDay: '2026-10-08',
        endsAt: '2026-10-08T16:00:00.000Z',
        extended: true,
        estimate: false,
      },
    ],
    // 23:59 Beijing is still the signing day, though it is another day in UTC.
    [
      '2026-11-23T23:59:59+08:00',
      {
        firstDay: '2026-11-24',
        seventhDay: '2026-11-30',
        lastDay: '2026-11-30',
        endsAt: '2026-11-30T16:00:00.000Z',
        extended: false,
        estimate: false,
      },
    ],
    // Day 7 a Saturday: the end moves to Monday.
    [
      '2026-11-21T09:00:00+08:00',
      {
        firstDay: '2026-11-22',
        seventhDay: '2026-11-28',
        lastDay: '2026-11-30',
        endsAt: '2026-11-30T16:00:00.000Z',
        extended: true,
        estimate: false,
      },
    ],
    // 00:30 Beijing is the signing day, though it is the day before in UTC.
    [
      '2026-11-23T00:30:00+08:00',
      {
        firstDay: '2026-11-24',
        seventhDay: '2026-11-30',
        lastDay: '2026-11-30',
        endsAt: '2026-11-30T16:00:00.000Z',
        extended: false,
        estimate: false,
      },
    ],
    // Across a month's end: day 7 is 12-02, a Wednesday.
    [
      '2026-11-25T15:00:00+08:00',
      {
        firstDay: '2026-11-26',
        seventhDay: '2026-12-02',
        lastDay: '2026-12-02',
        endsAt: '2026-12-02T16:00:00.000Z',
        extended: false,
        estimate: false,
      },
    ],
    // Day 7 in 2027, a year the calendar estimates (no holiday notice in its data).
    [
      '2026-12-28T10:00:00+08:00',
      {
        firstDay: '2026-12-29',
        seventhDay: '2027-01-04',
        lastDay: '2027-01-04',
        endsAt: '2027-01-04T16:00:00.000Z',
        extended: false,
        estimate: true,
      },
    ],
  ])('signed for at %s', (signedAt, expected) => {
    const window = returnWindow({ signedAt: new Date(signedAt) });
    expect({
      firstDay: window.firstDay,
      seventhDay: window.seventhDay,
      lastDay: window.lastDay,
      endsAt: window.endsAt.toISOString(),
      extended: window.extended,
      estimate: window.estimate,
    }).toEqual(expected);
  });

  it('gives the whole window of goods signed for on a Monday, with its basis in every locale', () => {
    const signedAt = new Date('2026-11-23T10:00:00+08:00');
    const window = returnWindow({ signedAt });
    expect(window).toEqual({
      signedAt: new Date('2026-11-23T02:00:00.000Z'),
      firstDay: '2026-11-24',
      seventhDay: '2026-11-30',
      lastDay: '2026-11-30',
      endsAt: new Date('2026-11-30T16:00:00.000Z'),
      extended: false,
      estimate: false,
      timeZone: 'Asia/Shanghai',
      basis: {
        'zh-CN':
          '2026-11-23 签收，次日起算七日，第七日为 2026-11-30；无理由退货期限至 2026-11-30 24:00（北京时间）',
        en: 'Signed for on 2026-11-23; 7 days counted from the next day, day 7 is 2026-11-30; the no-reason return window ends 2026-11-30 24:00 Beijing time',
        es: 'Recibido el 2026-11-23; 7 días contados desde el día siguiente, el 7.º es 2026-11-30; la devolución sin motivo vence el 2026-11-30 a las 24:00, hora de Pekín',
      },
      sources: RETURN_WINDOW_LAW.sources.map((source) => source.source),
    });
    // A copy: the caller's Date may change afterwards.
    expect(window.signedAt).not.toBe(signedAt);
  });

  it('says its basis and its sources', () => {
    const window = returnWindow({ signedAt: new Date('2026-09-24T10:00:00+08:00') });
    expect({ basis: window.basis, sources: window.sources }).toEqual({
      basis: {
        'zh-CN':
          '2026-09-24 签收，次日起算七日，第七日为 2026-10-01（休息日，顺延至其后第一个工作日）；无理由退货期限至 2026-10-08 24:00（北京时间）',
        en: 'Signed for on 2026-09-24; 7 days counted from the next day, day 7 is 2026-10-01 (a rest day, so the end moves to the next working day); the no-reason return window ends 2026-10-08 24:00 Beijing time',
        es: 'Recibido el 2026-09-24; 7 días contados desde el día siguiente, el 7.º es 2026-10-01 (día de descanso: el fin pasa al siguiente día laborable); la devolución sin motivo vence el 2026-10-08 a las 24:00, hora de Pekín',
      },
      sources: [
        '中华人民共和国消费者权益保护法 第二十五条',
        '网络购买商品七日无理由退货暂行办法（2017年3月15日起施行）',
        '中华人民共和国民法典 第二百零一条',
        '中华人民共和国民法典 第二百零三条',
      ],
    });
  });

  it.each([
    ['undefined', undefined, 'undefined'],
    ['an Invalid Date', new Date('x'), 'Invalid Date'],
    // A fake Date is read as the Invalid Date it is, not as a missing value.
    ['a fake Date', Object.create(Date.prototype), 'Invalid Date'],
    // A string is refused as what it is, not turned into an Invalid Date first.
    ['a string', '2026-11-23', '"2026-11-23"'],
  ])('refuses %s as signedAt, showing it in the message', (_name, signedAt, shown) => {
    expect(() => returnWindow({ signedAt } as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_date',
        path: ['signedAt'],
        message: `signedAt must be a valid Date, got ${shown}`,
      }),
    );
  });
});

describe('returnWindow: no input', () => {
  it('refuses undefined instead of { signedAt } as an invalid signedAt', () => {
    expect(() => returnWindow(undefined as never)).toThrowError(
      expect.objectContaining({
        name: 'TiantianError',
        code: 'invalid_date',
        path: ['signedAt'],
        message: 'signedAt must be a valid Date, got undefined',
      }),
    );
  });
});

describe('dayPeriod', () => {
  it.each([
    [
      '2026-09-24T10:00:00+08:00',
      7,
      {
        startDay: '2026-09-24',
        nominalLastDay: '2026-10-01',
        lastDay: '2026-10-08',
        endsAt: new Date('2026-10-08T16:00:00.000Z'),
        estimate: false,
      },
    ],
    [
      '2026-09-24T10:00:00+08:00',
      15,
      {
        startDay: '2026-09-24',
        nominalLastDay: '2026-10-09',
        lastDay: '2026-10-09',
        endsAt: new Date('2026-10-09T16:00:00.000Z'),
        estimate: false,
      },
    ],
    [
      '2026-12-28T10:00:00+08:00',
      7,
      {
        startDay: '2026-12-28',
        nominalLastDay: '2027-01-04',
        lastDay: '2027-01-04',
        endsAt: new Date('2027-01-04T16:00:00.000Z'),
        estimate: true,
      },
    ],
  ])('counts from %s %i days', (from, days, expected) => {
    expect(dayPeriod(new Date(from), days)).toEqual(expected);
  });
});
