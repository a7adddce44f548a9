import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_CHECKLISTS,
  EVIDENCE_ITEMS,
  getEvidenceChecklist,
  MINIMUM_RESOLUTION,
} from '../../src/evidence/index.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { LocalizedTextSchema } from '../../src/shared/schemas.js';

const ids = (issueType: (typeof ISSUE_TYPES)[number], required = true) =>
  getEvidenceChecklist(issueType)
    .filter((item) => item.required === required)
    .map((item) => item.id);

describe('evidence checklists', () => {
  it('必备材料清单:订单截图、支付凭证、商品实物照片、聊天记录截屏 — the guide four, by their Chinese names', () => {
    const names = ['order-screenshot', 'payment-proof', 'item-photos', 'chat-screenshots'].map(
      (id) => EVIDENCE_ITEMS[id as keyof typeof EVIDENCE_ITEMS].name['zh-CN'],
    );
    expect(names).toEqual(['订单截图', '支付凭证', '商品实物照片', '聊天记录截屏']);
    for (const name of names)
      expect('必备材料清单:订单截图、支付凭证、商品实物照片、聊天记录截屏').toContain(name);
  });

  it('has a list for each of the 21 issue types, items unique, with text in every locale', () => {
    expect(Object.keys(EVIDENCE_CHECKLISTS).sort()).toEqual([...ISSUE_TYPES].sort());
    for (const issueType of ISSUE_TYPES) {
      const list = getEvidenceChecklist(issueType);
      expect(list.length, issueType).toBeGreaterThan(0);
      expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
      // Required items first.
      const firstOptional = list.findIndex((item) => !item.required);
      if (firstOptional >= 0) expect(list.slice(firstOptional).every((item) => !item.required)).toBe(true);
      for (const item of list) {
        expect(LocalizedTextSchema.safeParse(item.name).success).toBe(true);
        expect(LocalizedTextSchema.safeParse(item.why).success).toBe(true);
        expect(item.rules.formats.length).toBeGreaterThan(0);
        expect(item.rules.naming).toContain('{orderId}+{issueType}');
        for (const format of item.rules.formats) expect(format).toMatch(/^[a-z0-9]{1,10}$/);
      }
    }
  });

  it('an issue with an order in hand asks for the guide four (or most of them)', () => {
    for (const issueType of [
      'not-as-described',
      'quality-dispute',
      'compensation',
      'evidence-guide',
    ] as const) {
      expect(ids(issueType)).toEqual(
        expect.arrayContaining(['order-screenshot', 'payment-proof', 'item-photos', 'chat-screenshots']),
      );
    }
  });

  it('Q2 收到商品与描述不符: 拍照取证后发起退货申请,同步向客服提供对比图佐证 — comparison pictures required', () => {
    expect(ids('not-as-described')).toContain('comparison-photos');
    expect(ids('not-as-described')).toContain('item-photos');
  });

  it('Q4 跨境商品清关受阻: 提供购买发票、成分证明等材料 — invoice and ingredient proof required', () => {
    expect(ids('customs-blocked')).toEqual(expect.arrayContaining(['purchase-invoice', 'ingredient-proof']));
    expect(EVIDENCE_ITEMS['purchase-invoice'].name['zh-CN']).toBe('购买发票');
    expect(EVIDENCE_ITEMS['ingredient-proof'].name['zh-CN']).toBe('成分证明');
  });

  it('asks for tracking on delays, defects on quality disputes, payment records on payment problems', () => {
    expect(ids('logistics-delay')).toContain('tracking-screenshot');
    expect(ids('quality-dispute')).toContain('defect-photos');
    expect(ids('quality-dispute', false)).toContain('defect-video');
    expect(ids('payment-problem')).toContain('payment-records');
    expect(ids('security-fraud')).toContain('suspicious-message');
    expect(ids('coupon-unusable')).toContain('coupon-screenshot');
  });

  it('图片分辨率建议800×600以上: pictures carry the rule, videos do not', () => {
    expect(MINIMUM_RESOLUTION).toEqual({ longSide: 800, shortSide: 600 });
    for (const list of Object.values(EVIDENCE_CHECKLISTS)) {
      for (const item of list) {
        if (item.kind === 'picture') expect(item.rules.minimumResolution).toEqual(MINIMUM_RESOLUTION);
        if (item.kind === 'video' || item.kind === 'audio') expect(item.rules.minimumResolution).toBeNull();
      }
    }
  });

  it('every checklist item is its EVIDENCE_ITEMS entry, unchanged (the checklists cannot drift from it)', () => {
    for (const list of Object.values(EVIDENCE_CHECKLISTS))
      for (const { id, required, ...rest } of list) expect(rest).toEqual(EVIDENCE_ITEMS[id]);
  });

  it('录音记录:电话沟通时应提前告知对方进行录音: the call recording is audio, on the item itself', () => {
    expect(EVIDENCE_ITEMS['call-recording']).toMatchObject({
      kind: 'audio',
      rules: { formats: ['m4a', 'mp3', 'aac', 'amr', 'wav', 'ogg'], minimumResolution: null },
    });
    const uses = Object.values(EVIDENCE_CHECKLISTS).flatMap((list) =>
      list.filter((i) => i.id === 'call-recording'),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use.kind).toBe('audio');
  });

  it('throws for an unknown issue type', () => {
    expect(() => getEvidenceChecklist('weather' as never)).toThrow(
      expect.objectContaining({ code: 'unknown_issue_type' }),
    );
  });

  it('is frozen data', () => {
    expect(Object.isFrozen(EVIDENCE_CHECKLISTS)).toBe(true);
    expect(Object.isFrozen(getEvidenceChecklist('feedback'))).toBe(true);
  });
});
