import { describe, expect, it } from 'vitest';
import { defineScripts } from '../../src/scripts/index.js';

const meta = {
  title: { 'zh-CN': '测试', en: 'Test', es: 'Prueba' },
  description: { 'zh-CN': '测试', en: 'Test', es: 'Prueba' },
  issueTypes: [],
} as const;
/** A one-script catalog with the same template in every locale (built at run time: no inference). */
function one(template: string) {
  const catalog: Record<string, typeof meta & { templates: { 'zh-CN': string; en: string; es: string } }> = {
    t: { ...meta, templates: { 'zh-CN': template, en: template, es: template } },
  };
  return defineScripts(catalog);
}

const render = (template: string, vars: object, options?: object) =>
  one(template).safeRender('t', vars, options);

describe('parse errors: exact messages', () => {
  const formats = 'text, yuan, date, time, datetime, duration, within, list';
  it.each([
    ['a}b', 'unmatched "}" at 1'],
    ['}{a}', 'unmatched "}" at 0'],
    ['{a} }', 'unmatched "}" at 4'],
    ['x{a}y}', 'unmatched "}" at 5'],
    ['ab{c', 'unclosed "{" at 2'],
    ['{a}{', 'unclosed "{" at 3'],
    ['{1a}', '"1a" is not a variable name (a letter, then letters, digits or _)'],
    ['{a b}', '"a b" is not a variable name (a letter, then letters, digits or _)'],
    ['{}', '"" is not a variable name (a letter, then letters, digits or _)'],
    ['{a-b}', '"a-b" is not a variable name (a letter, then letters, digits or _)'],
    ['{ab!}', '"ab!" is not a variable name (a letter, then letters, digits or _)'],
    ['{_a}', '"_a" is not a variable name (a letter, then letters, digits or _)'],
    ['{constructor}', '"constructor" is reserved (it is a property of every object), choose another name'],
    ['{toString:yuan}', '"toString" is reserved (it is a property of every object), choose another name'],
    ['{prototype}', '"prototype" is reserved (it is a property of every object), choose another name'],
    ['{a:money}', `unknown format "money" for {a}; expected ${formats}`],
    ['{a:}', `unknown format "" for {a}; expected ${formats}`],
    ['{a:plural}', `unknown format "plural" for {a}; expected ${formats}`],
    ['{a, plural {x}}', 'expected {name, plural|select, key {text} …} at 0'],
    ['hi {a, plural, one, two {x}}', 'expected {name, plural|select, key {text} …} at 3'],
    ['{1, plural, other {x}}', '"1" is not a variable name (a letter, then letters, digits or _)'],
    [
      '{valueOf, select, other {x}}',
      '"valueOf" is reserved (it is a property of every object), choose another name',
    ],
    ['{a, choice, x {y}}', 'unknown block "choice" for {a, …}; expected plural or select'],
    ['{a, , x {y}}', 'unknown block "" for {a, …}; expected plural or select'],
    ['{a, plural, foo {x}}', 'bad plural key "foo" in {a, plural, …}'],
    ['{a, plural, = 1 {x} other {y}}', 'bad plural key "= 1" in {a, plural, …}'],
    ['{a, plural, other {x} =x {y}}', 'bad plural key "=x" in {a, plural, …}'],
    ['{a, select, x y {z}}', 'bad select key "x y" in {a, select, …}'],
    ['{a, select, {z}}', 'bad select key "" in {a, select, …}'],
    ['{a, select, x {y} a.b {z}}', 'bad select key "a.b" in {a, select, …}'],
    ['{a, plural, other {x} other {y}}', 'duplicate key "other" in {a, plural, …}'],
    ['{a, select, k {x} k {y}}', 'duplicate key "k" in {a, select, …}'],
    ['{a, plural, other {x {y}}}', 'a branch of {a, plural, …} must be closed and hold no braces'],
    ['{a, select, x {y} z {w', 'a branch of {a, select, …} must be closed and hold no braces'],
    ['{a, plural, other {x}', 'unclosed {a, plural, …}'],
    ['{a, plural, other {x}   ', 'unclosed {a, plural, …}'],
    ['{a, plural, other {x} one', 'unclosed {a, plural, …}'],
    ['{a, select, x {y} z } {w}', 'unclosed {a, select, …}'],
    ['{a, plural, one {x}}', '{a, plural, …} needs an "other" branch'],
    ['{a, plural, =0 {x} one {y}}', '{a, plural, …} needs an "other" branch'],
  ])('%j → %s', (template, message) => {
    expect(() => one(template)).toThrowError(
      expect.objectContaining({
        code: 'invalid_configuration',
        message: `Script "t" (zh-CN): ${message}`,
      }),
    );
  });

  it('the where of an error names the locale whose template is wrong', () => {
    expect(() =>
      defineScripts({ s: { ...meta, templates: { 'zh-CN': '{a}', en: '{a}', es: '{a' } } }),
    ).toThrowError(
      expect.objectContaining({ name: 'TiantianError', message: 'Script "s" (es): unclosed "{" at 0' }),
    );
  });
});

describe('valid templates: exact parts and variables', () => {
  it.each([
    ['plain text only', {}, 'plain text only'],
    ['{a}', { a: 'x' }, 'x'],
    ['  {a}  ', { a: 'x' }, '  x  '],
    ['<{a}>', { a: 'x' }, '<x>'],
    ['{ a }', { a: 'x' }, 'x'],
    ['{ a : yuan }', { a: 3 }, '3元'],
    ['{a}{b}{a}', { a: '1', b: '2' }, '121'],
    ['{a}, {a:yuan}', { a: 5 }, '5, 5元'],
    ['x{n, plural, other {#}}y', { n: 3 }, 'x3y'],
    ['{n, plural, other {##x#}}', { n: 3 }, '33x3'],
    ['{n, plural, other {a#b#c}}', { n: 2 }, 'a2b2c'],
    ['{n, plural, other {#}}', { n: 1234.5 }, '1,234.5'],
    ['{n, plural, other {#}}', { n: 1.234 }, '1.23'],
    ['{n, plural, other {}}', { n: 1 }, ''],
    ['{n,plural,other{n=#}}', { n: 7 }, 'n=7'],
    ['{ n , plural , other {#} }', { n: 7 }, '7'],
    ['{w,select,a{A}b{B}other{O}}', { w: 'b' }, 'B'],
    ['{n, plural, =0 {none} other {#}} {n}', { n: 0 }, 'none 0'],
    ['{n, plural, =2 {pair} other {# things}}', { n: 2 }, 'pair'],
    ['{n, plural, =2 {pair} other {# things}}', { n: 3 }, '3 things'],
    ['{n, plural, =2 {pair} other {# things}}', { n: ['a', 'b'] }, 'pair'],
    ['{n, plural, other {# things}}', { n: [] }, '0 things'],
    ['{w, select, a {A} b {B} other {O}}', { w: 'a' }, 'A'],
    ['{w, select, a {A} b {B} other {O}}', { w: 'b' }, 'B'],
    ['{w, select, a {A} b {B} other {O}}', { w: 'zzz' }, 'O'],
    ['{w, select, a {A} b {B} other {O}}', { w: 'other' }, 'O'],
    ['{w, select, a {} other {O}}', { w: 'a' }, ''],
    ['{w, select, a {#1} other {O}}', { w: 'a' }, '#1'],
    ['{w, select, a-b_1 {X} other {O}}', { w: 'a-b_1' }, 'X'],
    ['[{w, select, a {A} other {O}}]', { w: 'a' }, '[A]'],
    ['{w, select, a {A}  other {O}  } end', { w: 'x' }, 'O end'],
  ])('%j with %j → %j (zh-CN text)', (template, vars, expected) => {
    expect(render(template, vars)).toEqual({ success: true, data: expected });
  });

  it('plural uses the locale’s plural rules after exact =N keys', () => {
    const t = '{n, plural, =0 {none} one {# item} other {# items}}';
    const en = (n: unknown) => render(t, { n }, { locale: 'en' });
    expect(en(0)).toEqual({ success: true, data: 'none' });
    expect(en(1)).toEqual({ success: true, data: '1 item' });
    expect(en(2)).toEqual({ success: true, data: '2 items' });
    expect(en(1.5)).toEqual({ success: true, data: '1.5 items' });
    expect(en(['x'])).toEqual({ success: true, data: '1 item' });
    expect(en(1234)).toEqual({ success: true, data: '1,234 items' });
    expect(render(t, { n: 1234.5 }, { locale: 'es' })).toEqual({ success: true, data: '1234,5 items' });
    expect(render(t, { n: 1 })).toEqual({ success: true, data: '1 items' });
  });

  it('records each variable with every kind it is used as, in order of first use', () => {
    const shop = one('{b:yuan} {a} {b} {a} {b:yuan} {c, select, x {X} other {Y}} {n, plural, other {#}}');
    const script = shop.get('t');
    expect(script.variables).toEqual(['b', 'a', 'c', 'n']);
    expect(script.parameters).toEqual([
      {
        name: 'b',
        kinds: ['yuan', 'text'],
        expected: 'a finite, non-negative number of yuan and a non-empty string or a finite number',
      },
      { name: 'a', kinds: ['text'], expected: 'a non-empty string or a finite number' },
      { name: 'c', kinds: ['select'], expected: 'one of the keys of its select block' },
      { name: 'n', kinds: ['plural'], expected: 'a finite, non-negative number or an array' },
    ]);
  });

  it('the expected value of every kind', () => {
    const shop = one(
      '{a:text}{b:yuan}{c:date}{d:time}{e:datetime}{f:duration}{g:within}{h:list}{i, plural, other {}}{j, select, other {}}',
    );
    expect(shop.get('t').parameters.map((p) => p.expected)).toEqual([
      'a non-empty string or a finite number',
      'a finite, non-negative number of yuan',
      'a valid Date',
      'a valid Date',
      'a valid Date',
      'a finite, non-negative number of minutes',
      'a finite, non-negative number of minutes',
      'a non-empty array of non-empty strings',
      'a finite, non-negative number or an array',
      'one of the keys of its select block',
    ]);
  });
});

describe('html output escapes template text, branch text and values', () => {
  it.each([
    ['<b>{a}</b>', { a: 'x & y' }, '&lt;b&gt;x &amp; y&lt;/b&gt;'],
    ['{a}', { a: `"it's"` }, '&quot;it&#39;s&quot;'],
    ['{a}', { a: 'a\u202Eb\u2066c' }, 'abc'],
    ['{n, plural, other {<#>}}', { n: 2 }, '&lt;2&gt;'],
    ['{w, select, a {<A>} other {&}}', { w: 'a' }, '&lt;A&gt;'],
    ['{w, select, a {<A>} other {&}}', { w: 'b' }, '&amp;'],
    ['{xs:list}', { xs: ['<a>', 'b'] }, '&lt;a&gt;和b'],
  ])('%j with %j → %j', (template, vars, expected) => {
    expect(render(template, vars, { format: 'html' })).toEqual({ success: true, data: expected });
  });
  it('text output keeps them as written', () => {
    expect(render('<b>{a}</b>', { a: 'x & y' })).toEqual({ success: true, data: '<b>x & y</b>' });
    expect(render('{w, select, a {<A>} other {&}}', { w: 'a' })).toEqual({ success: true, data: '<A>' });
    expect(render('{n, plural, other {<#>}}', { n: 2 })).toEqual({ success: true, data: '<2>' });
  });
});

describe('value problems: exact issues', () => {
  const issue = (code: string, name: string, message: string) => ({ code, message, path: ['vars', name] });
  it.each([
    ['{v}', '', 'a non-empty string or a finite number', 'an empty string'],
    ['{v}', '  ', 'a non-empty string or a finite number', 'an empty string'],
    ['{v}', Number.NaN, 'a non-empty string or a finite number', 'NaN'],
    ['{v}', Number.POSITIVE_INFINITY, 'a non-empty string or a finite number', 'the number Infinity'],
    ['{v}', null, 'a non-empty string or a finite number', 'null'],
    ['{v}', true, 'a non-empty string or a finite number', 'a boolean'],
    ['{v}', {}, 'a non-empty string or a finite number', 'an object'],
    ['{v}', [], 'a non-empty string or a finite number', 'an empty array'],
    ['{v}', ['a'], 'a non-empty string or a finite number', 'an array'],
    ['{v}', Symbol('s'), 'a non-empty string or a finite number', 'a symbol'],
    ['{v}', () => 1, 'a non-empty string or a finite number', 'a function'],
    ['{v:yuan}', -1, 'a finite, non-negative number of yuan', 'the number -1'],
    ['{v:yuan}', '5', 'a finite, non-negative number of yuan', 'a string'],
    ['{v:yuan}', Number.NaN, 'a finite, non-negative number of yuan', 'NaN'],
    ['{v:yuan}', Number.NEGATIVE_INFINITY, 'a finite, non-negative number of yuan', 'the number -Infinity'],
    ['{v:date}', new Date(Number.NaN), 'a valid Date', 'Invalid Date'],
    ['{v:time}', '2026-01-01', 'a valid Date', 'a string'],
    ['{v:datetime}', 0, 'a valid Date', 'the number 0'],
    ['{v:duration}', -0.5, 'a finite, non-negative number of minutes', 'the number -0.5'],
    ['{v:within}', new Date(0), 'a finite, non-negative number of minutes', 'a Date'],
    ['{v:list}', [], 'a non-empty array of non-empty strings', 'an empty array'],
    ['{v:list}', ['a', ' '], 'a non-empty array of non-empty strings', 'an array'],
    ['{v:list}', ['a', 1], 'a non-empty array of non-empty strings', 'an array'],
    ['{v:list}', [' ', 'a'], 'a non-empty array of non-empty strings', 'an array'],
    ['{v:list}', 'a', 'a non-empty array of non-empty strings', 'a string'],
    ['{v, plural, other {#}}', -1, 'a finite, non-negative number or an array', 'the number -1'],
    ['{v, plural, other {#}}', '2', 'a finite, non-negative number or an array', 'a string'],
    ['{v, plural, other {#}}', Number.NaN, 'a finite, non-negative number or an array', 'NaN'],
  ])('%s with %s is rejected', (template, v, expected, got) => {
    expect(render(template, { v })).toEqual({
      success: false,
      error: { issues: [issue('invalid_variable', 'v', `Variable "v" must be ${expected}, got ${got}`)] },
    });
  });

  it.each([
    ['{v}', 'a non-empty string or a finite number'],
    ['{v:date}', 'a valid Date'],
    ['{v:list}', 'a non-empty array of non-empty strings'],
    ['{v, plural, other {#}}', 'a finite, non-negative number or an array'],
    ['{v, select, a {x} other {y}}', 'one of the keys of its select block'],
  ])('%s: missing and undefined are told apart', (template, expected) => {
    expect(render(template, {})).toEqual({
      success: false,
      error: { issues: [issue('missing_variable', 'v', `Missing variable "v": expected ${expected}`)] },
    });
    expect(render(template, { v: undefined })).toEqual({
      success: false,
      error: {
        issues: [
          issue('missing_variable', 'v', `Missing variable "v" (it is undefined): expected ${expected}`),
        ],
      },
    });
  });

  it('a getter is refused without being run; inherited values are missing', () => {
    let ran = false;
    const vars = Object.defineProperty({}, 'v', {
      get() {
        ran = true;
        return 'x';
      },
      enumerable: true,
    });
    expect(render('{v}', vars)).toEqual({
      success: false,
      error: { issues: [issue('invalid_variable', 'v', 'Variable "v" is a getter; pass a plain value')] },
    });
    expect(ran).toBe(false);
    expect(render('{v}', Object.create({ v: 'x' }))).toEqual({
      success: false,
      error: {
        issues: [
          issue(
            'missing_variable',
            'v',
            'Missing variable "v": expected a non-empty string or a finite number',
          ),
        ],
      },
    });
  });

  it.each([
    ['{w, select, a {A} b {B}}', 'c', '"a", "b"', '"c"'],
    ['{w, select, a {A} b {B}}', 'other', '"a", "b"', '"other"'],
    ['{w, select, a {A} other {B}}', 3, '"a", "other"', 'the number 3'],
    ['{w, select, a {A} other {B}}', null, '"a", "other"', 'null'],
    ['{w, select, a {A} other {B}}', ['a'], '"a", "other"', 'an array'],
    ['{w, select, a {A}}', 'x'.repeat(50), '"a"', JSON.stringify('x'.repeat(40))],
    ['{w, select, a {A}}', 'say "hi"', '"a"', '"say \\"hi\\""'],
  ])('select %s with %j', (template, w, keys, got) => {
    expect(render(template, { w })).toEqual({
      success: false,
      error: { issues: [issue('invalid_variable', 'w', `Variable "w" must be one of ${keys}, got ${got}`)] },
    });
  });

  it('render() throws the same problems with the script and locale, and keeps the first only', () => {
    const shop = one('{a:yuan} {b:list}');
    expect(() => shop.render('t', { a: -2, b: [] } as never, { locale: 'es' })).toThrowError(
      expect.objectContaining({
        code: 'invalid_variable',
        message:
          'Variable "a" must be a finite, non-negative number of yuan, got the number -2 (script "t", es)',
        path: ['vars', 'a'],
      }),
    );
  });

  it('safeRender reports each variable once, in order, and renders the others', () => {
    expect(render('{a} {b:yuan} {a} {c} {b:yuan}', { b: 'x', c: 'ok' })).toEqual({
      success: false,
      error: {
        issues: [
          issue(
            'missing_variable',
            'a',
            'Missing variable "a": expected a non-empty string or a finite number',
          ),
          issue(
            'invalid_variable',
            'b',
            'Variable "b" must be a finite, non-negative number of yuan, got a string',
          ),
        ],
      },
    });
  });
});
