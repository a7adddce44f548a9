import { describe, expect, it } from 'vitest';
import { RISK_DEFAULTS } from '../../src/insights/data.js';
import { BUILT_IN_RULES, RiskRuleSchema } from '../../src/insights/risk-rules.js';

describe('the built-in rules', () => {
  it.each(BUILT_IN_RULES.map((rule) => [rule.id, rule]))('%s passes its own schema', (_, rule) => {
    expect(RiskRuleSchema.safeParse(rule)).toEqual({ success: true, data: rule });
  });

  it('uses the documented defaults (the return window: 48 hours ahead, as the issue asks)', () => {
    expect(BUILT_IN_RULES.map((r) => [r.id, r.leadHours])).toEqual([
      ['not-shipped', RISK_DEFAULTS.shipLeadHours],
      ['tracking-stalled', RISK_DEFAULTS.trackingLeadHours],
      ['customs-hold', RISK_DEFAULTS.customsLeadHours],
      ['return-window-closing', 48],
      ['refund-unanswered', RISK_DEFAULTS.refundLeadHours],
    ]);
  });

  it('the customs rule asks for the guide’s Q4 documents: “提供购买发票、成分证明等材料，客服协助联系海关”', () => {
    const rule = BUILT_IN_RULES.find((r) => r.id === 'customs-hold');
    expect([rule?.issueType, rule?.message['zh-CN']]).toEqual([
      'customs-blocked',
      expect.stringContaining('购买发票、成分证明'),
    ]);
  });
});
