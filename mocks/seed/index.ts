import type { CalendarDate } from '@/domain/calendar-date';
import type { MemberRecord } from '../db/records';
import type { Store } from '../db/store';
import { META_WORK_THROUGH } from '../services/scheduled-work';
import { sequenceKey } from '../services/sequences';
import { META_ACTIVITY_SEQUENCE, sortActivity, toActivityRecord } from './activity';
import { seedCustomer } from './customers';
import { seedOffers } from './offers';
import { Random } from './random';
import { seedTeam } from './team';
import {
  SeedNumbers,
  type CustomerSeedContext,
  type SeededCustomer,
  type TimedActivity,
} from './types';

export type { SeededCustomer } from './types';

export const DEFAULT_SEED = 20_261_123;

export interface SeedOptions {
  customerCount: number;
  seed: number;
  /** The business date the data is built around. */
  today: CalendarDate;
  /** Customers per write transaction. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export const META_DATASET = 'dataset';
export const META_VIP_SEQUENCE = 'vipSequence';

/** The generator's state: its dice, the reference data and the number series it issued. */
export function createSeedContext(options: Pick<SeedOptions, 'seed' | 'today'>) {
  const team = seedTeam();
  const offers = seedOffers();
  const ctx: CustomerSeedContext = {
    seed: options.seed,
    random: new Random(options.seed),
    today: options.today,
    offers,
    offerById: new Map(offers.map((offer) => [offer.id, offer])),
    accountManagers: team.filter((m) => m.role === 'ACCOUNT_MANAGER'),
    salesReps: team.filter((m) => m.role === 'SALES_REP'),
    administrators: team.filter((m) => m.role === 'ADMINISTRATOR'),
    numbers: new SeedNumbers(),
  };
  return ctx;
}

/**
 * Generates the customers in order, each with everything that happened to it; the same options
 * always give the same rows. Pass `ctx` to read the number series afterwards.
 */
export function* generateCustomers(
  options: SeedOptions,
  ctx: CustomerSeedContext = createSeedContext(options),
): Generator<SeededCustomer> {
  for (let sequence = 0; sequence < options.customerCount; sequence++) {
    yield seedCustomer(ctx, sequence);
  }
}

/**
 * Rows per bulk call. fake-indexeddb (the tests, Node) queues every request of a transaction in
 * an array it shifts one by one, so a bulk call of tens of thousands of rows costs quadratic
 * time; slices of a couple of thousand keep it linear, and cost a browser nothing.
 */
const SLICE = 2000;

async function inSlices<Row>(rows: Row[], put: (slice: Row[]) => Promise<void>) {
  for (let start = 0; start < rows.length; start += SLICE) {
    await put(rows.slice(start, start + SLICE));
  }
}

async function writeChunk(store: Store, rows: SeededCustomer[]): Promise<void> {
  await store.write(async (tx) => {
    await inSlices(
      rows.map((r) => r.customer),
      (s) => tx.customers.bulkPut(s),
    );
    await inSlices(
      rows.flatMap((r) => r.subscriptions),
      (s) => tx.subscriptions.bulkPut(s),
    );
    await inSlices(
      rows.flatMap((r) => r.purchaseAuthorizations),
      (s) => tx.purchaseAuthorizations.bulkPut(s),
    );
    await inSlices(
      rows.flatMap((r) => r.orders),
      (s) => tx.orders.bulkPut(s),
    );
    await inSlices(
      rows.flatMap((r) => r.invoices),
      (s) => tx.invoices.bulkPut(s),
    );
    await inSlices(
      rows.flatMap((r) => r.paymentMethods),
      (s) => tx.paymentMethods.bulkPut(s),
    );
    await inSlices(
      rows.flatMap((r) => r.licenceAssignments),
      (s) => tx.licenceAssignments.bulkPut(s),
    );
    await inSlices(
      rows.flatMap((r) => r.supportCases),
      (s) => tx.supportCases.bulkPut(s),
    );
  });
}

/** Activity entries, numbered in the order things happened across all customers. */
async function writeActivity(store: Store, entries: TimedActivity[], perWrite: number) {
  sortActivity(entries);
  for (let start = 0; start < entries.length; start += perWrite) {
    const records = entries
      .slice(start, start + perWrite)
      .map((entry, index) => toActivityRecord(entry, start + index + 1));
    await store.write((tx) => inSlices(records, (s) => tx.activity.bulkAdd(s)));
  }
  return entries.length;
}

/**
 * Fills an empty store in dependency order: team, offers, then customers with everything of
 * theirs, in chunks so a large dataset never holds one huge transaction; then the activity
 * log (it needs every customer's entries to number them in time order) and the counters the
 * services continue from.
 */
export async function seedStore(store: Store, options: SeedOptions): Promise<void> {
  const team: MemberRecord[] = seedTeam();
  await store.write(async (tx) => {
    await tx.members.bulkPut(team);
    await tx.offers.bulkPut(seedOffers());
    await tx.meta.put(META_VIP_SEQUENCE, options.customerCount);
  });
  const ctx = createSeedContext(options);
  const chunkSize = options.chunkSize ?? 2000;
  const activity: TimedActivity[] = [];
  let chunk: SeededCustomer[] = [];
  let done = 0;
  const flush = async () => {
    const rows = chunk;
    chunk = [];
    await writeChunk(store, rows);
    done += rows.length;
    options.onProgress?.(done, options.customerCount);
  };
  for (const seeded of generateCustomers(options, ctx)) {
    chunk.push(seeded);
    for (const entry of seeded.activity) activity.push(entry);
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  const lastActivity = await writeActivity(store, activity, chunkSize * 10);
  // Written last: a dataset row means the seed is complete. The seed is consistent on its day,
  // so scheduled work starts from there.
  await store.write(async (tx) => {
    for (const [kind, last] of Object.entries(ctx.numbers.last)) {
      await tx.meta.put(sequenceKey(kind as keyof typeof ctx.numbers.last), last);
    }
    await tx.meta.put(META_ACTIVITY_SEQUENCE, lastActivity);
    await tx.meta.put(META_WORK_THROUGH, options.today);
    await tx.meta.put(META_DATASET, {
      customerCount: options.customerCount,
      seed: options.seed,
      seededOn: options.today,
    });
  });
}
