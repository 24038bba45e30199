import { z } from 'zod';
import { IdSchema } from '@/api/common/schemas';
import {
  InvoiceListQuerySchema,
  InvoicePageSchema,
  InvoiceSchema,
  PayInvoiceRequestSchema,
} from '@/api/invoices/schemas';
import {
  AddCardRequestSchema,
  PaymentMethodListSchema,
  PaymentMethodSchema,
} from '@/api/payment-methods/schemas';
import type { Backend } from '../backend';
import { getInvoice, listInvoices, payInvoice } from '../services/invoices';
import {
  addCard,
  listPaymentMethods,
  removePaymentMethod,
  setDefaultPaymentMethod,
} from '../services/payment-methods';
import { route } from './route';

const CustomerParams = z.object({ customerId: IdSchema });
const InvoiceParams = CustomerParams.extend({ invoiceId: IdSchema });
const PaymentMethodParams = CustomerParams.extend({ paymentMethodId: IdSchema });

/** Invoices and payment methods of a customer (SPEC §5.8 "Billing"). */
export function billingHandlers(backend: Backend) {
  return [
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/invoices',
      params: CustomerParams,
      query: InvoiceListQuerySchema,
      response: InvoicePageSchema,
      summary: "A customer's invoices and credit notes, by view (upcoming, unpaid, paid, overdue)",
      handle: ({ ctx, params, query }) => listInvoices(ctx, params.customerId, query),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/invoices/:invoiceId',
      params: InvoiceParams,
      response: InvoiceSchema,
      summary: 'One invoice or credit note with its lines',
      handle: ({ ctx, params }) => getInvoice(ctx, params.customerId, params.invoiceId),
    }),
    route(backend, {
      method: 'post',
      path: '/customers/:customerId/invoices/:invoiceId/payment',
      params: InvoiceParams,
      body: PayInvoiceRequestSchema,
      response: InvoiceSchema,
      summary: 'Pay an unpaid or overdue invoice with one of the customer’s cards',
      handle: ({ ctx, params, body }) => payInvoice(ctx, params.customerId, params.invoiceId, body),
    }),
    route(backend, {
      method: 'get',
      path: '/customers/:customerId/payment-methods',
      params: CustomerParams,
      response: PaymentMethodListSchema,
      summary: "A customer's cards (default first) and how to pay by bank transfer or check",
      handle: ({ ctx, params }) => listPaymentMethods(ctx, params.customerId),
    }),
    route(backend, {
      method: 'post',
      path: '/customers/:customerId/payment-methods',
      params: CustomerParams,
      body: AddCardRequestSchema,
      status: 201,
      response: PaymentMethodSchema,
      summary: 'Add a card (checked; only brand, last four digits and expiry are kept)',
      handle: ({ ctx, params, body }) => addCard(ctx, params.customerId, body),
    }),
    route(backend, {
      method: 'post',
      path: '/customers/:customerId/payment-methods/:paymentMethodId/default',
      params: PaymentMethodParams,
      response: PaymentMethodSchema,
      summary: 'Make a card the default; the previous default loses it',
      handle: ({ ctx, params }) =>
        setDefaultPaymentMethod(ctx, params.customerId, params.paymentMethodId),
    }),
    route(backend, {
      method: 'delete',
      path: '/customers/:customerId/payment-methods/:paymentMethodId',
      params: PaymentMethodParams,
      summary: 'Remove a card other than the default',
      handle: ({ ctx, params }) =>
        removePaymentMethod(ctx, params.customerId, params.paymentMethodId),
    }),
  ];
}
