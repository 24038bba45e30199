import { useListUrlState } from '@/hooks/use-list-url-state';
import { z } from 'zod';
import {
  CountryCodeSchema,
  CustomerSortSchema,
  CustomerStatusSchema,
  MarketSegmentSchema,
  type CustomerSort,
} from '@/api/customers/schemas';
import type { CustomerListParams } from '@/api/customers/requests';
import type { CustomerStatus } from '@/domain/customer-status';
import type { CountryCode, MarketSegment } from '@/domain/customer-profile';

export const PAGE_SIZES = [25, 50, 100] as const;

/** The list's whole state, kept in the URL so a link or a reload shows the same list. */
export interface CustomerListState {
  page: number;
  pageSize: number;
  sort: CustomerSort;
  q: string;
  status: CustomerStatus[];
  segment: MarketSegment | null;
  country: CountryCode | null;
  manager: string | null;
  mine: boolean;
  attention: boolean;
}

const fallback = <T>(schema: z.ZodType<T>, value: string | null, otherwise: T): T => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : otherwise;
};

export function parseListState(params: URLSearchParams): CustomerListState {
  const pageSize = Number(params.get('pageSize'));
  return {
    page: Math.max(0, Math.floor(Number(params.get('page')) || 1) - 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 25,
    sort: fallback(CustomerSortSchema, params.get('sort'), 'companyName'),
    q: (params.get('q') ?? '').slice(0, 100),
    status: (params.get('status') ?? '')
      .split(',')
      .flatMap((value) =>
        CustomerStatusSchema.safeParse(value).success ? [value as CustomerStatus] : [],
      ),
    segment: fallback(MarketSegmentSchema.nullable(), params.get('segment'), null),
    country: fallback(CountryCodeSchema.nullable(), params.get('country'), null),
    manager: params.get('manager') || null,
    mine: params.get('mine') === '1',
    attention: params.get('attention') === '1',
  };
}

export function toSearchParams(state: CustomerListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.page > 0) params.set('page', String(state.page + 1));
  if (state.pageSize !== 25) params.set('pageSize', String(state.pageSize));
  if (state.sort !== 'companyName') params.set('sort', state.sort);
  if (state.q) params.set('q', state.q);
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.segment) params.set('segment', state.segment);
  if (state.country) params.set('country', state.country);
  if (state.manager) params.set('manager', state.manager);
  if (state.mine) params.set('mine', '1');
  if (state.attention) params.set('attention', '1');
  return params;
}

/** The API's parameters for the filters, without paging (the export walks every page). */
export function toFilterParams(state: CustomerListState): CustomerListParams {
  return {
    sort: state.sort,
    ...(state.q.trim() ? { q: state.q.trim() } : {}),
    ...(state.status.length ? { status: state.status } : {}),
    ...(state.segment ? { marketSegment: state.segment } : {}),
    ...(state.country ? { countryCode: state.country } : {}),
    ...(state.manager ? { accountManagerId: state.manager } : {}),
    ...(state.mine ? { managedByMe: true } : {}),
    ...(state.attention ? { needsAttention: true } : {}),
  };
}

export function toApiParams(state: CustomerListState): CustomerListParams {
  return { ...toFilterParams(state), limit: state.pageSize, offset: state.page * state.pageSize };
}

const CODEC = { parse: parseListState, toSearchParams };

export function useCustomerListParams(onNext?: (next: CustomerListState) => void) {
  return useListUrlState(CODEC, onNext);
}
