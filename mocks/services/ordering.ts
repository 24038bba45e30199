import type { PricedLine } from '@/domain/pricing';
import type { CustomerRecord, OrderRecord, OrderType } from '../db/records';
import { recordActivity } from './activity';
import type { ServiceContext } from './context';
import { orderDocuments } from './order-documents';
import { nextNumber } from './sequences';

export interface OrderInput {
  customer: CustomerRecord;
  orderType: OrderType;
  referenceOrderId?: string | null;
  purchaseAuthorizationId?: string | null;
  /**
   * Priced lines with the subscription each one changes. On a RETURN, `amountMinor` is the
   * credit (negative) and `quantity` the seats returned (positive).
   */
  lines: (PricedLine & { subscriptionId: string })[];
  /** The activity entry's action code; `order.placed` unless said. */
  activityAction?: string;
}

/**
 * Writes an order, its invoice (a credit note for a return) and its activity entry with the
 * money effect, in the caller's transaction: every charge and credit is on exactly one order,
 * one invoice and one activity entry, so the three always add up (SPEC §9.7).
 */
export async function recordOrder(ctx: ServiceContext, input: OrderInput): Promise<OrderRecord> {
  const { customer } = input;
  const offers = new Map((await ctx.tx.offers.all()).map((offer) => [offer.id, offer]));
  const { order, invoice } = orderDocuments({
    orderNumber: await nextNumber(ctx.tx, 'order'),
    invoiceNumber: await nextNumber(ctx.tx, 'invoice'),
    customerId: customer.id,
    currencyCode: customer.currencyCode,
    orderType: input.orderType,
    referenceOrderId: input.referenceOrderId,
    purchaseAuthorizationId: input.purchaseAuthorizationId,
    lines: input.lines,
    date: ctx.today,
    createdAt: new Date(ctx.now).toISOString(),
    createdBy: ctx.actor.id,
    paymentTermDays: ctx.rules.invoicePaymentTermDays,
    offerName: (offerId) => offers.get(offerId)?.name ?? offerId,
  });
  await ctx.tx.orders.put(order);
  await ctx.tx.invoices.put(invoice);

  await recordActivity(ctx, {
    customerId: customer.id,
    action: input.activityAction ?? 'order.placed',
    subject: { type: 'order', id: order.id, label: order.number },
    changes: [
      { field: 'orderType', from: null, to: order.orderType },
      { field: 'invoice', from: null, to: invoice.number },
    ],
    moneyEffect: { amountMinor: order.totalMinor, currency: customer.currencyCode },
  });
  return order;
}
