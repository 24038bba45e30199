import type { CalendarDate } from '@/domain/calendar-date';
import type { CurrencyCode } from '@/domain/money';
import { returnCredit } from '@/domain/orders';
import { priceOrder, priceRenewal, type PricedLine, type PriceRequestLine } from '@/domain/pricing';
import { DEFAULT_RULES } from '@/domain/rules';
import type { InvoiceRecord, OrderRecord, OrderType } from '../db/records';
import { orderDocuments } from '../services/order-documents';
import type { ActivityDraft, CustomerSeedContext } from './types';

/** The customer an order is for, and where its orders, invoices and activity go. */
export interface OrderBook {
  customerId: string;
  currency: CurrencyCode;
  orders: OrderRecord[];
  invoices: InvoiceRecord[];
  activity: ActivityDraft[];
}

export type SeatLine = PriceRequestLine & { subscriptionId: string };

interface OrderInput {
  orderType: OrderType;
  date: CalendarDate;
  createdBy: string;
  referenceOrderId?: string | null;
  purchaseAuthorizationId?: string | null;
  lines: (PricedLine & { subscriptionId: string })[];
}

/**
 * An order with its invoice (a credit note for a return, settled at once) and its activity
 * entry with the money effect: what services/ordering.ts `recordOrder` writes, dated `date`.
 * Whether and when the invoice was paid is decided later (billing.ts).
 */
function record(ctx: CustomerSeedContext, book: OrderBook, input: OrderInput): OrderRecord {
  const { order, invoice } = orderDocuments({
    orderNumber: ctx.numbers.next('order'),
    invoiceNumber: ctx.numbers.next('invoice'),
    customerId: book.customerId,
    currencyCode: book.currency,
    orderType: input.orderType,
    referenceOrderId: input.referenceOrderId,
    purchaseAuthorizationId: input.purchaseAuthorizationId,
    lines: input.lines,
    date: input.date,
    // Given its instant with the customer's activity (customers.ts, timeActivity).
    createdAt: `${input.date}T00:00:00.000Z`,
    createdBy: input.createdBy,
    paymentTermDays: DEFAULT_RULES.invoicePaymentTermDays,
    offerName: (offerId) => ctx.offerById.get(offerId)?.name ?? offerId,
  });
  const credit = input.orderType === 'RETURN';
  book.orders.push(order);
  book.invoices.push(invoice);
  book.activity.push({
    date: input.date,
    actorId: input.createdBy,
    // As services/orders.ts logs them: a return is `order.returned`.
    action: credit ? 'order.returned' : 'order.placed',
    subject: { type: 'order', id: order.id, label: order.number },
    changes: [
      { field: 'orderType', from: null, to: order.orderType },
      { field: 'invoice', from: null, to: invoice.number },
    ],
    moneyEffect: { amountMinor: order.totalMinor, currency: book.currency },
  });
  return order;
}

const withSubscriptions = (lines: PricedLine[], seats: readonly SeatLine[]) =>
  lines.map((line, index) => ({ ...line, subscriptionId: seats[index]?.subscriptionId ?? '' }));

/**
 * A NEW order placing a PA: prorated from the PA's start to the anniversary, every line at the
 * level the customer reaches with the order (domain/pricing `priceOrder`).
 */
export function placeNewOrder(
  ctx: CustomerSeedContext,
  book: OrderBook,
  input: {
    date: CalendarDate;
    createdBy: string;
    purchaseAuthorizationId: string;
    lines: readonly SeatLine[];
    licencesBefore: number;
    start: CalendarDate;
    anniversary: CalendarDate;
  },
): OrderRecord {
  const quote = priceOrder({
    lines: input.lines,
    offers: ctx.offerById,
    currency: book.currency,
    licencesBefore: input.licencesBefore,
    start: input.start,
    anniversary: input.anniversary,
  });
  return record(ctx, book, {
    orderType: 'NEW',
    date: input.date,
    createdBy: input.createdBy,
    purchaseAuthorizationId: input.purchaseAuthorizationId,
    lines: withSubscriptions(quote.lines, input.lines),
  });
}

/** A RENEWAL order: a whole year at the level the renewed licences reach (`priceRenewal`). */
export function placeRenewalOrder(
  ctx: CustomerSeedContext,
  book: OrderBook,
  input: { date: CalendarDate; createdBy: string; lines: readonly SeatLine[] },
): OrderRecord {
  const quote = priceRenewal({
    lines: input.lines,
    offers: ctx.offerById,
    currency: book.currency,
    licencesAfter: input.lines.reduce((sum, line) => sum + line.quantity, 0),
  });
  return record(ctx, book, {
    orderType: 'RENEWAL',
    date: input.date,
    createdBy: input.createdBy,
    lines: withSubscriptions(quote.lines, input.lines),
  });
}

/**
 * A RETURN of `quantity` seats of one line of `original` (domain/orders `returnCredit`); the
 * original line's returnedQuantity grows by as much.
 */
export function placeReturnOrder(
  ctx: CustomerSeedContext,
  book: OrderBook,
  input: { date: CalendarDate; createdBy: string; original: OrderRecord; lineIndex: number },
  quantity: number,
): OrderRecord {
  const line = input.original.lineItems[input.lineIndex];
  if (!line) throw new RangeError(`No line ${input.lineIndex} on ${input.original.id}`);
  const credit = returnCredit(line, quantity);
  line.returnedQuantity += quantity;
  return record(ctx, book, {
    orderType: 'RETURN',
    date: input.date,
    createdBy: input.createdBy,
    referenceOrderId: input.original.id,
    lines: [
      {
        offerId: line.offerId,
        subscriptionId: line.subscriptionId,
        quantity,
        volumeLevel: line.volumeLevel,
        unitPriceMinor: line.unitPriceMinor,
        prorationUnits: line.prorationUnits,
        amountMinor: credit,
      },
    ],
  });
}
