import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { customerQueries } from '../customers/queries';
import { SubscriptionSchema, type AutoRenewalRequest, type Subscription } from './schemas';

/** Turns auto-renew on or off and sets its quantity; `version` is sent as If-Match. */
export function changeAutoRenewal(
  customerId: string,
  subscription: Pick<Subscription, 'id' | 'version'>,
  body: AutoRenewalRequest,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'PATCH',
    path: `/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(subscription.id)}/auto-renewal`,
    body,
    schema: SubscriptionSchema,
    version: subscription.version,
    idempotencyKey,
  });
}

export interface AutoRenewalVariables {
  subscription: Pick<Subscription, 'id' | 'version'>;
  body: AutoRenewalRequest;
  idempotencyKey: string;
}

/** The customer's details (subscriptions, status) and the renewals overview are stale after. */
export function useChangeAutoRenewal(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ subscription, body, idempotencyKey }: AutoRenewalVariables) =>
      changeAutoRenewal(customerId, subscription, body, idempotencyKey),
    // Not awaited: the control is keyed by the subscription's version, so it remounts once the
    // refetch lands; the caller's onSuccess must run before that.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['renewals'] });
    },
  });
}
