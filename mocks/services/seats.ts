import type {
  AddSeatsRequest,
  SubscriptionOrderResult,
  SubscriptionQuote,
} from '@/api/subscriptions/schemas';
import { deriveCustomerStatus } from '@/domain/customer-status';
import { priceOrder } from '@/domain/pricing';
import { canAddSeats } from '@/domain/seats';
import { isSubscriptionLive, licencesHeld } from '@/domain/subscription-term';
import type { SubscriptionRecord } from '../db/records';
import { recordActivity } from './activity';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { enforce } from './errors';
import { recordOrder } from './ordering';
import {
  renewableOf,
  save,
  subjectOf,
  subscriptionInScope,
  toSubscriptionOrder,
  type LoadedSubscription,
} from './subscriptions';

/** Prices seats added today, co-termed with the subscription, and says whether it may be done. */
async function seatsQuote(ctx: ServiceContext, loaded: LoadedSubscription, quantity: number) {
  const { customer, record, offer } = loaded;
  const [subscriptions, offers] = await Promise.all([
    ctx.tx.subscriptions.byCustomer(customer.id),
    ctx.tx.offers.all(),
  ]);
  const offerMap = new Map(offers.map((o) => [o.id, o]));
  const live = subscriptions.filter(
    (s) => s.currentQuantity > 0 && isSubscriptionLive(s, ctx.today, ctx.rules),
  );
  // Decided: "subscriptions with add-ons" is a customer holding a live add-on subscription.
  const customerHasAddOns = live.some((s) => offerMap.get(s.offerId)?.addOn === true);
  const decision = canAddSeats({
    customer,
    customerStatus: deriveCustomerStatus(customer, ctx.today, ctx.rules).status,
    customerHasAddOns,
    role: ctx.actor.role,
    subscription: renewableOf(record, offer),
    quantity,
    today: ctx.today,
    rules: ctx.rules,
  });
  const quote = priceOrder({
    lines: [{ offerId: offer.id, quantity }],
    offers: offerMap,
    currency: customer.currencyCode,
    licencesBefore: licencesHeld(live, ctx.today, ctx.rules),
    start: ctx.today,
    anniversary: record.renewalDate,
    rules: ctx.rules,
  });
  return { decision, quote };
}

/** POST …/seat-quotes: the prorated price of adding seats now; changes nothing. */
export async function quoteSeats(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
  input: AddSeatsRequest,
): Promise<SubscriptionQuote> {
  requirePermission(ctx, 'renewals.view');
  const loaded = await subscriptionInScope(ctx, customerId, subscriptionId);
  const { decision, quote } = await seatsQuote(ctx, loaded, input.quantity);
  return {
    subscriptionId: loaded.record.id,
    quantity: input.quantity,
    volumeLevel: quote.volumeLevel,
    prorationMode: quote.prorationMode,
    prorationUnits: quote.prorationUnits,
    startDate: ctx.today,
    endDate: loaded.record.renewalDate,
    lines: quote.lines,
    total: quote.total,
    decision,
  };
}

/**
 * POST …/seats (SPEC §5.7): a NEW order (no PA) for seats added now, prorated to the
 * subscription's anniversary; the next term keeps them (auto-renew quantity grows too).
 */
export async function addSeats(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
  input: AddSeatsRequest,
): Promise<SubscriptionOrderResult> {
  requirePermission(ctx, 'renewals.change');
  const loaded = await subscriptionInScope(ctx, customerId, subscriptionId);
  const { customer, record } = loaded;
  requireVersion(ctx, record);
  const { decision, quote } = await seatsQuote(ctx, loaded, input.quantity);
  enforce(decision);
  const order = await recordOrder(ctx, {
    customer,
    orderType: 'NEW',
    lines: quote.lines.map((line) => ({ ...line, subscriptionId: record.id })),
  });
  const next: SubscriptionRecord = {
    ...record,
    currentQuantity: record.currentQuantity + input.quantity,
    autoRenewal: {
      ...record.autoRenewal,
      renewalQuantity: record.autoRenewal.renewalQuantity + input.quantity,
    },
    version: record.version + 1,
  };
  await recordActivity(ctx, {
    customerId,
    action: 'subscription.seatsAdded',
    subject: subjectOf(loaded),
    changes: [
      { field: 'currentQuantity', from: record.currentQuantity, to: next.currentQuantity },
      {
        field: 'autoRenewal.renewalQuantity',
        from: record.autoRenewal.renewalQuantity,
        to: next.autoRenewal.renewalQuantity,
      },
    ],
  });
  return { order: toSubscriptionOrder(order), subscription: await save(ctx, next) };
}
