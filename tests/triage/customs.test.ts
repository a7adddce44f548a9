import { describe, expect, it } from 'vitest';
import { customsDocuments } from '../../src/triage/customs.js';

describe('customsDocuments — Q4: “提供购买发票、成分证明等材料,客服协助联系海关”', () => {
  it("lists the guide's documents first, then the evidence checklist's, then customer service contacts customs", () => {
    const answer = customsDocuments();
    expect(answer.documents.map((d) => d.name['zh-CN'])).toEqual([
      '购买发票',
      '成分证明',
      '订单截图',
      '支付凭证',
    ]);
    expect(answer.documents.filter((d) => d.source === 'Q4').map((d) => d.id)).toEqual([
      'purchase-invoice',
      'ingredient-proof',
    ]);
    expect(answer.nextStep['zh-CN']).toBe('客服协助联系海关');
    expect(customsDocuments({ includeSupporting: false }).documents.map((d) => d.name['zh-CN'])).toEqual([
      '购买发票',
      '成分证明',
    ]);
  });

  it('says in every locale that customer service helps contact customs: “客服协助联系海关”', () => {
    const expected = {
      'zh-CN': '客服协助联系海关',
      en: 'Customer service helps you contact customs',
      es: 'Atención al cliente te ayuda a contactar con la aduana',
    };
    expect(customsDocuments().nextStep).toEqual(expected);
    expect(customsDocuments({ includeSupporting: false }).nextStep).toEqual(expected);
  });
});
