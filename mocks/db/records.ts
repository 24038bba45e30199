import type { CalendarDate } from '@/domain/calendar-date';
import type { CountryCode, MarketSegment, MarketSubSegment } from '@/domain/customer-profile';
import type { CurrencyCode } from '@/domain/money';
import type { Role } from '@/domain/permissions';
import type { Offer } from '@/api/offers/schemas';

/** What the embedded backend stores: its own shapes, mapped to the wire schemas by services. */
export interface MemberRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  active: boolean;
}

export type OfferRecord = Offer;

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
  // Facts the status is derived from (domain/customer-status), kept current by the services.
  invitationAccepted: boolean;
  oldestPendingPaCreationDate: CalendarDate | null;
  renewingSubscriptionCount: number;
  subscriptionCount: number;
  totalLicences: number;
  /** PO numbers of the customer's PAs, for search. */
  poNumbers: string[];
  version: number;
}

export interface SubscriptionRecord {
  id: string;
  customerId: string;
  offerId: string;
  currentQuantity: number;
  usedQuantity: number;
  creationDate: CalendarDate;
  renewalDate: CalendarDate;
  autoRenewal: { enabled: boolean; renewalQuantity: number };
  status: 'ACTIVE' | 'INACTIVE';
  scheduledChange:
    | { type: 'REDUCTION'; renewalQuantity: number; effectiveDate: CalendarDate }
    | { type: 'CANCELLATION'; effectiveDate: CalendarDate }
    | null;
  version: number;
}

export interface PurchaseAuthorizationRecord {
  id: string;
  number: string;
  customerId: string;
  licenseType: 'ENTERPRISE' | 'TEAM';
  deploymentDate: CalendarDate;
  lineItems: { offerId: string; quantity: number }[];
  poNumber: string | null;
  creationDate: CalendarDate;
  createdBy: string;
  status: 'PENDING' | 'ORDERED' | 'WITHDRAWN' | 'CANCELLED';
  version: number;
}

export interface SessionRecord {
  token: string;
  memberId: string;
  /** Wall-clock expiry (ISO instant): sessions are about people, not business dates. */
  expiresAt: string;
}

export interface IdempotencyRecord {
  key: string;
  /** The method, path and body the key was first used with. */
  fingerprint: string;
  status: number;
  body: unknown;
  createdAt: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}
