import { compareDates, type CalendarDate } from './calendar-date';

/** What orders a PA or an order in History (SPEC §5.5). */
export interface HistoryOrdered {
  creationDate: CalendarDate;
  /** ISO instant: two entries of one day in the order they happened. */
  createdAt: string;
  number: string;
}

/**
 * Newest first: by business date, then by the instant it was created (a PA and the order
 * placed from it the same day: the order above), then by number. The backend sorts each list
 * with it and History merges the two lists with it.
 */
export function compareNewestFirst(a: HistoryOrdered, b: HistoryOrdered): number {
  return (
    compareDates(b.creationDate, a.creationDate) ||
    (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0) ||
    b.number.localeCompare(a.number)
  );
}
