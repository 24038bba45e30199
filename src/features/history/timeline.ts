import type {
  PurchaseAuthorization,
  PurchaseAuthorizationPage,
} from '@/api/authorizations/schemas';
import type { Order, OrderPage } from '@/api/orders/schemas';
import { compareDates, type CalendarDate } from '@/domain/calendar-date';
import { compareNewestFirst } from '@/domain/history-order';

export type TimelineEntry =
  | {
      kind: 'PA';
      key: string;
      date: CalendarDate;
      createdAt: string;
      number: string;
      pa: PurchaseAuthorization;
    }
  | {
      kind: 'ORDER';
      key: string;
      date: CalendarDate;
      createdAt: string;
      number: string;
      order: Order;
    };

/** Newest first (SPEC §5.5), as the backend sorts each list. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return compareNewestFirst(
    { creationDate: a.date, createdAt: a.createdAt, number: a.number },
    { creationDate: b.date, createdAt: b.createdAt, number: b.number },
  );
}

type Page = {
  items: readonly { creationDate: CalendarDate }[];
  totalCount: number;
  offset: number;
};

function hasMore(page: Page | null): page is Page {
  return page !== null && page.totalCount > page.offset + page.items.length;
}

/**
 * PAs and orders in one timeline. When a list has more than its page, entries of the other list
 * older than its oldest loaded one are cut, so the timeline never skips entries in the middle;
 * `truncated` says older entries exist.
 */
export function buildTimeline(
  pas: PurchaseAuthorizationPage | null,
  orders: OrderPage | null,
): { entries: TimelineEntry[]; truncated: boolean } {
  const entries: TimelineEntry[] = [
    ...(pas?.items ?? []).map((pa): TimelineEntry => ({
      kind: 'PA',
      key: `pa-${pa.id}`,
      date: pa.creationDate,
      createdAt: pa.createdAt,
      number: pa.number,
      pa,
    })),
    ...(orders?.items ?? []).map((order): TimelineEntry => ({
      kind: 'ORDER',
      key: `order-${order.id}`,
      date: order.creationDate,
      createdAt: order.createdAt,
      number: order.number,
      order,
    })),
  ].sort(compareEntries);
  const cuts = [pas, orders].flatMap((page) =>
    hasMore(page) ? page.items.slice(-1).map((item) => item.creationDate) : [],
  );
  const truncated = hasMore(pas) || hasMore(orders);
  if (cuts.length === 0) return { entries, truncated };
  // The newest of the oldest-loaded dates: below it one list may have gaps.
  const cut = cuts.reduce((a, b) => (compareDates(a, b) > 0 ? a : b));
  return { entries: entries.filter((entry) => compareDates(entry.date, cut) >= 0), truncated };
}
