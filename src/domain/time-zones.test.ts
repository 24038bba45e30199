import { afterAll, describe, expect, it } from 'vitest';
import { formatCalendarDate } from '@/i18n/format';
import { addDays, addMonths, calendarDateOfInstant, daysBetween } from './calendar-date';
import { deriveCustomerStatus } from './customer-status';
import { prorationMonths } from './pricing';
import { renewalStage } from './renewal-stage';

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Honolulu',
  'Pacific/Kiritimati',
  'Asia/Tokyo',
];
const original = process.env.TZ;

/** Everything a reseller sees about dates, computed in the current process time zone. */
function observe() {
  // 02:30 UTC on 23 November: still the 22nd in Los Angeles, already the 23rd in Tokyo.
  const today = calendarDateOfInstant(Date.UTC(2026, 10, 23, 2, 30));
  const paCreated = addDays(today, -31);
  return {
    today,
    deadline: addDays(paCreated, 30),
    status: deriveCustomerStatus(
      {
        invitationAccepted: true,
        oldestPendingPaCreationDate: paCreated,
        cotermDate: '2027-01-31',
        renewingSubscriptionCount: 1,
        subscriptionCount: 1,
      },
      today,
    ).status,
    anniversary: addMonths('2027-01-31', 1),
    stage: renewalStage('2026-12-23', today),
    daysLeft: daysBetween(today, '2026-12-23'),
    months: prorationMonths(today, '2027-03-31'),
    shown: ['en', 'sv', 'de', 'fr'].map((language) => formatCalendarDate(today, language)),
  };
}

describe('a reseller in any time zone sees the same dates', () => {
  afterAll(() => {
    process.env.TZ = original;
  });

  it.each(ZONES)('in %s', (zone) => {
    process.env.TZ = zone;
    // Guard: the zone really applies to local Date methods in this process.
    const local = new Date(Date.UTC(2026, 10, 23, 2, 30));
    if (zone === 'America/Los_Angeles') expect(local.getDate()).toBe(22);
    if (zone === 'Asia/Tokyo') expect(local.getDate()).toBe(23);
    expect(observe()).toEqual({
      today: '2026-11-23',
      deadline: '2026-11-22',
      status: 'DELAYED',
      anniversary: '2027-02-28',
      stage: 'WINDOW_OPEN',
      daysLeft: 30,
      months: 5,
      shown: expect.any(Array) as unknown,
    });
    process.env.TZ = 'UTC';
    const inUtc = observe().shown;
    process.env.TZ = zone;
    expect(observe().shown).toEqual(inUtc);
  });
});
