import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromDayNumber, toDayNumber } from './calendar-date';
import { CURRENCIES, type CurrencyCode } from './money';
import {
  lineAmountMinor,
  priceOrder,
  prorationDays,
  prorationMonths,
  type PricedOffer,
} from './pricing';
import { DEFAULT_RULES, type VolumeLevel } from './rules';

const offer = (id: string, base: number): PricedOffer => ({
  id,
  prices: CURRENCIES.flatMap((currency) =>
    ([1, 2, 3, 4] as VolumeLevel[]).map((level) => ({
      currency,
      level,
      unitPriceMinor: base - level * 100,
    })),
  ),
});
const offers = new Map([
  ['a', offer('a', 90_000)],
  ['b', offer('b', 42_000)],
]);

describe('prorationMonths', () => {
  it('counts a started month in full, anchored on the anniversary day', () => {
    expect(prorationMonths('2026-01-15', '2027-01-15')).toBe(12);
    expect(prorationMonths('2026-01-16', '2027-01-15')).toBe(12);
    expect(prorationMonths('2026-02-15', '2027-01-15')).toBe(11);
    expect(prorationMonths('2026-02-14', '2027-01-15')).toBe(12);
    expect(prorationMonths('2027-01-14', '2027-01-15')).toBe(1);
    expect(prorationMonths('2027-01-15', '2027-01-15')).toBe(0);
    expect(prorationMonths('2027-02-01', '2027-01-15')).toBe(0);
  });

  it('anchors month-end anniversaries on the clamped day', () => {
    // Anniversary 31 March: one month back is 28 (or 29) February.
    expect(prorationMonths('2027-02-28', '2027-03-31')).toBe(1);
    expect(prorationMonths('2027-02-27', '2027-03-31')).toBe(2);
    expect(prorationMonths('2028-02-29', '2028-03-31')).toBe(1);
    expect(prorationMonths('2028-02-28', '2028-03-31')).toBe(2);
    // Anniversary 29 February 2028: a year back clamps to 28 February 2027.
    expect(prorationMonths('2027-02-28', '2028-02-29')).toBe(12);
    expect(prorationMonths('2027-03-01', '2028-02-29')).toBe(12);
    expect(prorationMonths('2027-03-29', '2028-02-29')).toBe(11);
  });

  it('daily mode counts the days to the anniversary over the days of that year', () => {
    expect(prorationDays('2027-02-28', '2028-02-29')).toEqual({ days: 366, yearDays: 366 });
    expect(prorationDays('2026-12-01', '2027-01-01')).toEqual({ days: 31, yearDays: 365 });
  });

  it('never exceeds 12 months when the start is within a year of the anniversary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2090-12-31') }),
        fc.integer({ min: 0, max: 365 }),
        (day, back) => {
          const anniversary = fromDayNumber(day);
          const start = addDays(anniversary, -back);
          const months = prorationMonths(start, anniversary);
          expect(months).toBeGreaterThanOrEqual(back === 0 ? 0 : 1);
          // A year back from the anniversary counts 12; any later start counts no more.
          if (start >= addMonths(anniversary, -12)) expect(months).toBeLessThanOrEqual(12);
        },
      ),
    );
  });
});

describe('priceOrder', () => {
  const base = {
    offers,
    currency: 'USD' as CurrencyCode,
    start: '2026-11-23',
    anniversary: '2027-05-23',
  };

  it('prices every line at the level the whole order reaches (9/10, 49/50, 99/100)', () => {
    const at = (before: number, quantity: number) =>
      priceOrder({ ...base, licencesBefore: before, lines: [{ offerId: 'a', quantity }] })
        .volumeLevel;
    expect(at(0, 9)).toBe(1);
    expect(at(0, 10)).toBe(2);
    expect(at(5, 5)).toBe(2);
    expect(at(0, 49)).toBe(2);
    expect(at(40, 10)).toBe(3);
    expect(at(0, 99)).toBe(3);
    expect(at(99, 1)).toBe(4);
  });

  it('prorates 6 months and rounds half-up once per line', () => {
    const quote = priceOrder({
      ...base,
      licencesBefore: 0,
      lines: [
        { offerId: 'a', quantity: 3 },
        { offerId: 'b', quantity: 1 },
      ],
    });
    expect(quote.prorationUnits).toBe(6);
    expect(quote.lines.map((l) => l.amountMinor)).toEqual([(89_900 * 3) / 2, 41_900 / 2]);
    expect(quote.total.amountMinor).toBe(134_850 + 20_950);
  });

  it('rounds JPY to whole yen and SEK to öre, half-up', () => {
    // 1 licence at 1,001 yen for 1 month: 83.4166… → 83; 7 months of 1,002: 584.5 → 585.
    expect(lineAmountMinor(1_001, 1, { units: 1, perYear: 12 })).toBe(83);
    expect(lineAmountMinor(1_002, 1, { units: 7, perYear: 12 })).toBe(585);
    // SEK 4,450.18 kr for 5 months: 185,424.1666… öre → 185,424.
    expect(lineAmountMinor(445_018, 1, { units: 5, perYear: 12 })).toBe(185_424);
    expect(lineAmountMinor(6, 1, { units: 1, perYear: 12 })).toBe(1); // 0.5 → 1
  });

  it('lines always add up to the total, and a prorated amount never exceeds the yearly one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 364 }),
        fc.array(
          fc.record({
            offerId: fc.constantFrom('a', 'b'),
            quantity: fc.integer({ min: 1, max: 200_000 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.constantFrom('MONTHS' as const, 'DAYS' as const),
        (currency, before, daysLeft, lines, prorationMode) => {
          const anniversary = '2027-03-31';
          const quote = priceOrder({
            ...base,
            currency,
            licencesBefore: before,
            lines,
            start: addDays(anniversary, -daysLeft - 1),
            anniversary,
            rules: { ...DEFAULT_RULES, prorationMode },
          });
          expect(quote.lines.reduce((s, l) => s + l.amountMinor, 0)).toBe(quote.total.amountMinor);
          for (const line of quote.lines) {
            expect(Number.isSafeInteger(line.amountMinor)).toBe(true);
            expect(line.amountMinor).toBeLessThanOrEqual(line.unitPriceMinor * line.quantity);
          }
        },
      ),
    );
  });
});
