import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/faq/analyze.js';

describe('stemWord', () => {
  it('gives the forms of a Spanish verb and its noun one stem', () => {
    const forms = ['reembolso', 'reembolsar', 'reembolsan', 'reembolsen', 'reembolsado', 'reembolsos'];
    expect(new Set(forms.map(stemWord))).toEqual(new Set(['reembols']));
    expect(stemWord('cambien')).toBe(stemWord('cambiar'));
    expect(stemWord('enviado')).toBe(stemWord('enviar'));
  });

  it.each([
    ['cobraron', 'cobrar'],
    ['hackearon', 'hacked'],
    ['enviaron', 'enviar'],
    ['devolvieron', 'devolviendo'],
    ['llegaron', 'llegar'],
  ])('gives the preterite %s the stem of %s', (preterite, other) => {
    expect(stemWord(preterite)).toBe(stemWord(other));
  });

  it('drops the pronoun attached to a Spanish infinitive (aplicarlo, usarla, cancelarme)', () => {
    expect(stemWord('aplicarlo')).toBe(stemWord('aplicar'));
    expect(stemWord('usarla')).toBe(stemWord('usar'));
    expect(stemWord('cancelarme')).toBe(stemWord('cancelar'));
    expect(stemWord('devolverlos')).toBe(stemWord('devolver'));
    // Too short before the ending to be an infinitive with a pronoun.
    expect(stemWord('parse')).toBe('pars');
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
