/**
 * The page of PAs and of orders the order & authorization history shows (the newest of each):
 * one value, so the customer route's prefetch and the tab ask for the same query.
 */
export const HISTORY_PAGE = { limit: 100, offset: 0 } as const;
