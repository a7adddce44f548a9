import { describe, expect, it } from 'vitest';
import {
  ISSUE_TYPE_OWNERS,
  SERVICE_MODULES,
  serviceModuleFor,
} from '../../src/channels/data/service-modules.js';
import { assertChannelId, assertDate, assertIssueType, assertLocale } from '../../src/shared/assert.js';
import {
  CHANNEL_IDS,
  fail,
  failWith,
  ISSUE_TYPE_LABELS,
  ISSUE_TYPES,
  isChannelId,
  isIssueType,
  isLocale,
  issueTypeLabel,
  LOCALES,
  localize,
  ok,
  TiantianError,
} from '../../src/shared/index.js';
import {
  ChannelIdSchema,
  IssueTypeSchema,
  LocalizedTextSchema,
  OrderIdSchema,
} from '../../src/shared/schemas.js';

describe('IssueType', () => {
  it('has the 21 ids of API.md in order, with the contract’s Chinese labels', () => {
    const contract = [
      ['paid-not-shipped', '支付成功未发货'],
      ['not-as-described', '商品与描述不符'],
      ['coupon-unusable', '优惠券无法使用'],
      ['customs-blocked', '跨境商品清关受阻'],
      ['mistaken-order', '误拍商品退款'],
      ['payment-problem', '紧急支付问题'],
      ['logistics-delay', '物流延迟'],
      ['quality-dispute', '商品质量争议'],
      ['return-exchange', '退换货与退款进度'],
      ['contact-human', '联系人工客服'],
      ['complaint-followup', '投诉进度跟踪'],
      ['compensation', '赔偿与补偿'],
      ['stock-restock', '库存与补货'],
      ['promotion-rules', '活动规则'],
      ['product-info', '商品参数咨询'],
      ['cross-border-tax', '跨境税费'],
      ['membership-points', '会员与积分'],
      ['tech-issue', '系统故障'],
      ['security-fraud', '安全风险与诈骗'],
      ['evidence-guide', '凭证准备与保存'],
      ['feedback', '建议与评价'],
    ];
    expect(ISSUE_TYPES.map((id) => [id, issueTypeLabel(id)])).toEqual(contract);
  });

  it('has a distinct, non-empty label in every locale', () => {
    for (const locale of LOCALES) {
      const labels = ISSUE_TYPES.map((id) => ISSUE_TYPE_LABELS[id][locale]);
      expect(new Set(labels).size).toBe(ISSUE_TYPES.length);
      for (const label of labels) expect(label.trim()).not.toBe('');
      for (const id of ISSUE_TYPES)
        expect(LocalizedTextSchema.safeParse(ISSUE_TYPE_LABELS[id]).success).toBe(true);
    }
  });

  it('guards and validates ids', () => {
    expect(isIssueType('feedback')).toBe(true);
    expect(isIssueType('Feedback')).toBe(false);
    expect(isIssueType(7)).toBe(false);
    expect(IssueTypeSchema.safeParse('coupon-unusable').success).toBe(true);
    const bad = IssueTypeSchema.safeParse('weather');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('issue type');
  });
});

describe('service modules', () => {
  it('are the guide’s four modules with four duties each', () => {
    // 二、淘宝天天特卖客服核心职责详解 — “具体职责可分为以下四大模块”
    expect(SERVICE_MODULES.map((m) => m.name['zh-CN'])).toEqual([
      '售前咨询服务',
      '售后支持与纠纷处理',
      '活动与优惠信息管理',
      '技术支持与系统运维',
    ]);
    expect(SERVICE_MODULES.map((m) => m.duties.map((d) => d.name['zh-CN']))).toEqual([
      ['商品特性解析', '活动规则解读', '库存动态更新', '跨境商品指导'],
      ['退换货流程指引', '质量问题仲裁', '赔偿方案制定', '投诉记录跟踪'],
      ['促销方案设计', '异常订单处理', '用户权益保障', '数据报表生成'],
      ['系统故障排查', '功能优化建议', '安全风险防控', '多语言服务支持'],
    ]);
    // “质量问题仲裁:对商品破损、功能故障等争议进行第三方检测协调”
    expect(SERVICE_MODULES[1].duties[1].description['zh-CN']).toBe(
      '对商品破损、功能故障等争议进行第三方检测协调',
    );
  });

  it('give every issue type an owner whose duty belongs to its module', () => {
    for (const id of ISSUE_TYPES) {
      const { module, duty, rationale } = serviceModuleFor(id);
      expect(module.id).toBe(ISSUE_TYPE_OWNERS[id].module);
      expect(module.duties).toContain(duty);
      expect(rationale.length).toBeGreaterThan(10);
    }
    expect(serviceModuleFor('payment-problem').duty.name['zh-CN']).toBe('系统故障排查');
    expect(serviceModuleFor('membership-points').module.name['zh-CN']).toBe('活动与优惠信息管理');
  });
});

describe('locales and channel ids', () => {
  it('lists the three locales and the four channels', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en', 'es']);
    expect(CHANNEL_IDS).toEqual(['online-chat', 'hotline', 'email', 'social-media']);
    expect(isLocale('es')).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isChannelId('hotline')).toBe(true);
    expect(isChannelId('fax')).toBe(false);
    expect(ChannelIdSchema.safeParse('fax').success).toBe(false);
    expect(localize({ 'zh-CN': '你好', en: 'Hello', es: 'Hola' }, 'es')).toBe('Hola');
    expect(localize({ 'zh-CN': '你好', en: 'Hello', es: 'Hola' })).toBe('你好');
  });
});

describe('errors and results', () => {
  it('throws TiantianError with a code and a clear message', () => {
    expect(() => assertDate(new Date('nope'), 'at')).toThrowError(
      /at must be a valid Date, got Invalid Date/,
    );
    expect(() => assertDate('2026-01-01', 'at')).toThrowError(/got "2026-01-01"/);
    expect(() => assertChannelId('fax')).toThrowError(/Unknown channel "fax"/);
    expect(() => assertIssueType(undefined)).toThrowError(/Unknown issue type undefined/);
    expect(() => assertLocale('fr')).toThrowError(/Unknown locale "fr"/);
    expect(() => assertChannelId({})).toThrowError(TiantianError);
    expect(() => assertChannelId({})).toThrowError(
      expect.objectContaining({ name: 'TiantianError', code: 'unknown_channel' }),
    );
  });

  it('builds safeParse-shaped results', () => {
    expect(ok(1)).toEqual({ success: true, data: 1 });
    expect(failWith('custom', 'y', ['a'])).toEqual({
      success: false,
      error: { issues: [{ code: 'custom', message: 'y', path: ['a'] }] },
    });
    expect(fail([])).toEqual({ success: false, error: { issues: [] } });
  });

  it('keeps order numbers as digit strings', () => {
    expect(OrderIdSchema.safeParse('1550672064762308113').success).toBe(true);
    // The number the customer typed has already lost its last digits: exactly why it must be a string.
    expect(OrderIdSchema.safeParse(Number('1550672064762308113')).success).toBe(false);
    expect(OrderIdSchema.safeParse('12a4567').success).toBe(false);
  });
});

describe('the id guards', () => {
  it.each([null, undefined, 5, ['email'], { toString: () => 'en' }, new String('en'), 'EN', ''])(
    'accept only the exact strings, never a look-alike such as %o',
    (bad) => {
      expect([isChannelId('email'), isIssueType('feedback'), isLocale('en')]).toEqual([true, true, true]);
      expect([isChannelId(bad), isIssueType(bad), isLocale(bad)]).toEqual([false, false, false]);
    },
  );
});
