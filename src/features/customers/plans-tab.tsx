import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { customerQueries } from '@/api/customers/queries';
import type { Customer } from '@/api/customers/schemas';
import type { Subscription } from '@/api/subscriptions/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { EmptyState } from '@/components/empty-state';
import { ErrorState, RefreshErrorBanner } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { formatCalendarDate, formatNumber } from '@/i18n/format';

function SeatsUsed({ subscription }: { subscription: Subscription }) {
  const { t, i18n } = useTranslation();
  const { usedQuantity: used, currentQuantity: total } = subscription;
  const label = t('customers:plans.seatsOf', {
    used: formatNumber(used, i18n.language),
    total: formatNumber(total, i18n.language),
  });
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="body2">{label}</Typography>
      <LinearProgress
        variant="determinate"
        value={total === 0 ? 0 : Math.min(100, (used / total) * 100)}
        aria-label={label}
        sx={{ mt: 0.5 }}
      />
    </Box>
  );
}

function ScheduledChange({ subscription }: { subscription: Subscription }) {
  const { t, i18n } = useTranslation();
  const change = subscription.scheduledChange;
  if (!change) return <span>—</span>;
  const date = formatCalendarDate(change.effectiveDate, i18n.language);
  return change.type === 'REDUCTION' ? (
    <span>{t('customers:plans.reductionOn', { count: change.renewalQuantity, date })}</span>
  ) : (
    <span>{t('customers:plans.cancellationOn', { date })}</span>
  );
}

/**
 * What the anniversary will do: a pending cancellation or reduction overrides the auto-renew
 * setting (the subscription ends, or renews with the reduced seats).
 */
function AutoRenewal({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  const change = subscription.scheduledChange;
  if (change?.type === 'CANCELLATION') return <>{t('customers:plans.autoRenewCancelled')}</>;
  if (!subscription.autoRenewal.enabled) return <>{t('customers:plans.autoRenewOff')}</>;
  const seats =
    change?.type === 'REDUCTION'
      ? change.renewalQuantity
      : subscription.autoRenewal.renewalQuantity;
  return <>{t('customers:plans.autoRenewOn', { count: seats })}</>;
}

/** What the app composes above the subscriptions (features never import each other). */
export type PlansActions = (
  customer: Customer,
  subscriptions: readonly Subscription[],
) => ReactNode;

/** What the app composes into one subscription's row (its actions, or next to its change). */
export type PlansRowActions = (customer: Customer, subscription: Subscription) => ReactNode;

/** SPEC §5.3 Plans: the customer's subscriptions with seats used of total. */
export function PlansTab({
  actions,
  rowActions,
  scheduledActions,
}: {
  actions?: PlansActions;
  /** Rendered in an Actions column, one cell per row. */
  rowActions?: PlansRowActions;
  /** Rendered under a row's scheduled change, or its dash (the undo, and word of it done). */
  scheduledActions?: PlansRowActions;
}) {
  const { t } = useTranslation();
  const { customerId = '' } = useParams();
  const subscriptions = useQuery(customerQueries.subscriptions(customerId));
  const customer = useQuery(customerQueries.detail(customerId));

  if (subscriptions.data) {
    const items = subscriptions.data.items;
    return (
      <section aria-labelledby="plans-heading">
        <Typography id="plans-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('customers:plans.title')}
        </Typography>
        {customer.data && actions ? actions(customer.data, items) : null}
        {subscriptions.isRefetchError ? (
          <RefreshErrorBanner
            error={subscriptions.error}
            onRetry={() => void subscriptions.refetch()}
          />
        ) : null}
        {items.length === 0 ? (
          <EmptyState
            title={t('customers:plans.empty')}
            description={t('customers:plans.emptyHelp')}
          />
        ) : (
          <TableContainer
            component={Paper}
            variant="outlined"
            // Scrolls sideways on a narrow screen: focusable so the keyboard can scroll it too.
            tabIndex={0}
            role="region"
            aria-labelledby="plans-heading"
          >
            <Table size="small" aria-labelledby="plans-heading">
              <TableHead>
                <TableRow>
                  <TableCell>{t('customers:plans.offer')}</TableCell>
                  <TableCell>{t('customers:plans.licenseType')}</TableCell>
                  <TableCell>{t('customers:plans.seats')}</TableCell>
                  <TableCell>{t('customers:plans.renewalDate')}</TableCell>
                  <TableCell>{t('customers:plans.autoRenew')}</TableCell>
                  <TableCell>{t('customers:plans.scheduled')}</TableCell>
                  {rowActions ? <TableCell>{t('customers:plans.actions')}</TableCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((subscription) => (
                  <TableRow key={subscription.id}>
                    <TableCell>
                      <Typography variant="body2">{subscription.offerName}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {subscription.sku}
                        {subscription.addOn ? ` · ${t('customers:plans.addOn')}` : ''}
                        {subscription.status === 'INACTIVE'
                          ? ` · ${t('customers:plans.inactive')}`
                          : ''}
                      </Typography>
                    </TableCell>
                    <TableCell>{t(`common:licenseTypes.${subscription.licenseType}`)}</TableCell>
                    <TableCell>
                      <SeatsUsed subscription={subscription} />
                    </TableCell>
                    <TableCell>
                      <CalendarDateText date={subscription.renewalDate} />
                    </TableCell>
                    <TableCell>
                      <AutoRenewal subscription={subscription} />
                    </TableCell>
                    <TableCell>
                      <ScheduledChange subscription={subscription} />
                      {customer.data && scheduledActions
                        ? scheduledActions(customer.data, subscription)
                        : null}
                    </TableCell>
                    {rowActions ? (
                      <TableCell>
                        {customer.data ? rowActions(customer.data, subscription) : null}
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </section>
    );
  }
  if (subscriptions.error)
    return <ErrorState error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />;
  return <LoadingState lines={4} height={40} />;
}
