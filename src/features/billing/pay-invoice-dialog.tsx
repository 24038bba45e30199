import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePayInvoice } from '@/api/invoices/mutations';
import type { Invoice } from '@/api/invoices/schemas';
import { paymentMethodQueries } from '@/api/payment-methods/queries';
import { CalendarDateText } from '@/components/calendar-date-text';
import { ErrorState } from '@/components/error-state';
import { FormDialog } from '@/components/form-dialog';
import { LoadingState } from '@/components/loading-state';
import { MoneyText } from '@/components/money-text';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { cardLabel } from './card-label';

/**
 * Pays one invoice with the default card or another of the customer's cards (SPEC §5.8). An
 * expired card is listed but cannot be chosen (canPayWithCard). A retry of the same attempt
 * (same invoice version, same card) sends the same idempotency key, so it never pays twice.
 */
export function PayInvoiceDialog({
  customerId,
  invoice,
  onClose,
  onPaid,
}: {
  customerId: string;
  invoice: Invoice;
  onClose: () => void;
  onPaid: (invoice: Invoice) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const helperId = useId();
  const keys = useIdempotencyKey();
  const pay = usePayInvoice(customerId);
  const methods = useQuery(paymentMethodQueries.list(customerId));
  const [chosen, setChosen] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const cards = methods.data?.items ?? [];
  const fallback = cards.find((card) => card.isDefault && !card.expired) ?? null;
  const selected = chosen ?? fallback?.id ?? null;

  return (
    <FormDialog
      open
      title={t('billing:pay.title', { number: invoice.number })}
      submitLabel={t('billing:pay.submit')}
      onClose={onClose}
      pending={pay.isPending}
      error={pay.error}
      onSubmit={(event) => {
        event.preventDefault();
        if (pay.isPending) return;
        if (selected === null) {
          setMissing(true);
          return;
        }
        const body = { paymentMethodId: selected };
        pay.mutate(
          {
            invoice: { id: invoice.id, version: invoice.version },
            body,
            idempotencyKey: keys.keyFor({ invoice: invoice.id, version: invoice.version, body }),
          },
          { onSuccess: onPaid },
        );
      }}
    >
      <Typography sx={{ mb: 2 }}>
        {t('billing:pay.amount')} <MoneyText money={invoice.total} /> ·{' '}
        {t('billing:invoices.dueDate')} <CalendarDateText date={invoice.dueDate} />
      </Typography>
      {methods.data ? (
        cards.length === 0 ? (
          <Typography role="alert" color="error">
            {t('billing:pay.noCards')}
          </Typography>
        ) : (
          <FormControl error={missing && selected === null}>
            <FormLabel id={labelId}>{t('billing:pay.cardLabel')}</FormLabel>
            <RadioGroup
              aria-labelledby={labelId}
              aria-describedby={helperId}
              name="paymentMethodId"
              value={selected ?? ''}
              onChange={(event) => {
                setChosen(event.target.value);
                setMissing(false);
              }}
            >
              {cards.map((card) => (
                <FormControlLabel
                  key={card.id}
                  value={card.id}
                  disabled={card.expired}
                  control={<Radio />}
                  label={[
                    cardLabel(t, card),
                    card.isDefault ? t('billing:cards.default') : null,
                    card.expired ? t('billing:cards.expired') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              ))}
            </RadioGroup>
            <FormHelperText id={helperId}>
              {missing && selected === null ? t('billing:pay.chooseCard') : ' '}
            </FormHelperText>
          </FormControl>
        )
      ) : methods.error ? (
        <ErrorState error={methods.error} onRetry={() => void methods.refetch()} />
      ) : (
        <LoadingState lines={2} />
      )}
    </FormDialog>
  );
}
