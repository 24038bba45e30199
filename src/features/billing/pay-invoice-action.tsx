import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '@/api/invoices/schemas';
import { CalendarDateText } from '@/components/calendar-date-text';
import { errorCodeMessage } from '@/components/api-error-message';
import { canPayInvoice } from '@/domain/invoices';
import { useBusinessDate } from '@/hooks/use-business-date';
import { usePermission } from '@/hooks/use-permission';
import { PayInvoiceDialog } from './pay-invoice-dialog';

export interface PayInvoiceActionProps {
  customerId: string;
  invoice: Invoice;
  /** Where the role's refusal is said once for the whole list (not repeated on each row). */
  roleReasonId?: string | undefined;
  onPaid?: (invoice: Invoice) => void;
}

/**
 * Pay (SPEC §5.8) for the roles that may pay invoices, while the invoice is payable on the
 * business date (canPayInvoice, the rule the API enforces); otherwise disabled with the reason.
 */
export function PayInvoiceAction({
  customerId,
  invoice,
  roleReasonId,
  onPaid,
}: PayInvoiceActionProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const today = useBusinessDate();
  const permission = usePermission('invoices.pay');
  const [open, setOpen] = useState(false);
  const rule = today === undefined ? null : canPayInvoice(invoice, today);
  const ruleReason = rule && !rule.ok ? errorCodeMessage(t, rule.reason) : null;
  // A paid invoice (or credit note) says when it was paid instead of a disabled button.
  if (invoice.status === 'PAID' && !open) {
    return invoice.paidDate ? (
      <Typography variant="caption" color="text.secondary">
        {t('billing:pay.paidOn')} <CalendarDateText date={invoice.paidDate} />
      </Typography>
    ) : null;
  }
  const describedBy = !permission.ok
    ? (roleReasonId ?? reasonId)
    : ruleReason
      ? reasonId
      : undefined;

  return (
    <Box>
      <Button
        variant="outlined"
        size="small"
        disabled={!permission.ok || rule === null || !rule.ok}
        aria-describedby={describedBy}
        aria-label={t('billing:pay.actionFor', { number: invoice.number })}
        onClick={() => setOpen(true)}
      >
        {t('billing:pay.action')}
      </Button>
      {!permission.ok && roleReasonId === undefined ? (
        <Typography id={reasonId} variant="caption" color="text.secondary" component="p">
          {t('billing:pay.roleMayNot')}
        </Typography>
      ) : permission.ok && ruleReason ? (
        <Typography id={reasonId} variant="caption" color="text.secondary" component="p">
          {ruleReason}
        </Typography>
      ) : null}
      {open ? (
        <PayInvoiceDialog
          customerId={customerId}
          invoice={invoice}
          onClose={() => setOpen(false)}
          onPaid={(paid) => {
            setOpen(false);
            onPaid?.(paid);
          }}
        />
      ) : null}
    </Box>
  );
}
