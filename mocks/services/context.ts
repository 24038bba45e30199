import type { CalendarDate } from '@/domain/calendar-date';
import { can, type Action } from '@/domain/permissions';
import type { Rules } from '@/domain/rules';
import type { MemberRecord } from '../db/records';
import type { StoreTx } from '../db/store';
import { forbidden } from './errors';

/** What every service call gets: the transaction, who asks, the business date and the rules. */
export interface ServiceContext {
  tx: StoreTx;
  actor: MemberRecord;
  today: CalendarDate;
  rules: Rules;
  /** Wall-clock now (ms), for timestamps that are not business dates. */
  now: number;
}

/** Refuses with 403 unless the actor's role may take the action (SPEC §2). */
export function requirePermission(ctx: ServiceContext, action: Action): void {
  const decision = can(ctx.actor.role, action);
  if (!decision.ok) throw forbidden(decision.reason);
}
