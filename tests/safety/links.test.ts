import { describe, expect, it } from 'vitest';
import { PLATFORM_DOMAINS } from '../../src/safety/data.js';
import { editDistance, findLinks, registrableDomain } from '../../src/safety/links.js';

const ALLOWED = new Set(PLATFORM_DOMAINS);

describe('findLinks', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=1', 'taobao.com', []],
    ['m.tb.cn/h.5abc', 'tb.cn', []],
    ['www.tmall.com', 'tmall.com', []],
    ['http://taobao.refund-center.top/a', 'refund-center.top', ['link-lookalike']],
    ['http://ta0bao.com', 'ta0bao.com', ['link-lookalike']],
    ['http://alipy.com', 'alipy.com', ['link-lookalike']],
    ['http://tаobao.com', 'tаobao.com', ['link-lookalike', 'link-mixed-script']],
    ['http://xn--80ak6aa92e.com', 'xn--80ak6aa92e.com', ['link-punycode']],
    ['t.cn/A6abc', 't.cn', ['link-shortener']],
    ['https://bit.ly/x', 'bit.ly', ['link-shortener']],
    ['http://refund.example.com.cn/x', 'example.com.cn', ['link-unlisted-domain']],
    ['gmail.com', 'gmail.com', ['link-unlisted-domain']],
  ])('%s → %s %j', (text, domain, signals) => {
    expect(findLinks(`点击${text}，谢谢`, ALLOWED).map((l) => [l.domain, l.signals])).toEqual([
      [domain, signals],
    ]);
  });

  it.each(['1.5kg', 'v2.0', 'e.g. this', 'zhang@qq.com', '12.99元', 'file.exe'])(
    '%j holds no link',
    (text) => {
      expect(findLinks(text, ALLOWED)).toEqual([]);
    },
  );

  it('reports the link as written, host and domain', () => {
    expect(findLinks('see (https://a.b.taobao.com/x?y=1).', ALLOWED)).toEqual([
      { link: 'https://a.b.taobao.com/x?y=1', host: 'a.b.taobao.com', domain: 'taobao.com', signals: [] },
    ]);
  });
});

describe('registrableDomain', () => {
  it.each([
    ['item.taobao.com', 'taobao.com'],
    ['a.example.com.cn', 'example.com.cn'],
    ['com.cn', 'com.cn'],
    ['t.cn', 't.cn'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('editDistance', () => {
  it.each([
    ['taobao', 'taobao', 0],
    ['ta0bao', 'taobao', 1],
    ['tabao', 'taobao', 1],
    ['gmail', 'tmall', 2],
    ['amazon', 'taobao', 3],
  ])('%s ~ %s = %i (capped at 3)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });
});
