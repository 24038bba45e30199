import { apiRequest } from '../client';
import { OrderSchema } from '../orders/schemas';
import {
  PurchaseAuthorizationPageSchema,
  PurchaseAuthorizationSchema,
  type PurchaseAuthorizationListQuery,
} from './schemas';

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

/** Withdraws (undoes) a pending PA; `version` is its version, sent as If-Match. */
export function withdrawPurchaseAuthorization(
  customerId: string,
  paId: string,
  version: number,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `/customers/${encodeURIComponent(customerId)}/purchase-authorizations/${encodeURIComponent(paId)}/withdraw`,
    schema: PurchaseAuthorizationSchema,
    version,
    idempotencyKey,
  });
}

/** Places the NEW order of a pending PA (it charges the customer); answers the order. */
export function placePurchaseAuthorizationOrder(
  customerId: string,
  paId: string,
  version: number,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `/customers/${encodeURIComponent(customerId)}/purchase-authorizations/${encodeURIComponent(paId)}/order`,
    schema: OrderSchema,
    version,
    idempotencyKey,
  });
}
