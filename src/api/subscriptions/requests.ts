import { apiRequest } from '../client';
import {
  SubscriptionOrderResultSchema,
  SubscriptionQuoteSchema,
  SubscriptionSchema,
  type RenewRequest,
} from './schemas';

function subscriptionPath(customerId: string, subscriptionId: string): string {
  return `/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}`;
}

/** One subscription with its state, renewal stage and days left on the business date. */
export function getSubscription(customerId: string, subscriptionId: string, signal?: AbortSignal) {
  return apiRequest({
    path: subscriptionPath(customerId, subscriptionId),
    schema: SubscriptionSchema,
    ...(signal ? { signal } : {}),
  });
}

/** The price of renewing at a quantity and whether it would pass now; changes nothing. */
export function quoteRenewal(
  customerId: string,
  subscriptionId: string,
  body: RenewRequest,
  signal?: AbortSignal,
) {
  return apiRequest({
    method: 'POST',
    path: `${subscriptionPath(customerId, subscriptionId)}/renewal-quotes`,
    body,
    schema: SubscriptionQuoteSchema,
    ...(signal ? { signal } : {}),
  });
}

/**
 * Renews a subscription for a year (SPEC §5.6): a RENEWAL order, the anniversary a year on.
 * `version` is the subscription's, sent as If-Match.
 */
export function renewSubscription(
  customerId: string,
  subscription: { id: string; version: number },
  body: RenewRequest,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `${subscriptionPath(customerId, subscription.id)}/renewal`,
    body,
    schema: SubscriptionOrderResultSchema,
    version: subscription.version,
    idempotencyKey,
  });
}
