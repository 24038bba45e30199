import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARD_BRAND_RULES,
  canMakeDefault,
  canPayWithCard,
  canRemovePaymentMethod,
  detectCardBrand,
  HOLDER_NAME_MAX_LENGTH,
  isCardExpired,
  lastFour,
  luhnValid,
  normalizeCardNumber,
  validateCard,
  type CardBrand,
  type CardInput,
  type CardIssueReason,
} from './payment-card';

const TODAY = '2026-11-23';

/** Appends the digit that makes the number pass the Luhn check. */
function withCheckDigit(payload: string): string {
  const digit = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].find((d) =>
    luhnValid(payload + d),
  );
  if (digit === undefined) throw new Error('unreachable');
  return payload + digit;
}

const card = (overrides: Partial<CardInput> = {}): CardInput => ({
  number: '4111 1111 1111 1111',
  expiryMonth: 12,
  expiryYear: 2028,
  cvc: '123',
  holderName: 'Ann Berg',
  ...overrides,
});
const reasonsOf = (overrides: Partial<CardInput>) =>
  validateCard(card(overrides), TODAY).map((issue) => `${issue.field}:${issue.reason}`);

describe('luhnValid', () => {
  const valid = [
    '4111 1111 1111 1111',
    '5555 5555 5555 4444',
    '2221 0000 0000 0009',
    '3782 822463 10005',
    '4222222222222',
    '4111-1111-1111-1111',
  ];
  it.each(valid)('%s passes', (number) => expect(luhnValid(number)).toBe(true));

  const invalid = [
    '4111 1111 1111 1112',
    '5555 5555 5555 4445',
    '2221 0000 0000 0008',
    '3782 822463 10006',
    '4111 1111 1111 1121',
    '',
    '4111 1111 1111 111a',
  ];
  it.each(invalid)('%s fails', (number) => expect(luhnValid(number)).toBe(false));

  it('catches every single-digit error', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12,18}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (payload, at, delta) => {
          const number = withCheckDigit(payload);
          const index = at % number.length;
          const changed = (Number(number[index]) + delta) % 10;
          const typo = number.slice(0, index) + String(changed) + number.slice(index + 1);
          return luhnValid(number) && !luhnValid(typo);
        },
      ),
    );
  });
});

describe('detectCardBrand', () => {
  const cases: [string, CardBrand | null][] = [
    ['4111111111111111', 'VISA'],
    ['4', 'VISA'],
    ['5100000000000000', 'MASTERCARD'],
    ['5555555555554444', 'MASTERCARD'],
    ['5600000000000000', null],
    ['5000000000000000', null],
    ['2221000000000009', 'MASTERCARD'],
    ['2720999999999996', 'MASTERCARD'],
    ['2220999999999991', null],
    ['2721000000000004', null],
    ['378282246310005', 'AMEX'],
    ['341111111111111', 'AMEX'],
    ['351111111111111', null],
    ['6011111111111117', null],
    ['5', null],
    ['', null],
    ['4111 1111-1111 1111', 'VISA'],
    ['abcd', null],
  ];
  it.each(cases)('%s is %s', (number, brand) => expect(detectCardBrand(number)).toBe(brand));
});

describe('validateCard: the number', () => {
  const cases: [string, CardIssueReason | null][] = [
    // Visa: 13, 16 or 19 digits
    ['4222222222222', null],
    ['411111111111', 'CARD_NUMBER_LENGTH'],
    ['41111111111111', 'CARD_NUMBER_LENGTH'],
    ['4111111111111111', null],
    ['411111111111116', 'CARD_NUMBER_LENGTH'],
    ['41111111111111113', 'CARD_NUMBER_LENGTH'],
    ['411111111111111111', 'CARD_NUMBER_LENGTH'],
    ['4111111111111111110', null],
    ['41111111111111111103', 'CARD_NUMBER_LENGTH'],
    // Mastercard: 16 digits
    ['5555555555554444', null],
    ['555555555555444', 'CARD_NUMBER_LENGTH'],
    ['55555555555544440', 'CARD_NUMBER_LENGTH'],
    ['2221 0000 0000 0009', null],
    ['2720999999999996', null],
    // American Express: 15 digits
    ['3782 822463 10005', null],
    ['37828224631000', 'CARD_NUMBER_LENGTH'],
    ['3782822463100050', 'CARD_NUMBER_LENGTH'],
    // One digit off fails the Luhn check
    ['4111 1111 1111 1112', 'CARD_NUMBER_INVALID'],
    ['5555 5555 5555 4445', 'CARD_NUMBER_INVALID'],
    ['2221 0000 0000 0008', 'CARD_NUMBER_INVALID'],
    ['3782 822463 10006', 'CARD_NUMBER_INVALID'],
    // Other networks, and prefixes that can never become an accepted one
    ['6011 1111 1111 1117', 'CARD_BRAND_UNSUPPORTED'],
    ['2220 9999 9999 9991', 'CARD_BRAND_UNSUPPORTED'],
    ['2721 0000 0000 0004', 'CARD_BRAND_UNSUPPORTED'],
    ['1', 'CARD_BRAND_UNSUPPORTED'],
    ['35', 'CARD_BRAND_UNSUPPORTED'],
    // Too short to tell, but could still become a card we take
    ['5', 'CARD_NUMBER_LENGTH'],
    ['222', 'CARD_NUMBER_LENGTH'],
    ['3', 'CARD_NUMBER_LENGTH'],
    // Empty, or not digits
    ['', 'CARD_NUMBER_REQUIRED'],
    [' - ', 'CARD_NUMBER_REQUIRED'],
    ['4111 1111 1111 111O', 'CARD_NUMBER_INVALID'],
    ['4111.1111.1111.1111', 'CARD_NUMBER_INVALID'],
  ];
  it.each(cases)('%s → %s', (number, reason) => {
    // An Amex gets its 4-digit CVC so that only the number can be wrong.
    const cvc = detectCardBrand(number) === 'AMEX' ? '1234' : '123';
    expect(reasonsOf({ number, cvc })).toEqual(reason ? [`number:${reason}`] : []);
  });

  it('accepts every Luhn-valid number of each brand at each of its lengths', () => {
    const prefixes: Record<CardBrand, string[]> = {
      VISA: ['4'],
      MASTERCARD: ['51', '55', '2221', '2720'],
      AMEX: ['34', '37'],
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(prefixes) as CardBrand[])),
        fc.nat(),
        fc.nat(),
        fc.stringMatching(/^\d{19}$/),
        (brand, prefixAt, lengthAt, filler) => {
          const rule = CARD_BRAND_RULES[brand];
          const prefix = prefixes[brand][prefixAt % prefixes[brand].length] ?? '';
          const length = rule.lengths[lengthAt % rule.lengths.length] ?? 0;
          const number = withCheckDigit(prefix + filler.slice(0, length - prefix.length - 1));
          const cvc = '7'.repeat(rule.cvcLength);
          return detectCardBrand(number) === brand && reasonsOf({ number, cvc }).length === 0;
        },
      ),
    );
  });
});

describe('validateCard: the expiry (business date 2026-11-23)', () => {
  const cases: [number, number, CardIssueReason | null][] = [
    [11, 2026, null],
    [12, 2026, null],
    [1, 2027, null],
    [10, 2026, 'CARD_EXPIRED'],
    [12, 2025, 'CARD_EXPIRED'],
    [11, 2025, 'CARD_EXPIRED'],
    [0, 2027, 'EXPIRY_INVALID'],
    [13, 2027, 'EXPIRY_INVALID'],
    [1.5, 2027, 'EXPIRY_INVALID'],
    [Number.NaN, 2027, 'EXPIRY_INVALID'],
    [5, Number.NaN, 'EXPIRY_INVALID'],
    [5, 28, 'EXPIRY_INVALID'],
  ];
  it.each(cases)('%i/%i → %s', (expiryMonth, expiryYear, reason) => {
    expect(reasonsOf({ expiryMonth, expiryYear })).toEqual(reason ? [`expiry:${reason}`] : []);
  });

  it('is valid through the last day of its expiry month', () => {
    const expiry = { expiryMonth: 11, expiryYear: 2026 };
    expect(isCardExpired(expiry, '2026-11-30')).toBe(false);
    expect(isCardExpired(expiry, '2026-12-01')).toBe(true);
    expect(isCardExpired({ expiryMonth: 12, expiryYear: 2026 }, '2027-01-01')).toBe(true);
    expect(isCardExpired({ expiryMonth: 12, expiryYear: 2026 }, '2026-12-31')).toBe(false);
  });
});

describe('validateCard: the CVC by brand', () => {
  const cases: [string, string, CardIssueReason | null][] = [
    ['4111111111111111', '123', null],
    ['4111111111111111', '1234', 'CVC_LENGTH'],
    ['4111111111111111', '12', 'CVC_LENGTH'],
    ['5555555555554444', '123', null],
    ['5555555555554444', '1234', 'CVC_LENGTH'],
    ['378282246310005', '1234', null],
    ['378282246310005', '123', 'CVC_LENGTH'],
    ['378282246310005', '12345', 'CVC_LENGTH'],
    ['4111111111111111', '', 'CVC_REQUIRED'],
    ['4111111111111111', '12a', 'CVC_INVALID'],
    ['4111111111111111', ' 123', 'CVC_INVALID'],
  ];
  it.each(cases)('%s with %j → %s', (number, cvc, reason) => {
    expect(reasonsOf({ number, cvc })).toEqual(reason ? [`cvc:${reason}`] : []);
  });

  it('accepts 3 or 4 digits while the network is unknown (the number carries the issue)', () => {
    expect(reasonsOf({ number: '6011111111111117', cvc: '1234' })).toEqual([
      'number:CARD_BRAND_UNSUPPORTED',
    ]);
    expect(reasonsOf({ number: '6011111111111117', cvc: '12' })).toEqual([
      'number:CARD_BRAND_UNSUPPORTED',
      'cvc:CVC_LENGTH',
    ]);
  });
});

describe('validateCard: the holder name', () => {
  const cases: [string, CardIssueReason | null][] = [
    ['Ann Berg', null],
    ['  Ann Berg  ', null],
    ['A'.repeat(HOLDER_NAME_MAX_LENGTH), null],
    [` ${'A'.repeat(HOLDER_NAME_MAX_LENGTH)} `, null],
    ['A'.repeat(HOLDER_NAME_MAX_LENGTH + 1), 'HOLDER_NAME_TOO_LONG'],
    ['', 'HOLDER_NAME_REQUIRED'],
    ['   ', 'HOLDER_NAME_REQUIRED'],
    ['Ann\tBerg', 'HOLDER_NAME_INVALID'],
    ['<b>Ann</b>', null],
  ];
  it.each(cases)('%j → %s', (holderName, reason) => {
    expect(reasonsOf({ holderName })).toEqual(reason ? [`holderName:${reason}`] : []);
  });
});

describe('validateCard: every field at once', () => {
  it('names each bad field once, in field order', () => {
    const issues = validateCard(
      { number: '4111 1111 1111 1112', expiryMonth: 10, expiryYear: 2026, cvc: '', holderName: '' },
      TODAY,
    );
    expect(issues).toEqual([
      { field: 'number', reason: 'CARD_NUMBER_INVALID' },
      { field: 'expiry', reason: 'CARD_EXPIRED' },
      { field: 'cvc', reason: 'CVC_REQUIRED' },
      { field: 'holderName', reason: 'HOLDER_NAME_REQUIRED' },
    ]);
  });
});

describe('card helpers and rules', () => {
  it('keeps only digits and the last four', () => {
    expect(normalizeCardNumber('4111-1111 1111 1111')).toBe('4111111111111111');
    expect(lastFour('3782 822463 10005')).toBe('0005');
  });

  it('canPayWithCard refuses an expired card with PAYMENT_METHOD_EXPIRED', () => {
    expect(canPayWithCard({ expiryMonth: 11, expiryYear: 2026 }, TODAY)).toEqual({ ok: true });
    expect(canPayWithCard({ expiryMonth: 10, expiryYear: 2026 }, TODAY)).toEqual({
      ok: false,
      reason: 'PAYMENT_METHOD_EXPIRED',
    });
  });

  it('canMakeDefault refuses an expired card unless it is the default already', () => {
    const expired = { expiryMonth: 10, expiryYear: 2026 };
    expect(canMakeDefault({ isDefault: false, card: expired }, TODAY)).toEqual({
      ok: false,
      reason: 'PAYMENT_METHOD_EXPIRED',
    });
    expect(canMakeDefault({ isDefault: true, card: expired }, TODAY)).toEqual({ ok: true });
    expect(
      canMakeDefault({ isDefault: false, card: { expiryMonth: 11, expiryYear: 2026 } }, TODAY),
    ).toEqual({ ok: true });
  });

  it('canRemovePaymentMethod refuses the default with DEFAULT_PAYMENT_METHOD', () => {
    expect(canRemovePaymentMethod({ isDefault: true })).toEqual({
      ok: false,
      reason: 'DEFAULT_PAYMENT_METHOD',
    });
    expect(canRemovePaymentMethod({ isDefault: false })).toEqual({ ok: true });
  });
});
