import type { Customer } from '@/api/customers/schemas';
import type { Subscription } from '@/api/subscriptions/schemas';
import type { CalendarDate } from '@/domain/calendar-date';
import type { Decision } from '@/domain/decision';
import type { CurrencyCode } from '@/domain/money';
import { priceOrder, type PricedOffer, type PriceQuote } from '@/domain/pricing';
import { DEFAULT_RULES, type Rules } from '@/domain/rules';
import { canAddSeats, type SeatReason } from '@/domain/seats';
import type { Role } from '@/domain/permissions';
import { isSubscriptionLive, licencesHeld } from '@/domain/subscription-term';

/** The subscriptions whose licences work today (what the backend counts, mocks/services/seats.ts). */
function liveOf(subscriptions: readonly Subscription[], today: CalendarDate, rules: Rules) {
  return subscriptions.filter((s) => s.currentQuantity > 0 && isSubscriptionLive(s, today, rules));
}

/** Decided with the backend: "subscriptions with add-ons" is a customer holding a live add-on. */
export function customerHasAddOns(
  subscriptions: readonly Subscription[],
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): boolean {
  return liveOf(subscriptions, today, rules).some((s) => s.addOn);
}

/** The most seats that can be added now: the licence type's maximum less today's seats. */
export function maxSeatsToAdd(subscription: Subscription, rules: Rules = DEFAULT_RULES): number {
  return Math.max(
    0,
    rules.quantityPerLine[subscription.licenseType].max - subscription.currentQuantity,
  );
}

export interface SeatFacts {
  customer: Customer;
  subscription: Subscription;
  subscriptions: readonly Subscription[];
  role: Role;
  today: CalendarDate;
}

/** canAddSeats, as the API will judge it, for a quantity typed in the dialog. */
export function addSeatsDecision(facts: SeatFacts, quantity: number): Decision<SeatReason> {
  return canAddSeats({
    customer: facts.customer,
    customerStatus: facts.customer.status,
    customerHasAddOns: customerHasAddOns(facts.subscriptions, facts.today),
    role: facts.role,
    subscription: facts.subscription,
    quantity,
    today: facts.today,
  });
}

/**
 * Whether Add seats opens at all: canAddSeats at the licence type's smallest quantity, so a
 * refusal is one no quantity would avoid (the role, "contact sales", the term, a cancellation).
 */
export function addSeatsOpen(facts: SeatFacts, rules: Rules = DEFAULT_RULES): Decision<SeatReason> {
  return addSeatsDecision(facts, rules.quantityPerLine[facts.subscription.licenseType].min);
}

/**
 * The price of adding seats now exactly as the backend computes it (mocks/services/seats.ts
 * seatsQuote): priceOrder, prorated from today to the anniversary, at the level the customer's
 * live licences reach with the new seats. Null when the offer has no price in the currency.
 */
export function previewAddSeats(input: {
  subscription: Subscription;
  subscriptions: readonly Subscription[];
  offer: PricedOffer;
  currency: CurrencyCode;
  quantity: number;
  today: CalendarDate;
  rules?: Rules;
}): PriceQuote | null {
  const rules = input.rules ?? DEFAULT_RULES;
  try {
    return priceOrder({
      lines: [{ offerId: input.offer.id, quantity: input.quantity }],
      offers: new Map([[input.offer.id, input.offer]]),
      currency: input.currency,
      licencesBefore: licencesHeld(
        liveOf(input.subscriptions, input.today, rules),
        input.today,
        rules,
      ),
      start: input.today,
      anniversary: input.subscription.renewalDate,
      rules,
    });
  } catch {
    return null;
  }
}
