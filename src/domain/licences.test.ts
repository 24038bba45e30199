import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { canAssignLicence, canUnassign, freeSeats, sameEmail, type SeatPool } from './licences';
import { DEFAULT_RULES } from './rules';

const ANNIVERSARY = '2027-03-10';
const TODAY = '2026-11-23';

function pool(overrides: Partial<SeatPool> = {}): SeatPool {
  return {
    renewalDate: ANNIVERSARY,
    currentQuantity: 5,
    usedQuantity: 4,
    scheduledChange: null,
    ...overrides,
  };
}

const ann = { active: true, user: { email: 'ann@acme.example' } };

describe('canAssignLicence: seats', () => {
  it('allows the last free seat and refuses when none is left', () => {
    expect(canAssignLicence(pool({ usedQuantity: 4 }), [], null, TODAY)).toEqual({ ok: true });
    expect(canAssignLicence(pool({ usedQuantity: 5 }), [], null, TODAY)).toEqual({
      ok: false,
      reason: 'NO_SEATS_AVAILABLE',
    });
    expect(
      canAssignLicence(pool({ currentQuantity: 0, usedQuantity: 0 }), [], null, TODAY),
    ).toEqual({ ok: false, reason: 'NO_SEATS_AVAILABLE' });
  });

  it('counts free seats, never below zero', () => {
    expect(freeSeats({ currentQuantity: 5, usedQuantity: 2 })).toBe(3);
    expect(freeSeats({ currentQuantity: 2, usedQuantity: 5 })).toBe(0);
  });
});

describe('canAssignLicence: the subscription must be live', () => {
  it('allows until the last day of grace and refuses the day after', () => {
    const lastDay = addDays(ANNIVERSARY, DEFAULT_RULES.renewalGraceDays);
    expect(canAssignLicence(pool(), [], null, lastDay).ok).toBe(true);
    expect(canAssignLicence(pool(), [], null, addDays(lastDay, 1))).toEqual({
      ok: false,
      reason: 'SUBSCRIPTION_NOT_LIVE',
    });
  });

  it('takes grace from the rules', () => {
    const rules = { ...DEFAULT_RULES, renewalGraceDays: 14 };
    expect(canAssignLicence(pool(), [], null, addDays(ANNIVERSARY, 14), rules).ok).toBe(true);
    expect(canAssignLicence(pool(), [], null, addDays(ANNIVERSARY, 15), rules).ok).toBe(false);
  });

  it('refuses from the anniversary of a cancelled subscription, allows the day before', () => {
    const cancelled = pool({
      scheduledChange: { type: 'CANCELLATION', effectiveDate: ANNIVERSARY },
    });
    expect(canAssignLicence(cancelled, [], null, addDays(ANNIVERSARY, -1)).ok).toBe(true);
    expect(canAssignLicence(cancelled, [], null, ANNIVERSARY)).toEqual({
      ok: false,
      reason: 'SUBSCRIPTION_NOT_LIVE',
    });
  });

  it('says not live before no seats, when both hold', () => {
    const full = pool({ usedQuantity: 5 });
    expect(canAssignLicence(full, [], null, addDays(ANNIVERSARY, 31))).toEqual({
      ok: false,
      reason: 'SUBSCRIPTION_NOT_LIVE',
    });
  });
});

describe('canAssignLicence: one seat per user', () => {
  it('refuses an e-mail already active on the subscription, whatever its case', () => {
    expect(canAssignLicence(pool(), [ann], 'ann@acme.example', TODAY)).toEqual({
      ok: false,
      reason: 'ALREADY_ASSIGNED',
    });
    expect(canAssignLicence(pool(), [ann], ' ANN@Acme.Example ', TODAY).ok).toBe(false);
  });

  it('allows a user whose earlier assignment was taken back, and another user', () => {
    const former = { ...ann, active: false };
    expect(canAssignLicence(pool(), [former], 'ann@acme.example', TODAY).ok).toBe(true);
    expect(canAssignLicence(pool(), [ann], 'bo@acme.example', TODAY).ok).toBe(true);
  });

  it('checks seats only while no e-mail is given', () => {
    expect(canAssignLicence(pool(), [ann], null, TODAY).ok).toBe(true);
  });

  it('compares addresses without case or surrounding spaces', () => {
    expect(sameEmail('A@B.example', ' a@b.example')).toBe(true);
    expect(sameEmail('a@b.example', 'a@c.example')).toBe(false);
  });
});

describe('canUnassign', () => {
  it('allows an active assignment only', () => {
    expect(canUnassign({ active: true })).toEqual({ ok: true });
    expect(canUnassign({ active: false })).toEqual({ ok: false, reason: 'ASSIGNMENT_NOT_ACTIVE' });
  });
});

describe('a suspended customer', () => {
  it('gets no licence assigned: its licences are unusable (SPEC §3)', () => {
    const pool = {
      renewalDate: '2027-06-01',
      currentQuantity: 5,
      usedQuantity: 0,
      scheduledChange: null,
    };
    expect(canAssignLicence(pool, [], null, '2026-11-23', DEFAULT_RULES, 'SUSPENDED')).toEqual({
      ok: false,
      reason: 'CUSTOMER_SUSPENDED',
    });
    expect(canAssignLicence(pool, [], null, '2026-11-23', DEFAULT_RULES, 'DELAYED').ok).toBe(true);
  });
});
