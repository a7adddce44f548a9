import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/faq/entities.js';

describe('extractEntities', () => {
  it.each([
    [
      '订单号 3287711520094561234，商家说48小时发货，现在都五天了',
      {
        orderIds: ['3287711520094561234'],
        trackingNumbers: [],
        amounts: [],
        durations: [
          { text: '48小时', amount: 48, unit: 'hour' },
          { text: '五天了', amount: 5, unit: 'day' },
        ],
      },
    ],
    [
      'order #328771152009456123 paid ¥12.5 a week ago',
      {
        orderIds: ['328771152009456123'],
        trackingNumbers: [],
        amounts: [{ text: '¥12.5', fen: 1250 }],
        durations: [{ text: 'a week', amount: 1, unit: 'week' }],
      },
    ],
    [
      'pedido 328771152009456123, hace dos semanas',
      {
        orderIds: ['328771152009456123'],
        trackingNumbers: [],
        amounts: [],
        durations: [{ text: 'dos semanas', amount: 2, unit: 'week' }],
      },
    ],
    [
      '订单编号：123456789012345 运单号SF1234567890123 退了30元 花了50块钱 等了十二天 两个月',
      {
        orderIds: ['123456789012345'],
        trackingNumbers: ['SF1234567890123'],
        amounts: [
          { text: '30元', fen: 3000 },
          { text: '50块钱', fen: 5000 },
        ],
        durations: [
          { text: '十二天', amount: 12, unit: 'day' },
          { text: '两个月', amount: 2, unit: 'month' },
        ],
      },
    ],
    ['我的手机号 13800138000 订单 12345', { orderIds: [], trackingNumbers: [], amounts: [], durations: [] }],
  ])('%j', (text, expected) => {
    expect(extractEntities(text)).toEqual(expected);
  });

  it('reads a number of 15 to 20 digits only after an order cue', () => {
    expect(extractEntities('3287711520094561234').orderIds).toEqual([]);
    expect(extractEntities('订单号 123456789012345678901').orderIds).toEqual([]);
  });

  it('never throws: a non-string and a huge string give lists', () => {
    expect(extractEntities(42 as unknown as string)).toEqual({
      orderIds: [],
      trackingNumbers: [],
      amounts: [],
      durations: [],
    });
    expect(extractEntities(`${'订单'.repeat(500_000)}`).orderIds).toEqual([]);
  });
});
