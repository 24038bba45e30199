import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { INVOICE_STATUSES, type InvoiceStatus } from '@/domain/invoices';
import { getInvoice, listInvoices, type InvoiceListParams } from './requests';

export const INVOICE_PAGE_SIZE = 25;

/** The billing tab opens on what needs paying. */
export const DEFAULT_INVOICE_VIEW: InvoiceStatus = 'UNPAID';

/**
 * The view and page the billing tab's URL asks for (`?view=OVERDUE&page=2`), read the same way
 * by the route's loader and the tab, so the prefetch fills the very query the tab asks for.
 */
export function invoiceListParamsOf(search: URLSearchParams) {
  const asked = search.get('view') ?? '';
  const view = (INVOICE_STATUSES as readonly string[]).includes(asked)
    ? (asked as InvoiceStatus)
    : DEFAULT_INVOICE_VIEW;
  const page = Math.max(0, Number.parseInt(search.get('page') ?? '0', 10) || 0);
  return {
    view,
    page,
    params: { view, limit: INVOICE_PAGE_SIZE, offset: page * INVOICE_PAGE_SIZE },
  };
}

/**
 * Keys sit under the customer's detail key: invalidating `customerQueries.detail(id)` (or
 * `invoiceQueries.all(id)`) refreshes every list and every invoice of the customer.
 */
export const invoiceQueries = {
  all: (customerId: string) =>
    [...customerQueries.detail(customerId).queryKey, 'invoices'] as const,
  list: (customerId: string, params: InvoiceListParams) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(customerId), 'list', params] as const,
      queryFn: ({ signal }) => listInvoices(customerId, params, signal),
      // Keeps the view counts and the row count steady while another view or page loads.
      placeholderData: keepPreviousData,
    }),
  detail: (customerId: string, invoiceId: string) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(customerId), 'detail', invoiceId] as const,
      queryFn: ({ signal }) => getInvoice(customerId, invoiceId, signal),
    }),
};
