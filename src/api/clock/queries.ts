import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { ClockSchema } from './schemas';

export function getClock(signal?: AbortSignal) {
  return apiRequest({ path: '/clock', schema: ClockSchema, ...(signal ? { signal } : {}) });
}

export const clockQueries = {
  all: () => ['clock'] as const,
  current: () =>
    queryOptions({
      queryKey: [...clockQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => getClock(signal),
      // Kept current by the X-Business-Date header of every answer.
      staleTime: 60_000,
    }),
};
