import {
  attentionReasons,
  deriveCustomerStatus,
  type AttentionReason,
  type CustomerStatusResult,
} from '@/domain/customer-status';
import { CUSTOMER_STATUSES } from '@/domain/customer-status';
import type { CustomerSortField } from '@/api/customers/schemas';
import type { CustomerRecord } from './records';
import type { CustomerPageQuery, CustomerPageResult } from './store';

/** Lower case without diacritics: what search and name sorting compare. */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Derived {
  today: string;
  status: CustomerStatusResult;
  attention: AttentionReason[];
}

/**
 * The customers list answered from memory: IndexedDB can neither filter on a status derived
 * from the clock nor skip to an offset without walking every row before it (a full scan costs
 * about 11 ms per 1,000 rows), so the store keeps every customer here, pre-sorted per sort
 * field, and pages through that. A PostgreSQL store answers the same query in SQL.
 * See docs/decisions/0002-customer-query-index.md.
 */
export class CustomerQueryIndex {
  private rows: CustomerRecord[] = [];
  private positions = new Map<string, number>();
  private searchTexts: string[] = [];
  private sorted = new Map<Exclude<CustomerSortField, 'status'>, Int32Array>();
  private derived: (Derived | undefined)[] = [];
  private derivedRules: unknown = null;

  constructor(rows: CustomerRecord[]) {
    for (const row of rows) this.upsert(row);
  }

  get size(): number {
    return this.rows.length;
  }

  /** Every customer held (the renewals index starts from these instead of reading them again). */
  all(): readonly CustomerRecord[] {
    return this.rows;
  }

  get(id: string): CustomerRecord | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.rows[position];
  }

  upsert(row: CustomerRecord): void {
    const existing = this.positions.get(row.id);
    const position = existing ?? this.rows.length;
    this.rows[position] = row;
    this.positions.set(row.id, position);
    this.searchTexts[position] = foldText(
      [row.companyName, row.vipId, row.contact.email, ...row.poNumbers].join('\u0001'),
    );
    this.derived[position] = undefined;
    this.sorted.clear();
  }

  private derive(position: number, query: CustomerPageQuery): Derived {
    if (this.derivedRules !== query.rules) {
      this.derived = [];
      this.derivedRules = query.rules;
    }
    const cached = this.derived[position];
    if (cached && cached.today === query.today) return cached;
    const row = this.rows[position] as CustomerRecord;
    const fresh: Derived = {
      today: query.today,
      status: deriveCustomerStatus(row, query.today, query.rules),
      attention: attentionReasons(row, query.today, query.rules),
    };
    this.derived[position] = fresh;
    return fresh;
  }

  private order(field: Exclude<CustomerSortField, 'status'>): Int32Array {
    const cached = this.sorted.get(field);
    if (cached) return cached;
    const keyOf = (row: CustomerRecord): string => {
      switch (field) {
        case 'companyName':
          return foldText(row.companyName);
        case 'vipId':
          return row.vipId;
        case 'countryCode':
          return row.countryCode;
        case 'cotermDate':
          return row.cotermDate ?? '\uffff'; // customers with no anniversary yet sort last
        case 'creationDate':
          return row.creationDate;
      }
    };
    const keys = this.rows.map(
      (row) => `${keyOf(row)}\u0000${foldText(row.companyName)}\u0000${row.id}`,
    );
    const order = Int32Array.from(this.rows.keys()).sort((a, b) => {
      const ka = keys[a] as string;
      const kb = keys[b] as string;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    this.sorted.set(field, order);
    return order;
  }

  private orderFor(query: CustomerPageQuery): Int32Array {
    const field = query.sort.replace(/^-/, '') as CustomerSortField;
    if (field !== 'status') return this.order(field);
    // Status depends on the business date: bucket the name order by status, stably.
    const byName = this.order('companyName');
    const buckets = new Map(CUSTOMER_STATUSES.map((status) => [status, [] as number[]]));
    for (const position of byName) {
      buckets.get(this.derive(position, query).status.status)?.push(position);
    }
    return Int32Array.from([...buckets.values()].flat());
  }

  query(query: CustomerPageQuery): CustomerPageResult {
    const order = this.orderFor(query);
    const descending = query.sort.startsWith('-');
    const needle = query.q ? foldText(query.q.trim()) : '';
    const statuses = query.statuses?.length ? new Set(query.statuses) : null;
    const statusCounts = Object.fromEntries(CUSTOMER_STATUSES.map((s) => [s, 0])) as Record<
      (typeof CUSTOMER_STATUSES)[number],
      number
    >;
    const rows: CustomerRecord[] = [];
    let totalCount = 0;
    const end = query.offset + query.limit;
    for (let i = 0; i < order.length; i++) {
      const position = order[descending ? order.length - 1 - i : i] as number;
      const row = this.rows[position] as CustomerRecord;
      if (
        query.assignedTo !== null &&
        row.accountManagerId !== query.assignedTo &&
        row.salesRepId !== query.assignedTo
      ) {
        continue;
      }
      if (query.marketSegment && row.marketSegment !== query.marketSegment) continue;
      if (query.countryCode && row.countryCode !== query.countryCode) continue;
      if (query.accountManagerId && row.accountManagerId !== query.accountManagerId) continue;
      if (needle && !(this.searchTexts[position] as string).includes(needle)) continue;
      const derived = this.derive(position, query);
      if (query.needsAttention && derived.attention.length === 0) continue;
      statusCounts[derived.status.status] += 1;
      if (statuses && !statuses.has(derived.status.status)) continue;
      if (totalCount >= query.offset && totalCount < end) rows.push(row);
      totalCount += 1;
    }
    return { rows, totalCount, statusCounts };
  }
}
