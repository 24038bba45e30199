import type { QueryExecuteOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Starts a query ahead of the screen that needs it (route loaders, row hover). A failure is
 * left for that screen to show, with its retry, when it asks for the same query.
 */
export function prefetch<Data, Key extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<Data, Error, Data, Data, Key>,
): void {
  queryClient.query(options).catch(() => undefined);
}
