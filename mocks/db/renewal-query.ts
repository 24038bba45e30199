import { OVERVIEW_STAGES, type OverviewStage } from '@/api/renewals/schemas';
import { addDays, type CalendarDate } from '@/domain/calendar-date';
import { renewalStage } from '@/domain/renewal-stage';
import { daysLeftOf } from '@/domain/renewals';
import { subscriptionState, type SubscriptionState } from '@/domain/subscription-term';
import type { CustomerRecord, SubscriptionRecord } from './records';
import type { RenewalPageQuery, RenewalPageResult, RenewalPageRow } from './store';

const OVERVIEW = new Set<string>(OVERVIEW_STAGES);
const isOverviewStage = (stage: string): stage is OverviewStage => OVERVIEW.has(stage);

/** How the overview compares customer names (case and accents aside). */
export function customerNameCollator(): Intl.Collator {
  return new Intl.Collator('en', { sensitivity: 'base' });
}

/** The subscriptions (slots) of one anniversary that pass the query's filters. */
interface Bucket {
  stage: OverviewStage;
  daysLeft: number;
  slots: number[];
}

/** No such string in the index: matches no row. */
const ABSENT = -1;

/**
 * The renewals overview answered from memory (SPEC §5.6, §10), as the customers list is
 * (docs/decisions/0002-customer-query-index.md): IndexedDB can neither filter on a stage derived
 * from the business date nor join a subscription to its customer's assignment, and a scan of
 * every subscription costs far more than the budget. The index keeps every subscription grouped
 * by anniversary, with the facts the filters read (customer, offer, quantity, kind of scheduled
 * change, the customer's manager and sales rep) as small integers in flat arrays, so a query
 * looks only at the anniversaries from the end of grace to 90 days ahead (stage and days left
 * once per date), filters without touching the records, and sorts only what the page needs.
 * A PostgreSQL store answers the same query in SQL.
 */
export class RenewalQueryIndex {
  /** Every string the filters compare (IDs, kinds of change) as a small integer. */
  private interned = new Map<string, number>();
  private customerSlots = new Map<string, number>();
  private customerRows: (CustomerRecord | undefined)[] = [];
  private customerManager: number[] = [];
  private customerRep: number[] = [];
  /** Customers by name (equal names to the collator share a rank); null after a rename. */
  private customerRank: number[] | null = null;
  private subscriptionSlots = new Map<string, number>();
  private subscriptionRows: (SubscriptionRecord | undefined)[] = [];
  private subscriptionCustomer: number[] = [];
  private subscriptionOffer: number[] = [];
  private subscriptionQuantity: number[] = [];
  private subscriptionChange: number[] = [];
  private byDate = new Map<CalendarDate, Set<number>>();
  private byCustomer = new Map<number, Set<number>>();
  private freeSubscriptionSlots: number[] = [];

  constructor(customers: readonly CustomerRecord[], subscriptions: readonly SubscriptionRecord[]) {
    for (const row of customers) this.upsertCustomer(row);
    for (const row of subscriptions) this.upsertSubscription(row);
  }

  private intern(value: string): number {
    let id = this.interned.get(value);
    if (id === undefined) {
      id = this.interned.size;
      this.interned.set(value, id);
    }
    return id;
  }

  private lookup(value: string | null | undefined): number | null {
    if (value === undefined || value === null) return null;
    return this.interned.get(value) ?? ABSENT;
  }

  private customerSlot(id: string): number {
    let slot = this.customerSlots.get(id);
    if (slot === undefined) {
      slot = this.customerRows.length;
      this.customerSlots.set(id, slot);
      this.customerRows.push(undefined);
      this.customerManager.push(ABSENT);
      this.customerRep.push(ABSENT);
      this.customerRank = null;
    }
    return slot;
  }

  upsertCustomer(row: CustomerRecord): void {
    const slot = this.customerSlot(row.id);
    if (this.customerRows[slot]?.companyName !== row.companyName) this.customerRank = null;
    this.customerRows[slot] = row;
    this.customerManager[slot] = this.intern(row.accountManagerId);
    this.customerRep[slot] = this.intern(row.salesRepId);
  }

  deleteCustomer(id: string): void {
    const slot = this.customerSlots.get(id);
    if (slot === undefined) return;
    this.customerRows[slot] = undefined;
    this.customerManager[slot] = ABSENT;
    this.customerRep[slot] = ABSENT;
    this.customerRank = null;
  }

  upsertSubscription(row: SubscriptionRecord): void {
    this.deleteSubscription(row.id);
    const slot = this.freeSubscriptionSlots.pop() ?? this.subscriptionRows.length;
    const customer = this.customerSlot(row.customerId);
    this.subscriptionSlots.set(row.id, slot);
    this.subscriptionRows[slot] = row;
    this.subscriptionCustomer[slot] = customer;
    this.subscriptionOffer[slot] = this.intern(row.offerId);
    this.subscriptionQuantity[slot] = row.currentQuantity;
    this.subscriptionChange[slot] = this.intern(row.scheduledChange?.type ?? '');
    setOf(this.byDate, row.renewalDate).add(slot);
    setOf(this.byCustomer, customer).add(slot);
  }

  deleteSubscription(id: string): void {
    const slot = this.subscriptionSlots.get(id);
    const before = slot === undefined ? undefined : this.subscriptionRows[slot];
    if (slot === undefined || !before) return;
    this.subscriptionSlots.delete(id);
    this.subscriptionRows[slot] = undefined;
    removeFrom(this.byDate, before.renewalDate, slot);
    removeFrom(this.byCustomer, this.subscriptionCustomer[slot] as number, slot);
    this.freeSubscriptionSlots.push(slot);
  }

  /** Every subscription of these customers. */
  subscriptionsOf(customerIds: readonly string[]): SubscriptionRecord[] {
    const rows: SubscriptionRecord[] = [];
    for (const customerId of new Set(customerIds)) {
      const customer = this.customerSlots.get(customerId);
      for (const slot of customer === undefined ? [] : (this.byCustomer.get(customer) ?? [])) {
        const row = this.subscriptionRows[slot];
        if (row) rows.push(row);
      }
    }
    return rows;
  }

  private ranks(): number[] {
    if (this.customerRank) return this.customerRank;
    const collator = customerNameCollator();
    const names = this.customerRows.map((row) => row?.companyName ?? '');
    const order = [...names.keys()].sort((a, b) =>
      collator.compare(names[a] as string, names[b] as string),
    );
    const ranks = new Array<number>(names.length).fill(0);
    let rank = 0;
    order.forEach((slot, i) => {
      const previous = order[i - 1];
      if (
        previous !== undefined &&
        collator.compare(names[previous] as string, names[slot] as string) !== 0
      ) {
        rank = i;
      }
      ranks[slot] = rank;
    });
    this.customerRank = ranks;
    return ranks;
  }

  /** The subscriptions of each anniversary in the overview that pass the filters, by date. */
  private buckets(query: RenewalPageQuery): Bucket[] {
    const { today, rules } = query;
    const stages = query.stages && query.stages.length > 0 ? new Set(query.stages) : null;
    const assignedTo = this.lookup(query.assignedTo);
    const manager = this.lookup(query.accountManagerId);
    const offer = this.lookup(query.offerId);
    const customerSlot =
      query.customerId === undefined ? null : (this.customerSlots.get(query.customerId) ?? ABSENT);
    const earliest = addDays(today, -rules.renewalGraceDays);
    const latest = addDays(today, rules.renewalOverviewFromDays);
    const buckets: Bucket[] = [];
    for (let date = earliest; date <= latest; date = addDays(date, 1)) {
      const slots = this.byDate.get(date);
      if (!slots || slots.size === 0) continue;
      const stage = renewalStage(date, today, rules);
      if (!isOverviewStage(stage)) continue;
      if (stages && !stages.has(stage)) continue;
      if (query.inGrace !== undefined && (stage === 'GRACE') !== query.inGrace) continue;
      const daysLeft = daysLeftOf({ renewalDate: date }, today);
      if (query.window !== undefined && (daysLeft < 0 || daysLeft > query.window)) continue;
      // The state depends on the anniversary and the kind of scheduled change only: once per
      // kind on this date, not once per subscription.
      const states = new Map<number, SubscriptionState>();
      const matches: number[] = [];
      for (const slot of slots) {
        if ((this.subscriptionQuantity[slot] as number) < 1) continue;
        if (offer !== null && this.subscriptionOffer[slot] !== offer) continue;
        const customer = this.subscriptionCustomer[slot] as number;
        if (customerSlot !== null && customer !== customerSlot) continue;
        if (this.customerRows[customer] === undefined) continue;
        if (
          assignedTo !== null &&
          this.customerManager[customer] !== assignedTo &&
          this.customerRep[customer] !== assignedTo
        ) {
          continue;
        }
        if (manager !== null && this.customerManager[customer] !== manager) continue;
        const change = this.subscriptionChange[slot] as number;
        let state = states.get(change);
        if (state === undefined) {
          state = subscriptionState(
            this.subscriptionRows[slot] as SubscriptionRecord,
            today,
            rules,
          );
          states.set(change, state);
        }
        if (state !== 'ACTIVE') continue;
        matches.push(slot);
      }
      if (matches.length > 0) buckets.push({ stage, daysLeft, slots: matches });
    }
    return buckets;
  }

  query(query: RenewalPageQuery): RenewalPageResult {
    const buckets = this.buckets(query);
    const ranks = this.ranks();
    const rankOf = (slot: number) => ranks[this.subscriptionCustomer[slot] as number] as number;
    const idOf = (slot: number) => (this.subscriptionRows[slot] as SubscriptionRecord).id;
    const byName = (a: number, b: number) =>
      rankOf(a) - rankOf(b) || idOf(a).localeCompare(idOf(b));
    const end = query.offset + query.limit;
    const rows: RenewalPageRow[] = [];
    const rowOf = (slot: number, bucket: Bucket): RenewalPageRow => ({
      subscription: this.subscriptionRows[slot] as SubscriptionRecord,
      customer: this.customerRows[this.subscriptionCustomer[slot] as number] as CustomerRecord,
      stage: bucket.stage,
      daysLeft: bucket.daysLeft,
    });
    let totalCount = 0;
    if (query.sort === 'customerName') {
      const slots: number[] = [];
      const bucketOf: Bucket[] = [];
      for (const bucket of buckets) {
        for (const slot of bucket.slots) {
          slots.push(slot);
          bucketOf.push(bucket);
        }
      }
      totalCount = slots.length;
      for (const i of pageByName(slots, query.offset, end, rankOf, byName)) {
        rows.push(rowOf(slots[i] as number, bucketOf[i] as Bucket));
      }
      return { rows, totalCount };
    }
    // By days left: the dates are in order already; sort by name only the dates on the page.
    if (query.sort === '-daysLeft') buckets.reverse();
    for (const bucket of buckets) {
      const start = totalCount;
      totalCount += bucket.slots.length;
      if (totalCount <= query.offset || start >= end) continue;
      const sorted = [...bucket.slots].sort(byName);
      const from = Math.max(0, query.offset - start);
      const to = Math.min(sorted.length, end - start);
      for (const slot of sorted.slice(from, to)) rows.push(rowOf(slot, bucket));
    }
    return { rows, totalCount };
  }
}

/**
 * The positions in `slots` of the rows at [offset, end) by customer name, then subscription ID:
 * a native numeric sort on the name rank (ties kept in arrival order), then the IDs compared
 * only within the runs of one rank that reach into the page.
 */
function pageByName(
  slots: readonly number[],
  offset: number,
  end: number,
  rankOf: (slot: number) => number,
  byName: (a: number, b: number) => number,
): number[] {
  if (offset >= slots.length) return [];
  const scale = 2 ** Math.ceil(Math.log2(slots.length + 1));
  const keys = new Float64Array(slots.length);
  slots.forEach((slot, i) => {
    keys[i] = rankOf(slot) * scale + i;
  });
  keys.sort();
  const positionAt = (k: number) => (keys[k] as number) % scale;
  const rankAt = (k: number) => Math.floor((keys[k] as number) / scale);
  // Widen [offset, end) to whole runs of one rank, so that the ID order inside them is right.
  const last = Math.min(end, slots.length);
  let from = offset;
  while (from > 0 && rankAt(from - 1) === rankAt(offset)) from -= 1;
  let to = last;
  while (to < slots.length && rankAt(to) === rankAt(to - 1)) to += 1;
  const window: number[] = [];
  for (let k = from; k < to; k++) window.push(positionAt(k));
  window.sort((a, b) => byName(slots[a] as number, slots[b] as number));
  return window.slice(offset - from, last - from);
}

function setOf<Key>(map: Map<Key, Set<number>>, key: Key): Set<number> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

function removeFrom<Key>(map: Map<Key, Set<number>>, key: Key, id: number): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
