import { describe, expect, it } from 'vitest';
import { composeStarMessage, STAR_MAX_LENGTH, STAR_PARTS, type StarParts } from '../../src/scripts/index.js';

const parts: StarParts = {
  situation: '9月28日下单的电饭煲已签收',
  task: '希望换一台新的',
  action: '已拍照并联系了商家',
  result: '商家三天未回复，内胆仍有裂痕',
};
const issuesOf = (result: ReturnType<typeof composeStarMessage>) =>
  result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.code]);

describe('STAR法则: Situation 当前所处的购物阶段, Task 期望达到的目标, Action 已采取的具体措施, Result 产生的实际效果与预期差异', () => {
  it('online chat: the four parts, labelled with the guide’s words, nothing more', () => {
    expect(composeStarMessage(parts, { channel: 'online-chat' })).toEqual({
      success: true,
      data: '情境：9月28日下单的电饭煲已签收\n任务：希望换一台新的\n行动：已拍照并联系了商家\n结果：商家三天未回复，内胆仍有裂痕',
    });
  });

  it('“邮件正文需包含订单编号、问题描述及联系方式”: email has all three', () => {
    const result = composeStarMessage(parts, {
      channel: 'email',
      orderId: '1550672064762308113',
      contact: '13800138000',
    });
    expect(result).toEqual({
      success: true,
      data: [
        '主题：订单1550672064762308113问题反馈',
        '',
        '您好：',
        '',
        '订单编号：1550672064762308113',
        '情境：9月28日下单的电饭煲已签收',
        '任务：希望换一台新的',
        '行动：已拍照并联系了商家',
        '结果：商家三天未回复，内胆仍有裂痕',
        '联系方式：13800138000',
        '',
        '谢谢！',
      ].join('\n'),
    });
  });

  it('email without the order number or a contact: each is an issue', () => {
    expect(issuesOf(composeStarMessage(parts, { channel: 'email' }))).toEqual([
      ['orderId', 'missing'],
      ['contact', 'missing'],
    ]);
    expect(
      issuesOf(composeStarMessage(parts, { channel: 'email', orderId: '12-34', contact: 'call me' })),
    ).toEqual([
      ['orderId', 'invalid_format'],
      ['contact', 'invalid_format'],
    ]);
    expect(
      composeStarMessage(parts, {
        channel: 'email',
        orderId: '1550672064762308113',
        contact: 'li.na@example.com',
      }).success,
    ).toBe(true);
  });

  it('English and Spanish', () => {
    const en = {
      situation: 'Received the rice cooker on 28 Sept',
      task: 'I would like a replacement',
      action: 'Sent photos to the seller',
      result: 'No answer for three days',
    };
    expect(
      composeStarMessage(en, { channel: 'social-media', locale: 'en', orderId: '1550672064762308113' }),
    ).toEqual({
      success: true,
      data: 'Order number: 1550672064762308113\nSituation: Received the rice cooker on 28 Sept\nWhat I need: I would like a replacement\nWhat I have tried: Sent photos to the seller\nResult: No answer for three days',
    });
    const es = {
      situation: 'Recibí la arrocera el 28 de septiembre',
      task: 'Quiero que me la cambien',
      action: 'Envié fotos al vendedor',
      result: 'Nadie responde desde hace tres días',
    };
    const result = composeStarMessage(es, {
      channel: 'email',
      locale: 'es',
      orderId: '1550672064762308113',
      contact: 'ana@example.es',
    });
    expect(result.success && result.data.split('\n').slice(0, 3)).toEqual([
      'Asunto: Pedido 1550672064762308113: solicitud de ayuda',
      '',
      'Hola:',
    ]);
    expect(result.success && result.data).toContain('Lo que necesito: Quiero que me la cambien');
  });

  it('Markdown bolds the labels and escapes the customer’s text', () => {
    const result = composeStarMessage(
      { ...parts, action: '已联系 **商家** <script>x</script> [链接](http://x)' },
      { channel: 'online-chat', format: 'markdown' },
    );
    expect(result.success && result.data.split('\n')[2]).toBe(
      '- **行动**：已联系 \\*\\*商家\\*\\* \\<script\\>x\\<\\/script\\> \\[链接\\]\\(http\\:\\/\\/x\\)',
    );
  });

  it('each part must say something: empty, punctuation, placeholders and a word are issues naming the part', () => {
    const result = composeStarMessage(
      { situation: '   ', task: '……!!', action: 'n/a', result: '好' },
      { channel: 'online-chat' },
    );
    expect(issuesOf(result)).toEqual([
      ['situation', 'missing'],
      ['task', 'not_meaningful'],
      ['action', 'placeholder'],
      ['result', 'too_small'],
    ]);
    for (const filler of ['无', '...', 'N/A', 'none', '同上', 'TBD', 'aaaa', 'ninguno']) {
      expect(issuesOf(composeStarMessage({ ...parts, task: filler }, { channel: 'hotline' }))).toEqual([
        ['task', filler === '...' ? 'not_meaningful' : 'placeholder'],
      ]);
    }
    const missing = composeStarMessage({ situation: '已签收电饭煲' } as StarParts, {
      channel: 'online-chat',
      locale: 'en',
    });
    expect(missing.success ? '' : missing.error.issues.map((i) => i.message).join(' | ')).toBe(
      'Please describe the task (what you need). | Please describe the action (what you have tried). | Please describe the result.',
    );
  });

  it('social media and chat are short: a long story is an issue that suggests email', () => {
    const long = { ...parts, result: '商家一直没有回复'.repeat(70) };
    expect(issuesOf(composeStarMessage(long, { channel: 'social-media' }))).toEqual([['', 'too_big']]);
    expect(
      composeStarMessage(long, { channel: 'email', orderId: '1550672064762308113', contact: '13800138000' })
        .success,
    ).toBe(true);
    expect(STAR_MAX_LENGTH['social-media']).toBeLessThan(STAR_MAX_LENGTH.email);
  });

  it('a part longer than 20,000 characters (4 × email’s 5000) is refused as too_big before it is read', () => {
    const email = { channel: 'email', orderId: '1550672064762308113', contact: '13800138000' } as const;
    // Its spaces would collapse to a short result: still refused, on its raw length.
    const padded = (length: number) => `商家三天未回复${' '.repeat(length - 7)}`;
    expect(composeStarMessage({ ...parts, result: padded(20_000) }, email).success).toBe(true);
    const over = composeStarMessage({ ...parts, result: padded(20_001) }, { ...email, locale: 'en' });
    expect(issuesOf(over)).toEqual([['result', 'too_big']]);
    expect(over.success ? '' : over.error.issues[0]?.message).toBe(
      'the result is longer than 20000 characters.',
    );
    const huge = '转'.repeat(1_000_000);
    expect(
      issuesOf(composeStarMessage({ situation: huge, task: huge, action: huge, result: huge }, email)),
    ).toEqual(STAR_PARTS.map((part) => [part, 'too_big']));
  });

  it('a bad channel or locale is an issue, not a throw', () => {
    expect(issuesOf(composeStarMessage(parts, { channel: 'fax' as 'email', locale: 'fr' as 'en' }))).toEqual([
      ['locale', 'invalid_argument'],
      ['channel', 'invalid_argument'],
    ]);
  });
});

const good: StarParts = {
  situation: 'Parcel arrived',
  task: 'Need a refund',
  action: 'Sent photos',
  result: 'No answer yet',
};
const compose = (parts: unknown, options: unknown) =>
  composeStarMessage(parts as StarParts, options as never);
const failing = (...issues: { code: string; message: string; path: (string | number)[] }[]) => ({
  success: false,
  error: { issues },
});

describe('each part must say something: exact issue per locale', () => {
  const names = {
    'zh-CN': '任务（期望达到的目标）',
    en: 'the task (what you need)',
    es: 'el objetivo (lo que necesita)',
  } as const;
  const messages = (n: string) => ({
    missing: { 'zh-CN': `缺少${n}`, en: `Please describe ${n}.`, es: `Describa ${n}.` },
    invalid_type: { 'zh-CN': `${n}必须是文字`, en: `${n} must be text.`, es: `${n} debe ser un texto.` },
    not_meaningful: {
      'zh-CN': `${n}只有标点符号`,
      en: `${n} is only punctuation.`,
      es: `${n} solo contiene signos de puntuación.`,
    },
    too_small: {
      'zh-CN': `${n}太短，请具体说明`,
      en: `${n} is too short; please give details.`,
      es: `${n} es demasiado breve; dé más detalles.`,
    },
  });
  const placeholder = (n: string, t: string) => ({
    'zh-CN': `${n}是占位内容（“${t}”），请具体说明`,
    en: `${n} is a placeholder (“${t}”); please say what happened.`,
    es: `${n} es un texto de relleno («${t}»); explique qué ocurrió.`,
  });

  for (const locale of ['zh-CN', 'en', 'es'] as const) {
    const n = names[locale];
    it.each([
      [undefined, 'missing'],
      [null, 'missing'],
      ['', 'missing'],
      [' \n\t ', 'missing'],
      [42, 'invalid_type'],
      [['a'], 'invalid_type'],
      ['...!?', 'not_meaningful'],
      ['。，！', 'not_meaningful'],
      ['$ + $', 'not_meaningful'],
      ['abc', 'too_small'],
      ['a b c', 'too_small'],
      ['好', 'too_small'],
      ['好a', 'too_small'],
    ])(`${locale}: task %j → %s`, (task, code) => {
      const result = compose({ ...good, task }, { channel: 'online-chat', locale });
      const message = messages(n)[code as keyof ReturnType<typeof messages>][locale];
      expect(result).toEqual(failing({ code, message, path: ['task'] }));
    });
    it.each([
      ['N/A', 'N/A'],
      ['  n / a  ', 'n / a'],
      ['TBD!', 'TBD!'],
      ['Same as above', 'Same as above'],
      ['无', '无'],
      ['同上。', '同上。'],
      ['aaaa', 'aaaa'],
      ['哈哈哈哈', '哈哈哈哈'],
      ['x'.repeat(30), 'x'.repeat(20)],
      ['no aplica', 'no aplica'],
    ])(`${locale}: task %j is a placeholder`, (task, shown) => {
      const result = compose({ ...good, task }, { channel: 'online-chat', locale });
      expect(result).toEqual(
        failing({ code: 'placeholder', message: placeholder(n, shown)[locale], path: ['task'] }),
      );
    });
  }

  it.each([
    ['abcd', 'abcd'],
    ['好的', '好的'],
    ['ab好', 'ab好'],
    ['aabc', 'aabc'],
    ['abcc', 'abcc'],
    ['  a  b \n c  d ', 'a b c d'],
    ['ab', undefined],
  ])('enough content: %j', (result, shown) => {
    const out = compose({ ...good, result }, { channel: 'hotline', locale: 'en' });
    if (shown === undefined) expect(out.success).toBe(false);
    else
      expect(out).toEqual({
        success: true,
        data: `Situation: Parcel arrived\nWhat I need: Need a refund\nWhat I have tried: Sent photos\nResult: ${shown}`,
      });
  });

  it('parts that are not an object, or inherited, are missing; every part is named', () => {
    const all = ['situation', 'task', 'action', 'result'];
    const zh = [
      '情境（当前所处的购物阶段）',
      '任务（期望达到的目标）',
      '行动（已采取的具体措施）',
      '结果（实际效果与预期差异）',
    ];
    for (const parts of [null, 'text', Object.create(good)]) {
      expect(compose(parts, { channel: 'email-x' })).toEqual(
        failing(
          {
            code: 'invalid_argument',
            message: 'Unknown channel; expected one of online-chat, hotline, email, social-media',
            path: ['channel'],
          },
          ...all.map((p, i) => ({ code: 'missing', message: `缺少${zh[i]}`, path: [p] })),
        ),
      );
    }
    expect(compose({}, { channel: 'hotline', locale: 'es' })).toEqual(
      failing(
        { code: 'missing', message: 'Describa la situación.', path: ['situation'] },
        { code: 'missing', message: 'Describa el objetivo (lo que necesita).', path: ['task'] },
        { code: 'missing', message: 'Describa la acción (lo que ha intentado).', path: ['action'] },
        { code: 'missing', message: 'Describa el resultado.', path: ['result'] },
      ),
    );
    expect(compose({}, { channel: 'hotline', locale: 'en' })).toEqual(
      failing(
        { code: 'missing', message: 'Please describe the situation.', path: ['situation'] },
        { code: 'missing', message: 'Please describe the task (what you need).', path: ['task'] },
        { code: 'missing', message: 'Please describe the action (what you have tried).', path: ['action'] },
        { code: 'missing', message: 'Please describe the result.', path: ['result'] },
      ),
    );
  });
});

describe('options', () => {
  it.each([
    [
      { channel: 'fax' },
      [['channel', 'Unknown channel; expected one of online-chat, hotline, email, social-media']],
    ],
    [{}, [['channel', 'Unknown channel; expected one of online-chat, hotline, email, social-media']]],
    [null, [['channel', 'Unknown channel; expected one of online-chat, hotline, email, social-media']]],
    [{ channel: 'hotline', locale: 'fr' }, [['locale', 'Unknown locale; expected one of zh-CN, en, es']]],
    [{ channel: 'hotline', locale: null }, [['locale', 'Unknown locale; expected one of zh-CN, en, es']]],
    [{ channel: 'hotline', format: 'html' }, [['format', "Unknown format; expected 'text' or 'markdown'"]]],
    [
      { channel: 'x', locale: 'x', format: 'x' },
      [
        ['locale', 'Unknown locale; expected one of zh-CN, en, es'],
        ['channel', 'Unknown channel; expected one of online-chat, hotline, email, social-media'],
        ['format', "Unknown format; expected 'text' or 'markdown'"],
      ],
    ],
  ])('%j', (options, expected) => {
    expect(compose(good, options)).toEqual(
      failing(
        ...expected.map(([path, message]) => ({
          code: 'invalid_argument',
          message: message ?? '',
          path: [path ?? ''],
        })),
      ),
    );
  });
});

describe('order number and contact', () => {
  const email = (orderId: unknown, contact: unknown, locale = 'zh-CN') =>
    compose(good, { channel: 'email', orderId, contact, locale });
  const orderMessages = {
    missing: {
      'zh-CN': '邮件正文需包含订单编号',
      en: 'An email must include the order number.',
      es: 'Un correo debe incluir el número de pedido.',
    },
    invalid_format: {
      'zh-CN': '订单编号应为6至32位数字',
      en: 'An order number is 6 to 32 digits.',
      es: 'Un número de pedido tiene de 6 a 32 dígitos.',
    },
  } as const;
  const contactMessages = {
    missing: {
      'zh-CN': '邮件正文需包含联系方式',
      en: 'An email must include a way to contact you.',
      es: 'Un correo debe incluir un medio de contacto.',
    },
    invalid_format: {
      'zh-CN': '联系方式应为电话号码或邮箱地址',
      en: 'The contact must be a phone number or an email address.',
      es: 'El contacto debe ser un teléfono o un correo electrónico.',
    },
  } as const;

  for (const locale of ['zh-CN', 'en', 'es'] as const) {
    it.each([
      [undefined, 'missing'],
      ['', 'missing'],
      ['   ', 'missing'],
      ['12345', 'invalid_format'],
      ['1'.repeat(33), 'invalid_format'],
      ['12345a', 'invalid_format'],
      ['123456a', 'invalid_format'],
      ['a123456', 'invalid_format'],
      ['123 456', 'invalid_format'],
      [123456, 'invalid_format'],
      [null, 'invalid_format'],
    ])(`${locale}: orderId %j → %s`, (orderId, code) => {
      expect(email(orderId, 'me@shop.cn', locale)).toEqual(
        failing({ code, message: orderMessages[code as 'missing'][locale], path: ['orderId'] }),
      );
    });
    it.each([
      [undefined, 'missing'],
      ['', 'missing'],
      [' \n ', 'missing'],
      ['123456', 'invalid_format'],
      ['call me', 'invalid_format'],
      ['@shop.cn', 'invalid_format'],
      ['a@b@shop.cn', 'invalid_format'],
      ['me@.cn', 'invalid_format'],
      ['me@shop.', 'invalid_format'],
      ['me@shop', 'invalid_format'],
      ['m e@shop.cn', 'invalid_format'],
      [`${'a'.repeat(196)}@b.cn`, 'invalid_format'],
      [`${'1'.repeat(201)}`, 'invalid_format'],
      [13800138000, 'invalid_format'],
      [null, 'invalid_format'],
    ])(`${locale}: contact %j → %s`, (contact, code) => {
      expect(email('123456', contact, locale)).toEqual(
        failing({ code, message: contactMessages[code as 'missing'][locale], path: ['contact'] }),
      );
    });
  }

  it.each([
    ['1234567', '1234567'],
    ['+86 138-0013', '+86 138-0013'],
    ['  138  0013  8000 ', '138 0013 8000'],
    ['me@shop.cn', 'me@shop.cn'],
    ['a@b.c', 'a@b.c'],
    ['a@bb.c.d', 'a@bb.c.d'],
    [`${'a'.repeat(195)}@b.cn`, `${'a'.repeat(195)}@b.cn`],
  ])('contact %j is accepted as %j', (contact, shown) => {
    const result = compose(good, { channel: 'email', orderId: ' 123456 ', contact, locale: 'en' });
    expect(result.success && result.data.split('\n')[9]).toBe(`Contact: ${shown}`);
  });

  it('both missing on email: two issues, order first', () => {
    expect(compose(good, { channel: 'email', locale: 'en' })).toEqual(
      failing(
        { code: 'missing', message: orderMessages.missing.en, path: ['orderId'] },
        { code: 'missing', message: contactMessages.missing.en, path: ['contact'] },
      ),
    );
  });

  it('off email they are optional, checked when given, and framed around the four lines', () => {
    expect(
      compose(good, { channel: 'online-chat', locale: 'en', orderId: '123456', contact: 'me@shop.cn' }),
    ).toEqual({
      success: true,
      data: [
        'Order number: 123456',
        'Situation: Parcel arrived',
        'What I need: Need a refund',
        'What I have tried: Sent photos',
        'Result: No answer yet',
        'Contact: me@shop.cn',
      ].join('\n'),
    });
    expect(compose(good, { channel: 'hotline', orderId: '123456' })).toEqual({
      success: true,
      data: [
        '订单编号：123456',
        '情境：Parcel arrived',
        '任务：Need a refund',
        '行动：Sent photos',
        '结果：No answer yet',
      ].join('\n'),
    });
    expect(compose(good, { channel: 'social-media', contact: '13800138000' })).toEqual({
      success: true,
      data: [
        '情境：Parcel arrived',
        '任务：Need a refund',
        '行动：Sent photos',
        '结果：No answer yet',
        '联系方式：13800138000',
      ].join('\n'),
    });
    expect(compose(good, { channel: 'hotline', orderId: '' })).toEqual(
      failing({ code: 'missing', message: '邮件正文需包含订单编号', path: ['orderId'] }),
    );
    expect(compose(good, { channel: 'hotline', contact: 'x' })).toEqual(
      failing({ code: 'invalid_format', message: '联系方式应为电话号码或邮箱地址', path: ['contact'] }),
    );
  });
});

describe('email layout in every locale and format', () => {
  const options = { channel: 'email', orderId: '123456', contact: 'a.b@shop.cn' };
  it('English text', () => {
    expect(compose(good, { ...options, locale: 'en' })).toEqual({
      success: true,
      data: [
        'Subject: Order 123456: request for help',
        '',
        'Hello,',
        '',
        'Order number: 123456',
        'Situation: Parcel arrived',
        'What I need: Need a refund',
        'What I have tried: Sent photos',
        'Result: No answer yet',
        'Contact: a.b@shop.cn',
        '',
        'Thank you.',
      ].join('\n'),
    });
  });
  it('Spanish Markdown: bold labels, escaped text, bidi controls removed', () => {
    const parts = { ...good, action: 'Envié *fotos* [1] \u202Eok', result: 'Sin_respuesta (aún)!' };
    expect(compose(parts, { ...options, locale: 'es', format: 'markdown' })).toEqual({
      success: true,
      data: [
        '**Asunto**: Pedido 123456\\: solicitud de ayuda',
        '',
        'Hola:',
        '',
        '- **Número de pedido**: 123456',
        '- **Situación**: Parcel arrived',
        '- **Lo que necesito**: Need a refund',
        '- **Lo que he intentado**: Envié \\*fotos\\* \\[1\\] ok',
        '- **Resultado**: Sin\\_respuesta \\(aún\\)\\!',
        '- **Contacto**: a\\.b\\@shop\\.cn',
        '',
        'Gracias.',
      ].join('\n'),
    });
  });
  it('Chinese Markdown', () => {
    expect(compose(good, { ...options, format: 'markdown' })).toEqual({
      success: true,
      data: [
        '**主题**：订单123456问题反馈',
        '',
        '您好：',
        '',
        '- **订单编号**：123456',
        '- **情境**：Parcel arrived',
        '- **任务**：Need a refund',
        '- **行动**：Sent photos',
        '- **结果**：No answer yet',
        '- **联系方式**：a\\.b\\@shop\\.cn',
        '',
        '谢谢！',
      ].join('\n'),
    });
  });
  it('chat Markdown escapes every ASCII punctuation mark', () => {
    const punct = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    const result = compose(
      { ...good, result: `ok ${punct} done` },
      { channel: 'online-chat', locale: 'en', format: 'markdown' },
    );
    expect(result.success && result.data.split('\n')[3]).toBe(
      `- **Result**: ok ${[...punct].map((c) => `\\${c}`).join('')} done`,
    );
  });
});

describe('length limits per channel, exact messages', () => {
  // The labels, separators and the other three parts take this many characters around the result;
  // an email adds 99 more (subject, greeting, order line, contact line of 7 digits, closing).
  const around = { en: 92, es: 101, 'zh-CN': 53 } as const;
  const sized = (length: number, locale: keyof typeof around): StarParts => ({
    ...good,
    result: `${'r'.repeat(length - around[locale] - 4)}done`,
  });
  it.each(['en', 'es', 'zh-CN'] as const)(
    'the sizing helper makes a %s message of the asked length',
    (locale) => {
      const fixed = compose(sized(150, locale), { channel: 'hotline', locale });
      expect(fixed.success && fixed.data.length).toBe(150);
    },
  );
  it.each([
    ['social-media', 500],
    ['online-chat', 800],
    ['hotline', 800],
  ])('%s takes exactly %i characters, not one more', (channel, max) => {
    for (const locale of ['en', 'es', 'zh-CN'] as const) {
      const ok = compose(sized(max, locale), { channel, locale });
      expect(ok.success && ok.data.length).toBe(max);
    }
    expect(compose(sized(max + 1, 'en'), { channel, locale: 'en' })).toEqual(
      failing({
        code: 'too_big',
        message: `The message is ${max + 1} characters; this channel takes at most ${max}. Shorten it or send an email.`,
        path: [],
      }),
    );
    expect(compose(sized(max + 2, 'es'), { channel, locale: 'es' })).toEqual(
      failing({
        code: 'too_big',
        message: `El mensaje tiene ${max + 2} caracteres; este canal admite como máximo ${max}. Acórtelo o envíe un correo.`,
        path: [],
      }),
    );
    expect(compose(sized(max + 3, 'zh-CN'), { channel })).toEqual(
      failing({
        code: 'too_big',
        message: `内容共${max + 3}字，超过该渠道上限${max}字，请精简或改用邮件`,
        path: [],
      }),
    );
  });
  it('email has room for a long story', () => {
    const long = compose(sized(4000, 'en'), {
      channel: 'email',
      locale: 'en',
      orderId: '123456',
      contact: '1234567',
    });
    expect(long.success).toBe(true);
    expect(
      compose(sized(5000, 'en'), { channel: 'email', locale: 'en', orderId: '123456', contact: '1234567' }),
    ).toEqual(
      failing({
        code: 'too_big',
        message:
          'The message is 5099 characters; this channel takes at most 5000. Shorten it or send an email.',
        path: [],
      }),
    );
  });
});
