import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { INVOICE_PAGE_SIZE, invoiceQueries } from '@/api/invoices/queries';
import type { Invoice, InvoicePage } from '@/api/invoices/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { EmptyState } from '@/components/empty-state';
import { ErrorState, RefreshErrorBanner } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { MoneyText } from '@/components/money-text';
import { INVOICE_STATUSES } from '@/domain/invoices';
import { usePermission } from '@/hooks/use-permission';
import { formatNumber } from '@/i18n/format';
import { InvoiceStatusChip } from './invoice-status-chip';
import { PayInvoiceAction } from './pay-invoice-action';
import { useInvoiceView } from './use-invoice-view';

function InvoiceTable({
  customerId,
  page,
  roleReasonId,
  onPaid,
}: {
  customerId: string;
  page: InvoicePage;
  roleReasonId: string | undefined;
  onPaid: (invoice: Invoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={t('billing:invoices.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('billing:invoices.number')}</TableCell>
            <TableCell>{t('billing:invoices.issueDate')}</TableCell>
            <TableCell>{t('billing:invoices.dueDate')}</TableCell>
            <TableCell align="right">{t('billing:invoices.total')}</TableCell>
            <TableCell>{t('billing:invoices.status')}</TableCell>
            <TableCell>{t('billing:invoices.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {page.items.map((invoice) => (
            <TableRow key={invoice.id}>
              <TableCell>
                <Link
                  component={RouterLink}
                  to={`/customers/${encodeURIComponent(customerId)}/invoices/${encodeURIComponent(invoice.id)}`}
                >
                  {invoice.kind === 'CREDIT_NOTE'
                    ? t('billing:invoices.creditNote', { number: invoice.number })
                    : invoice.number}
                </Link>
              </TableCell>
              <TableCell>
                <CalendarDateText date={invoice.issueDate} />
              </TableCell>
              <TableCell>
                <CalendarDateText date={invoice.dueDate} />
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <MoneyText money={invoice.total} />
              </TableCell>
              <TableCell>
                <InvoiceStatusChip status={invoice.status} />
              </TableCell>
              <TableCell>
                <PayInvoiceAction
                  customerId={customerId}
                  invoice={invoice}
                  roleReasonId={roleReasonId}
                  onPaid={onPaid}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/**
 * SPEC §5.8: the customer's invoices by view (upcoming, unpaid, paid, overdue), each view with
 * its count as the API counts it, a page at a time; each opens as a printable invoice.
 */
export function InvoicesSection({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const roleReasonId = useId();
  const mayPay = usePermission('invoices.pay');
  const { view, page, params, setView, setPage } = useInvoiceView();
  const [paid, setPaid] = useState<Invoice | null>(null);
  const invoices = useQuery(invoiceQueries.list(customerId, params));
  const data = invoices.data;

  return (
    <Box>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 1 }}>
        <Tabs
          value={view}
          onChange={(_, next: typeof view) => setView(next)}
          aria-label={t('billing:invoices.viewsLabel')}
          variant="scrollable"
          scrollButtons="auto"
        >
          {INVOICE_STATUSES.map((status) => (
            <Tab
              key={status}
              value={status}
              label={
                data
                  ? t('billing:views.withCount', {
                      view: t(`billing:views.${status}`),
                      n: formatNumber(data.viewCounts[status], i18n.language),
                    })
                  : t(`billing:views.${status}`)
              }
            />
          ))}
        </Tabs>
      </Box>
      {mayPay.ok ? null : (
        <Typography id={roleReasonId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('billing:pay.roleMayNot')}
        </Typography>
      )}
      <Typography role="status" variant="body2" sx={{ mb: paid ? 1 : 0 }}>
        {paid ? t('billing:pay.paid', { number: paid.number }) : null}
      </Typography>
      {invoices.isRefetchError && data ? (
        <RefreshErrorBanner error={invoices.error} onRetry={() => void invoices.refetch()} />
      ) : null}
      {data ? (
        data.items.length === 0 ? (
          <EmptyState title={t(`billing:invoices.empty.${view}`)} />
        ) : (
          <>
            <InvoiceTable
              customerId={customerId}
              page={data}
              roleReasonId={mayPay.ok ? undefined : roleReasonId}
              onPaid={setPaid}
            />
            {data.totalCount > INVOICE_PAGE_SIZE ? (
              <TablePagination
                component="div"
                count={data.totalCount}
                page={page}
                onPageChange={(_, next) => setPage(next)}
                rowsPerPage={INVOICE_PAGE_SIZE}
                rowsPerPageOptions={[INVOICE_PAGE_SIZE]}
              />
            ) : null}
          </>
        )
      ) : invoices.error ? (
        <ErrorState error={invoices.error} onRetry={() => void invoices.refetch()} />
      ) : (
        <LoadingState lines={4} height={32} />
      )}
    </Box>
  );
}
