import { describe, expect, it } from 'vitest';
import { fold, PII_KINDS, scanPii } from '../../src/safety/scan.js';

describe('fold', () => {
  it('turns full-width forms, ideographic spaces and dashes into ASCII, one unit for one', () => {
    const text = '１３８－１２３４　５６７８＠ｑｑ．ｃｏｍ—';
    expect(fold(text)).toBe('138-1234 5678@qq.com-');
    expect(fold(text).length).toBe(text.length);
  });

  it('returns the same string when there is nothing to fold', () => {
    expect(fold('手机13812345678')).toBe('手机13812345678');
  });
});

describe('scanPii', () => {
  const all = { kinds: new Set(PII_KINDS), legacyIdCards: false, now: new Date('2026-12-01T00:00:00Z') };

  it('gives canonical values and the written prefix', () => {
    expect(scanPii('+86 138-1234-5678 和 Zhang@QQ.com', all)).toEqual([
      {
        kind: 'phone',
        start: 0,
        end: 17,
        confidence: 0.95,
        validator: 'mobile-prefix',
        value: '13812345678',
        prefix: '+86 ',
      },
      {
        kind: 'email',
        start: 20,
        end: 32,
        confidence: 0.95,
        validator: 'email-syntax',
        value: 'zhang@qq.com',
        prefix: '',
      },
    ]);
  });

  it('lets an email hold its digits (13812345678@163.com is one email)', () => {
    expect(scanPii('13812345678@163.com', all).map((f) => f.kind)).toEqual(['email']);
  });

  it('reads a card word first: 18 digits after 银行卡 are a card even when they also pass the ID check', () => {
    expect(scanPii('银行卡620102199001011235', all).map((f) => f.kind)).toEqual(['bank-card']);
  });
});
