import { describe, expect, it } from 'vitest';
import {
  createFaqResolver,
  DEFAULT_FAQ_RESOLVER_OPTIONS,
  defaultFaqEntries,
  type CustomFaqEntry,
  type FaqEntry,
  resolveFaq,
} from '../../src/faq/index.js';
import { expectValidResolution } from './invariants.js';

describe('resolveFaq', () => {
  it.each([
    ['付款三天了还没发货', 'paid-not-shipped'],
    ['优惠卷用不了', 'coupon-unusable'],
    ['el cupón no funciona', 'coupon-unusable'],
    ['包裹卡在海关了', 'customs-blocked'],
    ['拍错了还没发货能取消吗', 'mistaken-order'],
    ['退欵什么时候到账', 'return-exchange'],
    ['我要转人工', 'contact-human'],
  ] as const)('resolves %s to %s with status matched', (query, id) => {
    const result = resolveFaq(query);
    expectValidResolution(result);
    expect(result.status).toBe('matched');
    expect(result.best?.id).toBe(id);
    expect(result.best?.entry).toBe(defaultFaqEntries.find((e) => e.id === id));
  });

  it.each(['今天天气怎么样', '写首诗', '你好呀', 'how old are you', 'qwerty', '', '   ', '🙂🙂'])(
    'answers no-match for off-topic or empty text: %j',
    (query) => {
      const result = resolveFaq(query);
      expectValidResolution(result);
      expect(result.status).toBe('no-match');
      expect(result.best).toBeNull();
    },
  );

  it.each([
    '快递小哥今天又帅又准时',
    '我平时最爱逛淘宝',
    '帮我写一首关于优惠券的诗',
    'which phone should I buy for my mother',
    '¿me cuentas un chiste sobre envíos?',
  ])('says no-match for chatter that only mentions shop words: %j', (query) => {
    const result = resolveFaq(query);
    expectValidResolution(result);
    expect(result.status).toBe('no-match');
  });

  it('still answers a question that comes with a greeting or a compliment', () => {
    expect(resolveFaq('你好 快递小哥很帅 但是包裹五天没动了').best?.id).toBe('logistics-delay');
    expect(resolveFaq('hello, my coupon does not work').best?.id).toBe('coupon-unusable');
  });

  it('reads the shop\u2019s own name and having bought as context, not as the question', () => {
    const kettle = resolveFaq(
      'I bought a kettle in the 天天特卖 sale and it leaked on the second day, can I get it replaced?',
    );
    expect(['quality-dispute', 'return-exchange']).toContain(kettle.best?.id);
    expect(resolveFaq('在天天特卖买的吹风机用了两天就坏了').best?.id).toBe('quality-dispute');
  });

  it('answers Cantonese words as their Mandarin ones', () => {
    expect(resolveFaq('整坏咗我嘢 要赔几多钱').best?.id).toBe('compensation');
    expect(resolveFaq('你哋客服好有耐性 多谢').best?.id).toBe('feedback');
  });

  it('resolves Traditional Chinese exactly like Simplified', () => {
    const pairs = [
      ['優惠券為什麼不能用', '优惠券为什么不能用'],
      ['訂單付款後一直沒有發貨', '订单付款后一直没有发货'],
      ['關稅怎麼算', '关税怎么算'],
      ['退貨退款進度', '退货退款进度'],
      ['帳號被盜了', '账号被盗了'],
    ] as const;
    for (const [traditional, simplified] of pairs) {
      expect(resolveFaq(traditional)).toEqual(resolveFaq(simplified));
    }
  });

  it('ignores width, case, punctuation and emoji', () => {
    const plain = resolveFaq('优惠券用不了');
    expect(resolveFaq('优惠券用不了！！！😭😭')).toEqual(plain);
    expect(resolveFaq('ＣＯＵＰＯＮ not working')).toEqual(resolveFaq('coupon not working'));
  });

  it('keeps negation: a refund the customer no longer wants scores lower than one they want', () => {
    const want = resolveFaq('想退款');
    const dontWant = resolveFaq('不想退款了');
    const wantScore = want.candidates.find((c) => c.id === 'return-exchange')?.score ?? 0;
    const dontScore = dontWant.candidates.find((c) => c.id === 'return-exchange')?.score ?? 0;
    expect(want.best?.id).toBe('return-exchange');
    expect(dontScore).toBeLessThan(wantScore / 2);
    expect(dontWant.status).toBe('no-match');
    expect(resolveFaq("I don't want a refund anymore").status).toBe('no-match');
  });

  it('does not read 没发货 or 用不了 as negations: they are the symptoms', () => {
    expect(resolveFaq('钱付了还没发货').best?.id).toBe('paid-not-shipped');
    expect(resolveFaq('券用不了').best?.id).toBe('coupon-unusable');
    // 不想要了 is "I don't want the item any more": a return, not a negation.
    expect(resolveFaq('不想要了能退吗').best?.id).toBe('return-exchange');
  });

  it('gives a lower score to a vague query than to a clear one', () => {
    const clear = resolveFaq('优惠券过期了用不了');
    const vague = resolveFaq('这个用不了');
    expect(clear.best?.score ?? 0).toBeGreaterThan(vague.best?.score ?? 0);
  });

  it('returns at most maxCandidates candidates', () => {
    expect(
      resolveFaq('退款 发货 优惠券 清关 积分 客服', { maxCandidates: 2 }).candidates.length,
    ).toBeLessThanOrEqual(2);
    expect(resolveFaq('退款 发货 优惠券 清关 积分 客服').candidates.length).toBeLessThanOrEqual(
      DEFAULT_FAQ_RESOLVER_OPTIONS.maxCandidates,
    );
  });

  it('applies minScore: with 1 nothing matches, with 0 anything with a candidate does', () => {
    expect(resolveFaq('优惠券用不了', { minScore: 1 }).status).toBe('no-match');
    expect(resolveFaq('用不了', { minScore: 0 }).status).not.toBe('no-match');
  });

  it('says ambiguous when two intents are about equally likely, and matched otherwise', () => {
    const result = resolveFaq('优惠券 关税', { ambiguityMargin: 1 });
    expect(result.status).toBe('ambiguous');
    expect(result.best).not.toBeNull();
    expect(resolveFaq('优惠券 关税', { ambiguityMargin: 0 }).status).toBe('matched');
  });

  it('throws invalid_argument for a non-string query', () => {
    for (const value of [undefined, null, 42, {}, ['退款']]) {
      expect(() => resolveFaq(value as unknown as string)).toThrowError(
        expect.objectContaining({ code: 'invalid_argument' }),
      );
    }
  });

  it('throws invalid_configuration for invalid options', () => {
    expect(() => resolveFaq('退款', { minScore: 2 })).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration' }),
    );
    expect(() => resolveFaq('退款', { maxCandidates: 0 })).toThrowError(/maxCandidates/);
  });

  it('analyzes only the first maxQueryLength characters (the raw text is cut at four times that)', () => {
    const padding = '！'.repeat(3000);
    expect(resolveFaq(`优惠券用不了${padding}`).best?.id).toBe('coupon-unusable');
    expect(resolveFaq(`${padding}优惠券用不了`).status).toBe('no-match');
    expect(resolveFaq(`${padding}优惠券用不了`, { maxQueryLength: 5000 }).best?.id).toBe('coupon-unusable');
  });

  it('finds the issue in a long message told as a story', () => {
    const story =
      '你好，我在3月5号买了一件羽绒服，当时说好48小时内发货，结果到今天已经过去5天了，订单还是显示待发货，联系了店家也没人回复，请问怎么办？';
    expect(resolveFaq(story).status).toBe('matched');
    expect(resolveFaq(story).best?.id).toBe('paid-not-shipped');
    const chatter =
      '今天天气真不错，我和朋友一起去公园散步，看到很多人在放风筝，晚上回家吃了火锅，感觉很开心';
    expect(resolveFaq(chatter).status).toBe('no-match');
  });

  it('answers a long message whose issue is one sentence among context sentences', () => {
    const message =
      'We moved to a new flat last month and I bought a kettle for the kitchen. My sister came to visit on Sunday. The kettle leaks water from the bottom after two uses. Anyway, what can I do?';
    expect(resolveFaq(message).best?.id).toBe('quality-dispute');
  });

  it('answers a voice-input run-on whose issue is in a stretch of it (no punctuation to split at)', () => {
    const runOn =
      'hola mira te cuento que compré una chaqueta para mi hijo y cuando llegó tenía una mancha grande en la manga y un botón roto qué hago';
    expect(resolveFaq(runOn).best?.id).toBe('quality-dispute');
  });

  it('does not answer a long message for one clause that says little (a shop of my own, more customers)', () => {
    expect(resolveFaq('Tengo una tienda pequeña. Vendo ropa. ¿Cómo consigo más clientes?').status).toBe(
      'no-match',
    );
  });

  it('reads a wrong pick before shipping as a mistaken order, not an unshipped one', () => {
    expect(resolveFaq('地址写错了 现在还未发货').best?.id).toBe('mistaken-order');
  });

  it('counts a repeated word once', () => {
    expect(resolveFaq('人工 人工 人工 人工').best?.score).toBe(resolveFaq('人工').best?.score);
  });
});

describe('createFaqResolver', () => {
  const shopEntries: FaqEntry[] = [
    {
      id: 'stock-restock',
      title: { 'zh-CN': '预售', en: 'Pre-sale', es: 'Preventa' },
      answer: [
        {
          'zh-CN': '预售商品按页面时间发货',
          en: 'Pre-sale items ship as shown',
          es: 'Se envía según la página',
        },
      ],
      examples: ['预售什么时候发', '定金付了尾款什么时候付', 'pre-order shipping date'],
      keywords: ['预售', '尾款', '定金'],
    },
    {
      id: 'feedback',
      title: { 'zh-CN': '好评返现', en: 'Review cashback', es: 'Reembolso por reseña' },
      answer: [
        { 'zh-CN': '确认收货后联系客服', en: 'Contact us after confirming receipt', es: 'Contáctanos' },
      ],
      examples: ['好评返现怎么领', '晒图有红包吗'],
    },
  ];

  it("answers from the shop's own entries", () => {
    const resolver = createFaqResolver(shopEntries);
    expect(resolver.entries).toBe(shopEntries);
    const result = resolver.resolve('尾款什么时候付');
    expectValidResolution(result);
    expect(result.best?.id).toBe('stock-restock');
    expect(result.best?.entry).toBe(shopEntries[0]);
    expect(resolver.resolve('好评返现').best?.entry.title['zh-CN']).toBe('好评返现');
  });

  it("rejects chatter with the shop's own entries too", () => {
    const resolver = createFaqResolver(shopEntries);
    expect(resolver.resolve('讲个笑话吧').status).toBe('no-match');
    expect(resolver.resolve('定金付了 尾款什么时候付').best?.id).toBe('stock-restock');
  });

  it('extends the default knowledge base without code changes', () => {
    const query = '电子发票怎么开';
    expect(resolveFaq(query).status).toBe('no-match');
    const extended = createFaqResolver(
      defaultFaqEntries.map((e) =>
        e.id === 'evidence-guide'
          ? {
              ...e,
              examples: [...e.examples, '怎么开发票', '电子发票在哪下载'],
              keywords: [...(e.keywords ?? []), '发票'],
            }
          : e,
      ),
    );
    expect(extended.resolve(query).status).toBe('matched');
    expect(extended.resolve(query).best?.id).toBe('evidence-guide');
  });

  it.each([
    [
      'no examples',
      [{ id: 'invoice', examples: [] }],
      [0, 'examples'],
      /entry 0 "invoice": examples must hold/,
    ],
    ['an empty example', [{ id: 'invoice', examples: ['ok', ' '] }], [0, 'examples', 1], /examples\.1/],
    ['no id', [{ examples: ['怎么开发票'] }], [0, 'id'], /entry 0 \(no id\): id/],
    ['an empty id', [{ id: '', examples: ['怎么开发票'] }], [0, 'id'], /id must be a non-empty string/],
    [
      'a title without es',
      [{ id: 'invoice', examples: ['x'], title: { 'zh-CN': '发票', en: 'Invoice' } }],
      [0, 'title', 'es'],
      /title\.es/,
    ],
    [
      'a bad answer step',
      [{ id: 'invoice', examples: ['x'], answer: ['开发票'] }],
      [0, 'answer', 0],
      /answer\.0/,
    ],
    [
      'a duplicate id',
      [
        { id: 'invoice', examples: ['x'] },
        { id: 'invoice', examples: ['y'] },
      ],
      [1, 'id'],
      /entry 1 "invoice": duplicate/,
    ],
    ['a non-object entry', [{ id: 'a', examples: ['x'] }, 'b'], [1], /entry 1/],
    ['an empty array', [], [], /non-empty array/],
    ['not an array', 'x', [], /non-empty array/],
  ])('rejects %s with invalid_configuration naming the entry and the field', (_, entries, path, message) => {
    expect(() => createFaqResolver(entries as unknown as CustomFaqEntry[])).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        path,
        message: expect.stringMatching(message),
      }),
    );
  });

  it('reports an entry whose getter throws, instead of crashing', () => {
    const hostile = {
      id: 'x',
      get examples(): string[] {
        throw new Error('boom');
      },
    };
    expect(() => createFaqResolver([hostile])).toThrowError(
      expect.objectContaining({ code: 'invalid_configuration', path: [0] }),
    );
  });

  it('answers from a shop knowledge base of { id, examples } entries with its own intents', () => {
    const shop = createFaqResolver([
      ...defaultFaqEntries,
      {
        id: 'invoice',
        examples: [
          '怎么开发票',
          '电子发票在哪里下载',
          '发票抬头写错了',
          'can I get an invoice',
          '¿me dan factura?',
        ],
      },
      { id: 'presale', examples: ['预售什么时候发货', '定金可以退吗', '尾款什么时候付'] },
    ]);
    expect(
      ['开发票', 'I need an invoice for my order', '预售的尾款啥时候付', '付款三天了还没发货'].map(
        (q) => shop.resolve(q).best?.id,
      ),
    ).toEqual(['invoice', 'invoice', 'presale', 'paid-not-shipped']);
    expect(shop.resolve('今天天气怎么样').status).toBe('no-match');
  });

  it('rejects a negative cue it cannot recognize', () => {
    expect(() =>
      createFaqResolver([{ ...(shopEntries[0] as FaqEntry), negativeCues: ['two words'] }]),
    ).toThrowError(/negativeCues/);
  });

  it('throws invalid_argument for a non-string query', () => {
    expect(() => createFaqResolver(shopEntries).resolve(7 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});
