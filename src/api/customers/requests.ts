import { apiRequest } from '../client';
import { SubscriptionListSchema } from '../subscriptions/schemas';
import {
  CustomerPageSchema,
  CustomerSchema,
  type CustomerListQuery,
  type InviteCustomerRequest,
} from './schemas';

/** The list parameters as the UI holds them (the wire form is strings). */
export type CustomerListParams = Partial<CustomerListQuery>;

export function listCustomers(params: CustomerListParams, signal?: AbortSignal) {
  return apiRequest({
    path: '/customers',
    query: { ...params, status: params.status },
    schema: CustomerPageSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getCustomer(customerId: string, signal?: AbortSignal) {
  return apiRequest({
    path: `/customers/${encodeURIComponent(customerId)}`,
    schema: CustomerSchema,
    ...(signal ? { signal } : {}),
  });
}

export function listCustomerSubscriptions(customerId: string, signal?: AbortSignal) {
  return apiRequest({
    path: `/customers/${encodeURIComponent(customerId)}/subscriptions`,
    schema: SubscriptionListSchema,
    ...(signal ? { signal } : {}),
  });
}

export function inviteCustomer(body: InviteCustomerRequest, idempotencyKey: string) {
  return apiRequest({
    method: 'POST',
    path: '/customers',
    body,
    idempotencyKey,
    schema: CustomerSchema,
  });
}
