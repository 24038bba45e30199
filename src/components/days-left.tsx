import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { daysBetween, type CalendarDate } from '@/domain/calendar-date';

/** "in 12 days", "today", "3 days ago": counted from the backend's business date. */
export function DaysLeft({
  date,
  today,
  warnWithin,
}: {
  date: CalendarDate;
  today: CalendarDate;
  warnWithin?: number;
}) {
  const { t } = useTranslation();
  const days = daysBetween(today, date);
  const text =
    days === 0
      ? t('common:days.today')
      : days > 0
        ? t('common:days.inDays', { count: days })
        : t('common:days.daysAgo', { count: -days });
  const color =
    days < 0
      ? 'error.main'
      : warnWithin !== undefined && days <= warnWithin
        ? 'warning.main'
        : 'text.secondary';
  return (
    <Typography component="span" variant="body2" sx={{ color }}>
      {text}
    </Typography>
  );
}
