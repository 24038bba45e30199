import { describe, expect, it } from 'vitest';
import { DexieStore } from '../db/dexie-store';
import { DEFAULT_SEED, seedStore } from './index';

/**
 * Seeding time of the large datasets in Node over fake-indexeddb (the brief's budget: 10,000
 * customers in about 5 s, 50,000 in about 25 s). Slow, so only on demand:
 * `SEED_TIMING=10000,50000 npx vitest run --project unit mocks/seed/seed-timing.test.ts`.
 */
const counts = (process.env.SEED_TIMING ?? '')
  .split(',')
  .filter((value) => value !== '')
  .map(Number);

describe.runIf(counts.length > 0)('seeding time', () => {
  it.each(counts)(
    'seeds %i customers',
    async (count) => {
      const store = new DexieStore(`seed-timing-${String(count)}`);
      await store.clear();
      const started = performance.now();
      await seedStore(store, { customerCount: count, seed: DEFAULT_SEED, today: '2026-11-23' });
      const ms = performance.now() - started;
      const rows = await store.read(async (tx) => ({
        customers: await tx.customers.count(),
        orders: await tx.orders.count(),
        invoices: await tx.invoices.count(),
        activity: await tx.activity.count(),
        licences: await tx.licenceAssignments.count(),
      }));
      console.log(`seeded ${String(count)} customers in ${ms.toFixed(0)} ms`, rows);
      store.close();
      expect(rows.customers).toBe(count);
    },
    120_000,
  );
});
