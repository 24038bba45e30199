import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/client';

/** Tabs of one browser tell each other when data changed, so they converge at once. */
const CHANGES_CHANNEL = 'reseller-console-changes';

export function createQueryClient() {
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGES_CHANNEL);
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A refusal will not change on retry; a network blip or a 503 may.
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
      },
    },
    mutationCache: new MutationCache({
      onSuccess: () => channel?.postMessage({ type: 'changed' }),
    }),
  });
  channel?.addEventListener('message', () => void queryClient.invalidateQueries());
  return queryClient;
}
