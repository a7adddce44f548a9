import { describe, expect, it } from 'vitest';
import { defineScripts } from '../../src/scripts/index.js';

const text = (zh: string, en: string, es: string) => ({ 'zh-CN': zh, en, es });
const meta = { title: text('标题', 'Title', 'Título'), description: text('说明', 'About', 'Acerca') };
const define = (catalog: unknown) => () => defineScripts(catalog as never);

describe('defineScripts: configuration errors', () => {
  it.each([null, 'x', 3, undefined])('a catalog that is %s', (catalog) => {
    expect(define(catalog)).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'A script catalog must be an object of scripts by id',
        path: [],
      }),
    );
  });

  it.each([null, 'x', 7])('a script that is %s', (definition) => {
    expect(
      define({ ok: { ...meta, issueTypes: [], templates: text('a', 'b', 'c') }, s: definition }),
    ).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: 'Script "s" must be an object',
        path: ['s'],
      }),
    );
  });

  it('an undefined entry is left out', () => {
    const shop = defineScripts({
      a: { ...meta, issueTypes: [], templates: text('a', 'b', 'c') },
      b: undefined,
    } as never);
    expect(shop.ids).toEqual(['a']);
    expect(shop.has('b')).toBe(false);
  });

  it.each([
    [undefined, 'zh-CN'],
    [{}, 'zh-CN'],
    [{ 'zh-CN': '', en: 'b', es: 'c' }, 'zh-CN'],
    [{ 'zh-CN': 'a', en: ' \n ', es: 'c' }, 'en'],
    [{ 'zh-CN': 'a', en: 'b' }, 'es'],
    [{ 'zh-CN': 'a', en: 'b', es: 5 }, 'es'],
  ])('templates %j: no %s template', (templates, locale) => {
    expect(define({ s: { ...meta, issueTypes: [], templates } })).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: `Script "s" has no ${locale} template`,
        path: ['s', 'templates', locale],
      }),
    );
  });

  it.each([
    [text('{a}{b}', '{b}', '{a}{b}'), 'en', 'b', 'a, b'],
    [text('{b}{a}', '{a}{b}', '{a}'), 'es', 'a', 'a, b'],
    [text('x', '{a}', '{a}'), 'en', 'a', ''],
    [text('{a}', 'x', 'x'), 'en', '', 'a'],
  ])('%j: the %s template uses other variables', (templates, locale, these, names) => {
    expect(define({ s: { ...meta, issueTypes: [], templates } })).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: `Script "s": the ${locale} template uses {${these}} but the zh-CN one uses {${names}}; every locale must use the same variables`,
        path: ['s', 'templates', locale],
      }),
    );
  });

  it.each([
    ['{a:yuan} {a:date}', '{a:yuan} {a:date}', 'yuan and date'],
    ['{a:list}', '{a:yuan}', 'list and yuan'],
    ['{a:date} {a}', '{a:date} {a}', 'date and text'],
    ['{a, select, x {} other {}} {a:yuan}', '{a:yuan}', 'select and yuan'],
    ['{a, plural, other {}} {a:date}', '{a:date}', 'plural and date'],
    ['{a:list} {a}', '{a}', 'list and text'],
    ['{a:duration} {a:time}', '{a:within}', 'duration and time and within'],
  ])('%s / %s: used as %s', (zh, other, used) => {
    expect(define({ s: { ...meta, issueTypes: [], templates: text(zh, other, other) } })).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: `Script "s": variable "a" is used as ${used}, which no value can be`,
        path: ['s', 'templates'],
      }),
    );
  });

  it.each([
    ['{a} {a:yuan} {a, plural, other {#}}', ['text', 'yuan', 'plural'], 24, '24 24元 24'],
    ['{a:list} {a, plural, other {#}}', ['list', 'plural'], ['x', 'y'], 'x和y 2'],
    ['{a} {a, select, k {K} other {O}}', ['text', 'select'], 'k', 'k K'],
    [
      '{a:date} {a:time} {a:datetime}',
      ['date', 'time', 'datetime'],
      new Date('2026-01-02T03:04:00+08:00'),
      '2026年1月2日 03:04 2026年1月2日 03:04',
    ],
    ['{a:duration} {a:within} {a:yuan}', ['duration', 'within', 'yuan'], 0, '0分钟 0分钟内 0元'],
  ])('%s: kinds with a value in common are allowed', (template, kinds, a, expected) => {
    const shop = defineScripts({
      s: { ...meta, issueTypes: [], templates: text(template, template, template) },
    } as never);
    expect(shop.get('s' as never).parameters[0]?.kinds).toEqual(kinds);
    expect(shop.safeRender('s', { a })).toEqual({ success: true, data: expected });
  });
});

describe('the catalog', () => {
  const shop = defineScripts({
    hello: {
      ...meta,
      issueTypes: ['logistics-delay', 'compensation'],
      templates: text('您好{name}', 'Hello {name}', 'Hola {name}'),
    },
    bye: { ...meta, issueTypes: ['compensation'], templates: text('再见', 'Bye', 'Adiós') },
    none: { ...meta, templates: text('x', 'y', 'z') } as never,
  } as const);
  const ids = 'hello, bye, none';

  it('ids, has and forIssueType', () => {
    expect(shop.ids).toEqual(['hello', 'bye', 'none']);
    expect(Object.isFrozen(shop.ids)).toBe(true);
    expect([
      shop.has('hello'),
      shop.has('none'),
      shop.has('toString'),
      shop.has(1),
      shop.has(undefined),
    ]).toEqual([true, true, false, false, false]);
    expect(shop.forIssueType('compensation')).toEqual(['hello', 'bye']);
    expect(shop.forIssueType('logistics-delay')).toEqual(['hello']);
    expect(shop.forIssueType('security-fraud')).toEqual([]);
  });

  it('get returns the script with fresh copies; a missing issueTypes is empty', () => {
    const hello = shop.get('hello');
    expect(hello).toEqual({
      id: 'hello',
      ...meta,
      issueTypes: ['logistics-delay', 'compensation'],
      templates: text('您好{name}', 'Hello {name}', 'Hola {name}'),
      variables: ['name'],
      parameters: [{ name: 'name', kinds: ['text'], expected: 'a non-empty string or a finite number' }],
    });
    hello.variables.push('x');
    expect(shop.get('hello').variables).toEqual(['name']);
    expect(shop.get('none').issueTypes).toEqual([]);
    expect(shop.get('bye').variables).toEqual([]);
  });

  it.each([
    ['nope', '"nope"'],
    ['x'.repeat(61), JSON.stringify(`${'x'.repeat(60)}…`)],
    ['x'.repeat(60), JSON.stringify('x'.repeat(60))],
    [5, 'number'],
    [null, 'object'],
    ['toString', '"toString"'],
  ])('get / render / safeRender of the unknown id %j', (id, described) => {
    const message = `Unknown script ${described}; expected one of ${ids}`;
    const expected = { code: 'unknown_script', message, path: ['id'] };
    expect(() => shop.get(id as never)).toThrowError(expect.objectContaining(expected));
    expect(() => shop.render(id as never, {} as never)).toThrowError(expect.objectContaining(expected));
    expect(shop.safeRender(id, {})).toEqual({ success: false, error: { issues: [expected] } });
  });

  it.each([
    [null, 'Options must be an object { locale?, format? }', ['options']],
    ['en', 'Options must be an object { locale?, format? }', ['options']],
    [{ locale: 'fr' }, 'Unknown locale "fr"; expected one of zh-CN, en, es', ['options', 'locale']],
    [{ locale: 1 }, 'Unknown locale number; expected one of zh-CN, en, es', ['options', 'locale']],
    [{ locale: null }, 'Unknown locale object; expected one of zh-CN, en, es', ['options', 'locale']],
    [{ format: 'md' }, `Unknown format "md"; expected 'text' or 'html'`, ['options', 'format']],
    [{ format: true }, `Unknown format boolean; expected 'text' or 'html'`, ['options', 'format']],
    [
      { locale: 'es', format: 'HTML' },
      `Unknown format "HTML"; expected 'text' or 'html'`,
      ['options', 'format'],
    ],
  ])('options %j', (options, message, path) => {
    expect(() => shop.render('hello', { name: 'x' }, options as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message,
        path,
      }),
    );
    expect(shop.safeRender('hello', { name: 'x' }, options)).toEqual({
      success: false,
      error: { issues: [{ code: 'invalid_argument', message, path }] },
    });
  });

  it('options default to zh-CN text; each may be given alone', () => {
    expect(shop.render('hello', { name: '<a>' })).toBe('您好<a>');
    expect(shop.render('hello', { name: '<a>' }, {})).toBe('您好<a>');
    expect(shop.render('hello', { name: '<a>' }, { format: 'html' })).toBe('您好&lt;a&gt;');
    expect(shop.render('hello', { name: '<a>' }, { locale: 'es' })).toBe('Hola <a>');
    expect(shop.render('hello', { name: '<a>' }, { locale: 'en', format: 'text' })).toBe('Hello <a>');
    expect(shop.safeRender('hello', { name: '<a>' }, { locale: 'en', format: 'html' })).toEqual({
      success: true,
      data: 'Hello &lt;a&gt;',
    });
    expect(shop.safeRender('bye')).toEqual({ success: true, data: '再见' });
    expect(shop.render('bye', undefined as never, { locale: 'en' })).toBe('Bye');
  });

  it.each([null, 'x', 5, true])('vars that are %j', (vars) => {
    expect(() => shop.render('hello', vars as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid_argument',
        message: 'The variables of "hello" must be an object of values by name',
        path: ['vars'],
      }),
    );
    expect(shop.safeRender('bye', vars)).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_type',
            message: 'The variables must be an object of values by name',
            path: ['vars'],
          },
        ],
      },
    });
  });

  it('render: a missing variable names the script and locale', () => {
    expect(() => shop.render('hello', {} as never, { locale: 'en' })).toThrowError(
      expect.objectContaining({
        code: 'missing_variable',
        message:
          'Missing variable "name": expected a non-empty string or a finite number (script "hello", en)',
        path: ['vars', 'name'],
      }),
    );
  });

  it('safeRender collects every argument problem at once, in order', () => {
    expect(shop.safeRender(1, 'v', { locale: 'xx' })).toEqual({
      success: false,
      error: {
        issues: [
          { code: 'unknown_script', message: `Unknown script number; expected one of ${ids}`, path: ['id'] },
          {
            code: 'invalid_argument',
            message: 'Unknown locale "xx"; expected one of zh-CN, en, es',
            path: ['options', 'locale'],
          },
          {
            code: 'invalid_type',
            message: 'The variables must be an object of values by name',
            path: ['vars'],
          },
        ],
      },
    });
    expect(shop.safeRender('hello', 'v')).toEqual({
      success: false,
      error: {
        issues: [
          {
            code: 'invalid_type',
            message: 'The variables must be an object of values by name',
            path: ['vars'],
          },
        ],
      },
    });
  });

  it('safeRender: variables that cannot be read are an issue, not a throw', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    expect(shop.safeRender('hello', hostile)).toEqual({
      success: false,
      error: {
        issues: [{ code: 'invalid_type', message: 'The variables could not be read', path: ['vars'] }],
      },
    });
  });
});
