import { queryOptions } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { listOrders, type OrderListParams } from './requests';

/**
 * Keys sit under the customer's detail key: invalidating `customerQueries.detail(id)` (or
 * `customerQueries.all()`) refreshes every variant.
 */
export const orderQueries = {
  all: (customerId: string) => [...customerQueries.detail(customerId).queryKey, 'orders'] as const,
  list: (customerId: string, params: OrderListParams) =>
    queryOptions({
      queryKey: [...orderQueries.all(customerId), params] as const,
      queryFn: ({ signal }) => listOrders(customerId, params, signal),
    }),
  /** The customer's renewal orders (its Renewals tab), newest first. */
  renewals: (customerId: string) =>
    orderQueries.list(customerId, { orderType: 'RENEWAL', limit: 50, offset: 0 }),
};
