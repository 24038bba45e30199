import { allowed, refused, type Decision } from './decision';
import type { Role } from './permissions';

/**
 * Team rules (SPEC §5.11 "Team: invite members, set role and assigned customers, deactivate";
 * SPEC §2 "every customer has an assigned account manager and sales rep"; decided: the console
 * always keeps one active administrator, or nobody could manage the team again).
 */
export interface TeamMemberFacts {
  id: string;
  role: Role;
  active: boolean;
}

export type TeamRefusal = 'MEMBER_INACTIVE' | 'LAST_ADMINISTRATOR' | 'MEMBER_HAS_CUSTOMERS';

/** The roles customers are assigned to (SPEC §2: an account manager and a sales rep each). */
export function managesCustomers(role: Role): role is 'ACCOUNT_MANAGER' | 'SALES_REP' {
  return role === 'ACCOUNT_MANAGER' || role === 'SALES_REP';
}

function isLastAdministrator(member: TeamMemberFacts, team: readonly TeamMemberFacts[]): boolean {
  return (
    member.role === 'ADMINISTRATOR' &&
    !team.some((other) => other.id !== member.id && other.active && other.role === 'ADMINISTRATOR')
  );
}

/**
 * May this member's role change? Not the last active administrator's, and not while customers
 * are assigned to them as account manager or sales rep: those customers would be left without
 * one (reassign them first). Keeping the same role is always allowed.
 */
export function canChangeRole(
  member: TeamMemberFacts,
  role: Role,
  team: readonly TeamMemberFacts[],
  assignedCustomerCount: number,
): Decision<TeamRefusal> {
  if (!member.active) return refused('MEMBER_INACTIVE');
  if (role === member.role) return allowed;
  if (isLastAdministrator(member, team)) return refused('LAST_ADMINISTRATOR');
  if (managesCustomers(member.role) && assignedCustomerCount > 0) {
    return refused('MEMBER_HAS_CUSTOMERS');
  }
  return allowed;
}

/** May this member be deactivated? The same guards as a role change, and only once. */
export function canDeactivate(
  member: TeamMemberFacts,
  team: readonly TeamMemberFacts[],
  assignedCustomerCount: number,
): Decision<TeamRefusal> {
  if (!member.active) return refused('MEMBER_INACTIVE');
  if (isLastAdministrator(member, team)) return refused('LAST_ADMINISTRATOR');
  if (managesCustomers(member.role) && assignedCustomerCount > 0) {
    return refused('MEMBER_HAS_CUSTOMERS');
  }
  return allowed;
}

/** Customers can be given to an active account manager or sales rep only. */
export function canAssignCustomers(member: TeamMemberFacts): Decision<'MEMBER_INACTIVE'> {
  return member.active ? allowed : refused('MEMBER_INACTIVE');
}
