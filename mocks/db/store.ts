import type { CalendarDate } from '@/domain/calendar-date';
import type { CustomerStatus } from '@/domain/customer-status';
import type { Rules } from '@/domain/rules';
import type { CustomerSort, StatusCounts } from '@/api/customers/schemas';
import type { OverviewStage, RenewalSort } from '@/api/renewals/schemas';
import type { CountryCode, MarketSegment } from '@/domain/customer-profile';
import type {
  ActivityRecord,
  AttachmentContentRecord,
  CustomerRecord,
  IdempotencyRecord,
  InvoiceRecord,
  LicenceAssignmentRecord,
  MemberRecord,
  OfferRecord,
  OrderRecord,
  PaymentMethodRecord,
  PurchaseAuthorizationRecord,
  SessionRecord,
  SubscriptionRecord,
  SupportCaseRecord,
} from './records';

/**
 * The only way services reach storage (SPEC §7). Implemented over IndexedDB here; a server
 * implements the same interface over PostgreSQL and reuses the services unchanged, so nothing
 * here may depend on the browser.
 */
export interface Table<Row> {
  get(id: string): Promise<Row | undefined>;
  put(row: Row): Promise<void>;
  bulkPut(rows: Row[]): Promise<void>;
  delete(id: string): Promise<void>;
  all(): Promise<Row[]>;
  count(): Promise<number>;
}

export interface CustomerPageQuery {
  today: CalendarDate;
  rules: Rules;
  /** Only customers assigned to this member (account manager or sales rep); null: all. */
  assignedTo: string | null;
  q?: string | undefined;
  statuses?: CustomerStatus[] | undefined;
  marketSegment?: MarketSegment | undefined;
  countryCode?: CountryCode | undefined;
  accountManagerId?: string | undefined;
  needsAttention?: boolean | undefined;
  sort: CustomerSort;
  limit: number;
  offset: number;
}

export interface CustomerPageResult {
  rows: CustomerRecord[];
  totalCount: number;
  statusCounts: StatusCounts;
}

/**
 * The renewals overview (SPEC §5.6): the live subscriptions whose anniversary lies from the end
 * of grace to `rules.renewalOverviewFromDays` ahead of `today`, of customers that exist.
 */
export interface RenewalPageQuery {
  today: CalendarDate;
  rules: Rules;
  /** Only subscriptions of customers assigned to this member (account manager or sales rep). */
  assignedTo: string | null;
  customerId?: string | undefined;
  accountManagerId?: string | undefined;
  offerId?: string | undefined;
  stages?: readonly OverviewStage[] | undefined;
  /** true: only those in grace; false: none in grace. */
  inGrace?: boolean | undefined;
  /** Only those with 0 ≤ days left ≤ window. */
  window?: number | undefined;
  /** Days left (then customer name, then subscription ID), or customer name then ID. */
  sort: RenewalSort;
  limit: number;
  offset: number;
}

export interface RenewalPageRow {
  subscription: SubscriptionRecord;
  customer: CustomerRecord;
  stage: OverviewStage;
  daysLeft: number;
}

export interface RenewalPageResult {
  rows: RenewalPageRow[];
  totalCount: number;
}

export interface ByCustomer<Row> {
  byCustomer(customerId: string): Promise<Row[]>;
}

export interface ActivityPageQuery {
  /** Only entries of these customers; null: all entries. */
  customerIds: ReadonlySet<string> | null;
  customerId?: string | undefined;
  limit: number;
  offset: number;
}

export interface StoreTx {
  members: Table<MemberRecord>;
  offers: Table<OfferRecord>;
  customers: Table<CustomerRecord> & {
    page(query: CustomerPageQuery): Promise<CustomerPageResult>;
    byVipId(vipId: string): Promise<CustomerRecord | undefined>;
  };
  subscriptions: Table<SubscriptionRecord> &
    ByCustomer<SubscriptionRecord> & {
      /** Every subscription of these customers, in no particular order. */
      byCustomers(customerIds: readonly string[]): Promise<SubscriptionRecord[]>;
      renewalPage(query: RenewalPageQuery): Promise<RenewalPageResult>;
    };
  purchaseAuthorizations: Table<PurchaseAuthorizationRecord> &
    ByCustomer<PurchaseAuthorizationRecord>;
  orders: Table<OrderRecord> & ByCustomer<OrderRecord>;
  invoices: Table<InvoiceRecord> & ByCustomer<InvoiceRecord>;
  paymentMethods: Table<PaymentMethodRecord> & ByCustomer<PaymentMethodRecord>;
  licenceAssignments: Table<LicenceAssignmentRecord> &
    ByCustomer<LicenceAssignmentRecord> & {
      bySubscription(subscriptionId: string): Promise<LicenceAssignmentRecord[]>;
    };
  supportCases: Table<SupportCaseRecord> & ByCustomer<SupportCaseRecord>;
  attachments: Table<AttachmentContentRecord>;
  activity: {
    add(entry: ActivityRecord): Promise<void>;
    /** Many entries at once (the seed); each must be new. */
    bulkAdd(entries: ActivityRecord[]): Promise<void>;
    /** Newest first; `customerIds` null means every customer (and entries with none). */
    page(query: ActivityPageQuery): Promise<{ rows: ActivityRecord[]; totalCount: number }>;
    count(): Promise<number>;
  };
  sessions: Table<SessionRecord>;
  idempotency: Table<IdempotencyRecord> & {
    /** Deletes keys stored before this business time (ms); answers how many. */
    purgeBefore(businessTime: number): Promise<number>;
  };
  meta: {
    get<Value>(key: string): Promise<Value | undefined>;
    put(key: string, value: unknown): Promise<void>;
  };
}

export interface Store {
  /** Runs `work` in one read transaction. */
  read<Result>(work: (tx: StoreTx) => Promise<Result>): Promise<Result>;
  /** Runs `work` in one write transaction: all of it commits, or none of it. Writers are serialised. */
  write<Result>(work: (tx: StoreTx) => Promise<Result>): Promise<Result>;
  /** Deletes every row (before a reseed). */
  clear(): Promise<void>;
  close(): void;
}
