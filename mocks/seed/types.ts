import type { CalendarDate } from '@/domain/calendar-date';
import type {
  ActivityRecord,
  CustomerRecord,
  InvoiceRecord,
  LicenceAssignmentRecord,
  MemberRecord,
  OfferRecord,
  OrderRecord,
  PaymentMethodRecord,
  PurchaseAuthorizationRecord,
  SubscriptionRecord,
  SupportCaseRecord,
} from '../db/records';
import type { Random } from './random';

/** The human-facing number series the seed uses, as the services write them (services/sequences). */
export type SeedNumberKind = 'purchaseAuthorization' | 'order' | 'invoice' | 'supportCase';

const PREFIXES: Record<SeedNumberKind, string> = {
  purchaseAuthorization: 'PA',
  order: 'ORD',
  invoice: 'INV',
  supportCase: 'CASE',
};

/**
 * Counters of the number series, issued in the order customers are generated (not in time
 * order: that would need the whole dataset in memory). The highest of each is stored under
 * `sequenceKey(kind)` so the services continue after them.
 */
export class SeedNumbers {
  readonly last: Record<SeedNumberKind, number> = {
    purchaseAuthorization: 0,
    order: 0,
    invoice: 0,
    supportCase: 0,
  };

  next(kind: SeedNumberKind): string {
    this.last[kind] += 1;
    return `${PREFIXES[kind]}${String(this.last[kind]).padStart(8, '0')}`;
  }
}

export interface CustomerSeedContext {
  /** The dataset's seed value: each customer draws from its own stream of it. */
  seed: number;
  random: Random;
  today: CalendarDate;
  offers: OfferRecord[];
  offerById: ReadonlyMap<string, OfferRecord>;
  accountManagers: MemberRecord[];
  salesReps: MemberRecord[];
  administrators: MemberRecord[];
  numbers: SeedNumbers;
}

/** Something the seed says happened, before it gets its instant and global sequence. */
export interface ActivityDraft {
  date: CalendarDate;
  actorId: string;
  action: string;
  subject: ActivityRecord['subject'];
  changes: ActivityRecord['changes'];
  moneyEffect: ActivityRecord['moneyEffect'];
}

/** An activity entry with its instant, waiting for its place in the global sequence. */
export type TimedActivity = Omit<ActivityRecord, 'id' | 'sequence'> & {
  /** Customer sequence and order within the customer: tie-breaks of equal instants. */
  customerIndex: number;
  localIndex: number;
};

export interface SeededCustomer {
  customer: CustomerRecord;
  subscriptions: SubscriptionRecord[];
  purchaseAuthorizations: PurchaseAuthorizationRecord[];
  orders: OrderRecord[];
  invoices: InvoiceRecord[];
  paymentMethods: PaymentMethodRecord[];
  licenceAssignments: LicenceAssignmentRecord[];
  supportCases: SupportCaseRecord[];
  activity: TimedActivity[];
}
