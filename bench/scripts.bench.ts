// renderScript (templates parsed once into parts, values concatenated) against intl-messageformat
// (the ICU MessageFormat reference, message compiled once) on equivalent messages. Both outputs are
// checked equal before the benchmark, so the two sides do the same work.
import { IntlMessageFormat } from 'intl-messageformat';
import { bench, describe } from 'vitest';
import { defineScripts, renderScript } from '../src/scripts/index.js';

const same = (t: string) => ({ 'zh-CN': t, en: t, es: t });
const PLURAL = 'Hello {name}, we need {n, plural, one {# item} other {# items}} for order {orderId}.';
const shop = defineScripts({
  plural: { title: same('p'), description: same('p'), issueTypes: [], templates: same(PLURAL) },
} as const);

const vars = { name: 'Lucía', n: 3, orderId: '1550672064762308113' };
const imfPlural = new IntlMessageFormat(PLURAL, 'en');

// propose-compensation (en) and the same sentence in ICU, with a narrow CNY currency skeleton.
const imfCompensation = new IntlMessageFormat(
  'We would like to compensate you with double the shipping fee ({amount, number, ::currency/CNY unit-width-narrow precision-integer}). Would that be acceptable to you?',
  'en',
);

const check = (a: unknown, b: unknown) => {
  if (a !== b) throw new Error(`bench inputs differ:\n${String(a)}\n${String(b)}`);
};
check(shop.render('plural', vars, { locale: 'en' }), imfPlural.format(vars));
check(
  renderScript('propose-compensation', { amount: 24 }, { locale: 'en' }),
  imfCompensation.format({ amount: 24 }),
);

describe('plain text + plural (en)', () => {
  bench('tiantian-support defineScripts().render', () => {
    shop.render('plural', vars, { locale: 'en' });
  });
  bench('intl-messageformat format (precompiled)', () => {
    imfPlural.format(vars);
  });
});

describe('propose-compensation with a yuan amount (en)', () => {
  bench('tiantian-support renderScript', () => {
    renderScript('propose-compensation', { amount: 24 }, { locale: 'en' });
  });
  bench('intl-messageformat format (precompiled)', () => {
    imfCompensation.format({ amount: 24 });
  });
});
