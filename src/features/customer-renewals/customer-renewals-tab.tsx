import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { customerQueries } from '@/api/customers/queries';
import { orderQueries } from '@/api/orders/queries';
import type { Subscription } from '@/api/subscriptions/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { MoneyText } from '@/components/money-text';
import { compareDates, type CalendarDate } from '@/domain/calendar-date';
import { customerEmailSchedule, renewalCycle } from '@/domain/renewals';
import { useBusinessDate } from '@/hooks/use-business-date';
import { formatNumber } from '@/i18n/format';
import { AutoRenewControl } from './auto-renew-control';

/** What the app composes next to each live subscription (the Renew action). */
export type SubscriptionAction = (subscription: Subscription) => ReactNode;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The cycle's dates (SPEC §5.3 Renewals): each with whether it has passed on the business date. */
function CycleDates({ anniversary, today }: { anniversary: CalendarDate; today: CalendarDate }) {
  const { t } = useTranslation();
  const cycle = renewalCycle(anniversary);
  const rows: [string, CalendarDate][] = [
    ['shownFrom', cycle.shownFrom],
    ['windowOpens', cycle.windowOpens],
    ['autoRenewCutoff', cycle.autoRenewCutoff],
    ['anniversary', cycle.anniversary],
    ['accessRemoved', cycle.accessRemoved],
  ];
  return (
    <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.5 }}>
      {rows.map(([key, date]) => {
        const passed = compareDates(date, today) <= 0;
        return (
          <Box
            component="li"
            key={key}
            sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: 1 }}
          >
            <Typography variant="body2" sx={{ fontWeight: passed ? 400 : 600 }}>
              {t(`customerRenewals:cycle.${key}`)}
            </Typography>
            <Typography variant="body2" color={passed ? 'text.secondary' : 'text.primary'}>
              <CalendarDateText date={date} />
              {passed ? ` · ${t('customerRenewals:cycle.passed')}` : ''}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}

function EmailSchedule({ anniversary, today }: { anniversary: CalendarDate; today: CalendarDate }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.75 }}>
      {customerEmailSchedule(anniversary, today).map((email) => (
        <Box component="li" key={email.kind} sx={{ display: 'flex', gap: 1, alignItems: 'start' }}>
          {email.sent ? (
            <CheckCircleOutlinedIcon fontSize="small" color="success" aria-hidden />
          ) : (
            <ScheduleIcon fontSize="small" color="action" aria-hidden />
          )}
          <Box>
            <Typography variant="body2">{t(`customerRenewals:emails.${email.kind}`)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {email.sent ? t('customerRenewals:emails.sent') : t('customerRenewals:emails.due')}{' '}
              <CalendarDateText date={email.date} />
            </Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
}

function RenewalHistory({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const orders = useQuery(orderQueries.renewals(customerId));
  if (orders.error) {
    return <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />;
  }
  if (!orders.data) return <LoadingState lines={2} height={32} />;
  if (orders.data.items.length === 0) {
    return <EmptyState title={t('customerRenewals:history.empty')} />;
  }
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
      {orders.data.items.map((order) => (
        <Paper component="li" variant="outlined" key={order.id} sx={{ p: 1.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('customerRenewals:history.order', { number: order.number })} ·{' '}
            <CalendarDateText date={order.creationDate} />
          </Typography>
          <Typography variant="body2">
            {order.lineItems
              .map((line) =>
                t('customerRenewals:history.line', {
                  name: line.offerName,
                  count: line.quantity,
                  formatted: formatNumber(line.quantity, i18n.language),
                }),
              )
              .join(', ')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <MoneyText money={order.total} />
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}

/**
 * SPEC §5.3 Renewals tab: this customer's cycle (shown in the overview from, window opens,
 * auto-renew cut-off, anniversary, access removed), the e-mails to the customer (those whose
 * day has come marked sent), auto-renew per subscription, and the renewal history.
 */
export function CustomerRenewalsTab({
  subscriptionAction,
}: {
  subscriptionAction?: SubscriptionAction;
}) {
  const { t, i18n } = useTranslation();
  const { customerId = '' } = useParams();
  const today = useBusinessDate();
  const customer = useQuery(customerQueries.detail(customerId));
  const subscriptions = useQuery(customerQueries.subscriptions(customerId));
  const [savedFor, setSavedFor] = useState<string | null>(null);

  if (customer.error || subscriptions.error) {
    return (
      <ErrorState
        error={customer.error ?? subscriptions.error}
        onRetry={() => {
          void customer.refetch();
          void subscriptions.refetch();
        }}
      />
    );
  }
  if (!customer.data || !subscriptions.data || today === undefined) {
    return <LoadingState lines={6} height={32} />;
  }
  const anniversary = customer.data.cotermDate;
  const live = subscriptions.data.items.filter((s) => s.state === 'ACTIVE');

  return (
    <Box>
      <Section id="renewal-cycle-heading" title={t('customerRenewals:cycle.title')}>
        {anniversary === null ? (
          <EmptyState
            title={t('customerRenewals:cycle.none')}
            description={t('customerRenewals:cycle.noneHelp')}
          />
        ) : (
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
              gap: 3,
            }}
          >
            <CycleDates anniversary={anniversary} today={today} />
            <Box>
              <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
                {t('customerRenewals:emails.title')}
              </Typography>
              <EmailSchedule anniversary={anniversary} today={today} />
            </Box>
          </Box>
        )}
      </Section>
      <Section id="renewal-subscriptions-heading" title={t('customerRenewals:subscriptions.title')}>
        {live.length === 0 ? (
          <EmptyState title={t('customerRenewals:subscriptions.empty')} />
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
            {live.map((subscription) => (
              <Paper component="li" variant="outlined" key={subscription.id} sx={{ p: 2 }}>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                  {subscription.offerName}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {t('customerRenewals:subscriptions.facts', {
                    count: subscription.usedQuantity,
                    seats: formatNumber(subscription.currentQuantity, i18n.language),
                    used: formatNumber(subscription.usedQuantity, i18n.language),
                  })}{' '}
                  · <CalendarDateText date={subscription.renewalDate} />
                </Typography>
                <AutoRenewControl
                  key={`${subscription.id}-${subscription.version}`}
                  subscription={subscription}
                  today={today}
                  onSaved={() => setSavedFor(subscription.id)}
                />
                {savedFor === subscription.id ? (
                  <Typography role="status" variant="body2" sx={{ mt: 0.5 }}>
                    {t('customerRenewals:autoRenew.saved')}
                  </Typography>
                ) : null}
                {subscriptionAction ? (
                  <Box sx={{ mt: 1 }}>{subscriptionAction(subscription)}</Box>
                ) : null}
              </Paper>
            ))}
          </Box>
        )}
      </Section>
      <Section id="renewal-history-heading" title={t('customerRenewals:history.title')}>
        <RenewalHistory customerId={customerId} />
      </Section>
    </Box>
  );
}
