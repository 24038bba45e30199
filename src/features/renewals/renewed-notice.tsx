import Alert from '@mui/material/Alert';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubscriptionOrderResult } from '@/api/subscriptions/schemas';
import { formatCalendarDate } from '@/i18n/format';

/** Says a renewal was placed and the new anniversary; takes focus (its row may be gone). */
export function RenewedNotice({ result }: { result: SubscriptionOrderResult | null }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) ref.current?.focus();
  }, [result]);
  if (!result) return null;
  return (
    <Alert ref={ref} tabIndex={-1} severity="success" role="status" sx={{ mb: 2 }}>
      {t('renew:action.renewed', {
        number: result.order.number,
        date: formatCalendarDate(result.subscription.renewalDate, i18n.language),
      })}
    </Alert>
  );
}
