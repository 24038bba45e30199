import { parseCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import { MINOR_UNIT_DIGITS, type Money } from '@/domain/money';
import { FORMAT_LOCALES, toLanguage } from './languages';

export function formatLocale(language: string): string {
  return FORMAT_LOCALES[toLanguage(language)];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date for people: formatted in UTC from its own parts, so the day shown is the day
 * stored wherever the reader sits (SPEC §4: a reseller west of UTC never sees a day early).
 */
export function formatCalendarDate(
  date: CalendarDate,
  language: string,
  style: 'medium' | 'long' | 'short' = 'medium',
): string {
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(formatLocale(language), { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/** The exact decimal text of an amount in minor units (no floating point on the way). */
export function minorToDecimalString({ amountMinor, currency }: Money): string {
  const digits = MINOR_UNIT_DIGITS[currency];
  const sign = amountMinor < 0 ? '-' : '';
  const abs = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${abs}` : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/**
 * Intl formatters by locale and options: building one costs far more than formatting with it,
 * and a grid page formats hundreds of cells.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, options: Intl.NumberFormatOptions = {}) {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(formatLocale(language), options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatMoney(money: Money, language: string): string {
  const format = numberFormat(language, { style: 'currency', currency: money.currency });
  // Intl accepts a decimal string and formats it exactly.
  return format.format(minorToDecimalString(money) as unknown as number);
}

export function formatNumber(
  value: number,
  language: string,
  options?: Intl.NumberFormatOptions,
): string {
  return numberFormat(language, options).format(value);
}

const regionNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, language: string): string {
  try {
    let names = regionNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([formatLocale(language)], { type: 'region' });
      regionNames.set(language, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
