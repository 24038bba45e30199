import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorState, RefreshErrorBanner } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { OrderEntry } from './order-entry';
import { PaEntry } from './pa-entry';
import { HistoryFiltersBar } from './history-filters';
import { useHistory } from './use-history';
import { useHistoryFilters } from './use-history-filters';

/** SPEC §5.5: PAs, orders, returns and renewals in one timeline, newest first (read-only). */
export function HistoryTab() {
  const { t } = useTranslation();
  const { customerId = '' } = useParams();
  const { filters, update } = useHistoryFilters();
  const history = useHistory(customerId, filters);
  const filtered = filters.type !== null || filters.status !== null;

  let body;
  if (history.data) {
    const { entries, truncated, today } = history.data;
    body = (
      <>
        {history.refreshError ? (
          <RefreshErrorBanner error={history.refreshError} onRetry={history.retry} />
        ) : null}
        {entries.length === 0 ? (
          <EmptyState
            title={t(filtered ? 'history:emptyFiltered' : 'history:empty')}
            {...(filtered ? {} : { description: t('history:emptyHelp') })}
          />
        ) : (
          <Box
            component="ol"
            aria-labelledby="history-heading"
            sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}
          >
            {entries.map((entry) => (
              <li key={entry.key}>
                {entry.kind === 'PA' ? (
                  <PaEntry pa={entry.pa} today={today} />
                ) : (
                  <OrderEntry order={entry.order} today={today} />
                )}
              </li>
            ))}
          </Box>
        )}
        {truncated ? (
          <Alert severity="info" role="note" sx={{ mt: 2 }}>
            {t('history:truncated')}
          </Alert>
        ) : null}
      </>
    );
  } else if (history.error) {
    body = <ErrorState error={history.error} onRetry={history.retry} />;
  } else {
    body = <LoadingState lines={4} height={96} />;
  }

  return (
    <section aria-labelledby="history-heading">
      <Typography id="history-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('history:title')}
      </Typography>
      <HistoryFiltersBar filters={filters} onChange={update} />
      {body}
    </section>
  );
}
