import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { renewalQueries } from '../renewals/queries';
import { renewSubscription } from './requests';
import type { RenewRequest, Subscription } from './schemas';

export interface RenewVariables {
  subscription: Pick<Subscription, 'id' | 'version'>;
  body: RenewRequest;
  /** The same for every retry of the same intent (same subscription version and body). */
  idempotencyKey: string;
}

/**
 * Renew a subscription (SPEC §5.6). Whatever the answer, the customer's details (anniversary,
 * seats, orders, this subscription) and every renewals list are stale afterwards: a refusal
 * means the data moved under the user.
 */
export function useRenewSubscription(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ subscription, body, idempotencyKey }: RenewVariables) =>
      renewSubscription(customerId, subscription, body, idempotencyKey),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueries.detail(customerId).queryKey }),
        queryClient.invalidateQueries({ queryKey: renewalQueries.all() }),
      ]),
  });
}
