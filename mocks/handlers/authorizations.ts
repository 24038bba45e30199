import { z } from 'zod';
import {
  CreatePurchaseAuthorizationRequestSchema,
  EditPurchaseAuthorizationRequestSchema,
  PriceQuoteRequestSchema,
  PriceQuoteSchema,
  PurchaseAuthorizationListQuerySchema,
  PurchaseAuthorizationPageSchema,
  PurchaseAuthorizationSchema,
} from '@/api/authorizations/schemas';
import { IdSchema } from '@/api/common/schemas';
import {
  CreateReturnRequestSchema,
  OrderListQuerySchema,
  OrderPageSchema,
  OrderSchema,
} from '@/api/orders/schemas';
import type { Backend } from '../backend';
import {
  createPurchaseAuthorization,
  editPurchaseAuthorization,
  getPurchaseAuthorization,
  listPurchaseAuthorizations,
  withdrawPurchaseAuthorization,
} from '../services/authorizations';
import { getOrder, listOrders, placeOrder, returnOrder } from '../services/orders';
import { quotePrice } from '../services/price-quotes';
import { route } from './route';

const CustomerParams = z.object({ customerId: IdSchema });
const PaParams = CustomerParams.extend({ paId: IdSchema });
const OrderParams = CustomerParams.extend({ orderId: IdSchema });
const PAS = '/customers/:customerId/purchase-authorizations';
const ORDERS = '/customers/:customerId/orders';

/** Purchase authorizations, their orders and returns, and the PA dialog's price preview. */
export function authorizationsHandlers(backend: Backend) {
  return [
    route(backend, {
      method: 'get',
      path: PAS,
      params: CustomerParams,
      query: PurchaseAuthorizationListQuerySchema,
      response: PurchaseAuthorizationPageSchema,
      summary: "A customer's purchase authorizations, newest first",
      handle: ({ ctx, params, query }) => listPurchaseAuthorizations(ctx, params.customerId, query),
    }),
    route(backend, {
      method: 'post',
      path: PAS,
      params: CustomerParams,
      body: CreatePurchaseAuthorizationRequestSchema,
      status: 201,
      response: PurchaseAuthorizationSchema,
      summary: 'Create a purchase authorization: its seats are deployable at once',
      handle: ({ ctx, params, body }) => createPurchaseAuthorization(ctx, params.customerId, body),
    }),
    route(backend, {
      method: 'get',
      path: `${PAS}/:paId`,
      params: PaParams,
      response: PurchaseAuthorizationSchema,
      summary: 'One purchase authorization',
      handle: ({ ctx, params }) => getPurchaseAuthorization(ctx, params.customerId, params.paId),
    }),
    route(backend, {
      method: 'patch',
      path: `${PAS}/:paId`,
      params: PaParams,
      body: EditPurchaseAuthorizationRequestSchema,
      response: PurchaseAuthorizationSchema,
      summary: 'Edit a pending purchase authorization: remove lines or lower quantities (If-Match)',
      handle: ({ ctx, params, body }) =>
        editPurchaseAuthorization(ctx, params.customerId, params.paId, body),
    }),
    route(backend, {
      method: 'post',
      path: `${PAS}/:paId/withdraw`,
      params: PaParams,
      response: PurchaseAuthorizationSchema,
      summary: 'Withdraw (undo) a pending purchase authorization (If-Match)',
      handle: ({ ctx, params }) =>
        withdrawPurchaseAuthorization(ctx, params.customerId, params.paId),
    }),
    route(backend, {
      method: 'post',
      path: `${PAS}/:paId/order`,
      params: PaParams,
      status: 201,
      response: OrderSchema,
      summary: 'Place the NEW order of a pending purchase authorization (If-Match)',
      handle: ({ ctx, params }) => placeOrder(ctx, params.customerId, params.paId),
    }),
    route(backend, {
      method: 'get',
      path: ORDERS,
      params: CustomerParams,
      query: OrderListQuerySchema,
      response: OrderPageSchema,
      summary: "A customer's orders, newest first",
      handle: ({ ctx, params, query }) => listOrders(ctx, params.customerId, query),
    }),
    route(backend, {
      method: 'get',
      path: `${ORDERS}/:orderId`,
      params: OrderParams,
      response: OrderSchema,
      summary: 'One order',
      handle: ({ ctx, params }) => getOrder(ctx, params.customerId, params.orderId),
    }),
    route(backend, {
      method: 'post',
      path: `${ORDERS}/:orderId/returns`,
      params: OrderParams,
      body: CreateReturnRequestSchema,
      status: 201,
      response: OrderSchema,
      summary: "Return seats of an order within its window (If-Match: the order's version)",
      handle: ({ ctx, params, body }) => returnOrder(ctx, params.customerId, params.orderId, body),
    }),
    route(backend, {
      method: 'post',
      path: '/customers/:customerId/price-quotes',
      params: CustomerParams,
      body: PriceQuoteRequestSchema,
      response: PriceQuoteSchema,
      summary: 'Price the lines of a purchase authorization (changes nothing)',
      handle: ({ ctx, params, body }) => quotePrice(ctx, params.customerId, body),
    }),
  ];
}
