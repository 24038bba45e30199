import {
  addDays,
  calendarDateOfInstant,
  daysBetween,
  type CalendarDate,
} from '@/domain/calendar-date';
import type { StoreTx } from '../db/store';

const CLOCK_OFFSET = 'clockOffsetDays';

/**
 * The business date: the system's UTC date moved by the demo clock's offset, so the demo keeps
 * moving day by day like a real backend while the developer panel can jump ahead.
 */
export async function businessDate(tx: StoreTx, now: number): Promise<CalendarDate> {
  const offset = (await tx.meta.get<number>(CLOCK_OFFSET)) ?? 0;
  return addDays(calendarDateOfInstant(now), offset);
}

export async function setBusinessDate(tx: StoreTx, now: number, date: CalendarDate): Promise<void> {
  await tx.meta.put(CLOCK_OFFSET, daysBetween(calendarDateOfInstant(now), date));
}
