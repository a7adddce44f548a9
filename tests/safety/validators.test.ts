import { describe, expect, it } from 'vitest';
import {
  cardIssuer,
  idCardCheckCharacter,
  isMainlandMobile,
  isValidBirthDate,
  isValidIdCardNumber,
  isValidLegacyIdCardNumber,
  luhnValid,
} from '../../src/safety/validators.js';

const NOW = new Date('2026-12-01T12:00:00+08:00');

describe('isMainlandMobile', () => {
  it.each([
    ['13812345678', true],
    ['14512345678', true],
    ['16612345678', true],
    // “190/192/196/197 were issued in 2019”
    ['19012345678', true],
    ['19212345678', true],
    ['19612345678', true],
    ['19712345678', true],
    ['12012345678', false],
    ['14012345678', false],
    ['15412345678', false],
    ['19412345678', false],
    ['1381234567', false],
    ['138123456789', false],
    ['1381234567a', false],
    ['', false],
  ])('%j → %s', (digits, expected) => {
    expect(isMainlandMobile(digits)).toBe(expected);
  });
});

describe('idCardCheckCharacter: ISO 7064 MOD 11-2 (“weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 and check characters 10X98765432”)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44030619921103271', '3'],
    ['31011519850716343', '1'],
    ['61011319881130982', '7'],
    ['1101051949123100', undefined],
    ['1101051949123100a', undefined],
  ])('%s → %s', (first17, expected) => {
    expect(idCardCheckCharacter(first17)).toBe(expected);
  });

  it('agrees with the weighted sum computed here from 2^(17-i) mod 11', () => {
    const first17 = '53010219871209876';
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
    expect(idCardCheckCharacter(first17)).toBe('10X98765432'[sum % 11]);
  });
});

describe('isValidBirthDate', () => {
  it.each([
    ['20000229', true],
    ['19000229', false],
    ['19780229', false],
    ['20240229', true],
    ['19491231', true],
    ['18991231', false],
    ['20261201', true],
    ['20261202', false],
    ['20261301', false],
    ['20260400', false],
    ['20260431', false],
    ['2026040', false],
  ])('%s → %s', (date, expected) => {
    expect(isValidBirthDate(date, NOW)).toBe(expected);
  });

  it('takes “today” in Beijing, whatever the host time zone', () => {
    // 2026-12-01T16:30Z is already 2 December in Beijing.
    expect(isValidBirthDate('20261202', new Date('2026-12-01T16:30:00Z'))).toBe(true);
    expect(isValidBirthDate('20261202', new Date('2026-12-01T15:30:00Z'))).toBe(false);
  });

  it('refuses a `now` that is not a valid Date with invalid_date (never a silent “no limit”)', () => {
    for (const now of [
      new Date('nope'),
      Object.create(Date.prototype),
      new Proxy(new Date(), {}),
      '2026-12-01',
    ]) {
      expect(() => isValidBirthDate('20000101', now as Date)).toThrowError(
        expect.objectContaining({ code: 'invalid_date', path: ['now'] }),
      );
    }
    expect(isValidBirthDate('20000101')).toBe(true);
  });
});

describe('isValidIdCardNumber', () => {
  it.each([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['440306199211032713', true],
    ['110105194912310021', false],
    ['510107197802291236', false],
    ['990105194912310025', false],
    ['11010519491231002', false],
    ['11010519491231002XX', false],
  ])('%s → %s', (id, expected) => {
    expect(isValidIdCardNumber(id, NOW)).toBe(expected);
  });

  it('refuses a birth date after now', () => {
    expect(isValidIdCardNumber('110108201611110237', new Date('2016-11-10T00:00:00+08:00'))).toBe(false);
    expect(isValidIdCardNumber('110108201611110237', NOW)).toBe(true);
  });
});

describe('isValidLegacyIdCardNumber', () => {
  it.each([
    ['110105491231002', true],
    ['110105491331002', false],
    ['990105491231002', false],
    ['11010549123100', false],
  ])('%s → %s', (id, expected) => {
    expect(isValidLegacyIdCardNumber(id)).toBe(expected);
  });
});

describe('luhnValid', () => {
  it.each([
    ['4111111111111111', true],
    ['6222021001123456789', true],
    ['6222021001123456780', false],
    ['79927398713', true],
    ['79927398710', false],
    ['', false],
    ['12a4', false],
  ])('%j → %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });
});

describe('cardIssuer', () => {
  it.each([
    ['6222021001123456789', 'UnionPay'],
    ['6033671012345670', 'UnionPay (legacy 60)'],
    ['9558801234567890128', 'ICBC (legacy 9558)'],
    ['4367420123456781', 'Visa'],
    ['5187101234567899', 'Mastercard'],
    ['2221001234567890', 'Mastercard (2-series)'],
    ['3568990123456782', 'JCB'],
    ['6500001234567890', 'Discover'],
  ])('%s → %s', (digits, name) => {
    expect(cardIssuer(digits)?.name).toBe(name);
  });

  it.each([
    '1550672064762308113',
    '4367420123456781234',
    '5687101234567899',
    '2790001234567890',
    '1733011200000000',
    '622202100112345',
  ])('%s has no issuer', (digits) => {
    expect(cardIssuer(digits)).toBeUndefined();
  });
});
