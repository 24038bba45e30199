import { CustomerQueryIndex } from './customer-query';
import { RenewalQueryIndex } from './renewal-query';
import type { ActivityRecord, CustomerRecord, SubscriptionRecord } from './records';
import type { Store, StoreTx, Table } from './store';

type Undo = () => void;

/**
 * The store in plain memory: the same interface as the IndexedDB store, for the model-based
 * tests that run thousands of operations, and a proof that nothing in a service depends on
 * the browser. Writes run one at a time; a failed write is rolled back through an undo log.
 * Rows are copied in and out, as a database would, so a service never edits a stored row.
 */
export class MemoryStore implements Store {
  private tables = new Map<string, Map<string, unknown>>();
  private queue: Promise<unknown> = Promise.resolve();
  private index: CustomerQueryIndex | null = null;
  /** Built on the first renewals query, then kept current by every write (dropped on rollback). */
  private renewals: RenewalQueryIndex | null = null;

  private renewalIndex(): RenewalQueryIndex {
    this.renewals ??= new RenewalQueryIndex(
      this.peek('customers') as CustomerRecord[],
      this.peek('subscriptions') as SubscriptionRecord[],
    );
    return this.renewals;
  }

  private table(name: string): Map<string, unknown> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    return table;
  }

  private rows<Row>(name: string): Row[] {
    return [...this.table(name).values()].map((row) => structuredClone(row) as Row);
  }

  /** A copy of every table: the same data, independent from here on (fast test set-up). */
  clone(): MemoryStore {
    const copy = new MemoryStore();
    copy.tables = structuredClone(this.tables);
    return copy;
  }

  /**
   * The stored rows themselves, not copies, for tests that read every table after every step.
   * The caller must not change them (writes always replace a row with a fresh copy).
   */
  peek(name: string): readonly unknown[] {
    return [...this.table(name).values()];
  }

  private tx(undo: Undo[] | null): StoreTx {
    const write = (name: string, key: string, row: unknown) => {
      if (undo === null) throw new Error('Write in a read transaction');
      const table = this.table(name);
      const had = table.has(key);
      const before = table.get(key);
      undo.push(() => {
        if (had) table.set(key, before);
        else table.delete(key);
      });
      if (row === undefined) table.delete(key);
      else table.set(key, structuredClone(row));
      if (name === 'customers') this.index = null;
      // The index holds the stored rows themselves, never edited (a write replaces the row).
      if (this.renewals && (name === 'customers' || name === 'subscriptions')) {
        const stored = table.get(key);
        if (name === 'customers') {
          if (stored === undefined) this.renewals.deleteCustomer(key);
          else this.renewals.upsertCustomer(stored as CustomerRecord);
        } else if (stored === undefined) this.renewals.deleteSubscription(key);
        else this.renewals.upsertSubscription(stored as SubscriptionRecord);
      }
    };
    const tableOf = <Row>(name: string, keyOf: (row: Row) => string): Table<Row> => ({
      get: (id) => Promise.resolve(structuredClone(this.table(name).get(id)) as Row | undefined),
      put: (row) => Promise.resolve(write(name, keyOf(row), row)),
      bulkPut: (rows) => Promise.resolve(rows.forEach((row) => write(name, keyOf(row), row))),
      delete: (id) => Promise.resolve(write(name, id, undefined)),
      all: () => Promise.resolve(this.rows<Row>(name)),
      count: () => Promise.resolve(this.table(name).size),
    });
    const byId = <Row extends { id: string }>(name: string): Table<Row> =>
      tableOf<Row>(name, (row) => row.id);
    const where =
      <Row>(name: string, field: keyof Row) =>
      (value: string) =>
        Promise.resolve(
          [...this.table(name).values()]
            .filter((row) => (row as Row)[field] === value)
            .map((row) => structuredClone(row) as Row),
        );
    return {
      members: byId('members'),
      offers: byId('offers'),
      customers: {
        ...byId<CustomerRecord>('customers'),
        page: (query) => {
          this.index ??= new CustomerQueryIndex(this.rows('customers'));
          return Promise.resolve(this.index.query(query));
        },
        byVipId: (vipId) =>
          Promise.resolve(this.rows<CustomerRecord>('customers').find((c) => c.vipId === vipId)),
      },
      subscriptions: {
        ...byId('subscriptions'),
        byCustomer: where('subscriptions', 'customerId'),
        byCustomers: (customerIds) =>
          Promise.resolve(
            this.renewalIndex()
              .subscriptionsOf(customerIds)
              .map((row) => structuredClone(row)),
          ),
        renewalPage: (query) => {
          const { rows, totalCount } = this.renewalIndex().query(query);
          return Promise.resolve({ rows: structuredClone(rows), totalCount });
        },
      },
      purchaseAuthorizations: {
        ...byId('purchaseAuthorizations'),
        byCustomer: where('purchaseAuthorizations', 'customerId'),
      },
      orders: { ...byId('orders'), byCustomer: where('orders', 'customerId') },
      invoices: { ...byId('invoices'), byCustomer: where('invoices', 'customerId') },
      paymentMethods: {
        ...byId('paymentMethods'),
        byCustomer: where('paymentMethods', 'customerId'),
      },
      licenceAssignments: {
        ...byId('licenceAssignments'),
        byCustomer: where('licenceAssignments', 'customerId'),
        bySubscription: where('licenceAssignments', 'subscriptionId'),
      },
      supportCases: { ...byId('supportCases'), byCustomer: where('supportCases', 'customerId') },
      attachments: byId('attachments'),
      activity: {
        add: (entry) => Promise.resolve(write('activity', entry.id, entry)),
        bulkAdd: (entries) =>
          Promise.resolve(entries.forEach((entry) => write('activity', entry.id, entry))),
        page: (query) => {
          const rows = this.rows<ActivityRecord>('activity')
            .filter((row) => query.customerId === undefined || row.customerId === query.customerId)
            .filter(
              (row) =>
                query.customerIds === null ||
                (row.customerId !== null && query.customerIds.has(row.customerId)),
            )
            .sort((a, b) => b.sequence - a.sequence);
          return Promise.resolve({
            rows: rows.slice(query.offset, query.offset + query.limit),
            totalCount: rows.length,
          });
        },
        count: () => Promise.resolve(this.table('activity').size),
      },
      sessions: tableOf('sessions', (row) => row.token),
      idempotency: {
        ...tableOf('idempotency', (row) => row.key),
        purgeBefore: (businessTime) => {
          const stale = this.rows<{ key: string; businessTime: number }>('idempotency').filter(
            (row) => row.businessTime < businessTime,
          );
          stale.forEach((row) => write('idempotency', row.key, undefined));
          return Promise.resolve(stale.length);
        },
      },
      meta: {
        get: <Value>(key: string) =>
          Promise.resolve(structuredClone(this.table('meta').get(key)) as Value | undefined),
        put: (key, value) => Promise.resolve(write('meta', key, value)),
      },
    };
  }

  private serialised<Result>(work: () => Promise<Result>): Promise<Result> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  read<Result>(work: (tx: StoreTx) => Promise<Result>): Promise<Result> {
    return this.serialised(() => work(this.tx(null)));
  }

  write<Result>(work: (tx: StoreTx) => Promise<Result>): Promise<Result> {
    return this.serialised(async () => {
      const undo: Undo[] = [];
      try {
        return await work(this.tx(undo));
      } catch (error) {
        undo.reverse().forEach((step) => step());
        this.index = null;
        this.renewals = null;
        throw error;
      }
    });
  }

  clear(): Promise<void> {
    return this.serialised(() => {
      this.tables.clear();
      this.index = null;
      this.renewals = null;
      return Promise.resolve();
    });
  }

  close(): void {}
}
