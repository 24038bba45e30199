import { addDays, compareDates, daysBetween, type CalendarDate } from './calendar-date';
import { allowed, refused, type Decision } from './decision';
import { renewalStage } from './renewal-stage';
import { DEFAULT_RULES, volumeLevelFor, type Rules, type VolumeLevel } from './rules';
import { subscriptionState, type SubscriptionTerm } from './subscription-term';

/** What the renewal rules need to know of a subscription (the wire `Subscription` fits). */
export interface RenewableSubscription extends SubscriptionTerm {
  usedQuantity: number;
  licenseType: 'ENTERPRISE' | 'TEAM';
  scheduledChange:
    | { type: 'REDUCTION'; renewalQuantity: number; effectiveDate: CalendarDate }
    | { type: 'CANCELLATION'; effectiveDate: CalendarDate }
    | null;
  autoRenewal: { enabled: boolean; renewalQuantity: number };
}

export type RenewalReason =
  | 'RENEWAL_NOT_OPEN'
  | 'RENEWAL_CLOSED'
  | 'SEATS_BELOW_ASSIGNED'
  | 'LATE_RENEWAL_ABOVE_PREVIOUS'
  | 'QUANTITY_OUT_OF_RANGE'
  | 'SCHEDULED_CHANGE_EXISTS'
  | 'SUBSCRIPTION_NOT_LIVE'
  | 'AUTO_RENEW_CUTOFF_PASSED';

/** Every date of one renewal cycle that matters (SPEC §9.1 "deadlines at a glance"). */
export interface RenewalCycle {
  /** First day the renewals overview shows it (SPEC §4 "renewals overview", −90). */
  shownFrom: CalendarDate;
  /** First day of the renewal window (SPEC §4 "renewal window", −30). */
  windowOpens: CalendarDate;
  /** First day auto-renew can no longer change (SPEC §4 "auto-renew changes", −3). */
  autoRenewCutoff: CalendarDate;
  anniversary: CalendarDate;
  /** First day without access: grace ends the day before (SPEC §4 "grace", +31). */
  accessRemoved: CalendarDate;
}

export function renewalCycle(
  anniversary: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): RenewalCycle {
  return {
    shownFrom: addDays(anniversary, -rules.renewalOverviewFromDays),
    windowOpens: addDays(anniversary, -rules.renewalWindowOpensDays),
    autoRenewCutoff: addDays(anniversary, -rules.autoRenewCutoffDays),
    anniversary,
    accessRemoved: addDays(anniversary, rules.renewalGraceDays + 1),
  };
}

export type CustomerEmailKind = 'RENEWAL_REMINDER' | 'ANNIVERSARY' | 'ACCESS_REMOVAL_WARNING';

export interface CustomerEmail {
  kind: CustomerEmailKind;
  date: CalendarDate;
  /** Sent once its day has come (the mails go out on their day). */
  sent: boolean;
}

/**
 * The customer's e-mails of one cycle (SPEC §4 "customer e-mails"): before the anniversary, on
 * it, and before access is removed; those whose day has come are marked sent.
 */
export function customerEmailSchedule(
  anniversary: CalendarDate,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): CustomerEmail[] {
  const { accessRemoved } = renewalCycle(anniversary, rules);
  const emails: [CustomerEmailKind, CalendarDate][] = [
    ['RENEWAL_REMINDER', addDays(anniversary, -rules.customerEmailDays.beforeAnniversary)],
    ['ANNIVERSARY', anniversary],
    [
      'ACCESS_REMOVAL_WARNING',
      addDays(accessRemoved, -rules.customerEmailDays.beforeAccessRemoved),
    ],
  ];
  return emails.map(([kind, date]) => ({ kind, date, sent: compareDates(date, today) <= 0 }));
}

/** Days from the business date to the anniversary: negative once it passed. */
export function daysLeftOf(subscription: { renewalDate: CalendarDate }, today: CalendarDate) {
  return daysBetween(today, subscription.renewalDate);
}

function inRange(
  quantity: number,
  licenseType: RenewableSubscription['licenseType'],
  rules: Rules,
): boolean {
  const range = rules.quantityPerLine[licenseType];
  return Number.isInteger(quantity) && quantity >= range.min && quantity <= range.max;
}

/**
 * Placing a renewal order (SPEC §4 "renewal window", "grace"): inside the window, on the
 * anniversary or in grace; never below the seats assigned; a late renewal (in grace) at most
 * the previous quantity; within the licence type's quantity range.
 * Decided: a subscription with a cancellation scheduled is not renewed while the cancellation
 * stands (SCHEDULED_CHANGE_EXISTS: undo it first); once the cancellation took effect it is
 * over (SUBSCRIPTION_NOT_LIVE). A scheduled reduction is replaced by the renewal's quantity.
 */
export function canRenew(
  subscription: RenewableSubscription,
  quantity: number,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): Decision<RenewalReason> {
  if (subscriptionState(subscription, today, rules) === 'CANCELLED') {
    return refused('SUBSCRIPTION_NOT_LIVE');
  }
  if (subscription.scheduledChange?.type === 'CANCELLATION') {
    return refused('SCHEDULED_CHANGE_EXISTS');
  }
  const stage = renewalStage(subscription.renewalDate, today, rules);
  if (stage === 'NOT_SHOWN' || stage === 'UPCOMING') return refused('RENEWAL_NOT_OPEN');
  if (stage === 'REMOVED') return refused('RENEWAL_CLOSED');
  if (quantity < subscription.usedQuantity) return refused('SEATS_BELOW_ASSIGNED');
  if (stage === 'GRACE' && quantity > subscription.currentQuantity) {
    return refused('LATE_RENEWAL_ABOVE_PREVIOUS');
  }
  if (!inRange(quantity, subscription.licenseType, rules)) return refused('QUANTITY_OUT_OF_RANGE');
  return allowed;
}

/**
 * Turning auto-renew on or off, or changing its quantity (SPEC §4 "auto-renew changes"):
 * allowed while more than `autoRenewCutoffDays` days are left (day −4 yes, day −3 no).
 * `renewalQuantity` null: the quantity is not changing, so only the date counts.
 * Decided: not while a cancellation is scheduled (SCHEDULED_CHANGE_EXISTS: undo it first).
 */
export function canChangeAutoRenewal(
  subscription: RenewableSubscription,
  renewalQuantity: number | null,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): Decision<RenewalReason> {
  if (subscriptionState(subscription, today, rules) !== 'ACTIVE') {
    return refused('SUBSCRIPTION_NOT_LIVE');
  }
  if (daysLeftOf(subscription, today) <= rules.autoRenewCutoffDays) {
    return refused('AUTO_RENEW_CUTOFF_PASSED');
  }
  if (subscription.scheduledChange?.type === 'CANCELLATION') {
    return refused('SCHEDULED_CHANGE_EXISTS');
  }
  if (renewalQuantity === null) return allowed;
  if (renewalQuantity < subscription.usedQuantity) return refused('SEATS_BELOW_ASSIGNED');
  if (!inRange(renewalQuantity, subscription.licenseType, rules)) {
    return refused('QUANTITY_OUT_OF_RANGE');
  }
  return allowed;
}

/**
 * The quantity the next term should have: what is planned (a scheduled reduction, else the
 * auto-renew quantity), never below the seats assigned to users (SPEC §5.6, §9.4).
 */
export function suggestedRenewalQuantity(
  subscription: Pick<RenewableSubscription, 'usedQuantity' | 'scheduledChange' | 'autoRenewal'>,
): number {
  const change = subscription.scheduledChange;
  const planned =
    change?.type === 'REDUCTION'
      ? change.renewalQuantity
      : subscription.autoRenewal.renewalQuantity;
  return Math.max(subscription.usedQuantity, planned);
}

/**
 * The customer's licence count after renewing one subscription at `quantity`, the others
 * unchanged; the renewal is priced at the level this reaches (SPEC §3 "Volume level").
 */
export function licencesAfterRenewal(
  liveLicences: number,
  subscription: { currentQuantity: number },
  quantity: number,
): number {
  return Math.max(0, liveLicences - subscription.currentQuantity) + quantity;
}

export function renewalVolumeLevel(
  liveLicences: number,
  subscription: { currentQuantity: number },
  quantity: number,
  rules: Rules = DEFAULT_RULES,
): VolumeLevel {
  return volumeLevelFor(licencesAfterRenewal(liveLicences, subscription, quantity), rules);
}
