import { describe, expect, it } from 'vitest';
import { normalizeFaqText } from '../../src/faq/index.js';

describe('normalizeFaqText', () => {
  it.each([
    ['優惠卷 用不了！！😭', '优惠券 用不了'],
    ['優惠劵', '优惠券'],
    ['退欵', '退款'],
    ['帐号', '账号'],
    ['發貨', '发货'],
    ['ＨＥＬＬＯ　Ｗｏｒｌｄ１２３', 'hello world123'],
    ['¿Cómo está mi DEVOLUCIÓN?', 'como esta mi devolucion'],
    ['cupo\u0301n', 'cupon'],
    ["don't", 'dont'],
    ['①号', '1号'],
    ['  \n\t ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeFaqText(input)).toBe(expected);
  });

  it('reads Cantonese written forms as their Mandarin counterparts', () => {
    expect(normalizeFaqText('冇货喇 收咗唔见')).toBe('没货喇 收了不见');
    expect(normalizeFaqText('我揀錯咗 仲未發貨')).toBe('我选错了 还未发货');
  });

  it('reads Cantonese words, one character or two, as their Mandarin words', () => {
    expect(normalizeFaqText('你哋整坏咗我嘢')).toBe('你们弄坏了我东西');
    expect(normalizeFaqText('呢个几多钱 係唔係正品')).toBe('这个多少钱 系不是正品');
    expect(normalizeFaqText('但系我冇收到')).toBe('但是我没收到');
  });

  it('keeps Mandarin words that share characters with Cantonese ones (但系统, 联系不上)', () => {
    expect(normalizeFaqText('但系统显示签收')).toBe('但系统显示签收');
    expect(normalizeFaqText('联系不上客服')).toBe('联系不上客服');
  });

  it('replaces 卷 with 券 only next to a coupon context (卷发棒 stays a curling iron)', () => {
    expect(normalizeFaqText('领卷')).toBe('领券');
    expect(normalizeFaqText('卷用不了')).toBe('券用不了');
    expect(normalizeFaqText('卷发棒')).toBe('卷发棒');
  });

  it('fixes a pinyin-keyboard typo only beside the character that makes it one', () => {
    expect(normalizeFaqText('清官失败')).toBe('清关失败');
    expect(normalizeFaqText('要求赔尝')).toBe('要求赔偿');
    expect(normalizeFaqText('我的积份咋少了')).toBe('我的积分咋少了');
    expect(normalizeFaqText('登陆不上')).toBe('登录不上');
    expect(normalizeFaqText('寄失咗')).toBe('寄丢了');
    expect(normalizeFaqText('发贷太慢')).toBe('发货太慢');
    // The same characters elsewhere are left alone.
    expect(normalizeFaqText('官方 尝试 股份 留言 贷款 陆地')).toBe('官方 尝试 股份 留言 贷款 陆地');
    expect(normalizeFaqText('清 官')).toBe('清 官');
  });

  it('turns lone surrogates and control characters into separators', () => {
    expect(normalizeFaqText('退\uD800款\u0000了\uDFFF')).toBe('退 款 了');
  });

  it('caps the result at maxLength', () => {
    expect(normalizeFaqText('退款'.repeat(1000)).length).toBe(512);
    expect(normalizeFaqText('退款'.repeat(1000), 10)).toBe('退款'.repeat(5));
  });
});
