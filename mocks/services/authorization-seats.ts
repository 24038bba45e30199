import { memberName, type MemberRef } from '@/api/team/schemas';
import type { CalendarDate } from '@/domain/calendar-date';
import { isSubscriptionLive } from '@/domain/subscription-term';
import type { ActivityRecord, SubscriptionRecord } from '../db/records';
import type { ServiceContext } from './context';

/** Names the wire shapes of PAs and orders show beside ids. */
export interface Lookups {
  offerName: (offerId: string) => string;
  memberRef: (memberId: string) => MemberRef;
}

export async function lookups(ctx: ServiceContext): Promise<Lookups> {
  const [offers, members] = await Promise.all([ctx.tx.offers.all(), ctx.tx.members.all()]);
  const offerNames = new Map(offers.map((offer) => [offer.id, offer.name]));
  const memberById = new Map(members.map((member) => [member.id, member]));
  return {
    offerName: (offerId) => offerNames.get(offerId) ?? offerId,
    memberRef: (memberId) => {
      const member = memberById.get(memberId);
      return { id: memberId, name: member ? memberName(member) : memberId };
    },
  };
}

type Change = ActivityRecord['changes'][number];

const seatsChange = (offerId: string, from: number, to: number): Change => ({
  field: `seats.${offerId}`,
  from,
  to,
});

/** Licences of live subscriptions (what the volume level counts, SPEC §3 "Volume level"). */
async function newSubscriptionId(ctx: ServiceContext, customerId: string, count: number) {
  for (let n = count + 1; ; n++) {
    const id = `sub-${customerId.replace(/^cus-/, '')}-${n}`;
    if (!(await ctx.tx.subscriptions.get(id))) return id;
  }
}

/** Ends every assignment still held on a subscription whose term is over. */
async function releaseAssignments(ctx: ServiceContext, subscriptionId: string) {
  const assignments = await ctx.tx.licenceAssignments.bySubscription(subscriptionId);
  for (const assignment of assignments.filter((a) => a.active)) {
    await ctx.tx.licenceAssignments.put({
      ...assignment,
      active: false,
      unassignedDate: ctx.today,
      history: [
        ...assignment.history,
        { date: ctx.today, event: 'UNASSIGNED', productVersion: null },
      ],
      version: assignment.version + 1,
    });
  }
}

/**
 * A PA's seats are deployable at once (shared semantics): they join the customer's
 * subscription for the offer, created co-termed on the anniversary if there is none. A
 * subscription whose term is over (cancelled or removed) starts again on the anniversary.
 * The new seats renew with the others. Answers the activity change.
 */
export async function addSeats(
  ctx: ServiceContext,
  customerId: string,
  offerId: string,
  quantity: number,
  anniversary: CalendarDate,
): Promise<Change> {
  const subscriptions = await ctx.tx.subscriptions.byCustomer(customerId);
  const existing = subscriptions.find((s) => s.offerId === offerId);
  if (!existing) {
    await ctx.tx.subscriptions.put({
      id: await newSubscriptionId(ctx, customerId, subscriptions.length),
      customerId,
      offerId,
      currentQuantity: quantity,
      usedQuantity: 0,
      creationDate: ctx.today,
      renewalDate: anniversary,
      autoRenewal: { enabled: true, renewalQuantity: quantity },
      status: 'ACTIVE',
      scheduledChange: null,
      version: 1,
    });
    return seatsChange(offerId, 0, quantity);
  }
  const live = isSubscriptionLive(existing, ctx.today, ctx.rules);
  const next: SubscriptionRecord = live
    ? {
        ...existing,
        currentQuantity: existing.currentQuantity + quantity,
        autoRenewal: {
          ...existing.autoRenewal,
          renewalQuantity: existing.autoRenewal.renewalQuantity + quantity,
        },
        status: 'ACTIVE',
        version: existing.version + 1,
      }
    : {
        ...existing,
        currentQuantity: quantity,
        // The old term's users lost their licences when it ended; the new term starts empty.
        usedQuantity: 0,
        renewalDate: anniversary,
        autoRenewal: { ...existing.autoRenewal, renewalQuantity: quantity },
        status: 'ACTIVE',
        scheduledChange: null,
        version: existing.version + 1,
      };
  if (!live) await releaseAssignments(ctx, existing.id);
  await ctx.tx.subscriptions.put(next);
  return seatsChange(offerId, live ? existing.currentQuantity : 0, next.currentQuantity);
}

/**
 * Takes seats out of the customer's subscription for an offer (a PA withdrawn or edited, an
 * order returned); the renewal quantity never exceeds the seats left. Answers the changes.
 */
export async function removeSeats(
  ctx: ServiceContext,
  subscriptions: readonly SubscriptionRecord[],
  offerId: string,
  quantity: number,
): Promise<Change[]> {
  const snapshot = subscriptions.find((s) => s.offerId === offerId);
  // Re-read: an earlier step of the same request may have changed it.
  const existing = snapshot ? await ctx.tx.subscriptions.get(snapshot.id) : undefined;
  if (!existing) return [];
  return [await removeSeatsFrom(ctx, existing, quantity)];
}

export async function removeSeatsFrom(
  ctx: ServiceContext,
  existing: SubscriptionRecord,
  quantity: number,
): Promise<Change> {
  const currentQuantity = Math.max(0, existing.currentQuantity - quantity);
  const next: SubscriptionRecord = {
    ...existing,
    currentQuantity,
    autoRenewal: {
      ...existing.autoRenewal,
      renewalQuantity: Math.min(existing.autoRenewal.renewalQuantity, currentQuantity),
    },
    scheduledChange:
      existing.scheduledChange?.type === 'REDUCTION'
        ? {
            ...existing.scheduledChange,
            renewalQuantity: Math.min(existing.scheduledChange.renewalQuantity, currentQuantity),
          }
        : existing.scheduledChange,
    version: existing.version + 1,
  };
  await ctx.tx.subscriptions.put(next);
  return seatsChange(existing.offerId, existing.currentQuantity, currentQuantity);
}
