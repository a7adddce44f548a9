import { describe, expect, it } from 'vitest';
import { beijing, say } from '../../src/money/messages.js';

describe('messages', () => {
  it('shows instants in Beijing time whatever the host zone', () => {
    expect(beijing(new Date('2026-11-10T16:00:00Z'))).toBe('2026-11-11 00:00');
  });

  it.each([
    ['zh-CN', '还差¥12.50：门槛¥300.00，适用商品在前面的优惠之后为¥287.50'],
    ['en', '¥12.50 short of the ¥300.00 threshold: the lines in scope come to ¥287.50 after earlier offers'],
    [
      'es',
      'faltan 12,50\u00a0¥ para el umbral de 300,00\u00a0¥: las líneas afectadas suman 287,50\u00a0¥ tras las ofertas anteriores',
    ],
  ] as const)('below-threshold in %s', (locale, text) => {
    expect(say.belowThreshold(1250, 30000, 28750)(locale)).toBe(text);
  });
});
