import { addMonths, addYears, compareDates, daysBetween, type CalendarDate } from './calendar-date';
import { divideRoundHalfUp, type CurrencyCode, type Money } from './money';
import {
  DEFAULT_RULES,
  volumeLevelFor,
  type ProrationMode,
  type Rules,
  type VolumeLevel,
} from './rules';

/** A yearly unit price of an offer at a volume level, in a currency (SPEC §3 "Offer"). */
export interface PricePoint {
  currency: CurrencyCode;
  level: VolumeLevel;
  unitPriceMinor: number;
}

export interface PricedOffer {
  id: string;
  prices: readonly PricePoint[];
}

/**
 * Whole months from `start` to the anniversary, a started month counting in full, the months
 * anchored on the anniversary's day of month (SPEC §4 "order duration"; Adobe VIP program
 * guide, "Dates"). Anniversary 31 March, start 29 February: 2 months (29 Feb–30 Mar, 31 Mar).
 * Zero when `start` is the anniversary or later: nothing is left to charge.
 */
export function prorationMonths(start: CalendarDate, anniversary: CalendarDate): number {
  if (compareDates(start, anniversary) >= 0) return 0;
  let months = 1;
  // At most a handful of steps: a term is 12 months, a first term at most 12 + 1.
  while (compareDates(addMonths(anniversary, -months), start) > 0) months++;
  return months;
}

/** Days from `start` to the anniversary and the days of the year ending on it (daily mode). */
export function prorationDays(start: CalendarDate, anniversary: CalendarDate) {
  const days = Math.max(0, daysBetween(start, anniversary));
  const yearDays = daysBetween(addYears(anniversary, -1), anniversary);
  return { days, yearDays };
}

/** The share of a year a line starting on `start` is charged for, as units over a whole. */
export function prorationOf(
  start: CalendarDate,
  anniversary: CalendarDate,
  mode: ProrationMode,
): { units: number; perYear: number } {
  if (mode === 'DAYS') {
    const { days, yearDays } = prorationDays(start, anniversary);
    return { units: days, perYear: yearDays };
  }
  return { units: prorationMonths(start, anniversary), perYear: 12 };
}

/** The unit price at a level in a currency; a missing price point is a broken price list. */
export function unitPriceAt(
  offer: PricedOffer,
  currency: CurrencyCode,
  level: VolumeLevel,
): number {
  const point = offer.prices.find((p) => p.currency === currency && p.level === level);
  if (!point) throw new RangeError(`No ${currency} price at level ${level} for offer ${offer.id}`);
  return point.unitPriceMinor;
}

/**
 * One line's amount: yearly unit price × quantity × units ÷ units per year, rounded half-up to
 * the currency's minor unit once per line (SPEC §4 "order duration").
 */
export function lineAmountMinor(
  unitPriceMinor: number,
  quantity: number,
  proration: { units: number; perYear: number },
): number {
  return divideRoundHalfUp(unitPriceMinor * quantity * proration.units, proration.perYear);
}

export interface PriceRequestLine {
  offerId: string;
  quantity: number;
}

export interface PricedLine {
  offerId: string;
  quantity: number;
  volumeLevel: VolumeLevel;
  unitPriceMinor: number;
  prorationUnits: number;
  amountMinor: number;
}

export interface PriceQuote {
  volumeLevel: VolumeLevel;
  prorationMode: ProrationMode;
  /** Months (or days) each line is charged for. */
  prorationUnits: number;
  lines: PricedLine[];
  total: Money;
}

export interface PriceOrderInput {
  lines: readonly PriceRequestLine[];
  offers: ReadonlyMap<string, PricedOffer>;
  currency: CurrencyCode;
  /** Licences the customer holds before this order (live subscriptions). */
  licencesBefore: number;
  /** The day the licences are added. */
  start: CalendarDate;
  anniversary: CalendarDate;
  rules?: Rules;
}

/**
 * Prices an order: every line at the volume level the customer reaches with the whole order
 * (SPEC §3 "Volume level"), prorated to the anniversary; the total is the sum of the rounded
 * lines, so lines always add up to the total exactly.
 */
export function priceOrder(input: PriceOrderInput): PriceQuote {
  const rules = input.rules ?? DEFAULT_RULES;
  const added = input.lines.reduce((sum, line) => sum + line.quantity, 0);
  const volumeLevel = volumeLevelFor(input.licencesBefore + added, rules);
  const proration = prorationOf(input.start, input.anniversary, rules.prorationMode);
  const lines = input.lines.map((line) => {
    const offer = input.offers.get(line.offerId);
    if (!offer) throw new RangeError(`Unknown offer ${line.offerId}`);
    const unitPriceMinor = unitPriceAt(offer, input.currency, volumeLevel);
    return {
      offerId: line.offerId,
      quantity: line.quantity,
      volumeLevel,
      unitPriceMinor,
      prorationUnits: proration.units,
      amountMinor: lineAmountMinor(unitPriceMinor, line.quantity, proration),
    };
  });
  return {
    volumeLevel,
    prorationMode: rules.prorationMode,
    prorationUnits: proration.units,
    lines,
    total: {
      amountMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
      currency: input.currency,
    },
  };
}

/**
 * A renewal prices a whole year at the level the renewed quantity reaches (SPEC §5.6 tier
 * table): `licencesAfter` is the customer's licence count after the renewal.
 */
export function priceRenewal(input: {
  lines: readonly PriceRequestLine[];
  offers: ReadonlyMap<string, PricedOffer>;
  currency: CurrencyCode;
  licencesAfter: number;
  rules?: Rules;
}): PriceQuote {
  const rules = input.rules ?? DEFAULT_RULES;
  const volumeLevel = volumeLevelFor(input.licencesAfter, rules);
  const lines = input.lines.map((line) => {
    const offer = input.offers.get(line.offerId);
    if (!offer) throw new RangeError(`Unknown offer ${line.offerId}`);
    const unitPriceMinor = unitPriceAt(offer, input.currency, volumeLevel);
    return {
      offerId: line.offerId,
      quantity: line.quantity,
      volumeLevel,
      unitPriceMinor,
      prorationUnits: 12,
      amountMinor: unitPriceMinor * line.quantity,
    };
  });
  return {
    volumeLevel,
    prorationMode: 'MONTHS',
    prorationUnits: 12,
    lines,
    total: {
      amountMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
      currency: input.currency,
    },
  };
}
