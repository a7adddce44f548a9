import { describe, expect, it } from 'vitest';
import { defineScripts, safeRenderScript } from '../../src/scripts/index.js';

const text = (zh: string, en: string, es: string) => ({ 'zh-CN': zh, en, es });
const meta = {
  title: text('测试', 'Test', 'Prueba'),
  description: text('测试', 'Test', 'Prueba'),
  issueTypes: [],
};

const shop = defineScripts({
  yuan: { ...meta, templates: text('{a:yuan}', '{a:yuan}', '{a:yuan}') },
  when: {
    ...meta,
    templates: text(
      '{at:date}|{at:time}|{at:datetime}',
      '{at:date}|{at:time}|{at:datetime}',
      '{at:date}|{at:time}|{at:datetime}',
    ),
  },
  within: {
    ...meta,
    templates: text('{m:within}/{m:duration}', '{m:within}/{m:duration}', '{m:within}/{m:duration}'),
  },
  list: { ...meta, templates: text('{xs:list}', '{xs:list}', '{xs:list}') },
  count: {
    ...meta,
    templates: text(
      '{n, plural, other {#件商品}}',
      '{n, plural, =0 {no items} one {# item} other {# items}}',
      '{n, plural, =0 {ningún artículo} one {# artículo} other {# artículos}}',
    ),
  },
  tone: {
    ...meta,
    templates: text(
      '{who, select, vip {尊敬的会员} other {亲爱的顾客}}',
      '{who, select, vip {Dear member} other {Dear customer}}',
      '{who, select, vip {Estimado socio} other {Estimado cliente}}',
    ),
  },
  plain: { ...meta, templates: text('{v}', '{v}', '{v}') },
} as const);

describe('amounts in yuan (Intl.NumberFormat)', () => {
  it('zh-CN writes 元 after the number, en ¥ before it, es ¥ after it', () => {
    expect(shop.render('yuan', { a: 12.5 })).toBe('12.50元');
    expect(shop.render('yuan', { a: 12.5 }, { locale: 'en' })).toBe('¥12.50');
    expect(shop.render('yuan', { a: 12.5 }, { locale: 'es' })).toBe('12,50\u00a0¥');
  });
  it('whole amounts have no fen; large ones are grouped as each locale groups them', () => {
    expect(shop.render('yuan', { a: 24 })).toBe('24元');
    expect(shop.render('yuan', { a: 24 }, { locale: 'en' })).toBe('¥24');
    expect(shop.render('yuan', { a: 12345.6 })).toBe('12,345.60元');
    expect(shop.render('yuan', { a: 12345.6 }, { locale: 'en' })).toBe('¥12,345.60');
    expect(shop.render('yuan', { a: 12345.6 }, { locale: 'es' })).toBe('12.345,60\u00a0¥');
    expect(shop.render('yuan', { a: 0.1 + 0.2 })).toBe('0.30元');
    expect(shop.render('yuan', { a: 0 }, { locale: 'en' })).toBe('¥0');
  });
  it('rejects NaN, Infinity, negative amounts and numeric strings', () => {
    for (const a of [Number.NaN, Number.POSITIVE_INFINITY, -1, '12']) {
      expect(() => shop.render('yuan', { a } as never)).toThrow(
        expect.objectContaining({ code: 'invalid_variable' }),
      );
    }
  });
});

describe('dates and times in Beijing time, whatever the host zone', () => {
  const at = new Date('2026-10-01T23:30:00+08:00'); // 15:30 UTC, still 1 October in Beijing
  it('per locale', () => {
    expect(shop.render('when', { at })).toBe('2026年10月1日|23:30|2026年10月1日 23:30');
    expect(shop.render('when', { at }, { locale: 'en' })).toBe(
      'October 1, 2026|11:30 PM|October 1, 2026 at 11:30 PM',
    );
    expect(shop.render('when', { at }, { locale: 'es' })).toBe(
      '1 de octubre de 2026|23:30|1 de octubre de 2026 a las 23:30',
    );
  });
  it('an instant after midnight in Beijing but before it in UTC is the next day', () => {
    expect(shop.render('when', { at: new Date('2026-09-30T16:30:00Z') })).toBe(
      '2026年10月1日|00:30|2026年10月1日 00:30',
    );
  });
  it('rejects Invalid Date and date strings', () => {
    for (const at of [new Date('nope'), '2026-10-01', 1790000000000]) {
      expect(() => shop.render('when', { at } as never)).toThrow(
        expect.objectContaining({ code: 'invalid_variable' }),
      );
    }
  });
});

describe('durations', () => {
  it('“2小时内”, “within 2 hours”, “en menos de 2 horas”', () => {
    expect(shop.render('within', { m: 120 })).toBe('2小时内/2小时');
    expect(shop.render('within', { m: 120 }, { locale: 'en' })).toBe('within 2 hours/2 hours');
    expect(shop.render('within', { m: 120 }, { locale: 'es' })).toBe('en menos de 2 horas/2 horas');
  });
  it('one hour is singular; minutes when not whole hours', () => {
    expect(shop.render('within', { m: 60 }, { locale: 'en' })).toBe('within 1 hour/1 hour');
    expect(shop.render('within', { m: 60 }, { locale: 'es' })).toBe('en menos de 1 hora/1 hora');
    expect(shop.render('within', { m: 90 })).toBe('90分钟内/90分钟');
    expect(shop.render('within', { m: 90 }, { locale: 'en' })).toBe('within 90 minutes/90 minutes');
    expect(shop.render('within', { m: 4320 }, { locale: 'en' })).toBe('within 72 hours/72 hours');
  });
});

describe('lists (Intl.ListFormat)', () => {
  const xs = ['订单截图', '支付凭证', '聊天记录截屏'];
  it('per locale', () => {
    expect(shop.render('list', { xs })).toBe('订单截图、支付凭证和聊天记录截屏');
    expect(shop.render('list', { xs: ['a', 'b', 'c'] }, { locale: 'en' })).toBe('a, b, and c');
    expect(shop.render('list', { xs: ['a', 'b', 'c'] }, { locale: 'es' })).toBe('a, b y c');
    expect(shop.render('list', { xs: ['a'] }, { locale: 'en' })).toBe('a');
  });
  it('rejects an empty list, holes and non-strings', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is being tested
    for (const bad of [[], ['a', 1], [, 'a'], 'a,b', ['']]) {
      expect(() => shop.render('list', { xs: bad } as never)).toThrow(
        expect.objectContaining({ code: 'invalid_variable' }),
      );
    }
  });
});

describe('plural and select', () => {
  it('“1 item / 2 items”, “1 artículo / 2 artículos”, Chinese has one form', () => {
    expect(shop.render('count', { n: 1 }, { locale: 'en' })).toBe('1 item');
    expect(shop.render('count', { n: 2 }, { locale: 'en' })).toBe('2 items');
    expect(shop.render('count', { n: 0 }, { locale: 'en' })).toBe('no items');
    expect(shop.render('count', { n: 1 }, { locale: 'es' })).toBe('1 artículo');
    expect(shop.render('count', { n: 2 }, { locale: 'es' })).toBe('2 artículos');
    expect(shop.render('count', { n: 1200 }, { locale: 'es' })).toBe('1200 artículos');
    expect(shop.render('count', { n: 1 })).toBe('1件商品');
    expect(shop.render('count', { n: 2 })).toBe('2件商品');
  });
  it('an array counts its items', () => {
    expect(shop.render('count', { n: ['x', 'y', 'z'] }, { locale: 'en' })).toBe('3 items');
  });
  it('select picks the branch, other catches the rest, never an inherited key', () => {
    expect(shop.render('tone', { who: 'vip' })).toBe('尊敬的会员');
    expect(shop.render('tone', { who: 'guest' }, { locale: 'es' })).toBe('Estimado cliente');
    expect(shop.render('tone', { who: 'constructor' }, { locale: 'en' })).toBe('Dear customer');
    expect(() => shop.render('tone', { who: 3 } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_variable' }),
    );
  });
});

describe('plain values', () => {
  it('strings as written; numbers in the locale’s digits without grouping; bigint', () => {
    expect(shop.render('plain', { v: '  spaced  ' })).toBe('  spaced  ');
    expect(shop.render('plain', { v: 1.5 }, { locale: 'es' })).toBe('1,5');
    expect(shop.render('plain', { v: 1550672064 }, { locale: 'en' })).toBe('1550672064');
    expect(shop.render('plain', { v: 1550672064762308113n })).toBe('1550672064762308113');
  });
  it('rejects objects, functions, symbols, booleans, null, NaN, empty strings', () => {
    const bad: unknown[] = [{}, [], () => 'x', Symbol('s'), true, null, Number.NaN, '', '   ', new Date()];
    for (const v of bad) {
      expect(() => shop.render('plain', { v } as never)).toThrow(
        expect.objectContaining({ code: 'invalid_variable' }),
      );
    }
  });
});

/** A one-script catalog with the same template in every locale (built at run time: no inference). */
function one(template: string) {
  const catalog: Record<string, typeof meta & { templates: { 'zh-CN': string; en: string; es: string } }> = {
    t: { ...meta, templates: { 'zh-CN': template, en: template, es: template } },
  };
  return defineScripts(catalog);
}

const render = (template: string, vars: object, options?: object) =>
  one(template).safeRender('t', vars, options);

describe('formatted values: exact text per locale', () => {
  it.each([
    ['{v}', 1234567, 'zh-CN', '1234567'],
    ['{v}', 0.1 + 0.2, 'en', '0.30000000000000004'],
    ['{v}', 1234.5, 'es', '1234,5'],
    ['{v}', -3, 'en', '-3'],
    ['{v}', 12345678901234567890n, 'en', '12345678901234567890'],
    ['{v}', ' x ', 'en', ' x '],
    ['{v:duration}', 0, 'en', '0 minutes'],
    ['{v:duration}', 30, 'en', '30 minutes'],
    ['{v:duration}', 59, 'zh-CN', '59分钟'],
    ['{v:duration}', 60, 'en', '1 hour'],
    ['{v:duration}', 90, 'en', '90 minutes'],
    ['{v:duration}', 120, 'zh-CN', '2小时'],
    ['{v:duration}', 1.255, 'en', '1.26 minutes'],
    ['{v:duration}', 1440, 'es', '24 horas'],
    ['{v:within}', 30, 'zh-CN', '30分钟内'],
    ['{v:within}', 120, 'en', 'within 2 hours'],
    ['{v:within}', 90, 'es', 'en menos de 90 minutos'],
    ['{v:yuan}', 0.005, 'zh-CN', '0.01元'],
    ['{v:yuan}', 7, 'es', '7\u00a0¥'],
    ['{v:list}', ['a'], 'en', 'a'],
    ['{v:list}', ['a', 'b'], 'en', 'a and b'],
    ['{v:list}', ['a', 'b', 'c'], 'en', 'a, b, and c'],
    ['{v:list}', ['a', 'b', 'c'], 'zh-CN', 'a、b和c'],
    ['{v:list}', ['a', 'b', 'c'], 'es', 'a, b y c'],
  ])('%s with %s in %s → %s', (template, v, locale, expected) => {
    expect(render(template, { v }, { locale })).toEqual({ success: true, data: expected });
  });

  it('dates and times are in Beijing time, with a plain space before AM/PM', () => {
    const at = new Date('2026-09-30T20:30:00+08:00');
    expect(render('{v:date}|{v:time}|{v:datetime}', { v: at }, { locale: 'en' })).toEqual({
      success: true,
      data: 'September 30, 2026|8:30 PM|September 30, 2026 at 8:30 PM',
    });
    expect(render('{v:date}|{v:time}', { v: at })).toEqual({ success: true, data: '2026年9月30日|20:30' });
  });
});

describe('numbers that cannot be written exactly are refused, -0 is written as 0', () => {
  it.each([
    ['1e308 yuan (¥∞ once turned to fen)', 'yuan', { a: 1e308 }],
    ['Number.MAX_VALUE yuan', 'yuan', { a: Number.MAX_VALUE }],
    ['yuan whose fen exceed 2^53', 'yuan', { a: Number.MAX_SAFE_INTEGER / 10 }],
    ['1e308 minutes', 'within', { m: 1e308 }],
    ['minutes beyond 2^53', 'within', { m: 2 ** 60 }],
    ['a plural count beyond 2^53', 'count', { n: 2 ** 60 }],
    [
      'an unsafe integer as text (an order number as a number)',
      'plain',
      { v: Number('1550672064762308113') },
    ],
    ['-2^60 as text', 'plain', { v: -(2 ** 60) }],
    ['1e21 as text', 'plain', { v: 1e21 }],
  ] as const)('%s', (_name, id, vars) => {
    expect(() => shop.render(id, vars as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_variable' }),
    );
  });

  it.each([
    ['yuan', { a: -0 }, 'zh-CN', '0元'],
    ['yuan', { a: -0 }, 'en', '¥0'],
    ['within', { m: -0 }, 'en', 'within 0 minutes/0 minutes'],
    ['within', { m: -0 }, 'zh-CN', '0分钟内/0分钟'],
    ['plain', { v: -0 }, 'en', '0'],
    ['plain', { v: Number.MAX_SAFE_INTEGER }, 'en', '9007199254740991'],
    ['yuan', { a: 1_234_567_890_123.45 }, 'en', '¥1,234,567,890,123.45'],
  ] as const)('%s %o in %s is %s', (id, vars, locale, expected) => {
    expect(shop.render(id, vars as never, { locale })).toBe(expected);
  });

  it('the built-in scripts refuse an order or case number given as an unsafe JS number', () => {
    const result = safeRenderScript('request-evidence', {
      orderId: Number('1550672064762308113'),
      items: ['订单截图'],
    });
    expect(result).toEqual({
      success: false,
      error: {
        issues: [expect.objectContaining({ code: 'invalid_variable', path: ['vars', 'orderId'] })],
      },
    });
    expect(safeRenderScript('escalate-to-platform', { caseId: 2 ** 60, window: 60 }).success).toBe(false);
  });
});
