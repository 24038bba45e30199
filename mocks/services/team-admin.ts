import type { FieldIssue } from '@/api/common/errors';
import type {
  AssignCustomersRequest,
  AssignedCustomers,
  ChangeRoleRequest,
  InviteMemberRequest,
  TeamMember,
} from '@/api/team/schemas';
import { memberName } from '@/api/team/schemas';
import { canAssignCustomers, canChangeRole, canDeactivate, managesCustomers } from '@/domain/team';
import type { CustomerRecord, MemberRecord } from '../db/records';
import { recordActivity } from './activity';
import { customersAssignedTo } from './activity-log';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { enforce, notFound, ruleRefused, validationError } from './errors';
import { idOf, nextNumber } from './sequences';
import { toTeamMember } from './team';

const versionOf = (member: MemberRecord) => member.version ?? 1;

const subjectOf = (member: MemberRecord) => ({
  type: 'member',
  id: member.id,
  label: memberName(member),
});

/** The field of a customer that names a member in this role. */
const fieldOf = (role: 'ACCOUNT_MANAGER' | 'SALES_REP') =>
  role === 'ACCOUNT_MANAGER' ? 'accountManagerId' : 'salesRepId';

async function memberToChange(ctx: ServiceContext, memberId: string) {
  requirePermission(ctx, 'team.manage');
  const member = await ctx.tx.members.get(memberId);
  if (!member) throw notFound('Team member');
  requireVersion(ctx, { version: versionOf(member) });
  return member;
}

/** The customers a member manages in their current role (none for other roles). */
async function managedCustomers(ctx: ServiceContext, member: MemberRecord) {
  const { role } = member;
  if (!managesCustomers(role)) return [];
  const field = fieldOf(role);
  return (await customersAssignedTo(ctx, member.id)).filter((c) => c[field] === member.id);
}

async function saveMember(ctx: ServiceContext, member: MemberRecord): Promise<MemberRecord> {
  const saved = { ...member, version: versionOf(member) + 1 };
  await ctx.tx.members.put(saved);
  return saved;
}

/** Invites a console user (SPEC §5.11); one member per e-mail, deactivated ones included. */
export async function inviteMember(
  ctx: ServiceContext,
  input: InviteMemberRequest,
): Promise<TeamMember> {
  requirePermission(ctx, 'team.manage');
  const email = input.email.toLowerCase();
  const members = await ctx.tx.members.all();
  if (members.some((m) => m.email.trim().toLowerCase() === email)) {
    throw ruleRefused('EMAIL_TAKEN', { field: 'email' });
  }
  const number = await nextNumber(ctx.tx, 'member');
  const record: MemberRecord = { id: idOf(number), ...input, active: true, version: 1 };
  await ctx.tx.members.put(record);
  await recordActivity(ctx, {
    customerId: null,
    action: 'member.invited',
    subject: subjectOf(record),
    changes: [{ field: 'role', from: null, to: record.role }],
  });
  return toTeamMember(record);
}

export async function changeMemberRole(
  ctx: ServiceContext,
  memberId: string,
  input: ChangeRoleRequest,
): Promise<TeamMember> {
  const member = await memberToChange(ctx, memberId);
  const [team, customers] = await Promise.all([
    ctx.tx.members.all(),
    managedCustomers(ctx, member),
  ]);
  enforce(canChangeRole(member, input.role, team, customers.length), {
    customerCount: customers.length,
  });
  if (input.role === member.role) return toTeamMember(member);
  const saved = await saveMember(ctx, { ...member, role: input.role });
  await recordActivity(ctx, {
    customerId: null,
    action: 'member.roleChanged',
    subject: subjectOf(member),
    changes: [{ field: 'role', from: member.role, to: input.role }],
  });
  return toTeamMember(saved);
}

async function customersToAssign(ctx: ServiceContext, ids: string[]) {
  const customers: CustomerRecord[] = [];
  const unknown: FieldIssue[] = [];
  for (const [index, id] of ids.entries()) {
    const customer = await ctx.tx.customers.get(id);
    if (customer) customers.push(customer);
    else
      unknown.push({ path: `customerIds.${index}`, code: 'unknown', message: 'No such customer' });
  }
  // A few names are enough to act on; a list of thousands helps nobody.
  if (unknown.length > 0) throw validationError(unknown.slice(0, 20));
  return customers;
}

/**
 * Makes the member the account manager (or sales rep) of these customers, taking them over from
 * whoever had them (SPEC §5.11 "set assigned customers"). Customers not listed keep their
 * managers: every customer always has one (SPEC §2), so a customer leaves a member only by being
 * given to another.
 */
export async function assignCustomers(
  ctx: ServiceContext,
  memberId: string,
  input: AssignCustomersRequest,
): Promise<AssignedCustomers> {
  const member = await memberToChange(ctx, memberId);
  const { role } = member;
  if (!managesCustomers(role)) {
    throw validationError([
      { path: 'role', code: 'not_assignable', message: 'Only account managers and sales reps' },
    ]);
  }
  enforce(canAssignCustomers(member));
  const field = fieldOf(role);
  const before = new Set((await managedCustomers(ctx, member)).map((c) => c.id));
  const customers = await customersToAssign(ctx, [...new Set(input.customerIds)]);
  for (const customer of customers.filter((c) => c[field] !== member.id)) {
    await ctx.tx.customers.put({ ...customer, [field]: member.id, version: customer.version + 1 });
    await recordActivity(ctx, {
      customerId: customer.id,
      action: 'customer.managersChanged',
      subject: { type: 'customer', id: customer.id, label: customer.companyName },
      changes: [{ field, from: customer[field], to: member.id }],
    });
  }
  const after = new Set([...before, ...customers.map((c) => c.id)]);
  await saveMember(ctx, member);
  await recordActivity(ctx, {
    customerId: null,
    action: 'member.customersAssigned',
    subject: subjectOf(member),
    changes: [{ field: 'customerCount', from: before.size, to: after.size }],
  });
  return { memberId: member.id, customerCount: after.size };
}

/** Deactivates a member (SPEC §5.11): they are signed out at once and can no longer sign in. */
export async function deactivateMember(ctx: ServiceContext, memberId: string): Promise<TeamMember> {
  const member = await memberToChange(ctx, memberId);
  const [team, customers] = await Promise.all([
    ctx.tx.members.all(),
    managedCustomers(ctx, member),
  ]);
  enforce(canDeactivate(member, team, customers.length), { customerCount: customers.length });
  const saved = await saveMember(ctx, { ...member, active: false });
  const sessions = (await ctx.tx.sessions.all()).filter((s) => s.memberId === member.id);
  for (const session of sessions) await ctx.tx.sessions.delete(session.token);
  await recordActivity(ctx, {
    customerId: null,
    action: 'member.deactivated',
    subject: subjectOf(member),
    changes: [{ field: 'active', from: true, to: false }],
  });
  return toTeamMember(saved);
}
