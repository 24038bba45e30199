import { apiRequest } from '../client';
import { RenewalPageSchema, type RenewalListQuery } from './schemas';

/** The list parameters as the UI holds them (the wire form is strings). */
export type RenewalListParams = Partial<RenewalListQuery>;

/** SPEC §5.6: subscriptions from −90 days to the end of grace, in the caller's scope. */
export function listRenewals(params: RenewalListParams, signal?: AbortSignal) {
  return apiRequest({
    path: '/renewals',
    query: { ...params },
    schema: RenewalPageSchema,
    ...(signal ? { signal } : {}),
  });
}
