import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WaitingDialog } from '@/components/waiting-dialog';
import { z } from 'zod';
import { offerQueries } from '@/api/offers/queries';
import type { Offer } from '@/api/offers/schemas';
import { useAddSeats } from '@/api/subscriptions/mutations';
import type { SubscriptionOrderResult } from '@/api/subscriptions/schemas';
import { errorCodeMessage } from '@/components/api-error-message';
import { FormDialog } from '@/components/form-dialog';
import { TextFieldElement } from '@/components/form-fields';
import { MoneyText } from '@/components/money-text';
import type { SeatReason } from '@/domain/seats';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { formatCalendarDate, formatNumber } from '@/i18n/format';
import { parseSeats } from '@/lib/parse-seats';
import { addSeatsDecision, maxSeatsToAdd, previewAddSeats, type SeatFacts } from './seat-rules';

interface AddSeatsValues {
  quantity: string;
}

export interface AddSeatsDialogProps extends SeatFacts {
  onClose: () => void;
  onAdded: (result: SubscriptionOrderResult) => void;
}

function quantityMessage(t: TFunction, reason: SeatReason, max: number, language: string): string {
  return reason === 'QUANTITY_OUT_OF_RANGE'
    ? t('subscriptions:add.range', { count: max, max: formatNumber(max, language) })
    : errorCodeMessage(t, reason);
}

function AddSeatsForm({
  offer,
  customer,
  subscription,
  subscriptions,
  role,
  today,
  onClose,
  onAdded,
}: AddSeatsDialogProps & { offer: Offer | undefined }) {
  const { t, i18n } = useTranslation();
  const keys = useIdempotencyKey();
  const add = useAddSeats(customer.id);
  const max = maxSeatsToAdd(subscription);
  const resolver = useMemo(() => {
    const facts: SeatFacts = { customer, subscription, subscriptions, role, today };
    // canAddSeats judges the quantity, as the API will.
    const schema = z.object({ quantity: z.string() }).superRefine((values, ctx) => {
      const quantity = parseSeats(values.quantity);
      const decision = quantity === null ? null : addSeatsDecision(facts, quantity);
      if (decision === null || !decision.ok) {
        ctx.addIssue({
          code: 'custom',
          path: ['quantity'],
          message: decision
            ? quantityMessage(t, decision.reason, max, i18n.language)
            : t('subscriptions:add.wholeNumber'),
        });
      }
    });
    return zodResolver(schema);
  }, [t, i18n.language, max, customer, subscription, subscriptions, role, today]);
  const form = useForm<AddSeatsValues>({
    resolver,
    mode: 'onChange',
    defaultValues: { quantity: '1' },
  });
  const typed = parseSeats(useWatch({ control: form.control, name: 'quantity' }));
  const preview =
    typed !== null && typed >= 1 && typed <= max && offer
      ? previewAddSeats({
          subscription,
          subscriptions,
          offer,
          currency: customer.currencyCode,
          quantity: typed,
          today,
        })
      : null;
  const anniversary = formatCalendarDate(subscription.renewalDate, i18n.language);

  const submit = form.handleSubmit((values) => {
    const quantity = parseSeats(values.quantity);
    if (add.isPending || quantity === null) return;
    const body = { quantity };
    const target = { id: subscription.id, version: subscription.version };
    add.mutate(
      { subscription: target, body, idempotencyKey: keys.keyFor({ ...target, body }) },
      { onSuccess: onAdded },
    );
  });

  return (
    <FormDialog
      open
      title={t('subscriptions:add.title', { offer: subscription.offerName })}
      submitLabel={t('subscriptions:add.submit')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={add.isPending}
      error={add.error}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('subscriptions:add.current', {
          count: subscription.currentQuantity,
          seats: formatNumber(subscription.currentQuantity, i18n.language),
        })}
      </Typography>
      <TextFieldElement
        control={form.control}
        name="quantity"
        label={t('subscriptions:add.quantity')}
        helperText={t('subscriptions:add.range', {
          count: max,
          max: formatNumber(max, i18n.language),
        })}
        required
        autoComplete="off"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <Alert severity="info" role="note" sx={{ my: 1 }}>
        {t('subscriptions:add.coterm', { date: anniversary })}
      </Alert>
      <Typography variant="body2" role="status" aria-live="polite" sx={{ fontWeight: 600 }}>
        {preview && typed !== null ? (
          <>
            {t('subscriptions:add.price', {
              count: typed,
              seats: formatNumber(typed, i18n.language),
              date: anniversary,
            })}{' '}
            <MoneyText money={preview.total} />
          </>
        ) : (
          t('subscriptions:add.notPriced')
        )}
      </Typography>
      {preview ? (
        <Typography variant="body2" color="text.secondary">
          {t(`subscriptions:add.proration${preview.prorationMode}`, {
            count: preview.prorationUnits,
          })}
        </Typography>
      ) : null}
    </FormDialog>
  );
}

/**
 * SPEC §5.7 Add seats: a quantity, the prorated price to the anniversary before confirming
 * (priced with the backend's own rule), the seats co-termed; confirm places a NEW order.
 * Refusals show in the dialog, input kept.
 */
export function AddSeatsDialog(props: AddSeatsDialogProps) {
  const { t } = useTranslation();
  const offers = useQuery(offerQueries.list());
  if (offers.data) {
    const offer = offers.data.items.find((o) => o.id === props.subscription.offerId);
    return <AddSeatsForm {...props} offer={offer} />;
  }
  return (
    <WaitingDialog
      title={t('subscriptions:add.title', { offer: props.subscription.offerName })}
      error={offers.error}
      onRetry={() => void offers.refetch()}
      onClose={props.onClose}
    />
  );
}
