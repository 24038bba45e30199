import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  type CalendarDate,
} from './calendar-date';
import type { MarketSegment } from './customer-profile';
import type { CustomerStatus } from './customer-status';
import { allowed, refused, type Decision } from './decision';
import { DEFAULT_RULES, type Rules } from './rules';

/**
 * Purchase authorizations (SPEC §3 "Purchase authorization", §4 rules). Every reason below is
 * a member of ERROR_CODES (src/api/common/errors.ts; a test checks it), so the UI disables a
 * button with the same reason the backend answers with.
 */
export type LicenseType = keyof Rules['quantityPerLine'];
export type PaStatus = 'PENDING' | 'ORDERED' | 'WITHDRAWN' | 'CANCELLED';

export interface PaLine {
  offerId: string;
  quantity: number;
}

/** What the rules need of a PA. */
export interface PaFacts {
  status: PaStatus;
  creationDate: CalendarDate;
  licenseType: LicenseType;
  lineItems: readonly PaLine[];
}

/** What the rules need of a subscription: its offer, seats and seats assigned to users. */
export interface SeatFacts {
  offerId: string;
  currentQuantity: number;
  usedQuantity: number;
}

/** What the rules need of an offer. */
export interface PaOffer {
  id: string;
  licenseType: LicenseType;
  marketSegments: readonly MarketSegment[];
  educationDevice: boolean;
}

/** A refusal of a line rule names the line (index in the request) it is about. */
export type LineDecision<Reason extends string> =
  | { ok: true }
  | { ok: false; reason: Reason; details: { lineIndex: number | null; offerId?: string } };

function lineRefused<Reason extends string>(
  reason: Reason,
  lineIndex: number | null,
  offerId?: string,
): LineDecision<Reason> {
  return {
    ok: false,
    reason,
    details: offerId === undefined ? { lineIndex } : { lineIndex, offerId },
  };
}

// --- Deadline --------------------------------------------------------------------------------

/** SPEC §4 "PA order deadline": the order is due on creation + 30 days (the last day). */
export function paOrderDeadline(
  pa: Pick<PaFacts, 'creationDate'>,
  rules: Rules = DEFAULT_RULES,
): CalendarDate {
  return addDays(pa.creationDate, rules.paOrderDeadlineDays);
}

/** Days left to place the order: 0 on the deadline, negative once overdue. */
export function daysUntilDeadline(
  pa: Pick<PaFacts, 'creationDate'>,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): number {
  return daysBetween(today, paOrderDeadline(pa, rules));
}

/** A pending PA is overdue from day 31 (the day the customer becomes DELAYED). */
export function isOverdue(
  pa: Pick<PaFacts, 'creationDate' | 'status'>,
  today: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): boolean {
  return pa.status === 'PENDING' && daysUntilDeadline(pa, today, rules) < 0;
}

// --- Creating -------------------------------------------------------------------------------

export type CreatePaReason = 'CUSTOMER_DELAYED' | 'CUSTOMER_SUSPENDED';

/** SPEC §4 "no new PAs while customer DELAYED or SUSPENDED" (an INVITED customer may). */
export function canCreatePurchaseAuthorization(
  customerStatus: CustomerStatus,
): Decision<CreatePaReason> {
  if (customerStatus === 'DELAYED') return refused('CUSTOMER_DELAYED');
  if (customerStatus === 'SUSPENDED') return refused('CUSTOMER_SUSPENDED');
  return allowed;
}

/**
 * The anniversary seats added on `start` co-terminate on (SPEC §3 "anniversary date"): the
 * customer's while it is ahead; in grace after it, the next one (the one a renewal moves the
 * subscriptions to, addYears); with none, or every term long over, 12 months after `start`.
 */
export function anniversaryForNewSeats(
  cotermDate: CalendarDate | null,
  start: CalendarDate,
  rules: Rules = DEFAULT_RULES,
): CalendarDate {
  if (cotermDate !== null) {
    if (compareDates(cotermDate, start) > 0) return cotermDate;
    const next = addYears(cotermDate, 1);
    if (compareDates(start, addDays(cotermDate, rules.renewalGraceDays)) <= 0) return next;
  }
  return addMonths(start, rules.firstTermMonths);
}

export type DeploymentDateIssue = 'BEFORE_TODAY' | 'NOT_BEFORE_ANNIVERSARY';

/**
 * A deployment date is today or later, and before the anniversary the seats co-terminate on
 * (on or after it nothing would be left of the term). Decided: SPEC §3 names no range.
 */
export function deploymentDateIssue(
  deploymentDate: CalendarDate,
  today: CalendarDate,
  anniversary: CalendarDate,
): DeploymentDateIssue | null {
  if (compareDates(deploymentDate, today) < 0) return 'BEFORE_TODAY';
  if (compareDates(deploymentDate, anniversary) >= 0) return 'NOT_BEFORE_ANNIVERSARY';
  return null;
}

/** The day a PA's licences start for pricing: its deployment date, never before its creation. */
export function paStartDate(pa: { creationDate: CalendarDate; deploymentDate: CalendarDate }) {
  return compareDates(pa.deploymentDate, pa.creationDate) > 0 ? pa.deploymentDate : pa.creationDate;
}

export type PaLineReason =
  | 'TOO_MANY_LINES'
  | 'LAST_LINE_REQUIRED'
  | 'DUPLICATE_OFFER'
  | 'OFFER_NOT_AVAILABLE'
  | 'EDUCATION_DEVICE_LICENCE'
  | 'LICENSE_TYPE_MISMATCH'
  | 'QUANTITY_OUT_OF_RANGE';

/** SPEC §4 "quantity per line": 1–10,000 (TEAM), 1–200,000 (ENTERPRISE), whole seats. */
export function isQuantityInRange(
  quantity: number,
  licenseType: LicenseType,
  rules: Rules = DEFAULT_RULES,
): boolean {
  const range = rules.quantityPerLine[licenseType];
  return Number.isInteger(quantity) && quantity >= range.min && quantity <= range.max;
}

/**
 * The lines of a new PA (SPEC §3, §4): 1–499 lines, no offer twice, each offer sold to the
 * customer's segment and of the PA's licence type, never an education device licence (ordered
 * from the vendor directly), quantity in range. Answers the first refusal, naming its line.
 */
export function validatePaLines(
  lines: readonly PaLine[],
  offers: readonly PaOffer[],
  context: { licenseType: LicenseType; marketSegment: MarketSegment },
  rules: Rules = DEFAULT_RULES,
): LineDecision<PaLineReason> {
  // At least one line (decided: an empty PA is refused as "a line is required").
  if (lines.length < rules.linesPerOrder.min) return lineRefused('LAST_LINE_REQUIRED', null);
  if (lines.length > rules.linesPerOrder.max) return lineRefused('TOO_MANY_LINES', null);
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const seen = new Set<string>();
  for (const [index, line] of lines.entries()) {
    const { offerId } = line;
    if (seen.has(offerId)) return lineRefused('DUPLICATE_OFFER', index, offerId);
    seen.add(offerId);
    const offer = byId.get(offerId);
    if (!offer) return lineRefused('OFFER_NOT_AVAILABLE', index, offerId);
    if (offer.educationDevice) return lineRefused('EDUCATION_DEVICE_LICENCE', index, offerId);
    if (!offer.marketSegments.includes(context.marketSegment)) {
      return lineRefused('OFFER_NOT_AVAILABLE', index, offerId);
    }
    if (offer.licenseType !== context.licenseType) {
      return lineRefused('LICENSE_TYPE_MISMATCH', index, offerId);
    }
    if (!isQuantityInRange(line.quantity, context.licenseType, rules)) {
      return lineRefused('QUANTITY_OUT_OF_RANGE', index, offerId);
    }
  }
  return allowed;
}

// --- Withdrawing, editing, ordering ---------------------------------------------------------

/**
 * Whether users hold seats that only this pending PA provides: for one of its lines, the
 * subscription's seats in use exceed its seats without the line's (shared semantics in the
 * brief). Only a pending PA's seats are its own: any other PA answers false.
 */
export function licencesAssignedFrom(
  pa: Pick<PaFacts, 'status' | 'lineItems'>,
  subscriptions: readonly SeatFacts[],
): boolean {
  if (pa.status !== 'PENDING') return false;
  return pa.lineItems.some((line) => {
    const subscription = subscriptions.find((s) => s.offerId === line.offerId);
    return (
      subscription !== undefined &&
      subscription.usedQuantity > subscription.currentQuantity - line.quantity
    );
  });
}

export type WithdrawReason = 'PA_NOT_PENDING' | 'LICENSES_ASSIGNED';

/** SPEC §4 "undo (withdraw) a PA": only while PENDING and no licence of it is assigned. */
export function canWithdraw(
  pa: Pick<PaFacts, 'status' | 'lineItems'>,
  subscriptions: readonly SeatFacts[],
): Decision<WithdrawReason> {
  return canWithdrawFlagged({
    status: pa.status,
    licencesAssigned: licencesAssignedFrom(pa, subscriptions),
  });
}

/**
 * The same rule from the API's `licencesAssigned` flag (the backend's licencesAssignedFrom),
 * for a screen that has the PA but not the customer's seat counts.
 */
export function canWithdrawFlagged(
  pa: Pick<PaFacts, 'status'> & { licencesAssigned: boolean },
): Decision<WithdrawReason> {
  if (pa.status !== 'PENDING') return refused('PA_NOT_PENDING');
  if (pa.licencesAssigned) return refused('LICENSES_ASSIGNED');
  return allowed;
}

export type EditPaReason =
  | 'PA_NOT_PENDING'
  | 'LAST_LINE_REQUIRED'
  | 'DUPLICATE_OFFER'
  | 'OFFER_NOT_AVAILABLE'
  | 'QUANTITY_OUT_OF_RANGE'
  | 'LICENSES_ASSIGNED';

/**
 * SPEC §4 "edit a PA (remove lines)": only while PENDING, at least one line stays; an edit only
 * removes lines or lowers quantities (a new offer: OFFER_NOT_AVAILABLE; more seats:
 * QUANTITY_OUT_OF_RANGE), and never takes away seats users hold (LICENSES_ASSIGNED).
 */
export function canEditPurchaseAuthorization(
  pa: Pick<PaFacts, 'status' | 'lineItems' | 'licenseType'>,
  newLines: readonly PaLine[],
  subscriptions: readonly SeatFacts[],
  rules: Rules = DEFAULT_RULES,
): LineDecision<EditPaReason> {
  if (pa.status !== 'PENDING') return lineRefused('PA_NOT_PENDING', null);
  if (newLines.length === 0) return lineRefused('LAST_LINE_REQUIRED', null);
  const old = new Map(pa.lineItems.map((line) => [line.offerId, line.quantity]));
  const seen = new Set<string>();
  for (const [index, line] of newLines.entries()) {
    const { offerId } = line;
    if (seen.has(offerId)) return lineRefused('DUPLICATE_OFFER', index, offerId);
    seen.add(offerId);
    const before = old.get(offerId);
    if (before === undefined) return lineRefused('OFFER_NOT_AVAILABLE', index, offerId);
    if (line.quantity > before || !isQuantityInRange(line.quantity, pa.licenseType, rules)) {
      return lineRefused('QUANTITY_OUT_OF_RANGE', index, offerId);
    }
  }
  for (const [offerId, removed] of seatsRemovedByEdit(pa.lineItems, newLines)) {
    const subscription = subscriptions.find((s) => s.offerId === offerId);
    if (subscription && subscription.currentQuantity - removed < subscription.usedQuantity) {
      const index = newLines.findIndex((line) => line.offerId === offerId);
      return lineRefused('LICENSES_ASSIGNED', index === -1 ? null : index, offerId);
    }
  }
  return allowed;
}

/** Seats an edit takes away, per offer (only offers that lose seats). */
export function seatsRemovedByEdit(
  oldLines: readonly PaLine[],
  newLines: readonly PaLine[],
): Map<string, number> {
  const kept = new Map(newLines.map((line) => [line.offerId, line.quantity]));
  const removed = new Map<string, number>();
  for (const line of oldLines) {
    const lost = line.quantity - (kept.get(line.offerId) ?? 0);
    if (lost > 0) removed.set(line.offerId, lost);
  }
  return removed;
}

export type PlaceOrderReason = 'PA_NOT_PENDING';

/**
 * Only a pending PA is ordered. The customer's status is no obstacle: a DELAYED or SUSPENDED
 * customer recovers by placing the order of its overdue PA (SPEC §3 "Customer status").
 */
export function canPlaceOrder(pa: Pick<PaFacts, 'status'>): Decision<PlaceOrderReason> {
  return pa.status === 'PENDING' ? allowed : refused('PA_NOT_PENDING');
}
