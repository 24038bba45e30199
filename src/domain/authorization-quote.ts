import { anniversaryForNewSeats, paStartDate, type PaLine } from './authorizations';
import type { CalendarDate } from './calendar-date';
import type { CurrencyCode } from './money';
import { priceOrder, type PricedOffer, type PriceQuote } from './pricing';
import { DEFAULT_RULES, type Rules } from './rules';
import { licencesHeld, type SubscriptionTerm } from './subscription-term';

export interface AuthorizationQuoteInput {
  lines: readonly PaLine[];
  offers: ReadonlyMap<string, PricedOffer>;
  customer: { currencyCode: CurrencyCode; cotermDate: CalendarDate | null };
  /** The customer's subscriptions now (a pending PA's seats are in them already). */
  subscriptions: readonly SubscriptionTerm[];
  today: CalendarDate;
  deploymentDate: CalendarDate;
  rules?: Rules;
}

/**
 * What a new PA created today would charge when ordered (SPEC §5.4 "live price preview"): the
 * level the customer reaches with these lines, prorated from the deployment date to the
 * anniversary the seats co-terminate on. The PA dialog computes it as the user types; the
 * backend's price quote answers the same numbers from the same function.
 */
export function quotePurchaseAuthorization(input: AuthorizationQuoteInput): PriceQuote {
  const rules = input.rules ?? DEFAULT_RULES;
  return priceOrder({
    lines: input.lines,
    offers: input.offers,
    currency: input.customer.currencyCode,
    licencesBefore: licencesHeld(input.subscriptions, input.today, rules),
    start: paStartDate({ creationDate: input.today, deploymentDate: input.deploymentDate }),
    anniversary: anniversaryForNewSeats(input.customer.cotermDate, input.today, rules),
    rules,
  });
}
