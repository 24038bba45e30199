import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useScheduleChange } from '@/api/subscriptions/mutations';
import type { Subscription } from '@/api/subscriptions/schemas';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { formatCalendarDate, formatNumber } from '@/i18n/format';

/**
 * SPEC §4 cancellation at term end: the licences keep working until the term ends (the day
 * before the anniversary is its last), confirmed with "I understand".
 */
export function CancelSubscriptionDialog({
  customerId,
  subscription,
  onClose,
  onDone,
}: {
  customerId: string;
  subscription: Subscription;
  onClose: () => void;
  onDone: (subscription: Subscription) => void;
}) {
  const { t, i18n } = useTranslation();
  const keys = useIdempotencyKey();
  const schedule = useScheduleChange(customerId);
  const date = formatCalendarDate(subscription.renewalDate, i18n.language);

  return (
    <ConfirmDialog
      title={t('subscriptions:cancel.title', { offer: subscription.offerName })}
      confirmLabel={t('subscriptions:cancel.submit')}
      consequence={t('subscriptions:cancel.consequence', { date })}
      onClose={onClose}
      onConfirm={(event) => {
        event.preventDefault();
        if (schedule.isPending) return;
        const body = { type: 'CANCELLATION' as const };
        const target = { id: subscription.id, version: subscription.version };
        schedule.mutate(
          { subscription: target, body, idempotencyKey: keys.keyFor({ ...target, body }) },
          { onSuccess: onDone },
        );
      }}
      pending={schedule.isPending}
      error={schedule.error}
      compact
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('subscriptions:cancel.facts', {
          count: subscription.currentQuantity,
          seats: formatNumber(subscription.currentQuantity, i18n.language),
        })}
      </Typography>
    </ConfirmDialog>
  );
}
