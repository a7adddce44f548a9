import { describe, expect, it } from 'vitest';
import { HOTLINE_NUMBER } from '../../src/channels/data/contact.js';
import {
  ID_CARD_CHECK_CHARACTERS,
  ID_CARD_WEIGHTS,
  MOBILE_PREFIXES,
  OFFICIAL_NUMBERS,
  PLATFORM_DOMAINS,
  SCAM_RULES,
  TRADITIONAL_TO_SIMPLIFIED,
  URL_SHORTENERS,
} from '../../src/safety/data.js';

describe('the safety facts', () => {
  it('ID weights are 2^(17-i) mod 11 and the check characters “10X98765432” (GB 11643, ISO 7064 MOD 11-2)', () => {
    expect(ID_CARD_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
    expect(ID_CARD_WEIGHTS).toEqual([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
    expect(ID_CARD_CHECK_CHARACTERS).toBe('10X98765432');
  });

  it('lists the blocks issued in 2019: “190/192/196/197 were issued in 2019”', () => {
    const issued2019 = MOBILE_PREFIXES.filter((p) => ['190', '192', '196', '197'].includes(p.prefix)).map(
      (p) => p.issued,
    );
    expect(issued2019).toEqual([2019, 2019, 2019, 2019]);
    expect(new Set(MOBILE_PREFIXES.map((p) => p.prefix)).size).toBe(MOBILE_PREFIXES.length);
  });

  it('takes the hotline from the channels area and adds Alipay’s 95188, 96110 and 110', () => {
    expect(OFFICIAL_NUMBERS).toEqual([HOTLINE_NUMBER, `010${HOTLINE_NUMBER}`, '95188', '96110', '110']);
  });

  it('allows the platform’s domains and none of the shorteners but tb.cn', () => {
    expect(PLATFORM_DOMAINS).toEqual(
      expect.arrayContaining([
        'taobao.com',
        'tmall.com',
        'alipay.com',
        'tb.cn',
        'taobao.net',
        'alicdn.com',
        'aliyun.com',
        '1688.com',
        'fliggy.com',
      ]),
    );
    expect(URL_SHORTENERS.filter((d) => PLATFORM_DOMAINS.includes(d))).toEqual([]);
  });

  it('writes every rule word in lower case, with a positive weight', () => {
    const words = SCAM_RULES.flatMap((r) => r.anchors);
    expect(words.filter((w) => w !== w.toLowerCase() || w.trim() !== w || w === '')).toEqual([]);
    expect(SCAM_RULES.filter((r) => !(r.weight > 0))).toEqual([]);
  });

  it('pairs each Traditional character, once, with a different Simplified one', () => {
    const han = /^\p{Script=Han}$/u;
    const pairs: string[][] = [];
    for (let i = 0; i < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) {
      pairs.push([TRADITIONAL_TO_SIMPLIFIED[i] as string, TRADITIONAL_TO_SIMPLIFIED[i + 1] as string]);
    }
    expect(TRADITIONAL_TO_SIMPLIFIED.length % 2).toBe(0);
    expect(pairs.filter(([t, s]) => !han.test(t as string) || !han.test(s as string) || t === s)).toEqual([]);
    expect(new Set(pairs.map(([t]) => t)).size).toBe(pairs.length);
  });
});
