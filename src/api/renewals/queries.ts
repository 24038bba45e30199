import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { listRenewals, type RenewalListParams } from './requests';

/** Keys are hierarchical: invalidating `renewalQueries.all()` refreshes every variant. */
export const renewalQueries = {
  all: () => ['renewals'] as const,
  lists: () => [...renewalQueries.all(), 'list'] as const,
  list: (params: RenewalListParams) =>
    queryOptions({
      queryKey: [...renewalQueries.lists(), params] as const,
      queryFn: ({ signal }) => listRenewals(params, signal),
      // Keeps the grid's row count steady while the next page loads.
      placeholderData: keepPreviousData,
    }),
};
