import { addDays, compareDates, type CalendarDate } from '@/domain/calendar-date';
import { canRenew, suggestedRenewalQuantity } from '@/domain/renewals';
import type { MemberRecord, OfferRecord, SubscriptionRecord } from '../db/records';
import type { ServiceContext } from './context';
import { withdrawUpcomingInvoice } from './upcoming-invoices';
import { refreshCustomerFacts } from './customer-facts';
import { applyRenewal } from './renewals';
import { renewableOf } from './subscriptions';

/** The business date through which scheduled work has run. */
export const META_WORK_THROUGH = 'scheduledWorkThrough';

/** Who acts when the backend acts on its own (auto-renewals on the anniversary). */
export const SYSTEM_ACTOR: MemberRecord = {
  id: 'system',
  firstName: 'Reseller',
  lastName: 'Console',
  email: 'system@reseller-console.example',
  role: 'ADMINISTRATOR',
  active: true,
};

/** Inside (after, through]: after `after`, on or before `through`. */
const within = (date: CalendarDate, after: CalendarDate, through: CalendarDate) =>
  compareDates(date, after) > 0 && compareDates(date, through) <= 0;

/**
 * Renews one customer's auto-renewing subscriptions whose anniversary falls in (after, today],
 * each on its anniversary (the order, invoice and activity are dated that day), earliest
 * first, again and again while the next anniversary is still not after today (a clock jump
 * of years). One that cannot renew (its rule refuses) is left alone.
 */
async function autoRenewCustomer(
  ctx: ServiceContext,
  customerId: string,
  after: CalendarDate,
  offers: ReadonlyMap<string, OfferRecord>,
): Promise<void> {
  const customer = await ctx.tx.customers.get(customerId);
  if (!customer) return;
  const skipped = new Set<string>();
  for (;;) {
    const due = (await ctx.tx.subscriptions.byCustomer(customerId))
      .filter(
        (s) =>
          !skipped.has(s.id) &&
          s.autoRenewal.enabled &&
          s.scheduledChange?.type !== 'CANCELLATION' &&
          within(s.renewalDate, after, ctx.today),
      )
      .sort((a, b) => compareDates(a.renewalDate, b.renewalDate) || a.id.localeCompare(b.id));
    const record = due[0];
    if (!record) return;
    const offer = offers.get(record.offerId);
    const quantity = suggestedRenewalQuantity(record);
    const onAnniversary: ServiceContext = { ...ctx, today: record.renewalDate };
    if (
      !offer ||
      !canRenew(renewableOf(record, offer), quantity, record.renewalDate, ctx.rules).ok
    ) {
      skipped.add(record.id);
      await withdrawUpcomingInvoice(ctx, record);
      continue;
    }
    await applyRenewal(
      onAnniversary,
      { customer, record, offer },
      quantity,
      'subscription.autoRenewed',
    );
  }
}

/**
 * What falls due as the business date moves from `from` (exclusive) to `ctx.today`
 * (inclusive): auto-renewals on their anniversary (SPEC §4 "auto-renew"); cancellations and
 * unrenewed subscriptions end by the clock alone (domain/subscription-term), so their
 * customers' facts are refreshed. Runs in one write transaction before any request sees the
 * new date. `from` null: only today. A clock moved back does nothing. One pass over the
 * subscriptions when nothing is due.
 */
export async function runScheduledWork(
  ctx: ServiceContext,
  from: CalendarDate | null,
): Promise<void> {
  const after = from ?? addDays(ctx.today, -1);
  if (compareDates(after, ctx.today) >= 0) return;
  const accessRemovedAfter = ctx.rules.renewalGraceDays + 1;
  const renewing = new Set<string>();
  const touched = new Set<string>();
  const subscriptions: SubscriptionRecord[] = await ctx.tx.subscriptions.all();
  for (const s of subscriptions) {
    if (s.currentQuantity < 1) continue;
    if (within(s.renewalDate, after, ctx.today)) {
      touched.add(s.customerId);
      if (s.autoRenewal.enabled && s.scheduledChange?.type !== 'CANCELLATION') {
        renewing.add(s.customerId);
      }
    } else if (within(addDays(s.renewalDate, accessRemovedAfter), after, ctx.today)) {
      touched.add(s.customerId);
    }
  }
  if (touched.size === 0) return;
  const offers = new Map((await ctx.tx.offers.all()).map((o) => [o.id, o]));
  for (const customerId of renewing) await autoRenewCustomer(ctx, customerId, after, offers);
  for (const customerId of touched) await refreshCustomerFacts(ctx, customerId);
}
