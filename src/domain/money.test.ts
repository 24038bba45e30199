import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMoney,
  CURRENCIES,
  divideRoundHalfUp,
  isCurrencyCode,
  MINOR_UNIT_DIGITS,
  zeroMoney,
} from './money';

describe('divideRoundHalfUp', () => {
  it('returns the exact quotient when there is no remainder', () => {
    expect(divideRoundHalfUp(10, 2)).toBe(5);
    expect(divideRoundHalfUp(0, 7)).toBe(0);
    expect(divideRoundHalfUp(-12, 4)).toBe(-3);
    expect(divideRoundHalfUp(1200, 12)).toBe(100);
  });

  it('rounds below a half down and a half or more up', () => {
    expect(divideRoundHalfUp(7, 2)).toBe(4); // 3.5
    expect(divideRoundHalfUp(5, 2)).toBe(3); // 2.5
    expect(divideRoundHalfUp(1, 2)).toBe(1); // 0.5
    expect(divideRoundHalfUp(1, 3)).toBe(0); // 0.333…
    expect(divideRoundHalfUp(2, 3)).toBe(1); // 0.666…
    expect(divideRoundHalfUp(14, 4)).toBe(4); // 3.5
    expect(divideRoundHalfUp(13, 4)).toBe(3); // 3.25
  });

  it('rounds a negative half away from zero, mirroring the positive amount', () => {
    expect(divideRoundHalfUp(-5, 2)).toBe(-3); // −2.5
    expect(divideRoundHalfUp(-1, 2)).toBe(-1); // −0.5
    // −0.333… rounds to zero (the function returns −0; `== 0` is what matters for an amount).
    expect(divideRoundHalfUp(-1, 3) === 0).toBe(true);
    expect(divideRoundHalfUp(-2, 3)).toBe(-1); // −0.666…
    expect(divideRoundHalfUp(-7, 12)).toBe(-1);
  });

  it('prorates by twelfths: 5/12 exactly, 6/12 rounds up, 5.4/12 down', () => {
    expect(divideRoundHalfUp(12 * 100, 12)).toBe(100);
    expect(divideRoundHalfUp(6, 12)).toBe(1); // 0.5
    expect(divideRoundHalfUp(5, 12)).toBe(0); // 0.4166…
    expect(divideRoundHalfUp(18, 12)).toBe(2); // 1.5
    expect(divideRoundHalfUp(17, 12)).toBe(1); // 1.4166…
    expect(divideRoundHalfUp(-18, 12)).toBe(-2); // −1.5
    // 199.99 a year × 3 seats × 7 months: 419979 / 12 = 34998.25 → 34998
    expect(divideRoundHalfUp(19999 * 3 * 7, 12)).toBe(34998);
    // 1,000 JPY × 1 seat × 1 month: 1000 / 12 = 83.33 → 83
    expect(divideRoundHalfUp(1000, 12)).toBe(83);
    // 1,002 JPY: 83.5 → 84
    expect(divideRoundHalfUp(1002, 12)).toBe(84);
  });

  it('refuses non-integers, unsafe integers and a denominator that is not positive', () => {
    expect(() => divideRoundHalfUp(1.5, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1, -2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1, 2.5)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(Number.MAX_SAFE_INTEGER + 1, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(Number.NaN, 2)).toThrow(RangeError);
  });

  it('is never more than half a unit from the true quotient', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (a, b) => {
          const result = divideRoundHalfUp(a, b);
          expect(Number.isInteger(result)).toBe(true);
          expect(Math.abs(result - a / b)).toBeLessThanOrEqual(0.5);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rounds a credit to the mirror of its charge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (a, b) => {
          expect(divideRoundHalfUp(-a, b) + divideRoundHalfUp(a, b)).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('currencies', () => {
  it('JPY has no minor unit; SEK and the others have two digits', () => {
    expect(MINOR_UNIT_DIGITS.JPY).toBe(0);
    expect(MINOR_UNIT_DIGITS.SEK).toBe(2);
    for (const code of ['USD', 'AUD', 'CAD', 'EUR', 'GBP'] as const) {
      expect(MINOR_UNIT_DIGITS[code], code).toBe(2);
    }
  });

  it('has minor-unit digits for every supported currency and only those', () => {
    expect(Object.keys(MINOR_UNIT_DIGITS).sort()).toEqual([...CURRENCIES].sort());
    expect(CURRENCIES).toEqual(['USD', 'AUD', 'CAD', 'EUR', 'GBP', 'JPY', 'SEK']);
  });

  it('recognises currency codes exactly', () => {
    expect(isCurrencyCode('SEK')).toBe(true);
    expect(isCurrencyCode('sek')).toBe(false);
    expect(isCurrencyCode('NOK')).toBe(false);
    expect(isCurrencyCode('')).toBe(false);
  });
});

describe('addMoney and zeroMoney', () => {
  it('adds amounts of one currency', () => {
    expect(
      addMoney({ amountMinor: 1050, currency: 'SEK' }, { amountMinor: -50, currency: 'SEK' }),
    ).toEqual({ amountMinor: 1000, currency: 'SEK' });
    expect(addMoney(zeroMoney('JPY'), { amountMinor: 500, currency: 'JPY' })).toEqual({
      amountMinor: 500,
      currency: 'JPY',
    });
  });

  it('refuses to add two currencies', () => {
    expect(() =>
      addMoney({ amountMinor: 1, currency: 'EUR' }, { amountMinor: 1, currency: 'USD' }),
    ).toThrow(RangeError);
  });
});
