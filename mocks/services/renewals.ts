import type { RenewalItem, RenewalListQuery, RenewalPage } from '@/api/renewals/schemas';
import type {
  RenewRequest,
  SubscriptionOrderResult,
  SubscriptionQuote,
} from '@/api/subscriptions/schemas';
import { memberName } from '@/api/team/schemas';
import { addYears } from '@/domain/calendar-date';
import { seesAllCustomers } from '@/domain/permissions';
import { priceRenewal, type PriceQuote } from '@/domain/pricing';
import { canRenew, licencesAfterRenewal, suggestedRenewalQuantity } from '@/domain/renewals';
import type { OrderRecord, SubscriptionRecord } from '../db/records';
import { recordActivity } from './activity';
import { withdrawUpcomingInvoice } from './upcoming-invoices';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { refreshCustomerFacts } from './customer-facts';
import { enforce } from './errors';
import { recordOrder } from './ordering';
import {
  renewableOf,
  subscriptionInScope,
  subscriptionView,
  toSubscriptionOrder,
  type LoadedSubscription,
} from './subscriptions';
import { licencesHeld } from '@/domain/subscription-term';

/** A full year at the level the customer's licences reach after this renewal (SPEC §5.6). */
async function priceOfRenewal(
  ctx: ServiceContext,
  { customer, record, offer }: LoadedSubscription,
  quantity: number,
): Promise<PriceQuote> {
  const subscriptions = await ctx.tx.subscriptions.byCustomer(customer.id);
  const live = licencesHeld(subscriptions, ctx.today, ctx.rules);
  return priceRenewal({
    lines: [{ offerId: offer.id, quantity }],
    offers: new Map([[offer.id, offer]]),
    currency: customer.currencyCode,
    licencesAfter: licencesAfterRenewal(live, record, quantity),
    rules: ctx.rules,
  });
}

/**
 * Renews one subscription on `ctx.today`: a RENEWAL order for a full year, the anniversary a
 * year on, the new quantity now and for auto-renew, any scheduled change gone. Used by the
 * endpoint and by the scheduled auto-renewal (which passes its own actor and date); the
 * caller refreshes the customer's facts.
 */
export async function applyRenewal(
  ctx: ServiceContext,
  loaded: LoadedSubscription,
  quantity: number,
  action = 'subscription.renewed',
): Promise<{ order: OrderRecord; record: SubscriptionRecord }> {
  const { customer, record, offer } = loaded;
  enforce(canRenew(renewableOf(record, offer), quantity, ctx.today, ctx.rules));
  const quote = await priceOfRenewal(ctx, loaded, quantity);
  const order = await recordOrder(ctx, {
    customer,
    orderType: 'RENEWAL',
    lines: quote.lines.map((line) => ({ ...line, subscriptionId: record.id })),
  });
  const next: SubscriptionRecord = {
    ...record,
    renewalDate: addYears(record.renewalDate, 1),
    currentQuantity: quantity,
    scheduledChange: null,
    autoRenewal: { ...record.autoRenewal, renewalQuantity: quantity },
    status: 'ACTIVE',
    version: record.version + 1,
  };
  await withdrawUpcomingInvoice(ctx, record);
  await ctx.tx.subscriptions.put(next);
  await recordActivity(ctx, {
    customerId: customer.id,
    action,
    subject: {
      type: 'subscription',
      id: record.id,
      label: `${offer.name} (${customer.companyName})`,
    },
    changes: [
      { field: 'renewalDate', from: record.renewalDate, to: next.renewalDate },
      { field: 'currentQuantity', from: record.currentQuantity, to: next.currentQuantity },
      ...(record.scheduledChange
        ? [{ field: 'scheduledChange', from: record.scheduledChange, to: null }]
        : []),
    ],
  });
  return { order, record: next };
}

/** POST …/renewal (SPEC §5.6 "Renew"). */
export async function renewSubscription(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
  input: RenewRequest,
): Promise<SubscriptionOrderResult> {
  requirePermission(ctx, 'renewals.change');
  const loaded = await subscriptionInScope(ctx, customerId, subscriptionId);
  requireVersion(ctx, loaded.record);
  const { order, record } = await applyRenewal(ctx, loaded, input.quantity);
  await refreshCustomerFacts(ctx, customerId);
  return { order: toSubscriptionOrder(order), subscription: await subscriptionView(ctx, record) };
}

/** POST …/renewal-quotes: the renewal's price at a quantity and whether it would pass now. */
export async function quoteRenewal(
  ctx: ServiceContext,
  customerId: string,
  subscriptionId: string,
  input: RenewRequest,
): Promise<SubscriptionQuote> {
  requirePermission(ctx, 'renewals.view');
  const loaded = await subscriptionInScope(ctx, customerId, subscriptionId);
  const quote = await priceOfRenewal(ctx, loaded, input.quantity);
  const { record, offer } = loaded;
  return {
    subscriptionId: record.id,
    quantity: input.quantity,
    volumeLevel: quote.volumeLevel,
    prorationMode: quote.prorationMode,
    prorationUnits: quote.prorationUnits,
    startDate: record.renewalDate,
    endDate: addYears(record.renewalDate, 1),
    lines: quote.lines,
    total: quote.total,
    decision: canRenew(renewableOf(record, offer), input.quantity, ctx.today, ctx.rules),
  };
}

/**
 * GET /renewals (SPEC §5.6): every live subscription from −90 days to the end of grace across
 * the customers the caller may see. The store filters, sorts, counts and pages
 * (`RenewalPageQuery`, answered from an index without a scan); the view (manager, suggested
 * quantity, estimated price) is built only for the page returned.
 */
export async function listRenewals(
  ctx: ServiceContext,
  query: RenewalListQuery,
): Promise<RenewalPage> {
  requirePermission(ctx, 'renewals.view');
  // Members who do not see every customer see theirs; "managed by me" narrows anyone to theirs.
  const scoped = !seesAllCustomers(ctx.actor.role) || query.managedByMe === true;
  const [{ rows, totalCount }, offers, members] = await Promise.all([
    ctx.tx.subscriptions.renewalPage({
      today: ctx.today,
      rules: ctx.rules,
      assignedTo: scoped ? ctx.actor.id : null,
      customerId: query.customerId,
      accountManagerId: query.accountManagerId,
      offerId: query.offerId,
      stages: query.stage,
      inGrace: query.inGrace,
      window: query.window,
      sort: query.sort,
      limit: query.limit,
      offset: query.offset,
    }),
    ctx.tx.offers.all(),
    ctx.tx.members.all(),
  ]);
  const offerMap = new Map(offers.map((o) => [o.id, o]));
  // Live licences only of the customers on this page: what their renewals are priced at.
  const onPage = [...new Set(rows.map((row) => row.customer.id))];
  const live = new Map<string, number>();
  for (const record of await ctx.tx.subscriptions.byCustomers(onPage)) {
    live.set(
      record.customerId,
      (live.get(record.customerId) ?? 0) + licencesHeld([record], ctx.today, ctx.rules),
    );
  }
  const items = rows.map(({ subscription: record, customer, stage, daysLeft }): RenewalItem => {
    const offer = offerMap.get(record.offerId);
    if (!offer) throw new Error(`Broken subscription ${record.id}`);
    const suggested = suggestedRenewalQuantity(record);
    const quote = priceRenewal({
      lines: [{ offerId: offer.id, quantity: suggested }],
      offers: offerMap,
      currency: customer.currencyCode,
      licencesAfter: licencesAfterRenewal(live.get(customer.id) ?? 0, record, suggested),
      rules: ctx.rules,
    });
    const manager = members.find((m) => m.id === customer.accountManagerId);
    return {
      subscriptionId: record.id,
      customerId: customer.id,
      companyName: customer.companyName,
      vipId: customer.vipId,
      offerId: offer.id,
      offerName: offer.name,
      currentQuantity: record.currentQuantity,
      usedQuantity: record.usedQuantity,
      renewalDate: record.renewalDate,
      daysLeft,
      stage,
      suggestedQuantity: suggested,
      suggestedVolumeLevel: quote.volumeLevel,
      estimatedPrice: quote.total,
      autoRenewal: record.autoRenewal,
      scheduledChange: record.scheduledChange,
      accountManager: {
        id: customer.accountManagerId,
        name: manager ? memberName(manager) : customer.accountManagerId,
      },
      currencyCode: customer.currencyCode,
      subscriptionVersion: record.version,
    };
  });
  return { items, totalCount, limit: query.limit, offset: query.offset };
}
