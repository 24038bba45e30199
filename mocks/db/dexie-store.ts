import Dexie, { type Table as DexieTable, type Transaction } from 'dexie';
import { CustomerQueryIndex } from './customer-query';
import type {
  CustomerRecord,
  IdempotencyRecord,
  MemberRecord,
  MetaRecord,
  OfferRecord,
  PurchaseAuthorizationRecord,
  SessionRecord,
  SubscriptionRecord,
} from './records';
import type { Store, StoreTx, Table } from './store';

class MockDatabase extends Dexie {
  members!: DexieTable<MemberRecord, string>;
  offers!: DexieTable<OfferRecord, string>;
  customers!: DexieTable<CustomerRecord, string>;
  subscriptions!: DexieTable<SubscriptionRecord, string>;
  purchaseAuthorizations!: DexieTable<PurchaseAuthorizationRecord, string>;
  sessions!: DexieTable<SessionRecord, string>;
  idempotency!: DexieTable<IdempotencyRecord, string>;
  meta!: DexieTable<MetaRecord, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      members: 'id',
      offers: 'id',
      customers: 'id, &vipId',
      subscriptions: 'id, customerId',
      purchaseAuthorizations: 'id, customerId',
      sessions: 'token',
      idempotency: 'key',
      meta: 'key',
    });
  }
}

/** Changes to customers bump this meta row, so every tab knows when its index is stale. */
const CUSTOMERS_REVISION = 'customersRevision';

function tableOf<Row>(table: DexieTable<Row, string>, onPut?: (row: Row) => void): Table<Row> {
  return {
    get: (id) => table.get(id),
    put: async (row) => {
      await table.put(row);
      onPut?.(row);
    },
    bulkPut: async (rows) => {
      await table.bulkPut(rows);
      rows.forEach((row) => onPut?.(row));
    },
    delete: (id) => table.delete(id),
    all: () => table.toArray(),
    count: () => table.count(),
  };
}

/**
 * The store over IndexedDB (Dexie). Each `write` is one readwrite transaction over every table,
 * which IndexedDB runs one at a time across all tabs of the browser: no lost update.
 */
export class DexieStore implements Store {
  private readonly db: MockDatabase;
  private index: { revision: string; customers: CustomerQueryIndex } | null = null;

  constructor(name = 'reseller-console-mock') {
    this.db = new MockDatabase(name);
  }

  private async customerIndex(trans: Transaction): Promise<CustomerQueryIndex> {
    const revision = (await trans.table<MetaRecord, string>('meta').get(CUSTOMERS_REVISION))?.value;
    const key = typeof revision === 'string' ? revision : 'none';
    if (this.index?.revision !== key) {
      this.index = {
        revision: key,
        customers: new CustomerQueryIndex(
          await trans.table<CustomerRecord, string>('customers').toArray(),
        ),
      };
    }
    return this.index.customers;
  }

  /**
   * Tables bound to the transaction object itself, not to Dexie's ambient zone, so that service
   * code can nest async functions freely without a query escaping into a transaction of its own.
   */
  private tx(trans: Transaction, touched: CustomerRecord[] | null): StoreTx {
    const db = {
      members: trans.table<MemberRecord, string>('members'),
      offers: trans.table<OfferRecord, string>('offers'),
      customers: trans.table<CustomerRecord, string>('customers'),
      subscriptions: trans.table<SubscriptionRecord, string>('subscriptions'),
      purchaseAuthorizations: trans.table<PurchaseAuthorizationRecord, string>(
        'purchaseAuthorizations',
      ),
      sessions: trans.table<SessionRecord, string>('sessions'),
      idempotency: trans.table<IdempotencyRecord, string>('idempotency'),
      meta: trans.table<MetaRecord, string>('meta'),
    };
    return {
      members: tableOf(db.members),
      offers: tableOf(db.offers),
      customers: {
        ...tableOf(db.customers, (row) => {
          if (touched === null) throw new Error('Customers written in a read transaction');
          touched.push(row);
        }),
        page: async (query) => (await this.customerIndex(trans)).query(query),
        byVipId: (vipId) => db.customers.where('vipId').equals(vipId).first(),
      },
      subscriptions: {
        ...tableOf(db.subscriptions),
        byCustomer: (customerId) =>
          db.subscriptions.where('customerId').equals(customerId).toArray(),
      },
      purchaseAuthorizations: {
        ...tableOf(db.purchaseAuthorizations),
        byCustomer: (customerId) =>
          db.purchaseAuthorizations.where('customerId').equals(customerId).toArray(),
      },
      sessions: tableOf(db.sessions),
      idempotency: tableOf(db.idempotency),
      meta: {
        get: async <Value>(key: string) => (await db.meta.get(key))?.value as Value | undefined,
        put: async (key, value) => {
          await db.meta.put({ key, value });
        },
      },
    };
  }

  read<Result>(work: (tx: StoreTx) => Promise<Result>): Promise<Result> {
    return this.db.transaction('r', this.db.tables, (trans) => work(this.tx(trans, null)));
  }

  async write<Result>(work: (tx: StoreTx) => Promise<Result>): Promise<Result> {
    const touched: CustomerRecord[] = [];
    let applyToIndex: (() => void) | null = null;
    const result = await this.db.transaction('rw', this.db.tables, async (trans) => {
      const value = await work(this.tx(trans, touched));
      if (touched.length > 0) {
        const meta = trans.table<MetaRecord, string>('meta');
        const before = (await meta.get(CUSTOMERS_REVISION))?.value ?? 'none';
        const after = crypto.randomUUID();
        await meta.put({ key: CUSTOMERS_REVISION, value: after });
        const index = this.index;
        // Our index was current before this write: bring it along instead of reloading it.
        applyToIndex = () => {
          if (index && this.index === index && index.revision === before) {
            touched.forEach((row) => index.customers.upsert(row));
            index.revision = after;
          } else {
            this.index = null;
          }
        };
      }
      return value;
    });
    (applyToIndex as (() => void) | null)?.();
    return result;
  }

  async clear(): Promise<void> {
    await this.db.transaction('rw', this.db.tables, async () => {
      await Promise.all(this.db.tables.map((table) => table.clear()));
    });
    this.index = null;
  }

  close(): void {
    this.db.close();
  }
}
