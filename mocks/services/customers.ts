import type {
  Customer,
  CustomerListQuery,
  CustomerPage,
  InviteCustomerRequest,
} from '@/api/customers/schemas';
import { memberName } from '@/api/team/schemas';
import { attentionReasons, deriveCustomerStatus } from '@/domain/customer-status';
import { currencyOfCountry } from '@/domain/customer-profile';
import { isCustomerInScope, seesAllCustomers } from '@/domain/permissions';
import type { CustomerRecord, MemberRecord } from '../db/records';
import { META_VIP_SEQUENCE } from '../seed';
import { vipIdFor } from '../seed/customers';
import { requirePermission, type ServiceContext } from './context';
import { forbidden, notFound, validationError } from './errors';

function memberRef(members: Map<string, MemberRecord>, id: string) {
  const member = members.get(id);
  return { id, name: member ? memberName(member) : id };
}

export function toCustomer(
  ctx: ServiceContext,
  record: CustomerRecord,
  members: Map<string, MemberRecord>,
): Customer {
  const { status, reason } = deriveCustomerStatus(record, ctx.today, ctx.rules);
  return {
    id: record.id,
    vipId: record.vipId,
    companyName: record.companyName,
    marketSegment: record.marketSegment,
    marketSubSegments: record.marketSubSegments,
    countryCode: record.countryCode,
    currencyCode: record.currencyCode,
    contact: record.contact,
    accountManager: memberRef(members, record.accountManagerId),
    salesRep: memberRef(members, record.salesRepId),
    creationDate: record.creationDate,
    cotermDate: record.cotermDate,
    status,
    statusReason: reason,
    attentionReasons: attentionReasons(record, ctx.today, ctx.rules),
    totalLicences: record.totalLicences,
    version: record.version,
  };
}

async function membersById(ctx: ServiceContext) {
  return new Map((await ctx.tx.members.all()).map((m) => [m.id, m]));
}

/**
 * A customer the actor may see, or 404: a customer outside the caller's scope answers as if it
 * did not exist, so its existence does not leak (SPEC §2).
 */
export async function customerInScope(
  ctx: ServiceContext,
  customerId: string,
): Promise<CustomerRecord> {
  const record = await ctx.tx.customers.get(customerId);
  if (!record || !isCustomerInScope(ctx.actor, record)) throw notFound('Customer');
  return record;
}

export async function listCustomers(
  ctx: ServiceContext,
  query: CustomerListQuery,
): Promise<CustomerPage> {
  requirePermission(ctx, 'customers.view');
  const scoped = !seesAllCustomers(ctx.actor.role);
  const page = await ctx.tx.customers.page({
    today: ctx.today,
    rules: ctx.rules,
    assignedTo: scoped || query.managedByMe ? ctx.actor.id : null,
    q: query.q,
    statuses: query.status,
    marketSegment: query.marketSegment,
    countryCode: query.countryCode,
    accountManagerId: query.accountManagerId,
    needsAttention: query.needsAttention,
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  });
  const members = await membersById(ctx);
  return {
    items: page.rows.map((row) => toCustomer(ctx, row, members)),
    totalCount: page.totalCount,
    limit: query.limit,
    offset: query.offset,
    statusCounts: page.statusCounts,
  };
}

export async function getCustomer(ctx: ServiceContext, customerId: string): Promise<Customer> {
  requirePermission(ctx, 'customers.view');
  const record = await customerInScope(ctx, customerId);
  return toCustomer(ctx, record, await membersById(ctx));
}

export async function inviteCustomer(
  ctx: ServiceContext,
  input: InviteCustomerRequest,
): Promise<Customer> {
  requirePermission(ctx, 'customers.invite');
  const members = await membersById(ctx);
  const manager = members.get(input.accountManagerId);
  const rep = members.get(input.salesRepId);
  const fields = [];
  if (!manager?.active || manager.role !== 'ACCOUNT_MANAGER') {
    fields.push({
      path: 'accountManagerId',
      code: 'unknown_member',
      message: 'Not an active account manager',
    });
  }
  if (!rep?.active || rep.role !== 'SALES_REP') {
    fields.push({ path: 'salesRepId', code: 'unknown_member', message: 'Not an active sales rep' });
  }
  if (fields.length > 0) throw validationError(fields);
  // Only an administrator decides who manages a customer (SPEC §2 "change managed by").
  if (ctx.actor.role === 'ACCOUNT_MANAGER' && input.accountManagerId !== ctx.actor.id) {
    throw forbidden(
      'ONLY_ADMINISTRATOR_ASSIGNS_MANAGER',
      'An account manager invites customers for themselves',
    );
  }
  // The VIP ID is issued the moment the customer is invited (seed 004).
  const sequence = (await ctx.tx.meta.get<number>(META_VIP_SEQUENCE)) ?? 0;
  await ctx.tx.meta.put(META_VIP_SEQUENCE, sequence + 1);
  const record: CustomerRecord = {
    id: `cus-${crypto.randomUUID().slice(0, 8)}`,
    vipId: vipIdFor(sequence),
    companyName: input.companyName,
    marketSegment: input.marketSegment,
    marketSubSegments: input.marketSubSegments,
    countryCode: input.countryCode,
    currencyCode: currencyOfCountry(input.countryCode),
    contact: input.contact,
    accountManagerId: input.accountManagerId,
    salesRepId: input.salesRepId,
    creationDate: ctx.today,
    cotermDate: null,
    invitationAccepted: false,
    oldestPendingPaCreationDate: null,
    renewingSubscriptionCount: 0,
    subscriptionCount: 0,
    totalLicences: 0,
    poNumbers: [],
    version: 1,
  };
  await ctx.tx.customers.put(record);
  return toCustomer(ctx, record, members);
}

/** Moved to services/subscriptions.ts (state from domain/subscription-term); kept here for the customers routes. */
export { listCustomerSubscriptions } from './subscriptions';
