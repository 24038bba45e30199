import type { SubscriptionRecord } from '../db/records';
import type { ServiceContext } from './context';

/**
 * An upcoming invoice is the projected bill of an auto-renewal on its anniversary (an invoice
 * with no order yet, seeded for subscriptions in their renewal window). It holds only while
 * the renewal it projects does: any change to the subscription, or the renewal itself (which
 * bills for real through its order), withdraws it, so no customer ever sees a bill twice or a
 * bill for a renewal that will not happen.
 */
export async function withdrawUpcomingInvoice(
  ctx: ServiceContext,
  subscription: Pick<SubscriptionRecord, 'customerId' | 'offerId' | 'renewalDate'>,
): Promise<void> {
  const invoices = await ctx.tx.invoices.byCustomer(subscription.customerId);
  for (const invoice of invoices) {
    if (
      invoice.orderId === null &&
      invoice.paidDate === null &&
      invoice.issueDate === subscription.renewalDate &&
      invoice.lines.some((line) => line.offerId === subscription.offerId)
    ) {
      await ctx.tx.invoices.delete(invoice.id);
    }
  }
}
