import { z } from 'zod';
import { INVOICE_KINDS, INVOICE_STATUSES } from '@/domain/invoices';
import {
  CalendarDateSchema,
  CurrencyCodeSchema,
  IdSchema,
  MoneySchema,
  PagingQuerySchema,
  pageSchema,
} from '../common/schemas';

export const InvoiceStatusSchema = z.enum(INVOICE_STATUSES);
export const InvoiceKindSchema = z.enum(INVOICE_KINDS);

export const InvoiceLineSchema = z.object({
  description: z.string(),
  offerId: IdSchema.nullable(),
  /** Seats charged (or, on a credit note, returned). */
  quantity: z.number().int().nonnegative(),
  /** A charge, or on a credit note a credit (negative). */
  amount: MoneySchema,
});

/** An invoice or credit note; its status is derived from its dates and the business date. */
export const InvoiceSchema = z.object({
  id: IdSchema,
  number: z.string(),
  customerId: IdSchema,
  orderId: IdSchema.nullable(),
  kind: InvoiceKindSchema,
  status: InvoiceStatusSchema,
  currencyCode: CurrencyCodeSchema,
  lines: z.array(InvoiceLineSchema),
  total: MoneySchema,
  issueDate: CalendarDateSchema,
  dueDate: CalendarDateSchema,
  paidDate: CalendarDateSchema.nullable(),
  /** The card it was paid with; null while unpaid, for a credit note, or paid offline. */
  paymentMethodId: IdSchema.nullable(),
  version: z.number().int().positive(),
});
export type Invoice = z.infer<typeof InvoiceSchema>;

export const INVOICE_SORTS = ['issueDate', 'dueDate', 'number', 'total'] as const;
export type InvoiceSortField = (typeof INVOICE_SORTS)[number];
export const InvoiceSortSchema = z.enum([
  ...INVOICE_SORTS,
  ...INVOICE_SORTS.map((field) => `-${field}` as const),
]);
export type InvoiceSort = z.infer<typeof InvoiceSortSchema>;

export const InvoiceListQuerySchema = PagingQuerySchema.extend({
  /** One of the billing tab's views; all invoices when absent. */
  view: InvoiceStatusSchema.optional(),
  sort: InvoiceSortSchema.default('-issueDate'),
});
export type InvoiceListQuery = z.infer<typeof InvoiceListQuerySchema>;

export const InvoiceViewCountsSchema = z.record(
  InvoiceStatusSchema,
  z.number().int().nonnegative(),
);
export type InvoiceViewCounts = z.infer<typeof InvoiceViewCountsSchema>;

export const InvoicePageSchema = pageSchema(InvoiceSchema).extend({
  /** How many of the customer's invoices each view holds, whatever view was asked for. */
  viewCounts: InvoiceViewCountsSchema,
});
export type InvoicePage = z.infer<typeof InvoicePageSchema>;

/** Paying an invoice with one of the customer's cards (If-Match: the invoice's version). */
export const PayInvoiceRequestSchema = z.strictObject({ paymentMethodId: IdSchema });
export type PayInvoiceRequest = z.infer<typeof PayInvoiceRequestSchema>;
