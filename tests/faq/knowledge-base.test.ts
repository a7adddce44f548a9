import { describe, expect, it } from 'vitest';
import { defaultFaqEntries, normalizeFaqText } from '../../src/faq/index.js';
import { FaqEntrySchema } from '../../src/faq/schemas.js';
import { ISSUE_TYPE_LABELS, ISSUE_TYPES } from '../../src/shared/issue-types.js';

const byId = (id: string) => defaultFaqEntries.find((entry) => entry.id === id);

describe('defaultFaqEntries', () => {
  it('has one entry per issue type, in ISSUE_TYPES order, each valid under FaqEntrySchema', () => {
    expect(defaultFaqEntries.map((entry) => entry.id)).toEqual([...ISSUE_TYPES]);
    for (const entry of defaultFaqEntries) {
      const parsed = FaqEntrySchema.safeParse(entry);
      expect(parsed.success, entry.id).toBe(true);
    }
  });

  it("titles each entry with the issue type's label", () => {
    for (const entry of defaultFaqEntries) {
      expect(entry.title['zh-CN']).toBe(ISSUE_TYPE_LABELS[entry.id]['zh-CN']);
    }
  });

  it('has many varied example questions per intent, in Chinese, English and Spanish', () => {
    for (const entry of defaultFaqEntries) {
      expect(entry.examples.length, entry.id).toBeGreaterThanOrEqual(20);
      const latin = entry.examples.filter((q) => /^[\p{Script=Latin}\s\p{P}\d]+$/u.test(q));
      expect(latin.length, `${entry.id} en/es`).toBeGreaterThanOrEqual(3);
      expect(
        entry.examples.some((q) => /[áéíóúñ¿¡]|\b(el|la|mi|no|qué|cómo)\b/.test(q)),
        `${entry.id} es`,
      ).toBe(true);
      const normalized = entry.examples.map((q) => normalizeFaqText(q));
      expect(new Set(normalized).size, `${entry.id} duplicates`).toBe(normalized.length);
    }
  });

  it('keeps the typos customers really type', () => {
    const all = defaultFaqEntries.flatMap((entry) => entry.examples).join('\n');
    for (const typo of ['优惠卷', '优惠劵', '退欵', '发huo']) expect(all).toContain(typo);
  });

  // 四、常见问题解决方案速查表: the answers quote the guide.
  it('Q1 支付成功未发货 — “立即联系客服核查订单状态,若超过承诺时间未发货,可申请双倍赔偿”', () => {
    expect(
      byId('paid-not-shipped')
        ?.answer.map((s) => s['zh-CN'])
        .join(','),
    ).toBe('立即联系客服核查订单状态,若超过承诺时间未发货,可申请双倍赔偿');
  });

  it('Q2 收到商品与描述不符 — “拍照取证后发起退货申请,同步向客服提供对比图佐证”', () => {
    expect(
      byId('not-as-described')
        ?.answer.map((s) => s['zh-CN'])
        .join(','),
    ).toBe('拍照取证后发起退货申请,同步向客服提供对比图佐证');
  });

  it('Q3 优惠券无法使用 — “检查券有效期及使用门槛,若仍无效可申请人工核销”', () => {
    expect(
      byId('coupon-unusable')
        ?.answer.map((s) => s['zh-CN'])
        .join(','),
    ).toBe('检查券有效期及使用门槛,若仍无效可申请人工核销');
  });

  it('Q4 跨境商品清关受阻 — “提供购买发票、成分证明等材料,客服协助联系海关”', () => {
    expect(
      byId('customs-blocked')
        ?.answer.map((s) => s['zh-CN'])
        .join(','),
    ).toBe('提供购买发票、成分证明等材料,客服协助联系海关');
  });

  it('Q5 误拍商品退款 — “在发货前可直接取消订单,已发货则需按退货流程处理”', () => {
    expect(
      byId('mistaken-order')
        ?.answer.map((s) => s['zh-CN'])
        .join(','),
    ).toBe('在发货前可直接取消订单,已发货则需按退货流程处理');
  });

  it('answers from the service modules’ duties, e.g. 质量问题仲裁 “对商品破损、功能故障等争议进行第三方检测协调”', () => {
    expect(byId('quality-dispute')?.answer.some((s) => s['zh-CN'].includes('第三方检测'))).toBe(true);
    // 投诉记录跟踪: “建立专属档案,持续跟进复杂投诉直至圆满解决”
    expect(byId('complaint-followup')?.answer.some((s) => s['zh-CN'].includes('持续跟进直至圆满解决'))).toBe(
      true,
    );
    // 赔偿方案制定: “根据平台规则协商补偿金额或优惠券发放”
    expect(byId('compensation')?.answer.some((s) => s['zh-CN'].includes('根据平台规则协商补偿金额'))).toBe(
      true,
    );
    // 热线: “拨打全国统一客服热线:9510208”, 邮箱 tiantian@taobao.com
    const human =
      byId('contact-human')
        ?.answer.map((s) => s['zh-CN'])
        .join('\n') ?? '';
    expect(human).toContain('9510208');
    expect(human).toContain('tiantian@taobao.com');
    expect(human).toContain('转人工');
  });

  it('has an answer in every locale for every step', () => {
    for (const entry of defaultFaqEntries) {
      for (const step of entry.answer) {
        expect(step['zh-CN'].length * step.en.length * step.es.length, entry.id).toBeGreaterThan(0);
      }
    }
  });
});

describe('FaqEntrySchema', () => {
  it('rejects an entry without examples, with an unknown id, or with an empty answer', () => {
    const entry = defaultFaqEntries[0];
    expect(FaqEntrySchema.safeParse({ ...entry, examples: [] }).success).toBe(false);
    expect(FaqEntrySchema.safeParse({ ...entry, id: 'refund' }).success).toBe(false);
    expect(FaqEntrySchema.safeParse({ ...entry, answer: [] }).success).toBe(false);
    expect(FaqEntrySchema.safeParse({ ...entry, examples: [''] }).success).toBe(false);
  });
});
