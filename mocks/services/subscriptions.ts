import type {
  AutoRenewalRequest,
  ScheduledChangeRequest,
  Subscription,
  SubscriptionOrderResult,
} from '@/api/subscriptions/schemas';
import { canChangeAutoRenewal, daysLeftOf, type RenewableSubscription } from '@/domain/renewals';
import { renewalStage } from '@/domain/renewal-stage';
import {
  canScheduleCancellation,
  canScheduleReduction,
  canUndoScheduledChange,
} from '@/domain/seats';
import { subscriptionState } from '@/domain/subscription-term';
import type {
  CustomerRecord,
  OfferRecord,
  OrderRecord,
  PurchaseAuthorizationRecord,
  SubscriptionRecord,
} from '../db/records';
import { recordActivity } from './activity';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { refreshCustomerFacts } from './customer-facts';
import { withdrawUpcomingInvoice } from './upcoming-invoices';
import { customerInScope } from './customers';
import { enforce, notFound } from './errors';

/** What the rules need of a stored subscription and its offer. */
export function renewableOf(record: SubscriptionRecord, offer: OfferRecord): RenewableSubscription {
  return {
    renewalDate: record.renewalDate,
    currentQuantity: record.currentQuantity,
    usedQuantity: record.usedQuantity,
    scheduledChange: record.scheduledChange,
    autoRenewal: record.autoRenewal,
    licenseType: offer.licenseType,
  };
}

/** Seats of the customer's pending PAs for an offer (already counted in currentQuantity). */
function pendingSeats(authorizations: PurchaseAuthorizationRecord[], offerId: string): number {
  return authorizations
    .filter((pa) => pa.status === 'PENDING')
    .flatMap((pa) => pa.lineItems)
    .filter((line) => line.offerId === offerId)
    .reduce((sum, line) => sum + line.quantity, 0);
}

export function toSubscription(
  ctx: ServiceContext,
  record: SubscriptionRecord,
  offer: OfferRecord | undefined,
  authorizations: PurchaseAuthorizationRecord[],
): Subscription {
  const state = subscriptionState(record, ctx.today, ctx.rules);
  return {
    id: record.id,
    customerId: record.customerId,
    offerId: record.offerId,
    offerName: offer?.name ?? record.offerId,
    sku: offer?.sku ?? '',
    licenseType: offer?.licenseType ?? 'TEAM',
    addOn: offer?.addOn ?? false,
    currentQuantity: record.currentQuantity,
    usedQuantity: record.usedQuantity,
    pendingAuthorizationQuantity: pendingSeats(authorizations, record.offerId),
    creationDate: record.creationDate,
    renewalDate: record.renewalDate,
    autoRenewal: record.autoRenewal,
    status: state === 'ACTIVE' ? 'ACTIVE' : 'INACTIVE',
    state,
    renewalStage: renewalStage(record.renewalDate, ctx.today, ctx.rules),
    daysLeft: daysLeftOf(record, ctx.today),
    scheduledChange: record.scheduledChange,
    version: record.version,
  };
}

/** The wire shape of one subscription, read fresh (its offer and the customer's PAs). */
export async function subscriptionView(
  ctx: ServiceContext,
  record: SubscriptionRecord,
): Promise<Subscription> {
  const [offer, authorizations] = await Promise.all([
    ctx.tx.offers.get(record.offerId),
    ctx.tx.purchaseAuthorizations.byCustomer(record.customerId),
  ]);
  return toSubscription(ctx, record, offer, authorizations);
}

export interface LoadedSubscription {
  customer: CustomerRecord;
  record: SubscriptionRecord;
  offer: OfferRecord;
}

/** A subscription of a customer in the caller's scope, or 404 (never another customer's). */
export async function subscriptionInScope(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
): Promise<LoadedSubscription> {
  const customer = await customerInScope(ctx, customerId);
  const record = await ctx.tx.subscriptions.get(subscriptionId);
  if (!record || record.customerId !== customer.id) throw notFound('Subscription');
  const offer = await ctx.tx.offers.get(record.offerId);
  if (!offer) throw notFound('Offer');
  return { customer, record, offer };
}

export async function listCustomerSubscriptions(ctx: ServiceContext, customerId: string) {
  requirePermission(ctx, 'customers.view');
  await customerInScope(ctx, customerId);
  const [records, offers, authorizations] = await Promise.all([
    ctx.tx.subscriptions.byCustomer(customerId),
    ctx.tx.offers.all(),
    ctx.tx.purchaseAuthorizations.byCustomer(customerId),
  ]);
  const offerMap = new Map(offers.map((o) => [o.id, o]));
  const items = records.map((r) => toSubscription(ctx, r, offerMap.get(r.offerId), authorizations));
  items.sort((a, b) => a.offerName.localeCompare(b.offerName, 'en'));
  return { items };
}

export async function getSubscription(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
): Promise<Subscription> {
  requirePermission(ctx, 'renewals.view');
  const { record } = await subscriptionInScope(ctx, customerId, subscriptionId);
  return subscriptionView(ctx, record);
}

export const subjectOf = (loaded: LoadedSubscription) => ({
  type: 'subscription',
  id: loaded.record.id,
  label: `${loaded.offer.name} (${loaded.customer.companyName})`,
});

/** Writes the next version of a subscription and refreshes its customer's facts. */
export async function save(ctx: ServiceContext, next: SubscriptionRecord): Promise<Subscription> {
  // The renewal it projected changed: its upcoming invoice no longer holds.
  await withdrawUpcomingInvoice(ctx, next);
  await ctx.tx.subscriptions.put(next);
  await refreshCustomerFacts(ctx, next.customerId);
  return subscriptionView(ctx, next);
}

/** PATCH …/auto-renewal (SPEC §4 "auto-renew changes"). */
export async function changeAutoRenewal(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
  input: AutoRenewalRequest,
): Promise<Subscription> {
  requirePermission(ctx, 'renewals.change');
  const loaded = await subscriptionInScope(ctx, customerId, subscriptionId);
  const { record, offer } = loaded;
  requireVersion(ctx, record);
  const quantity = input.renewalQuantity ?? null;
  enforce(canChangeAutoRenewal(renewableOf(record, offer), quantity, ctx.today, ctx.rules));
  const autoRenewal = {
    enabled: input.enabled,
    renewalQuantity: quantity ?? record.autoRenewal.renewalQuantity,
  };
  await recordActivity(ctx, {
    customerId,
    action: 'subscription.autoRenewalChanged',
    subject: subjectOf(loaded),
    changes: [
      { field: 'autoRenewal.enabled', from: record.autoRenewal.enabled, to: autoRenewal.enabled },
      {
        field: 'autoRenewal.renewalQuantity',
        from: record.autoRenewal.renewalQuantity,
        to: autoRenewal.renewalQuantity,
      },
    ].filter((change) => change.from !== change.to),
  });
  return save(ctx, { ...record, autoRenewal, version: record.version + 1 });
}

/**
 * PUT …/scheduled-change: a seat reduction for the next term or a cancellation at term end,
 * effective on the anniversary. Replaces any change scheduled before (PUT semantics).
 */
export async function scheduleChange(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
  input: ScheduledChangeRequest,
): Promise<Subscription> {
  requirePermission(ctx, 'renewals.change');
  const loaded = await subscriptionInScope(ctx, customerId, subscriptionId);
  const { record, offer } = loaded;
  requireVersion(ctx, record);
  const effectiveDate = record.renewalDate;
  const scheduledChange: SubscriptionRecord['scheduledChange'] =
    input.type === 'REDUCTION'
      ? { type: 'REDUCTION', renewalQuantity: input.renewalQuantity, effectiveDate }
      : { type: 'CANCELLATION', effectiveDate };
  enforce(
    input.type === 'REDUCTION'
      ? canScheduleReduction(
          renewableOf(record, offer),
          input.renewalQuantity,
          ctx.today,
          ctx.rules,
        )
      : canScheduleCancellation(record, ctx.today),
  );
  await recordActivity(ctx, {
    customerId,
    action:
      input.type === 'REDUCTION'
        ? 'subscription.reductionScheduled'
        : 'subscription.cancellationScheduled',
    subject: subjectOf(loaded),
    changes: [{ field: 'scheduledChange', from: record.scheduledChange, to: scheduledChange }],
  });
  return save(ctx, { ...record, scheduledChange, version: record.version + 1 });
}

/** DELETE …/scheduled-change: undo a reduction or cancellation before it takes effect. */
export async function undoScheduledChange(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
): Promise<Subscription> {
  requirePermission(ctx, 'renewals.change');
  const loaded = await subscriptionInScope(ctx, customerId, subscriptionId);
  const { record } = loaded;
  requireVersion(ctx, record);
  enforce(canUndoScheduledChange(record, ctx.today));
  await recordActivity(ctx, {
    customerId,
    action: 'subscription.scheduledChangeUndone',
    subject: subjectOf(loaded),
    changes: [{ field: 'scheduledChange', from: record.scheduledChange, to: null }],
  });
  return save(ctx, { ...record, scheduledChange: null, version: record.version + 1 });
}

export function toSubscriptionOrder(order: OrderRecord): SubscriptionOrderResult['order'] {
  return {
    id: order.id,
    number: order.number,
    orderType: order.orderType,
    creationDate: order.creationDate,
    currencyCode: order.currencyCode,
    lineItems: order.lineItems.map((line) => ({
      offerId: line.offerId,
      subscriptionId: line.subscriptionId,
      quantity: line.quantity,
      volumeLevel: line.volumeLevel,
      unitPriceMinor: line.unitPriceMinor,
      prorationUnits: line.prorationUnits,
      amountMinor: line.amountMinor,
    })),
    total: { amountMinor: order.totalMinor, currency: order.currencyCode },
  };
}
