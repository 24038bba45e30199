import { useListUrlState } from '@/hooks/use-list-url-state';
import type { RenewalListParams } from '@/api/renewals/requests';
import { RenewalSortSchema, type RenewalSort } from '@/api/renewals/schemas';

export const PAGE_SIZES = [25, 50, 100] as const;
export const WINDOWS = [30, 60, 90] as const;
export type RenewalWindow = (typeof WINDOWS)[number];

const DEFAULT_SORT: RenewalSort = 'daysLeft';

/** The list's whole state, kept in the URL so a link or a reload shows the same list. */
export interface RenewalListState {
  page: number;
  pageSize: number;
  sort: RenewalSort;
  /** Only those due within N days (0 ≤ days left ≤ N). */
  window: RenewalWindow | null;
  /** Only those in grace (past the anniversary, not yet removed). */
  inGrace: boolean;
  manager: string | null;
  offer: string | null;
  mine: boolean;
}

export function parseListState(params: URLSearchParams): RenewalListState {
  const pageSize = Number(params.get('pageSize'));
  const window = Number(params.get('window'));
  const sort = RenewalSortSchema.safeParse(params.get('sort'));
  return {
    page: Math.max(0, Math.floor(Number(params.get('page')) || 1) - 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 25,
    sort: sort.success ? sort.data : DEFAULT_SORT,
    window: (WINDOWS as readonly number[]).includes(window) ? (window as RenewalWindow) : null,
    inGrace: params.get('grace') === '1',
    manager: params.get('manager') || null,
    offer: params.get('offer') || null,
    mine: params.get('mine') === '1',
  };
}

export function toSearchParams(state: RenewalListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.page > 0) params.set('page', String(state.page + 1));
  if (state.pageSize !== 25) params.set('pageSize', String(state.pageSize));
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  if (state.window !== null) params.set('window', String(state.window));
  if (state.inGrace) params.set('grace', '1');
  if (state.manager) params.set('manager', state.manager);
  if (state.offer) params.set('offer', state.offer);
  if (state.mine) params.set('mine', '1');
  return params;
}

/** The API's parameters for the filters, without paging (the export walks every page). */
export function toFilterParams(state: RenewalListState): RenewalListParams {
  return {
    sort: state.sort,
    ...(state.window !== null ? { window: state.window } : {}),
    ...(state.inGrace ? { inGrace: true } : {}),
    ...(state.manager ? { accountManagerId: state.manager } : {}),
    ...(state.offer ? { offerId: state.offer } : {}),
    ...(state.mine ? { managedByMe: true } : {}),
  };
}

export function toApiParams(state: RenewalListState): RenewalListParams {
  return { ...toFilterParams(state), limit: state.pageSize, offset: state.page * state.pageSize };
}

export function isFiltered(state: RenewalListState): boolean {
  return (
    state.window !== null ||
    state.inGrace ||
    state.manager !== null ||
    state.offer !== null ||
    state.mine
  );
}

const CODEC = { parse: parseListState, toSearchParams };

/** The list's state from the URL; `onNext` hears the next state before the URL changes. */
export function useRenewalListParams(onNext?: (next: RenewalListState) => void) {
  return useListUrlState(CODEC, onNext);
}
