import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import {
  PURCHASE_AUTHORIZATION_STATUSES,
  type PurchaseAuthorization,
} from '@/api/authorizations/schemas';
import type { PurchaseAuthorizationListParams } from '@/api/authorizations/requests';
import { HISTORY_PAGE } from '@/api/common/history-page';
import type { OrderListParams } from '@/api/orders/requests';

export const HISTORY_TYPES = ['PA', 'NEW', 'RENEWAL', 'RETURN'] as const;
export type HistoryType = (typeof HISTORY_TYPES)[number];
export type PaStatus = PurchaseAuthorization['status'];

/** The filters, kept in the URL (`?type=…&status=…`) so a link or a reload shows the same list. */
export interface HistoryFilters {
  type: HistoryType | null;
  /** A PA status: shows PAs only (orders have no such status). */
  status: PaStatus | null;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return (values as readonly (string | null)[]).includes(value) ? (value as T) : null;
}

export function parsePaStatus(value: string | null): PaStatus | null {
  return oneOf(PURCHASE_AUTHORIZATION_STATUSES, value);
}

export function parseHistoryFilters(params: URLSearchParams): HistoryFilters {
  const type = oneOf(HISTORY_TYPES, params.get('type'));
  const status = parsePaStatus(params.get('status'));
  // A PA status with an order type would match nothing: the type wins.
  return { type, status: type === null || type === 'PA' ? status : null };
}

/** What to ask the API for; null: that list is filtered out entirely. */
export function historyRequests(filters: HistoryFilters): {
  pas: PurchaseAuthorizationListParams | null;
  orders: OrderListParams | null;
} {
  const showPas = filters.type === null || filters.type === 'PA';
  const showOrders = filters.type !== 'PA' && filters.status === null;
  return {
    pas: showPas
      ? { ...HISTORY_PAGE, ...(filters.status ? { status: filters.status } : {}) }
      : null,
    orders: showOrders
      ? {
          ...HISTORY_PAGE,
          ...(filters.type && filters.type !== 'PA' ? { orderType: filters.type } : {}),
        }
      : null,
  };
}

export function toSearchParams(filters: HistoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.status && (filters.type === null || filters.type === 'PA'))
    params.set('status', filters.status);
  return params;
}

export function useHistoryFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseHistoryFilters(searchParams), [searchParams]);
  // React Router's functional update reads the params of the last render: two changes before a
  // re-render would lose the first. Changes build on the latest params instead.
  const latest = useRef(searchParams);
  useLayoutEffect(() => {
    latest.current = searchParams;
  }, [searchParams]);
  const update = useCallback(
    (changes: Partial<HistoryFilters>) => {
      const params = toSearchParams({ ...parseHistoryFilters(latest.current), ...changes });
      latest.current = params;
      setSearchParams(params);
    },
    [setSearchParams],
  );
  return { filters, update };
}
