import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './calendar-date';
import {
  accessEndsOn,
  attentionReasons,
  deriveCustomerStatus,
  type CustomerStatus,
  type CustomerStatusFacts,
} from './customer-status';
import { DEFAULT_RULES, type Rules } from './rules';

const PA_CREATED = '2026-03-10';
const ANNIVERSARY = '2026-11-23';

/** An accepted customer with two renewing subscriptions and no pending PA. */
function facts(overrides: Partial<CustomerStatusFacts> = {}): CustomerStatusFacts {
  return {
    invitationAccepted: true,
    oldestPendingPaCreationDate: null,
    cotermDate: ANNIVERSARY,
    renewingSubscriptionCount: 2,
    subscriptionCount: 2,
    ...overrides,
  };
}

const withPa = (overrides: Partial<CustomerStatusFacts> = {}) =>
  facts({ oldestPendingPaCreationDate: PA_CREATED, cotermDate: '2027-03-10', ...overrides });

const statusOn = (f: CustomerStatusFacts, today: string, rules?: Rules) =>
  deriveCustomerStatus(f, today, rules).status;

describe('deriveCustomerStatus: the PA order deadline', () => {
  it('a PA waiting 30 days does not make the customer DELAYED', () => {
    expect(statusOn(withPa(), addDays(PA_CREATED, 30))).toBe('ACTIVE');
    expect(statusOn(withPa({ invitationAccepted: false }), addDays(PA_CREATED, 30))).toBe(
      'INVITED',
    );
  });

  it('a PA created today does not make the customer DELAYED', () => {
    expect(statusOn(withPa(), PA_CREATED)).toBe('ACTIVE');
  });

  it('day 31 makes the customer DELAYED, with the PA and days waiting as the reason', () => {
    expect(deriveCustomerStatus(withPa(), addDays(PA_CREATED, 31))).toEqual({
      status: 'DELAYED',
      reason: { code: 'PA_ORDER_OVERDUE', paCreationDate: PA_CREATED, daysWaiting: 31 },
    });
  });

  it('day 60 is still DELAYED', () => {
    expect(statusOn(withPa(), addDays(PA_CREATED, 60))).toBe('DELAYED');
  });

  it('day 61 makes the customer SUSPENDED', () => {
    expect(deriveCustomerStatus(withPa(), addDays(PA_CREATED, 61))).toEqual({
      status: 'SUSPENDED',
      reason: { code: 'PA_ORDER_VERY_OVERDUE', paCreationDate: PA_CREATED, daysWaiting: 61 },
    });
  });

  it('an overdue PA outranks a pending invitation', () => {
    const invited = withPa({ invitationAccepted: false });
    expect(statusOn(invited, addDays(PA_CREATED, 31))).toBe('DELAYED');
    expect(statusOn(invited, addDays(PA_CREATED, 61))).toBe('SUSPENDED');
  });

  it('custom rules move the deadline and the suspension', () => {
    const rules: Rules = { ...DEFAULT_RULES, paOrderDeadlineDays: 14, paSuspensionAfterDays: 30 };
    expect(statusOn(withPa(), addDays(PA_CREATED, 14), rules)).toBe('ACTIVE');
    expect(statusOn(withPa(), addDays(PA_CREATED, 15), rules)).toBe('DELAYED');
    expect(statusOn(withPa(), addDays(PA_CREATED, 30), rules)).toBe('DELAYED');
    expect(statusOn(withPa(), addDays(PA_CREATED, 31), rules)).toBe('SUSPENDED');
  });
});

describe('deriveCustomerStatus: invitation', () => {
  it('is INVITED while the invitation is not accepted', () => {
    const invited = facts({
      invitationAccepted: false,
      cotermDate: null,
      renewingSubscriptionCount: 0,
      subscriptionCount: 0,
    });
    expect(deriveCustomerStatus(invited, '2026-11-23')).toEqual({
      status: 'INVITED',
      reason: { code: 'INVITATION_PENDING' },
    });
  });

  it('is ACTIVE with no subscriptions yet once the invitation is accepted', () => {
    const fresh = facts({ cotermDate: null, renewingSubscriptionCount: 0, subscriptionCount: 0 });
    expect(deriveCustomerStatus(fresh, '2026-11-23')).toEqual({
      status: 'ACTIVE',
      reason: { code: 'NO_SUBSCRIPTIONS_YET' },
    });
  });
});

describe('deriveCustomerStatus: INACTIVE after grace', () => {
  it('renewing subscriptions stay ACTIVE through anniversary + 30 and are INACTIVE from + 31', () => {
    expect(deriveCustomerStatus(facts(), ANNIVERSARY)).toEqual({
      status: 'ACTIVE',
      reason: { code: 'IN_GOOD_STANDING' },
    });
    expect(statusOn(facts(), addDays(ANNIVERSARY, 30))).toBe('ACTIVE');
    expect(deriveCustomerStatus(facts(), addDays(ANNIVERSARY, 31))).toEqual({
      status: 'INACTIVE',
      reason: { code: 'NOTHING_LIVE', since: addDays(ANNIVERSARY, 31) },
    });
  });

  it('cancelled-only subscriptions end the day before the anniversary', () => {
    const cancelled = facts({ renewingSubscriptionCount: 0, subscriptionCount: 2 });
    expect(accessEndsOn(cancelled)).toBe(addDays(ANNIVERSARY, -1));
    expect(statusOn(cancelled, addDays(ANNIVERSARY, -1))).toBe('ACTIVE');
    expect(deriveCustomerStatus(cancelled, ANNIVERSARY)).toEqual({
      status: 'INACTIVE',
      reason: { code: 'NOTHING_LIVE', since: ANNIVERSARY },
    });
  });

  it('one renewing subscription keeps access through grace', () => {
    const mixed = facts({ renewingSubscriptionCount: 1, subscriptionCount: 3 });
    expect(accessEndsOn(mixed)).toBe(addDays(ANNIVERSARY, 30));
  });

  it('has no access end without subscriptions or without an anniversary', () => {
    expect(accessEndsOn(facts({ subscriptionCount: 0, renewingSubscriptionCount: 0 }))).toBeNull();
    expect(accessEndsOn(facts({ cotermDate: null }))).toBeNull();
  });

  it('a pending PA keeps a lapsed customer from INACTIVE', () => {
    const lapsedWithPa = facts({ oldestPendingPaCreationDate: addDays(ANNIVERSARY, 40) });
    expect(statusOn(lapsedWithPa, addDays(ANNIVERSARY, 45))).toBe('ACTIVE');
  });

  it('a custom grace period moves the INACTIVE boundary', () => {
    const rules: Rules = { ...DEFAULT_RULES, renewalGraceDays: 14 };
    expect(statusOn(facts(), addDays(ANNIVERSARY, 14), rules)).toBe('ACTIVE');
    expect(statusOn(facts(), addDays(ANNIVERSARY, 15), rules)).toBe('INACTIVE');
  });
});

describe('attentionReasons', () => {
  it('flags PA_OVERDUE from day 31, not on day 30', () => {
    expect(attentionReasons(withPa(), addDays(PA_CREATED, 30))).not.toContain('PA_OVERDUE');
    expect(attentionReasons(withPa(), addDays(PA_CREATED, 31))).toContain('PA_OVERDUE');
    expect(attentionReasons(withPa(), addDays(PA_CREATED, 61))).toContain('PA_OVERDUE');
  });

  it('flags RENEWAL_DUE from anniversary − 30, not at − 31', () => {
    expect(attentionReasons(facts(), addDays(ANNIVERSARY, -31))).toEqual([]);
    expect(attentionReasons(facts(), addDays(ANNIVERSARY, -30))).toEqual(['RENEWAL_DUE']);
  });

  it('flags RENEWAL_DUE on the anniversary and through + 30, not at + 31', () => {
    expect(attentionReasons(facts(), ANNIVERSARY)).toEqual(['RENEWAL_DUE']);
    expect(attentionReasons(facts(), addDays(ANNIVERSARY, 30))).toEqual(['RENEWAL_DUE']);
    expect(attentionReasons(facts(), addDays(ANNIVERSARY, 31))).toEqual([]);
  });

  it('does not flag a renewal when every subscription is cancelled', () => {
    const cancelled = facts({ renewingSubscriptionCount: 0 });
    expect(attentionReasons(cancelled, addDays(ANNIVERSARY, -10))).toEqual([]);
  });

  it('does not flag a customer without an anniversary', () => {
    const fresh = facts({ cotermDate: null, renewingSubscriptionCount: 0, subscriptionCount: 0 });
    expect(attentionReasons(fresh, '2026-11-23')).toEqual([]);
  });

  it('gives both reasons when a PA is overdue inside the renewal window', () => {
    const both = facts({ oldestPendingPaCreationDate: addDays(ANNIVERSARY, -45) });
    expect(attentionReasons(both, addDays(ANNIVERSARY, -10))).toEqual([
      'PA_OVERDUE',
      'RENEWAL_DUE',
    ]);
  });
});

describe('status over time', () => {
  const RANK: Record<CustomerStatus, number> = {
    INVITED: 0,
    ACTIVE: 0,
    INACTIVE: 0,
    DELAYED: 1,
    SUSPENDED: 2,
  };

  const factsArb = fc.record({
    invitationAccepted: fc.boolean(),
    paOffset: fc.option(fc.integer({ min: -200, max: 200 }), { nil: null }),
    cotermOffset: fc.option(fc.integer({ min: -400, max: 400 }), { nil: null }),
    renewing: fc.integer({ min: 0, max: 3 }),
    extra: fc.integer({ min: 0, max: 3 }),
  });

  it('never goes back from SUSPENDED to DELAYED nor from DELAYED to ACTIVE or INVITED', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.integer({ min: -100, max: 300 }),
        fc.integer({ min: 0, max: 200 }),
        (f, start, step) => {
          const base = '2026-06-01';
          const customer: CustomerStatusFacts = {
            invitationAccepted: f.invitationAccepted,
            oldestPendingPaCreationDate: f.paOffset === null ? null : addDays(base, f.paOffset),
            cotermDate: f.cotermOffset === null ? null : addDays(base, f.cotermOffset),
            renewingSubscriptionCount: f.renewing,
            subscriptionCount: f.renewing + f.extra,
          };
          const earlier = addDays(base, start);
          const later = addDays(earlier, step);
          const before = statusOn(customer, earlier);
          const after = statusOn(customer, later);
          expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
