import type { Money } from '@/domain/money';
import type { ActivityRecord } from '../db/records';
import type { ServiceContext } from './context';

const META_ACTIVITY_SEQUENCE = 'activitySequence';

export interface ActivityInput {
  customerId: string | null;
  /** A stable code such as `authorization.created`, translated by the UI. */
  action: string;
  subject: ActivityRecord['subject'];
  changes?: ActivityRecord['changes'];
  moneyEffect?: Money | null;
}

/**
 * Logs a change in the same transaction as the change itself, so there is never a change
 * without its entry nor an entry without its change (SPEC §9.7: the trail is never pruned).
 */
export async function recordActivity(ctx: ServiceContext, input: ActivityInput): Promise<void> {
  const sequence = ((await ctx.tx.meta.get<number>(META_ACTIVITY_SEQUENCE)) ?? 0) + 1;
  await ctx.tx.meta.put(META_ACTIVITY_SEQUENCE, sequence);
  await ctx.tx.activity.add({
    id: `act-${String(sequence).padStart(9, '0')}`,
    at: new Date(ctx.now).toISOString(),
    businessDate: ctx.today,
    actorId: ctx.actor.id,
    customerId: input.customerId,
    action: input.action,
    subject: input.subject,
    changes: input.changes ?? [],
    moneyEffect: input.moneyEffect ?? null,
    sequence,
  });
}
