import { describe, expect, it } from 'vitest';
import {
  can,
  isCustomerInScope,
  ROLES,
  seesAllCustomers,
  type Action,
  type Role,
} from './permissions';

type Row = Record<Role, boolean>;
const row = (
  ADMINISTRATOR: boolean,
  ACCOUNT_MANAGER: boolean,
  SALES_REP: boolean,
  VIEWER: boolean,
): Row => ({ ADMINISTRATOR, ACCOUNT_MANAGER, SALES_REP, VIEWER });

/**
 * SPEC §2, one line per action: Administrator, Account manager, Sales rep, Viewer.
 * "see customers", "support cases" (read for viewers) and "activity log" (no for sales reps)
 * are read rights for everyone who sees the row at all; scope is checked separately.
 */
const SPEC_MATRIX: Record<Action, Row> = {
  'customers.view': row(true, true, true, true), // see customers: all / assigned / assigned / all
  'customers.invite': row(true, true, false, false), // invite / edit customers
  'customers.edit': row(true, true, false, false),
  'customers.changeManager': row(true, false, false, false), // change "managed by"
  'authorizations.create': row(true, true, true, false),
  'authorizations.change': row(true, true, false, false), // withdraw / edit / cancel a PA
  'orders.place': row(true, true, false, false), // place orders, request returns
  'renewals.view': row(true, true, true, true), // renewals overview, price previews
  'renewals.change': row(true, true, false, false), // renewal orders, seats, auto-renew
  'licences.assign': row(true, true, false, false), // decided: goes with "change seats"
  'invoices.view': row(true, true, false, true),
  'invoices.pay': row(true, true, false, false), // and payment methods
  'cases.view': row(true, true, true, true), // support cases: all / assigned / assigned / read
  'cases.change': row(true, true, true, false),
  'team.manage': row(true, false, false, false),
  'activity.view': row(true, true, false, true), // activity log: all / assigned / no / all
};

const table = (Object.entries(SPEC_MATRIX) as [Action, Row][]).flatMap(([action, allowed]) =>
  ROLES.map((role) => ({ role, action, allowed: allowed[role] })),
);

describe('can(role, action) follows the SPEC §2 matrix', () => {
  it('covers the four roles', () => {
    expect(ROLES).toEqual(['ADMINISTRATOR', 'ACCOUNT_MANAGER', 'SALES_REP', 'VIEWER']);
    expect(table).toHaveLength(16 * 4);
  });

  it.each(table)('$role may $action: $allowed', ({ role, action, allowed }) => {
    expect(can(role, action)).toEqual(
      allowed ? { ok: true } : { ok: false, reason: 'ROLE_NOT_ALLOWED' },
    );
  });

  it('an administrator may do everything and a viewer changes nothing', () => {
    for (const action of Object.keys(SPEC_MATRIX) as Action[]) {
      expect(can('ADMINISTRATOR', action).ok, action).toBe(true);
      if (!action.endsWith('.view')) expect(can('VIEWER', action).ok, action).toBe(false);
    }
  });
});

describe('customer scope', () => {
  const customer = { accountManagerId: 'mem-jonas', salesRepId: 'mem-erik' };

  it('administrators and viewers see every customer', () => {
    expect(seesAllCustomers('ADMINISTRATOR')).toBe(true);
    expect(seesAllCustomers('VIEWER')).toBe(true);
    expect(isCustomerInScope({ id: 'mem-alva', role: 'ADMINISTRATOR' }, customer)).toBe(true);
    expect(isCustomerInScope({ id: 'mem-grace', role: 'VIEWER' }, customer)).toBe(true);
  });

  it('an account manager sees the customers assigned to them only', () => {
    expect(seesAllCustomers('ACCOUNT_MANAGER')).toBe(false);
    expect(isCustomerInScope({ id: 'mem-jonas', role: 'ACCOUNT_MANAGER' }, customer)).toBe(true);
    expect(isCustomerInScope({ id: 'mem-priya', role: 'ACCOUNT_MANAGER' }, customer)).toBe(false);
  });

  it('a sales rep sees the customers assigned to them only', () => {
    expect(seesAllCustomers('SALES_REP')).toBe(false);
    expect(isCustomerInScope({ id: 'mem-erik', role: 'SALES_REP' }, customer)).toBe(true);
    expect(isCustomerInScope({ id: 'mem-sophie', role: 'SALES_REP' }, customer)).toBe(false);
  });

  it('a member assigned in either field sees the customer', () => {
    const swapped = { accountManagerId: 'mem-erik', salesRepId: 'mem-jonas' };
    expect(isCustomerInScope({ id: 'mem-jonas', role: 'ACCOUNT_MANAGER' }, swapped)).toBe(true);
    expect(isCustomerInScope({ id: 'mem-erik', role: 'SALES_REP' }, swapped)).toBe(true);
  });
});
