import type { RenewalItem, RenewalListQuery, RenewalPage } from '@/api/renewals/schemas';
import { OVERVIEW_STAGES, type OverviewStage } from '@/api/renewals/schemas';
import type {
  RenewRequest,
  SubscriptionOrderResult,
  SubscriptionQuote,
} from '@/api/subscriptions/schemas';
import { memberName } from '@/api/team/schemas';
import { addDays, addYears } from '@/domain/calendar-date';
import { isCustomerInScope, seesAllCustomers } from '@/domain/permissions';
import { priceRenewal, type PriceQuote } from '@/domain/pricing';
import { renewalStage } from '@/domain/renewal-stage';
import {
  canRenew,
  daysLeftOf,
  licencesAfterRenewal,
  suggestedRenewalQuantity,
} from '@/domain/renewals';
import { subscriptionState } from '@/domain/subscription-term';
import type { CustomerRecord, OrderRecord, SubscriptionRecord } from '../db/records';
import { recordActivity } from './activity';
import { withdrawUpcomingInvoice } from './upcoming-invoices';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { refreshCustomerFacts } from './customer-facts';
import { enforce } from './errors';
import { recordOrder } from './ordering';
import {
  liveLicences,
  renewableOf,
  subscriptionInScope,
  subscriptionView,
  toSubscriptionOrder,
  type LoadedSubscription,
} from './subscriptions';

/** A full year at the level the customer's licences reach after this renewal (SPEC §5.6). */
async function priceOfRenewal(
  ctx: ServiceContext,
  { customer, record, offer }: LoadedSubscription,
  quantity: number,
): Promise<PriceQuote> {
  const subscriptions = await ctx.tx.subscriptions.byCustomer(customer.id);
  const live = liveLicences(subscriptions, ctx.today, ctx.rules);
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

const OVERVIEW = new Set<string>(OVERVIEW_STAGES);
const isOverviewStage = (stage: string): stage is OverviewStage => OVERVIEW.has(stage);

/**
 * The customers the overview may show (scope and manager filters applied) and the
 * subscriptions to look at. One customer: its own rows. Otherwise the customers come from the
 * store's customer query (answered from its in-memory index, no table scan) and the
 * subscriptions from one scan of their table.
 */
async function candidates(
  ctx: ServiceContext,
  query: RenewalListQuery,
): Promise<{ customers: CustomerRecord[]; subscriptions: SubscriptionRecord[] }> {
  const me = ctx.actor.id;
  const fits = (c: CustomerRecord) =>
    isCustomerInScope(ctx.actor, c) &&
    (!query.managedByMe || c.accountManagerId === me || c.salesRepId === me) &&
    (query.accountManagerId === undefined || c.accountManagerId === query.accountManagerId);
  if (query.customerId !== undefined) {
    const customer = await ctx.tx.customers.get(query.customerId);
    if (!customer || !fits(customer)) return { customers: [], subscriptions: [] };
    return {
      customers: [customer],
      subscriptions: await ctx.tx.subscriptions.byCustomer(customer.id),
    };
  }
  const scoped = !seesAllCustomers(ctx.actor.role) || query.managedByMe === true;
  const [page, subscriptions] = await Promise.all([
    ctx.tx.customers.page({
      today: ctx.today,
      rules: ctx.rules,
      assignedTo: scoped ? me : null,
      accountManagerId: query.accountManagerId,
      sort: 'companyName',
      limit: Number.MAX_SAFE_INTEGER,
      offset: 0,
    }),
    ctx.tx.subscriptions.all(),
  ]);
  return { customers: page.rows.filter(fits), subscriptions };
}

/**
 * GET /renewals (SPEC §5.6): every live subscription from −90 days to the end of grace across
 * the customers the caller may see. One pass over the subscriptions; prices are computed only
 * for the page returned.
 */
export async function listRenewals(
  ctx: ServiceContext,
  query: RenewalListQuery,
): Promise<RenewalPage> {
  requirePermission(ctx, 'renewals.view');
  const [{ customers, subscriptions }, offers, members] = await Promise.all([
    candidates(ctx, query),
    ctx.tx.offers.all(),
    ctx.tx.members.all(),
  ]);
  const visible = new Map(customers.map((c) => [c.id, c]));
  const offerMap = new Map(offers.map((o) => [o.id, o]));
  const stages = query.stage && query.stage.length > 0 ? new Set(query.stage) : null;
  // Dates outside [today − grace, today + overview] are never shown: a string comparison skips
  // them before the rules look at the rest (ISO dates sort as dates).
  const earliest = addDays(ctx.today, -ctx.rules.renewalGraceDays);
  const latest = addDays(ctx.today, ctx.rules.renewalOverviewFromDays);
  const rows: { record: SubscriptionRecord; stage: OverviewStage; daysLeft: number }[] = [];
  for (const record of subscriptions) {
    if (record.renewalDate < earliest || record.renewalDate > latest) continue;
    if (!visible.has(record.customerId) || record.currentQuantity < 1) continue;
    if (query.offerId !== undefined && record.offerId !== query.offerId) continue;
    if (subscriptionState(record, ctx.today, ctx.rules) !== 'ACTIVE') continue;
    const stage = renewalStage(record.renewalDate, ctx.today, ctx.rules);
    if (!isOverviewStage(stage)) continue;
    const daysLeft = daysLeftOf(record, ctx.today);
    if (stages && !stages.has(stage)) continue;
    if (query.inGrace !== undefined && (stage === 'GRACE') !== query.inGrace) continue;
    if (query.window !== undefined && (daysLeft < 0 || daysLeft > query.window)) continue;
    rows.push({ record, stage, daysLeft });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const nameOf = (row: (typeof rows)[number]) =>
    visible.get(row.record.customerId)?.companyName ?? '';
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    collator.compare(nameOf(a), nameOf(b)) || a.record.id.localeCompare(b.record.id);
  rows.sort((a, b) => {
    if (query.sort === 'customerName') return byName(a, b) || a.daysLeft - b.daysLeft;
    const days = query.sort === '-daysLeft' ? b.daysLeft - a.daysLeft : a.daysLeft - b.daysLeft;
    return days || byName(a, b);
  });
  const page = rows.slice(query.offset, query.offset + query.limit);
  // Live licences only of the customers on this page: what their renewals are priced at.
  const onPage = new Set(page.map((row) => row.record.customerId));
  const live = new Map<string, number>();
  for (const record of subscriptions) {
    if (!onPage.has(record.customerId)) continue;
    live.set(
      record.customerId,
      (live.get(record.customerId) ?? 0) + liveLicences([record], ctx.today, ctx.rules),
    );
  }
  const items = page.map(({ record, stage, daysLeft }): RenewalItem => {
    const customer = visible.get(record.customerId);
    const offer = offerMap.get(record.offerId);
    if (!customer || !offer) throw new Error(`Broken subscription ${record.id}`);
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
  return { items, totalCount: rows.length, limit: query.limit, offset: query.offset };
}
