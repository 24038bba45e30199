import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '@/api/customers/schemas';
import type { Invoice } from '@/api/invoices/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { MoneyText } from '@/components/money-text';
import { countryName, formatNumber } from '@/i18n/format';
import { InvoiceStatusChip } from './invoice-status-chip';

function Fact({ label, children }: { label: string; children: ReactNode }) {
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

/** The invoice as it is printed: who, when, what, how much. */
export function InvoiceDocument({ invoice, customer }: { invoice: Invoice; customer: Customer }) {
  const { t, i18n } = useTranslation();
  const title =
    invoice.kind === 'CREDIT_NOTE'
      ? t('billing:print.creditNoteTitle', { number: invoice.number })
      : t('billing:print.title', { number: invoice.number });
  return (
    <Box component="article" aria-labelledby="invoice-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
        <Typography id="invoice-title" variant="h4" component="h1">
          {title}
        </Typography>
        <InvoiceStatusChip status={invoice.status} />
      </Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gap: 1.5,
          m: 0,
          mb: 3,
          gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
        }}
      >
        <Fact label={t('billing:print.customer')}>
          {customer.companyName}
          <Box component="span" sx={{ display: 'block' }}>
            {`${customer.contact.firstName} ${customer.contact.lastName}`}
          </Box>
          <Box component="span" sx={{ display: 'block' }}>
            {countryName(customer.countryCode, i18n.language)}
          </Box>
        </Fact>
        <Fact label={t('billing:print.vipId')}>{customer.vipId}</Fact>
        <Fact label={t('billing:invoices.issueDate')}>
          <CalendarDateText date={invoice.issueDate} style="long" />
        </Fact>
        <Fact label={t('billing:invoices.dueDate')}>
          <CalendarDateText date={invoice.dueDate} style="long" />
        </Fact>
        {invoice.paidDate ? (
          <Fact label={t('billing:print.paidDate')}>
            <CalendarDateText date={invoice.paidDate} style="long" />
          </Fact>
        ) : null}
      </Box>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('billing:print.lines')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('billing:print.lines')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('billing:print.description')}</TableCell>
              <TableCell align="right">{t('billing:print.quantity')}</TableCell>
              <TableCell align="right">{t('billing:print.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {invoice.lines.map((line, index) => (
              <TableRow key={index}>
                <TableCell>{line.description}</TableCell>
                <TableCell align="right">{formatNumber(line.quantity, i18n.language)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <MoneyText money={line.amount} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={2} sx={{ fontWeight: 700, color: 'text.primary' }}>
                {t('billing:invoices.total')}
              </TableCell>
              <TableCell
                align="right"
                sx={{ fontWeight: 700, color: 'text.primary', whiteSpace: 'nowrap' }}
              >
                <MoneyText money={invoice.total} />
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </Box>
    </Box>
  );
}
