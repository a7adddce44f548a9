import { describe, expect, it } from 'vitest';
import {
  getScript,
  isScriptId,
  renderScript,
  SCRIPT_CATALOG,
  SCRIPT_IDS,
  type ScriptId,
  scriptsForIssueType,
} from '../../src/scripts/index.js';
import { ISSUE_TYPES } from '../../src/shared/issue-types.js';
import { LOCALES } from '../../src/shared/locale.js';

// The seed text writes the guide's scripts with ASCII “?” and “,”; Chinese replies use full-width
// punctuation. Compare the words, not the punctuation's width.
const asInGuide = (text: string) => text.split('？').join('?').split('，').join(',');

describe('the guide’s three scripts (三.4 善用沟通话术模板)', () => {
  it('确认需求:“请问您需要办理退货还是换货呢?”', () => {
    expect(asInGuide(renderScript('confirm-request'))).toBe('请问您需要办理退货还是换货呢?');
    expect(getScript('confirm-request').variables).toEqual([]);
  });

  it('进度询问:“目前我们正在核实物流信息,请问是否方便留下最新联系方式?”', () => {
    expect(asInGuide(renderScript('progress-inquiry', {}))).toBe(
      '目前我们正在核实物流信息,请问是否方便留下最新联系方式?',
    );
  });

  it('方案确认:“我们计划为您补偿双倍运费,您看是否合适?”, with the amount beside 双倍运费', () => {
    const text = renderScript('propose-compensation', { amount: 24 });
    expect(text).toBe('我们计划为您补偿双倍运费（24元），您看是否合适？');
    expect(asInGuide(text.split('（24元）').join(''))).toBe('我们计划为您补偿双倍运费,您看是否合适?');
  });
});

describe('every script in every locale, as a native agent writes it', () => {
  const at = new Date('2026-10-01T14:30:00+08:00');
  const expected: Record<
    ScriptId,
    { vars: Record<string, unknown>; text: Record<(typeof LOCALES)[number], string> }
  > = {
    'confirm-request': {
      vars: {},
      text: {
        'zh-CN': '请问您需要办理退货还是换货呢？',
        en: 'Would you like to return the item or exchange it?',
        es: '¿Desea devolver el artículo o prefiere cambiarlo?',
      },
    },
    'progress-inquiry': {
      vars: {},
      text: {
        'zh-CN': '目前我们正在核实物流信息，请问是否方便留下最新联系方式？',
        en: 'We are currently checking the shipping information. Would you mind leaving us your latest contact details?',
        es: 'En este momento estamos verificando la información del envío. ¿Podría dejarnos sus datos de contacto actualizados?',
      },
    },
    'propose-compensation': {
      vars: { amount: 12.5 },
      text: {
        'zh-CN': '我们计划为您补偿双倍运费（12.50元），您看是否合适？',
        en: 'We would like to compensate you with double the shipping fee (¥12.50). Would that be acceptable to you?',
        es: 'Como compensación, le proponemos abonarle el doble de los gastos de envío (12,50\u00a0¥). ¿Le parece bien?',
      },
    },
    'handoff-greeting': {
      vars: { agentName: '小美' },
      text: {
        'zh-CN':
          '您好，我是人工客服小美，很高兴为您服务！您与智能客服的对话记录我已经看到了，请问还有什么需要补充的吗？',
        en: 'Hello, this is 小美 from customer service, and I’m happy to help. I’ve read your conversation with our virtual assistant. Is there anything you’d like to add?',
        es: 'Hola, le atiende 小美, del servicio de atención al cliente. Ya he leído su conversación con nuestro asistente virtual. ¿Hay algo más que quiera añadir?',
      },
    },
    'call-recording-notice': {
      vars: { agentName: 'Lucía' },
      text: {
        'zh-CN': '您好，我是天天特卖客服Lucía。为了保障您的权益，本次通话将全程录音，请您知悉。',
        en: 'Hello, this is Lucía from Tiantian Temai customer service. Please be aware that this call will be recorded to protect your rights.',
        es: 'Hola, le atiende Lucía, del servicio de atención al cliente de Tiantian Temai. Le informamos de que esta llamada será grabada para proteger sus derechos.',
      },
    },
    'request-evidence': {
      vars: { orderId: '1550672064762308113', items: ['订单截图', '支付凭证', '商品实物照片'] },
      text: {
        'zh-CN':
          '为了尽快为您处理订单1550672064762308113的问题，麻烦您提供以下3项材料：订单截图、支付凭证和商品实物照片。图片分辨率建议在800×600以上，文件请按“订单号+问题类型”命名，感谢您的配合！',
        en: 'To sort out order 1550672064762308113 as quickly as possible, could you please send us the following 3 items: 订单截图, 支付凭证, and 商品实物照片? Pictures should be at least 800×600 pixels, and please name each file “order number+issue type”. Thank you for your help!',
        es: 'Para resolver cuanto antes la incidencia del pedido 1550672064762308113, ¿podría enviarnos los siguientes 3 documentos: 订单截图, 支付凭证 y 商品实物照片? Las imágenes deben tener al menos 800×600 píxeles y cada archivo debe llamarse «número de pedido+tipo de problema». ¡Gracias por su colaboración!',
      },
    },
    'email-acknowledgement': {
      vars: { orderId: '1550672064762308113', complexity: 'standard' },
      text: {
        'zh-CN':
          '您好，关于订单1550672064762308113的邮件我们已经收到。我们通常会在24-48小时内给您答复，请留意邮箱。感谢您的耐心等待！',
        en: 'Thank you for your email about order 1550672064762308113, which we have received. We usually reply within 24 to 48 hours, so please keep an eye on your inbox. Thank you for your patience.',
        es: 'Gracias por su correo sobre el pedido 1550672064762308113, que ya hemos recibido. Normalmente respondemos en un plazo de 24 a 48 horas, así que le rogamos que esté atento a su bandeja de entrada. Gracias por su paciencia.',
      },
    },
    'apologize-missed-deadline': {
      vars: { promised: 120, deadline: at },
      text: {
        'zh-CN':
          '非常抱歉，我们没能按承诺在2小时内答复您，耽误了您的时间。我们会在北京时间2026年10月1日 14:30前给您明确答复，再次向您致歉！',
        en: 'We are very sorry that we did not get back to you within 2 hours as promised. We will give you a clear answer by 2:30 PM on October 1, 2026 (Beijing time). Once again, please accept our apologies.',
        es: 'Lamentamos mucho no haberle respondido en menos de 2 horas, tal como nos habíamos comprometido. Le daremos una respuesta definitiva antes del 1 de octubre de 2026, 14:30 (hora de Pekín). Una vez más, le pedimos disculpas.',
      },
    },
    'escalate-to-platform': {
      vars: { caseId: 'JC20261001001', window: 24 * 60 },
      text: {
        'zh-CN':
          '非常理解您的心情。鉴于本次纠纷较为重大，我们已邀请平台监察部门介入处理，工单号为JC20261001001。监察部门的工作人员会在24小时内与您联系，请保持电话畅通。',
        en: 'I completely understand how you feel. As this is a major dispute, we have asked the platform’s monitoring department to step in (case number JC20261001001). A member of that team will contact you within 24 hours, so please keep your phone nearby.',
        es: 'Entiendo perfectamente cómo se siente. Al tratarse de una disputa importante, hemos solicitado la intervención del departamento de supervisión de la plataforma (número de caso: JC20261001001). Un miembro de ese equipo se pondrá en contacto con usted en menos de 24 horas, así que le rogamos que tenga el teléfono a mano.',
      },
    },
    'satisfaction-survey': {
      vars: { surveyUrl: 'https://survey.example.com/s/8HQ2' },
      text: {
        'zh-CN':
          '感谢您的耐心与支持！如果方便的话，诚邀您参与客服满意度调查，您的反馈将帮助我们不断提升服务质量：https://survey.example.com/s/8HQ2',
        en: 'Thank you for your patience and support. If you have a moment, we would love you to take our customer satisfaction survey; your feedback helps us keep improving our service: https://survey.example.com/s/8HQ2',
        es: 'Gracias por su paciencia y su confianza. Si dispone de un momento, le invitamos a participar en nuestra encuesta de satisfacción; su opinión nos ayuda a seguir mejorando nuestro servicio: https://survey.example.com/s/8HQ2',
      },
    },
    'phishing-warning': {
      vars: {},
      text: {
        'zh-CN':
          '温馨提示：天天特卖客服不会以任何理由向您索要密码或验证码，也不会要求您通过站外链接付款或办理退款。如收到自称客服的电话、短信或链接，请勿点击，谨防钓鱼网站；如有疑问，请拨打官方客服热线9510208核实。',
        en: 'Please note: Tiantian Temai customer service will never ask for your password or verification code, or ask you to pay or get a refund through a link outside the app. If someone claiming to be customer service calls, texts or sends you a link, do not click it, as it may lead to a phishing site. If in doubt, call our official hotline, 9510208, to check.',
        es: 'Le recordamos que el servicio de atención al cliente de Tiantian Temai nunca le pedirá su contraseña ni sus códigos de verificación, ni le pedirá que pague o tramite un reembolso a través de enlaces externos a la aplicación. Si alguien que dice ser del servicio de atención al cliente le llama, le envía un SMS o un enlace, no lo abra: podría tratarse de un sitio web de phishing. Si tiene dudas, llame a nuestra línea oficial, 9510208, para comprobarlo.',
      },
    },
  };

  it('covers every id', () => {
    expect(Object.keys(expected).sort()).toEqual([...SCRIPT_IDS].sort());
  });

  for (const id of SCRIPT_IDS) {
    for (const locale of LOCALES) {
      it(`${id} (${locale})`, () => {
        const render = renderScript as (id: string, vars: object, options: object) => string;
        expect(render(id, expected[id].vars, { locale })).toBe(expected[id].text[locale]);
      });
    }
  }

  it('the complex email case gives the guide’s 72 hours (“复杂问题可能延长至72小时”)', () => {
    const vars = { orderId: '1550672064762308113', complexity: 'complex' } as const;
    expect(renderScript('email-acknowledgement', vars)).toContain(
      '由于问题较为复杂，我们将在72小时内给您答复',
    );
    expect(renderScript('email-acknowledgement', vars, { locale: 'en' })).toContain(
      'we will reply within 72 hours',
    );
    expect(renderScript('email-acknowledgement', vars, { locale: 'es' })).toContain(
      'en un plazo de 72 horas',
    );
  });

  it('a new time at one o’clock reads right in Spanish (no “las 1:30”: the time follows the date)', () => {
    const vars = { promised: 120, deadline: new Date('2026-10-02T01:30:00+08:00') };
    const es = renderScript('apologize-missed-deadline', vars, { locale: 'es' });
    expect(es).toContain('antes del 2 de octubre de 2026, 1:30 (hora de Pekín)');
    expect(es).not.toMatch(/las 1:/);
  });

  it('one piece of evidence is singular in en and es', () => {
    const vars = { orderId: '1550672064762308113', items: ['order screenshot'] };
    expect(renderScript('request-evidence', vars, { locale: 'en' })).toContain(
      'the following item: order screenshot?',
    );
    expect(renderScript('request-evidence', vars, { locale: 'es' })).toContain(
      'el siguiente documento: order screenshot?',
    );
    expect(renderScript('request-evidence', vars)).toContain('以下1项材料：order screenshot。');
  });
});

describe('the facts of the guide the other scripts carry', () => {
  const zh = (id: ScriptId) => SCRIPT_CATALOG[id].templates['zh-CN'];
  it('“电话沟通时应提前告知对方进行录音”: the recording notice says the call is recorded', () => {
    expect(zh('call-recording-notice')).toContain('本次通话将全程录音');
    expect(getScript('call-recording-notice').issueTypes).toContain('payment-problem');
  });
  it('“重大纠纷可邀请平台监察部门介入”', () => {
    expect(zh('escalate-to-platform')).toContain('重大');
    expect(zh('escalate-to-platform')).toContain('邀请平台监察部门介入');
  });
  it('“参与客服满意度调查推动服务质量提升”', () => {
    expect(zh('satisfaction-survey')).toContain('参与客服满意度调查');
    expect(zh('satisfaction-survey')).toContain('提升服务质量');
  });
  it('“识别并阻断恶意攻击、钓鱼网站等网络威胁”, and the hotline “9510208”', () => {
    expect(zh('phishing-warning')).toContain('钓鱼网站');
    for (const locale of LOCALES)
      expect(SCRIPT_CATALOG['phishing-warning'].templates[locale]).toContain('9510208');
  });
  it('“平均响应时效为24-48小时,复杂问题可能延长至72小时”', () => {
    expect(zh('email-acknowledgement')).toContain('24-48小时内');
    expect(zh('email-acknowledgement')).toContain('72小时内');
  });
  it('“图片分辨率建议800×600以上,文件命名格式为‘订单号+问题类型’”', () => {
    expect(zh('request-evidence')).toContain('800×600以上');
    expect(zh('request-evidence')).toContain('订单号+问题类型');
  });
  it('Chinese uses the polite 您 and never 你; Spanish uses usted forms', () => {
    for (const id of SCRIPT_IDS) {
      expect(SCRIPT_CATALOG[id].templates['zh-CN']).not.toMatch(/你/);
      expect(SCRIPT_CATALOG[id].templates.es).not.toMatch(/\b(tú|tu|te|tienes|quieres|puedes)\b/i);
    }
  });
});

describe('getScript', () => {
  it('returns the id, the variables and the texts', () => {
    const script = getScript('apologize-missed-deadline');
    expect(script.id).toBe('apologize-missed-deadline');
    expect(script.variables).toEqual(['promised', 'deadline']);
    expect(script.parameters).toEqual([
      { name: 'promised', kinds: ['within'], expected: 'a finite, non-negative number of minutes' },
      { name: 'deadline', kinds: ['date', 'time'], expected: 'a valid Date and a valid Date' },
    ]);
    expect(script.title.en).toBe('Apology for a late reply');
    expect(getScript('request-evidence').variables).toEqual(['orderId', 'items']);
  });

  it('every locale of every script uses the same set of variables', () => {
    for (const id of SCRIPT_IDS) {
      // An independent reading: the name after each top-level “{” (branch texts are one level deeper).
      const names = (template: string) => {
        const found = new Set<string>();
        let depth = 0;
        for (let i = 0; i < template.length; i++) {
          if (template[i] === '{' && depth++ === 0)
            found.add(/^\s*([A-Za-z]\w*)/.exec(template.slice(i + 1))?.[1] ?? '?');
          if (template[i] === '}') depth--;
        }
        return [...found].sort();
      };
      const { templates, variables } = getScript(id);
      for (const locale of LOCALES)
        expect(names(templates[locale]), `${id} ${locale}`).toEqual([...variables].sort());
    }
  });

  it('hands out a copy: changing it does not change the catalog', () => {
    getScript('propose-compensation').variables.push('hacked');
    expect(getScript('propose-compensation').variables).toEqual(['amount']);
  });

  it('throws unknown_script for an unknown id, inherited names included', () => {
    for (const id of ['nope', 'toString', '__proto__', 'constructor', '']) {
      expect(() => getScript(id as ScriptId)).toThrow(expect.objectContaining({ code: 'unknown_script' }));
      expect(isScriptId(id)).toBe(false);
    }
    expect(() => getScript('confirm-requests' as ScriptId)).toThrowError(
      expect.objectContaining({
        code: 'unknown_script',
        message: expect.stringContaining('confirm-request'),
      }),
    );
  });
});

describe('scriptsForIssueType: which script triage can suggest', () => {
  it('the guide’s three lead where they apply', () => {
    expect(scriptsForIssueType('return-exchange')[0]).toBe('confirm-request');
    expect(scriptsForIssueType('logistics-delay')[0]).toBe('progress-inquiry');
    expect(scriptsForIssueType('compensation')[0]).toBe('propose-compensation');
    expect(scriptsForIssueType('contact-human')).toEqual(['handoff-greeting']);
    expect(scriptsForIssueType('security-fraud')).toEqual(['phishing-warning']);
    expect(scriptsForIssueType('quality-dispute')).toContain('escalate-to-platform');
    expect(scriptsForIssueType('feedback')).toContain('satisfaction-survey');
  });
  it('answers for every issue type, and only with known ids', () => {
    for (const type of ISSUE_TYPES)
      for (const id of scriptsForIssueType(type)) expect(SCRIPT_IDS).toContain(id);
    expect(scriptsForIssueType('product-info')).toEqual([]);
  });
});
