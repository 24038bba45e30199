import { compareDates, type CalendarDate } from '@/domain/calendar-date';
import type { ActivityRecord } from '../db/records';
import type { Random } from './random';
import type { ActivityDraft, TimedActivity } from './types';

/** Where services/activity.ts keeps the last sequence it issued. */
export const META_ACTIVITY_SEQUENCE = 'activitySequence';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant on a calendar date (UTC), `minute` minutes and `second` seconds into it. */
export function instantOn(date: CalendarDate, minute: number, second = 0): string {
  return `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(second)}.000Z`;
}

/**
 * A first instant of work on a day: office hours on earlier days; on the seed day itself the
 * small hours, so that nothing seeded lies after the wall clock of a seed run that day.
 * Derived from the seed day only, never from the wall clock: the same seed gives the same data.
 */
export function startOfWork(random: Random, date: CalendarDate, today: CalendarDate): number {
  return date === today ? random.int(0, 240) : random.int(8 * 60, 15 * 60);
}

/**
 * Gives a customer's drafts their instants: in the order they happened (by date, then in the
 * order they were drafted), a few minutes apart on the same day.
 */
export function timeActivity(
  drafts: readonly ActivityDraft[],
  random: Random,
  today: CalendarDate,
  customer: { id: string; index: number },
): TimedActivity[] {
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => compareDates(a.draft.date, b.draft.date) || a.index - b.index);
  let lastDate: CalendarDate | null = null;
  let minute = 0;
  return ordered.map(({ draft }, localIndex) => {
    if (draft.date !== lastDate) {
      minute = startOfWork(random, draft.date, today);
      lastDate = draft.date;
    } else {
      minute = Math.min(minute + random.int(2, 40), 24 * 60 - 1);
    }
    return {
      at: instantOn(draft.date, minute, random.int(0, 59)),
      businessDate: draft.date,
      actorId: draft.actorId,
      customerId: customer.id,
      action: draft.action,
      subject: draft.subject,
      changes: draft.changes,
      moneyEffect: draft.moneyEffect,
      customerIndex: customer.index,
      localIndex,
    };
  });
}

/** Sorts entries in the order things happened: by instant, then customer, then within it. */
export function sortActivity(entries: TimedActivity[]): void {
  entries.sort(
    (a, b) =>
      (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
      a.customerIndex - b.customerIndex ||
      a.localIndex - b.localIndex,
  );
}

/**
 * The stored entry at its place `sequence` (1-based) in the sorted order: ids `act-` + the
 * sequence in 9 digits, as services/activity.ts continues them.
 */
export function toActivityRecord(entry: TimedActivity, sequence: number): ActivityRecord {
  return {
    id: `act-${String(sequence).padStart(9, '0')}`,
    at: entry.at,
    businessDate: entry.businessDate,
    actorId: entry.actorId,
    customerId: entry.customerId,
    action: entry.action,
    subject: entry.subject,
    changes: entry.changes,
    moneyEffect: entry.moneyEffect,
    sequence,
  };
}

/** Every entry numbered in the order things happened (sorts `entries` in place). */
export function numberActivity(entries: TimedActivity[]): ActivityRecord[] {
  sortActivity(entries);
  return entries.map((entry, index) => toActivityRecord(entry, index + 1));
}
