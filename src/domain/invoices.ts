import { compareDates, type CalendarDate } from './calendar-date';
import { allowed, refused, type Decision } from './decision';

/** SPEC §5.8 "Billing": the four views of a customer's invoices. */
export const INVOICE_STATUSES = ['UPCOMING', 'UNPAID', 'PAID', 'OVERDUE'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** An invoice charges an order; a credit note refunds a return (SPEC §3 "Order"). */
export const INVOICE_KINDS = ['INVOICE', 'CREDIT_NOTE'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/** What an invoice's status is derived from. */
export interface InvoiceFacts {
  kind: InvoiceKind;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  paidDate: CalendarDate | null;
}

/**
 * An invoice's status on the business date, derived, never stored (brief "Invoices"):
 * UPCOMING while its issue date is ahead, PAID once paid, OVERDUE from the day after its due
 * date (the due date itself is still UNPAID), else UNPAID. A credit note is settled the
 * moment it is issued: there is nothing to pay, so it shows as PAID.
 */
export function invoiceStatus(invoice: InvoiceFacts, today: CalendarDate): InvoiceStatus {
  if (compareDates(invoice.issueDate, today) > 0) return 'UPCOMING';
  if (invoice.kind === 'CREDIT_NOTE' || invoice.paidDate !== null) return 'PAID';
  if (compareDates(invoice.dueDate, today) < 0) return 'OVERDUE';
  return 'UNPAID';
}

export type PayInvoiceReason = 'INVOICE_NOT_PAYABLE' | 'INVOICE_ALREADY_PAID';

/**
 * Whether the reseller may pay an invoice now (SPEC §5.8 "pay"): a credit note owes nothing
 * and an upcoming invoice is not billed yet (INVOICE_NOT_PAYABLE); a paid one is not paid
 * twice (INVOICE_ALREADY_PAID). Unpaid and overdue invoices may be paid.
 */
export function canPayInvoice(
  invoice: InvoiceFacts,
  today: CalendarDate,
): Decision<PayInvoiceReason> {
  if (invoice.kind === 'CREDIT_NOTE') return refused('INVOICE_NOT_PAYABLE');
  const status = invoiceStatus(invoice, today);
  if (status === 'UPCOMING') return refused('INVOICE_NOT_PAYABLE');
  if (status === 'PAID') return refused('INVOICE_ALREADY_PAID');
  return allowed;
}
