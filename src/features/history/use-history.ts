import { useQuery } from '@tanstack/react-query';
import { authorizationQueries } from '@/api/authorizations/queries';
import { clockQueries } from '@/api/clock/queries';
import { HISTORY_PAGE } from '@/api/common/history-page';
import { orderQueries } from '@/api/orders/queries';
import { buildTimeline } from './timeline';
import { historyRequests, type HistoryFilters } from './use-history-filters';

/**
 * The timeline's data: the page of PAs and of orders the filters ask for, and the business date
 * its deadlines count from. A list the filters exclude is not fetched.
 */
export function useHistory(customerId: string, filters: HistoryFilters) {
  const requests = historyRequests(filters);
  const pas = useQuery({
    ...authorizationQueries.list(customerId, requests.pas ?? HISTORY_PAGE),
    enabled: requests.pas !== null,
  });
  const orders = useQuery({
    ...orderQueries.list(customerId, requests.orders ?? HISTORY_PAGE),
    enabled: requests.orders !== null,
  });
  const clock = useQuery(clockQueries.current());
  const parts = [...(requests.pas ? [pas] : []), ...(requests.orders ? [orders] : []), clock];
  const pasData = requests.pas ? pas.data : null;
  const ordersData = requests.orders ? orders.data : null;
  const today = clock.data?.businessDate;
  const ready = pasData !== undefined && ordersData !== undefined && today !== undefined;
  return {
    data: ready ? { ...buildTimeline(pasData, ordersData), today } : undefined,
    error: parts.find((part) => part.error)?.error ?? null,
    refreshError: parts.find((part) => part.isRefetchError)?.error ?? null,
    retry: () => {
      for (const part of parts) if (part.error) void part.refetch();
    },
  };
}
