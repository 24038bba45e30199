import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '@/i18n/format';
import type { CalendarDate } from '@/domain/calendar-date';

export function CalendarDateText({
  date,
  style = 'medium',
}: {
  date: CalendarDate;
  style?: 'medium' | 'long' | 'short';
}) {
  const { i18n } = useTranslation();
  return <time dateTime={date}>{formatCalendarDate(date, i18n.language, style)}</time>;
}
