import { compareDates, type CalendarDate } from '@/domain/calendar-date';
import type { SubscriptionRecord } from '../db/records';
import type { Random } from './random';

export interface TermShowcase {
  /** A seat reduction on the first subscription that can take one. */
  reduction?: boolean;
  /** A cancellation at term end of the last subscription (never the only one). */
  cancellation?: boolean;
  /** Auto-renew on for the first subscription. */
  autoRenew?: boolean;
}

/**
 * Cancellations at term end, chosen before seats in use: a cancelled subscription that ended
 * has no users. By chance never the customer's first subscription, so the profile's status
 * stands (a customer in grace keeps something to renew); a showcase cancels its last one.
 */
export function chooseCancellations(
  random: Random,
  subscriptions: SubscriptionRecord[],
  showcase: TermShowcase,
): void {
  subscriptions.forEach((sub, index) => {
    const forced = showcase.cancellation === true && index === subscriptions.length - 1;
    if (forced || (index > 0 && random.chance(0.04))) {
      sub.scheduledChange = { type: 'CANCELLATION', effectiveDate: sub.renewalDate };
    }
  });
}

/**
 * Seat reductions (only while the term runs: the anniversary is ahead) to at least the seats in
 * use; auto-renew off where it could not have been on (a cancellation stands, or the
 * anniversary came: scheduled work, done through the seed day, would have renewed it);
 * the renewal quantity is the current one.
 */
export function finishTerms(
  random: Random,
  today: CalendarDate,
  subscriptions: SubscriptionRecord[],
  showcase: TermShowcase,
): void {
  let reductionShown = false;
  for (const [index, sub] of subscriptions.entries()) {
    const running = compareDates(sub.renewalDate, today) > 0;
    const target = Math.max(sub.usedQuantity, Math.floor(sub.currentQuantity / 2));
    const wanted = showcase.reduction === true && !reductionShown;
    if (
      running &&
      sub.scheduledChange === null &&
      target < sub.currentQuantity &&
      target > 0 &&
      (wanted || random.chance(0.06))
    ) {
      sub.scheduledChange = {
        type: 'REDUCTION',
        renewalQuantity: target,
        effectiveDate: sub.renewalDate,
      };
      reductionShown = true;
    }
    if (showcase.autoRenew === true && index === 0) sub.autoRenewal.enabled = true;
    if (!running || sub.scheduledChange?.type === 'CANCELLATION') {
      sub.autoRenewal.enabled = false;
    }
    sub.autoRenewal.renewalQuantity = sub.currentQuantity;
  }
}
