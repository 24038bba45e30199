import { compareDates, type CalendarDate } from './calendar-date';
import type { MarketSegment, MarketSubSegment } from './customer-profile';
import type { CustomerStatus } from './customer-status';
import { allowed, refused, type Decision } from './decision';
import { can, type Role } from './permissions';
import type { RenewableSubscription } from './renewals';
import { DEFAULT_RULES, type Rules } from './rules';
import { subscriptionState } from './subscription-term';

export type SeatReason =
  | 'FORBIDDEN'
  | 'CUSTOMER_SUSPENDED'
  | 'CONTACT_SALES_GOV'
  | 'CONTACT_SALES_NON_PROFIT'
  | 'CONTACT_SALES_ADD_ON'
  | 'SUBSCRIPTION_NOT_LIVE'
  | 'TERM_ENDED'
  | 'SEATS_BELOW_ASSIGNED'
  | 'QUANTITY_OUT_OF_RANGE'
  | 'SCHEDULED_CHANGE_EXISTS'
  | 'NO_SCHEDULED_CHANGE';

export interface SeatCustomer {
  marketSegment: MarketSegment;
  marketSubSegments: readonly MarketSubSegment[];
}

/**
 * Buying more seats online (SPEC §4 "buying more seats online"): only an Administrator or an
 * Account manager; GOV customers, NON_PROFIT customers and customers whose contract has
 * add-ons (decided: the customer holds a live add-on subscription) get "contact sales".
 * The service answers a role that may not with its 403 before this rule runs; the UI shows
 * the FORBIDDEN reason.
 */
export function canBuyMoreOnline(
  customer: SeatCustomer,
  customerHasAddOns: boolean,
  role: Role,
): Decision<SeatReason> {
  if (!can(role, 'renewals.change').ok) return refused('FORBIDDEN');
  if (customer.marketSegment === 'GOV') return refused('CONTACT_SALES_GOV');
  if (customer.marketSubSegments.includes('NON_PROFIT')) return refused('CONTACT_SALES_NON_PROFIT');
  if (customerHasAddOns) return refused('CONTACT_SALES_ADD_ON');
  return allowed;
}

/** Before the anniversary: the term the change belongs to has not ended. */
function termRunning(subscription: { renewalDate: CalendarDate }, today: CalendarDate): boolean {
  return compareDates(today, subscription.renewalDate) < 0;
}

/**
 * Adding seats to a subscription now (co-termed and prorated, SPEC §5.7): who and for whom
 * (`canBuyMoreOnline`), a live subscription before its anniversary (on and after it, the term
 * has nothing left to charge: renew instead), not one ending by cancellation (decided:
 * SCHEDULED_CHANGE_EXISTS, undo it first), and the total within the licence type's range.
 */
export function canAddSeats(input: {
  customer: SeatCustomer;
  /** Derived (SPEC §3): a SUSPENDED customer's licences are unusable, so none are sold. */
  customerStatus: CustomerStatus;
  customerHasAddOns: boolean;
  role: Role;
  subscription: RenewableSubscription;
  quantity: number;
  today: CalendarDate;
  rules?: Rules;
}): Decision<SeatReason> {
  const rules = input.rules ?? DEFAULT_RULES;
  const { subscription, quantity, today } = input;
  const online = canBuyMoreOnline(input.customer, input.customerHasAddOns, input.role);
  if (!online.ok && online.reason === 'FORBIDDEN') return online;
  // Decided: adding seats is a sale, refused like a new PA until the overdue order is placed;
  // said before "contact sales", since no channel sells seats that cannot be used.
  if (input.customerStatus === 'SUSPENDED') return refused('CUSTOMER_SUSPENDED');
  if (!online.ok) return online;
  if (
    subscriptionState(subscription, today, rules) !== 'ACTIVE' ||
    subscription.currentQuantity < 1
  ) {
    return refused('SUBSCRIPTION_NOT_LIVE');
  }
  if (!termRunning(subscription, today)) return refused('TERM_ENDED');
  if (subscription.scheduledChange?.type === 'CANCELLATION') {
    return refused('SCHEDULED_CHANGE_EXISTS');
  }
  const range = rules.quantityPerLine[subscription.licenseType];
  if (
    !Number.isInteger(quantity) ||
    quantity < range.min ||
    subscription.currentQuantity + quantity > range.max
  ) {
    return refused('QUANTITY_OUT_OF_RANGE');
  }
  return allowed;
}

/**
 * Scheduling a seat reduction for the next term (SPEC §4 "seat reduction"): before the
 * anniversary, never below the seats assigned, at least the smallest quantity and fewer seats
 * than today. Replaces any earlier scheduled change (PUT semantics, decided).
 */
export function canScheduleReduction(
  subscription: Pick<
    RenewableSubscription,
    'renewalDate' | 'currentQuantity' | 'usedQuantity' | 'licenseType'
  >,
  renewalQuantity: number,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): Decision<SeatReason> {
  if (!termRunning(subscription, today)) return refused('TERM_ENDED');
  if (renewalQuantity < subscription.usedQuantity) return refused('SEATS_BELOW_ASSIGNED');
  const min = rules.quantityPerLine[subscription.licenseType].min;
  if (
    !Number.isInteger(renewalQuantity) ||
    renewalQuantity < min ||
    renewalQuantity >= subscription.currentQuantity
  ) {
    return refused('QUANTITY_OUT_OF_RANGE');
  }
  return allowed;
}

/**
 * Scheduling a cancellation at term end (SPEC §4 "cancellation"): before the anniversary.
 * Replaces any earlier scheduled change (PUT semantics, decided).
 */
export function canScheduleCancellation(
  subscription: { renewalDate: CalendarDate },
  today: CalendarDate,
): Decision<SeatReason> {
  return termRunning(subscription, today) ? allowed : refused('TERM_ENDED');
}

/**
 * Undoing a scheduled reduction or cancellation (SPEC §4): there is one, and its term has not
 * ended (the day before its effective date is the last day it can be undone).
 */
export function canUndoScheduledChange(
  subscription: { scheduledChange: { effectiveDate: CalendarDate } | null },
  today: CalendarDate,
): Decision<SeatReason> {
  const change = subscription.scheduledChange;
  if (change === null) return refused('NO_SCHEDULED_CHANGE');
  if (compareDates(today, change.effectiveDate) >= 0) return refused('TERM_ENDED');
  return allowed;
}
