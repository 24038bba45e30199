import { describe, expect, it } from 'vitest';
import { CURRENCIES, MINOR_UNIT_DIGITS } from '@/domain/money';
import { formatCalendarDate, formatMoney, formatNumber, minorToDecimalString } from './format';

/** Intl separates groups and currency signs with no-break spaces in sv, de and fr. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats every currency in every language with the currency’s own minor digits', () => {
    for (const currency of CURRENCIES) {
      for (const language of ['en', 'sv', 'de', 'fr']) {
        const text = plain(formatMoney({ amountMinor: 123_456_789, currency }, language));
        const digits = MINOR_UNIT_DIGITS[currency];
        // The last group of digits is the minor unit: none for JPY.
        const decimals = /[.,](\d+)\D*$/.exec(text)?.[1];
        if (digits === 0) expect(decimals === undefined || decimals.length === 3).toBe(true);
        else expect(decimals).toBe('89');
      }
    }
  });

  it('writes amounts as each language does', () => {
    expect(formatMoney({ amountMinor: 123_456_789, currency: 'JPY' }, 'en')).toBe('JP¥123,456,789');
    expect(plain(formatMoney({ amountMinor: 123_456_789, currency: 'SEK' }, 'sv'))).toBe(
      '1 234 567,89 kr',
    );
    expect(plain(formatMoney({ amountMinor: 123_456_789, currency: 'EUR' }, 'de'))).toBe(
      '1.234.567,89 €',
    );
    expect(plain(formatMoney({ amountMinor: 123_456_789, currency: 'EUR' }, 'fr'))).toBe(
      '1 234 567,89 €',
    );
    // English is British English here: a dollar is a US dollar.
    expect(formatMoney({ amountMinor: -5, currency: 'USD' }, 'en')).toBe('-US$0.05');
  });

  it('is exact beyond floating point', () => {
    expect(minorToDecimalString({ amountMinor: 900_719_925_474_099, currency: 'USD' })).toBe(
      '9007199254740.99',
    );
    expect(formatMoney({ amountMinor: 900_719_925_474_099, currency: 'USD' }, 'en')).toBe(
      'US$9,007,199,254,740.99',
    );
  });
});

describe('formatNumber and formatCalendarDate', () => {
  it('use the language, and the same formatter again for the same options', () => {
    expect(plain(formatNumber(12_345, 'sv'))).toBe('12 345');
    expect(formatNumber(0.5, 'en', { style: 'percent' })).toBe('50%');
    expect(formatNumber(12_345, 'de')).toBe('12.345');
  });

  it('shows the stored calendar day whatever the reader’s zone', () => {
    expect(formatCalendarDate('2026-12-31', 'en')).toBe('31 Dec 2026');
    expect(formatCalendarDate('2026-12-31', 'de')).toBe('31.12.2026');
  });
});
