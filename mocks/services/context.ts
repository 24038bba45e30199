import type { CalendarDate } from '@/domain/calendar-date';
import { can, type Action } from '@/domain/permissions';
import type { Rules } from '@/domain/rules';
import type { MemberRecord } from '../db/records';
import type { StoreTx } from '../db/store';
import { conflict, forbidden, preconditionRequired } from './errors';

/** What every service call gets: the transaction, who asks, the business date and the rules. */
export interface ServiceContext {
  tx: StoreTx;
  actor: MemberRecord;
  today: CalendarDate;
  rules: Rules;
  /** Wall-clock now (ms), for timestamps that are not business dates. */
  now: number;
  /** The version the caller based an update on (the If-Match header); null when absent. */
  ifMatch?: number | null;
}

/** Refuses with 403 unless the actor's role may take the action (SPEC §2). */
export function requirePermission(ctx: ServiceContext, action: Action): void {
  const decision = can(ctx.actor.role, action);
  if (!decision.ok) throw forbidden(decision.reason);
}

/**
 * An update of an existing resource must name the version it was based on (SPEC §6): none is
 * 428, another than the stored one is 409, so a second tab never overwrites the first.
 */
export function requireVersion(ctx: ServiceContext, record: { version: number }): void {
  if (ctx.ifMatch === undefined || ctx.ifMatch === null) throw preconditionRequired();
  if (ctx.ifMatch !== record.version) throw conflict(record.version);
}
