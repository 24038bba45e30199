import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Link from '@mui/material/Link';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { Link as RouterLink, useParams } from 'react-router';
import { customerQueries } from '@/api/customers/queries';
import { invoiceQueries } from '@/api/invoices/queries';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { usePermission } from '@/hooks/use-permission';
import { InvoiceDocument } from './invoice-document';
import { PayInvoiceAction } from './pay-invoice-action';

/** Paper has no use for the page's controls nor its tinted background. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@page': { margin: '16mm' },
      '@media print': {
        body: { backgroundColor: '#fff' },
        '[data-print="hide"]': { display: 'none !important' },
      },
    }}
  />
);

/**
 * A printable invoice (SPEC §5.8 "print"): its own page without the app's bar and navigation,
 * the controls (back, print, pay) left off the paper by the print stylesheet.
 */
export function InvoicePrintPage() {
  const { t } = useTranslation();
  const { customerId = '', invoiceId = '' } = useParams();
  const mayView = usePermission('invoices.view');
  const invoice = useQuery({
    ...invoiceQueries.detail(customerId, invoiceId),
    enabled: mayView.ok,
  });
  const customer = useQuery(customerQueries.detail(customerId));
  const billingPath = `/customers/${encodeURIComponent(customerId)}/billing`;
  useDocumentTitle(invoice.data?.number, customer.data?.companyName);

  const content = !mayView.ok ? (
    <EmptyState title={t('billing:roleMayNotView')} description={t('billing:roleMayNotViewHelp')} />
  ) : invoice.data && customer.data ? (
    <InvoiceDocument invoice={invoice.data} customer={customer.data} />
  ) : invoice.error || customer.error ? (
    <ErrorState
      error={invoice.error ?? customer.error}
      onRetry={() => {
        void invoice.refetch();
        void customer.refetch();
      }}
    />
  ) : (
    <LoadingState lines={8} height={28} />
  );

  return (
    <Box component="main" sx={{ maxWidth: 860, mx: 'auto', p: { xs: 1.5, sm: 3 } }}>
      {printStyles}
      <Box
        data-print="hide"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 3 }}
      >
        <Link component={RouterLink} to={billingPath}>
          {t('billing:print.back')}
        </Link>
        <Box sx={{ flexGrow: 1 }} />
        {invoice.data ? <PayInvoiceAction customerId={customerId} invoice={invoice.data} /> : null}
        <Button
          variant="contained"
          startIcon={<PrintIcon />}
          disabled={!invoice.data}
          onClick={() => window.print()}
        >
          {t('billing:print.print')}
        </Button>
      </Box>
      {content}
    </Box>
  );
}
