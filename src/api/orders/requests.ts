import { apiRequest } from '../client';
import { OrderPageSchema, type OrderListQuery } from './schemas';

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
