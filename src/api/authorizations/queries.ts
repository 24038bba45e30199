import { queryOptions } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { listPurchaseAuthorizations, type PurchaseAuthorizationListParams } from './requests';

/**
 * Keys sit under the customer's detail key: invalidating `customerQueries.detail(id)` (or
 * `customerQueries.all()`) refreshes every variant.
 */
export const authorizationQueries = {
  all: (customerId: string) =>
    [...customerQueries.detail(customerId).queryKey, 'purchase-authorizations'] as const,
  list: (customerId: string, params: PurchaseAuthorizationListParams) =>
    queryOptions({
      queryKey: [...authorizationQueries.all(customerId), params] as const,
      queryFn: ({ signal }) => listPurchaseAuthorizations(customerId, params, signal),
    }),
};
