import { describe, expect, it } from 'vitest';
import type { PurchaseAuthorization } from '@/api/authorizations/schemas';
import type { Order } from '@/api/orders/schemas';
import { buildTimeline } from './timeline';
import { historyRequests, parseHistoryFilters } from './use-history-filters';

/** A PA or order as far as the timeline reads it: its number and when it was created. */
const entryOf = (number: string, creationDate: string, time: string) => ({
  id: number,
  number,
  creationDate,
  createdAt: `${creationDate}T${time}:00.000Z`,
});
const pa = (number: string, creationDate: string, time = '09:00') =>
  entryOf(number, creationDate, time) as unknown as PurchaseAuthorization;
const order = (number: string, creationDate: string, time = '09:00') =>
  entryOf(number, creationDate, time) as unknown as Order;
const page = <T>(items: T[], totalCount = items.length) => ({
  items,
  totalCount,
  limit: 100,
  offset: 0,
});

describe('buildTimeline', () => {
  it('merges PAs and orders newest first, then by number', () => {
    const { entries, truncated } = buildTimeline(
      page([pa('PA2', '2026-11-20'), pa('PA1', '2026-08-06')]),
      page([order('ORD3', '2026-11-22'), order('ORD2', '2026-11-22'), order('ORD1', '2026-08-16')]),
    );
    expect(entries.map((e) => e.number)).toEqual(['ORD3', 'ORD2', 'PA2', 'ORD1', 'PA1']);
    expect(truncated).toBe(false);
  });

  it('within one day, puts what happened last first, whatever its kind or number', () => {
    // A PA created at 10:00 and its order placed at 10:05; an older order of the morning.
    const { entries } = buildTimeline(
      page([pa('PA00000076', '2026-11-22', '10:00')]),
      page([
        order('ORD00000090', '2026-11-22', '10:05'),
        order('ORD00000091', '2026-11-22', '08:00'),
      ]),
    );
    expect(entries.map((e) => e.number)).toEqual(['ORD00000090', 'PA00000076', 'ORD00000091']);
  });

  it('cuts what is older than the oldest loaded entry of a list that has more', () => {
    const { entries, truncated } = buildTimeline(
      page([pa('PA9', '2026-10-01')], 5),
      page([order('ORD2', '2026-11-01'), order('ORD1', '2026-09-01')]),
    );
    expect(entries.map((e) => e.number)).toEqual(['ORD2', 'PA9']);
    expect(truncated).toBe(true);
  });

  it('shows one list alone when the other is filtered out', () => {
    const { entries } = buildTimeline(null, page([order('ORD1', '2026-09-01')]));
    expect(entries.map((e) => e.kind)).toEqual(['ORDER']);
  });
});

describe('history filters', () => {
  it('reads type and status from the URL, ignoring unknown values', () => {
    expect(parseHistoryFilters(new URLSearchParams('type=PA&status=PENDING'))).toEqual({
      type: 'PA',
      status: 'PENDING',
    });
    expect(parseHistoryFilters(new URLSearchParams('type=nope&status=nope'))).toEqual({
      type: null,
      status: null,
    });
    // A PA status means nothing for an order type.
    expect(parseHistoryFilters(new URLSearchParams('type=RETURN&status=PENDING'))).toEqual({
      type: 'RETURN',
      status: null,
    });
  });

  it('asks only for the lists the filters keep', () => {
    expect(historyRequests({ type: null, status: null })).toEqual({
      pas: { limit: 100, offset: 0 },
      orders: { limit: 100, offset: 0 },
    });
    expect(historyRequests({ type: 'RENEWAL', status: null })).toEqual({
      pas: null,
      orders: { limit: 100, offset: 0, orderType: 'RENEWAL' },
    });
    expect(historyRequests({ type: null, status: 'PENDING' })).toEqual({
      pas: { limit: 100, offset: 0, status: 'PENDING' },
      orders: null,
    });
  });
});
