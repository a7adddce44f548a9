import { describe, expect, it } from 'vitest';
import { BEIJING_AREA_CODE, HOTLINE_NUMBER } from '../../src/channels/data/contact.js';
import { hotlineDialString } from '../../src/channels/hotline.js';

describe('hotline', () => {
  it('is the guide’s number', () => {
    // “拨打全国统一客服热线:9510208(按语音提示选择对应服务)。”
    expect(HOTLINE_NUMBER).toBe('9510208');
    expect(BEIJING_AREA_CODE).toBe('010');
  });

  it('follows the guide’s dialing note for landlines', () => {
    // “首次拨号需注意区分固定电话区号,北京地区可直拨,其他地区需加拨区号。”
    const beijing = hotlineDialString({ phone: 'landline', callerInBeijing: true });
    expect(beijing).toMatchObject({ digits: '9510208', statedByGuide: true });
    expect(beijing.note['zh-CN']).toContain('北京地区');
    const elsewhere = hotlineDialString({ phone: 'landline', callerInBeijing: false });
    expect(elsewhere).toMatchObject({ digits: '0109510208', statedByGuide: true });
    expect(elsewhere.note['zh-CN']).toContain('加拨区号');
  });

  it('says the mobile case is the library’s advice, not the guide’s', () => {
    for (const callerInBeijing of [true, false]) {
      const mobile = hotlineDialString({ phone: 'mobile', callerInBeijing });
      expect(mobile).toMatchObject({ digits: '0109510208', statedByGuide: false });
      expect(mobile.note.en).toMatch(/guide does not/);
    }
  });

  it('has a note in every locale', () => {
    for (const phone of ['landline', 'mobile'] as const)
      for (const callerInBeijing of [true, false]) {
        const { note } = hotlineDialString({ phone, callerInBeijing });
        expect(Object.keys(note).sort()).toEqual(['en', 'es', 'zh-CN']);
        for (const text of Object.values(note)) expect(text.length).toBeGreaterThan(5);
      }
  });

  it.each([
    [null, []],
    [{ phone: 'fax', callerInBeijing: true }, ['phone']],
    [{ phone: 'landline', callerInBeijing: 'yes' }, ['callerInBeijing']],
    [{ phone: 'landline' }, ['callerInBeijing']],
  ])('rejects %j', (caller, path) => {
    expect(() => hotlineDialString(caller as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path }),
    );
  });
});

describe('hotlineDialString: misuse', () => {
  it('refuses a non-object caller with a TiantianError', () => {
    for (const bad of [null, undefined, 'landline']) {
      expect(() => hotlineDialString(bad as never)).toThrowError(
        expect.objectContaining({
          code: 'invalid_argument',
          message: expect.stringContaining(
            "caller must be { phone: 'landline' | 'mobile', callerInBeijing: boolean }, got",
          ),
        }),
      );
    }
  });

  it('says what is wrong in phone and in callerInBeijing', () => {
    expect(() => hotlineDialString({ phone: 'fax', callerInBeijing: true } as never)).toThrowError(
      expect.objectContaining({
        message: "caller.phone must be 'landline' or 'mobile', got \"fax\"",
        path: ['phone'],
      }),
    );
    expect(() => hotlineDialString({ phone: 'mobile', callerInBeijing: 'yes' } as never)).toThrowError(
      expect.objectContaining({
        message: 'caller.callerInBeijing must be a boolean, got "yes"',
        path: ['callerInBeijing'],
      }),
    );
  });
});
