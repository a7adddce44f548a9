import { describe, expect, it } from 'vitest';
import {
  CBEC_REGIMES,
  GUIDE_MONEY_WORDS,
  HIGH_END_COSMETICS,
  POSTAL_LIMITS,
  POSTAL_REGIMES,
} from '../../src/money/index.js';

describe('money facts', () => {
  it('CBEC limits: 5,000 a transaction and 26,000 a year from 2019-01-01 (财关税〔2018〕49号)', () => {
    expect(CBEC_REGIMES[1]).toMatchObject({ singleLimit: 500000, annualLimit: 2600000, levyShare: '0.7' });
    expect(CBEC_REGIMES[1].sources[0]).toMatchObject({
      document: '财关税〔2018〕49号',
      effectiveFrom: '2019-01-01',
    });
    expect(CBEC_REGIMES[1].sources[0]?.words).toContain('单次交易限值由人民币2000元提高至5000元');
  });

  it('regimes are in date order', () => {
    const dates = POSTAL_REGIMES.map((r) => r.source.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
  });

  it('the waiver, the parcel limits and high-end cosmetics quote their documents', () => {
    expect(POSTAL_LIMITS.source.words).toContain('应征进口税税额在人民币50元（含50元）以下的，海关予以免征');
    expect(HIGH_END_COSMETICS.source.words).toContain('10元/毫升（克）或15元/片（张）及以上');
    expect(GUIDE_MONEY_WORDS.coupon).toContain('检查券有效期及使用门槛');
  });
});
