import { apiRequest } from '../client';
import { PurchaseAuthorizationPageSchema, type PurchaseAuthorizationListQuery } from './schemas';

/** The list parameters as the UI holds them (the wire form is strings). */
export type PurchaseAuthorizationListParams = Partial<PurchaseAuthorizationListQuery>;

export function listPurchaseAuthorizations(
  customerId: string,
  params: PurchaseAuthorizationListParams,
  signal?: AbortSignal,
) {
  return apiRequest({
    path: `/customers/${encodeURIComponent(customerId)}/purchase-authorizations`,
    query: { ...params },
    schema: PurchaseAuthorizationPageSchema,
    ...(signal ? { signal } : {}),
  });
}
