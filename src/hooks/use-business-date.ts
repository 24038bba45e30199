import { useQuery } from '@tanstack/react-query';
import { clockQueries } from '@/api/clock/queries';
import type { CalendarDate } from '@/domain/calendar-date';

/** The backend's business date: the only "today" the UI counts days from. */
export function useBusinessDate(): CalendarDate | undefined {
  return useQuery(clockQueries.current()).data?.businessDate;
}
