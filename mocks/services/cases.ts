import type {
  AddCaseCommentRequest,
  CaseListQuery,
  CasePage,
  CaseSummary,
  CreateCaseRequest,
  SupportCase,
  UpdateCaseRequest,
} from '@/api/cases/schemas';
import type { MemberRef } from '@/api/team/schemas';
import { canComment, canEditCase, isInCaseView } from '@/domain/cases';
import type { ActivityRecord, SupportCaseRecord } from '../db/records';
import { recordActivity } from './activity';
import { customerIdsInScope, memberRefs } from './activity-log';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { customerInScope } from './customers';
import { enforce, notFound } from './errors';
import { idOf, nextNumber } from './sequences';

type RefOf = (id: string) => MemberRef;

function toCaseSummary(record: SupportCaseRecord, companyName: string, refOf: RefOf): CaseSummary {
  return {
    id: record.id,
    number: record.number,
    customerId: record.customerId,
    companyName,
    type: record.type,
    subject: record.subject,
    status: record.status,
    priority: record.priority,
    createdAt: record.createdAt,
    createdBy: refOf(record.createdBy),
    updatedAt: record.updatedAt,
    commentCount: record.comments.length,
    attachmentCount: record.attachments.length,
    version: record.version,
  };
}

export async function toSupportCase(
  ctx: ServiceContext,
  record: SupportCaseRecord,
  companyName: string,
): Promise<SupportCase> {
  const refOf = await memberRefs(ctx);
  return {
    ...toCaseSummary(record, companyName, refOf),
    description: record.description,
    comments: record.comments.map(({ authorId, ...comment }) => ({
      ...comment,
      author: refOf(authorId),
    })),
    attachments: record.attachments.map(({ uploadedBy, ...attachment }) => ({
      ...attachment,
      uploadedBy: refOf(uploadedBy),
    })),
  };
}

/** Newest change first (SPEC §5.10), the later case first within one instant. */
const byUpdatedDesc = (a: SupportCaseRecord, b: SupportCaseRecord) =>
  b.updatedAt.localeCompare(a.updatedAt) || b.number.localeCompare(a.number);

/**
 * Cases across the customers the actor may see (SPEC §2 "support cases": administrators and
 * viewers all, account managers and sales reps their assigned customers), in one list view.
 */
export async function listCases(ctx: ServiceContext, query: CaseListQuery): Promise<CasePage> {
  requirePermission(ctx, 'cases.view');
  let rows: SupportCaseRecord[];
  if (query.customerId === undefined) {
    const scope = await customerIdsInScope(ctx);
    rows = (await ctx.tx.supportCases.all()).filter(
      (r) => scope === null || scope.has(r.customerId),
    );
  } else {
    await customerInScope(ctx, query.customerId);
    rows = await ctx.tx.supportCases.byCustomer(query.customerId);
  }
  const listed = rows.filter((r) => isInCaseView(r, query.view, ctx.actor.id)).sort(byUpdatedDesc);
  const page = listed.slice(query.offset, query.offset + query.limit);
  const refOf = await memberRefs(ctx);
  const names = new Map<string, string>();
  for (const id of new Set(page.map((r) => r.customerId))) {
    names.set(id, (await ctx.tx.customers.get(id))?.companyName ?? id);
  }
  return {
    items: page.map((r) => toCaseSummary(r, names.get(r.customerId) ?? r.customerId, refOf)),
    totalCount: listed.length,
    limit: query.limit,
    offset: query.offset,
  };
}

/** A case of a customer the actor may see, with that customer's name; 404 otherwise. */
export async function caseInScope(ctx: ServiceContext, customerId: string, caseId: string) {
  const customer = await customerInScope(ctx, customerId);
  const record = await ctx.tx.supportCases.get(caseId);
  if (record?.customerId !== customerId) throw notFound('Case');
  return { record, companyName: customer.companyName };
}

export async function getCase(ctx: ServiceContext, customerId: string, caseId: string) {
  requirePermission(ctx, 'cases.view');
  const { record, companyName } = await caseInScope(ctx, customerId, caseId);
  return toSupportCase(ctx, record, companyName);
}

export const subjectOf = (record: SupportCaseRecord) => ({
  type: 'supportCase',
  id: record.id,
  label: record.number,
});

export async function createCase(
  ctx: ServiceContext,
  customerId: string,
  input: CreateCaseRequest,
): Promise<SupportCase> {
  requirePermission(ctx, 'cases.change');
  const customer = await customerInScope(ctx, customerId);
  const number = await nextNumber(ctx.tx, 'supportCase');
  const at = new Date(ctx.now).toISOString();
  const record: SupportCaseRecord = {
    id: idOf(number),
    number,
    customerId,
    type: input.type,
    subject: input.subject,
    description: input.description,
    status: 'OPEN',
    priority: input.priority,
    createdAt: at,
    createdBy: ctx.actor.id,
    updatedAt: at,
    comments: [],
    attachments: [],
    version: 1,
  };
  await ctx.tx.supportCases.put(record);
  await recordActivity(ctx, {
    customerId,
    action: 'case.created',
    subject: subjectOf(record),
    changes: [
      { field: 'subject', from: null, to: record.subject },
      { field: 'status', from: null, to: record.status },
    ],
  });
  return toSupportCase(ctx, record, customer.companyName);
}

export async function updateCase(
  ctx: ServiceContext,
  customerId: string,
  caseId: string,
  input: UpdateCaseRequest,
): Promise<SupportCase> {
  requirePermission(ctx, 'cases.change');
  const { record, companyName } = await caseInScope(ctx, customerId, caseId);
  requireVersion(ctx, record);
  enforce(canEditCase(record, input));
  const changes: ActivityRecord['changes'] = [];
  const next = { ...record };
  for (const field of ['subject', 'description', 'priority', 'status'] as const) {
    const value = input[field];
    if (value !== undefined && value !== record[field]) {
      changes.push({ field, from: record[field], to: value });
      Object.assign(next, { [field]: value });
    }
  }
  if (changes.length === 0) return toSupportCase(ctx, record, companyName);
  const saved = await saveCase(ctx, next);
  await recordActivity(ctx, {
    customerId,
    action:
      input.status !== undefined && input.status !== record.status
        ? 'case.statusChanged'
        : 'case.updated',
    subject: subjectOf(record),
    changes,
  });
  return toSupportCase(ctx, saved, companyName);
}

/** Saves a change of a case: a new version, updated now. */
export async function saveCase(ctx: ServiceContext, record: SupportCaseRecord) {
  const saved = {
    ...record,
    updatedAt: new Date(ctx.now).toISOString(),
    version: record.version + 1,
  };
  await ctx.tx.supportCases.put(saved);
  return saved;
}

export async function addCaseComment(
  ctx: ServiceContext,
  customerId: string,
  caseId: string,
  input: AddCaseCommentRequest,
): Promise<SupportCase> {
  requirePermission(ctx, 'cases.change');
  const { record, companyName } = await caseInScope(ctx, customerId, caseId);
  enforce(canComment(record));
  const comment = {
    id: `com-${crypto.randomUUID()}`,
    authorId: ctx.actor.id,
    createdAt: new Date(ctx.now).toISOString(),
    body: input.body,
  };
  const saved = await saveCase(ctx, { ...record, comments: [...record.comments, comment] });
  await recordActivity(ctx, {
    customerId,
    action: 'case.commented',
    subject: subjectOf(record),
    changes: [{ field: 'comments', from: record.comments.length, to: saved.comments.length }],
  });
  return toSupportCase(ctx, saved, companyName);
}
