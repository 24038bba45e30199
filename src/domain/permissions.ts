import { allowed, refused, type Decision } from './decision';

/** SPEC §2: the four roles of a reseller's team. */
export const ROLES = ['ADMINISTRATOR', 'ACCOUNT_MANAGER', 'SALES_REP', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** Every action of the permission matrix in SPEC §2. */
export type Action =
  | 'customers.view'
  | 'customers.invite'
  | 'customers.edit'
  | 'customers.changeManager'
  | 'authorizations.create'
  | 'authorizations.change'
  | 'orders.place'
  | 'renewals.view'
  | 'renewals.change'
  | 'licences.assign'
  | 'invoices.view'
  | 'invoices.pay'
  | 'cases.view'
  | 'cases.change'
  | 'team.manage'
  | 'activity.view';

const A = 'ADMINISTRATOR';
const M = 'ACCOUNT_MANAGER';
const S = 'SALES_REP';
const V = 'VIEWER';

/** Who may take each action (SPEC §2, one row per permission). */
const MATRIX: Record<Action, readonly Role[]> = {
  'customers.view': [A, M, S, V],
  'customers.invite': [A, M],
  'customers.edit': [A, M],
  'customers.changeManager': [A],
  'authorizations.create': [A, M, S],
  'authorizations.change': [A, M], // withdraw (undo), edit, cancel a pending PA
  'orders.place': [A, M], // place orders, request returns
  'renewals.view': [A, M, S, V],
  'renewals.change': [A, M], // renewal orders, seats, auto-renew
  // SPEC §2 has no row for assigning licences to users; it changes who uses the seats, so it
  // goes with "change seats" (decided).
  'licences.assign': [A, M],
  'invoices.view': [A, M, V],
  'invoices.pay': [A, M], // and payment methods
  'cases.view': [A, M, S, V],
  'cases.change': [A, M, S],
  'team.manage': [A],
  'activity.view': [A, M, V],
};

/** Every action, in the order of SPEC §2's table. */
export const ACTIONS = Object.keys(MATRIX) as Action[];

export type PermissionReason = 'ROLE_NOT_ALLOWED';

export function can(role: Role, action: Action): Decision<PermissionReason> {
  return MATRIX[action].includes(role) ? allowed : refused('ROLE_NOT_ALLOWED');
}

/**
 * Which customers a member sees: administrators and viewers all of them, account managers and
 * sales reps those assigned to them (SPEC §2 "see customers").
 */
export function seesAllCustomers(role: Role): boolean {
  return role === A || role === V;
}

export interface CustomerAssignment {
  accountManagerId: string;
  salesRepId: string;
}

export function isCustomerInScope(
  member: { id: string; role: Role },
  customer: CustomerAssignment,
): boolean {
  return (
    seesAllCustomers(member.role) ||
    customer.accountManagerId === member.id ||
    customer.salesRepId === member.id
  );
}
