import { describe, expect, it } from 'vitest';
import { addDays, addYears } from './calendar-date';
import { renewalStage } from './renewal-stage';
import {
  canChangeAutoRenewal,
  canRenew,
  customerEmailSchedule,
  licencesAfterRenewal,
  renewalCycle,
  renewalVolumeLevel,
  suggestedRenewalQuantity,
  type RenewableSubscription,
} from './renewals';
import { DEFAULT_RULES, type Rules } from './rules';

const ANNIVERSARY = '2027-03-15';
/** The business date `daysLeft` days before the anniversary (negative: after it). */
const dayAt = (daysLeft: number) => addDays(ANNIVERSARY, -daysLeft);

const subscription = (over: Partial<RenewableSubscription> = {}): RenewableSubscription => ({
  renewalDate: ANNIVERSARY,
  currentQuantity: 10,
  usedQuantity: 4,
  licenseType: 'TEAM',
  scheduledChange: null,
  autoRenewal: { enabled: true, renewalQuantity: 10 },
  ...over,
});

describe('renewalCycle', () => {
  it('gives every date of the cycle from the rules', () => {
    expect(renewalCycle(ANNIVERSARY)).toEqual({
      shownFrom: '2026-12-15',
      windowOpens: '2027-02-13',
      autoRenewCutoff: '2027-03-12',
      anniversary: ANNIVERSARY,
      accessRemoved: '2027-04-15',
    });
  });

  it('agrees with renewalStage on each boundary', () => {
    const cycle = renewalCycle(ANNIVERSARY);
    expect(renewalStage(ANNIVERSARY, addDays(cycle.shownFrom, -1))).toBe('NOT_SHOWN');
    expect(renewalStage(ANNIVERSARY, cycle.shownFrom)).toBe('UPCOMING');
    expect(renewalStage(ANNIVERSARY, addDays(cycle.windowOpens, -1))).toBe('UPCOMING');
    expect(renewalStage(ANNIVERSARY, cycle.windowOpens)).toBe('WINDOW_OPEN');
    expect(renewalStage(ANNIVERSARY, addDays(cycle.accessRemoved, -1))).toBe('GRACE');
    expect(renewalStage(ANNIVERSARY, cycle.accessRemoved)).toBe('REMOVED');
  });

  it('follows other rules', () => {
    const rules: Rules = {
      ...DEFAULT_RULES,
      renewalOverviewFromDays: 45,
      renewalGraceDays: 14,
      autoRenewCutoffDays: 5,
    };
    const cycle = renewalCycle(ANNIVERSARY, rules);
    expect(cycle.shownFrom).toBe('2027-01-29');
    expect(cycle.autoRenewCutoff).toBe('2027-03-10');
    expect(cycle.accessRemoved).toBe('2027-03-30');
  });
});

describe('month-end anniversaries', () => {
  it('moves 31 January a year to 31 January and 29 February to 28 February', () => {
    expect(addYears('2027-01-31', 1)).toBe('2028-01-31');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('counts the window across February', () => {
    const cycle = renewalCycle('2028-02-29');
    expect(cycle.windowOpens).toBe('2028-01-30');
    expect(cycle.accessRemoved).toBe('2028-03-31');
  });
});

describe('customerEmailSchedule', () => {
  it('mails 30 days before, on the anniversary and 7 days before access is removed', () => {
    const schedule = customerEmailSchedule(ANNIVERSARY, dayAt(31));
    expect(schedule).toEqual([
      { kind: 'RENEWAL_REMINDER', date: '2027-02-13', sent: false },
      { kind: 'ANNIVERSARY', date: ANNIVERSARY, sent: false },
      { kind: 'ACCESS_REMOVAL_WARNING', date: '2027-04-08', sent: false },
    ]);
  });

  it('marks a mail sent from its day on', () => {
    const sent = (today: string) =>
      customerEmailSchedule(ANNIVERSARY, today).map((email) => email.sent);
    expect(sent(dayAt(30))).toEqual([true, false, false]);
    expect(sent(dayAt(1))).toEqual([true, false, false]);
    expect(sent(dayAt(0))).toEqual([true, true, false]);
    expect(sent('2027-04-07')).toEqual([true, true, false]);
    expect(sent('2027-04-08')).toEqual([true, true, true]);
  });
});

describe('canRenew', () => {
  const renewOn = (daysLeft: number, quantity = 10, over: Partial<RenewableSubscription> = {}) =>
    canRenew(subscription(over), quantity, dayAt(daysLeft));

  it('is not open before the window, open from day −30 to day +30, closed from +31', () => {
    expect(renewOn(91)).toEqual({ ok: false, reason: 'RENEWAL_NOT_OPEN' });
    expect(renewOn(90)).toEqual({ ok: false, reason: 'RENEWAL_NOT_OPEN' });
    expect(renewOn(31)).toEqual({ ok: false, reason: 'RENEWAL_NOT_OPEN' });
    expect(renewOn(30)).toEqual({ ok: true });
    expect(renewOn(0)).toEqual({ ok: true });
    expect(renewOn(-30)).toEqual({ ok: true });
    expect(renewOn(-31)).toEqual({ ok: false, reason: 'RENEWAL_CLOSED' });
  });

  it('never renews below the seats assigned', () => {
    expect(renewOn(10, 4)).toEqual({ ok: true });
    expect(renewOn(10, 3)).toEqual({ ok: false, reason: 'SEATS_BELOW_ASSIGNED' });
  });

  it('renews late at most the previous quantity, on time above it', () => {
    expect(renewOn(0, 11)).toEqual({ ok: true });
    expect(renewOn(-1, 10)).toEqual({ ok: true });
    expect(renewOn(-1, 11)).toEqual({ ok: false, reason: 'LATE_RENEWAL_ABOVE_PREVIOUS' });
    expect(renewOn(-30, 11)).toEqual({ ok: false, reason: 'LATE_RENEWAL_ABOVE_PREVIOUS' });
  });

  it('keeps the quantity in the licence type range', () => {
    expect(renewOn(5, 0, { usedQuantity: 0 })).toEqual({
      ok: false,
      reason: 'QUANTITY_OUT_OF_RANGE',
    });
    expect(renewOn(5, 10_000)).toEqual({ ok: true });
    expect(renewOn(5, 10_001)).toEqual({ ok: false, reason: 'QUANTITY_OUT_OF_RANGE' });
    expect(renewOn(5, 10_001, { licenseType: 'ENTERPRISE' })).toEqual({ ok: true });
  });

  it('does not renew a cancellation: undo it first, and never once it took effect', () => {
    const cancelled: Partial<RenewableSubscription> = {
      scheduledChange: { type: 'CANCELLATION', effectiveDate: ANNIVERSARY },
    };
    expect(renewOn(5, 10, cancelled)).toEqual({
      ok: false,
      reason: 'SCHEDULED_CHANGE_EXISTS',
    });
    expect(renewOn(0, 10, cancelled)).toEqual({
      ok: false,
      reason: 'SUBSCRIPTION_NOT_LIVE',
    });
  });

  it('renews a subscription with a reduction scheduled (the renewal replaces it)', () => {
    const reduced: Partial<RenewableSubscription> = {
      scheduledChange: { type: 'REDUCTION', renewalQuantity: 5, effectiveDate: ANNIVERSARY },
    };
    expect(renewOn(5, 12, reduced)).toEqual({ ok: true });
  });
});

describe('canChangeAutoRenewal', () => {
  const changeOn = (daysLeft: number, quantity: number | null = 10) =>
    canChangeAutoRenewal(subscription(), quantity, dayAt(daysLeft));

  it('is allowed until day −4 and refused from day −3', () => {
    expect(changeOn(200)).toEqual({ ok: true });
    expect(changeOn(4)).toEqual({ ok: true });
    expect(changeOn(3)).toEqual({ ok: false, reason: 'AUTO_RENEW_CUTOFF_PASSED' });
    expect(changeOn(0)).toEqual({ ok: false, reason: 'AUTO_RENEW_CUTOFF_PASSED' });
    expect(changeOn(-5)).toEqual({ ok: false, reason: 'AUTO_RENEW_CUTOFF_PASSED' });
  });

  it('keeps the renewal quantity at or above the seats assigned and in range', () => {
    expect(changeOn(10, 4)).toEqual({ ok: true });
    expect(changeOn(10, 3)).toEqual({ ok: false, reason: 'SEATS_BELOW_ASSIGNED' });
    expect(changeOn(10, 10_001)).toEqual({ ok: false, reason: 'QUANTITY_OUT_OF_RANGE' });
    expect(changeOn(10, null)).toEqual({ ok: true });
  });

  it('refuses while a cancellation is scheduled and once the subscription ended', () => {
    const cancelled = subscription({
      scheduledChange: { type: 'CANCELLATION', effectiveDate: ANNIVERSARY },
    });
    expect(canChangeAutoRenewal(cancelled, null, dayAt(10))).toEqual({
      ok: false,
      reason: 'SCHEDULED_CHANGE_EXISTS',
    });
    expect(canChangeAutoRenewal(cancelled, null, dayAt(0))).toEqual({
      ok: false,
      reason: 'SUBSCRIPTION_NOT_LIVE',
    });
  });

  it('follows another cut-off', () => {
    const rules: Rules = { ...DEFAULT_RULES, autoRenewCutoffDays: 7 };
    expect(canChangeAutoRenewal(subscription(), null, dayAt(8), rules).ok).toBe(true);
    expect(canChangeAutoRenewal(subscription(), null, dayAt(7), rules).ok).toBe(false);
  });
});

describe('suggestedRenewalQuantity', () => {
  it('takes the planned quantity, never below the seats assigned', () => {
    expect(suggestedRenewalQuantity(subscription())).toBe(10);
    expect(
      suggestedRenewalQuantity(
        subscription({ autoRenewal: { enabled: false, renewalQuantity: 2 } }),
      ),
    ).toBe(4);
    expect(
      suggestedRenewalQuantity(
        subscription({
          scheduledChange: { type: 'REDUCTION', renewalQuantity: 6, effectiveDate: ANNIVERSARY },
        }),
      ),
    ).toBe(6);
    expect(
      suggestedRenewalQuantity(
        subscription({
          usedQuantity: 8,
          scheduledChange: { type: 'REDUCTION', renewalQuantity: 6, effectiveDate: ANNIVERSARY },
        }),
      ),
    ).toBe(8);
  });

  it('prices at the level the customer reaches after the renewal', () => {
    expect(licencesAfterRenewal(30, { currentQuantity: 10 }, 15)).toBe(35);
    expect(renewalVolumeLevel(9, { currentQuantity: 9 }, 9)).toBe(1);
    expect(renewalVolumeLevel(9, { currentQuantity: 9 }, 10)).toBe(2);
    expect(renewalVolumeLevel(120, { currentQuantity: 30 }, 9)).toBe(3);
  });
});
