import {
  JsonValueSchema,
  SYSTEM_ACTOR_ID,
  SYSTEM_ACTOR_NAME,
  type ActivityEntry,
  type ActivityListQuery,
  type ActivityPage,
  type CustomerActivityQuery,
} from '@/api/activity/schemas';
import { memberName, type MemberRef } from '@/api/team/schemas';
import { seesAllCustomers } from '@/domain/permissions';
import type { ActivityRecord, CustomerRecord } from '../db/records';
import { requirePermission, type ServiceContext } from './context';
import { customerInScope } from './customers';

/** Names members by id; `system` is the console itself, an unknown id is shown as it is. */
export async function memberRefs(ctx: ServiceContext): Promise<(id: string) => MemberRef> {
  const members = new Map((await ctx.tx.members.all()).map((m) => [m.id, m]));
  return (id) => {
    const member = members.get(id);
    if (member) return { id, name: memberName(member) };
    return { id, name: id === SYSTEM_ACTOR_ID ? SYSTEM_ACTOR_NAME : id };
  };
}

/**
 * The customers assigned to a member (account manager or sales rep), from the store's customer
 * query. Within a write it answers as of the transaction's start: read it before changing them.
 */
export async function customersAssignedTo(
  ctx: ServiceContext,
  memberId: string,
): Promise<CustomerRecord[]> {
  const page = await ctx.tx.customers.page({
    today: ctx.today,
    rules: ctx.rules,
    assignedTo: memberId,
    sort: 'companyName',
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  });
  return page.rows;
}

/** The customers the actor may see (SPEC §2): null when that is every customer. */
export async function customerIdsInScope(ctx: ServiceContext): Promise<Set<string> | null> {
  if (seesAllCustomers(ctx.actor.role)) return null;
  return new Set((await customersAssignedTo(ctx, ctx.actor.id)).map((c) => c.id));
}

/** Old and new values travel as JSON; anything else (never written by the services) as null. */
function jsonOf(value: unknown) {
  const parsed = JsonValueSchema.safeParse(value ?? null);
  return parsed.success ? parsed.data : null;
}

function toActivityEntry(record: ActivityRecord, refOf: (id: string) => MemberRef): ActivityEntry {
  return {
    id: record.id,
    at: record.at,
    businessDate: record.businessDate,
    actor: refOf(record.actorId),
    customerId: record.customerId,
    action: record.action,
    subject: record.subject,
    changes: record.changes.map((c) => ({
      field: c.field,
      from: jsonOf(c.from),
      to: jsonOf(c.to),
    })),
    moneyEffect: record.moneyEffect,
  };
}

async function activityPage(
  ctx: ServiceContext,
  customerIds: Set<string> | null,
  customerId: string | undefined,
  paging: { limit: number; offset: number },
): Promise<ActivityPage> {
  const { rows, totalCount } = await ctx.tx.activity.page({
    customerIds,
    customerId,
    limit: paging.limit,
    offset: paging.offset,
  });
  const refOf = await memberRefs(ctx);
  return {
    items: rows.map((row) => toActivityEntry(row, refOf)),
    totalCount,
    limit: paging.limit,
    offset: paging.offset,
  };
}

/**
 * The trail across what the actor may see (SPEC §2 "activity log": administrators and viewers
 * everything, team changes included; account managers their customers' entries only).
 */
export async function listActivity(
  ctx: ServiceContext,
  query: ActivityListQuery,
): Promise<ActivityPage> {
  requirePermission(ctx, 'activity.view');
  if (query.customerId !== undefined) await customerInScope(ctx, query.customerId);
  return activityPage(ctx, await customerIdsInScope(ctx), query.customerId, query);
}

export async function listCustomerActivity(
  ctx: ServiceContext,
  customerId: string,
  query: CustomerActivityQuery,
): Promise<ActivityPage> {
  requirePermission(ctx, 'activity.view');
  await customerInScope(ctx, customerId);
  return activityPage(ctx, null, customerId, query);
}
