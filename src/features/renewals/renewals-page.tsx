import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { prefetch } from '@/api/prefetch';
import { renewalQueries } from '@/api/renewals/queries';
import { apiErrorMessage } from '@/components/api-error-message';
import { ErrorState, RefreshErrorBanner } from '@/components/error-state';
import { visuallyHidden } from '@/components/loading-state';
import { useBusinessDate } from '@/hooks/use-business-date';
import { useCsvExport } from '@/hooks/use-csv-export';
import { fetchAllRenewals, renewalsCsv } from './export-renewals';
import type { RenewalRowAction } from './renewal-columns';
import { RenewalsFilters } from './renewals-filters';
import { RenewalsGrid } from './renewals-grid';
import {
  toApiParams,
  toFilterParams,
  useRenewalListParams,
  type RenewalListState,
} from './use-renewal-list-params';

export type { RenewalRowAction } from './renewal-columns';

/**
 * SPEC §5.6: every subscription from 90 days before its anniversary to the end of grace, across
 * the customers the member may see; filtered, sorted and paged on the server. `rowAction` is what
 * the app composes into each row (the Renew button); without it there is no Actions column.
 */
export function RenewalsPage({ rowAction }: { rowAction?: RenewalRowAction }) {
  const { t } = useTranslation();
  useDocumentTitle(t('renewals:title'));
  const queryClient = useQueryClient();
  // The next list starts loading on the click, while the page renders its loading state.
  const loadAhead = useCallback(
    (next: RenewalListState) => prefetch(queryClient, renewalQueries.list(toApiParams(next))),
    [queryClient],
  );
  const { state, update } = useRenewalListParams(loadAhead);
  const list = useQuery(renewalQueries.list(toApiParams(state)));
  // The state whose rows are on display: the previous one while the next list loads (React's
  // "adjust state while rendering" pattern, no effect and no extra drawing).
  const [shown, setShown] = useState(state);
  if (list.data && !list.isPlaceholderData && shown !== state) setShown(state);
  const today = useBusinessDate();
  const csvExport = useCsvExport();
  const exporting = csvExport.progress;
  const nothingId = useId();
  const nothingToExport = list.data?.totalCount === 0;
  const exportCsv = () =>
    csvExport.run(
      `renewals-${today ?? 'export'}.csv`,
      list.data?.totalCount ?? 0,
      async (onProgress) =>
        renewalsCsv(t, await fetchAllRenewals(toFilterParams(state), onProgress)),
    );

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
        <Typography
          variant="h4"
          component="h1"
          sx={{ flexGrow: 1, fontSize: { xs: '1.6rem', sm: '2.1rem' } }}
        >
          {t('renewals:title')}
        </Typography>
        <Button
          startIcon={<DownloadIcon />}
          onClick={() => void exportCsv()}
          loading={exporting !== null}
          loadingPosition="start"
          disabled={!list.data || nothingToExport}
          aria-describedby={nothingToExport ? nothingId : undefined}
        >
          {exporting
            ? t('renewals:export.progress', { done: exporting.done, total: exporting.total })
            : t('renewals:export.button')}
        </Button>
        {nothingToExport ? (
          <Box component="span" id={nothingId} sx={visuallyHidden}>
            {t('renewals:export.nothing')}
          </Box>
        ) : null}
      </Box>
      {csvExport.error ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }} onClose={csvExport.clearError}>
          {t('renewals:export.failed', { reason: apiErrorMessage(t, csvExport.error) })}
        </Alert>
      ) : null}
      <RenewalsFilters state={state} onChange={update} />
      {list.data && list.isRefetchError ? (
        <RefreshErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {!list.data && list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <RenewalsGrid
          state={state}
          shown={shown}
          page={list.data}
          loading={list.isFetching}
          onChange={update}
          rowAction={rowAction}
        />
      )}
    </>
  );
}
