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
import type { Customer } from '@/api/customers/schemas';
import { customerQueries } from '@/api/customers/queries';
import type { Offer } from '@/api/offers/schemas';
import { offerQueries } from '@/api/offers/queries';
import { useRenewSubscription } from '@/api/subscriptions/mutations';
import type { Subscription, SubscriptionOrderResult } from '@/api/subscriptions/schemas';
import { FormDialog } from '@/components/form-dialog';
import { addYears, type CalendarDate } from '@/domain/calendar-date';
import { renewalStage } from '@/domain/renewal-stage';
import { canRenew, renewalCycle, type RenewalReason } from '@/domain/renewals';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { formatCalendarDate, formatNumber } from '@/i18n/format';
import { boundMessage, QuantityStepper, type RenewFormValues } from './quantity-stepper';
import {
  previewRenewal,
  renewalBounds,
  startingQuantity,
  type RenewalBounds,
} from './renew-quantity';
import { TierPriceTable } from './tier-price-table';
import { errorCodeMessage } from '@/components/api-error-message';
import { parseSeats } from '@/lib/parse-seats';

export interface RenewDialogProps {
  customerId: string;
  /** The subscription as last loaded: its version goes with the renewal as If-Match. */
  subscription: Subscription;
  today: CalendarDate;
  onClose: () => void;
  onRenewed: (result: SubscriptionOrderResult) => void;
}

/** Why a typed quantity cannot be renewed: the bound it crosses, or why none can be now. */
function quantityMessage(
  t: TFunction,
  language: string,
  reason: RenewalReason,
  quantity: number,
  bounds: RenewalBounds,
): string {
  if (reason === 'SEATS_BELOW_ASSIGNED') return boundMessage(t, language, 'min', bounds);
  if (reason === 'LATE_RENEWAL_ABOVE_PREVIOUS') return boundMessage(t, language, 'max', bounds);
  if (reason === 'QUANTITY_OUT_OF_RANGE') {
    return boundMessage(t, language, quantity < bounds.min ? 'min' : 'max', bounds);
  }
  return errorCodeMessage(t, reason);
}

function RenewForm({
  customerId,
  subscription,
  today,
  customer,
  offer,
  subscriptions,
  onClose,
  onRenewed,
}: RenewDialogProps & {
  customer: Customer;
  offer: Offer | undefined;
  subscriptions: readonly Subscription[];
}) {
  const { t, i18n } = useTranslation();
  const keys = useIdempotencyKey();
  const renew = useRenewSubscription(customerId);
  const bounds = renewalBounds(subscription, today);
  const resolver = useMemo(() => {
    // canRenew judges the quantity, as the API will: the message names the bound crossed.
    const schema = z.object({ quantity: z.string() }).superRefine((values, ctx) => {
      const refuse = (message: string) =>
        ctx.addIssue({ code: 'custom', path: ['quantity'], message });
      const quantity = parseSeats(values.quantity);
      if (quantity === null) {
        refuse(t('renew:bounds.wholeNumber'));
        return;
      }
      const decision = canRenew(subscription, quantity, today);
      if (!decision.ok) {
        const bounds = renewalBounds(subscription, today);
        refuse(quantityMessage(t, i18n.language, decision.reason, quantity, bounds));
      }
    });
    return zodResolver(schema);
  }, [t, i18n.language, subscription, today]);
  const form = useForm<RenewFormValues>({
    resolver,
    mode: 'onChange',
    // Computed once: a refetched subscription (after a conflict) never resets what was typed.
    defaultValues: { quantity: String(startingQuantity(subscription, today)) },
  });
  const typed = parseSeats(useWatch({ control: form.control, name: 'quantity' }));
  const preview =
    typed !== null && typed >= 1 && typed <= bounds.max && offer
      ? previewRenewal({
          subscription,
          subscriptions,
          offer,
          currency: customer.currencyCode,
          quantity: typed,
          today,
        })
      : null;
  const late = renewalStage(subscription.renewalDate, today) === 'GRACE';
  const date = (value: CalendarDate) => formatCalendarDate(value, i18n.language);

  const submit = form.handleSubmit((values) => {
    const quantity = parseSeats(values.quantity);
    if (renew.isPending || quantity === null) return;
    const body = { quantity };
    const target = { id: subscription.id, version: subscription.version };
    renew.mutate(
      { subscription: target, body, idempotencyKey: keys.keyFor({ ...target, body }) },
      { onSuccess: onRenewed },
    );
  });

  return (
    <FormDialog
      open
      title={t('renew:dialog.title', { offer: subscription.offerName })}
      submitLabel={t('renew:dialog.submit')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={renew.isPending}
      error={renew.error}
    >
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {t('renew:dialog.customer', { name: customer.companyName })}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        {t('renew:dialog.dates', {
          anniversary: date(subscription.renewalDate),
          next: date(addYears(subscription.renewalDate, 1)),
        })}
      </Typography>
      {late ? (
        <Alert severity="warning" role="note" sx={{ mb: 1.5 }}>
          {t('renew:dialog.late', {
            removed: date(renewalCycle(subscription.renewalDate).accessRemoved),
            count: subscription.currentQuantity,
          })}
        </Alert>
      ) : null}
      <QuantityStepper form={form} bounds={bounds} />
      {offer ? (
        <TierPriceTable
          offer={offer}
          currency={customer.currencyCode}
          level={preview?.quote.volumeLevel ?? null}
          total={preview?.quote.total ?? null}
        />
      ) : null}
      <Typography variant="body2" role="status" aria-live="polite" sx={{ mt: 1 }}>
        {preview
          ? t('renew:tiers.reached', {
              count: preview.licencesAfter,
              licences: formatNumber(preview.licencesAfter, i18n.language),
              level: preview.quote.volumeLevel,
            })
          : t('renew:tiers.notPriced')}
      </Typography>
    </FormDialog>
  );
}

/**
 * SPEC §5.6 Renew: the next term's seats with − and + (never below the seats in use; in grace
 * at most the previous quantity), the tier price table and the year's total, priced live with
 * the backend's own rule; confirm places a RENEWAL order. Refusals show here, input kept.
 */
export function RenewDialog(props: RenewDialogProps) {
  const { t } = useTranslation();
  const customer = useQuery(customerQueries.detail(props.customerId));
  const offers = useQuery(offerQueries.list());
  const subscriptions = useQuery(customerQueries.subscriptions(props.customerId));
  if (customer.data && offers.data && subscriptions.data) {
    return (
      <RenewForm
        {...props}
        customer={customer.data}
        offer={offers.data.items.find((offer) => offer.id === props.subscription.offerId)}
        subscriptions={subscriptions.data.items}
      />
    );
  }
  const failed = [customer, offers, subscriptions].filter((query) => query.error);
  return (
    <WaitingDialog
      title={t('renew:dialog.title', { offer: props.subscription.offerName })}
      error={failed[0]?.error ?? null}
      errorTitle={t('renew:dialog.loadFailed')}
      onRetry={() => failed.forEach((query) => void query.refetch())}
      onClose={props.onClose}
    />
  );
}
