import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { OfferListSchema } from './schemas';

export function listOffers(signal?: AbortSignal) {
  return apiRequest({ path: '/offers', schema: OfferListSchema, ...(signal ? { signal } : {}) });
}

export const offerQueries = {
  all: () => ['offers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...offerQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => listOffers(signal),
      staleTime: 10 * 60_000,
    }),
};
