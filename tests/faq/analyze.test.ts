import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/faq/analyze.js';

describe('stemWord', () => {
  it('gives the forms of a Spanish verb and its noun one stem', () => {
    const forms = ['reembolso', 'reembolsar', 'reembolsan', 'reembolsen', 'reembolsado', 'reembolsos'];
    expect(new Set(forms.map(stemWord))).toEqual(new Set(['reembols']));
    expect(stemWord('cambien')).toBe(stemWord('cambiar'));
    expect(stemWord('enviado')).toBe(stemWord('enviar'));
  });

  it('keeps English stems as before: plural, -ing, -ed, final -e, doubled consonant; -er stays', () => {
    expect(['shipped', 'shipping', 'ships'].map(stemWord)).toEqual(['ship', 'ship', 'ship']);
    expect(stemWord('arrived')).toBe('arriv');
    expect(stemWord('order')).toBe('order');
    expect(stemWord('bigger')).toBe('bigger');
  });

  it('leaves a short word whole', () => {
    expect(stemWord('pago')).toBe('pago');
    expect(stemWord('casa')).toBe('casa');
  });
});
