import { apiRequest } from '../client';
import {
  OrderPageSchema,
  OrderSchema,
  type CreateReturnRequest,
  type OrderListQuery,
} from './schemas';

/** The list parameters as the UI holds them (the wire form is strings). */
export type OrderListParams = Partial<OrderListQuery>;

export function listOrders(customerId: string, params: OrderListParams, signal?: AbortSignal) {
  return apiRequest({
    path: `/customers/${encodeURIComponent(customerId)}/orders`,
    query: { ...params },
    schema: OrderPageSchema,
    ...(signal ? { signal } : {}),
  });
}

/**
 * Returns seats of some lines of an order (SPEC §4 "return an order"); `version` is the order's
 * version, sent as If-Match. Answers the RETURN order.
 */
export function createReturn(
  customerId: string,
  order: { id: string; version: number },
  body: CreateReturnRequest,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(order.id)}/returns`,
    body,
    schema: OrderSchema,
    version: order.version,
    idempotencyKey,
  });
}
