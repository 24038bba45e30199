import type { CustomerStatus } from './customer-status';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import type { Role } from './permissions';
import type { RenewableSubscription } from './renewals';
import {
  canAddSeats,
  canBuyMoreOnline,
  canScheduleCancellation,
  canScheduleReduction,
  canUndoScheduledChange,
  type SeatCustomer,
} from './seats';

const ANNIVERSARY = '2027-01-31';
const dayAt = (daysLeft: number) => addDays(ANNIVERSARY, -daysLeft);
const COM: SeatCustomer = { marketSegment: 'COM', marketSubSegments: [] };

const subscription = (over: Partial<RenewableSubscription> = {}): RenewableSubscription => ({
  renewalDate: ANNIVERSARY,
  currentQuantity: 10,
  usedQuantity: 4,
  licenseType: 'TEAM',
  scheduledChange: null,
  autoRenewal: { enabled: true, renewalQuantity: 10 },
  ...over,
});

describe('canBuyMoreOnline', () => {
  it('lets an administrator or account manager buy for an ordinary customer', () => {
    expect(canBuyMoreOnline(COM, false, 'ADMINISTRATOR')).toEqual({ ok: true });
    expect(canBuyMoreOnline(COM, false, 'ACCOUNT_MANAGER')).toEqual({ ok: true });
  });

  it.each<Role>(['SALES_REP', 'VIEWER'])('refuses a %s', (role) => {
    expect(canBuyMoreOnline(COM, false, role)).toEqual({ ok: false, reason: 'FORBIDDEN' });
  });

  it('sends GOV, NON_PROFIT and add-on customers to sales', () => {
    expect(
      canBuyMoreOnline({ marketSegment: 'GOV', marketSubSegments: [] }, false, 'ADMINISTRATOR'),
    ).toEqual({ ok: false, reason: 'CONTACT_SALES_GOV' });
    expect(
      canBuyMoreOnline(
        { marketSegment: 'COM', marketSubSegments: ['NON_PROFIT'] },
        false,
        'ADMINISTRATOR',
      ),
    ).toEqual({ ok: false, reason: 'CONTACT_SALES_NON_PROFIT' });
    expect(canBuyMoreOnline(COM, true, 'ADMINISTRATOR')).toEqual({
      ok: false,
      reason: 'CONTACT_SALES_ADD_ON',
    });
    expect(
      canBuyMoreOnline(
        { marketSegment: 'EDU', marketSubSegments: ['K_12'] },
        false,
        'ADMINISTRATOR',
      ),
    ).toEqual({ ok: true });
  });
});

describe('canAddSeats', () => {
  const addOn = (daysLeft: number, quantity = 5, over: Partial<RenewableSubscription> = {}) =>
    canAddSeats({
      customer: COM,
      customerStatus: 'ACTIVE',
      customerHasAddOns: false,
      role: 'ACCOUNT_MANAGER',
      subscription: subscription(over),
      quantity,
      today: dayAt(daysLeft),
    });

  it('adds seats until the day before the anniversary', () => {
    expect(addOn(300)).toEqual({ ok: true });
    expect(addOn(1)).toEqual({ ok: true });
    expect(addOn(0)).toEqual({ ok: false, reason: 'TERM_ENDED' });
    expect(addOn(-10)).toEqual({ ok: false, reason: 'TERM_ENDED' });
  });

  it('refuses a subscription that ended or is being cancelled', () => {
    expect(addOn(-31)).toEqual({ ok: false, reason: 'SUBSCRIPTION_NOT_LIVE' });
    const cancelled: Partial<RenewableSubscription> = {
      scheduledChange: { type: 'CANCELLATION', effectiveDate: ANNIVERSARY },
    };
    expect(addOn(10, 5, cancelled)).toEqual({ ok: false, reason: 'SCHEDULED_CHANGE_EXISTS' });
    expect(addOn(0, 5, cancelled)).toEqual({ ok: false, reason: 'SUBSCRIPTION_NOT_LIVE' });
    expect(addOn(10, 5, { currentQuantity: 0, usedQuantity: 0 })).toEqual({
      ok: false,
      reason: 'SUBSCRIPTION_NOT_LIVE',
    });
  });

  it('keeps the total within the licence type range', () => {
    expect(addOn(10, 0)).toEqual({ ok: false, reason: 'QUANTITY_OUT_OF_RANGE' });
    expect(addOn(10, 9_990)).toEqual({ ok: true });
    expect(addOn(10, 9_991)).toEqual({ ok: false, reason: 'QUANTITY_OUT_OF_RANGE' });
  });

  it('sells no seats to a suspended customer, and does to a delayed one', () => {
    const forStatus = (customerStatus: CustomerStatus) =>
      canAddSeats({
        customer: COM,
        customerStatus,
        customerHasAddOns: false,
        role: 'ADMINISTRATOR',
        subscription: subscription(),
        quantity: 1,
        today: dayAt(10),
      });
    expect(forStatus('SUSPENDED')).toEqual({ ok: false, reason: 'CUSTOMER_SUSPENDED' });
    expect(forStatus('DELAYED')).toEqual({ ok: true });
    expect(forStatus('ACTIVE')).toEqual({ ok: true });
  });

  it('asks the customer rule first', () => {
    expect(
      canAddSeats({
        customer: { marketSegment: 'GOV', marketSubSegments: [] },
        customerStatus: 'ACTIVE',
        customerHasAddOns: false,
        role: 'ADMINISTRATOR',
        subscription: subscription(),
        quantity: 1,
        today: dayAt(10),
      }),
    ).toEqual({ ok: false, reason: 'CONTACT_SALES_GOV' });
  });
});

describe('canScheduleReduction', () => {
  const reduceOn = (daysLeft: number, quantity: number) =>
    canScheduleReduction(subscription(), quantity, dayAt(daysLeft));

  it('is allowed until the term ends', () => {
    expect(reduceOn(1, 5)).toEqual({ ok: true });
    expect(reduceOn(0, 5)).toEqual({ ok: false, reason: 'TERM_ENDED' });
  });

  it('never goes below the seats assigned, never to zero, always below today', () => {
    expect(reduceOn(10, 4)).toEqual({ ok: true });
    expect(reduceOn(10, 3)).toEqual({ ok: false, reason: 'SEATS_BELOW_ASSIGNED' });
    expect(reduceOn(10, 9)).toEqual({ ok: true });
    expect(reduceOn(10, 10)).toEqual({ ok: false, reason: 'QUANTITY_OUT_OF_RANGE' });
    expect(canScheduleReduction(subscription({ usedQuantity: 0 }), 0, dayAt(10))).toEqual({
      ok: false,
      reason: 'QUANTITY_OUT_OF_RANGE',
    });
  });
});

describe('canScheduleCancellation', () => {
  it('is allowed until the term ends', () => {
    expect(canScheduleCancellation(subscription(), dayAt(1))).toEqual({ ok: true });
    expect(canScheduleCancellation(subscription(), dayAt(0))).toEqual({
      ok: false,
      reason: 'TERM_ENDED',
    });
  });
});

describe('canUndoScheduledChange', () => {
  const reduced = subscription({
    scheduledChange: { type: 'REDUCTION', renewalQuantity: 5, effectiveDate: ANNIVERSARY },
  });

  it('needs a scheduled change', () => {
    expect(canUndoScheduledChange(subscription(), dayAt(10))).toEqual({
      ok: false,
      reason: 'NO_SCHEDULED_CHANGE',
    });
  });

  it('can be undone on the term’s last day, not on the effective date', () => {
    expect(canUndoScheduledChange(reduced, dayAt(1))).toEqual({ ok: true });
    expect(canUndoScheduledChange(reduced, dayAt(0))).toEqual({ ok: false, reason: 'TERM_ENDED' });
  });
});
