import { describe, expectTypeOf, it } from 'vitest';
import {
  defineScripts,
  renderScript,
  type ScriptVariables,
  type TemplateVariables,
} from '../../src/scripts/index.js';

describe('TemplateVariables: variables inferred from the template text', () => {
  it('plain, formatted, plural and select placeholders', () => {
    expectTypeOf<TemplateVariables<'Hi {name}, {amount:yuan} by {at:date} {at:time}'>>().toEqualTypeOf<{
      readonly name: string | number | bigint;
      readonly amount: number;
      readonly at: Date;
    }>();
    expectTypeOf<TemplateVariables<'{n, plural, one {# item} other {# items}} left'>>().toEqualTypeOf<{
      readonly n: number | readonly unknown[];
    }>();
    expectTypeOf<TemplateVariables<'{tone, select, formal {Dear} casual {Hi}}'>>().toEqualTypeOf<{
      readonly tone: 'formal' | 'casual';
    }>();
    expectTypeOf<TemplateVariables<'{tone, select, formal {Dear} other {Hi}}'>>().toEqualTypeOf<{
      readonly tone: string;
    }>();
    expectTypeOf<TemplateVariables<'{xs:list} and {xs, plural, one {one} other {#}}'>>().toEqualTypeOf<{
      readonly xs: readonly string[];
    }>();
    // biome-ignore lint/complexity/noBannedTypes: no variables is exactly `{}`
    expectTypeOf<TemplateVariables<'no placeholders'>>().toEqualTypeOf<{}>();
    expectTypeOf<TemplateVariables<'{m:within} {m:duration}'>>().toEqualTypeOf<{ readonly m: number }>();
  });

  it('unknown formatters and reserved names give never', () => {
    expectTypeOf<TemplateVariables<'{x:money}'>>().toEqualTypeOf<{ readonly x: never }>();
    expectTypeOf<TemplateVariables<'{constructor}'>>().toEqualTypeOf<{ readonly constructor: never }>();
  });

  it('many placeholders', () => {
    type Many =
      '{a0}{a1}{a2}{a3}{a4}{a5}{a6}{a7}{a8}{a9}{b0}{b1}{b2}{b3}{b4}{b5}{b6}{b7}{b8}{b9}{c0}{c1}{c2}{c3}{c4}{c5}{c6}{c7}{c8}{c9}{d0}{d1}{d2}{d3}{d4}{d5}{d6}{d7}{d8}{d9}{e0}{e1}{e2}{e3}{e4}{e5}{e6}{e7}{e8}{e9}{f0}{f1}{f2}{f3}{f4}{f5}{f6}{f7}{f8}{f9}{g0}{g1}{g2}{g3}{g4}{g5}{g6}{g7}{g8}{g9}{h0}{h1}{h2}{h3}{h4}{h5}{h6}{h7}{h8}{h9}{i0}{i1}{i2}{i3}{i4}{i5}{i6}{i7}{i8}{i9}{j0}{j1}{j2}{j3}{j4}{j5}{j6}{j7}{j8}{j9:yuan}';
    expectTypeOf<
      keyof TemplateVariables<Many>
    >().toEqualTypeOf<`${'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j'}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`>();
    expectTypeOf<TemplateVariables<Many>['j9']>().toEqualTypeOf<number>();
  });
});

describe('renderScript: a missing or misspelled variable does not compile', () => {
  it('built-in scripts', () => {
    expectTypeOf<ScriptVariables<'propose-compensation'>>().toEqualTypeOf<{ readonly amount: number }>();
    expectTypeOf<ScriptVariables<'apologize-missed-deadline'>>().toEqualTypeOf<{
      readonly promised: number;
      readonly deadline: Date;
    }>();
    expectTypeOf<ScriptVariables<'email-acknowledgement'>['complexity']>().toEqualTypeOf<
      'standard' | 'complex'
    >();
    expectTypeOf<ScriptVariables<'request-evidence'>['items']>().toEqualTypeOf<readonly string[]>();

    expectTypeOf(renderScript('propose-compensation', { amount: 24 })).toEqualTypeOf<string>();
    renderScript('propose-compensation', { amount: 24 }, { locale: 'es', format: 'html' });
    renderScript('confirm-request');
    renderScript('confirm-request', {}, { locale: 'en' });

    // @ts-expect-error missing variable
    renderScript('propose-compensation', {});
    // @ts-expect-error misspelled variable
    renderScript('propose-compensation', { amout: 24 });
    // @ts-expect-error wrong type: an amount is a number of yuan
    renderScript('propose-compensation', { amount: '24' });
    // @ts-expect-error vars are required when the script has variables
    renderScript('propose-compensation');
    // @ts-expect-error a script without variables takes none
    renderScript('confirm-request', { amount: 1 });
    // @ts-expect-error not a select key
    renderScript('email-acknowledgement', { orderId: '1550672064762308113', complexity: 'urgent' });
    // @ts-expect-error a date, not a string
    renderScript('apologize-missed-deadline', { promised: 120, deadline: '2026-10-01' });
    // @ts-expect-error unknown script
    renderScript('confirm-requests', {});
    // @ts-expect-error unknown locale
    renderScript('confirm-request', {}, { locale: 'fr' });
  });

  it('defineScripts gives a shop’s catalog the same typing', () => {
    const same = <T extends string>(t: T) => ({ 'zh-CN': t, en: t, es: t }) as const;
    const shop = defineScripts({
      coupon: {
        title: same('Coupon'),
        description: same('Coupon'),
        issueTypes: ['compensation'],
        templates: {
          'zh-CN': '已为您发放{amount:yuan}优惠券，有效期至{until:date}。',
          en: 'We have sent you a {amount:yuan} coupon, valid until {until:date}.',
          es: 'Le hemos enviado un cupón de {amount:yuan}, válido hasta el {until:date}.',
        },
      },
    } as const);
    expectTypeOf(shop.ids).toEqualTypeOf<readonly 'coupon'[]>();
    shop.render('coupon', { amount: 5, until: new Date('2026-10-31T23:59:59+08:00') });
    // @ts-expect-error missing `until`
    shop.render('coupon', { amount: 5 });
    // @ts-expect-error misspelled
    shop.render('coupon', { amount: 5, untill: new Date() });
    // @ts-expect-error unknown id
    shop.render('cupon', { amount: 5 });
    expectTypeOf(shop.safeRender('anything', {})).toMatchTypeOf<{ success: boolean }>();
  });
});
