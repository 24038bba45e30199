import { apiRequest } from '../client';
import {
  InvoicePageSchema,
  InvoiceSchema,
  type InvoiceListQuery,
  type PayInvoiceRequest,
} from './schemas';

/** The list parameters as the UI holds them (the wire form is strings). */
export type InvoiceListParams = Partial<InvoiceListQuery>;

function invoicesPath(customerId: string): string {
  return `/customers/${encodeURIComponent(customerId)}/invoices`;
}

/** A page of a customer's invoices in one view, with every view's count. */
export function listInvoices(customerId: string, params: InvoiceListParams, signal?: AbortSignal) {
  return apiRequest({
    path: invoicesPath(customerId),
    query: { ...params },
    schema: InvoicePageSchema,
    ...(signal ? { signal } : {}),
  });
}

/** One invoice or credit note with its lines. */
export function getInvoice(customerId: string, invoiceId: string, signal?: AbortSignal) {
  return apiRequest({
    path: `${invoicesPath(customerId)}/${encodeURIComponent(invoiceId)}`,
    schema: InvoiceSchema,
    ...(signal ? { signal } : {}),
  });
}

/**
 * Pays an unpaid or overdue invoice with one of the customer's cards (SPEC §5.8). `version` is
 * the invoice's, sent as If-Match; a retry with the same key answers the first payment.
 */
export function payInvoice(
  customerId: string,
  invoice: { id: string; version: number },
  body: PayInvoiceRequest,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `${invoicesPath(customerId)}/${encodeURIComponent(invoice.id)}/payment`,
    body,
    schema: InvoiceSchema,
    version: invoice.version,
    idempotencyKey,
  });
}
