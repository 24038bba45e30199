import type {
  CreatePurchaseAuthorizationRequest,
  EditPurchaseAuthorizationRequest,
  PurchaseAuthorization,
  PurchaseAuthorizationListQuery,
  PurchaseAuthorizationPage,
} from '@/api/authorizations/schemas';
import {
  anniversaryForNewSeats,
  canCreatePurchaseAuthorization,
  canEditPurchaseAuthorization,
  canWithdraw,
  deploymentDateIssue,
  licencesAssignedFrom,
  paOrderDeadline,
  seatsRemovedByEdit,
  validatePaLines,
} from '@/domain/authorizations';
import { compareNewestFirst } from '@/domain/history-order';
import { deriveCustomerStatus } from '@/domain/customer-status';
import type { PurchaseAuthorizationRecord, SubscriptionRecord } from '../db/records';
import { recordActivity } from './activity';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { refreshCustomerFacts } from './customer-facts';
import { customerInScope } from './customers';
import { enforce, notFound, validationError } from './errors';
import { addSeats, lookups, removeSeats, type Lookups } from './authorization-seats';
import { idOf, nextNumber } from './sequences';

export function toPurchaseAuthorization(
  ctx: ServiceContext,
  record: PurchaseAuthorizationRecord,
  { offerName, memberRef }: Lookups,
  subscriptions: readonly SubscriptionRecord[],
): PurchaseAuthorization {
  return {
    id: record.id,
    number: record.number,
    customerId: record.customerId,
    licenseType: record.licenseType,
    deploymentDate: record.deploymentDate,
    lineItems: record.lineItems.map((line) => ({ ...line, offerName: offerName(line.offerId) })),
    poNumber: record.poNumber,
    creationDate: record.creationDate,
    createdAt: record.createdAt,
    createdBy: memberRef(record.createdBy),
    status: record.status,
    orderDeadline: paOrderDeadline(record, ctx.rules),
    orderId: record.orderId ?? null,
    licencesAssigned: licencesAssignedFrom(record, subscriptions),
    version: record.version,
  };
}

/** A PA of a customer the actor may see, or 404. */
export async function loadPurchaseAuthorization(
  ctx: ServiceContext,
  customerId: string,
  paId: string,
) {
  const customer = await customerInScope(ctx, customerId);
  const pa = await ctx.tx.purchaseAuthorizations.get(paId);
  if (!pa || pa.customerId !== customer.id) throw notFound('Purchase authorization');
  return { customer, pa };
}

/** Newest first (SPEC §5.5), optionally of one status. */
export async function listPurchaseAuthorizations(
  ctx: ServiceContext,
  customerId: string,
  query: PurchaseAuthorizationListQuery,
): Promise<PurchaseAuthorizationPage> {
  requirePermission(ctx, 'customers.view');
  await customerInScope(ctx, customerId);
  const [records, subscriptions, names] = await Promise.all([
    ctx.tx.purchaseAuthorizations.byCustomer(customerId),
    ctx.tx.subscriptions.byCustomer(customerId),
    lookups(ctx),
  ]);
  const rows = records
    .filter((pa) => query.status === undefined || pa.status === query.status)
    .sort(compareNewestFirst);
  return {
    items: rows
      .slice(query.offset, query.offset + query.limit)
      .map((pa) => toPurchaseAuthorization(ctx, pa, names, subscriptions)),
    totalCount: rows.length,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function getPurchaseAuthorization(
  ctx: ServiceContext,
  customerId: string,
  paId: string,
): Promise<PurchaseAuthorization> {
  requirePermission(ctx, 'customers.view');
  const { pa } = await loadPurchaseAuthorization(ctx, customerId, paId);
  const subscriptions = await ctx.tx.subscriptions.byCustomer(customerId);
  return toPurchaseAuthorization(ctx, pa, await lookups(ctx), subscriptions);
}

/**
 * SPEC §4: a PA for a customer that is not DELAYED or SUSPENDED, with valid lines and a
 * deployment date from today. Its seats are deployable at once: they join the customer's
 * subscriptions, co-terminating on the anniversary (set 12 months ahead on the first PA).
 */
export async function createPurchaseAuthorization(
  ctx: ServiceContext,
  customerId: string,
  input: CreatePurchaseAuthorizationRequest,
): Promise<PurchaseAuthorization> {
  requirePermission(ctx, 'authorizations.create');
  const customer = await customerInScope(ctx, customerId);
  enforce(
    canCreatePurchaseAuthorization(deriveCustomerStatus(customer, ctx.today, ctx.rules).status),
  );
  const offers = await ctx.tx.offers.all();
  const lines = validatePaLines(
    input.lineItems,
    offers,
    { licenseType: input.licenseType, marketSegment: customer.marketSegment },
    ctx.rules,
  );
  if (!lines.ok) enforce(lines, lines.details);
  const anniversary = anniversaryForNewSeats(customer.cotermDate, ctx.today, ctx.rules);
  const issue = deploymentDateIssue(input.deploymentDate, ctx.today, anniversary);
  if (issue !== null) {
    throw validationError([
      {
        path: 'deploymentDate',
        code: issue === 'BEFORE_TODAY' ? 'too_small' : 'too_big',
        message:
          issue === 'BEFORE_TODAY'
            ? `The deployment date is before today (${ctx.today})`
            : `The deployment date must be before the anniversary (${anniversary})`,
      },
    ]);
  }
  const number = await nextNumber(ctx.tx, 'purchaseAuthorization');
  const record: PurchaseAuthorizationRecord = {
    id: idOf(number),
    number,
    customerId,
    licenseType: input.licenseType,
    deploymentDate: input.deploymentDate,
    lineItems: input.lineItems.map(({ offerId, quantity }) => ({ offerId, quantity })),
    poNumber: input.poNumber,
    creationDate: ctx.today,
    createdAt: new Date(ctx.now).toISOString(),
    createdBy: ctx.actor.id,
    status: 'PENDING',
    orderId: null,
    version: 1,
  };
  await ctx.tx.purchaseAuthorizations.put(record);
  // The first PA sets the anniversary (refreshCustomerFacts keeps it from the subscriptions).
  if (customer.cotermDate === null) {
    await ctx.tx.customers.put({ ...customer, cotermDate: anniversary });
  }
  const seatChanges = [];
  for (const line of record.lineItems) {
    seatChanges.push(await addSeats(ctx, customerId, line.offerId, line.quantity, anniversary));
  }
  await recordActivity(ctx, {
    customerId,
    action: 'authorization.created',
    subject: { type: 'purchaseAuthorization', id: record.id, label: record.number },
    changes: [
      { field: 'status', from: null, to: 'PENDING' },
      { field: 'lineItems', from: null, to: record.lineItems },
      ...(record.poNumber === null ? [] : [{ field: 'poNumber', from: null, to: record.poNumber }]),
      ...seatChanges,
    ],
  });
  await refreshCustomerFacts(ctx, customerId);
  const subscriptions = await ctx.tx.subscriptions.byCustomer(customerId);
  return toPurchaseAuthorization(ctx, record, await lookups(ctx), subscriptions);
}

/** SPEC §4 "edit a PA (remove lines)": the seats removed leave the subscriptions. */
export async function editPurchaseAuthorization(
  ctx: ServiceContext,
  customerId: string,
  paId: string,
  input: EditPurchaseAuthorizationRequest,
): Promise<PurchaseAuthorization> {
  requirePermission(ctx, 'authorizations.change');
  const { pa } = await loadPurchaseAuthorization(ctx, customerId, paId);
  requireVersion(ctx, pa);
  const subscriptions = await ctx.tx.subscriptions.byCustomer(customerId);
  const decision = canEditPurchaseAuthorization(pa, input.lineItems, subscriptions, ctx.rules);
  if (!decision.ok) enforce(decision, decision.details);
  const next: PurchaseAuthorizationRecord = {
    ...pa,
    lineItems: input.lineItems.map(({ offerId, quantity }) => ({ offerId, quantity })),
    version: pa.version + 1,
  };
  await ctx.tx.purchaseAuthorizations.put(next);
  const seatChanges = [];
  for (const [offerId, removed] of seatsRemovedByEdit(pa.lineItems, next.lineItems)) {
    seatChanges.push(...(await removeSeats(ctx, subscriptions, offerId, removed)));
  }
  await recordActivity(ctx, {
    customerId,
    action: 'authorization.edited',
    subject: { type: 'purchaseAuthorization', id: pa.id, label: pa.number },
    changes: [{ field: 'lineItems', from: pa.lineItems, to: next.lineItems }, ...seatChanges],
  });
  await refreshCustomerFacts(ctx, customerId);
  const after = await ctx.tx.subscriptions.byCustomer(customerId);
  return toPurchaseAuthorization(ctx, next, await lookups(ctx), after);
}

/** SPEC §4 "undo (withdraw) a PA": its seats leave the subscriptions. */
export async function withdrawPurchaseAuthorization(
  ctx: ServiceContext,
  customerId: string,
  paId: string,
): Promise<PurchaseAuthorization> {
  requirePermission(ctx, 'authorizations.change');
  const { pa } = await loadPurchaseAuthorization(ctx, customerId, paId);
  requireVersion(ctx, pa);
  const subscriptions = await ctx.tx.subscriptions.byCustomer(customerId);
  enforce(canWithdraw(pa, subscriptions));
  const next: PurchaseAuthorizationRecord = { ...pa, status: 'WITHDRAWN', version: pa.version + 1 };
  await ctx.tx.purchaseAuthorizations.put(next);
  const seatChanges = [];
  for (const line of pa.lineItems) {
    seatChanges.push(...(await removeSeats(ctx, subscriptions, line.offerId, line.quantity)));
  }
  await recordActivity(ctx, {
    customerId,
    action: 'authorization.withdrawn',
    subject: { type: 'purchaseAuthorization', id: pa.id, label: pa.number },
    changes: [{ field: 'status', from: pa.status, to: next.status }, ...seatChanges],
  });
  await refreshCustomerFacts(ctx, customerId);
  const after = await ctx.tx.subscriptions.byCustomer(customerId);
  return toPurchaseAuthorization(ctx, next, await lookups(ctx), after);
}
