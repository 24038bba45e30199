/**
 * Money is an integer of the currency's minor units plus the currency code (SPEC §4,
 * "currencies"). JPY has no minor unit. No floating point ever holds an amount.
 */
export const CURRENCIES = ['USD', 'AUD', 'CAD', 'EUR', 'GBP', 'JPY', 'SEK'] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];

/** ISO 4217 minor-unit digits. */
export const MINOR_UNIT_DIGITS: Record<CurrencyCode, number> = {
  USD: 2,
  AUD: 2,
  CAD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  SEK: 2,
};

export interface Money {
  amountMinor: number;
  currency: CurrencyCode;
}

export function isCurrencyCode(value: string): value is CurrencyCode {
  return (CURRENCIES as readonly string[]).includes(value);
}

/**
 * Integer division rounded half-up (half away from zero for negatives, so a credit mirrors
 * its charge). Both operands are integers; the denominator is positive.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError('divideRoundHalfUp needs safe integers and a positive denominator');
  }
  const sign = numerator < 0 ? -1 : 1;
  const abs = Math.abs(numerator);
  const quotient = Math.floor(abs / denominator);
  const remainder = abs - quotient * denominator;
  const rounded = remainder * 2 >= denominator ? quotient + 1 : quotient;
  return rounded === 0 ? 0 : sign * rounded; // never -0
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError('Cannot add amounts in two currencies');
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}

export function zeroMoney(currency: CurrencyCode): Money {
  return { amountMinor: 0, currency };
}
