import { addDays } from '@/domain/calendar-date';
import type { PricedLine } from '@/domain/pricing';
import type {
  CustomerRecord,
  InvoiceRecord,
  OrderLineRecord,
  OrderRecord,
  OrderType,
} from '../db/records';
import { recordActivity } from './activity';
import type { ServiceContext } from './context';
import { idOf, nextNumber } from './sequences';

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
  const number = await nextNumber(ctx.tx, 'order');
  const lineItems: OrderLineRecord[] = input.lines.map((line, index) => ({
    lineNumber: index + 1,
    offerId: line.offerId,
    subscriptionId: line.subscriptionId,
    quantity: line.quantity,
    returnedQuantity: 0,
    volumeLevel: line.volumeLevel,
    unitPriceMinor: line.unitPriceMinor,
    prorationUnits: line.prorationUnits,
    amountMinor: line.amountMinor,
  }));
  const totalMinor = lineItems.reduce((sum, line) => sum + line.amountMinor, 0);
  const order: OrderRecord = {
    id: idOf(number),
    number,
    customerId: customer.id,
    orderType: input.orderType,
    referenceOrderId: input.referenceOrderId ?? null,
    purchaseAuthorizationId: input.purchaseAuthorizationId ?? null,
    currencyCode: customer.currencyCode,
    lineItems,
    totalMinor,
    creationDate: ctx.today,
    createdBy: ctx.actor.id,
    status: 'COMPLETE',
    version: 1,
  };
  await ctx.tx.orders.put(order);

  const offers = new Map((await ctx.tx.offers.all()).map((offer) => [offer.id, offer]));
  const invoiceNumber = await nextNumber(ctx.tx, 'invoice');
  const credit = input.orderType === 'RETURN';
  const invoice: InvoiceRecord = {
    id: idOf(invoiceNumber),
    number: invoiceNumber,
    customerId: customer.id,
    orderId: order.id,
    kind: credit ? 'CREDIT_NOTE' : 'INVOICE',
    currencyCode: customer.currencyCode,
    lines: lineItems.map((line) => ({
      description: offers.get(line.offerId)?.name ?? line.offerId,
      offerId: line.offerId,
      quantity: line.quantity,
      amountMinor: line.amountMinor,
    })),
    totalMinor,
    issueDate: ctx.today,
    dueDate: addDays(ctx.today, ctx.rules.invoicePaymentTermDays),
    // A credit note settles at once: there is nothing to pay.
    paidDate: credit ? ctx.today : null,
    paymentMethodId: null,
    version: 1,
  };
  await ctx.tx.invoices.put(invoice);

  await recordActivity(ctx, {
    customerId: customer.id,
    action: input.activityAction ?? 'order.placed',
    subject: { type: 'order', id: order.id, label: order.number },
    changes: [
      { field: 'orderType', from: null, to: order.orderType },
      { field: 'invoice', from: null, to: invoice.number },
    ],
    moneyEffect: { amountMinor: totalMinor, currency: customer.currencyCode },
  });
  return order;
}
