import type { CalendarDate } from './calendar-date';
import type { CustomerStatus } from './customer-status';
import { allowed, refused, type Decision } from './decision';
import { DEFAULT_RULES, type Rules } from './rules';
import { subscriptionState, type SubscriptionTerm } from './subscription-term';

/**
 * Licence assignments (SPEC §3 "licence assignment", §5.9): a seat of a subscription given to one
 * end user. Seats of a pending PA are deployable at once (SPEC §3 "PA"), so they count here too:
 * they are part of `currentQuantity` already.
 */
export interface SeatPool extends SubscriptionTerm {
  /** Seats already assigned to users. */
  usedQuantity: number;
}

export interface AssignedUser {
  active: boolean;
  user: { email: string };
}

export type AssignRefusal =
  'CUSTOMER_SUSPENDED' | 'SUBSCRIPTION_NOT_LIVE' | 'NO_SEATS_AVAILABLE' | 'ALREADY_ASSIGNED';
export type UnassignRefusal = 'ASSIGNMENT_NOT_ACTIVE';

/** One user, however the address is capitalised (decided: mailboxes are case-free in practice). */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function freeSeats(subscription: Pick<SeatPool, 'currentQuantity' | 'usedQuantity'>) {
  return Math.max(0, subscription.currentQuantity - subscription.usedQuantity);
}

/**
 * May a seat of this subscription go to the user with this e-mail? Only while the subscription
 * works (cancelled or removed ones have no usable seats: SPEC §4 "cancellation", "grace"), while
 * a seat is free (SPEC §4 "seats never below assigned"), and once per user and subscription.
 * `email` null checks the seats only (the UI, before an address is typed). A SUSPENDED
 * customer's licences are unusable (SPEC §3 "Customer status"), so none is handed out.
 */
export function canAssignLicence(
  subscription: SeatPool,
  assignments: readonly AssignedUser[],
  email: string | null,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
  customerStatus: CustomerStatus | null = null,
): Decision<AssignRefusal> {
  if (customerStatus === 'SUSPENDED') return refused('CUSTOMER_SUSPENDED');
  if (subscriptionState(subscription, today, rules) !== 'ACTIVE') {
    return refused('SUBSCRIPTION_NOT_LIVE');
  }
  if (freeSeats(subscription) <= 0) return refused('NO_SEATS_AVAILABLE');
  if (email !== null && assignments.some((a) => a.active && sameEmail(a.user.email, email))) {
    return refused('ALREADY_ASSIGNED');
  }
  return allowed;
}

/** Only an active assignment can be taken back (SPEC §5.9 "unassign"). */
export function canUnassign(assignment: { active: boolean }): Decision<UnassignRefusal> {
  return assignment.active ? allowed : refused('ASSIGNMENT_NOT_ACTIVE');
}
