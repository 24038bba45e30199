import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { customerQueries } from '@/api/customers/queries';
import type { Customer } from '@/api/customers/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { CopyButton } from '@/components/copy-button';
import { DaysLeft } from '@/components/days-left';
import { StatusChip } from '@/components/status-chip';
import { compareDates } from '@/domain/calendar-date';
import { useBusinessDate } from '@/hooks/use-business-date';
import { countryName, formatCalendarDate } from '@/i18n/format';
import { statusReasonText } from './status-reason';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

/**
 * SPEC §5.7: the seat reductions and cancellations still to take effect, one chip each; they
 * are undone on the Plans tab, next to the change. Nothing while the list loads or fails (the
 * Plans tab shows that state).
 */
function PendingChanges({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const today = useBusinessDate();
  const subscriptions = useQuery(customerQueries.subscriptions(customerId));
  const pending = (subscriptions.data?.items ?? []).filter(
    (s) =>
      s.scheduledChange !== null &&
      (today === undefined || compareDates(s.scheduledChange.effectiveDate, today) > 0),
  );
  if (pending.length === 0) return null;
  return (
    <Stack
      direction="row"
      component="section"
      aria-label={t('customers:pending.title')}
      sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1, mt: 1 }}
    >
      {pending.map((s) => {
        const change = s.scheduledChange;
        if (!change) return null;
        const date = formatCalendarDate(change.effectiveDate, i18n.language);
        const label =
          change.type === 'REDUCTION'
            ? t('customers:pending.reduction', {
                offer: s.offerName,
                count: change.renewalQuantity,
                date,
              })
            : t('customers:pending.cancellation', { offer: s.offerName, date });
        return <Chip key={s.id} size="small" color="warning" variant="outlined" label={label} />;
      })}
      <Link component={RouterLink} to="plans" variant="body2">
        {t('customers:pending.link')}
      </Link>
    </Stack>
  );
}

/** SPEC §5.3: who the customer is, how it stands, and what needs doing now. */
export function CustomerHeader({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const today = useBusinessDate();
  const reason = customer.statusReason;
  return (
    <Box component="section" aria-labelledby="customer-name" sx={{ mb: 2 }}>
      <Typography
        id="customer-name"
        variant="h4"
        component="h1"
        sx={{ fontSize: { xs: '1.5rem', sm: '2.1rem' }, overflowWrap: 'anywhere' }}
      >
        {customer.companyName}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1, mt: 0.5 }}>
        <Typography variant="body2">
          {t('customers:columns.vipId')}: <strong>{customer.vipId}</strong>
        </Typography>
        <CopyButton value={customer.vipId} label={t('customers:copyVipId')} />
        <StatusChip status={customer.status} />
        <Typography variant="body2" color="text.secondary">
          {statusReasonText(t, i18n.language, reason)}
        </Typography>
      </Stack>
      <PendingChanges customerId={customer.id} />
      {customer.attentionReasons.includes('PA_OVERDUE') &&
      (reason.code === 'PA_ORDER_OVERDUE' || reason.code === 'PA_ORDER_VERY_OVERDUE') ? (
        // A standing fact, not news: a note, so screen readers do not announce it as an alert.
        <Alert
          severity={customer.status === 'SUSPENDED' ? 'error' : 'warning'}
          role="note"
          sx={{ mt: 2 }}
        >
          {t('customers:banner.paOverdue', {
            date: formatCalendarDate(reason.paCreationDate, i18n.language),
            count: reason.daysWaiting,
          })}
        </Alert>
      ) : null}
      {customer.attentionReasons.includes('RENEWAL_DUE') && customer.cotermDate ? (
        <Alert severity="info" role="note" sx={{ mt: 2 }}>
          {t('customers:banner.renewalDue', {
            date: formatCalendarDate(customer.cotermDate, i18n.language),
          })}
        </Alert>
      ) : null}
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
          gap: 2,
          mt: 2,
          mb: 0,
        }}
      >
        <Fact label={t('customers:columns.segment')}>
          {t(`common:segments.${customer.marketSegment}`)}
          {customer.marketSubSegments.length
            ? ` (${customer.marketSubSegments.map((s) => t(`common:subSegments.${s}`)).join(', ')})`
            : ''}
        </Fact>
        <Fact label={t('customers:columns.country')}>
          {countryName(customer.countryCode, i18n.language)} · {customer.currencyCode}
        </Fact>
        <Fact label={t('customers:columns.anniversary')}>
          {customer.cotermDate ? (
            <>
              <CalendarDateText date={customer.cotermDate} />
              {today ? (
                <>
                  {' · '}
                  <DaysLeft date={customer.cotermDate} today={today} warnWithin={30} />
                </>
              ) : null}
            </>
          ) : (
            t('customers:noAnniversary')
          )}
        </Fact>
        <Fact label={t('customers:columns.accountManager')}>{customer.accountManager.name}</Fact>
        <Fact label={t('customers:columns.salesRep')}>{customer.salesRep.name}</Fact>
        <Fact label={t('customers:columns.contact')}>
          {customer.contact.firstName} {customer.contact.lastName} · {customer.contact.email}
        </Fact>
      </Box>
    </Box>
  );
}
