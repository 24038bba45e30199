import type { CalendarDate } from '@/domain/calendar-date';
import { allowed, type Decision } from '@/domain/decision';
import type { CurrencyCode } from '@/domain/money';
import { priceRenewal, type PricedOffer, type PriceQuote } from '@/domain/pricing';
import { renewalStage } from '@/domain/renewal-stage';
import {
  canRenew,
  licencesAfterRenewal,
  suggestedRenewalQuantity,
  type RenewableSubscription,
  type RenewalReason,
} from '@/domain/renewals';
import { DEFAULT_RULES, type Rules } from '@/domain/rules';
import { licencesHeld, type SubscriptionTerm } from '@/domain/subscription-term';

/** Reasons that refuse any quantity: the renewal cannot be placed now at all. */
const WINDOW_REASONS: ReadonlySet<RenewalReason> = new Set([
  'SUBSCRIPTION_NOT_LIVE',
  'SCHEDULED_CHANGE_EXISTS',
  'RENEWAL_NOT_OPEN',
  'RENEWAL_CLOSED',
]);

/**
 * The quantities a renewal may have today, for showing the bounds and stopping − and + at
 * them. canRenew stays the judge of a quantity; these are the facts it compares against
 * (SPEC §4 "grace": never below the seats assigned, in grace at most the previous quantity).
 */
export interface RenewalBounds {
  min: number;
  /** IN_USE: the seats assigned to users are the floor; RANGE: the licence type's minimum. */
  minBy: 'IN_USE' | 'RANGE';
  max: number;
  /** PREVIOUS: a late renewal (in grace) keeps at most the previous quantity. */
  maxBy: 'PREVIOUS' | 'RANGE';
}

export function renewalBounds(
  subscription: RenewableSubscription,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): RenewalBounds {
  const range = rules.quantityPerLine[subscription.licenseType];
  const inUse = subscription.usedQuantity >= Math.max(range.min, 1);
  const late = renewalStage(subscription.renewalDate, today, rules) === 'GRACE';
  const previous = late && subscription.currentQuantity < range.max;
  return {
    min: inUse ? subscription.usedQuantity : range.min,
    minBy: inUse ? 'IN_USE' : 'RANGE',
    max: previous ? subscription.currentQuantity : range.max,
    maxBy: previous ? 'PREVIOUS' : 'RANGE',
  };
}

/** The dialog's first quantity: the domain's suggestion, kept inside today's bounds. */
export function startingQuantity(
  subscription: RenewableSubscription,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): number {
  const { min, max } = renewalBounds(subscription, today, rules);
  return Math.min(Math.max(suggestedRenewalQuantity(subscription), min), Math.max(min, max));
}

/**
 * Whether a renewal can be placed now at all (the Renew button): canRenew at the starting
 * quantity, keeping only the refusals no other quantity would avoid.
 */
export function renewalOpen(
  subscription: RenewableSubscription,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): Decision<RenewalReason> {
  const decision = canRenew(
    subscription,
    startingQuantity(subscription, today, rules),
    today,
    rules,
  );
  return decision.ok || WINDOW_REASONS.has(decision.reason) ? decision : allowed;
}

export interface RenewalPreview {
  quote: PriceQuote;
  licencesAfter: number;
}

/**
 * The renewal's price as the backend computes it (mocks/services/renewals.ts priceOfRenewal):
 * a full year at the level the customer's live licences reach after it. Null when the offer
 * has no price in the customer's currency (the server would say so on submit).
 */
export function previewRenewal(input: {
  subscription: { currentQuantity: number };
  /** All of the customer's subscriptions, for the live licence count. */
  subscriptions: readonly SubscriptionTerm[];
  offer: PricedOffer;
  currency: CurrencyCode;
  quantity: number;
  today: CalendarDate;
  rules?: Rules;
}): RenewalPreview | null {
  const rules = input.rules ?? DEFAULT_RULES;
  const live = licencesHeld(input.subscriptions, input.today, rules);
  const licencesAfter = licencesAfterRenewal(live, input.subscription, input.quantity);
  try {
    const quote = priceRenewal({
      lines: [{ offerId: input.offer.id, quantity: input.quantity }],
      offers: new Map([[input.offer.id, input.offer]]),
      currency: input.currency,
      licencesAfter,
      rules,
    });
    return { quote, licencesAfter };
  } catch {
    return null;
  }
}
