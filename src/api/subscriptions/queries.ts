import { queryOptions } from '@tanstack/react-query';
import { customerQueries } from '../customers/queries';
import { getSubscription } from './requests';

/**
 * A subscription lives under its customer's detail key, so invalidating the customer's detail
 * prefix (what every change of the customer does) refreshes it too; 'subscription' (singular)
 * keeps it out of the key of the subscriptions list, whose data has another shape.
 */
export const subscriptionQueries = {
  detail: (customerId: string, subscriptionId: string) =>
    queryOptions({
      queryKey: [
        ...customerQueries.detail(customerId).queryKey,
        'subscription',
        subscriptionId,
      ] as const,
      queryFn: ({ signal }) => getSubscription(customerId, subscriptionId, signal),
    }),
};
