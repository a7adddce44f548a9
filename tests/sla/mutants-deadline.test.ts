import { describe, expect, it } from 'vitest';
import { TiantianError } from '../../src/shared/errors.js';
import { type ResponseDeadlineInput, responseDeadline } from '../../src/sla/index.js';

// Exact results (due, counted periods, derivation in zh-CN/en/es) of responseDeadline for the
// guide's channels, pinned so that a change in any part of the sentence or the arithmetic shows.
const bj = (local: string) => new Date(`${local}+08:00`);

function thrown(input: unknown): TiantianError {
  try {
    responseDeadline(input as ResponseDeadlineInput);
  } catch (error) {
    if (error instanceof TiantianError) return error;
    throw error;
  }
  throw new Error('expected responseDeadline to throw');
}

describe('responseDeadline: exact results', () => {
  it('social media evening before National Day', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-30T20:30:00') });
    expect(d.due).toEqual(bj('2026-10-08T10:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('business');
    expect(d.counted).toEqual([
      { from: bj('2026-09-30T20:30:00'), to: bj('2026-09-30T21:00:00'), minutes: 30 },
      { from: bj('2026-10-08T09:00:00'), to: bj('2026-10-08T10:30:00'), minutes: 90 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-30 20:30 提交；2026-09-30 20:30–21:00 计30分钟，2026-10-08 09:00–10:30 计90分钟；2026-10-08 10:30 到期（北京时间）。',
      en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-30 20:30; 2026-09-30 20:30–21:00 counts 30 min, 2026-10-08 09:00–10:30 counts 90 min; due 2026-10-08 10:30 Beijing time.',
      es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-30 20:30; 2026-09-30 20:30–21:00 cuenta 30 min, 2026-10-08 09:00–10:30 cuenta 90 min; vence 2026-10-08 10:30 hora de Pekín.',
    });
  });

  it('social media within open hours', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-29T10:15:00') });
    expect(d.due).toEqual(bj('2026-09-29T12:15:00'));
    expect(d.startedAt).toEqual(bj('2026-09-29T10:15:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-29T10:15:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('business');
    expect(d.counted).toEqual([
      { from: bj('2026-09-29T10:15:00'), to: bj('2026-09-29T12:15:00'), minutes: 120 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-29 10:15 提交；2026-09-29 10:15–12:15 计120分钟；2026-09-29 12:15 到期（北京时间）。',
      en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-29 10:15; 2026-09-29 10:15–12:15 counts 120 min; due 2026-09-29 12:15 Beijing time.',
      es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-29 10:15; 2026-09-29 10:15–12:15 cuenta 120 min; vence 2026-09-29 12:15 hora de Pekín.',
    });
  });

  it('social media before opening', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-29T07:00:00') });
    expect(d.due).toEqual(bj('2026-09-29T11:00:00'));
    expect(d.startedAt).toEqual(bj('2026-09-29T07:00:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-29T09:00:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('business');
    expect(d.counted).toEqual([
      { from: bj('2026-09-29T09:00:00'), to: bj('2026-09-29T11:00:00'), minutes: 120 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-29 07:00 提交；非工作时间，2026-09-29 09:00 起计时；2026-09-29 09:00–11:00 计120分钟；2026-09-29 11:00 到期（北京时间）。',
      en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-29 07:00; closed then, the clock starts 2026-09-29 09:00; 2026-09-29 09:00–11:00 counts 120 min; due 2026-09-29 11:00 Beijing time.',
      es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-29 07:00; cerrado entonces, el reloj empieza 2026-09-29 09:00; 2026-09-29 09:00–11:00 cuenta 120 min; vence 2026-09-29 11:00 hora de Pekín.',
    });
  });

  it('social media 30 s before closing', () => {
    const d = responseDeadline({ channel: 'social-media', submittedAt: bj('2026-09-29T20:59:30') });
    expect(d.due).toEqual(bj('2026-09-30T10:59:30'));
    expect(d.startedAt).toEqual(bj('2026-09-29T20:59:30'));
    expect(d.countingFrom).toEqual(bj('2026-09-29T20:59:30'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('business');
    expect(d.counted).toEqual([
      { from: bj('2026-09-29T20:59:30'), to: bj('2026-09-29T21:00:00'), minutes: 0.5 },
      { from: bj('2026-09-30T09:00:00'), to: bj('2026-09-30T10:59:30'), minutes: 119.5 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-29 20:59:30 提交；2026-09-29 20:59:30–21:00 计0.5分钟，2026-09-30 09:00–10:59:30 计119.5分钟；2026-09-30 10:59:30 到期（北京时间）。',
      en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-29 20:59:30; 2026-09-29 20:59:30–21:00 counts 0.5 min, 2026-09-30 09:00–10:59:30 counts 119.5 min; due 2026-09-30 10:59:30 Beijing time.',
      es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-29 20:59:30; 2026-09-29 20:59:30–21:00 cuenta 0.5 min, 2026-09-30 09:00–10:59:30 cuenta 119.5 min; vence 2026-09-30 10:59:30 hora de Pekín.',
    });
  });

  it('social media logistics-delay (channel stricter)', () => {
    const d = responseDeadline({
      channel: 'social-media',
      submittedAt: bj('2026-09-29T10:15:00'),
      issueType: 'logistics-delay',
    });
    expect(d.due).toEqual(bj('2026-09-29T12:15:00'));
    expect(d.startedAt).toEqual(bj('2026-09-29T10:15:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-29T10:15:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe('logistics-delay');
    expect('issueType' in d).toBe(true);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('business');
    expect(d.counted).toEqual([
      { from: bj('2026-09-29T10:15:00'), to: bj('2026-09-29T12:15:00'), minutes: 120 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        '社交媒体渠道：工作日09:00–21:00（北京时间）内2个工作小时（2小时内）；2026-09-29 10:15 提交；2026-09-29 10:15–12:15 计120分钟；2026-09-29 12:15 到期（北京时间）。',
      en: 'Social media: 2 business hours within workdays 09:00–21:00 Beijing time (within 2 hours); submitted 2026-09-29 10:15; 2026-09-29 10:15–12:15 counts 120 min; due 2026-09-29 12:15 Beijing time.',
      es: 'Redes sociales: 2 horas hábiles en días laborables de 09:00 a 21:00 hora de Pekín (en menos de 2 horas); enviado 2026-09-29 10:15; 2026-09-29 10:15–12:15 cuenta 120 min; vence 2026-09-29 12:15 hora de Pekín.',
    });
  });

  it('email', () => {
    const d = responseDeadline({ channel: 'email', submittedAt: bj('2026-09-30T20:30:00') });
    expect(d.due).toEqual(bj('2026-10-02T20:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(bj('2026-10-01T20:30:00'));
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(true);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([
      { from: bj('2026-09-30T20:30:00'), to: bj('2026-10-02T20:30:00'), minutes: 2880 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        '邮件沟通渠道：24-48小时，按自然时间计48小时；2026-09-30 20:30 提交；最早 2026-10-01 20:30；2026-10-02 20:30 到期（北京时间）。',
      en: 'Email: within 24 to 48 hours, 48 h of calendar time; submitted 2026-09-30 20:30; at the earliest 2026-10-01 20:30; due 2026-10-02 20:30 Beijing time.',
      es: 'Correo electrónico: en 24 a 48 horas, 48 h de tiempo natural; enviado 2026-09-30 20:30; como pronto 2026-10-01 20:30; vence 2026-10-02 20:30 hora de Pekín.',
    });
  });

  it('email complex', () => {
    const d = responseDeadline({ channel: 'email', submittedAt: bj('2026-09-30T20:30:00'), complex: true });
    expect(d.due).toEqual(bj('2026-10-03T20:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(bj('2026-10-01T20:30:00'));
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(true);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([
      { from: bj('2026-09-30T20:30:00'), to: bj('2026-10-03T20:30:00'), minutes: 4320 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        '邮件沟通渠道：复杂问题72小时内，按自然时间计72小时；2026-09-30 20:30 提交；最早 2026-10-01 20:30；2026-10-03 20:30 到期（北京时间）。',
      en: 'Email: within 72 hours for complex cases, 72 h of calendar time; submitted 2026-09-30 20:30; at the earliest 2026-10-01 20:30; due 2026-10-03 20:30 Beijing time.',
      es: 'Correo electrónico: en 72 horas para casos complejos, 72 h de tiempo natural; enviado 2026-09-30 20:30; como pronto 2026-10-01 20:30; vence 2026-10-03 20:30 hora de Pekín.',
    });
  });

  it('email logistics-delay', () => {
    const d = responseDeadline({
      channel: 'email',
      submittedAt: bj('2026-09-30T20:30:00'),
      issueType: 'logistics-delay',
    });
    expect(d.due).toEqual(bj('2026-10-01T20:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(bj('2026-10-01T20:30:00'));
    expect(d.issueType).toBe('logistics-delay');
    expect('issueType' in d).toBe(true);
    expect('earliest' in d).toBe(true);
    expect(d.source).toBe('issue-type');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([
      { from: bj('2026-09-30T20:30:00'), to: bj('2026-10-01T20:30:00'), minutes: 1440 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        '邮件沟通渠道：物流延迟按渠道表“24小时内”，严于本渠道的“24-48小时”；24小时内，按自然时间计24小时；2026-09-30 20:30 提交；最早 2026-10-01 20:30；2026-10-01 20:30 到期（北京时间）。',
      en: "Email: Delivery delay follows the channel table's “within 24 hours”, stricter than the channel's “within 24 to 48 hours”; within 24 hours, 24 h of calendar time; submitted 2026-09-30 20:30; at the earliest 2026-10-01 20:30; due 2026-10-01 20:30 Beijing time.",
      es: 'Correo electrónico: Retraso en la entrega sigue la tabla de canales («en menos de 24 horas»), más estricta que la del canal («en 24 a 48 horas»); en menos de 24 horas, 24 h de tiempo natural; enviado 2026-09-30 20:30; como pronto 2026-10-01 20:30; vence 2026-10-01 20:30 hora de Pekín.',
    });
  });

  it('online chat with hand-off', () => {
    const d = responseDeadline({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T20:30:00'),
      handoffAt: bj('2026-09-30T20:45:30'),
    });
    expect(d.due).toEqual(bj('2026-09-30T21:45:30'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:45:30'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:45:30'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([
      { from: bj('2026-09-30T20:45:30'), to: bj('2026-09-30T21:45:30'), minutes: 60 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        'APP内在线客服：转人工后1小时内，按自然时间计1小时；2026-09-30 20:30 提交，2026-09-30 20:45:30 转人工；2026-09-30 21:45:30 到期（北京时间）。',
      en: 'In-app online chat: within 1 hour of reaching a person, 1 h of calendar time; submitted 2026-09-30 20:30, with a person from 2026-09-30 20:45:30; due 2026-09-30 21:45:30 Beijing time.',
      es: 'Chat en línea en la app: en menos de 1 hora tras pasar con un agente, 1 h de tiempo natural; enviado 2026-09-30 20:30, con un agente desde 2026-09-30 20:45:30; vence 2026-09-30 21:45:30 hora de Pekín.',
    });
  });

  it('online chat', () => {
    const d = responseDeadline({ channel: 'online-chat', submittedAt: bj('2026-09-30T20:30:00') });
    expect(d.due).toEqual(bj('2026-09-30T21:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([
      { from: bj('2026-09-30T20:30:00'), to: bj('2026-09-30T21:30:00'), minutes: 60 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        'APP内在线客服：转人工后1小时内，按自然时间计1小时；2026-09-30 20:30 提交；2026-09-30 21:30 到期（北京时间）。',
      en: 'In-app online chat: within 1 hour of reaching a person, 1 h of calendar time; submitted 2026-09-30 20:30; due 2026-09-30 21:30 Beijing time.',
      es: 'Chat en línea en la app: en menos de 1 hora tras pasar con un agente, 1 h de tiempo natural; enviado 2026-09-30 20:30; vence 2026-09-30 21:30 hora de Pekín.',
    });
  });

  it('online chat quality-dispute (tie)', () => {
    const d = responseDeadline({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T20:30:00'),
      issueType: 'quality-dispute',
    });
    expect(d.due).toEqual(bj('2026-09-30T21:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe('quality-dispute');
    expect('issueType' in d).toBe(true);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([
      { from: bj('2026-09-30T20:30:00'), to: bj('2026-09-30T21:30:00'), minutes: 60 },
    ]);
    expect(d.derivation).toEqual({
      'zh-CN':
        'APP内在线客服：转人工后1小时内，按自然时间计1小时；2026-09-30 20:30 提交；2026-09-30 21:30 到期（北京时间）。',
      en: 'In-app online chat: within 1 hour of reaching a person, 1 h of calendar time; submitted 2026-09-30 20:30; due 2026-09-30 21:30 Beijing time.',
      es: 'Chat en línea en la app: en menos de 1 hora tras pasar con un agente, 1 h de tiempo natural; enviado 2026-09-30 20:30; vence 2026-09-30 21:30 hora de Pekín.',
    });
  });

  it('online chat payment-problem', () => {
    const d = responseDeadline({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T20:30:00'),
      issueType: 'payment-problem',
    });
    expect(d.due).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe('payment-problem');
    expect('issueType' in d).toBe(true);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('issue-type');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([]);
    expect(d.derivation).toEqual({
      'zh-CN':
        'APP内在线客服：紧急支付问题按渠道表“即时响应”，严于本渠道的“转人工后1小时内”；即时响应；2026-09-30 20:30 提交；即时到期（2026-09-30 20:30，北京时间）。',
      en: "In-app online chat: Urgent payment problem follows the channel table's “immediately”, stricter than the channel's “within 1 hour of reaching a person”; immediately; submitted 2026-09-30 20:30; due at once (2026-09-30 20:30 Beijing time).",
      es: 'Chat en línea en la app: Problema urgente de pago sigue la tabla de canales («de inmediato»), más estricta que la del canal («en menos de 1 hora tras pasar con un agente»); de inmediato; enviado 2026-09-30 20:30; vence de inmediato (2026-09-30 20:30 hora de Pekín).',
    });
  });

  it('hotline', () => {
    const d = responseDeadline({ channel: 'hotline', submittedAt: bj('2026-09-30T20:30:00') });
    expect(d.due).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([]);
    expect(d.derivation).toEqual({
      'zh-CN': '官方服务热线：即时响应；2026-09-30 20:30 提交；即时到期（2026-09-30 20:30，北京时间）。',
      en: 'Customer service hotline: immediately; submitted 2026-09-30 20:30; due at once (2026-09-30 20:30 Beijing time).',
      es: 'Línea de atención telefónica: de inmediato; enviado 2026-09-30 20:30; vence de inmediato (2026-09-30 20:30 hora de Pekín).',
    });
  });

  it('hotline handoffAt ignored', () => {
    const d = responseDeadline({
      channel: 'hotline',
      submittedAt: bj('2026-09-30T20:30:00'),
      handoffAt: bj('2026-09-30T20:40:00'),
    });
    expect(d.due).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.startedAt).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.countingFrom).toEqual(bj('2026-09-30T20:30:00'));
    expect(d.earliest).toEqual(undefined);
    expect(d.issueType).toBe(undefined);
    expect('issueType' in d).toBe(false);
    expect('earliest' in d).toBe(false);
    expect(d.source).toBe('channel');
    expect(d.basis).toBe('calendar');
    expect(d.counted).toEqual([]);
    expect(d.derivation).toEqual({
      'zh-CN': '官方服务热线：即时响应；2026-09-30 20:30 提交；即时到期（2026-09-30 20:30，北京时间）。',
      en: 'Customer service hotline: immediately; submitted 2026-09-30 20:30; due at once (2026-09-30 20:30 Beijing time).',
      es: 'Línea de atención telefónica: de inmediato; enviado 2026-09-30 20:30; vence de inmediato (2026-09-30 20:30 hora de Pekín).',
    });
  });
});

describe('responseDeadline: bad input', () => {
  it('rejects a non-object', () => {
    for (const [input, got] of [
      [null, 'null'],
      [5, 'number 5'],
    ] as const) {
      const e = thrown(input);
      expect(e.code).toBe('invalid_argument');
      expect(e.message).toBe(
        `responseDeadline expects an object { channel, submittedAt, issueType?, complex?, handoffAt? }, got ${got}`,
      );
    }
  });

  it('names the invalid date', () => {
    const s = thrown({ channel: 'email', submittedAt: new Date('x') });
    expect([s.code, s.message, s.path]).toEqual([
      'invalid_date',
      'submittedAt must be a valid Date, got Invalid Date',
      ['submittedAt'],
    ]);
    const h = thrown({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T20:30:00'),
      handoffAt: new Date('x'),
    });
    expect([h.code, h.message, h.path]).toEqual([
      'invalid_date',
      'handoffAt must be a valid Date, got Invalid Date',
      ['handoffAt'],
    ]);
  });

  it('rejects a non-boolean complex', () => {
    const e = thrown({ channel: 'email', submittedAt: bj('2026-09-30T20:30:00'), complex: 'yes' });
    expect([e.code, e.message, e.path]).toEqual([
      'invalid_argument',
      'complex must be a boolean, got "yes"',
      ['complex'],
    ]);
  });

  it('rejects a hand-off one second before submission, accepts one at submission', () => {
    const e = thrown({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T20:30:00'),
      handoffAt: bj('2026-09-30T20:29:59'),
    });
    expect([e.code, e.message, e.path]).toEqual([
      'invalid_argument',
      'handoffAt (2026-09-30T12:29:59.000Z) is before submittedAt (2026-09-30T12:30:00.000Z); a chat reaches a person after it starts',
      ['handoffAt'],
    ]);
    const d = responseDeadline({
      channel: 'online-chat',
      submittedAt: bj('2026-09-30T20:30:00'),
      handoffAt: bj('2026-09-30T20:30:00'),
    });
    expect(d.due).toEqual(bj('2026-09-30T21:30:00'));
    expect(d.derivation.en).toBe(
      'In-app online chat: within 1 hour of reaching a person, 1 h of calendar time; submitted 2026-09-30 20:30; due 2026-09-30 21:30 Beijing time.',
    );
  });
});
