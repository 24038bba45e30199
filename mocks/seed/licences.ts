import {
  addDays,
  compareDates,
  daysBetween,
  minDate,
  type CalendarDate,
} from '@/domain/calendar-date';
import { DEFAULT_RULES } from '@/domain/rules';
import { subscriptionState } from '@/domain/subscription-term';
import type {
  LicenceAssignmentRecord,
  PurchaseAuthorizationRecord,
  SubscriptionRecord,
} from '../db/records';
import { NAME_PARTS, slugOf } from './names';
import type { Random } from './random';

/**
 * Licence assignments are seeded only for the first 1,000 customers: their seats run to about
 * fifty thousand users there already, and every customer of the 50,000 dataset would make a
 * million rows and seeding would take minutes. Customers from this sequence on have
 * usedQuantity 0 (their seats are all free), which the services keep consistent.
 */
export const LICENCES_SEEDED_BELOW = 1000;

/**
 * Seats in use per subscription, set on the records: none on a subscription that no longer
 * works; on the subscriptions of a pending PA, either some of its seats in use (it may then
 * not be withdrawn, domain/authorizations `licencesAssignedFrom`) or none of them.
 */
export function chooseUsedQuantities(
  random: Random,
  today: CalendarDate,
  subscriptions: SubscriptionRecord[],
  pending: PurchaseAuthorizationRecord | undefined,
  pendingAssigned: boolean,
): void {
  for (const sub of subscriptions) {
    const live = subscriptionState(sub, today) === 'ACTIVE';
    sub.usedQuantity = !live
      ? 0
      : random.chance(0.2)
        ? sub.currentQuantity
        : random.int(0, sub.currentQuantity);
  }
  if (!pending) return;
  pending.lineItems.forEach((line, index) => {
    const sub = subscriptions.find((s) => s.offerId === line.offerId);
    if (!sub) return;
    const withoutPa = sub.currentQuantity - line.quantity;
    sub.usedQuantity =
      pendingAssigned && index === 0
        ? random.int(withoutPa + 1, sub.currentQuantity)
        : Math.min(sub.usedQuantity, withoutPa);
  });
}

interface User {
  firstName: string;
  lastName: string;
  email: string;
}

function userPool(random: Random, domain: string, size: number): User[] {
  const seen = new Set<string>();
  return Array.from({ length: size }, (_, index) => {
    const firstName = random.pick(NAME_PARTS.personFirst);
    const lastName = random.pick(NAME_PARTS.personLast);
    let local = `${slugOf(firstName)}.${slugOf(lastName)}`;
    if (seen.has(local)) local = `${local}${index + 1}`;
    seen.add(local);
    return { firstName, lastName, email: `${local}@${domain}` };
  });
}

/** A product version as the apps report it, e.g. `2026.3`. */
const versionOn = (date: CalendarDate, random: Random) => `${date.slice(0, 4)}.${random.int(0, 5)}`;

function historyOf(
  random: Random,
  assigned: CalendarDate,
  end: CalendarDate,
): Pick<LicenceAssignmentRecord, 'history' | 'lastVersionUsed'> {
  const history: LicenceAssignmentRecord['history'] = [
    { date: assigned, event: 'ASSIGNED', productVersion: null },
  ];
  let lastVersionUsed: string | null = null;
  const registered = addDays(assigned, random.int(1, 5));
  if (random.chance(0.92) && compareDates(registered, end) <= 0) {
    history.push({ date: registered, event: 'REGISTERED', productVersion: null });
    const used = addDays(registered, random.int(0, 20));
    if (random.chance(0.9) && compareDates(used, end) <= 0) {
      lastVersionUsed = versionOn(used, random);
      history.push({ date: used, event: 'USED', productVersion: lastVersionUsed });
      const later = addDays(used, random.int(20, 200));
      if (random.chance(0.35) && compareDates(later, end) <= 0) {
        const [year, minor] = lastVersionUsed.split('.');
        lastVersionUsed =
          later.slice(0, 4) === year ? `${year}.${Number(minor) + 1}` : versionOn(later, random);
        history.push({ date: later, event: 'USED', productVersion: lastVersionUsed });
      }
    }
  }
  return { history, lastVersionUsed };
}

/**
 * One active assignment per seat in use (so usedQuantity is their count), a few users who gave
 * their seat back, and on a subscription that ended, its former users. Each has its
 * registration history: ASSIGNED, REGISTERED a few days later, then USED with a version.
 */
export function seedAssignments(
  random: Random,
  today: CalendarDate,
  customer: { id: string; domain: string },
  subscriptions: readonly SubscriptionRecord[],
): LicenceAssignmentRecord[] {
  const plans = subscriptions.map((sub) => {
    const live = subscriptionState(sub, today) === 'ACTIVE';
    const ended =
      sub.scheduledChange?.type === 'CANCELLATION'
        ? sub.renewalDate
        : addDays(sub.renewalDate, DEFAULT_RULES.renewalGraceDays + 1);
    const former = live
      ? random.chance(0.15)
        ? random.int(1, 2)
        : 0
      : Math.min(3, sub.currentQuantity);
    return { sub, live, end: live ? today : minDate(today, ended), former };
  });
  const size = Math.max(0, ...plans.map((p) => p.sub.usedQuantity + p.former));
  const users = userPool(random, customer.domain, size);
  const out: LicenceAssignmentRecord[] = [];
  for (const { sub, end, former } of plans) {
    const span = Math.max(0, daysBetween(sub.creationDate, end));
    for (let i = 0; i < sub.usedQuantity + former; i++) {
      const user = users[i] as User;
      const active = i < sub.usedQuantity;
      const assignedDate = addDays(sub.creationDate, random.int(0, span));
      const { history, lastVersionUsed } = historyOf(random, assignedDate, end);
      let unassignedDate: CalendarDate | null = null;
      if (!active) {
        const last = (history.at(-1) as { date: CalendarDate }).date;
        unassignedDate = addDays(last, random.int(0, Math.max(0, daysBetween(last, end))));
        history.push({ date: unassignedDate, event: 'UNASSIGNED', productVersion: null });
      }
      out.push({
        id: `lic-${customer.id.slice(4)}-${String(out.length + 1).padStart(5, '0')}`,
        customerId: customer.id,
        subscriptionId: sub.id,
        offerId: sub.offerId,
        user: { ...user },
        active,
        assignedDate,
        unassignedDate,
        history,
        lastVersionUsed,
        version: 1,
      });
    }
  }
  return out;
}
