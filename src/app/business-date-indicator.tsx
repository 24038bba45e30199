import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { CalendarDateText } from '@/components/calendar-date-text';
import { useBusinessDate } from '@/hooks/use-business-date';

/** The business date everything counts from, always in sight. */
export function BusinessDateIndicator() {
  const { t } = useTranslation();
  const today = useBusinessDate();
  if (!today) return null;
  return (
    <Box
      component="span"
      sx={{
        display: { xs: 'none', sm: 'inline' },
        fontSize: '0.875rem',
        mx: 1,
        whiteSpace: 'nowrap',
      }}
    >
      {t('common:businessDate')}: <CalendarDateText date={today} />
    </Box>
  );
}
