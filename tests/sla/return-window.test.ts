import { describe, expect, it } from 'vitest';
import { returnWindow } from '../../src/sla/return-window.js';

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
    }).toEqual(expected);
  });

  it('says its basis and its sources', () => {
    const window = returnWindow({ signedAt: new Date('2026-09-24T10:00:00+08:00') });
    expect({ zh: window.basis['zh-CN'], sources: window.sources }).toEqual({
      zh: '2026-09-24 签收，次日起算七日，第七日为 2026-10-01（休息日，顺延至其后第一个工作日）；无理由退货期限至 2026-10-08 24:00（北京时间）',
      sources: [
        '中华人民共和国消费者权益保护法 第二十五条',
        '网络购买商品七日无理由退货暂行办法（2017年3月15日起施行）',
        '中华人民共和国民法典 第二百零一条',
        '中华人民共和国民法典 第二百零三条',
      ],
    });
  });

  it.each([
    ['undefined', undefined],
    ['an Invalid Date', new Date('x')],
    ['a fake Date', Object.create(Date.prototype)],
    ['a string', '2026-11-23'],
  ])('refuses %s as signedAt', (_name, signedAt) => {
    expect(() => returnWindow({ signedAt } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_date', path: ['signedAt'] }),
    );
  });
});
