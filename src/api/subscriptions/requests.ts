import { apiRequest } from '../client';
import {
  SubscriptionOrderResultSchema,
  SubscriptionQuoteSchema,
  SubscriptionSchema,
  type AddSeatsRequest,
  type RenewRequest,
  type ScheduledChangeRequest,
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

/** The prorated price of adding seats now and whether it would pass; changes nothing. */
export function quoteSeats(
  customerId: string,
  subscriptionId: string,
  body: AddSeatsRequest,
  signal?: AbortSignal,
) {
  return apiRequest({
    method: 'POST',
    path: `${subscriptionPath(customerId, subscriptionId)}/seat-quotes`,
    body,
    schema: SubscriptionQuoteSchema,
    ...(signal ? { signal } : {}),
  });
}

/**
 * Adds seats now (SPEC §5.7): a NEW order prorated to the anniversary, the seats co-termed.
 * `version` is the subscription's, sent as If-Match.
 */
export function addSeats(
  customerId: string,
  subscription: { id: string; version: number },
  body: AddSeatsRequest,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `${subscriptionPath(customerId, subscription.id)}/seats`,
    body,
    schema: SubscriptionOrderResultSchema,
    version: subscription.version,
    idempotencyKey,
  });
}

/** Schedules a seat reduction or a cancellation at term end, replacing any (If-Match). */
export function scheduleChange(
  customerId: string,
  subscription: { id: string; version: number },
  body: ScheduledChangeRequest,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'PUT',
    path: `${subscriptionPath(customerId, subscription.id)}/scheduled-change`,
    body,
    schema: SubscriptionSchema,
    version: subscription.version,
    idempotencyKey,
  });
}

/** Undoes the scheduled reduction or cancellation before the term ends (If-Match). */
export function undoScheduledChange(
  customerId: string,
  subscription: { id: string; version: number },
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'DELETE',
    path: `${subscriptionPath(customerId, subscription.id)}/scheduled-change`,
    schema: SubscriptionSchema,
    version: subscription.version,
    idempotencyKey,
  });
}
