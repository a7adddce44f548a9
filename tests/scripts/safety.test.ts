import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineScripts, escapeHtml, renderScript, safeRenderScript } from '../../src/scripts/index.js';

const text = (zh: string, en: string, es: string) => ({ 'zh-CN': zh, en, es });
const same = (t: string) => text(t, t, t);
const meta = { title: same('t'), description: same('d'), issueTypes: [] };

const shop = defineScripts({
  pair: { ...meta, templates: same('A{x}B{y}C') },
  one: { ...meta, templates: same('<p>{x}</p>') },
  list: { ...meta, templates: same('[{xs:list}]') },
} as const);

// The values template engines have turned into code (issue 7).
const HOSTILE = [
  '{x}',
  '{y}',
  '{{x}}',
  '{{constructor}}',
  '{{__proto__}}',
  '{{#with "s" as |string|}}{{#with string.constructor}}{{/with}}{{/with}}', // Handlebars, CVE-2019-19919
  '{{lookup this "constructor"}}', // Handlebars, CVE-2021-23383
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a lodash.template payload, on purpose
  '${process.mainModule.require("child_process").execSync("id")}', // lodash.template, CVE-2021-23337
  '<%= global.process %>',
  '$t(greeting)', // i18next re-reading a value as a key
  '{{- x}}',
  '$&',
  "$'",
  '$`',
  '$1',
  '$$',
  '$<name>',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='x",
  '&amp;',
  '\u202Etxt.exe',
  '#',
  '}',
  '{',
];

describe('values are data, never template', () => {
  it('each hostile value is inserted once, exactly as written', () => {
    for (const x of HOSTILE) {
      expect(shop.render('pair', { x, y: 'Y' })).toBe(`A${x}BYC`);
      expect(shop.render('pair', { x: 'X', y: x })).toBe(`AXB${x}C`);
    }
  });

  it("`$&` and `$'` are not replacement patterns (a naive String.replace loop would expand them)", () => {
    expect(shop.render('pair', { x: '$&', y: "$'" })).toBe("A$&B$'C");
    // What a `template.replace('{x}', value)` loop would have printed instead:
    expect('A{x}B'.replace('{x}', '$&')).toBe('A{x}B');
  });

  it('a value naming another placeholder is not rendered again (i18next-style re-reading)', () => {
    expect(shop.render('pair', { x: '{y}', y: 'secret' })).toBe('A{y}BsecretC');
  });

  it('Mustache {{constructor}}: neither a value nor a template name reaches Object.prototype', () => {
    expect(shop.render('pair', { x: '{{constructor}}', y: 'toString' })).toBe('A{{constructor}}BtoStringC');
    for (const name of [
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__proto__',
      'isPrototypeOf',
    ]) {
      expect(() => defineScripts({ bad: { ...meta, templates: same(`x {${name}} y`) } })).toThrow(
        expect.objectContaining({ code: 'invalid_configuration' }),
      );
    }
  });

  it('Handlebars prototype access: inherited and prototype-polluted properties are never read', () => {
    const proto = { x: 'from the prototype', y: 'also inherited' };
    const vars = Object.create(proto) as { x: string; y: string };
    expect(() => shop.render('pair', vars)).toThrow(expect.objectContaining({ code: 'missing_variable' }));
    const polluted = Object.prototype as unknown as Record<string, unknown>;
    polluted.x = 'polluted';
    try {
      expect(() => shop.render('pair', { y: 'Y' } as never)).toThrow(
        expect.objectContaining({ code: 'missing_variable' }),
      );
      expect(safeRenderScript('propose-compensation', {}).success).toBe(false);
    } finally {
      delete polluted.x;
    }
  });

  it('a JSON.parse’d "__proto__" key is an own property, but no template names it', () => {
    const vars = JSON.parse('{"__proto__": {"x": "evil"}, "y": "Y"}') as { x: string; y: string };
    expect(() => shop.render('pair', vars)).toThrow(expect.objectContaining({ code: 'missing_variable' }));
  });

  it('getters are not run', () => {
    let ran = false;
    const vars = {
      get x() {
        ran = true;
        return 'X';
      },
      y: 'Y',
    };
    expect(() => shop.render('pair', vars)).toThrow(expect.objectContaining({ code: 'invalid_variable' }));
    expect(ran).toBe(false);
  });

  it('lodash.template-style code in a value is not evaluated', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a lodash.template payload, on purpose
    const x = '${globalThis.__pwned = 1}<%= globalThis.__pwned = 1 %>';
    expect(shop.render('pair', { x, y: 'Y' })).toBe(`A${x}BYC`);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });
});

describe('a missing variable is an error, never a blank or a raw {name}', () => {
  it('renderScript throws missing_variable naming it', () => {
    expect(() => renderScript('propose-compensation', {} as never)).toThrowError(
      expect.objectContaining({
        code: 'missing_variable',
        message: expect.stringMatching(
          /^Missing variable "amount": .*\(script "propose-compensation", zh-CN\)$/,
        ),
      }),
    );
  });
  it('undefined counts as missing; null is invalid', () => {
    expect(() => renderScript('propose-compensation', { amount: undefined } as never)).toThrow(
      expect.objectContaining({ code: 'missing_variable' }),
    );
    expect(() => renderScript('propose-compensation', { amount: null } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_variable' }),
    );
  });
  it('safeRenderScript lists every missing variable once, each with its path', () => {
    const result = safeRenderScript('apologize-missed-deadline', { promised: 'soon' }, { locale: 'en' });
    expect(result.success ? 'rendered' : result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_variable', ['vars', 'promised']],
      ['missing_variable', ['vars', 'deadline']],
    ]);
  });
  it('safeRenderScript reports an unknown id and a bad locale as issues', () => {
    const result = safeRenderScript('toString', {}, { locale: 'fr', format: 'pdf' });
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual([
      ['id'],
      ['options', 'locale'],
    ]);
  });
  it('renderScript throws for a bad locale or format', () => {
    expect(() => renderScript('confirm-request', {}, { locale: 'fr' as 'en' })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => renderScript('confirm-request', {}, { format: 'pdf' as 'html' })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe("format: 'html'", () => {
  it('escapes & < > " \' in values and removes bidi overrides', () => {
    expect(shop.render('one', { x: `<b>"Tom" & 'Jerry'</b>` }, { format: 'html' })).toBe(
      '&lt;p&gt;&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;&lt;/p&gt;',
    );
    expect(
      renderScript(
        'handoff-greeting',
        { agentName: '\u202Egnp.exe\u2066x\u2069' },
        { format: 'html', locale: 'en' },
      ),
    ).toBe(
      'Hello, this is gnp.exex from customer service, and I’m happy to help. I’ve read your conversation with our virtual assistant. Is there anything you’d like to add?',
    );
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(escapeHtml(`a${c}b`)).toBe('ab');
    }
  });
  it('escapes list items and text', () => {
    expect(shop.render('list', { xs: ['<i>', 'a&b'] }, { locale: 'en', format: 'html' })).toBe(
      '[&lt;i&gt; and a&amp;b]',
    );
  });
  it('text format keeps values exactly, bidi controls included', () => {
    expect(shop.render('one', { x: '\u202Ex' })).toBe('<p>\u202Ex</p>');
  });
});

describe('size', () => {
  it('a 100k-character value is inserted whole', () => {
    const x = '{x}$&<'.repeat(20_000);
    expect(x.length).toBe(120_000);
    const out = shop.render('pair', { x, y: 'Y' });
    expect(out.length).toBe(x.length + 4);
    expect(out).toBe(`A${x}BYC`);
    expect(shop.render('one', { x }, { format: 'html' }).length).toBe(
      '&lt;p&gt;'.length + '&lt;/p&gt;'.length + 20_000 * ('{x}$'.length + '&amp;'.length + '&lt;'.length),
    );
  });

  it('a template with hundreds of placeholders (defineScripts)', () => {
    const names = Array.from({ length: 400 }, (_, i) => `v${i}`);
    const template = names.map((n) => `{${n}}`).join('-');
    const big = defineScripts({ big: { ...meta, templates: same(template) } });
    expect(big.get('big').variables).toEqual(names);
    const vars = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
    expect(big.render('big', vars)).toBe(names.map((n) => `<${n}>`).join('-'));
    const { v399: _, ...missingOne } = vars;
    const result = big.safeRender('big', missingOne);
    expect(result.success ? [] : result.error.issues.map((i) => i.path)).toEqual([['vars', 'v399']]);
  });
});

describe('malformed templates are refused when defined', () => {
  const bad = [
    'a {x',
    'a x}',
    '{x:money}',
    '{1x}',
    '{x y}',
    '{}',
    '{n, plural, one {#}}',
    '{n, plural, one {# {y}} other {#}}',
    '{n, plural, few {#} few {#} other {#}}',
    '{n, choice, a {b}}',
    '{n, select, a {b}',
    '{n, select, {b}}',
  ];
  for (const template of bad) {
    it(JSON.stringify(template), () => {
      expect(() => defineScripts({ bad: { ...meta, templates: same(template) } })).toThrow(
        expect.objectContaining({ code: 'invalid_configuration' }),
      );
    });
  }
  it('locales that use different variables', () => {
    expect(() => defineScripts({ bad: { ...meta, templates: text('{a}', '{a}', '{b}') } })).toThrow(
      /same variables/,
    );
  });
  it('a name used as two kinds no value can be', () => {
    expect(() => defineScripts({ bad: { ...meta, templates: same('{a:date} {a:yuan}') } })).toThrow(
      /no value can be/,
    );
  });
});

describe('property: the output is the template’s text with each value inserted as written', () => {
  const value = fc
    .oneof(
      fc.string({ minLength: 1 }),
      fc.constantFrom(...HOSTILE),
      fc.stringMatching(/^[{}$&'`<>"#\\a-z]{1,12}$/),
    )
    .filter((s) => s.trim() !== '');

  it('text', () => {
    fc.assert(
      fc.property(value, value, (x, y) => {
        const out = shop.render('pair', { x, y });
        expect(out).toBe(`A${x}B${y}C`);
        // Remove the values: what is left is the template's static text.
        expect(
          out.slice(0, 1) + out.slice(1 + x.length, 2 + x.length) + out.slice(2 + x.length + y.length),
        ).toBe('ABC');
      }),
    );
  });

  it('html: each value escaped exactly once', () => {
    const escaped = (s: string) =>
      [...s]
        .filter((c) => !/[\u202A-\u202E\u2066-\u2069]/.test(c))
        .map((c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
        .join('');
    fc.assert(
      fc.property(value, value, (x, y) => {
        expect(shop.render('pair', { x, y }, { format: 'html' })).toBe(`A${escaped(x)}B${escaped(y)}C`);
      }),
    );
  });

  it('built-in scripts: the rendered reply is the static text around the value', () => {
    fc.assert(
      fc.property(value, (agentName) => {
        const out = renderScript('handoff-greeting', { agentName });
        const [before, after] = ['您好，我是人工客服', '，很高兴为您服务！'];
        expect(out.startsWith(before)).toBe(true);
        expect(out.slice(before.length, before.length + agentName.length)).toBe(agentName);
        expect(out.slice(before.length + agentName.length).startsWith(after)).toBe(true);
        expect(out.length).toBe(
          renderScript('handoff-greeting', { agentName: 'x' }).length - 1 + agentName.length,
        );
      }),
    );
  });
});
