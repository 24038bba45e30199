import { addDays, compareDates, type CalendarDate } from './calendar-date';
import { DEFAULT_RULES, type Rules } from './rules';

/** What a subscription's term needs to say where it stands (SPEC §3 "Subscription"). */
export interface SubscriptionTerm {
  renewalDate: CalendarDate;
  currentQuantity: number;
  scheduledChange: { type: 'REDUCTION' | 'CANCELLATION'; effectiveDate: CalendarDate } | null;
}

/**
 * ACTIVE while its licences work; CANCELLED once a cancellation took effect at term end (the
 * day before the anniversary is the term's last day); REMOVED once grace ended unrenewed
 * (SPEC §4 "cancellation", "grace"). Between the anniversary and the end of grace an
 * unrenewed subscription still works: that is what grace is.
 */
export type SubscriptionState = 'ACTIVE' | 'CANCELLED' | 'REMOVED';

export function subscriptionState(
  term: SubscriptionTerm,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): SubscriptionState {
  if (term.scheduledChange?.type === 'CANCELLATION' && compareDates(today, term.renewalDate) >= 0) {
    return 'CANCELLED';
  }
  if (compareDates(today, addDays(term.renewalDate, rules.renewalGraceDays)) > 0) return 'REMOVED';
  return 'ACTIVE';
}

export function isSubscriptionLive(
  term: SubscriptionTerm,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): boolean {
  return subscriptionState(term, today, rules) === 'ACTIVE';
}

/**
 * The licences a customer holds on `today`: the seats of its live subscriptions (a volume
 * level counts these, SPEC §3 "Volume level").
 */
export function licencesHeld(
  terms: readonly SubscriptionTerm[],
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): number {
  return terms
    .filter((term) => term.currentQuantity > 0 && isSubscriptionLive(term, today, rules))
    .reduce((sum, term) => sum + term.currentQuantity, 0);
}
