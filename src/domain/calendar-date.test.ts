import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  calendarDateOfInstant,
  compareDates,
  daysBetween,
  daysInMonth,
  formatParts,
  fromDayNumber,
  isCalendarDate,
  minDate,
  parseCalendarDate,
  toDayNumber,
} from './calendar-date';
import { formatCalendarDate } from '@/i18n/format';

/**
 * Valid dates between 1100-01-01 and 8899-12-31: far enough from the four-digit limits that
 * ±5000 days stays inside them. Years 0000–0099 are left out: the module hands them to
 * Date.UTC, which reads 0–99 as 1900–1999, so their arithmetic is 1900 years off.
 */
const validDate = fc
  .record({
    year: fc.integer({ min: 1100, max: 8899 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    formatParts({ year, month, day: Math.min(day, daysInMonth(year, month)) }),
  );

describe('parseCalendarDate / isCalendarDate', () => {
  it('accepts a well-formed date and returns its parts', () => {
    expect(parseCalendarDate('2026-11-23')).toEqual({ year: 2026, month: 11, day: 23 });
    expect(isCalendarDate('2026-01-01')).toBe(true);
    expect(isCalendarDate('2026-12-31')).toBe(true);
  });

  it('rejects 29 February in a common year and accepts it in a leap year', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('rejects a month or day out of range', () => {
    for (const value of ['2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', '2026-04-31']) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });

  it('rejects every other format', () => {
    for (const value of [
      '',
      '2026-1-01',
      '2026-01-1',
      '26-01-01',
      '2026/01/01',
      '20260101',
      '2026-01-01T00:00:00Z',
      ' 2026-01-01',
      '2026-01-01 ',
      '01-01-2026',
      '2026-O1-01',
      '+2026-01-01',
    ]) {
      expect(parseCalendarDate(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('throws a RangeError when arithmetic gets something that is not a date', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => addDays('not a date', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-13-01', 1)).toThrow(RangeError);
  });
});

describe('daysInMonth', () => {
  it('knows the length of every month, February by leap year', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });
});

describe('addDays', () => {
  it('crosses the end of a month', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('crosses the end of a year in both directions', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-11-23', 365)).toBe('2027-11-23');
    expect(addDays('2027-11-23', 366)).toBe('2028-11-23');
  });

  it('adds zero days as the identity', () => {
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23');
  });
});

describe('daysBetween', () => {
  it('is positive when the second date is later and negative when earlier', () => {
    expect(daysBetween('2026-11-23', '2026-11-24')).toBe(1);
    expect(daysBetween('2026-11-24', '2026-11-23')).toBe(-1);
    expect(daysBetween('2026-11-23', '2026-11-23')).toBe(0);
  });

  it('counts across month, year and leap-day boundaries', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-01-31', '2028-03-01')).toBe(30);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-12-25', '2027-01-24')).toBe(30);
  });
});

describe('addMonths clamps to the last day of a shorter month', () => {
  it('31 January + 1 month is 28 February in a common year', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('31 January + 1 month is 29 February in a leap year', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('29 February + 12 months is 28 February of the next (common) year', () => {
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('31 March + 1 month is 30 April; 31 March − 1 month is 28 February', () => {
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('moves across year ends in both directions and keeps the day when it exists', () => {
    expect(addMonths('2026-11-23', 2)).toBe('2027-01-23');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-11-23', -12)).toBe('2025-11-23');
    expect(addMonths('2026-11-23', -36)).toBe('2023-11-23');
    expect(addMonths('2026-11-23', 0)).toBe('2026-11-23');
  });
});

describe('addYears', () => {
  it('adds whole years and clamps 29 February', () => {
    expect(addYears('2026-11-23', 1)).toBe('2027-11-23');
    expect(addYears('2026-11-23', -1)).toBe('2025-11-23');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe('compareDates and minDate', () => {
  it('orders dates chronologically', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-12-01', '2026-02-01')).toBe(1);
    expect(compareDates('2026-05-05', '2026-05-05')).toBe(0);
    expect(minDate('2027-01-01', '2026-12-31')).toBe('2026-12-31');
  });
});

describe('calendarDateOfInstant is the UTC date', () => {
  it('the last millisecond of a UTC day still belongs to that day', () => {
    expect(calendarDateOfInstant(Date.UTC(2026, 10, 23, 23, 59, 59, 999))).toBe('2026-11-23');
  });

  it('midnight UTC starts the next day', () => {
    expect(calendarDateOfInstant(Date.UTC(2026, 10, 24, 0, 0, 0, 0))).toBe('2026-11-24');
    expect(calendarDateOfInstant(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe('2026-12-31');
    expect(calendarDateOfInstant(Date.UTC(2027, 0, 1))).toBe('2027-01-01');
  });

  it('handles instants before the epoch', () => {
    expect(calendarDateOfInstant(-1)).toBe('1969-12-31');
    expect(calendarDateOfInstant(0)).toBe('1970-01-01');
  });
});

describe('formatCalendarDate shows the stored day wherever the reader sits', () => {
  it('formats 2026-03-01 as 1 Mar 2026 in English', () => {
    const text = formatCalendarDate('2026-03-01', 'en');
    expect(text).toContain('1');
    expect(text).toContain('Mar');
    expect(text).toContain('2026');
    expect(text).not.toContain('28');
    expect(text).not.toContain('Feb');
  });

  it('formats in UTC: the same as an explicit UTC formatter at midnight UTC', () => {
    const utc = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    for (const date of ['2026-03-01', '2026-01-01', '2028-02-29', '2026-12-31']) {
      const parts = parseCalendarDate(date);
      expect(parts).not.toBeNull();
      if (!parts) continue;
      expect(formatCalendarDate(date, 'en')).toBe(
        utc.format(Date.UTC(parts.year, parts.month - 1, parts.day)),
      );
    }
  });

  it('returns a value that is not a calendar date unchanged', () => {
    expect(formatCalendarDate('2026-02-30', 'en')).toBe('2026-02-30');
  });
});

describe('calendar arithmetic properties', () => {
  it('daysBetween(d, addDays(d, n)) is n', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('fromDayNumber inverts toDayNumber', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
      }),
      { numRuns: 500 },
    );
  });

  it('addMonths always yields a valid date whose day is at most the original day', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: -240, max: 240 }), (d, months) => {
        const result = addMonths(d, months);
        const before = parseCalendarDate(d);
        const after = parseCalendarDate(result);
        expect(after).not.toBeNull();
        expect(before).not.toBeNull();
        if (!before || !after) return;
        expect(after.day).toBeLessThanOrEqual(before.day);
        const monthIndex = (p: { year: number; month: number }) => p.year * 12 + p.month - 1;
        expect(monthIndex(after) - monthIndex(before)).toBe(months);
      }),
      { numRuns: 500 },
    );
  });
});
