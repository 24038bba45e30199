import type {
  ChangeCustomerManagersRequest,
  Customer,
  EditCustomerRequest,
} from '@/api/customers/schemas';
import type { FieldIssue } from '@/api/common/errors';
import { SUB_SEGMENTS_BY_SEGMENT } from '@/domain/customer-profile';
import type { ActivityRecord, CustomerRecord } from '../db/records';
import { recordActivity } from './activity';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { customerInScope, toCustomer } from './customers';
import { validationError } from './errors';

type Changes = ActivityRecord['changes'];

async function saveCustomer(
  ctx: ServiceContext,
  next: CustomerRecord,
  changes: Changes,
  action: string,
) {
  const saved = { ...next, version: next.version + 1 };
  await ctx.tx.customers.put(saved);
  await recordActivity(ctx, {
    customerId: saved.id,
    action,
    subject: { type: 'customer', id: saved.id, label: saved.companyName },
    changes,
  });
  return saved;
}

async function answer(ctx: ServiceContext, record: CustomerRecord): Promise<Customer> {
  const members = new Map((await ctx.tx.members.all()).map((m) => [m.id, m]));
  return toCustomer(ctx, record, members);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Corrects a customer's name, admin contact or sub-segments (SPEC §3 field rules, §2 "edit
 * customers"). Each changed field is one change of the activity entry, old → new.
 */
export async function editCustomer(
  ctx: ServiceContext,
  customerId: string,
  input: EditCustomerRequest,
): Promise<Customer> {
  requirePermission(ctx, 'customers.edit');
  const record = await customerInScope(ctx, customerId);
  requireVersion(ctx, record);
  if (input.marketSubSegments) {
    const allowed = SUB_SEGMENTS_BY_SEGMENT[record.marketSegment];
    const wrong: FieldIssue[] = input.marketSubSegments.flatMap((sub, index) =>
      allowed.includes(sub)
        ? []
        : [
            {
              path: `marketSubSegments.${index}`,
              code: 'SUB_SEGMENT_MISMATCH',
              message: `Not a sub-segment of ${record.marketSegment}`,
            },
          ],
    );
    if (wrong.length > 0) throw validationError(wrong);
  }
  const changes: Changes = [];
  const next = { ...record };
  if (input.companyName !== undefined && input.companyName !== record.companyName) {
    changes.push({ field: 'companyName', from: record.companyName, to: input.companyName });
    next.companyName = input.companyName;
  }
  if (input.contact) {
    for (const key of ['firstName', 'lastName', 'email'] as const) {
      if (input.contact[key] !== record.contact[key]) {
        changes.push({
          field: `contact.${key}`,
          from: record.contact[key],
          to: input.contact[key],
        });
      }
    }
    next.contact = input.contact;
  }
  if (input.marketSubSegments && !sameList(input.marketSubSegments, record.marketSubSegments)) {
    changes.push({
      field: 'marketSubSegments',
      from: record.marketSubSegments,
      to: input.marketSubSegments,
    });
    next.marketSubSegments = input.marketSubSegments;
  }
  if (changes.length === 0) return answer(ctx, record);
  return answer(ctx, await saveCustomer(ctx, next, changes, 'customer.edited'));
}

/** Gives a customer another account manager and sales rep (SPEC §2: administrators only). */
export async function changeCustomerManagers(
  ctx: ServiceContext,
  customerId: string,
  input: ChangeCustomerManagersRequest,
): Promise<Customer> {
  requirePermission(ctx, 'customers.changeManager');
  const record = await customerInScope(ctx, customerId);
  requireVersion(ctx, record);
  const [manager, rep] = await Promise.all([
    ctx.tx.members.get(input.accountManagerId),
    ctx.tx.members.get(input.salesRepId),
  ]);
  const fields: FieldIssue[] = [];
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
  const changes: Changes = [];
  for (const field of ['accountManagerId', 'salesRepId'] as const) {
    if (input[field] !== record[field]) {
      changes.push({ field, from: record[field], to: input[field] });
    }
  }
  if (changes.length === 0) return answer(ctx, record);
  const next = { ...record, ...input };
  return answer(ctx, await saveCustomer(ctx, next, changes, 'customer.managersChanged'));
}
