import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentMethodQueries } from '@/api/payment-methods/queries';
import type { PaymentMethod } from '@/api/payment-methods/schemas';
import { EmptyState } from '@/components/empty-state';
import { ErrorState, RefreshErrorBanner } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useBusinessDate } from '@/hooks/use-business-date';
import { usePermission } from '@/hooks/use-permission';
import { AddCardDialog } from './add-card-dialog';
import { cardLabel } from './card-label';
import { OfflineOptions } from './offline-options';
import { PaymentCardItem } from './payment-card-item';

/**
 * SPEC §5.8 payment methods: the customer's cards (default first, marked), add a card, set the
 * default, remove any but the default; and how to pay by bank transfer or check.
 */
export function PaymentMethodsSection({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const roleReasonId = useId();
  const today = useBusinessDate();
  const permission = usePermission('invoices.pay');
  const methods = useQuery(paymentMethodQueries.list(customerId));
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<PaymentMethod | null>(null);

  if (!methods.data || today === undefined) {
    return methods.error ? (
      <ErrorState error={methods.error} onRetry={() => void methods.refetch()} />
    ) : (
      <LoadingState lines={3} height={40} />
    );
  }
  const data = methods.data;
  return (
    <Box>
      {methods.isRefetchError ? (
        <RefreshErrorBanner error={methods.error} onRetry={() => void methods.refetch()} />
      ) : null}
      <Box sx={{ mb: 1.5 }}>
        <Button
          variant="contained"
          size="small"
          disabled={!permission.ok}
          aria-describedby={permission.ok ? undefined : roleReasonId}
          onClick={() => {
            setAdded(null);
            setAdding(true);
          }}
        >
          {t('billing:cards.add')}
        </Button>
        {permission.ok ? null : (
          <Typography id={roleReasonId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {t('billing:cards.roleMayNot')}
          </Typography>
        )}
        <Typography role="status" variant="body2" sx={{ mt: added ? 0.5 : 0 }}>
          {added ? t('billing:cards.added', { card: cardLabel(t, added) }) : null}
        </Typography>
      </Box>
      {data.items.length === 0 ? (
        <EmptyState title={t('billing:cards.empty')} />
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
          {data.items.map((method) => (
            <PaymentCardItem
              key={method.id}
              customerId={customerId}
              method={method}
              today={today}
              roleReasonId={roleReasonId}
            />
          ))}
        </Box>
      )}
      {data.offline.length > 0 ? (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
            {t('billing:offline.title')}
          </Typography>
          <OfflineOptions options={data.offline} />
        </Box>
      ) : null}
      {adding ? (
        <AddCardDialog
          customerId={customerId}
          today={today}
          onClose={() => setAdding(false)}
          onAdded={(method) => {
            setAdding(false);
            setAdded(method);
          }}
        />
      ) : null}
    </Box>
  );
}
