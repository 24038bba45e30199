import type { CalendarDate } from '@/domain/calendar-date';
import type { CountryCode, MarketSegment, MarketSubSegment } from '@/domain/customer-profile';
import type { CurrencyCode } from '@/domain/money';
import type { Role } from '@/domain/permissions';
import type { VolumeLevel } from '@/domain/rules';
import type { Offer } from '@/api/offers/schemas';

/** What the embedded backend stores: its own shapes, mapped to the wire schemas by services. */
export interface MemberRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  active: boolean;
  /** Absent on members seeded before versions existed; treat as 1. */
  version?: number;
}

export type OfferRecord = Offer;
export type LicenseType = 'ENTERPRISE' | 'TEAM';

export interface CustomerRecord {
  id: string;
  vipId: string;
  companyName: string;
  marketSegment: MarketSegment;
  marketSubSegments: MarketSubSegment[];
  countryCode: CountryCode;
  currencyCode: CurrencyCode;
  contact: { firstName: string; lastName: string; email: string };
  accountManagerId: string;
  salesRepId: string;
  creationDate: CalendarDate;
  cotermDate: CalendarDate | null;
  // Facts the status is derived from (domain/customer-status), kept current by the services
  // (services/customer-facts.ts recomputes them after every change to PAs or subscriptions).
  invitationAccepted: boolean;
  oldestPendingPaCreationDate: CalendarDate | null;
  renewingSubscriptionCount: number;
  subscriptionCount: number;
  totalLicences: number;
  /** PO numbers of the customer's PAs, for search. */
  poNumbers: string[];
  version: number;
}

export type ScheduledChangeRecord =
  | { type: 'REDUCTION'; renewalQuantity: number; effectiveDate: CalendarDate }
  | { type: 'CANCELLATION'; effectiveDate: CalendarDate };

export interface SubscriptionRecord {
  id: string;
  customerId: string;
  offerId: string;
  /** Seats, including those of pending PAs (deployable at once, SPEC §3). */
  currentQuantity: number;
  /** Seats assigned to users: the number of active licence assignments. */
  usedQuantity: number;
  creationDate: CalendarDate;
  /** The anniversary this term ends on (the day before it is the term's last day). */
  renewalDate: CalendarDate;
  autoRenewal: { enabled: boolean; renewalQuantity: number };
  status: 'ACTIVE' | 'INACTIVE';
  scheduledChange: ScheduledChangeRecord | null;
  version: number;
}

export type PurchaseAuthorizationStatus = 'PENDING' | 'ORDERED' | 'WITHDRAWN' | 'CANCELLED';

export interface PurchaseAuthorizationRecord {
  id: string;
  number: string;
  customerId: string;
  licenseType: LicenseType;
  deploymentDate: CalendarDate;
  lineItems: { offerId: string; quantity: number }[];
  poNumber: string | null;
  creationDate: CalendarDate;
  /** The instant it was created (ISO): orders History within one day, newest first. */
  createdAt: string;
  createdBy: string;
  status: PurchaseAuthorizationStatus;
  /** The NEW order that fulfilled it. */
  orderId?: string | null;
  version: number;
}

export type OrderType = 'NEW' | 'RENEWAL' | 'RETURN';

export interface OrderLineRecord {
  lineNumber: number;
  offerId: string;
  subscriptionId: string;
  /** Seats of this line (positive, also on a RETURN order). */
  quantity: number;
  /** Seats of this line returned since (NEW and RENEWAL orders). */
  returnedQuantity: number;
  volumeLevel: VolumeLevel;
  unitPriceMinor: number;
  /** Whole months (or days, in the daily mode) the line is charged for. */
  prorationUnits: number;
  /** Charge (positive) or, on a RETURN order, credit (negative), minor units. */
  amountMinor: number;
}

export interface OrderRecord {
  id: string;
  number: string;
  customerId: string;
  orderType: OrderType;
  /** For a RETURN: the order it returns seats of. */
  referenceOrderId: string | null;
  /** For a NEW order placed from a PA. */
  purchaseAuthorizationId: string | null;
  currencyCode: CurrencyCode;
  lineItems: OrderLineRecord[];
  totalMinor: number;
  creationDate: CalendarDate;
  /** The instant it was placed (ISO): orders History within one day, newest first. */
  createdAt: string;
  createdBy: string;
  status: 'COMPLETE';
  version: number;
}

export type InvoiceKind = 'INVOICE' | 'CREDIT_NOTE';

export interface InvoiceRecord {
  id: string;
  number: string;
  customerId: string;
  orderId: string | null;
  kind: InvoiceKind;
  currencyCode: CurrencyCode;
  lines: { description: string; offerId: string | null; quantity: number; amountMinor: number }[];
  totalMinor: number;
  /** In the future: an upcoming invoice (a renewal not yet billed). */
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  paidDate: CalendarDate | null;
  paymentMethodId: string | null;
  version: number;
}

export type CardBrand = 'VISA' | 'MASTERCARD' | 'AMEX';

export interface PaymentMethodRecord {
  id: string;
  customerId: string;
  type: 'CARD';
  /** Only what may be kept: never the full number, never the CVC. */
  card: {
    brand: CardBrand;
    last4: string;
    expiryMonth: number;
    expiryYear: number;
    holderName: string;
  };
  isDefault: boolean;
  createdDate: CalendarDate;
  version: number;
}

export type LicenceEventType = 'ASSIGNED' | 'REGISTERED' | 'USED' | 'UNASSIGNED';

export interface LicenceAssignmentRecord {
  id: string;
  customerId: string;
  subscriptionId: string;
  offerId: string;
  user: { firstName: string; lastName: string; email: string };
  active: boolean;
  assignedDate: CalendarDate;
  unassignedDate: CalendarDate | null;
  /** Registration history, oldest first. */
  history: { date: CalendarDate; event: LicenceEventType; productVersion: string | null }[];
  lastVersionUsed: string | null;
  version: number;
}

export type CaseType = 'BILLING' | 'TECHNICAL';
export type CaseStatus = 'OPEN' | 'IN_PROGRESS' | 'WAITING_ON_CUSTOMER' | 'CLOSED';
export type CasePriority = 'LOW' | 'MEDIUM' | 'HIGH';

export interface SupportCaseRecord {
  id: string;
  number: string;
  customerId: string;
  type: CaseType;
  subject: string;
  description: string;
  status: CaseStatus;
  priority: CasePriority;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  comments: { id: string; authorId: string; createdAt: string; body: string }[];
  attachments: {
    id: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    uploadedAt: string;
    uploadedBy: string;
  }[];
  version: number;
}

/** An attachment's bytes, apart from its case so that lists stay small. */
export interface AttachmentContentRecord {
  id: string;
  caseId: string;
  contentBase64: string;
}

export interface ActivityRecord {
  id: string;
  /** Wall-clock instant (ISO) and the business date it happened on. */
  at: string;
  businessDate: CalendarDate;
  actorId: string;
  customerId: string | null;
  /** A stable code such as `authorization.created`; the UI translates it. */
  action: string;
  subject: { type: string; id: string; label: string };
  changes: { field: string; from: unknown; to: unknown }[];
  /** Charge (positive) or credit (negative) this change caused, if any. */
  moneyEffect: { amountMinor: number; currency: CurrencyCode } | null;
  /** Sorts entries in the order they happened, also within one instant. */
  sequence: number;
}

export interface SessionRecord {
  token: string;
  memberId: string;
  /** Wall-clock expiry (ISO instant): sessions are about people, not business dates. */
  expiresAt: string;
}

export interface IdempotencyRecord {
  key: string;
  /** The method, path and a digest of the body the key was first used with (never the body: it may hold a card number). */
  fingerprint: string;
  status: number;
  body: unknown;
  createdAt: string;
  /** Business time (ms) the key was stored at; purged 24 h of business time later. */
  businessTime: number;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}
