import { parseCalendarDate, type CalendarDate } from './calendar-date';
import { allowed, refused, type Decision } from './decision';

/**
 * Payment cards (SPEC §4 "payment", §5.8 "add card with real validation"). Pure, so the card
 * dialog and the backend validate with the same code. The numbers here are the card networks'
 * own facts (ISO/IEC 7812 numbering, each network's lengths), not deployment rules, so they
 * live here rather than in `rules`.
 */
export const CARD_BRANDS = ['VISA', 'MASTERCARD', 'AMEX'] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

export interface CardBrandRule {
  /** Card number lengths the network issues. */
  lengths: readonly number[];
  /** Digits of the security code (CVC / CVV / CID). */
  cvcLength: number;
}

export const CARD_BRAND_RULES: Record<CardBrand, CardBrandRule> = {
  VISA: { lengths: [13, 16, 19], cvcLength: 3 },
  MASTERCARD: { lengths: [16], cvcLength: 3 },
  AMEX: { lengths: [15], cvcLength: 4 },
};

/** A cardholder name as printed on cards; 80 leaves room for any real name (decided). */
export const HOLDER_NAME_MAX_LENGTH = 80;
/** 19 digits (the longest card number) with a separator between each group of four. */
export const CARD_NUMBER_INPUT_MAX_LENGTH = 23;

/** The digits of a typed card number: spaces and dashes between groups are ignored. */
export function normalizeCardNumber(input: string): string {
  return input.replace(/[ -]/g, '');
}

const inRange = (value: number, low: number, high: number) => value >= low && value <= high;

/** Issuer identification number ranges of the networks we accept: leading digits per brand. */
const IIN_RANGES: readonly { brand: CardBrand; digits: number; low: number; high: number }[] = [
  { brand: 'VISA', digits: 1, low: 4, high: 4 },
  { brand: 'AMEX', digits: 2, low: 34, high: 34 },
  { brand: 'AMEX', digits: 2, low: 37, high: 37 },
  { brand: 'MASTERCARD', digits: 2, low: 51, high: 55 },
  { brand: 'MASTERCARD', digits: 4, low: 2221, high: 2720 },
];

/**
 * The network of a card number by its leading digits, or null when none we accept:
 * Visa 4; Mastercard 51–55 and 2221–2720; American Express 34 and 37. Works on a partial
 * number while it is typed (null until the prefix decides).
 */
export function detectCardBrand(number: string): CardBrand | null {
  const digits = normalizeCardNumber(number);
  if (!/^\d+$/.test(digits)) return null;
  const range = IIN_RANGES.find(
    ({ digits: width, low, high }) =>
      digits.length >= width && inRange(Number(digits.slice(0, width)), low, high),
  );
  return range?.brand ?? null;
}

/** Too short to tell its network, but more digits could make an accepted one (`5`, `222`). */
function couldBecomeBrand(digits: string): boolean {
  return IIN_RANGES.some(({ digits: width, low, high }) => {
    if (digits.length >= width) return false;
    const scale = 10 ** (width - digits.length);
    const from = Number(digits) * scale;
    return from <= high && from + scale - 1 >= low;
  });
}

/** The Luhn (mod 10) check digit test every card number passes. */
export function luhnValid(number: string): boolean {
  const digits = normalizeCardNumber(number);
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The last four digits, the only part of the number that may be kept (PCI DSS). */
export function lastFour(number: string): string {
  return normalizeCardNumber(number).slice(-4);
}

export interface CardExpiry {
  expiryMonth: number;
  expiryYear: number;
}

/**
 * A card is valid through the last day of its expiry month: it has expired once the business
 * date is in a later month.
 */
export function isCardExpired(card: CardExpiry, today: CalendarDate): boolean {
  const parts = parseCalendarDate(today);
  if (!parts) throw new RangeError(`Not a calendar date: ${today}`);
  return card.expiryYear * 12 + card.expiryMonth < parts.year * 12 + parts.month;
}

export type CardField = 'number' | 'expiry' | 'cvc' | 'holderName';
export type CardIssueReason =
  | 'CARD_NUMBER_REQUIRED'
  | 'CARD_NUMBER_INVALID'
  | 'CARD_BRAND_UNSUPPORTED'
  | 'CARD_NUMBER_LENGTH'
  | 'EXPIRY_INVALID'
  | 'CARD_EXPIRED'
  | 'CVC_REQUIRED'
  | 'CVC_INVALID'
  | 'CVC_LENGTH'
  | 'HOLDER_NAME_REQUIRED'
  | 'HOLDER_NAME_TOO_LONG'
  | 'HOLDER_NAME_INVALID';

export interface CardIssue {
  field: CardField;
  reason: CardIssueReason;
}

export interface CardInput extends CardExpiry {
  number: string;
  cvc: string;
  holderName: string;
}

function numberIssue(digits: string): CardIssueReason | null {
  if (digits === '') return 'CARD_NUMBER_REQUIRED';
  if (!/^\d+$/.test(digits)) return 'CARD_NUMBER_INVALID';
  const brand = detectCardBrand(digits);
  if (brand === null) {
    return couldBecomeBrand(digits) ? 'CARD_NUMBER_LENGTH' : 'CARD_BRAND_UNSUPPORTED';
  }
  if (!CARD_BRAND_RULES[brand].lengths.includes(digits.length)) return 'CARD_NUMBER_LENGTH';
  if (!luhnValid(digits)) return 'CARD_NUMBER_INVALID';
  return null;
}

function expiryIssue(card: CardExpiry, today: CalendarDate): CardIssueReason | null {
  const { expiryMonth, expiryYear } = card;
  if (!Number.isInteger(expiryMonth) || !inRange(expiryMonth, 1, 12)) return 'EXPIRY_INVALID';
  // Four digits: a two-digit year (28) is not read as a year long past.
  if (!Number.isInteger(expiryYear) || !inRange(expiryYear, 1000, 9999)) return 'EXPIRY_INVALID';
  return isCardExpired(card, today) ? 'CARD_EXPIRED' : null;
}

function cvcIssue(cvc: string, brand: CardBrand | null): CardIssueReason | null {
  if (cvc === '') return 'CVC_REQUIRED';
  if (!/^\d+$/.test(cvc)) return 'CVC_INVALID';
  // Without a known network, either length may be right: the number carries the issue then.
  const lengths = brand ? [CARD_BRAND_RULES[brand].cvcLength] : [3, 4];
  return lengths.includes(cvc.length) ? null : 'CVC_LENGTH';
}

function holderNameIssue(holderName: string): CardIssueReason | null {
  const name = holderName.trim();
  if (name === '') return 'HOLDER_NAME_REQUIRED';
  if (name.length > HOLDER_NAME_MAX_LENGTH) return 'HOLDER_NAME_TOO_LONG';
  if (/\p{Cc}/u.test(name)) return 'HOLDER_NAME_INVALID';
  return null;
}

/**
 * Every problem of a card the reseller typed, at most one per field, in field order; empty
 * when the card may be stored. The number: known network, its length, then the Luhn check.
 */
export function validateCard(card: CardInput, today: CalendarDate): CardIssue[] {
  const digits = normalizeCardNumber(card.number);
  const checks: [CardField, CardIssueReason | null][] = [
    ['number', numberIssue(digits)],
    ['expiry', expiryIssue(card, today)],
    ['cvc', cvcIssue(card.cvc, detectCardBrand(digits))],
    ['holderName', holderNameIssue(card.holderName)],
  ];
  return checks.flatMap(([field, reason]) => (reason ? [{ field, reason }] : []));
}

/** A card whose expiry month has passed cannot pay (brief "Payment"). */
export function canPayWithCard(
  card: CardExpiry,
  today: CalendarDate,
): Decision<'PAYMENT_METHOD_EXPIRED'> {
  return isCardExpired(card, today) ? refused('PAYMENT_METHOD_EXPIRED') : allowed;
}

/** The default card is the one invoices are paid with, so an expired card cannot become it. */
export function canMakeDefault(
  method: { isDefault: boolean; card: CardExpiry },
  today: CalendarDate,
): Decision<'PAYMENT_METHOD_EXPIRED'> {
  if (method.isDefault) return allowed;
  return canPayWithCard(method.card, today);
}

/** SPEC §4 "payment": the default card cannot be removed; set another default first. */
export function canRemovePaymentMethod(method: {
  isDefault: boolean;
}): Decision<'DEFAULT_PAYMENT_METHOD'> {
  return method.isDefault ? refused('DEFAULT_PAYMENT_METHOD') : allowed;
}
