import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  getCustomer,
  listCustomerSubscriptions,
  listCustomers,
  type CustomerListParams,
} from './requests';

/** Keys are hierarchical: invalidating `customerQueries.all()` refreshes every variant. */
export const customerQueries = {
  all: () => ['customers'] as const,
  lists: () => [...customerQueries.all(), 'list'] as const,
  list: (params: CustomerListParams) =>
    queryOptions({
      queryKey: [...customerQueries.lists(), params] as const,
      queryFn: ({ signal }) => listCustomers(params, signal),
      // Keeps the grid's row count steady while the next page loads.
      placeholderData: keepPreviousData,
    }),
  detail: (customerId: string) =>
    queryOptions({
      queryKey: [...customerQueries.all(), 'detail', customerId] as const,
      queryFn: ({ signal }) => getCustomer(customerId, signal),
    }),
  subscriptions: (customerId: string) =>
    queryOptions({
      queryKey: [...customerQueries.all(), 'detail', customerId, 'subscriptions'] as const,
      queryFn: ({ signal }) => listCustomerSubscriptions(customerId, signal),
    }),
};
