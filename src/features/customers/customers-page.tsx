import DownloadIcon from '@mui/icons-material/Download';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { customerQueries } from '@/api/customers/queries';
import { apiErrorMessage } from '@/components/api-error-message';
import { ErrorState, RefreshErrorBanner } from '@/components/error-state';
import { useBusinessDate } from '@/hooks/use-business-date';
import { usePermission } from '@/hooks/use-permission';
import { useCsvExport } from '@/hooks/use-csv-export';
import { CustomersFilters } from './customers-filters';
import { CustomersGrid } from './customers-grid';
import { customersCsv, fetchAllCustomers } from './export-customers';
import { InviteCustomerDialog } from './invite-customer-dialog';
import { InvitedNotice } from './invited-notice';
import { toApiParams, toFilterParams, useCustomerListParams } from './use-customer-list-params';
import type { Customer } from '@/api/customers/schemas';

/** SPEC §5.2: every customer the member may see, searched, filtered, sorted and paged on the server. */
export function CustomersPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('customers:title'));
  const { state, update } = useCustomerListParams();
  const list = useQuery(customerQueries.list(toApiParams(state)));
  const today = useBusinessDate();
  const canInvite = usePermission('customers.invite').ok;
  const [inviteOpen, setInviteOpen] = useState(false);
  const [invited, setInvited] = useState<Customer | null>(null);
  const csvExport = useCsvExport();
  const exporting = csvExport.progress;
  const exportCsv = () =>
    csvExport.run(
      `customers-${today ?? 'export'}.csv`,
      list.data?.totalCount ?? 0,
      async (onProgress) =>
        customersCsv(t, i18n.language, await fetchAllCustomers(toFilterParams(state), onProgress)),
    );

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
        <Typography
          variant="h4"
          component="h1"
          sx={{ flexGrow: 1, fontSize: { xs: '1.6rem', sm: '2.1rem' } }}
        >
          {t('customers:title')}
        </Typography>
        <Button
          startIcon={<DownloadIcon />}
          onClick={() => void exportCsv()}
          loading={exporting !== null}
          loadingPosition="start"
          disabled={!list.data || list.data.totalCount === 0}
        >
          {exporting
            ? t('customers:export.progress', { done: exporting.done, total: exporting.total })
            : t('customers:export.button')}
        </Button>
        {canInvite ? (
          <Button
            variant="contained"
            startIcon={<PersonAddIcon />}
            onClick={() => setInviteOpen(true)}
          >
            {t('customers:invite.button')}
          </Button>
        ) : null}
      </Box>
      {csvExport.error ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }} onClose={csvExport.clearError}>
          {t('customers:export.failed', { reason: apiErrorMessage(t, csvExport.error) })}
        </Alert>
      ) : null}
      {invited ? <InvitedNotice customer={invited} onClose={() => setInvited(null)} /> : null}
      <CustomersFilters state={state} statusCounts={list.data?.statusCounts} onChange={update} />
      {list.data && list.isRefetchError ? (
        <RefreshErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {!list.data && list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <CustomersGrid
          state={state}
          page={list.data}
          loading={list.isFetching}
          today={today}
          onChange={update}
        />
      )}
      {canInvite ? (
        <InviteCustomerDialog
          open={inviteOpen}
          onClose={() => setInviteOpen(false)}
          onInvited={(customer) => {
            setInviteOpen(false);
            setInvited(customer);
          }}
        />
      ) : null}
    </>
  );
}
