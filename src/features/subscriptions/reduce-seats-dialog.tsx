import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useScheduleChange } from '@/api/subscriptions/mutations';
import type { Subscription } from '@/api/subscriptions/schemas';
import { errorCodeMessage } from '@/components/api-error-message';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextFieldElement } from '@/components/form-fields';
import type { CalendarDate } from '@/domain/calendar-date';
import { DEFAULT_RULES } from '@/domain/rules';
import { canScheduleReduction, type SeatReason } from '@/domain/seats';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { formatCalendarDate, formatNumber } from '@/i18n/format';
import { parseSeats } from '@/lib/parse-seats';

interface ReduceValues {
  quantity: string;
}

/** The lowest next-term quantity: the seats assigned, or the licence type's minimum. */
function reductionFloor(subscription: Subscription): number {
  return Math.max(
    subscription.usedQuantity,
    DEFAULT_RULES.quantityPerLine[subscription.licenseType].min,
  );
}

function quantityMessage(
  t: TFunction,
  reason: SeatReason,
  subscription: Subscription,
  language: string,
): string {
  if (reason === 'SEATS_BELOW_ASSIGNED') {
    return t('subscriptions:reduce.belowAssigned', {
      count: subscription.usedQuantity,
      seats: formatNumber(subscription.usedQuantity, language),
    });
  }
  if (reason === 'QUANTITY_OUT_OF_RANGE') {
    return t('subscriptions:reduce.range', {
      min: formatNumber(reductionFloor(subscription), language),
      max: formatNumber(subscription.currentQuantity - 1, language),
    });
  }
  return errorCodeMessage(t, reason);
}

/**
 * SPEC §4 seat reduction: the next term's seats, never below the seats assigned
 * (canScheduleReduction, as the API judges it), effective on the anniversary; confirmed with
 * "I understand". Refusals show in the dialog, input kept.
 */
export function ReduceSeatsDialog({
  customerId,
  subscription,
  today,
  onClose,
  onDone,
}: {
  customerId: string;
  subscription: Subscription;
  today: CalendarDate;
  onClose: () => void;
  onDone: (subscription: Subscription) => void;
}) {
  const { t, i18n } = useTranslation();
  const keys = useIdempotencyKey();
  const schedule = useScheduleChange(customerId);
  const resolver = useMemo(() => {
    const schema = z.object({ quantity: z.string() }).superRefine((values, ctx) => {
      const quantity = parseSeats(values.quantity);
      const decision =
        quantity === null ? null : canScheduleReduction(subscription, quantity, today);
      if (decision === null || !decision.ok) {
        ctx.addIssue({
          code: 'custom',
          path: ['quantity'],
          message: decision
            ? quantityMessage(t, decision.reason, subscription, i18n.language)
            : t('subscriptions:reduce.wholeNumber'),
        });
      }
    });
    return zodResolver(schema);
  }, [t, i18n.language, subscription, today]);
  const floor = reductionFloor(subscription);
  const form = useForm<ReduceValues>({
    resolver,
    mode: 'onChange',
    defaultValues: {
      quantity: String(Math.max(floor, subscription.currentQuantity - 1)),
    },
  });
  const date = formatCalendarDate(subscription.renewalDate, i18n.language);

  const submit = form.handleSubmit((values) => {
    const quantity = parseSeats(values.quantity);
    if (schedule.isPending || quantity === null) return;
    const body = { type: 'REDUCTION' as const, renewalQuantity: quantity };
    const target = { id: subscription.id, version: subscription.version };
    schedule.mutate(
      { subscription: target, body, idempotencyKey: keys.keyFor({ ...target, body }) },
      { onSuccess: onDone },
    );
  });

  return (
    <ConfirmDialog
      title={t('subscriptions:reduce.title', { offer: subscription.offerName })}
      confirmLabel={t('subscriptions:reduce.submit')}
      consequence={t('subscriptions:reduce.consequence', { date })}
      onClose={onClose}
      onConfirm={(event) => void submit(event)}
      pending={schedule.isPending}
      error={schedule.error}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('subscriptions:reduce.facts', {
          count: subscription.currentQuantity,
          seats: formatNumber(subscription.currentQuantity, i18n.language),
          used: formatNumber(subscription.usedQuantity, i18n.language),
        })}
      </Typography>
      <TextFieldElement
        control={form.control}
        name="quantity"
        label={t('subscriptions:reduce.quantity')}
        helperText={t('subscriptions:reduce.range', {
          min: formatNumber(floor, i18n.language),
          max: formatNumber(subscription.currentQuantity - 1, i18n.language),
        })}
        required
        autoComplete="off"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
    </ConfirmDialog>
  );
}
