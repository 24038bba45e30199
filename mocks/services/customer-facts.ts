import { addMonths, compareDates } from '@/domain/calendar-date';
import { isSubscriptionLive } from '@/domain/subscription-term';
import type { CustomerRecord } from '../db/records';
import type { ServiceContext } from './context';
import { notFound } from './errors';

/**
 * Recomputes the facts a customer's status and list filters are derived from (see
 * CustomerRecord), after any change to its PAs or subscriptions. Called by every service that
 * changes either, inside the same transaction, so the list never disagrees with the details.
 */
export async function refreshCustomerFacts(
  ctx: ServiceContext,
  customerId: string,
): Promise<CustomerRecord> {
  const customer = await ctx.tx.customers.get(customerId);
  if (!customer) throw notFound('Customer');
  const [subscriptions, authorizations] = await Promise.all([
    ctx.tx.subscriptions.byCustomer(customerId),
    ctx.tx.purchaseAuthorizations.byCustomer(customerId),
  ]);
  const pendingDates = authorizations
    .filter((pa) => pa.status === 'PENDING')
    .map((pa) => pa.creationDate)
    .sort(compareDates);
  const firstPa = authorizations.map((pa) => pa.creationDate).sort(compareDates)[0];
  const held = subscriptions.filter((s) => s.currentQuantity > 0);
  const live = held.filter((s) => isSubscriptionLive(s, ctx.today, ctx.rules));
  // The anniversary is the latest one any subscription reached; before any subscription, it is
  // 12 months after the first PA (SPEC §3 "anniversary date").
  const latest = held
    .map((s) => s.renewalDate)
    .sort(compareDates)
    .at(-1);
  const cotermDate =
    latest ??
    customer.cotermDate ??
    (firstPa ? addMonths(firstPa, ctx.rules.firstTermMonths) : null);
  const renewing = held.filter(
    (s) => s.renewalDate === cotermDate && s.scheduledChange?.type !== 'CANCELLATION',
  );
  const next: CustomerRecord = {
    ...customer,
    cotermDate,
    oldestPendingPaCreationDate: pendingDates[0] ?? null,
    renewingSubscriptionCount: renewing.length,
    subscriptionCount: held.length,
    totalLicences: live.reduce((sum, s) => sum + s.currentQuantity, 0),
    poNumbers: [
      ...new Set(authorizations.flatMap((pa) => (pa.poNumber === null ? [] : [pa.poNumber]))),
    ],
  };
  await ctx.tx.customers.put(next);
  return next;
}
