import type {
  AssignLicenceRequest,
  LicenceAssignment,
  LicenceAssignmentListQuery,
  LicenceAssignmentPage,
} from '@/api/licences/schemas';
import { deriveCustomerStatus } from '@/domain/customer-status';
import { canAssignLicence, canUnassign } from '@/domain/licences';
import type { ActivityRecord, LicenceAssignmentRecord, SubscriptionRecord } from '../db/records';
import { recordActivity } from './activity';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { refreshCustomerFacts } from './customer-facts';
import { customerInScope } from './customers';
import { enforce, notFound, validationError } from './errors';

async function offerNames(ctx: ServiceContext): Promise<(offerId: string) => string> {
  const offers = new Map((await ctx.tx.offers.all()).map((o) => [o.id, o.name]));
  return (offerId) => offers.get(offerId) ?? offerId;
}

function toLicenceAssignment(
  record: LicenceAssignmentRecord,
  offerName: (offerId: string) => string,
): LicenceAssignment {
  return {
    id: record.id,
    customerId: record.customerId,
    subscriptionId: record.subscriptionId,
    offerId: record.offerId,
    offerName: offerName(record.offerId),
    user: record.user,
    active: record.active,
    assignedDate: record.assignedDate,
    unassignedDate: record.unassignedDate,
    history: record.history,
    lastVersionUsed: record.lastVersionUsed,
    version: record.version,
  };
}

/** Active first, then by the user's name, as a seat list reads. */
function byUser(a: LicenceAssignmentRecord, b: LicenceAssignmentRecord): number {
  const key = (r: LicenceAssignmentRecord) =>
    [r.user.lastName, r.user.firstName, r.user.email].join('\u0001');
  return (
    Number(b.active) - Number(a.active) ||
    key(a).localeCompare(key(b), 'en', { sensitivity: 'base' }) ||
    a.id.localeCompare(b.id)
  );
}

export async function listLicenceAssignments(
  ctx: ServiceContext,
  customerId: string,
  query: LicenceAssignmentListQuery,
): Promise<LicenceAssignmentPage> {
  requirePermission(ctx, 'customers.view');
  await customerInScope(ctx, customerId);
  const rows = (
    query.subscriptionId === undefined
      ? await ctx.tx.licenceAssignments.byCustomer(customerId)
      : (await ctx.tx.licenceAssignments.bySubscription(query.subscriptionId)).filter(
          (r) => r.customerId === customerId,
        )
  )
    .filter((r) => query.active === undefined || r.active === query.active)
    .sort(byUser);
  const offerName = await offerNames(ctx);
  return {
    items: rows
      .slice(query.offset, query.offset + query.limit)
      .map((r) => toLicenceAssignment(r, offerName)),
    totalCount: rows.length,
    limit: query.limit,
    offset: query.offset,
  };
}

async function saveSeatCount(ctx: ServiceContext, subscription: SubscriptionRecord, delta: number) {
  const usedQuantity = Math.max(0, subscription.usedQuantity + delta);
  await ctx.tx.subscriptions.put({
    ...subscription,
    usedQuantity,
    version: subscription.version + 1,
  });
  await refreshCustomerFacts(ctx, subscription.customerId);
  return usedQuantity;
}

/** Gives one seat of a subscription to an end user (SPEC §5.9), using one of its free seats. */
export async function assignLicence(
  ctx: ServiceContext,
  customerId: string,
  input: AssignLicenceRequest,
): Promise<LicenceAssignment> {
  requirePermission(ctx, 'licences.assign');
  const customer = await customerInScope(ctx, customerId);
  const subscription = await ctx.tx.subscriptions.get(input.subscriptionId);
  if (subscription?.customerId !== customerId) {
    throw validationError([
      { path: 'subscriptionId', code: 'unknown', message: 'Not a subscription of this customer' },
    ]);
  }
  const assignments = await ctx.tx.licenceAssignments.bySubscription(subscription.id);
  const { status } = deriveCustomerStatus(customer, ctx.today, ctx.rules);
  enforce(
    canAssignLicence(subscription, assignments, input.user.email, ctx.today, ctx.rules, status),
    { subscriptionId: subscription.id },
  );
  const record: LicenceAssignmentRecord = {
    id: `lic-${crypto.randomUUID()}`,
    customerId,
    subscriptionId: subscription.id,
    offerId: subscription.offerId,
    user: input.user,
    active: true,
    assignedDate: ctx.today,
    unassignedDate: null,
    history: [{ date: ctx.today, event: 'ASSIGNED', productVersion: null }],
    lastVersionUsed: null,
    version: 1,
  };
  await ctx.tx.licenceAssignments.put(record);
  const usedQuantity = await saveSeatCount(ctx, subscription, 1);
  await recordActivity(ctx, {
    customerId,
    action: 'licence.assigned',
    subject: { type: 'licenceAssignment', id: record.id, label: record.user.email },
    changes: [
      { field: 'user', from: null, to: record.user.email },
      { field: 'usedQuantity', from: subscription.usedQuantity, to: usedQuantity },
    ],
  });
  return toLicenceAssignment(record, await offerNames(ctx));
}

/** Takes a seat back from its user (SPEC §5.9): the seat is free again, the history kept. */
export async function unassignLicence(
  ctx: ServiceContext,
  customerId: string,
  assignmentId: string,
): Promise<undefined> {
  requirePermission(ctx, 'licences.assign');
  await customerInScope(ctx, customerId);
  const record = await ctx.tx.licenceAssignments.get(assignmentId);
  if (record?.customerId !== customerId) throw notFound('Licence assignment');
  requireVersion(ctx, record);
  enforce(canUnassign(record));
  await ctx.tx.licenceAssignments.put({
    ...record,
    active: false,
    unassignedDate: ctx.today,
    history: [...record.history, { date: ctx.today, event: 'UNASSIGNED', productVersion: null }],
    version: record.version + 1,
  });
  const subscription = await ctx.tx.subscriptions.get(record.subscriptionId);
  const changes: ActivityRecord['changes'] = [{ field: 'user', from: record.user.email, to: null }];
  if (subscription) {
    const usedQuantity = await saveSeatCount(ctx, subscription, -1);
    changes.push({ field: 'usedQuantity', from: subscription.usedQuantity, to: usedQuantity });
  }
  await recordActivity(ctx, {
    customerId,
    action: 'licence.unassigned',
    subject: { type: 'licenceAssignment', id: record.id, label: record.user.email },
    changes,
  });
  return undefined;
}
