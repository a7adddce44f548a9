import { describe, expect, it } from 'vitest';
import {
  CBEC_REGIMES,
  cbecCompositePercent,
  estimateImportTax,
  isHighEndCosmetic,
  POSTAL_LIMITS,
  POSTAL_REGIMES,
  safeEstimateImportTax,
} from '../../src/money/index.js';

const at = new Date('2026-03-01T12:00:00+08:00');
const serum = { value: 42500, vatPercent: 13, consumptionTaxPercent: 15 };

describe('estimateImportTax: CBEC (跨境电商零售进口)', () => {
  it('reproduces the worked example: a 425-yuan 20 g serum pays 52.50 + 45.50 = 98.00', () => {
    // 财关税〔2016〕18号: “关税税率暂设为0%；进口环节增值税、消费税…暂按法定应纳税额的70%征收”
    const r = estimateImportTax({ regime: 'cbec', lines: [serum], at });
    expect(r.lines).toEqual([
      { dutiableValue: 42500, tariff: 0, consumptionTax: 5250, vat: 4550, postalTax: 0 },
    ]);
    expect(r.total).toBe(9800);
    expect(r.rule).toBe('cbec-preferential');
    expect(r.sources[0]?.document).toBe('财关税〔2018〕49号');
  });

  it.each([
    [13, 0, '9.1'],
    [9, 0, '6.3'],
    [13, 15, '23.059'],
    [13, 10, '17.889'],
  ])('composite rate at VAT %d percent and consumption tax %d percent is %s percent', (v, c, expected) => {
    expect(cbecCompositePercent(v, c)).toBe(expected);
  });

  it('the serum is high-end: 425 yuan for 20 g is at least 10 yuan a gram (财税〔2016〕103号)', () => {
    // “在10元/毫升（克）或15元/片（张）及以上”
    expect([
      isHighEndCosmetic({ price: 42500, content: 20 }),
      isHighEndCosmetic({ price: 1000, content: 1 }),
      isHighEndCosmetic({ price: 999, content: 1 }),
      isHighEndCosmetic({ price: 1500, pieces: 1 }),
      isHighEndCosmetic({ price: 1499, pieces: 1 }),
    ]).toEqual([true, true, false, true, false]);
  });

  it('dutiable value includes freight and insurance (“包括货物零售价格、运费和保险费”)', () => {
    const r = estimateImportTax({
      regime: 'cbec',
      lines: [{ value: 10000, vatPercent: 13 }],
      freight: 1000,
      insurance: 500,
      at,
    });
    expect(r.dutiableValue).toBe(11500);
    // 115 × 13% × 70% = 10.465 → 10.47 (half-up, once).
    expect(r.lines[0]?.vat).toBe(1047);
  });

  it('exactly 5,000 yuan is within the single limit; one fen more with one item pays full taxes', () => {
    // 财关税〔2018〕49号: “单次交易限值由人民币2000元提高至5000元”; “订单下仅一件商品时…按照货物税率全额征收”
    const within = estimateImportTax({ regime: 'cbec', lines: [{ value: 500000, vatPercent: 13 }], at });
    expect([within.rule, within.total]).toEqual(['cbec-preferential', 45500]);
    const above = estimateImportTax({
      regime: 'cbec',
      lines: [{ value: 500001, vatPercent: 13, tariffPercent: 10, indivisible: true }],
      at,
    });
    // tariff 500.001 → 500.00; VAT (5000.01 + 500.001) × 13% = 715.0013 → 715.00.
    expect({
      rule: above.rule,
      eligible: above.eligible,
      line: above.lines[0],
      annualTotal: above.annualTotal,
    }).toEqual({
      rule: 'cbec-full',
      eligible: true,
      line: { dutiableValue: 500001, tariff: 50000, consumptionTax: 0, vat: 71500, postalTax: 0 },
      annualTotal: 500001,
    });
  });

  it('above the single limit with two items it is not eligible (general trade)', () => {
    const r = estimateImportTax({
      regime: 'cbec',
      lines: [{ value: 300000, quantity: 2, vatPercent: 13 }],
      at,
    });
    expect([r.rule, r.eligible]).toEqual(['general-trade', false]);
    expect(r.notes.some((n) => n.includes('more than one item'))).toBe(true);
  });

  it('the annual limit of 26,000 yuan counts what was used (annualUsed)', () => {
    // “年度交易限值由人民币20000元提高至26000元”
    const exactly = estimateImportTax({
      regime: 'cbec',
      lines: [{ value: 100000, vatPercent: 13 }],
      annualUsed: 2500000,
      at,
    });
    const over = estimateImportTax({
      regime: 'cbec',
      lines: [{ value: 100001, vatPercent: 13 }],
      annualUsed: 2500000,
      at,
    });
    expect([exactly.rule, exactly.annualTotal, over.rule, over.eligible]).toEqual([
      'cbec-preferential',
      2600000,
      'general-trade',
      false,
    ]);
  });

  it('the order date picks the regime: 2,000 yuan a transaction in 2018', () => {
    const r = estimateImportTax({
      regime: 'cbec',
      lines: [{ value: 300000, vatPercent: 16, indivisible: true }],
      at: new Date('2018-06-01T12:00:00+08:00'),
    });
    // 财关税〔2016〕18号: “完税价格超过2000元限值的单个不可分割商品，均按照一般贸易方式全额征税”
    expect([r.rule, r.sources[0]?.document, r.total]).toEqual(['general-trade', '财关税〔2016〕18号', 48000]);
    expect(CBEC_REGIMES[0].singleLimit).toBe(200000);
  });

  it('before 2016-04-08 there is no CBEC regime', () => {
    expect(() =>
      estimateImportTax({ regime: 'cbec', lines: [serum], at: new Date('2016-04-07T12:00:00+08:00') }),
    ).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['at'] }));
  });
});

describe('estimateImportTax: postal articles (行邮税)', () => {
  it('uses the 2019 rates 13/20/50% (税委会〔2019〕17号) and waives a tax of at most 50 yuan', () => {
    expect(POSTAL_REGIMES[2].percents).toEqual(['13', '20', '50']);
    // 海关总署公告2010年第43号: “应征进口税税额在人民币50元（含50元）以下的，海关予以免征”
    const waived = estimateImportTax({
      regime: 'postal',
      lines: [{ value: 25000, vatPercent: 13, postalPercent: 20 }],
      at,
    });
    expect([waived.exempt, waived.total, waived.lines[0]?.postalTax]).toEqual([true, 0, 5000]);
    // 250.01 × 20% = 50.002, assessed (rounded once) at 50.00: still waived; 250.03 gives 50.01, due.
    const still = estimateImportTax({
      regime: 'postal',
      lines: [{ value: 25001, vatPercent: 13, postalCategory: 2 }],
      at,
    });
    expect([still.exempt, still.total]).toEqual([true, 0]);
    const due = estimateImportTax({
      regime: 'postal',
      lines: [{ value: 25003, vatPercent: 13, postalCategory: 2 }],
      at,
    });
    expect([due.exempt, due.total]).toEqual([false, 5001]);
  });

  it('parcel limits: 1,000 yuan, 800 from Hong Kong, Macao and Taiwan, unless one indivisible article', () => {
    // “寄自或寄往港、澳、台地区的物品，每次限值为800元人民币；寄自或寄往其它国家和地区的物品，每次限值为1000元人民币”
    const line = { value: 90000, vatPercent: 13, postalPercent: 50 };
    expect(estimateImportTax({ regime: 'postal', lines: [line], at }).rule).toBe('postal');
    expect(estimateImportTax({ regime: 'postal', lines: [line], parcelFrom: 'hk', at }).rule).toBe(
      'postal-over-limit',
    );
    expect(
      estimateImportTax({
        regime: 'postal',
        lines: [{ value: 100000, vatPercent: 13, postalPercent: 13 }],
        at,
      }).rule,
    ).toBe('postal');
    // “但邮包内仅有一件物品且不可分割的，虽超出规定限值…可以按照个人物品规定办理通关手续”
    const one = estimateImportTax({
      regime: 'postal',
      lines: [{ ...line, value: 200000, indivisible: true }],
      at,
    });
    expect([one.rule, one.total]).toEqual(['postal', 100000]);
    expect(POSTAL_LIMITS.parcelHkMacaoTaiwan).toBe(80000);
  });

  it('refuses a rate not in force on the order date', () => {
    expect(
      safeEstimateImportTax({
        regime: 'postal',
        lines: [{ value: 1, vatPercent: 13, postalPercent: 15 }],
        at,
      }),
    ).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_value',
            message:
              'lines[0].postalPercent 15 is not a rate in force on 2026-03-01 (13, 20, 50, 税委会〔2019〕17号)',
            path: ['lines', 0, 'postalPercent'],
          },
        ],
      },
    });
  });
});

describe('estimateImportTax: bad input', () => {
  it.each<[string, unknown, (string | number)[]]>([
    ['negative value', { regime: 'cbec', lines: [{ value: -1, vatPercent: 13 }] }, ['lines', 0, 'value']],
    ['fractional fen', { regime: 'cbec', lines: [{ value: 1.5, vatPercent: 13 }] }, ['lines', 0, 'value']],
    ['1e400', { regime: 'cbec', lines: [{ value: Number('1e400'), vatPercent: 13 }] }, ['lines', 0, 'value']],
    ['unknown regime', { regime: 'duty-free', lines: [{ value: 1, vatPercent: 13 }] }, ['regime']],
    [
      'a rate of 7 decimals',
      { regime: 'cbec', lines: [{ value: 1, vatPercent: 13.0000001 }] },
      ['lines', 0, 'vatPercent'],
    ],
    [
      'consumption tax of 100%',
      { regime: 'cbec', lines: [{ value: 1, vatPercent: 13, consumptionTaxPercent: 100 }] },
      ['lines', 0, 'consumptionTaxPercent'],
    ],
  ])('%s', (_, request, path) => {
    const r = safeEstimateImportTax(request);
    expect(r.success ? [] : r.error.issues[0]?.path).toEqual(path);
    expect(() => estimateImportTax(request as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
  });

  it('never throws for hostile values', () => {
    expect(
      safeEstimateImportTax(
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('x');
            },
          },
        ),
      ).success,
    ).toBe(false);
    expect(
      safeEstimateImportTax({ regime: 'cbec', lines: [serum], at: Object.create(Date.prototype) }).success,
    ).toBe(false);
  });
});
