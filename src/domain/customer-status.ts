import { addDays, compareDates, daysBetween, type CalendarDate } from './calendar-date';
import { isRenewalDue, renewalStage } from './renewal-stage';
import { DEFAULT_RULES, type Rules } from './rules';

/** SPEC §3 "Customer status": derived from the data and the clock, never stored by hand. */
export const CUSTOMER_STATUSES = ['INVITED', 'ACTIVE', 'DELAYED', 'SUSPENDED', 'INACTIVE'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** The facts about a customer that its status depends on; the backend keeps them current. */
export interface CustomerStatusFacts {
  invitationAccepted: boolean;
  /** Creation date of the oldest PA still waiting for its order. */
  oldestPendingPaCreationDate: CalendarDate | null;
  /** The anniversary all subscriptions co-terminate on; null before the first PA or order. */
  cotermDate: CalendarDate | null;
  /** Subscriptions that will renew (not cancelled at term end). */
  renewingSubscriptionCount: number;
  /** All subscriptions, including those cancelled at term end. */
  subscriptionCount: number;
}

export type CustomerStatusReason =
  | { code: 'INVITATION_PENDING' }
  | { code: 'IN_GOOD_STANDING' }
  | { code: 'NO_SUBSCRIPTIONS_YET' }
  | { code: 'PA_ORDER_OVERDUE'; paCreationDate: CalendarDate; daysWaiting: number }
  | { code: 'PA_ORDER_VERY_OVERDUE'; paCreationDate: CalendarDate; daysWaiting: number }
  | { code: 'NOTHING_LIVE'; since: CalendarDate };

export interface CustomerStatusResult {
  status: CustomerStatus;
  reason: CustomerStatusReason;
}

/** The last day a customer's licences are usable, or null when it never had any. */
export function accessEndsOn(facts: CustomerStatusFacts, rules: Rules = DEFAULT_RULES) {
  if (facts.subscriptionCount === 0 || facts.cotermDate === null) return null;
  // Cancelled subscriptions end at term end (the day before the anniversary); unrenewed ones
  // keep working through grace (SPEC §4 "grace", "cancellation").
  return facts.renewingSubscriptionCount > 0
    ? addDays(facts.cotermDate, rules.renewalGraceDays)
    : addDays(facts.cotermDate, -1);
}

export function deriveCustomerStatus(
  facts: CustomerStatusFacts,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): CustomerStatusResult {
  const paDate = facts.oldestPendingPaCreationDate;
  if (paDate !== null) {
    const daysWaiting = daysBetween(paDate, today);
    // Day 31 onward: DELAYED; day 61 onward: SUSPENDED (SPEC §4 "PA order deadline", "suspension").
    if (daysWaiting > rules.paSuspensionAfterDays) {
      return {
        status: 'SUSPENDED',
        reason: { code: 'PA_ORDER_VERY_OVERDUE', paCreationDate: paDate, daysWaiting },
      };
    }
    if (daysWaiting > rules.paOrderDeadlineDays) {
      return {
        status: 'DELAYED',
        reason: { code: 'PA_ORDER_OVERDUE', paCreationDate: paDate, daysWaiting },
      };
    }
  }
  if (!facts.invitationAccepted)
    return { status: 'INVITED', reason: { code: 'INVITATION_PENDING' } };
  const lastDay = accessEndsOn(facts, rules);
  if (lastDay !== null && paDate === null && compareDates(today, lastDay) > 0) {
    return { status: 'INACTIVE', reason: { code: 'NOTHING_LIVE', since: addDays(lastDay, 1) } };
  }
  if (facts.subscriptionCount === 0) {
    return { status: 'ACTIVE', reason: { code: 'NO_SUBSCRIPTIONS_YET' } };
  }
  return { status: 'ACTIVE', reason: { code: 'IN_GOOD_STANDING' } };
}

export type AttentionReason = 'PA_OVERDUE' | 'RENEWAL_DUE';

/** SPEC §5.2 "needs attention": an overdue PA, or a renewal whose window is open, due or in grace. */
export function attentionReasons(
  facts: CustomerStatusFacts,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const { status } = deriveCustomerStatus(facts, today, rules);
  if (status === 'DELAYED' || status === 'SUSPENDED') reasons.push('PA_OVERDUE');
  if (
    facts.renewingSubscriptionCount > 0 &&
    facts.cotermDate !== null &&
    isRenewalDue(renewalStage(facts.cotermDate, today, rules))
  ) {
    reasons.push('RENEWAL_DUE');
  }
  return reasons;
}
