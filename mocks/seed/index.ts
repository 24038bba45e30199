import type { CalendarDate } from '@/domain/calendar-date';
import type { MemberRecord } from '../db/records';
import type { Store } from '../db/store';
import { seedCustomer, type SeededCustomer } from './customers';
import { seedOffers } from './offers';
import { Random } from './random';
import { seedTeam } from './team';
import { META_WORK_THROUGH } from '../services/scheduled-work';

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
export const META_PA_SEQUENCE = 'paSequence';

/** Generates the customers in order; the same options always give the same rows. */
export function* generateCustomers(options: SeedOptions): Generator<SeededCustomer> {
  const random = new Random(options.seed);
  const team = seedTeam();
  const ctx = {
    random,
    today: options.today,
    offers: seedOffers(),
    accountManagers: team.filter((m) => m.role === 'ACCOUNT_MANAGER'),
    salesReps: team.filter((m) => m.role === 'SALES_REP'),
  };
  for (let sequence = 0; sequence < options.customerCount; sequence++) {
    yield seedCustomer(ctx, sequence);
  }
}

/**
 * Fills an empty store in dependency order: team, offers, then customers with their
 * subscriptions and PAs, in chunks so a large dataset never holds one huge transaction.
 */
export async function seedStore(store: Store, options: SeedOptions): Promise<void> {
  const team: MemberRecord[] = seedTeam();
  await store.write(async (tx) => {
    await tx.members.bulkPut(team);
    await tx.offers.bulkPut(seedOffers());
    await tx.meta.put(META_VIP_SEQUENCE, options.customerCount);
    await tx.meta.put(META_PA_SEQUENCE, options.customerCount * 4 + 1);
  });
  const chunkSize = options.chunkSize ?? 2000;
  let chunk: SeededCustomer[] = [];
  let done = 0;
  const flush = async () => {
    const rows = chunk;
    chunk = [];
    await store.write(async (tx) => {
      await tx.customers.bulkPut(rows.map((r) => r.customer));
      await tx.subscriptions.bulkPut(rows.flatMap((r) => r.subscriptions));
      await tx.purchaseAuthorizations.bulkPut(rows.flatMap((r) => r.purchaseAuthorizations));
    });
    done += rows.length;
    options.onProgress?.(done, options.customerCount);
  };
  for (const seeded of generateCustomers(options)) {
    chunk.push(seeded);
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  // Written last: a dataset row means the seed is complete. The seed is consistent on its day,
  // so scheduled work starts from there.
  await store.write(async (tx) => {
    await tx.meta.put(META_WORK_THROUGH, options.today);
    await tx.meta.put(META_DATASET, {
      customerCount: options.customerCount,
      seed: options.seed,
      seededOn: options.today,
    });
  });
}
