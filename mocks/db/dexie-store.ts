import Dexie, { type Table as DexieTable, type Transaction } from 'dexie';
import { addDays, type CalendarDate } from '@/domain/calendar-date';
import { CustomerQueryIndex } from './customer-query';
import { RenewalQueryIndex } from './renewal-query';
import type {
  ActivityRecord,
  AttachmentContentRecord,
  CustomerRecord,
  IdempotencyRecord,
  InvoiceRecord,
  LicenceAssignmentRecord,
  MemberRecord,
  MetaRecord,
  OfferRecord,
  OrderRecord,
  PaymentMethodRecord,
  PurchaseAuthorizationRecord,
  SessionRecord,
  SubscriptionRecord,
  SupportCaseRecord,
} from './records';
import type { ActivityPageQuery, RenewalPageQuery, Store, StoreTx, Table } from './store';

class MockDatabase extends Dexie {
  members!: DexieTable<MemberRecord, string>;
  offers!: DexieTable<OfferRecord, string>;
  customers!: DexieTable<CustomerRecord, string>;
  subscriptions!: DexieTable<SubscriptionRecord, string>;
  purchaseAuthorizations!: DexieTable<PurchaseAuthorizationRecord, string>;
  orders!: DexieTable<OrderRecord, string>;
  invoices!: DexieTable<InvoiceRecord, string>;
  paymentMethods!: DexieTable<PaymentMethodRecord, string>;
  licenceAssignments!: DexieTable<LicenceAssignmentRecord, string>;
  supportCases!: DexieTable<SupportCaseRecord, string>;
  attachments!: DexieTable<AttachmentContentRecord, string>;
  activity!: DexieTable<ActivityRecord, string>;
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
    // Every resource of SPEC §3; the activity log pages newest first by its sequence.
    this.version(2).stores({
      orders: 'id, customerId',
      invoices: 'id, customerId',
      paymentMethods: 'id, customerId',
      licenceAssignments: 'id, customerId, subscriptionId',
      supportCases: 'id, customerId',
      attachments: 'id, caseId',
      activity: 'id, customerId, sequence',
      idempotency: 'key, businessTime',
    });
    // The renewals overview loads only the anniversaries it can show (decision 0008).
    this.version(3).stores({ subscriptions: 'id, customerId, renewalDate' });
    // PAs and orders carry the instant they were created; older data gets noon of its day.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const noon = (row: { creationDate: string; createdAt?: string }) => {
          row.createdAt ??= `${row.creationDate}T12:00:00.000Z`;
        };
        await tx.table('purchaseAuthorizations').toCollection().modify(noon);
        await tx.table('orders').toCollection().modify(noon);
      });
  }
}

/** Changes to customers bump this meta row, so every tab knows when its index is stale. */
const CUSTOMERS_REVISION = 'customersRevision';
/** Changes to subscriptions bump this one (the renewals index, with the customers revision). */
const SUBSCRIPTIONS_REVISION = 'subscriptionsRevision';

/** What a write transaction changed in the tables the in-memory indexes hold, in order. */
interface Touched {
  customers: CustomerRecord[];
  customersDeleted: boolean;
  subscriptions: ({ put: SubscriptionRecord } | { deleted: string })[];
}

function tableOf<Row>(
  table: DexieTable<Row, string>,
  onPut?: (row: Row) => void,
  onDelete?: (id: string) => void,
): Table<Row> {
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
    delete: async (id) => {
      await table.delete(id);
      onDelete?.(id);
    },
    all: () => table.toArray(),
    count: () => table.count(),
  };
}

async function activityPage(table: DexieTable<ActivityRecord, string>, query: ActivityPageQuery) {
  const { customerIds, customerId } = query;
  const filtered = () =>
    (customerId !== undefined
      ? table.where('customerId').equals(customerId)
      : table.orderBy('sequence').reverse()
    ).filter(
      (row) => customerIds === null || (row.customerId !== null && customerIds.has(row.customerId)),
    );
  const totalCount = await filtered().count();
  let rows: ActivityRecord[];
  if (customerId !== undefined) {
    // One customer's entries are few: sort them here.
    const all = await filtered().toArray();
    all.sort((a, b) => b.sequence - a.sequence);
    rows = all.slice(query.offset, query.offset + query.limit);
  } else {
    rows = await filtered().offset(query.offset).limit(query.limit).toArray();
  }
  return { rows, totalCount };
}

interface RenewalsCache {
  customersRevision: string;
  subscriptionsRevision: string;
  from: CalendarDate;
  to: CalendarDate;
  index: RenewalQueryIndex;
}

const covers = (cache: RenewalsCache, date: CalendarDate) => cache.from <= date && date <= cache.to;

/**
 * The store over IndexedDB (Dexie). Each `write` is one readwrite transaction over every table,
 * which IndexedDB runs one at a time across all tabs of the browser: no lost update.
 */
export class DexieStore implements Store {
  private readonly db: MockDatabase;
  private index: { revision: string; customers: CustomerQueryIndex } | null = null;
  /**
   * Current while both revisions are those it was loaded or last updated at; it holds the
   * subscriptions whose anniversary lies in [from, to] only.
   */
  private renewals: RenewalsCache | null = null;

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

  private async renewalIndex(
    trans: Transaction,
    query: RenewalPageQuery,
  ): Promise<RenewalQueryIndex> {
    const meta = trans.table<MetaRecord, string>('meta');
    const [customers, subscriptions] = await Promise.all([
      meta.get(CUSTOMERS_REVISION),
      meta.get(SUBSCRIPTIONS_REVISION),
    ]);
    const customersRevision = typeof customers?.value === 'string' ? customers.value : 'none';
    const subscriptionsRevision =
      typeof subscriptions?.value === 'string' ? subscriptions.value : 'none';
    // The anniversaries the overview can show today: from the end of grace to −90 days.
    const from = addDays(query.today, -query.rules.renewalGraceDays);
    const to = addDays(query.today, query.rules.renewalOverviewFromDays);
    const current = this.renewals;
    if (
      current?.customersRevision === customersRevision &&
      current.subscriptionsRevision === subscriptionsRevision &&
      current.from <= from &&
      to <= current.to
    ) {
      return current.index;
    }
    const cache = await this.loadRenewals(trans, {
      customersRevision,
      subscriptionsRevision,
      from,
      to,
    });
    this.renewals = cache;
    return cache.index;
  }

  /**
   * The customers from the customers list's index (already in memory when the user comes from
   * that list) and only the subscriptions in [from, to] by their anniversary: about a third of
   * them, read through the `renewalDate` index instead of the whole table.
   */
  private async loadRenewals(
    trans: Transaction,
    coverage: Omit<RenewalsCache, 'index'>,
  ): Promise<RenewalsCache> {
    const [customers, subscriptionRows] = await Promise.all([
      this.customerIndex(trans),
      trans
        .table<SubscriptionRecord, string>('subscriptions')
        .where('renewalDate')
        .between(coverage.from, coverage.to, true, true)
        .toArray(),
    ]);
    return { ...coverage, index: new RenewalQueryIndex(customers.all(), subscriptionRows) };
  }

  /**
   * Tables bound to the transaction object itself, not to Dexie's ambient zone, so that service
   * code can nest async functions freely without a query escaping into a transaction of its own.
   */
  private tx(trans: Transaction, touched: Touched | null): StoreTx {
    const db = {
      members: trans.table<MemberRecord, string>('members'),
      offers: trans.table<OfferRecord, string>('offers'),
      customers: trans.table<CustomerRecord, string>('customers'),
      subscriptions: trans.table<SubscriptionRecord, string>('subscriptions'),
      purchaseAuthorizations: trans.table<PurchaseAuthorizationRecord, string>(
        'purchaseAuthorizations',
      ),
      orders: trans.table<OrderRecord, string>('orders'),
      invoices: trans.table<InvoiceRecord, string>('invoices'),
      paymentMethods: trans.table<PaymentMethodRecord, string>('paymentMethods'),
      licenceAssignments: trans.table<LicenceAssignmentRecord, string>('licenceAssignments'),
      supportCases: trans.table<SupportCaseRecord, string>('supportCases'),
      attachments: trans.table<AttachmentContentRecord, string>('attachments'),
      activity: trans.table<ActivityRecord, string>('activity'),
      sessions: trans.table<SessionRecord, string>('sessions'),
      idempotency: trans.table<IdempotencyRecord, string>('idempotency'),
      meta: trans.table<MetaRecord, string>('meta'),
    };
    const byCustomer =
      <Row>(table: DexieTable<Row, string>) =>
      (customerId: string) =>
        table.where('customerId').equals(customerId).toArray();
    return {
      members: tableOf(db.members),
      offers: tableOf(db.offers),
      customers: {
        ...tableOf(
          db.customers,
          (row) => {
            if (touched === null) throw new Error('Customers written in a read transaction');
            touched.customers.push(row);
          },
          () => {
            if (touched === null) throw new Error('Customers written in a read transaction');
            touched.customersDeleted = true;
          },
        ),
        page: async (query) => (await this.customerIndex(trans)).query(query),
        byVipId: (vipId) => db.customers.where('vipId').equals(vipId).first(),
      },
      subscriptions: {
        ...tableOf(
          db.subscriptions,
          (row) => {
            if (touched === null) throw new Error('Subscriptions written in a read transaction');
            touched.subscriptions.push({ put: row });
          },
          (id) => {
            if (touched === null) throw new Error('Subscriptions written in a read transaction');
            touched.subscriptions.push({ deleted: id });
          },
        ),
        byCustomer: (customerId) =>
          db.subscriptions.where('customerId').equals(customerId).toArray(),
        // One key range per customer: `anyOf` walks far more of the index than it returns.
        byCustomers: async (customerIds) =>
          (
            await Promise.all(
              [...new Set(customerIds)].map((customerId) =>
                db.subscriptions.where('customerId').equals(customerId).toArray(),
              ),
            )
          ).flat(),
        renewalPage: async (query) => (await this.renewalIndex(trans, query)).query(query),
      },
      purchaseAuthorizations: {
        ...tableOf(db.purchaseAuthorizations),
        byCustomer: byCustomer(db.purchaseAuthorizations),
      },
      orders: { ...tableOf(db.orders), byCustomer: byCustomer(db.orders) },
      invoices: { ...tableOf(db.invoices), byCustomer: byCustomer(db.invoices) },
      paymentMethods: { ...tableOf(db.paymentMethods), byCustomer: byCustomer(db.paymentMethods) },
      licenceAssignments: {
        ...tableOf(db.licenceAssignments),
        byCustomer: byCustomer(db.licenceAssignments),
        bySubscription: (subscriptionId) =>
          db.licenceAssignments.where('subscriptionId').equals(subscriptionId).toArray(),
      },
      supportCases: { ...tableOf(db.supportCases), byCustomer: byCustomer(db.supportCases) },
      attachments: tableOf(db.attachments),
      activity: {
        add: async (entry) => {
          await db.activity.add(entry);
        },
        bulkAdd: async (entries) => {
          await db.activity.bulkAdd(entries);
        },
        page: (query) => activityPage(db.activity, query),
        count: () => db.activity.count(),
      },
      sessions: tableOf(db.sessions),
      idempotency: {
        ...tableOf(db.idempotency),
        purgeBefore: (businessTime) =>
          db.idempotency.where('businessTime').below(businessTime).delete(),
      },
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
    const touched: Touched = { customers: [], customersDeleted: false, subscriptions: [] };
    const updates: (() => void)[] = [];
    const result = await this.db.transaction('rw', this.db.tables, async (trans) => {
      const value = await work(this.tx(trans, touched));
      const meta = trans.table<MetaRecord, string>('meta');
      const bump = async (key: string) => {
        const before = (await meta.get(key))?.value ?? 'none';
        const after = crypto.randomUUID();
        await meta.put({ key, value: after });
        return { before, after };
      };
      const customersChanged = touched.customers.length > 0 || touched.customersDeleted;
      const customers = customersChanged ? await bump(CUSTOMERS_REVISION) : null;
      const subscriptions =
        touched.subscriptions.length > 0 ? await bump(SUBSCRIPTIONS_REVISION) : null;
      if (customers) {
        const index = this.index;
        // Our index was current before this write: bring it along instead of reloading it.
        updates.push(() => {
          if (
            index &&
            this.index === index &&
            index.revision === customers.before &&
            !touched.customersDeleted
          ) {
            touched.customers.forEach((row) => index.customers.upsert(row));
            index.revision = customers.after;
          } else {
            this.index = null;
          }
        });
      }
      if (customers || subscriptions) {
        const renewals = this.renewals;
        updates.push(() => {
          if (
            renewals &&
            this.renewals === renewals &&
            !touched.customersDeleted &&
            renewals.customersRevision === (customers?.before ?? renewals.customersRevision) &&
            renewals.subscriptionsRevision ===
              (subscriptions?.before ?? renewals.subscriptionsRevision)
          ) {
            // Copies: the index must not see a row the caller edits after writing it.
            touched.customers.forEach((row) => renewals.index.upsertCustomer(structuredClone(row)));
            touched.subscriptions.forEach((change) => {
              // A renewal moves an anniversary out of the loaded dates: it leaves the index.
              if ('put' in change && covers(renewals, change.put.renewalDate)) {
                renewals.index.upsertSubscription(structuredClone(change.put));
              } else {
                renewals.index.deleteSubscription('put' in change ? change.put.id : change.deleted);
              }
            });
            if (customers) renewals.customersRevision = customers.after;
            if (subscriptions) renewals.subscriptionsRevision = subscriptions.after;
          } else {
            this.renewals = null;
          }
        });
      }
      return value;
    });
    updates.forEach((update) => update());
    return result;
  }

  async clear(): Promise<void> {
    await this.db.transaction('rw', this.db.tables, async () => {
      await Promise.all(this.db.tables.map((table) => table.clear()));
    });
    this.index = null;
    this.renewals = null;
  }

  close(): void {
    this.db.close();
  }
}
