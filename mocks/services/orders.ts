import type { CreateReturnRequest, Order, OrderListQuery, OrderPage } from '@/api/orders/schemas';
import { anniversaryForNewSeats, canPlaceOrder, paStartDate } from '@/domain/authorizations';
import { compareNewestFirst } from '@/domain/history-order';
import { canReturn, canReturnLine, returnCredit, returnWindowEnds } from '@/domain/orders';
import { priceOrder } from '@/domain/pricing';
import type { OrderLineRecord, OrderRecord, SubscriptionRecord } from '../db/records';
import { recordActivity } from './activity';
import { addSeats, lookups, removeSeatsFrom, type Lookups } from './authorization-seats';
import { loadPurchaseAuthorization } from './authorizations';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { refreshCustomerFacts } from './customer-facts';
import { customerInScope } from './customers';
import { enforce, notFound, validationError } from './errors';
import { recordOrder } from './ordering';
import { licencesHeld } from '@/domain/subscription-term';

export function toOrder(
  ctx: ServiceContext,
  record: OrderRecord,
  { offerName, memberRef }: Lookups,
): Order {
  const currency = record.currencyCode;
  return {
    id: record.id,
    number: record.number,
    customerId: record.customerId,
    orderType: record.orderType,
    referenceOrderId: record.referenceOrderId,
    purchaseAuthorizationId: record.purchaseAuthorizationId,
    currencyCode: currency,
    lineItems: record.lineItems.map((line) => ({
      lineNumber: line.lineNumber,
      offerId: line.offerId,
      offerName: offerName(line.offerId),
      subscriptionId: line.subscriptionId,
      quantity: line.quantity,
      returnedQuantity: line.returnedQuantity,
      volumeLevel: line.volumeLevel,
      unitPrice: { amountMinor: line.unitPriceMinor, currency },
      prorationUnits: line.prorationUnits,
      amount: { amountMinor: line.amountMinor, currency },
    })),
    total: { amountMinor: record.totalMinor, currency },
    creationDate: record.creationDate,
    createdAt: record.createdAt,
    createdBy: memberRef(record.createdBy),
    status: record.status,
    returnWindowEnds: record.orderType === 'RETURN' ? null : returnWindowEnds(record, ctx.rules),
    version: record.version,
  };
}

/** Newest first, optionally of one type (SPEC §5.5). */
export async function listOrders(
  ctx: ServiceContext,
  customerId: string,
  query: OrderListQuery,
): Promise<OrderPage> {
  requirePermission(ctx, 'customers.view');
  await customerInScope(ctx, customerId);
  const [records, names] = await Promise.all([ctx.tx.orders.byCustomer(customerId), lookups(ctx)]);
  const rows = records
    .filter((order) => query.orderType === undefined || order.orderType === query.orderType)
    .sort(compareNewestFirst);
  return {
    items: rows.slice(query.offset, query.offset + query.limit).map((o) => toOrder(ctx, o, names)),
    totalCount: rows.length,
    limit: query.limit,
    offset: query.offset,
  };
}

async function loadOrder(ctx: ServiceContext, customerId: string, orderId: string) {
  const customer = await customerInScope(ctx, customerId);
  const order = await ctx.tx.orders.get(orderId);
  if (!order || order.customerId !== customer.id) throw notFound('Order');
  return { customer, order };
}

export async function getOrder(ctx: ServiceContext, customerId: string, orderId: string) {
  requirePermission(ctx, 'customers.view');
  const { order } = await loadOrder(ctx, customerId, orderId);
  return toOrder(ctx, order, await lookups(ctx));
}

/**
 * The NEW order of a pending PA (SPEC §3): priced from the PA's start to the anniversary at
 * the level the customer's licences reach; the PA becomes ORDERED. A DELAYED or SUSPENDED
 * customer may order: that is how it recovers.
 */
export async function placeOrder(ctx: ServiceContext, customerId: string, paId: string) {
  requirePermission(ctx, 'orders.place');
  const { customer, pa } = await loadPurchaseAuthorization(ctx, customerId, paId);
  requireVersion(ctx, pa);
  enforce(canPlaceOrder(pa));
  const offers = new Map((await ctx.tx.offers.all()).map((offer) => [offer.id, offer]));
  const start = paStartDate(pa);
  // The customer's anniversary (set by its first PA); see anniversaryForNewSeats for the rest.
  const anniversary = anniversaryForNewSeats(customer.cotermDate, start, ctx.rules);
  let subscriptions = await ctx.tx.subscriptions.byCustomer(customerId);
  // Seats of a pending PA are in its subscriptions already; one missing is put back.
  for (const line of pa.lineItems) {
    if (!subscriptions.some((s) => s.offerId === line.offerId)) {
      await addSeats(ctx, customerId, line.offerId, line.quantity, anniversary);
      subscriptions = await ctx.tx.subscriptions.byCustomer(customerId);
    }
  }
  const paSeats = pa.lineItems.reduce((sum, line) => sum + line.quantity, 0);
  const quote = priceOrder({
    lines: pa.lineItems,
    offers,
    currency: customer.currencyCode,
    licencesBefore: Math.max(0, licencesHeld(subscriptions, ctx.today, ctx.rules) - paSeats),
    start,
    anniversary,
    rules: ctx.rules,
  });
  const subscriptionOf = (offerId: string) => {
    const subscription = subscriptions.find((s) => s.offerId === offerId);
    if (!subscription) throw notFound('Subscription');
    return subscription.id;
  };
  const order = await recordOrder(ctx, {
    customer,
    orderType: 'NEW',
    purchaseAuthorizationId: pa.id,
    lines: quote.lines.map((line) => ({ ...line, subscriptionId: subscriptionOf(line.offerId) })),
  });
  await ctx.tx.purchaseAuthorizations.put({
    ...pa,
    status: 'ORDERED',
    orderId: order.id,
    version: pa.version + 1,
  });
  await recordActivity(ctx, {
    customerId,
    action: 'authorization.ordered',
    subject: { type: 'purchaseAuthorization', id: pa.id, label: pa.number },
    changes: [
      { field: 'status', from: pa.status, to: 'ORDERED' },
      { field: 'orderId', from: pa.orderId ?? null, to: order.id },
    ],
  });
  await refreshCustomerFacts(ctx, customerId);
  return toOrder(ctx, order, await lookups(ctx));
}

/**
 * SPEC §4 "return an order": within the window, partial quantities, never below the seats
 * users hold. Writes a RETURN order with its credit note; the original order counts the seats
 * returned and the subscriptions lose them.
 */
export async function returnOrder(
  ctx: ServiceContext,
  customerId: string,
  orderId: string,
  input: CreateReturnRequest,
) {
  requirePermission(ctx, 'orders.place');
  const { customer, order } = await loadOrder(ctx, customerId, orderId);
  requireVersion(ctx, order);
  enforce(canReturn(order, ctx.today, ctx.rules));
  const subscriptions = new Map<string, SubscriptionRecord>();
  const returned: { line: OrderLineRecord; quantity: number; subscription: SubscriptionRecord }[] =
    [];
  for (const [index, { lineNumber, quantity }] of input.lineItems.entries()) {
    const line = order.lineItems.find((l) => l.lineNumber === lineNumber);
    if (!line) {
      throw validationError([
        { path: `lineItems.${index}.lineNumber`, code: 'unknown_line', message: 'No such line' },
      ]);
    }
    const subscription =
      subscriptions.get(line.subscriptionId) ??
      (await ctx.tx.subscriptions.get(line.subscriptionId));
    if (!subscription) throw notFound('Subscription');
    enforce(canReturnLine(line, quantity, subscription), { lineIndex: index, lineNumber });
    subscriptions.set(subscription.id, {
      ...subscription,
      currentQuantity: subscription.currentQuantity - quantity,
    });
    returned.push({ line, quantity, subscription });
  }
  const credit = await recordOrder(ctx, {
    customer,
    orderType: 'RETURN',
    referenceOrderId: order.id,
    activityAction: 'order.returned',
    lines: returned.map(({ line, quantity }) => ({
      offerId: line.offerId,
      subscriptionId: line.subscriptionId,
      quantity,
      volumeLevel: line.volumeLevel,
      unitPriceMinor: line.unitPriceMinor,
      prorationUnits: line.prorationUnits,
      amountMinor: returnCredit(line, quantity),
    })),
  });
  const back = new Map(returned.map(({ line, quantity }) => [line.lineNumber, quantity]));
  await ctx.tx.orders.put({
    ...order,
    lineItems: order.lineItems.map((line) => ({
      ...line,
      returnedQuantity: line.returnedQuantity + (back.get(line.lineNumber) ?? 0),
    })),
    version: order.version + 1,
  });
  const changes = [];
  for (const { line, quantity } of returned) {
    changes.push({
      field: `lineItems.${line.lineNumber}.returnedQuantity`,
      from: line.returnedQuantity,
      to: line.returnedQuantity + quantity,
    });
    const current = await ctx.tx.subscriptions.get(line.subscriptionId);
    if (current) changes.push(await removeSeatsFrom(ctx, current, quantity));
  }
  await recordActivity(ctx, {
    customerId,
    action: 'order.seatsReturned',
    subject: { type: 'order', id: order.id, label: order.number },
    changes: [...changes, { field: 'returnOrderId', from: null, to: credit.id }],
  });
  await refreshCustomerFacts(ctx, customerId);
  return toOrder(ctx, credit, await lookups(ctx));
}
