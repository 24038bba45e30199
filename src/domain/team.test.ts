import { describe, expect, it } from 'vitest';
import { ROLES } from './permissions';
import {
  canAssignCustomers,
  canChangeRole,
  canDeactivate,
  managesCustomers,
  type TeamMemberFacts,
} from './team';

const admin: TeamMemberFacts = { id: 'a1', role: 'ADMINISTRATOR', active: true };
const admin2: TeamMemberFacts = { id: 'a2', role: 'ADMINISTRATOR', active: true };
const manager: TeamMemberFacts = { id: 'm1', role: 'ACCOUNT_MANAGER', active: true };
const rep: TeamMemberFacts = { id: 's1', role: 'SALES_REP', active: true };
const viewer: TeamMemberFacts = { id: 'v1', role: 'VIEWER', active: true };
const team = [admin, manager, rep, viewer];

describe('canChangeRole', () => {
  it('refuses to demote the last active administrator', () => {
    expect(canChangeRole(admin, 'VIEWER', team, 0)).toEqual({
      ok: false,
      reason: 'LAST_ADMINISTRATOR',
    });
    // An inactive administrator does not count.
    const inactive = { ...admin2, active: false };
    expect(canChangeRole(admin, 'VIEWER', [...team, inactive], 0).ok).toBe(false);
  });

  it('allows demoting an administrator while another active one stays', () => {
    expect(canChangeRole(admin, 'ACCOUNT_MANAGER', [...team, admin2], 0)).toEqual({ ok: true });
  });

  it('allows keeping the same role, even for the last administrator', () => {
    expect(canChangeRole(admin, 'ADMINISTRATOR', team, 0).ok).toBe(true);
    expect(canChangeRole(manager, 'ACCOUNT_MANAGER', team, 12).ok).toBe(true);
  });

  it('refuses while an account manager or sales rep has customers (reassign first)', () => {
    expect(canChangeRole(manager, 'SALES_REP', team, 1)).toEqual({
      ok: false,
      reason: 'MEMBER_HAS_CUSTOMERS',
    });
    expect(canChangeRole(rep, 'VIEWER', team, 1).ok).toBe(false);
    expect(canChangeRole(manager, 'SALES_REP', team, 0).ok).toBe(true);
    expect(canChangeRole(rep, 'ADMINISTRATOR', team, 0).ok).toBe(true);
  });

  it('ignores the customer count for roles that manage no customers', () => {
    expect(canChangeRole(viewer, 'ACCOUNT_MANAGER', team, 5).ok).toBe(true);
  });

  it('refuses any change of an inactive member', () => {
    expect(canChangeRole({ ...viewer, active: false }, 'SALES_REP', team, 0)).toEqual({
      ok: false,
      reason: 'MEMBER_INACTIVE',
    });
  });
});

describe('canDeactivate', () => {
  it('refuses the last active administrator, allows one of two', () => {
    expect(canDeactivate(admin, team, 0)).toEqual({ ok: false, reason: 'LAST_ADMINISTRATOR' });
    expect(canDeactivate(admin, [...team, admin2], 0).ok).toBe(true);
  });

  it('refuses a member with customers, allows one with none', () => {
    expect(canDeactivate(manager, team, 1)).toEqual({ ok: false, reason: 'MEMBER_HAS_CUSTOMERS' });
    expect(canDeactivate(rep, team, 0).ok).toBe(true);
    expect(canDeactivate(viewer, team, 3).ok).toBe(true);
  });

  it('refuses an inactive member', () => {
    expect(canDeactivate({ ...rep, active: false }, team, 0)).toEqual({
      ok: false,
      reason: 'MEMBER_INACTIVE',
    });
  });
});

describe('customer assignment', () => {
  it('knows which roles manage customers', () => {
    expect(ROLES.filter(managesCustomers)).toEqual(['ACCOUNT_MANAGER', 'SALES_REP']);
  });

  it('gives customers to active members only', () => {
    expect(canAssignCustomers(manager).ok).toBe(true);
    expect(canAssignCustomers({ ...manager, active: false })).toEqual({
      ok: false,
      reason: 'MEMBER_INACTIVE',
    });
  });
});
