import type {
  Invoice,
  InvoiceListQuery,
  InvoicePage,
  InvoiceSort,
  InvoiceSortField,
  InvoiceViewCounts,
  PayInvoiceRequest,
} from '@/api/invoices/schemas';
import { compareDates, type CalendarDate } from '@/domain/calendar-date';
import { canPayInvoice, invoiceStatus, INVOICE_STATUSES } from '@/domain/invoices';
import { canPayWithCard } from '@/domain/payment-card';
import type { InvoiceRecord } from '../db/records';
import { recordActivity } from './activity';
import { requirePermission, requireVersion, type ServiceContext } from './context';
import { customerInScope } from './customers';
import { enforce, notFound, validationError } from './errors';
import { cardLabel } from './payment-methods';

export function toInvoice(record: InvoiceRecord, today: CalendarDate): Invoice {
  const currency = record.currencyCode;
  return {
    id: record.id,
    number: record.number,
    customerId: record.customerId,
    orderId: record.orderId,
    kind: record.kind,
    status: invoiceStatus(record, today),
    currencyCode: currency,
    lines: record.lines.map((line) => ({
      description: line.description,
      offerId: line.offerId,
      quantity: line.quantity,
      amount: { amountMinor: line.amountMinor, currency },
    })),
    total: { amountMinor: record.totalMinor, currency },
    issueDate: record.issueDate,
    dueDate: record.dueDate,
    paidDate: record.paidDate,
    paymentMethodId: record.paymentMethodId,
    version: record.version,
  };
}

const byNumber = (a: Invoice, b: Invoice) =>
  a.number < b.number ? -1 : a.number > b.number ? 1 : 0;

const SORT_KEYS: Record<InvoiceSortField, (a: Invoice, b: Invoice) => number> = {
  issueDate: (a, b) => compareDates(a.issueDate, b.issueDate),
  dueDate: (a, b) => compareDates(a.dueDate, b.dueDate),
  number: byNumber,
  total: (a, b) => a.total.amountMinor - b.total.amountMinor,
};

function sortInvoices(items: Invoice[], sort: InvoiceSort): Invoice[] {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as InvoiceSortField;
  const direction = descending ? -1 : 1;
  // Ties break on the number, in the same direction, so pages never overlap.
  return [...items].sort((a, b) => direction * (SORT_KEYS[field](a, b) || byNumber(a, b)));
}

export async function listInvoices(
  ctx: ServiceContext,
  customerId: string,
  query: InvoiceListQuery,
): Promise<InvoicePage> {
  // Permission first (a sales rep may not see invoices of any customer), then scope (404).
  requirePermission(ctx, 'invoices.view');
  await customerInScope(ctx, customerId);
  const all = (await ctx.tx.invoices.byCustomer(customerId)).map((r) => toInvoice(r, ctx.today));
  const viewCounts = Object.fromEntries(
    INVOICE_STATUSES.map((status) => [status, all.filter((i) => i.status === status).length]),
  ) as InvoiceViewCounts;
  const matching = query.view ? all.filter((invoice) => invoice.status === query.view) : all;
  return {
    items: sortInvoices(matching, query.sort).slice(query.offset, query.offset + query.limit),
    totalCount: matching.length,
    limit: query.limit,
    offset: query.offset,
    viewCounts,
  };
}

async function invoiceOf(ctx: ServiceContext, customerId: string, invoiceId: string) {
  const record = await ctx.tx.invoices.get(invoiceId);
  if (record?.customerId !== customerId) throw notFound('Invoice');
  return record;
}

export async function getInvoice(
  ctx: ServiceContext,
  customerId: string,
  invoiceId: string,
): Promise<Invoice> {
  requirePermission(ctx, 'invoices.view');
  await customerInScope(ctx, customerId);
  return toInvoice(await invoiceOf(ctx, customerId, invoiceId), ctx.today);
}

/**
 * Pays an unpaid or overdue invoice with one of the customer's cards. The charge itself was
 * logged with its order (recordOrder), so the activity entry carries no money effect.
 */
export async function payInvoice(
  ctx: ServiceContext,
  customerId: string,
  invoiceId: string,
  input: PayInvoiceRequest,
): Promise<Invoice> {
  requirePermission(ctx, 'invoices.pay');
  await customerInScope(ctx, customerId);
  const record = await invoiceOf(ctx, customerId, invoiceId);
  requireVersion(ctx, record);
  enforce(canPayInvoice(record, ctx.today), { invoiceId: record.id });
  const method = await ctx.tx.paymentMethods.get(input.paymentMethodId);
  if (method?.customerId !== customerId) {
    throw validationError([
      {
        path: 'paymentMethodId',
        code: 'unknown_payment_method',
        message: 'Not a card of this customer',
      },
    ]);
  }
  enforce(canPayWithCard(method.card, ctx.today), { paymentMethodId: method.id });
  const paid: InvoiceRecord = {
    ...record,
    paidDate: ctx.today,
    paymentMethodId: method.id,
    version: record.version + 1,
  };
  await ctx.tx.invoices.put(paid);
  await recordActivity(ctx, {
    customerId,
    action: 'invoice.paid',
    subject: { type: 'invoice', id: record.id, label: record.number },
    changes: [
      { field: 'status', from: invoiceStatus(record, ctx.today), to: 'PAID' },
      { field: 'paidDate', from: null, to: ctx.today },
      { field: 'paymentMethod', from: null, to: cardLabel(method) },
    ],
  });
  return toInvoice(paid, ctx.today);
}
