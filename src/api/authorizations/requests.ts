import { apiRequest } from '../client';
import { OrderSchema } from '../orders/schemas';
import {
  PurchaseAuthorizationPageSchema,
  PurchaseAuthorizationSchema,
  type CreatePurchaseAuthorizationRequest,
  type EditPurchaseAuthorizationRequest,
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

/** Creates a PA (SPEC §4): its seats join the customer's subscriptions at once. */
export function createPurchaseAuthorization(
  customerId: string,
  body: CreatePurchaseAuthorizationRequest,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `/customers/${encodeURIComponent(customerId)}/purchase-authorizations`,
    body,
    schema: PurchaseAuthorizationSchema,
    idempotencyKey,
  });
}

/** Edits a pending PA: removes lines or lowers quantities; `version` is sent as If-Match. */
export function editPurchaseAuthorization(
  customerId: string,
  pa: { id: string; version: number },
  body: EditPurchaseAuthorizationRequest,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'PATCH',
    path: `/customers/${encodeURIComponent(customerId)}/purchase-authorizations/${encodeURIComponent(pa.id)}`,
    body,
    schema: PurchaseAuthorizationSchema,
    version: pa.version,
    idempotencyKey,
  });
}
