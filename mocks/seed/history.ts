import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  minDate,
  type CalendarDate,
} from '@/domain/calendar-date';
import { DEFAULT_RULES } from '@/domain/rules';
import type {
  LicenseType,
  OfferRecord,
  OrderRecord,
  PurchaseAuthorizationRecord,
  SubscriptionRecord,
} from '../db/records';
import type { OrderBook } from './orders';
import { RANK, Timeline, type Line } from './timeline';
import type { CustomerSeedContext } from './types';

/** Things a showcase customer (the first twelve) is given whatever the dice say. */
export interface Showcase {
  /** An ordered PA placed recently (return window open) or 35–60 days ago (its invoice due). */
  expansion?: 'RECENT' | 'OVERDUE';
  /** A partial return of the expansion order. */
  partialReturn?: boolean;
  withdrawnPa?: boolean;
}

export interface HistoryPlan {
  customerId: string;
  coterm: CalendarDate;
  /** A PA still waiting for its order, created that day. */
  pendingPa: CalendarDate | null;
  /** The pending PA is the customer's first (nothing ordered yet). */
  firstPaPending: boolean;
  yearsRenewed: number;
  licenseType: LicenseType;
  /** Offers of the customer's segment and licence type, no add-ons, no device licences. */
  offers: OfferRecord[];
  addOns: OfferRecord[];
  accountManagerId: string;
  salesRepId: string;
  showcase: Showcase;
}

export interface History {
  subscriptions: SubscriptionRecord[];
  purchaseAuthorizations: PurchaseAuthorizationRecord[];
}

/** Entries the activity log gets per customer at most; optional events only while they fit. */
const MAX_ENTRIES = 6;

/**
 * What happened to a customer with subscriptions: the first PA at the start of the first term
 * and its order, the last renewal (at the start of the current term), and in the current term
 * now and then a PA ordered later (sometimes recently: its return window still open), a partial
 * return, a withdrawn PA, and the pending PA of its profile. Earlier terms are not told in
 * full. Replayed in date order by the Timeline.
 */
export function buildHistory(
  ctx: CustomerSeedContext,
  plan: HistoryPlan,
  book: OrderBook,
): History {
  const { random, today } = ctx;
  const C = plan.coterm;
  const R = plan.yearsRenewed;
  const T = addMonths(C, -12);
  const firstStart =
    plan.firstPaPending && plan.pendingPa ? plan.pendingPa : addMonths(C, -12 * (R + 1));
  const termEnd = minDate(today, addDays(C, -1));
  const timeline = new Timeline(
    ctx,
    {
      id: plan.customerId,
      coterm: C,
      licenseType: plan.licenseType,
      accountManagerId: plan.accountManagerId,
    },
    book,
  );

  // The first PA, at the start of the first term.
  const chosen = random.sample(plan.offers, random.int(1, 3));
  if (plan.licenseType === 'TEAM' && plan.addOns.length > 0 && random.chance(0.15)) {
    chosen.push(random.pick(plan.addOns));
  }
  const big = random.chance(0.12);
  const baseLines = chosen.map((offer) => ({
    offer,
    quantity: big ? random.int(20, 160) : random.int(1, 25),
  }));
  let first: PurchaseAuthorizationRecord | null = null;
  timeline.at(firstStart, RANK.created, () => {
    first = timeline.createPa(firstStart, baseLines, plan.accountManagerId);
  });
  if (plan.firstPaPending) return timeline.run();

  // Its order within days, for the first term (ending on the anniversary R years back).
  const firstOrderDate = minDate(addDays(firstStart, random.int(0, 10)), today);
  let firstOrder: OrderRecord | null = null;
  timeline.at(firstOrderDate, RANK.ordered, () => {
    if (first) firstOrder = timeline.orderPa(first, firstOrderDate, addMonths(C, -12 * R));
  });
  // The last renewal, on the current term's first day.
  if (R >= 1) timeline.at(T, RANK.renewal, () => timeline.renew(T));

  // What else happened in the current term. No PA is created after a pending one is overdue
  // (a DELAYED or SUSPENDED customer may create none, SPEC §4).
  const lo = R >= 1 ? T : firstOrderDate;
  const paLatest = plan.pendingPa
    ? minDate(termEnd, addDays(plan.pendingPa, DEFAULT_RULES.paOrderDeadlineDays))
    : termEnd;
  const creationRoom = daysBetween(lo, paLatest);
  const heldOffers = new Set(chosen.map((offer) => offer.id));
  const fresh = plan.offers.filter((offer) => !heldOffers.has(offer.id));
  const pickLine = (max: number, allowFresh: boolean): Line => ({
    offer:
      allowFresh && fresh.length > 0 && random.chance(0.5)
        ? random.pick(fresh)
        : random.pick(chosen),
    quantity: random.int(1, max),
  });
  const inCreationRange = (date: CalendarDate) =>
    compareDates(date, lo) >= 0 && compareDates(date, paLatest) <= 0;
  let planned = 2 + (R >= 1 ? 1 : 0) + (plan.pendingPa ? 1 : 0);
  const fits = (entries: number) => planned + entries <= MAX_ENTRIES;

  if (R === 0 && random.chance(0.08) && fits(1)) {
    planned += 1;
    const last = Math.min(DEFAULT_RULES.returnWindowDays, daysBetween(firstOrderDate, termEnd));
    const date = addDays(firstOrderDate, random.int(0, last));
    timeline.at(date, RANK.returned, () => timeline.returnPart(firstOrder, date));
  }

  const mode =
    plan.showcase.expansion ??
    (random.chance(0.2) ? (random.chance(0.35) ? 'RECENT' : 'NORMAL') : null);
  if (mode && creationRoom >= 0 && (plan.showcase.expansion !== undefined || fits(2))) {
    planned += 2;
    let orderDate = addDays(
      today,
      mode === 'RECENT' ? -random.int(1, 12) : mode === 'OVERDUE' ? -random.int(35, 60) : 0,
    );
    let created = addDays(orderDate, -random.int(0, 10));
    if (mode === 'NORMAL' || !inCreationRange(created) || compareDates(orderDate, termEnd) > 0) {
      created = addDays(lo, random.int(0, creationRoom));
      orderDate = minDate(addDays(created, random.int(0, 20)), termEnd);
    }
    const line = pickLine(big ? 40 : 10, true);
    if (plan.showcase.partialReturn) line.quantity = Math.max(line.quantity, 3);
    const createdBy = random.chance(0.6) ? plan.salesRepId : plan.accountManagerId;
    let pa: PurchaseAuthorizationRecord | null = null;
    let order: OrderRecord | null = null;
    timeline.at(created, RANK.created, () => {
      pa = timeline.createPa(created, [line], createdBy);
    });
    timeline.at(orderDate, RANK.ordered, () => {
      if (pa) order = timeline.orderPa(pa, orderDate, C);
    });
    if (plan.showcase.partialReturn || (line.quantity >= 2 && random.chance(0.3) && fits(1))) {
      planned += 1;
      const last = Math.min(DEFAULT_RULES.returnWindowDays, daysBetween(orderDate, termEnd));
      const date = addDays(orderDate, random.int(0, Math.max(0, last)));
      timeline.at(date, RANK.returned, () => timeline.returnPart(order, date));
    }
  }

  if ((plan.showcase.withdrawnPa || (random.chance(0.08) && fits(2))) && creationRoom >= 0) {
    planned += 2;
    const created = addDays(lo, random.int(0, creationRoom));
    const withdrawn = addDays(created, random.int(0, Math.min(7, daysBetween(created, termEnd))));
    const line = pickLine(10, false);
    let pa: PurchaseAuthorizationRecord | null = null;
    timeline.at(created, RANK.created, () => {
      pa = timeline.createPa(created, [line], plan.salesRepId);
    });
    timeline.at(withdrawn, RANK.withdrawn, () => {
      if (pa) timeline.withdraw(pa, withdrawn);
    });
  }

  if (plan.pendingPa) {
    const date = plan.pendingPa;
    const lines = [pickLine(20, true)];
    if (random.chance(0.25)) {
      const second = pickLine(20, true);
      if (second.offer.id !== lines[0]?.offer.id) lines.push(second);
    }
    const createdBy = random.chance(0.7) ? plan.salesRepId : plan.accountManagerId;
    timeline.at(date, RANK.created, () => timeline.createPa(date, lines, createdBy));
  }
  return timeline.run();
}
